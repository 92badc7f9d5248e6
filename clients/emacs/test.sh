#!/usr/bin/env bash
# emacs --batch opens the example SQL and Prisma schemas with schemawise.el, eglot and the real server jar, then
# checks flymake's diagnostics (rule ids and ranges) and applies a quick fix. Run through clients/test.sh emacs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$SCHEMAWISE_ROOT/examples/postgres" "$SCHEMAWISE_ROOT/examples/prisma" "$work/"
git -C "$work" init -q   # eglot needs a project; a git repository is one
emacs --version | head -1
cd "$work"
status=0
SCHEMAWISE_WORK="$work" PLUGIN_DIR="$here" timeout 120 emacs --batch -l "$here/test/schemawise-test.el" > "$work/emacs.log" 2>&1 || status=$?
grep -v -E '^(Loading |Wrote )' "$work/emacs.log" || true
exit "$status"
