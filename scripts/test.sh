#!/usr/bin/env bash
# The whole test suite, one command (`npm test` runs this file): sets up what is missing,
# builds, type-checks, lints, then runs the four test layers —
#   unit     plain mocha over test/unit (the pure layers, the CLI, the serializer, …)
#   host     test/host inside a real VS Code extension host (code-server 1.100.3)
#   web      test/web inside the browser's web worker extension host (the `browser` entry)
#   ui       test/ui driving the workbench in headless Chromium with Playwright
# and last packages the production build (`npm run package`: size budgets, then the .vsix).
# It carries on through every step even when one fails, prints a summary, and ends with
# exactly one line `N passed, N failed` (every test of every layer; a step that fails or a
# layer that cannot run counts as one failure). Exit code 0 only when nothing failed.
#
# Usage: bash scripts/test.sh          (as root on a fresh Debian machine it also installs
#                                       the Debian packages the host and UI layers need)
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOGS="$(mktemp -d)"
trap 'rm -rf "$LOGS"' EXIT
export NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false npm_config_fund=false

passed=0
failed=0
summary=()

section() { printf '\n==== %s ====\n' "$*"; }
note() { summary+=("$(printf '%-12s %s' "$1" "$2")"); }

# A step that either works or not (install, build, typecheck, lint): a failure counts as one.
step() {
  local name="$1"; shift
  section "$name"
  local t0=$SECONDS
  if "$@"; then
    note "$name" "ok ($((SECONDS - t0)) s)"
    return 0
  fi
  failed=$((failed + 1))
  note "$name" "FAILED ($((SECONDS - t0)) s) — see its output above"
  return 1
}

# --- set-up and static checks ------------------------------------------------------------
step "npm deps" bash scripts/e2e/ensure-deps.sh
cs_ok=1
step "code-server" bash scripts/e2e/install-code-server.sh || cs_ok=0
built=1
step "build" npm run -s build || built=0
step "typecheck" npm run -s typecheck
step "lint" npm run -s lint

# A test layer: runs a command, tees its output, reads the layer's totals.
# $1 name, $2 how to read the totals ("json FILE" or "line PREFIX"), $3… the command.
layer() {
  local name="$1" how="$2" arg="$3"; shift 3
  section "$name tests"
  local log="$LOGS/$name.log" t0=$SECONDS rc
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  local p="" f=""
  if [[ "$how" == json && -s "$arg" ]]; then
    read -r p f < <(node -e 'const c=require(process.argv[1]); console.log(c.passed, c.failed)' "$arg")
  elif [[ "$how" == line ]]; then
    read -r p f < <(sed -n "s/^$arg: \([0-9]*\) passed, \([0-9]*\) failed\$/\1 \2/p" "$log" | tail -n1)
  fi
  if [[ -z "$p" || -z "$f" ]]; then
    failed=$((failed + 1))
    note "$name" "COULD NOT RUN (exit $rc, no totals) — see its output above"
    return
  fi
  if [[ $rc -ne 0 && $f -eq 0 ]]; then f=1; fi # it failed in a way no test reported
  passed=$((passed + p))
  failed=$((failed + f))
  note "$name" "$p passed, $f failed ($((SECONDS - t0)) s)"
}

# --- the four layers ---------------------------------------------------------------------
COUNTS="$LOGS/unit.json"
layer unit json "$COUNTS" env ACTLAB_COUNT_FILE="$COUNTS" timeout 600 npx mocha --reporter ./scripts/e2e/count-reporter.mjs

if [[ $built -eq 1 && $cs_ok -eq 1 ]]; then
  layer host line host timeout 600 node scripts/e2e/run-host-tests.mjs --timeout 540
  layer web line web timeout 600 node scripts/e2e/run-web-tests.mjs --timeout 540
  layer ui line ui timeout 900 node scripts/e2e/run-ui-tests.mjs
else
  for name in host web ui; do
    failed=$((failed + 1))
    note "$name" "COULD NOT RUN (the build or the code-server install failed)"
  done
fi

# Last, as it replaces the development build in dist/: the production build must fit its size
# budgets (scripts/web-bundle-check.mjs) and package into the .vsix that ships.
step "package" npm run -s package

section summary
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
