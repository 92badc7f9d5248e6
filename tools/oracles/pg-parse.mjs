#!/usr/bin/env node
// Oracle: parse SQL files with the real PostgreSQL parser (libpg-query, WebAssembly, offline).
//
// Usage: node pg-parse.mjs FILE...
//
// Prints one JSON line per file:
//   {"file":"a.sql","ok":true,"statements":12,"error":null}
//   {"file":"b.sql","ok":false,"statements":0,"error":{"message":"syntax error at or near \"selec\"",
//     "cursorPosition":25,"line":2,"column":2}}
// cursorPosition is the 0-based character offset into the file reported by the parser;
// line and column are 1-based and computed from it.
// Exit code: 0 if every file parsed, 1 if any did not, 2 on bad usage.

import { readFileSync } from 'node:fs';
import { loadModule, parseSync } from 'libpg-query';

function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function check(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { file, ok: false, statements: 0, error: { message: `cannot read file: ${e.message}` } };
  }
  if (text.trim() === '') {
    // libpg-query refuses an empty string; an empty file is zero statements.
    return { file, ok: true, statements: 0, error: null };
  }
  try {
    const result = parseSync(text);
    return { file, ok: true, statements: (result.stmts ?? []).length, error: null };
  } catch (e) {
    const error = { message: e?.sqlDetails?.message ?? String(e?.message ?? e) };
    const pos = e?.sqlDetails?.cursorPosition;
    if (typeof pos === 'number' && pos >= 0) {
      error.cursorPosition = pos;
      Object.assign(error, lineColumn(text, pos));
    }
    return { file, ok: false, statements: 0, error };
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node pg-parse.mjs FILE...');
  process.exit(2);
}

await loadModule();
let allOk = true;
for (const file of files) {
  const result = check(file);
  if (!result.ok) allOk = false;
  console.log(JSON.stringify(result));
}
// exitCode, not exit(): exit() would cut off output still buffered for a pipe.
process.exitCode = allOk ? 0 : 1;
