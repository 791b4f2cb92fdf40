#!/bin/sh
# Makes the Simplified Chinese catalogue from the Traditional one with OpenCC, so
# translators keep one file (zh_TW.po) and the two never drift apart.  Only the
# translations are converted: the msgids must stay exactly as in the program.
set -eu
src=$1 dst=$2
msgfilter --keep-header -i "$src" -o "$dst.tmp" opencc -c /usr/share/opencc/t2s.json
# --keep-header leaves the header alone: set its language and team here
sed -e 's/^"Language: zh_TW\\n"/"Language: zh_CN\\n"/' -e 's/^"Language-Team: Chinese (Traditional)/"Language-Team: Chinese (Simplified)/' "$dst.tmp" > "$dst"
rm -f "$dst.tmp"
