#!/usr/bin/env bash
# Regenerates docs/images/check.png (the CLI in a terminal) and docs/images/neovim-hover.png (headless Neovim in
# tmux: a diagnostic and a hover card). Needs the jar (./mvnw -pl server -am package), tmux, nvim and `script`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tools/screenshots"
tmp="$(mktemp -d)"
trap 'tmux kill-session -t schemawise-shot 2>/dev/null || true; rm -rf "$tmp"' EXIT
cd "$root"

{ printf '\033[32m$\033[0m ./schemawise check examples/postgres examples/prisma\n'
  script -qc "./schemawise check examples/postgres examples/prisma" /dev/null || true; } > "$tmp/check.ans"
java "$here/AnsiToPng.java" "$tmp/check.ans" docs/images/check.png

cp examples/postgres/schema.sql "$tmp/" && git -C "$tmp" init -q
tmux new-session -d -s schemawise-shot -x 130 -y 34 -c "$tmp" \
  "SCHEMAWISE_ROOT='$root' TERM=xterm-256color nvim --clean -u '$here/nvim-init.lua' schema.sql"
sleep 8
tmux send-keys -t schemawise-shot ':normal 84Gzt' Enter; sleep 0.5
tmux send-keys -t schemawise-shot ':call cursor(92, 6)' Enter; sleep 0.5
tmux send-keys -t schemawise-shot ':lua vim.lsp.buf.hover()' Enter; sleep 2
tmux capture-pane -t schemawise-shot -e -p > "$tmp/editor.ans"
java "$here/AnsiToPng.java" "$tmp/editor.ans" docs/images/neovim-hover.png 130
echo "wrote docs/images/check.png and docs/images/neovim-hover.png"
