#!/bin/sh
# Builds the Debian package build/vitiligo-explorer_VERSION-1_ARCH.deb with dpkg-deb:
# the binary (built for /usr), the content and its MANIFEST, the translations, the
# man page, the kiosk units and their files, and /etc/vitiligo-explorer.conf.
#   tools/make-deb.sh VERSION
# Run through `make deb`.  Needs dpkg-dev (dpkg-shlibdeps works out Depends).
set -eu
version="$1"
debrev=1
arch=$(dpkg --print-architecture)
pkg=vitiligo-explorer
top=$(pwd)
work="$top/build/deb"
root="$work/root"
rm -rf "$root" "$work/shlibs"
mkdir -p "$root"

# Build for /usr in a separate object folder, keeping the developer's binary.
saved=""
if [ -f "$pkg" ]; then saved="$work/$pkg.saved"; cp -p "$pkg" "$saved"; fi
restore() { if [ -n "$saved" ]; then mv -f "$saved" "$top/$pkg"; else rm -f "$top/$pkg"; fi; }
trap restore EXIT
rm -f "$pkg"
make --no-print-directory B=build/deb/build PREFIX=/usr all
make --no-print-directory B=build/deb/build PREFIX=/usr DESTDIR="$root" install >/dev/null

# Debian layout: compressed man page, documentation, units, configuration.
gzip -9n "$root/usr/share/man/man1/$pkg.1"
install -d "$root/lib/systemd/system" "$root/etc/pam.d" "$root/usr/share/doc/$pkg"
install -m 644 deploy/vitiligo-explorer-kiosk.service deploy/vitiligo-explorer-cage.service "$root/lib/systemd/system/"
install -m 644 deploy/vitiligo-explorer.conf "$root/etc/$pkg.conf"
install -m 644 deploy/pam-vitiligo-explorer-kiosk "$root/etc/pam.d/vitiligo-explorer-kiosk"
install -m 644 deploy/foot.ini deploy/console-kiosk.map "$root/usr/share/$pkg/"
install -m 644 docs/kiosk.md "$root/usr/share/doc/$pkg/"
[ -f docs/reliability.md ] && install -m 644 docs/reliability.md "$root/usr/share/doc/$pkg/"
[ -f README.md ] && install -m 644 README.md "$root/usr/share/doc/$pkg/"
printf '%s (%s-%s) stable; urgency=medium\n\n  * Release %s.\n\n -- Vitiligo Explorer maintainers <maintainers@vitiligo-explorer.invalid>  %s\n' \
  "$pkg" "$version" "$debrev" "$version" "$(LC_ALL=C date -u -R -d @0)" | gzip -9n > "$root/usr/share/doc/$pkg/changelog.Debian.gz"
cat > "$root/usr/share/doc/$pkg/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: vitiligo-explorer
Comment: The patient texts cite their sources in content/references.json.
COPYRIGHT
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/$pkg"

# Depends, from the libraries the binary links.
mkdir -p "$work/shlibs/debian"
printf 'Source: %s\n\nPackage: %s\nArchitecture: any\n' "$pkg" "$pkg" > "$work/shlibs/debian/control"
deps=$(cd "$work/shlibs" && dpkg-shlibdeps -O "$root/usr/bin/$pkg" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')

install -d "$root/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: $pkg
Version: $version-$debrev
Architecture: $arch
Maintainer: Vitiligo Explorer maintainers <maintainers@vitiligo-explorer.invalid>
Installed-Size: $size
Depends: $deps, adduser
Recommends: kbd
Suggests: cage, foot, fonts-noto-cjk
Section: education
Priority: optional
Description: learn about vitiligo, in English, Traditional and Simplified Chinese
 An offline terminal program that explains vitiligo to patients and families:
 what it is, why it happens, how it is treated and what the research says,
 with search and a treatment comparison.  It includes a kiosk mode for clinic
 waiting rooms (no way out, idle reset, attract screen) and systemd units that
 start it on the text console or in the cage compositor with the foot terminal.
CONTROL
printf '/etc/%s.conf\n/etc/pam.d/vitiligo-explorer-kiosk\n' "$pkg" > "$root/DEBIAN/conffiles"
for s in postinst prerm postrm; do install -m 755 "deploy/debian/$s" "$root/DEBIAN/$s"; done

out="$top/build/${pkg}_${version}-${debrev}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "built $out"
