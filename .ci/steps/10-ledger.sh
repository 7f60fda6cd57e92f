#!/usr/bin/env bash
# Ledger step (run by .ci/run from the repository root): install the pinned npm
# solc and anvil (contracts/package-lock.json), recompile the contracts and
# regenerate the Go bindings, and fail if the committed output differs. The
# ledger tests find anvil in contracts/node_modules, so they run it in CI.
set -euo pipefail

if ! command -v npm >/dev/null 2>&1; then
  echo "npm missing: installing Debian nodejs + npm"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
node --version

(cd contracts && npm ci --no-audit --no-fund)
anvil="contracts/node_modules/@foundry-rs/anvil-$(go env GOOS)-$(go env GOARCH)/bin/anvil"
"$anvil" --version | head -1

go generate ./ledger
if ! git diff --exit-code -- contracts/out ledger/bindings; then
  echo "generated contracts/out or ledger/bindings differ from the committed files: run 'go generate ./ledger' and commit"
  exit 1
fi
untracked=$(git ls-files --others --exclude-standard -- contracts/out ledger/bindings)
if [ -n "$untracked" ]; then
  echo "untracked generated files: $untracked"; exit 1
fi
