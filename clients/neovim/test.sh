#!/usr/bin/env bash
# Headless Neovim opens the example SQL and Prisma schemas with the plugin and the real server jar, then checks
# diagnostics (rule ids and ranges), a hover, a quick fix, :SchemawiseFixAll and the help tags.
# Run through clients/test.sh neovim (which sets SCHEMAWISE_JAR and SCHEMAWISE_ROOT).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$SCHEMAWISE_ROOT/examples/postgres" "$SCHEMAWISE_ROOT/examples/prisma" "$work/"
cp -r "$here/doc" "$work/doc"
git -C "$work" init -q
nvim --version | head -1
SCHEMAWISE_WORK="$work" PLUGIN_DIR="$here" timeout 120 nvim --headless --clean -c "luafile $here/test/run.lua"
