#!/usr/bin/env bash
# Starts the platform: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo councils and users,
# the GraphQL gateway and the admin app. Prints where to go and how to sign in.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tooling/scripts/bootstrap.sh
export TURBO_TELEMETRY_DISABLED=1
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}"

if [ -f apps/gateway/package.json ]; then
  if [ -f apps/admin/package.json ]; then
    pnpm --filter @csc/admin run build
  fi
  exec pnpm --filter @csc/gateway run start
fi

# Until the gateway exists, show what the rules engine computes.
exec pnpm --filter @csc/rules run demo
