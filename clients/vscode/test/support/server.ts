// Starts the server the way the extension does (same Java discovery, same command, same initializationOptions)
// and talks LSP to it over its stdio, with the capabilities VS Code's language client announces.
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    ApplyWorkspaceEditParams, ClientCapabilities, createProtocolConnection, InitializeResult, ProtocolConnection,
    StreamMessageReader, StreamMessageWriter, WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { findJava } from '../../src/java';
import { classDataArgs, readSettings, serverJar, serverLaunch, serverSettings, ServerLaunch, Settings } from '../../src/settings';

/** What VS Code 1.82+ with vscode-languageclient 9 announces, as far as the server looks at it. */
export const VSCODE_CAPABILITIES: ClientCapabilities = {
    general: { positionEncodings: ['utf-16'] },
    window: { workDoneProgress: true, showMessage: {} },
    workspace: {
        applyEdit: true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        executeCommand: { dynamicRegistration: true },
        configuration: true,
        workspaceFolders: true,
        diagnostics: { refreshSupport: true },
    },
    textDocument: {
        synchronization: { dynamicRegistration: true, didSave: true, willSave: true, willSaveWaitUntil: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
        diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
        hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
        completion: { dynamicRegistration: true, completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        codeAction: {
            dynamicRegistration: true,
            isPreferredSupport: true,
            disabledSupport: true,
            dataSupport: true,
            resolveSupport: { properties: ['edit'] },
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.organizeImports', 'source.fixAll'] } },
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        formatting: { dynamicRegistration: true },
        rename: { dynamicRegistration: true, prepareSupport: true },
    },
};

export interface RunningServer {
    connection: ProtocolConnection;
    process: ChildProcess;
    launch: ServerLaunch;
    initialized: InitializeResult;
    /** Workspace edits the server asked the client to apply (schemawise.fixAll). */
    applied: WorkspaceEdit[];
    stderr: () => string;
    stop: () => Promise<number | null>;
}

/** Settings as VS Code would read them with nothing set but `overrides` (keys without "schemawise."). */
export function settingsWith(overrides: Record<string, unknown>): Settings {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    const properties: Record<string, { default: unknown }> = pkg.contributes.configuration.properties;
    return readSettings(key => (key in overrides ? overrides[key] : properties[`schemawise.${key}`]?.default));
}

/** @param storage the extension's storage folder, where it keeps the class-data archive (none when absent) */
export async function startServer(extensionDir: string, workspace: string, settings: Settings, storage?: string): Promise<RunningServer> {
    const java = await findJava({ javaHome: settings.javaHome, env: process.env });
    if (!java.ok) throw new Error(java.message);
    const jar = serverJar(settings, extensionDir, workspace);
    const launch = serverLaunch(java.java.executable, jar, settings, workspace, classDataArgs(storage, java.java, jar, settings.jvmArgs));
    const child = spawn(launch.command, launch.args, { cwd: launch.options?.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', d => { stderr += d.toString(); });
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));

    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const applied: WorkspaceEdit[] = [];
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
        applied.push(params.edit);
        return { applied: true };
    });
    for (const method of ['window/logMessage', 'window/showMessage', 'textDocument/publishDiagnostics', '$/progress', 'telemetry/event']) {
        connection.onNotification(method, () => undefined);
    }
    connection.listen();

    const uri = pathToFileURL(workspace).href;
    const initialized = await connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        clientInfo: { name: 'Visual Studio Code', version: '1.82.0' },
        rootUri: uri,
        workspaceFolders: [{ uri, name: path.basename(workspace) }],
        capabilities: VSCODE_CAPABILITIES,
        initializationOptions: serverSettings(settings),
    });
    await connection.sendNotification('initialized', {});

    return {
        connection, process: child, launch, initialized, applied,
        stderr: () => stderr,
        stop: async () => {
            try {
                await connection.sendRequest('shutdown');
                await connection.sendNotification('exit');
            } catch {
                child.kill();
            }
            const code = await Promise.race([exited, new Promise<null>(r => setTimeout(() => { child.kill(); r(null); }, 10_000))]);
            connection.dispose();
            return code;
        },
    };
}
