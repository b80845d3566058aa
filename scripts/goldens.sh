#!/usr/bin/env bash
# Regenerate every test/lua/**/*.expected golden from the reference lua5.4.
#
# Golden format: exactly what `cd <dir> && lua5.4 NAME.lua` prints on stdout.
# If the script exits non-zero, two lines are appended:
#   --- exit N
#   --- stderr: <first line of stderr, with a leading "lua5.4: " replaced by "ptool: ">
#
# Usage: scripts/goldens.sh [file.lua ...]   (default: all of test/lua/**/*.lua)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LUA="${LUA:-lua5.4}"
TIMEOUT="${TIMEOUT:-20}"

command -v "$LUA" >/dev/null || { echo "goldens.sh: $LUA not found" >&2; exit 2; }

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  # test/lua/ptool/ holds hand-written expectations for the ptool API (lua5.4 has no ptool)
  mapfile -t files < <(find "$ROOT/test/lua" -type f -name '*.lua' -not -path '*/test/lua/ptool/*' | LC_ALL=C sort)
fi

tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT

count=0
for f in "${files[@]}"; do
  f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  dir="$(dirname "$f")"
  name="$(basename "$f")"
  out="$dir/${name%.lua}.expected"
  rc=0
  (cd "$dir" && timeout "$TIMEOUT" "$LUA" "$name") >"$out" 2>"$tmp_err" </dev/null || rc=$?
  if [ "$rc" -ne 0 ]; then
    # make sure the marker starts on its own line
    if [ -s "$out" ] && [ "$(tail -c 1 "$out" | od -An -c | tr -d ' ')" != '\n' ]; then
      printf '\n' >>"$out"
    fi
    first="$(head -n 1 "$tmp_err" || true)"
    # lua.c prefixes messages with its argv[0]; our CLI prints "ptool: "
    case "$first" in
      "$LUA: "*) first="ptool: ${first#"$LUA: "}" ;;
      "lua5.4: "*) first="ptool: ${first#lua5.4: }" ;;
    esac
    printf -- '--- exit %d\n--- stderr: %s\n' "$rc" "$first" >>"$out"
  fi
  count=$((count + 1))
done
echo "goldens.sh: wrote $count golden(s)" >&2
