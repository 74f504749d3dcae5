#!/usr/bin/env bash
# Installs what the in-host and UI tests need to run a real VS Code on a Debian machine:
# the Debian packages (Chromium, ripgrep, the headers and compilers native addons need) and
# code-server (which embeds VS Code 1.100.3) into `.vscode-test/code-server/`, a folder git
# ignores. Idempotent: each step is skipped when its result is already there, so running it
# twice costs about a second.
#
# Usage: bash scripts/e2e/install-code-server.sh [--no-browser]
#   --no-browser  skip Chromium (only the tests drive a browser; `scripts/open.sh` does not)
# Why the environment variables below: see the "code-server from npm" section of E2E notes
# in README.md — in short, this machine reaches only the npm registry and Debian, so every
# download code-server's dependencies would make on their own is prevented or pre-seeded.
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DEST="$ROOT/.vscode-test/code-server"
BIN="$DEST/node_modules/.bin/code-server"
MARKER="$DEST/.installed-version"
APT_PACKAGES=(ripgrep libkrb5-dev build-essential python3)
# Chromium for the tests, and a small CJK font so the Chinese text in screenshots is legible.
BROWSER_PACKAGES=(chromium fonts-wqy-microhei)
if [[ "${1:-}" != "--no-browser" ]]; then APT_PACKAGES+=("${BROWSER_PACKAGES[@]}"); fi

log() { printf '[install-code-server] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -ne 0 ]]; then
    log "missing Debian packages: ${missing[*]} — run this script as root (or install them with apt-get)"
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_log="$(mktemp)"
  # apt prints a line per unpacked file; keep it out of the test log unless it fails.
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log"
    log "apt-get failed"
    exit 1
  fi
  rm -f "$apt_log"
else
  log "Debian packages present"
fi

# --- code-server -----------------------------------------------------------------------
if [[ -x "$BIN" && -f "$MARKER" && "$(cat "$MARKER")" == "$CODE_SERVER_VERSION" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed in ${DEST#"$ROOT"/}"
  exit 0
fi

log "installing code-server@$CODE_SERVER_VERSION into ${DEST#"$ROOT"/} (about a minute)"
rm -rf "$DEST"
mkdir -p "$DEST"
# A package.json of its own keeps npm from walking up into the project's package.json.
printf '{ "name": "actlab-code-server", "private": true }\n' >"$DEST/package.json"

# @vscode/ripgrep's postinstall looks in $TMPDIR for an already-downloaded release before
# fetching one from GitHub; hand it Debian's rg packed under the name it expects.
SEED="$(mktemp -d)"
trap 'rm -rf "$SEED"' EXIT
mkdir -p "$SEED/vscode-ripgrep-cache-1.15.11"
tar -czf "$SEED/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" \
  -C "$(dirname "$(command -v rg)")" rg

(
  cd "$DEST"
  # nodedir: build native addons against the installed Node headers (no header download);
  # unsafe_perm: code-server's postinstall refuses to run as root otherwise;
  # yes: node-pty's postinstall runs `npx node-gyp`, which would wait for a prompt;
  # build_from_source: compile native addons instead of downloading prebuilt binaries.
  TMPDIR="$SEED" \
  npm_config_nodedir=/usr \
  npm_config_unsafe_perm=true \
  npm_config_yes=true \
  npm_config_build_from_source=true \
  npm_config_fund=false \
  npm_config_audit=false \
  npm_config_update_notifier=false \
    npm install --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION"
)

# Even `--version` writes a config file, so give it a throw-away home.
# It logs that first; the version line is the one that starts with a digit.
got="$(XDG_CONFIG_HOME="$SEED/cfg" XDG_DATA_HOME="$SEED/data" "$BIN" --version | awk '/^[0-9]/ {print $1; exit}')"
if [[ "$got" != "$CODE_SERVER_VERSION" ]]; then
  log "expected code-server $CODE_SERVER_VERSION, found '$got'"
  exit 1
fi
printf '%s' "$CODE_SERVER_VERSION" >"$MARKER"
log "code-server $got installed"
