#!/usr/bin/env bash
# Makes sure node_modules match package-lock.json, running `npm ci` only when they do not
# (absent, or any top-level package missing or at another version than the lock file says).
# It compares contents, not timestamps, so a fresh clone installs and a current tree is left
# alone. Used by scripts/test.sh and scripts/open.sh.
# Usage: bash scripts/e2e/ensure-deps.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Node.js 20 or newer (with npm) must be on PATH: https://nodejs.org/" >&2
  exit 1
fi

if [[ -d node_modules ]] && node -e '
  const fs = require("fs");
  const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
  const stale = Object.entries(lock.packages).filter(([p, meta]) => {
    if (!p.startsWith("node_modules/") || p.indexOf("/node_modules/", 1) !== -1) return false;
    try { return JSON.parse(fs.readFileSync(p + "/package.json", "utf8")).version !== meta.version; }
    catch { return !meta.optional; }
  });
  if (stale.length) { console.error("stale or missing: " + stale.slice(0, 5).map(([p]) => p).join(", ")); process.exit(1); }
'; then
  echo "node_modules match package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund
