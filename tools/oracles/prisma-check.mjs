#!/usr/bin/env node
// Oracle: validate and format Prisma schemas with Prisma's own engine
// (@prisma/prisma-schema-wasm, the code behind `prisma validate` and `prisma format`), offline.
//
// Usage: node prisma-check.mjs [--print-formatted] FILE.prisma...
//
// Prints one JSON line per file:
//   {"file":"schema.prisma","valid":true,"errors":[],"warnings":[],"formatted_equal":true}
// errors/warnings are {"message","start","end","line","column"} (start/end are 0-based UTF-16
// offsets into the file, as Java String indices; line/column are 1-based). formatted_equal tells whether the file is byte-identical to `prisma format` output
// (only meaningful for a schema that parses: the formatter returns unparsable input unchanged).
// With --print-formatted the formatted text of each file is printed instead of the JSON line.
// Exit code: 0 if every file is valid, 1 if any is not, 2 on bad usage.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// The wasm glue reports Rust panics through this global; without it a panic becomes a TypeError.
let lastPanic = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanic = message;
  },
};
const { default: wasm } = await import('@prisma/prisma-schema-wasm');

const TAB_SIZE = 2;

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

function withPanic(fn) {
  lastPanic = null;
  try {
    return fn();
  } catch (e) {
    if (lastPanic) throw new Error(`prisma-schema-wasm panicked: ${lastPanic}`);
    throw e;
  }
}

// `validate` throws an Error whose message is JSON {"error_code":"P1012","message":"..."}.
function validate(text) {
  try {
    withPanic(() => wasm.validate(JSON.stringify({ prismaSchema: text, noColor: true })));
    return null;
  } catch (e) {
    try {
      return JSON.parse(e.message).message;
    } catch {
      return String(e?.message ?? e);
    }
  }
}

// `lint` takes a SchemaFileInput (a JSON string) and returns diagnostics with UTF-8 byte spans,
// converted here to UTF-16 string offsets (the same as Java String indices).
function lint(text) {
  const diagnostics = JSON.parse(withPanic(() => wasm.lint(JSON.stringify(text))));
  const bytes = Buffer.from(text, 'utf8');
  const charOffset = (b) => bytes.subarray(0, b).toString('utf8').length;
  const toEntry = (d) => {
    const start = charOffset(d.start);
    return { message: d.text, start, end: charOffset(d.end), ...lineColumn(text, start) };
  };
  return {
    errors: diagnostics.filter((d) => !d.is_warning).map(toEntry),
    warnings: diagnostics.filter((d) => d.is_warning).map(toEntry),
  };
}

// `format(schemaFileInput, documentFormattingParams)`: the schema must be JSON-encoded, and the
// params a valid LSP DocumentFormattingParams (with a proper URI), or the input comes back as is.
function format(file, text) {
  const params = {
    textDocument: { uri: pathToFileURL(resolve(file)).href },
    options: { tabSize: TAB_SIZE, insertSpaces: true },
  };
  return withPanic(() => wasm.format(JSON.stringify(text), JSON.stringify(params)));
}

function check(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const error = { message: `cannot read file: ${e.message}` };
    return { result: { file, valid: false, errors: [error], warnings: [], formatted_equal: false } };
  }
  const validationMessage = validate(text);
  const { errors, warnings } = lint(text);
  if (validationMessage !== null && errors.length === 0) {
    errors.push({ message: validationMessage });
  }
  const formatted = format(file, text);
  return {
    formatted,
    result: {
      file,
      valid: validationMessage === null && errors.length === 0,
      errors,
      warnings,
      formatted_equal: formatted === text,
    },
  };
}

const args = process.argv.slice(2);
const printFormatted = args.includes('--print-formatted');
const files = args.filter((a) => a !== '--print-formatted');
if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
  console.error('usage: node prisma-check.mjs [--print-formatted] FILE.prisma...');
  process.exit(2);
}

let allValid = true;
for (const file of files) {
  let outcome;
  try {
    outcome = check(file);
  } catch (e) {
    outcome = {
      result: { file, valid: false, errors: [{ message: String(e?.message ?? e) }], warnings: [], formatted_equal: false },
    };
  }
  if (!outcome.result.valid) allValid = false;
  if (printFormatted) {
    process.stdout.write(outcome.formatted ?? '');
    if (!outcome.result.valid) console.error(JSON.stringify(outcome.result));
  } else {
    console.log(JSON.stringify(outcome.result));
  }
}
// exitCode, not exit(): exit() would cut off output still buffered for a pipe (large schemas).
process.exitCode = allValid ? 0 : 1;
