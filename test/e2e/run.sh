#!/usr/bin/env bash
# End-to-end tests in a real VS Code (code-server + headless Chromium, offline; see scripts/vscode-web.sh).
#   bash test/e2e/run.sh [scenario...]      scenarios: outline diagnostics hover openAs (default: all)
# Env: E2E_ROOT (tool cache, default /tmp/earnings-transcript-e2e), E2E_PORT (default: a free one),
#      E2E_CORPUS (default ../shared/corpus; without it the hover scenario is skipped), E2E_KEEP_RUN=1 (keep logs),
#      E2E_UPDATE_SCREENSHOTS=1 (copy the passing scenarios' screenshots to docs/images/).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../scripts/vscode-web.sh
source "$REPO/scripts/vscode-web.sh"
RESULTS=$REPO/test-results
CORPUS=${E2E_CORPUS:-$REPO/../shared/corpus}
T0=$(date +%s)

vw_install_tools
# Only the command under test may switch sample.txt to Earnings Transcript mode.
vw_new_run '"earningsTranscript.detectPlainText": false,'
vw_say "run folder $VW_RUN"

# The workspace: copies, so the editor never touches the repo or the read-only corpus.
WS=$VW_RUN/workspace
mkdir -p "$WS"
cp "$REPO/samples/sample.transcript" "$WS/sample.transcript"
cp "$REPO/samples/sample.transcript" "$WS/sample.txt"
cp "$REPO/test/fixtures/e2e/planted.transcript" "$WS/planted.transcript"
if [ -f "$CORPUS/marketbeat/kingsoft-cloud-q2-2023.txt" ]; then
  cp "$CORPUS/marketbeat/kingsoft-cloud-q2-2023.txt" "$WS/kingsoft.transcript"
fi

vw_package_install
PORT=${E2E_PORT:-$(vw_free_port)}
vw_start "$PORT" "$WS"
vw_say "code-server up; driving chromium"

rc=0
TMPDIR=$VW_RUN/tmp NODE_PATH=$VW_TOOLS/node_modules timeout 600 "$VW_NODE24/bin/node" "$REPO/test/e2e/drive.js" \
  "http://127.0.0.1:$PORT" "$WS" "$RESULTS" "$@" || rc=$?

if [ $rc -ne 0 ]; then
  vw_say "failed (rc=$rc); screenshots in $RESULTS; extension host log tail:"
  tail -n 25 "$VW_RUN"/data/logs/*/exthost*/remoteexthost.log 2>/dev/null || true
  tail -n 25 "$VW_RUN"/data/logs/*/exthost*/output_logging_*/*Earnings*.log 2>/dev/null || true
fi
if [ "${E2E_UPDATE_SCREENSHOTS:-0}" = 1 ]; then
  mkdir -p "$REPO/docs/images"
  for shot in outline hover diagnostics; do # only a passing scenario leaves <name>.png
    if [ -f "$RESULTS/$shot.png" ]; then
      cp "$RESULTS/$shot.png" "$REPO/docs/images/$shot.png" && vw_say "updated docs/images/$shot.png"
    fi
  done
fi

vw_stop
trap - EXIT INT TERM
[ "${E2E_KEEP_RUN:-0}" = 1 ] || rm -rf "$VW_RUN"
vw_say "done in $(($(date +%s) - T0))s"
exit $rc
