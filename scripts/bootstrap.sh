#!/usr/bin/env bash
# The README's two commands, for a fresh Debian machine with only Node 20+ and npm:
#   bash scripts/bootstrap.sh demo   installs everything, builds, serves the demo on 127.0.0.1
#   bash scripts/bootstrap.sh test   installs everything and runs every test and check
set -euo pipefail

PNPM_VERSION=12.21.0
mode="${1:-}"
case "$mode" in
  demo | test) ;;
  *) echo "usage: bash scripts/bootstrap.sh demo|test" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Mittari needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

# pnpm at a pinned version, inside the repo: works without root and leaves the system alone.
if [ "$(pnpm --version 2>/dev/null || true)" = "$PNPM_VERSION" ]; then
  PNPM=pnpm
else
  if [ "$(.tools/node_modules/.bin/pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
    say "installing pnpm $PNPM_VERSION into .tools/"
    npm install --prefix .tools --no-save --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION"
  fi
  PNPM="$PWD/.tools/node_modules/.bin/pnpm"
fi
export PATH="$PWD/.tools/node_modules/.bin:$PATH"

if [ "$mode" = test ]; then
  chrome="${CHROME_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chrome" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Debian's chromium (browser tests run in it)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
    else
      echo "The browser tests need Chromium at $chrome." >&2
      echo "Install it (sudo apt-get install chromium) or point CHROME_PATH at a Chromium binary, then run this again." >&2
      exit 1
    fi
  fi
fi

say "installing dependencies (pnpm $PNPM_VERSION)"
CI=true "$PNPM" install --frozen-lockfile --reporter=append-only

if [ "$mode" = demo ]; then
  say "building"
  "$PNPM" run build
  say "starting the demo"
  exec "$PNPM" run demo
else
  exec "$PNPM" run check
fi
