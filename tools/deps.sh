#!/bin/sh
# Makes sure the Debian packages a step needs are installed.
#   tools/deps.sh build   - what `make` needs
#   tools/deps.sh test    - what `make check` needs as well
#   tools/deps.sh fuzz    - what `make fuzz` needs as well (clang and libFuzzer)
#   tools/deps.sh deb     - what `make deb` needs (packaging tools, lintian)
#   tools/deps.sh bench   - what `make bench` needs (the peers it is measured against)
#   tools/deps.sh --check LIST  - only say what is missing, install nothing (plain `make`)
# Installs what is missing with apt-get when run as root or when sudo works
# without a password; otherwise prints the one command to run, and fails.
set -u
check_only=""
if [ "${1:-}" = --check ]; then check_only=1; shift; fi
# nettle-dev: SHA-256 for content/MANIFEST (src/content/manifest.c, which loads the
# library the first time it needs a sum) from a small, well-reviewed library instead of
# a hand-written hash.
# rime-data-luna-pinyin: the Luna Pinyin dictionary (character and word readings in
# Traditional characters), read at build time for pinyin search (tools/make-pinyin-table.sh).
# libqrencode-dev: the take-home QR codes (src/text/qr.c loads the library the first time
# it makes a code); zbar-tools (test): zbarimg reads the codes back from a captured screen
# in tests/e2e/test_take_home.py.
# liblz4-dev: the content pack's topic bodies are compressed (src/pack/), so the pack
# stays within 1.5x the size of its JSON and a kiosk reads less from its disk; LZ4
# decompresses them in a quarter of libdeflate's time (a search decompresses one per
# result it shows).  liblz4-1 is on every Debian system (apt itself uses it).
# libxxhash-dev: the content pack's chunk checksums (src/pack/pack_chunks.c compiles
# XXH3 in from its header), about four times faster than SHA-256, which was a third of
# opening a large pack.
build_pkgs="build-essential pkg-config libncurses-dev libcjson-dev libunistring-dev libutf8proc-dev libopencc-dev opencc gettext nettle-dev rime-data-luna-pinyin libqrencode-dev liblz4-dev libxxhash-dev"
# make check replays the fuzz inputs with $(CC), so clang is needed only by make fuzz;
# libclang-rt-dev is the unversioned name of the current libFuzzer runtime.
# faketime: tests/cli/test_packaging.py runs the bundled content check on a date years ahead.
# python3-pytest-xdist: make check runs pytest on three workers (-n 3).
# faketime also runs the idle-reset screen tests on a clock five times faster.
# strace: tests/e2e/test_tui_terminal.py counts the writes a frame takes (one each).
test_pkgs="libcmocka-dev python3 python3-pytest python3-pytest-xdist python3-pexpect python3-pyte tmux valgrind diction zbar-tools faketime strace"
fuzz_pkgs="clang libclang-rt-dev"
# make deb: dpkg-buildpackage with debhelper (debian/), lintian to check the result.
deb_pkgs="dpkg-dev debhelper fakeroot lintian"
# make bench: less (the TUI's first screen is measured beside it), and Kiwix's
# kiwix-search with zimwriterfs, which makes the ZIM archive it searches (bench/whole_process.py).
bench_pkgs="less kiwix-tools zim-tools"

case "${1:-build}" in
  build) want="$build_pkgs" ;;
  test)  want="$build_pkgs $test_pkgs" ;;
  fuzz)  want="$build_pkgs $test_pkgs $fuzz_pkgs" ;;
  deb)   want="$build_pkgs $deb_pkgs" ;;
  bench) want="$build_pkgs $bench_pkgs" ;;
  *) echo "usage: tools/deps.sh [--check] build|test|fuzz|deb|bench" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ -n "$check_only" ]; then
  echo "Missing Debian packages:$missing" >&2
  echo "Install them with: sudo apt-get install$missing   (or run make run / make check, which do it)" >&2
  exit 1
fi

if [ "$(id -u)" = 0 ]; then sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"
else
  echo "Missing Debian packages. Install them with: sudo apt-get install$missing" >&2
  exit 1
fi
echo "Installing missing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >/dev/null 2>&1 || true
if ! $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>"${TMPDIR:-/tmp}/deps.$$.err"; then
  cat "${TMPDIR:-/tmp}/deps.$$.err" >&2; rm -f "${TMPDIR:-/tmp}/deps.$$.err"
  echo "Could not install the packages. Install them with: sudo apt-get install$missing" >&2
  exit 1
fi
rm -f "${TMPDIR:-/tmp}/deps.$$.err"
