#!/usr/bin/env bash
# Runs one editor client's tests against the real server jar: clients/test.sh vscode|neovim|emacs
# The client's own script is clients/NAME/test.sh; it gets SCHEMAWISE_JAR (absolute path of the shaded jar)
# and SCHEMAWISE_ROOT (the repository) in its environment. If the program the client needs is missing, the
# client is skipped with a message, unless CI=true, where that is a failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
name="${1:?usage: clients/test.sh vscode|neovim|emacs}"
export SCHEMAWISE_ROOT="$(cd "$here/.." && pwd)"
export SCHEMAWISE_JAR="${SCHEMAWISE_JAR:-$SCHEMAWISE_ROOT/server/target/schemawise.jar}"

case "$name" in
  vscode) needs=(node npm) ;;
  neovim) needs=(nvim) ;;
  emacs)  needs=(emacs) ;;
  *) echo "clients/test.sh: unknown client '$name'" >&2; exit 2 ;;
esac
script="$here/$name/test.sh"
if [ ! -f "$script" ]; then
  echo "[clients] $name: no tests yet ($script missing)"; exit 0
fi
for program in "${needs[@]}"; do
  if ! command -v "$program" >/dev/null 2>&1; then
    if [ "${CI:-}" = "true" ]; then
      echo "[clients] $name: '$program' is not installed; .ci/run installs it" >&2; exit 1
    fi
    echo "[clients] $name: skipped, '$program' is not installed (apt install neovim emacs-nox elpa-eglot; node 18+)"; exit 0
  fi
done
if [ ! -f "$SCHEMAWISE_JAR" ]; then
  echo "[clients] $name: $SCHEMAWISE_JAR is missing; build it with ./mvnw -pl server -am package" >&2; exit 1
fi
echo "[clients] $name: testing with $SCHEMAWISE_JAR"
exec bash "$script"
