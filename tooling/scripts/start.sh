#!/usr/bin/env bash
# Starts the platform: embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo councils and users,
# the GraphQL gateway and the admin app. Prints where to go and how to sign in.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tooling/scripts/bootstrap.sh
export TURBO_TELEMETRY_DISABLED=1
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}"

if [ -f apps/gateway/package.json ]; then
  # Build the gateway and every workspace package it imports to dist/ (tooling/scripts/build-package.mjs), and
  # the admin app; then run the built gateway with node (no TypeScript at run time).
  pnpm exec turbo run build --filter=@csc/gateway... --filter=@csc/admin --output-logs=errors-only
  exec pnpm --filter @csc/gateway run start
fi

# Until the gateway exists, show what the rules engine computes.
exec pnpm --filter @csc/rules run demo
