#!/usr/bin/env bash
# `npm start` (after `npm run build`): opens samples/sample.transcript with the extension loaded.
# Desktop VS Code when `code` is on PATH; otherwise VS Code in the browser (code-server on 127.0.0.1:$PORT,
# tools cached like the e2e tests, see scripts/vscode-web.sh) until Ctrl+C.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"

if command -v code >/dev/null; then
  exec code --extensionDevelopmentPath="$REPO" "$REPO/samples/sample.transcript"
fi

source "$REPO/scripts/vscode-web.sh"
PORT=${PORT:-8080}
vw_install_tools
vw_new_run
vw_package_install
vw_start "$PORT" "$REPO/samples"
trap 'vw_stop; rm -rf "$VW_RUN"' EXIT
trap 'exit 130' INT TERM
echo
echo "VS Code with the Earnings Transcript extension: http://127.0.0.1:$PORT/?folder=$REPO/samples"
echo "(open sample.transcript from the explorer; Ctrl+C stops the server)"
wait "$VW_PGID" || true
