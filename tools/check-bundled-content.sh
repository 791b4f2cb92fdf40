#!/bin/sh
# Checks the bundled content under --strict.
#   tools/check-bundled-content.sh BIN DIR [--audit] [--today YYYY-MM-DD]
# make check-content: any error or warning fails, except a review date that has
#   passed.  That one depends on the day the tests run, so it is reported as a note:
#   a release must still build and pass its tests years later (Debian rebuilds,
#   a future-clock rebuild).
# make content-audit (--audit): a review date that has passed fails too.  CI runs it
#   as information for the content team; it never blocks a build.
set -u
bin=$1 dir=$2; shift 2
audit=""; today=""
while [ $# -gt 0 ]; do
  case "$1" in
    --audit) audit=1 ;;
    --today) today="--today=$2"; shift ;;
    *) echo "usage: tools/check-bundled-content.sh BIN DIR [--audit] [--today YYYY-MM-DD]" >&2; exit 2 ;;
  esac
  shift
done
log=$(mktemp) || exit 2
trap 'rm -f "$log"' EXIT
"$bin" --check-content "$dir" --strict $today > "$log"; rc=$?
cat "$log"
overdue=$(grep -c ': warning: .*the review date [0-9-]* has passed' "$log")
others=$(grep ': warning: ' "$log" | grep -vc 'the review date [0-9-]* has passed')
if [ "$rc" -ne 0 ]; then echo "FAIL: the bundled content has errors under --strict"; exit 1; fi
if [ "$others" -ne 0 ]; then echo "FAIL: the bundled content has warnings under --strict"; exit 1; fi
if [ "$overdue" -ne 0 ]; then
  if [ -n "$audit" ]; then
    echo "FAIL: $overdue review dates have passed; review those texts and set new dates (content/README.md)"
    exit 1
  fi
  echo "note: $overdue review dates have passed; make content-audit lists them for the content team (not a test failure)"
fi
exit 0
