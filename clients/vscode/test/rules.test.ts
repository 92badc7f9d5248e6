// The schemawise.rules setting reaches the server: in initializationOptions at start, then on each change.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Diagnostic, FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { serverSettings } from '../src/settings';
import { RunningServer, settingsWith, startServer } from './support/server';
import { extensionRoot, installedExtension } from './support/vsix';

const repository = process.env.SCHEMAWISE_ROOT ?? path.resolve(extensionRoot, '..', '..');
let extension: Awaited<ReturnType<typeof installedExtension>>;
let workspace: string;
let server: RunningServer;
let uri: string;

async function found(): Promise<Record<string, number | undefined>> {
    const report = await server.connection.sendRequest<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    return Object.fromEntries(report.items.map((d: Diagnostic) => [String(d.code), d.severity]));
}

before(async () => {
    extension = await installedExtension();
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-rules-'));
    const text = fs.readFileSync(path.join(repository, 'examples', 'postgres', 'schema.sql'), 'utf8');
    fs.writeFileSync(path.join(workspace, 'schema.sql'), text);
    uri = pathToFileURL(path.join(workspace, 'schema.sql')).href;
    server = await startServer(extension.dir, workspace, settingsWith({ rules: { 'require-not-null': 'off', 'money-as-float': 'error' } }));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sql', version: 1, text } });
});

after(async () => {
    await server?.stop();
    fs.rmSync(workspace, { recursive: true, force: true });
    extension?.cleanup();
});

test('rule settings from the editor apply at start and on change', async () => {
    const ERROR = 1, WARNING = 2;
    assert.deepEqual(await found(), { 'money-as-float': ERROR, 'require-fk-index': WARNING });

    const next = settingsWith({ rules: { 'require-fk-index': 'off' } });
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: serverSettings(next) });
    let now: Record<string, number | undefined> = {};
    for (let i = 0; i < 100; i++) {
        now = await found();
        if (!('require-fk-index' in now)) break;
        await new Promise(r => setTimeout(r, 50));
    }
    assert.deepEqual(now, { 'money-as-float': WARNING, 'require-not-null': WARNING });
});
