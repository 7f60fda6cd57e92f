#!/usr/bin/env bash
# Builds web/static/ciphernet.wasm.gz from web/wasm (the browser's encrypt path)
# and copies the Go toolchain's wasm_exec.js beside it. Run by `go generate
# ./web` and by CI, which then diffs the committed files. The build is
# reproducible byte for byte for one Go version: no VCS stamp, no build id,
# trimmed paths, no symbol tables; static/wasm.txt records the Go version
# and size so a mismatch is easy to explain.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out="$tmp/ciphernet.wasm"
CGO_ENABLED=0 GOOS=js GOARCH=wasm go build -trimpath -buildvcs=false \
  -ldflags="-s -w -buildid=" -o "$out" ./wasm
# Embedded and served gzipped (12 MB -> 3 MB); -n leaves out name and time.
gzip -9 -n -c "$out" > static/ciphernet.wasm.gz
goroot=$(go env GOROOT)
src="$goroot/lib/wasm/wasm_exec.js"
[ -f "$src" ] || src="$goroot/misc/wasm/wasm_exec.js"
cp "$src" static/wasm_exec.js
printf 'ciphernet.wasm built by %s: %s bytes, %s gzipped\n' "$(go env GOVERSION)" \
  "$(wc -c < "$out" | tr -d ' ')" "$(wc -c < static/ciphernet.wasm.gz | tr -d ' ')" > static/wasm.txt
cat static/wasm.txt
