#!/usr/bin/env bash
# Web step (run by .ci/run from the repository root): install Debian's
# Chromium and the pinned npm playwright-core (web/e2e/package-lock.json) so
# that web's headless-browser end-to-end test runs in `go test ./...`, then
# rebuild the embedded WebAssembly module and wasm_exec.js and fail if they
# differ from the committed files (any change under crypto/ or program/
# changes the module: run `go generate ./web` and commit web/static).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=""
[ -x /usr/bin/chromium ] || need="$need chromium"
command -v npm >/dev/null 2>&1 || need="$need nodejs npm"
if [ -n "$need" ]; then
  echo "installing from Debian:$need"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq $need >/dev/null
fi
/usr/bin/chromium --version
node --version

(cd web/e2e && npm ci --no-audit --no-fund)

bash web/gen-wasm.sh
if ! git diff --exit-code --stat -- web/static; then
  echo "web/static differs from a fresh build (committed: $(git show HEAD:web/static/wasm.txt 2>/dev/null || echo none))."
  echo "Run 'go generate ./web' with the same Go version and commit web/static."
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- web/static)
if [ -n "$untracked" ]; then
  echo "untracked generated files: $untracked"; exit 1
fi
