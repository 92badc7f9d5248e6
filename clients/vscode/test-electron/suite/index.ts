// The extension inside VS Code: activation, diagnostics, hover, a quick fix, Fix All, the Prisma middleware.
// VS Code loads this file and calls run(); plain asserts, no test framework to install.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise(r => setTimeout(r, 200));
    }
}

/** The rule id of a diagnostic (VS Code wraps it with its documentation link). */
function rule(d: vscode.Diagnostic): string {
    return String(typeof d.code === 'object' ? d.code.value : d.code);
}

function codes(uri: vscode.Uri): string[] {
    return vscode.languages.getDiagnostics(uri).filter(d => d.source === 'schemawise').map(rule).sort();
}

const tests: [string, () => Promise<void>][] = [];
const test = (name: string, body: () => Promise<void>) => tests.push([name, body]);
const folder = () => vscode.workspace.workspaceFolders![0].uri;

test('activates on a SQL file and reports the example\'s problems', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'schema.sql');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ext = vscode.extensions.getExtension('schemawise.schemawise');
    assert.ok(ext, 'the extension is installed');
    await until('activation', () => (ext.isActive ? true : undefined));
    const found = await until('diagnostics', () => (codes(uri).length > 0 ? codes(uri) : undefined));
    assert.deepEqual(found, ['money-as-float', 'require-fk-index', 'require-not-null']);
});

test('hovers with a card', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'schema.sql'));
    const line = doc.getText().split('\n').findIndex(l => l.startsWith('CREATE TABLE products'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 16));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*table\*\* `products`/);
});

test('a quick fix applies', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'schema.sql'));
    const fk = vscode.languages.getDiagnostics(doc.uri).find(d => rule(d) === 'require-fk-index')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, fk.range,
        vscode.CodeActionKind.QuickFix.value, 10);
    const fix = actions.find(a => a.diagnostics?.some(d => rule(d) === 'require-fk-index') && !/suppress|ignore/i.test(a.title));
    assert.ok(fix?.edit, `a resolved quick fix among ${actions.map(a => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /CREATE INDEX \S+ ON reviews \(product_id\);/);
    await until('the finding to go', () => (codes(doc.uri).includes('require-fk-index') ? undefined : true));
});

test('Fix All from the command palette fixes the active document', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'schema.sql'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('schemawise.fixAll');
    await until('the fixes', () => (/is_active\s+boolean NOT NULL/.test(doc.getText()) ? true : undefined));
    await until('only money-as-float left', () => (codes(doc.uri).join() === 'money-as-float' ? true : undefined));
});

test('leaves Prisma formatting and completion to Prisma\'s extension by default', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'schema.prisma'));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'prisma');
    const messy = doc.getText().replace(/^model (\w+) \{/m, 'model   $1   {');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), messy);
    await vscode.workspace.applyEdit(edit);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.equal(edits?.length ?? 0, 0, 'no formatting by default');
    await vscode.workspace.getConfiguration('schemawise').update('prisma.formatting.enable', true, vscode.ConfigurationTarget.Global);
    try {
        const enabled = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
        assert.ok((enabled?.length ?? 0) > 0, 'formatting once enabled');
    } finally {
        await vscode.workspace.getConfiguration('schemawise').update('prisma.formatting.enable', undefined, vscode.ConfigurationTarget.Global);
    }
});

test('Restart Server brings the server back', async () => {
    await vscode.commands.executeCommand('schemawise.restartServer');
    const uri = vscode.Uri.joinPath(folder(), 'schema.sql');
    await until('diagnostics after the restart', () => (codes(uri).length > 0 ? true : undefined));
});

export async function run(): Promise<void> {
    let failed = 0;
    for (const [name, body] of tests) {
        try {
            await body();
            console.log(`ok - ${name}`);
        } catch (e) {
            failed++;
            console.error(`not ok - ${name}\n${(e as Error).stack}`);
        }
    }
    console.log(`${tests.length - failed} passed, ${failed} failed`);
    if (failed > 0) throw new Error(`${failed} of ${tests.length} tests failed`);
}
