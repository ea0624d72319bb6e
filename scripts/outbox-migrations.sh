#!/usr/bin/env bash
# Adds one EF migration named $1 (default OutboxLeases) to every module context that has an outbox, for both
# providers (ADR 0075: the outbox table's mapping lives in SharedKernel/Outbox/MessageTables.cs, so a change there
# changes every module's model at once). Identity has no outbox and is skipped.
# Usage: scripts/outbox-migrations.sh [Name]   (from the repository root; builds once, then adds with --no-build)
set -euo pipefail
name="${1:-OutboxLeases}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
modules=(Tenancy Members Catalogue Media Search QualityMarks Inquiries Orders Insight Notifications Integrations)
for m in "${modules[@]}"; do
  dotnet build "src/Modules/$m/CraftMarket.$m" -c Release -nologo -v:q -clp:ErrorsOnly
done
for m in "${modules[@]}"; do
  for provider in Sqlite Postgres; do
    echo "== $m $provider"
    dotnet ef migrations add "$name" --no-build --project "src/Modules/$m/CraftMarket.$m" \
      --context "${provider}${m}Db" --output-dir "Data/Migrations/$provider" --configuration Release
  done
done
