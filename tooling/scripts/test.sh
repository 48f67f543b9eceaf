#!/usr/bin/env bash
# The whole test suite: install, boundaries, lint, typecheck, unit + integration tests (real PostgreSQL),
# coverage of the rules engine, schema checks, and the browser tests. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash tooling/scripts/bootstrap.sh --browser

export TURBO_TELEMETRY_DISABLED=1
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-/bin/true}"
rm -rf .reports && mkdir -p .reports

echo "» import boundaries"
node tooling/scripts/check-boundaries.mjs
# The tooling's own tests: the boundary script and the ESLint rule each refuse a gateway that imports a plugin;
# the build refuses output that imports a devDependency.
node --test tooling/scripts/*.test.mjs tooling/eslint/*.test.mjs

echo "» unused files and dependencies (knip.jsonc)"
pnpm exec knip --no-progress

echo "» formatting (Prettier: .prettierrc.json, .prettierignore)"
pnpm exec prettier --check . --log-level warn

# Two cores: run tasks one or two at a time so database-backed suites do not starve each other.
status=0
echo "» lint and typecheck"
pnpm exec turbo run lint typecheck --concurrency=2 --output-logs=errors-only || status=$?
if [ "$status" = "0" ]; then
  echo "» tests"
  pnpm exec turbo run test --concurrency=1 --output-logs=full || status=$?
fi
if [ "$status" = "0" ] && [ -n "$(ls apps/*/package.json 2>/dev/null | xargs grep -l '"e2e"' 2>/dev/null)" ]; then
  echo "» browser tests"
  pnpm exec turbo run e2e --concurrency=1 --output-logs=full || status=$?
fi
node tooling/scripts/summarise-tests.mjs || true
exit "$status"
