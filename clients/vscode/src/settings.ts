// The extension's settings and what follows from them: how the server is started, what it is told, and which
// requests the client lets through. No 'vscode' import: the node tests run this directly, and the end-to-end
// test starts the server with exactly the command built here.
import * as crypto from 'node:crypto';
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

/**
 * `java [default flags] [class-data flags] [jvmArgs] -jar JAR lsp --stdio`: the same for the extension and its
 * end-to-end test. classData: the flags {@link classDataArgs} chose, or none.
 */
export function serverLaunch(java: string, jar: string, settings: Settings, cwd?: string, classData: string[] = []): ServerLaunch {
    return {
        command: java,
        args: [...defaultJvmArgs(settings.jvmArgs), ...classData, ...settings.jvmArgs, '-jar', jar, 'lsp', '--stdio'],
        options: cwd ? { cwd } : undefined,
    };
}

const QUIET_CDS = ['-Xlog:cds=off', '-Xlog:cds+dynamic=off'];

/** How long a server's archive may take to be written once it exits: an older temporary archive is finished. */
const ARCHIVE_WRITE_MS = 60_000;

/**
 * JVM flags for a class-data-sharing archive of the server's classes, kept in the extension's storage folder: the
 * first server of a jar and Java records the classes it loads into a temporary archive when it exits; a later
 * start adopts a finished one (renamed, so it is never read half-written) and maps it instead of loading and
 * verifying those classes again (0.3-0.5 s of a start, docs/PERFORMANCE.md). The archive is named after the Java
 * and the jar, so an update or another JDK records a new one; archives of other jars or Javas are deleted after
 * a week unused. A JVM that cannot use an archive ignores it (the flags keep that quiet). A user's own -Xshare or
 * archive flag wins. Never throws: without a usable folder the server starts without an archive.
 */
export function classDataArgs(dir: string | undefined, java: { executable: string; version: string }, jar: string, user: string[], now = Date.now()): string[] {
    if (!dir || user.some(a => /^-Xshare|^-XX:(SharedArchiveFile|ArchiveClassesAtExit|[+-]AutoCreateSharedArchive)/.test(a))) return [];
    try {
        const stat = fs.statSync(jar);
        const key = crypto.createHash('sha256').update(`${java.executable}\0${java.version}\0${path.resolve(jar)}\0${stat.size}\0${stat.mtimeMs}`)
            .digest('hex').slice(0, 16);
        const name = `schemawise-lsp-${key}.jsa`;
        const archive = path.join(dir, name);
        fs.mkdirSync(dir, { recursive: true });
        const entries = fs.readdirSync(dir).filter(f => f.startsWith('schemawise-lsp-'));
        for (const f of entries) {
            if (f.startsWith(name)) continue;
            const file = path.join(dir, f);
            if (now - fs.statSync(file).mtimeMs > 7 * 24 * 3600_000) fs.rmSync(file, { force: true });
        }
        const finished = entries.filter(f => f.startsWith(`${name}.`) && f.endsWith('.tmp'))
            .map(f => ({ file: path.join(dir, f), stat: fs.statSync(path.join(dir, f)) }))
            .filter(t => now - t.stat.mtimeMs > ARCHIVE_WRITE_MS)
            .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
        if (!fs.existsSync(archive) && finished.length > 0 && finished[0].stat.size > 0) fs.renameSync(finished.shift()!.file, archive);
        for (const t of finished) fs.rmSync(t.file, { force: true });
        if (fs.existsSync(archive)) {
            fs.utimesSync(archive, new Date(now), new Date(now)); // in use: not deleted as unused
            return [`-XX:SharedArchiveFile=${archive}`, ...QUIET_CDS];
        }
        const tmp = `${archive}.${process.pid}-${now}.tmp`;
        return [`-XX:ArchiveClassesAtExit=${tmp}`, ...QUIET_CDS];
    } catch {
        return [];
    }
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
