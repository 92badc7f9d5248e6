// The VS Code side: starts the schemawise language server with vscode-languageclient, keeps the status bar item,
// registers the commands. Decisions that need no 'vscode' live in java.ts, settings.ts, middleware.ts and status.ts.
import * as vscode from 'vscode';
import {
    DidChangeConfigurationNotification,
    LanguageClient,
    LanguageClientOptions,
    ServerOptions,
    State,
} from 'vscode-languageclient/node';
import { findJava } from './java';
import { allowCompletion, allowFormatting, fixAllArguments, FIX_ALL_COMMAND, generateDocArguments, GENERATE_DOC_COMMAND } from './middleware';
import {
    checkServerJar,
    DOCUMENT_SELECTOR,
    needsRestart,
    readSettings,
    serverJar,
    serverLaunch,
    classDataArgs,
    serverSettings,
    serverSettingsChanged,
    Settings,
} from './settings';
import { ServerState, statusView } from './status';

let client: LanguageClient | undefined;
let settings: Settings;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
let starting: Promise<void> | undefined;

function currentSettings(): Settings {
    const config = vscode.workspace.getConfiguration('schemawise');
    return readSettings(key => config.get(key));
}

function showState(state: ServerState, detail?: string): void {
    const view = statusView(state, detail);
    status.text = view.text;
    status.tooltip = view.tooltip;
    status.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    status.show();
}

/** One message for a server that cannot start, with the ways out. */
async function showStartFailure(message: string): Promise<void> {
    output.appendLine(message);
    const choice = await vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output');
    if (choice === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', 'schemawise.');
    else if (choice === 'Show Output') output.show(true);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
    settings = currentSettings();
    showState('starting');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;

    const jar = serverJar(settings, context.extensionPath, folder);
    const jarProblem = checkServerJar(jar, settings);
    if (jarProblem) {
        showState('error', 'the server jar is missing');
        void showStartFailure(jarProblem);
        return;
    }
    const lookup = await findJava({ javaHome: settings.javaHome, env: process.env });
    if (!lookup.ok) {
        showState('error', `Java 17+ not found`);
        void showStartFailure(lookup.message);
        return;
    }
    for (const r of lookup.rejected) output.appendLine(`schemawise: skipped ${r.location} (${r.source}): ${r.reason}`);
    output.appendLine(`schemawise: starting the server with Java ${lookup.java.version} (${lookup.java.executable}, from ${lookup.java.source})`);

    const classData = classDataArgs(context.globalStorageUri?.fsPath, lookup.java, jar, settings.jvmArgs);
    const launch = serverLaunch(lookup.java.executable, jar, settings, folder, classData);
    if (classData.length > 0) output.appendLine(`schemawise: class data: ${classData[0]}`);
    const serverOptions: ServerOptions = { run: launch, debug: launch };
    const clientOptions: LanguageClientOptions = {
        documentSelector: DOCUMENT_SELECTOR,
        outputChannel: output,
        initializationOptions: serverSettings(settings),
        middleware: {
            provideDocumentFormattingEdits: (document, options, token, next) =>
                allowFormatting(document.languageId, settings) ? next(document, options, token) : undefined,
            provideDocumentRangeFormattingEdits: (document, range, options, token, next) =>
                allowFormatting(document.languageId, settings) ? next(document, range, options, token) : undefined,
            provideCompletionItem: (document, position, completionContext, token, next) =>
                allowCompletion(document.languageId, settings) ? next(document, position, completionContext, token) : undefined,
            executeCommand: async (command, args, next) => {
                if (command === GENERATE_DOC_COMMAND) {
                    const active = vscode.window.activeTextEditor;
                    const markdown = await next(command, generateDocArguments(args, active && { uri: active.document.uri.toString(), languageId: active.document.languageId }));
                    if (typeof markdown !== 'string') {
                        void vscode.window.showInformationMessage('schemawise: no SQL or Prisma schema in this workspace to describe.');
                        return markdown;
                    }
                    // An untitled Markdown document: the user saves it where the project keeps it (docs/DATABASE.md).
                    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
                    await vscode.window.showTextDocument(doc, { preview: false });
                    return markdown;
                }
                if (command !== FIX_ALL_COMMAND) return next(command, args);
                const editor = vscode.window.activeTextEditor;
                const fixed = fixAllArguments(args, editor && { uri: editor.document.uri.toString(), languageId: editor.document.languageId });
                if (!fixed) {
                    void vscode.window.showInformationMessage('schemawise: open a SQL or Prisma file to fix its problems.');
                    return undefined;
                }
                return next(command, fixed);
            },
        },
    };

    const c = new LanguageClient('schemawise', 'schemawise', serverOptions, clientOptions);
    client = c;
    c.onDidChangeState(e => {
        if (client !== c) return;
        if (e.newState === State.Starting) showState('starting');
        else if (e.newState === State.Running) showState('running', c.initializeResult?.serverInfo?.version);
        else showState('stopped');
    });
    try {
        await c.start();
        showState('running', c.initializeResult?.serverInfo?.version ? `version ${c.initializeResult.serverInfo.version}` : undefined);
    } catch (e) {
        showState('error', 'the server did not start');
        output.appendLine(`schemawise: the server did not start: ${(e as Error).message}`);
    }
}

async function stop(): Promise<void> {
    const c = client;
    client = undefined;
    if (c) {
        try {
            await c.stop();
        } catch (e) {
            output.appendLine(`schemawise: stopping the server: ${(e as Error).message}`);
        }
        await c.dispose().catch(() => undefined);
    }
    showState('stopped');
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
    // One restart at a time: a second request waits for the first, then restarts again.
    const previous = starting ?? Promise.resolve();
    starting = previous.then(async () => {
        await stop();
        await start(context);
    });
    await starting;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    output = vscode.window.createOutputChannel('schemawise');
    status = vscode.window.createStatusBarItem('schemawise.status', vscode.StatusBarAlignment.Right, 100);
    status.name = 'schemawise';
    status.command = 'schemawise.showOutput';
    context.subscriptions.push(output, status);

    context.subscriptions.push(
        vscode.commands.registerCommand('schemawise.restartServer', () => restart(context)),
        vscode.commands.registerCommand('schemawise.showOutput', () => output.show(true)),
        // schemawise.fixAll itself is registered by the language client from the server's executeCommandProvider;
        // the middleware above gives it the active document when it comes from the command palette.
        vscode.workspace.onDidChangeConfiguration(e => {
            if (!e.affectsConfiguration('schemawise')) return;
            const before = settings;
            const after = currentSettings();
            if (needsRestart(before, after)) {
                void restart(context);
                return;
            }
            settings = after;
            if (client?.isRunning() && serverSettingsChanged(before, after)) {
                void client.sendNotification(DidChangeConfigurationNotification.type, { settings: serverSettings(after) });
            }
        }),
    );
    starting = start(context);
    await starting;
}

export async function deactivate(): Promise<void> {
    await stop();
}
