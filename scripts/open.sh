#!/usr/bin/env bash
# One command from a fresh clone to the curriculum open in a real VS Code:
#   bash scripts/open.sh        (the same as `npm run open` once node_modules exist)
# It installs the npm dependencies when missing, builds and packages the extension
# (dist/activation-lab.vsix), then
#   - with a desktop VS Code (`code` on PATH): installs the .vsix into it and opens the
#     notebooks folder with the tour;
#   - otherwise: installs code-server (VS Code in the browser; as root it also installs the
#     Debian packages it needs to build), installs the .vsix into a private profile, serves
#     it on 127.0.0.1 (port 8080, or a free one) and opens the tour in your browser — or,
#     without a display, prints the address. It keeps serving until Ctrl-C.
# Options: --browser  use code-server even when `code` is on PATH
#          --web      use code-server and run the extension in its browser web worker
#                     extension host (the `browser` entry, as on vscode.dev)
#          --port N   serve on port N (code-server only)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

use_browser=0
web_args=()
port_args=()
while (($#)); do
  case "$1" in
    --browser) use_browser=1 ;;
    --web) use_browser=1; web_args=(--web) ;;
    --port) port_args=(--port "$2"); shift ;;
    *) echo "unknown option: $1 (see the top of scripts/open.sh)" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '\n==> %s\n' "$*"; }

say "npm dependencies"
bash scripts/e2e/ensure-deps.sh

say "building and packaging the extension"
npm run -s package
VSIX="$ROOT/dist/activation-lab.vsix"

TOUR="$ROOT/notebooks/00-tour.actlab.md"
file_args=()
[[ -f "$TOUR" ]] && file_args=(--file "$TOUR")

if ((use_browser == 0)) && command -v code >/dev/null && ! code --version 2>/dev/null | grep -qi code-server; then
  say "installing into VS Code ($(command -v code))"
  code --install-extension "$VSIX" --force
  code "$ROOT/notebooks" ${file_args[@]:+"${file_args[1]}"}
  echo "Opened the curriculum in VS Code."
  exit 0
fi

say "code-server (VS Code in the browser)"
bash scripts/e2e/install-code-server.sh --no-browser

say "starting"
exec node scripts/e2e/serve-open.mjs --vsix "$VSIX" --folder "$ROOT/notebooks" "${file_args[@]}" ${port_args[@]:+"${port_args[@]}"} ${web_args[@]:+"${web_args[@]}"}
