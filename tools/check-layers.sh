#!/bin/sh
# The folder-level rules of src/ (see README.md, "Architecture"), checked from the
# source itself so they are rules rather than comments:
#   1. no cycle between folders, judged from every  #include "folder/…"  line;
#   2. only src/ui includes curses, and nothing outside src/ui (but main.c) includes ui/;
#   3. text/, treat/, search/ and ui/ never call _(): they take the language as a
#      value and translate with tr(lang, …) (core/i18n.h);
#   4. pack/ (the compiled content pack) sits at the content level: it includes only
#      core/, content/ and search/ (whose index the pack holds), never what reads it.
# Usage: tools/check-layers.sh [SOURCE_ROOT]   (exit status 1 on a broken rule)
set -u
cd "${1:-.}" || exit 2
fail=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

# 1. "from to" for every include of another folder's header
grep -H '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z_]*/' src/*/*.c src/*/*.h |
  sed -n 's|^src/\([a-z_]*\)/[^:]*:[[:space:]]*#[[:space:]]*include[[:space:]]*"\([a-z_]*\)/.*|\1 \2|p' |
  awk '$1 != $2' | sort -u > "$tmp/edges"
if ! tsort "$tmp/edges" > /dev/null 2> "$tmp/loop"; then
  echo "check-layers: the folders of src/ include each other in a cycle:" >&2
  members=$(sed -n 's/^tsort: //p' "$tmp/loop" | grep -v 'input contains a loop' | sort -u | tr '\n' ' ')
  echo "  folders in a loop: $members" >&2
  while read -r from to; do
    case " $members" in *" $from "*) ;; *) continue ;; esac
    case " $members" in *" $to "*) ;; *) continue ;; esac
    grep -l "^[[:space:]]*#[[:space:]]*include[[:space:]]*\"$to/" src/"$from"/*.[ch] 2>/dev/null |
      sed "s|\$| includes $to/|; s|^|  |" >&2
  done < "$tmp/edges"
  fail=1
fi

# 2. curses and ui/ stay in src/ui
bad=$(grep -lE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(n?curses(w)?\.h|ncursesw?/)' src/*/*.[ch] | grep -v '^src/ui/')
if [ -n "$bad" ]; then
  echo "check-layers: only src/ui may include curses; these do:" $bad >&2
  fail=1
fi
bad=$(grep -l '^[[:space:]]*#[[:space:]]*include[[:space:]]*"ui/' src/*/*.[ch] | grep -v '^src/ui/')
if [ -n "$bad" ]; then
  echo "check-layers: only src/ui and main.c may include ui/ headers; these do:" $bad >&2
  fail=1
fi

# 3. no hidden interface language below the start-up code
bad=$(grep -nE '(^|[^A-Za-z0-9_])P?_\(' src/text/*.[ch] src/treat/*.[ch] src/search/*.[ch] src/ui/*.[ch] | grep -v 'N_(')
if [ -n "$bad" ]; then
  echo "check-layers: use tr(lang, …) with the language as a value, not _(), in:" >&2
  echo "$bad" >&2
  fail=1
fi

# 4. the pack stays at the content level
bad=$(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[a-z_]+/' src/pack/*.[ch] 2>/dev/null |
  grep -vE '"(core|content|search|pack)/')
if [ -n "$bad" ]; then
  echo "check-layers: src/pack may include only core/, content/ and search/ headers:" >&2
  echo "$bad" >&2
  fail=1
fi

[ $fail -eq 0 ] && echo "check-layers: no folder cycles; curses only in src/ui; no _() below the start-up code; pack at the content level"
exit $fail
