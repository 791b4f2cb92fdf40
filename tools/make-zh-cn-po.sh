#!/bin/sh
# Makes the Simplified Chinese catalogue from the Traditional one with OpenCC, so
# translators keep one file (zh_TW.po) and the two never drift apart.
set -eu
src=$1 dst=$2
opencc -c /usr/share/opencc/t2s.json -i "$src" -o "$dst.tmp"
sed -e 's/^"Language: zh_TW\\n"/"Language: zh_CN\\n"/' "$dst.tmp" > "$dst"
rm -f "$dst.tmp"
