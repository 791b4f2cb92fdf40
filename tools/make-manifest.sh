#!/bin/sh
# Prints the SHA-256 of every content file, relative to the content folder, so a
# damaged or cut-short file can be found (--check-content, kiosk mode).
set -eu
cd "$1"
find . -name '*.json' | sed 's|^\./||' | LC_ALL=C sort | while read -r f; do
  sha256sum "$f"
done
