#!/usr/bin/env bash
# Installs what the end-to-end tests need, once, and reuses it afterwards:
#   - Debian packages, only those missing: chromium (driven by playwright-core), ripgrep (seed for
#     code-server's ripgrep download), libkrb5-dev (a native module of code-server), neovim.
#   - code-server 4.100.3 from npm (VS Code 1.100.3, the newest release whose engines allow Node 20)
#     into the git-ignored cache .vscode-test/code-server.
# Usage: test/e2e/install.sh   (PRESSLINT_E2E_SKIP_APT=1 skips the Debian packages,
#                               PRESSLINT_E2E_SKIP_CODE_SERVER=1 skips code-server)
set -euo pipefail
CS_VERSION=4.100.3
RG_PKG_VERSION=1.15.11          # @vscode/ripgrep version pinned by code-server's lib/vscode/npm-shrinkwrap.json
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CACHE="$ROOT/.vscode-test"
DEST="$CACHE/code-server"
MARKER="$DEST/.installed-$CS_VERSION"
start=$(date +%s)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "e2e install: need root for: $*" >&2; exit 1; fi; }

# Desktop VS Code runs (PRESSLINT_E2E_SKIP_CODE_SERVER=1) need only Neovim from this list.
if [ "${PRESSLINT_E2E_SKIP_CODE_SERVER:-}" = 1 ]; then packages=(neovim); else packages=(chromium ripgrep libkrb5-dev neovim python3 make g++); fi
if [ "${PRESSLINT_E2E_SKIP_APT:-}" != 1 ] && command -v dpkg >/dev/null; then
  missing=()
  for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "e2e install: apt packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # The package lists are refreshed only when installing from the present ones fails.
    if ! as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
      as_root apt-get update -qq
      as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
elif ! command -v nvim >/dev/null; then
  echo "e2e install: no dpkg here: install Neovim (and, for code-server, chromium and ripgrep) yourself" >&2
  exit 1
fi

if [ "${PRESSLINT_E2E_SKIP_CODE_SERVER:-}" = 1 ]; then exit 0; fi   # desktop VS Code runs instead
if [ -f "$MARKER" ] && [ -x "$DEST/node_modules/.bin/code-server" ]; then
  echo "e2e install: code-server $CS_VERSION already in $DEST"
  exit 0
fi

mkdir -p "$DEST/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
# @vscode/ripgrep downloads rg from GitHub in its postinstall, which is unreachable here; it looks in
# its download cache (os.tmpdir()/vscode-ripgrep-cache-<version>/<asset>) first, so seed it with Debian's rg.
tar czf "$DEST/tmp/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg
cd "$DEST"
# allowScripts: npm 11 reviews dependency install scripts; these two must run (code-server's
# postinstall installs and builds VS Code's own modules).
printf '{ "name": "presslint-e2e-code-server", "private": true, "allowScripts": { "code-server": true, "argon2": true } }\n' > package.json
echo "e2e install: npm install code-server@$CS_VERSION (builds native modules; a few minutes)"
# --unsafe-perm: code-server's postinstall refuses to run as root without it.
# npm_config_yes=true: node-pty's postinstall runs `npx node-gyp`, which would otherwise prompt and abort.
# A failed install removes node_modules entirely, so the marker is written only after success.
TMPDIR="$DEST/tmp" npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --no-save "code-server@$CS_VERSION"
"$DEST/node_modules/.bin/code-server" --version --config "$DEST/tmp/version.yaml" 2>/dev/null | grep -m1 "^$CS_VERSION"   # fails the install if it does not start
touch "$MARKER"
echo "e2e install: done in $(( $(date +%s) - start )) s"
