// The extension's settings and what follows from them: how the server is started, what it is told, and which
// requests the client lets through. No 'vscode' import: the node tests run this directly, and the end-to-end
// test starts the server with exactly the command built here.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Severity = 'off' | 'info' | 'warning' | 'error';
export type RuleSetting = Severity | { severity?: Severity; options?: Record<string, unknown> };

export interface Settings {
    javaHome: string | null;
    serverJar: string | null;
    jvmArgs: string[];
    trace: 'off' | 'messages' | 'verbose';
    rules: Record<string, RuleSetting>;
    formatEnable: boolean;
    prismaFormatting: boolean;
    prismaCompletion: boolean;
    keepDatabaseNameOnRename: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
    javaHome: null,
    serverJar: null,
    jvmArgs: [],
    trace: 'off',
    rules: {},
    formatEnable: true,
    prismaFormatting: false,
    prismaCompletion: false,
    keepDatabaseNameOnRename: true,
};

/** Reads one setting under "schemawise." (VS Code's WorkspaceConfiguration.get fits). */
export type SettingReader = (key: string) => unknown;

/** The settings from a reader, each value checked for its type; a wrong or missing value takes the default. */
export function readSettings(get: SettingReader): Settings {
    const str = (key: string): string | null => {
        const v = get(key);
        return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
    };
    const bool = (key: string, fallback: boolean): boolean => {
        const v = get(key);
        return typeof v === 'boolean' ? v : fallback;
    };
    const jvmArgs = get('server.jvmArgs');
    const trace = get('trace.server');
    const rules = get('rules');
    return {
        javaHome: str('java.home'),
        serverJar: str('server.jar'),
        jvmArgs: Array.isArray(jvmArgs) ? jvmArgs.filter((a): a is string => typeof a === 'string' && a !== '') : [],
        trace: trace === 'messages' || trace === 'verbose' ? trace : 'off',
        rules: rules !== null && typeof rules === 'object' && !Array.isArray(rules) ? { ...(rules as Record<string, RuleSetting>) } : {},
        formatEnable: bool('format.enable', DEFAULT_SETTINGS.formatEnable),
        prismaFormatting: bool('prisma.formatting.enable', DEFAULT_SETTINGS.prismaFormatting),
        prismaCompletion: bool('prisma.completion.enable', DEFAULT_SETTINGS.prismaCompletion),
        keepDatabaseNameOnRename: bool('keepDatabaseNameOnRename', DEFAULT_SETTINGS.keepDatabaseNameOnRename),
    };
}

/** The jar shipped in the extension, relative to its folder. */
export const BUNDLED_JAR = path.join('server', 'schemawise.jar');

/** The server jar to run: the override when set (relative paths against the workspace folder), else the bundled one. */
export function serverJar(settings: Settings, extensionPath: string, workspaceFolder?: string): string {
    if (settings.serverJar) {
        const base = workspaceFolder ?? process.cwd();
        return path.resolve(base, settings.serverJar.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~'));
    }
    return path.join(extensionPath, BUNDLED_JAR);
}

/** Why the jar cannot be used, or undefined when it exists. */
export function checkServerJar(jar: string, settings: Settings): string | undefined {
    if (fs.existsSync(jar)) return undefined;
    return settings.serverJar
        ? `schemawise: the server jar set in "schemawise.server.jar" does not exist: ${jar}`
        : `schemawise: the extension's server jar is missing (${jar}); reinstall the extension.`;
}

/** The shape of vscode-languageclient's Executable (kept structural so this file needs no import of it). */
export interface ServerLaunch {
    command: string;
    args: string[];
    options?: { env?: NodeJS.ProcessEnv; cwd?: string };
}

/**
 * The JVM flags the server is measured with (docs/PERFORMANCE.md): the serial collector keeps a language server's
 * memory at a third of G1's and its pauses short on small heaps; deep schemas need a larger thread stack; a 64 MB
 * initial heap instead of the JVM's 1/64 of the machine's memory, which the serial collector never gives back. A
 * user's own choice of collector, stack size or initial heap wins.
 */
export function defaultJvmArgs(user: string[]): string[] {
    const out: string[] = [];
    if (!user.some(a => /^-XX:[+-]Use\w+GC$/.test(a))) out.push('-XX:+UseSerialGC');
    if (!user.some(a => a.startsWith('-Xss'))) out.push('-Xss4m');
    const initial = user.some(a => a.startsWith('-Xms') || a.startsWith('-XX:InitialHeapSize') || a.startsWith('-XX:InitialRAMPercentage'));
    if (!initial && !user.some(smallerMaxHeap)) out.push('-Xms64m');
    return out;
}

/** A maximum heap under 64 MB, which the default initial heap would exceed (the JVM would refuse to start). */
function smallerMaxHeap(arg: string): boolean {
    const m = /^-Xmx(\d+)([kKmMgG]?)$/.exec(arg);
    if (!m) return false;
    const unit = { '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
    return Number(m[1]) * unit < 64 * (1 << 20);
}

/** `java [default flags] [jvmArgs] -jar JAR lsp --stdio`: the same for the extension and its end-to-end test. */
export function serverLaunch(java: string, jar: string, settings: Settings, cwd?: string): ServerLaunch {
    return {
        command: java,
        args: [...defaultJvmArgs(settings.jvmArgs), ...settings.jvmArgs, '-jar', jar, 'lsp', '--stdio'],
        options: cwd ? { cwd } : undefined,
    };
}

/** What the server reads (initializationOptions and workspace/didChangeConfiguration): only what it understands. */
export function serverSettings(settings: Settings): { schemawise: { keepDatabaseNameOnRename: boolean; rules: Record<string, RuleSetting> } } {
    return { schemawise: { keepDatabaseNameOnRename: settings.keepDatabaseNameOnRename, rules: settings.rules } };
}

/** Settings that change how the server is started: changing one restarts it. */
export function needsRestart(before: Settings, after: Settings): boolean {
    return before.javaHome !== after.javaHome
        || before.serverJar !== after.serverJar
        || JSON.stringify(before.jvmArgs) !== JSON.stringify(after.jvmArgs);
}

/** Settings the server is told about: changing one sends workspace/didChangeConfiguration. */
export function serverSettingsChanged(before: Settings, after: Settings): boolean {
    return JSON.stringify(serverSettings(before)) !== JSON.stringify(serverSettings(after));
}

/** The documents the client serves: SQL and Prisma files, saved or not. */
export const DOCUMENT_SELECTOR = [
    { scheme: 'file', language: 'sql' },
    { scheme: 'untitled', language: 'sql' },
    { scheme: 'file', language: 'prisma' },
    { scheme: 'untitled', language: 'prisma' },
];
