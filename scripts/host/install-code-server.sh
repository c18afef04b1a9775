#!/usr/bin/env bash
# Installs everything the real-VS-Code host tests need (see scripts/host/README.md):
#   1. Debian packages: chromium, ripgrep and the toolchain code-server's native modules compile with;
#   2. code-server (VS Code server + web workbench) and playwright-core into
#      <project>/.vscode-test/code-server/ with their own package.json (not the project's deps).
# Idempotent: each step is skipped when already done (dpkg status, marker file with the versions).
# Meant for CI on a fresh Debian machine as root (uses sudo for apt when not root).
# Env overrides: CODE_SERVER_VERSION, PLAYWRIGHT_CORE_VERSION, VSCODE_TEST_DIR, SKIP_APT=1, FORCE=1.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
PLAYWRIGHT_CORE_VERSION="${PLAYWRIGHT_CORE_VERSION:-1.65.1}"
# @vscode/ripgrep version pulled in by code-server 4.100.3 and the rg release its postinstall wants.
RIPGREP_PKG_VERSION="${RIPGREP_PKG_VERSION:-1.15.11}"
RIPGREP_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
# fonts-wqy-microhei: without a CJK font the UI test's screenshots show Chinese as empty boxes.
APT_PACKAGES=(chromium ripgrep build-essential pkg-config python3 libkrb5-dev libsecret-1-dev fonts-wqy-microhei)

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"
VSCODE_TEST_DIR="${VSCODE_TEST_DIR:-$PROJECT_DIR/.vscode-test}"
INSTALL_DIR="$VSCODE_TEST_DIR/code-server"
MARKER="$INSTALL_DIR/.installed"
WANT_MARKER="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"

T0=$SECONDS
step_start=$SECONDS
log() { printf '[install-code-server] %s\n' "$*"; }
step_done() { log "$1 took $((SECONDS - step_start))s"; step_start=$SECONDS; }

# ---------------------------------------------------------------- 1. apt packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
  log "apt packages already installed: ${APT_PACKAGES[*]}"
elif [[ "${SKIP_APT:-}" == 1 ]]; then
  log "WARNING: SKIP_APT=1 but these packages are missing: ${missing[*]}"
else
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { log "need root (or sudo) to apt-get install: ${missing[*]}"; exit 1; }
    SUDO=(sudo)
  fi
  log "apt-get installing: ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  step_done "apt-get"
fi

# ---------------------------------------------------------------- 2. code-server + playwright-core
entry="$INSTALL_DIR/node_modules/code-server/out/node/entry.js"
rg_bin="$INSTALL_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
if [[ "${FORCE:-}" != 1 && -f "$MARKER" && "$(cat "$MARKER")" == "$WANT_MARKER" && -f "$entry" ]]; then
  log "already installed ($WANT_MARKER) in $INSTALL_DIR"
  log "total $((SECONDS - T0))s"
  exit 0
fi

command -v node >/dev/null || { log "node (20.x) is required"; exit 1; }
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$node_major" == 20 ]] || log "WARNING: code-server@$CODE_SERVER_VERSION wants Node 20, found $(node -v)"

mkdir -p "$INSTALL_DIR"
rm -f "$MARKER"
cat > "$INSTALL_DIR/package.json" <<JSON
{
  "name": "concept-lens-vscode-test-host",
  "private": true,
  "description": "code-server + playwright-core for the host tests; installed by scripts/host/install-code-server.sh",
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION"
  }
}
JSON

# A private temp folder: @vscode/ripgrep's postinstall looks for its download in
# os.tmpdir()/vscode-ripgrep-cache-<pkg version>/<asset>; we seed it with Debian's rg (13.0.0 too),
# packed with `rg` at the tarball's top level (the postinstall runs `tar xvf <asset> -C bin/`).
WORK_TMP="$(mktemp -d "${TMPDIR:-/tmp}/code-server-install.XXXXXX")"
trap 'rm -rf "$WORK_TMP"' EXIT
rg_cache="$WORK_TMP/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
mkdir -p "$rg_cache" "$WORK_TMP/rg"
cp "$(command -v rg)" "$WORK_TMP/rg/rg"
chmod 755 "$WORK_TMP/rg/rg"
tar -czf "$rg_cache/$RIPGREP_ASSET" -C "$WORK_TMP/rg" rg

log "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION into $INSTALL_DIR"
(
  cd "$INSTALL_DIR"
  export TMPDIR="$WORK_TMP"
  export npm_config_unsafe_perm=true   # code-server's postinstall refuses root otherwise
  export npm_config_yes=true           # node-pty's postinstall runs `npx node-gyp`
  export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
  npm install --foreground-scripts --no-package-lock
)
step_done "npm install"

[[ -f "$entry" ]] || { log "code-server entry point missing: $entry"; exit 1; }
[[ -x "$rg_bin" ]] || { log "ripgrep binary missing: $rg_bin (did the @vscode/ripgrep version change? set RIPGREP_PKG_VERSION)"; exit 1; }
# code-server writes a default config and logs into $XDG_CONFIG_HOME / $XDG_DATA_HOME even for --version.
XDG_CONFIG_HOME="$WORK_TMP/xdg-config" XDG_DATA_HOME="$WORK_TMP/xdg-data" \
  node "$entry" --version
printf '%s' "$WANT_MARKER" > "$MARKER"
log "installed $WANT_MARKER in $INSTALL_DIR"
log "total $((SECONDS - T0))s"
