#!/bin/sh
# Makes locale/zh_CN.po or locale/zh_HK.po from locale/zh_TW.po:
#   1. every translation goes through the content's regional term table (and, for
#      the mainland, OpenCC's character conversion), by the program's own code;
#   2. the hand corrections in locale/by-hand/CODE.po win where the table is not
#      enough (each says which zh_TW translation it corrects: a correction whose
#      zh_TW text has changed since is reported, never applied silently);
#   3. the result is merged with the template, so nothing obsolete is left.
# usage: tools/make-regional-po.sh zh_CN|zh_HK REGIONAL_PO_TOOL CONTENT_DIR POT OUT.po
set -eu
code=$1 tool=$2 content=$3 pot=$4 out=$5
src=locale/zh_TW.po byhand=locale/by-hand/$code.po
case $code in
  zh_CN) lang=zh-Hans team="Chinese (Simplified, mainland)" ;;
  zh_HK) lang=zh-HK team="Chinese (Traditional, Hong Kong)" ;;
  *) echo "make-regional-po: unknown catalogue $code; use zh_CN or zh_HK" >&2; exit 2 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
msgcat --no-wrap -o "$tmp/src.po" "$src"
"$tool" "$lang" "$content" < "$tmp/src.po" > "$tmp/gen.po"
if [ -f "$byhand" ]; then
  /usr/bin/python3 tools/check-by-hand.py "$byhand" "$tmp/src.po"
  msgcat --no-wrap --use-first -o "$tmp/merged.po" "$byhand" "$tmp/gen.po"
else
  cp "$tmp/gen.po" "$tmp/merged.po"
fi
msgmerge -q --no-wrap --no-fuzzy-matching -o "$tmp/full.po" "$tmp/merged.po" "$pot"
msgattrib --no-wrap --no-obsolete -o "$tmp/clean.po" "$tmp/full.po"
sed -e "s/^\"Language: .*\\\\n\"/\"Language: $code\\\\n\"/" \
    -e "s/^\"Language-Team: .*\\\\n\"/\"Language-Team: $team\\\\n\"/" "$tmp/clean.po" > "$tmp/out.po"
mv "$tmp/out.po" "$out"
