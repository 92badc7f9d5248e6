// Parses Mermaid diagrams with mermaid's own parser (in Node, with jsdom standing in for the browser).
// Usage: node mermaid-check.mjs FILE...   (a .md file: each ```mermaid block; any other file: the whole text)
// Prints one JSON line per diagram: {"file":..., "block":n, "ok":true|false, "type":"er"|null, "error":null|"..."}
// Exit code: 0 when every diagram parses, 1 when one does not, 2 on usage errors.
import fs from 'node:fs';
import { JSDOM } from 'jsdom';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node mermaid-check.mjs FILE...');
  process.exit(2);
}
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

let failed = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const blocks = file.endsWith('.md')
    ? [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1])
    : [text];
  for (let i = 0; i < blocks.length; i++) {
    try {
      const result = await mermaid.parse(blocks[i]);
      console.log(JSON.stringify({ file, block: i, ok: true, type: result ? result.diagramType : null, error: null }));
    } catch (e) {
      failed++;
      console.log(JSON.stringify({ file, block: i, ok: false, type: null, error: String(e && e.message ? e.message : e) }));
    }
  }
}
process.exit(failed ? 1 : 0);
