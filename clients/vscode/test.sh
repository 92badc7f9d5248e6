#!/usr/bin/env bash
# Builds, packages and tests the VS Code extension against the real server jar (run by clients/test.sh vscode).
# Needs node 20+ and npm; SCHEMAWISE_JAR (the shaded server jar) and SCHEMAWISE_ROOT (the repository) come from
# clients/test.sh, with the repository's build output as the default.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export SCHEMAWISE_ROOT="${SCHEMAWISE_ROOT:-$(cd ../.. && pwd)}"
export SCHEMAWISE_JAR="${SCHEMAWISE_JAR:-$SCHEMAWISE_ROOT/server/target/schemawise.jar}"

version="$(node -p 'require("./package.json").version')"
vsix="schemawise-$version.vsix"

echo "[vscode] npm ci"
npm ci --no-audit --no-fund --loglevel=error
echo "[vscode] type check and bundle"
npx --no-install tsc --noEmit -p .
node build.mjs
echo "[vscode] package $vsix"
rm -f schemawise-*.vsix
npx --no-install vsce package --no-dependencies --skip-license --out "$vsix" </dev/null >/dev/null
echo "[vscode] node --test"
SCHEMAWISE_VSIX="$here/$vsix" node --test dist-test/
