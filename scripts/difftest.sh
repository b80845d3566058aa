#!/usr/bin/env bash
# Show how `ptool run` differs from the golden for test/lua scripts: scripts/difftest.sh [file.lua ...]
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "$#" -eq 0 ]; then mapfile -t files < <(find "$ROOT/test/lua" -name '*.lua' | sort); else files=("$@"); fi
for f in "${files[@]}"; do
  f="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
  exp="${f%.lua}.expected"; [ -f "$exp" ] || continue
  out="$(cd "$(dirname "$f")" && timeout 60 "$ROOT/bin/ptool" run "$(basename "$f")" 2>/tmp/difftest.err; rc=$?; if [ $rc -ne 0 ]; then echo "--- exit $rc"; echo "--- stderr: $(head -n1 /tmp/difftest.err)"; fi)"
  if ! diff <(printf '%s\n' "$out") "$exp" >/tmp/difftest.diff 2>&1; then
    echo "=== ${f#$ROOT/}"; head -n "${LINES_SHOWN:-6}" /tmp/difftest.diff
  fi
done
