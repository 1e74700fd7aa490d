#!/usr/bin/env bash
# Lints processes/*.bpmn with bpmnlint:recommended and the Camunda 7.24 compatibility rules (src/lint/.bpmnlintrc).
# Installs the pinned packages (src/lint/package-lock.json) into target/bpmnlint once; needs node and npm.
# Fails on any error or warning. bpmnlint has no per-element switch: a rule that fights a deliberate design is
# turned off in .bpmnlintrc ("rules": {"<rule>": "off"}) with the reason in the model, never by loosening this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
lint="$root/target/bpmnlint"
mkdir -p "$lint"
if ! cmp -s "$root/src/lint/package-lock.json" "$lint/package-lock.json" || [ ! -x "$lint/node_modules/.bin/bpmnlint" ]; then
  cp "$root/src/lint/package.json" "$root/src/lint/package-lock.json" "$lint/"
  (cd "$lint" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$root/src/lint/.bpmnlintrc" "$lint/.bpmnlintrc"
# bpmnlint resolves its plugins from the working directory's node_modules
cd "$lint"
./node_modules/.bin/bpmnlint --max-warnings=0 "$root"/processes/*.bpmn
echo "bpmnlint: $(ls "$root"/processes/*.bpmn | wc -l) models clean"
