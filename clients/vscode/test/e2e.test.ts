// End to end: the server jar from the packaged .vsix, started with the command the extension computes, serves
// an example schema: diagnostics (pulled, as VS Code does), a hover card, a quick fix and Fix All applied to the text.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { CodeAction, Diagnostic, FullDocumentDiagnosticReport, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyTextEdits, editsFor } from './support/edits';
import { RunningServer, settingsWith, startServer } from './support/server';
import { extensionRoot, installedExtension } from './support/vsix';

const repository = process.env.SCHEMAWISE_ROOT ?? path.resolve(extensionRoot, '..', '..');
const example = fs.readFileSync(path.join(repository, 'examples', 'postgres', 'schema.sql'), 'utf8');

let extension: Awaited<ReturnType<typeof installedExtension>>;
let workspace: string;
let server: RunningServer;
let uri: string;
let text = example;
let version = 1;

async function diagnostics(): Promise<Diagnostic[]> {
    // The server answers for the version it was sent; it may still be indexing the folder at first.
    const report = await server.connection.sendRequest<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    return report.items;
}

async function change(next: string): Promise<void> {
    text = next;
    version++;
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

function codes(items: Diagnostic[]): string[] {
    return items.map(d => String(d.code)).sort();
}

before(async () => {
    extension = await installedExtension();
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-e2e-'));
    fs.writeFileSync(path.join(workspace, 'schema.sql'), example);
    uri = pathToFileURL(path.join(workspace, 'schema.sql')).href;
    server = await startServer(extension.dir, workspace, settingsWith({}));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sql', version, text } });
});

after(async () => {
    const code = await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    extension?.cleanup();
    assert.equal(code, 0, `the server exits with 0 after shutdown and exit; its log:\n${server?.stderr()}`);
});

describe('the server started through the extension\'s own options', () => {
    test('runs the jar of the installed extension with the discovered Java', () => {
        assert.deepEqual(server.launch.args.slice(-4), ['-jar', path.join(extension.dir, 'server', 'schemawise.jar'), 'lsp', '--stdio']);
        if (process.env.SCHEMAWISE_VSIX) assert.ok(extension.fromVsix, 'test.sh runs the tests against the unpacked .vsix');
        assert.equal(server.initialized.serverInfo?.name, 'schemawise');
        assert.deepEqual(server.initialized.capabilities.executeCommandProvider?.commands, ['schemawise.fixAll', 'schemawise.generateDoc']);
    });

    test('reports the example\'s problems with their rule ids', async () => {
        const items = await diagnostics();
        assert.deepEqual(codes(items), ['money-as-float', 'require-fk-index', 'require-not-null']);
        const money = items.find(d => d.code === 'money-as-float')!;
        assert.equal(money.source, 'schemawise');
        assert.equal(money.range.start.line, 31);
        assert.equal(text.split('\n')[31].slice(money.range.start.character, money.range.end.character), 'double precision');
        assert.match(money.codeDescription?.href ?? '', /money-as-float/);
    });

    test('hovers with a card', async () => {
        // On the products table's name in CREATE TABLE products.
        const line = text.split('\n').findIndex(l => l.startsWith('CREATE TABLE products'));
        const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
            textDocument: { uri }, position: { line, character: 'CREATE TABLE pro'.length },
        });
        assert.ok(hover, 'a hover');
        const contents = hover.contents as MarkupContent;
        if (process.env.SCHEMAWISE_DEBUG) console.log(contents.value);
        assert.equal(contents.kind, 'markdown');
        assert.match(contents.value, /^\*\*table\*\* `products`/);
        assert.match(contents.value, /price/);
    });

    test('a quick fix, resolved and applied, removes its finding', async () => {
        const items = await diagnostics();
        const fk = items.find(d => d.code === 'require-fk-index')!;
        const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: fk.range, context: { diagnostics: [fk], only: ['quickfix'] },
        });
        const fix = actions.find(a => a.kind === 'quickfix' && a.diagnostics?.some(d => d.code === 'require-fk-index') && !/suppress|ignore/i.test(a.title));
        assert.ok(fix, `a quick fix for require-fk-index among: ${actions.map(a => a.title).join(' | ')}`);
        const resolved = fix.edit ? fix : await server.connection.sendRequest<CodeAction>('codeAction/resolve', fix);
        assert.ok(resolved.edit, 'the resolved action carries its edit');
        const fixed = applyTextEdits(text, editsFor(resolved.edit, uri));
        assert.notEqual(fixed, text);
        assert.match(fixed, /CREATE INDEX \S+ ON reviews \(product_id\);/);
        await change(fixed);
        assert.deepEqual(codes(await diagnostics()), ['money-as-float', 'require-not-null']);
    });

    test('schemawise.generateDoc returns the Database Architecture document', async () => {
        const markdown = await server.connection.sendRequest('workspace/executeCommand', { command: 'schemawise.generateDoc', arguments: [uri] });
        assert.equal(typeof markdown, 'string');
        assert.match(markdown as string, /^# Database Architecture\n/);
        assert.match(markdown as string, /\norders belongsTo users\n/);
    });

    test('schemawise.fixAll applies the safe fixes through workspace/applyEdit', async () => {
        const before = server.applied.length;
        await server.connection.sendRequest('workspace/executeCommand', { command: 'schemawise.fixAll', arguments: [uri] });
        for (let i = 0; i < 100 && server.applied.length === before; i++) await new Promise(r => setTimeout(r, 50));
        assert.equal(server.applied.length, before + 1, 'the server sent one workspace/applyEdit');
        await change(applyTextEdits(text, editsFor(server.applied[before], uri)));
        assert.match(text, /is_active\s+boolean NOT NULL\s+DEFAULT true,/);
        // money-as-float has no safe fix (numeric(12, 2) changes values), so it stays.
        assert.deepEqual(codes(await diagnostics()), ['money-as-float']);
    });
});

describe('the class-data archive the extension keeps', () => {
    test('the first server writes it when it exits; the next one maps it and serves as before', async () => {
        const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-storage-'));
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-e2e-archive-'));
        try {
            fs.writeFileSync(path.join(folder, 'schema.sql'), example);
            const file = pathToFileURL(path.join(folder, 'schema.sql')).href;
            const first = await startServer(extension.dir, folder, settingsWith({}), storage);
            const recording = first.launch.args.find(a => a.startsWith('-XX:ArchiveClassesAtExit='));
            assert.ok(recording, first.launch.args.join(' '));
            await first.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: file, languageId: 'sql', version: 1, text: example } });
            await first.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: file } });
            assert.equal(await first.stop(), 0, first.stderr());
            const written = recording.slice(recording.indexOf('=') + 1);
            assert.ok(fs.statSync(written).size > 1_000_000, 'the JVM wrote the classes it loaded at exit');
            const old = new Date(Date.now() - 120_000);
            fs.utimesSync(written, old, old); // as a start a few minutes later finds it

            const second = await startServer(extension.dir, folder, settingsWith({}), storage);
            try {
                assert.ok(second.launch.args.some(a => a.startsWith('-XX:SharedArchiveFile=')), second.launch.args.join(' '));
                await second.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: file, languageId: 'sql', version: 1, text: example } });
                const report = await second.connection.sendRequest<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: file } });
                assert.deepEqual(codes(report.items), ['money-as-float', 'require-fk-index', 'require-not-null']);
            } finally {
                assert.equal(await second.stop(), 0, second.stderr());
            }
            assert.doesNotMatch(second.stderr(), /\[cds|sharing|shared archive/i, 'the JVM says nothing about the archive');
        } finally {
            fs.rmSync(storage, { recursive: true, force: true });
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });
});
