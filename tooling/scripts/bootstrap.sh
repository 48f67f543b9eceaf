#!/usr/bin/env bash
# Installs what the project needs on a fresh machine that has only Node.js:
# pnpm, the workspace dependencies, the generated Prisma client, and (with --browser) Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."

export TURBO_TELEMETRY_DISABLED=1
export COREPACK_INTEGRITY_KEYS=0
# Prisma's CLI wants a native schema engine it cannot download here; `prisma generate` only needs the path
# to exist (../shared/docs/stack-notes.md). Migrations are applied by node-pg-migrate instead.
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
export CHECKPOINT_DISABLE=1

# Embedded PostgreSQL runs as the unprivileged "postgres" user when we are root: it must be able to reach the
# binaries under node_modules, so every folder above the checkout needs o+x (mktemp -d makes 0700 folders).
if [ "$(id -u)" = "0" ]; then
  dir="$(pwd)"
  while [ "$dir" != "/" ]; do chmod o+x "$dir" 2>/dev/null || true; dir="$(dirname "$dir")"; done
fi

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "» installing pnpm@$PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null 2>&1 || npm install -g "pnpm@$PNPM_VERSION"
fi

echo "» installing dependencies"
if [ "${CI:-}" = "true" ]; then
  pnpm install --frozen-lockfile --reporter=append-only
else
  pnpm install --frozen-lockfile --reporter=silent || pnpm install --reporter=append-only
fi

# Generate the Prisma client (and Pothos types) where a package declares a `generate` script.
pnpm -r --if-present run generate >/dev/null

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
    echo "» installing Chromium from Debian"
    SUDO=""; [ "$(id -u)" != "0" ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  # pdftotext and pdfinfo read the gateway's PDF reports back in its tests (apps/gateway/src/reports/render).
  if ! command -v pdftotext >/dev/null 2>&1; then
    echo "» installing poppler-utils from Debian"
    SUDO=""; [ "$(id -u)" != "0" ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils >/dev/null
  fi
fi
