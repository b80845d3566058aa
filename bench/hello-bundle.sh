#!/usr/bin/env bash
# Start-up of a built hello-world bundle against `node -e ""` (median of N runs each, wall ms)
# and its size. Usage: bench/hello-bundle.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-11}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf 'print("hello")\n' > "$tmp/hello.lua"
bin/ptool build "$tmp/hello.lua" -o "$tmp/hello"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
node_ms=$(for _ in $(seq "$n"); do ms node -e ""; done | median)
bundle_ms=$(for _ in $(seq "$n"); do ms node "$tmp/hello"; done | median)
size=$(wc -c < "$tmp/hello")
echo "| node -e \"\" | ${node_ms} ms |"
echo "| hello bundle | ${bundle_ms} ms |"
echo "| ratio | $(awk -v a="$bundle_ms" -v b="$node_ms" 'BEGIN { printf "%.2f", a / b }') |"
echo "| bundle size | ${size} bytes |"
