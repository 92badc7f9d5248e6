// Finds a Java 17+ runtime for the server. No 'vscode' import: the node tests run this directly.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MINIMUM_JAVA = 17;

/** Where a candidate came from, in the order they are tried. */
export type JavaSource = 'schemawise.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
    /** The java executable. */
    executable: string;
    /** The feature release: 17, 21, ... (8 for "1.8.0_392"). */
    major: number;
    /** The version string as java printed it ("17.0.15"). */
    version: string;
    source: JavaSource;
}

/** A candidate that was looked at and not used, for the message. */
export interface Rejected {
    source: JavaSource;
    location: string;
    reason: string;
}

export type JavaLookup = { ok: true; java: JavaRuntime; rejected: Rejected[] } | { ok: false; message: string; rejected: Rejected[] };

export interface JavaSearch {
    /** The schemawise.java.home setting; when set, it is the only candidate. */
    javaHome?: string | null;
    env: NodeJS.ProcessEnv;
    platform?: NodeJS.Platform;
    /** Runs `java -version` and returns what it printed (stderr and stdout); injectable for tests. */
    runVersion?: (executable: string) => Promise<string>;
}

/**
 * The version string and feature release in `java -version` output, or undefined when there is none.
 * Handles `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_392"`, `openjdk version "21" ...`, `"22-ea"`.
 */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
    const m = /\bversion\s+"([^"]+)"/.exec(output);
    if (!m) return undefined;
    const version = m[1];
    const parts = /^(\d+)(?:\.(\d+))?/.exec(version);
    if (!parts) return undefined;
    const first = Number(parts[1]);
    const major = first === 1 && parts[2] !== undefined ? Number(parts[2]) : first;
    return { version, major };
}

function javaName(platform: NodeJS.Platform): string {
    return platform === 'win32' ? 'java.exe' : 'java';
}

function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
    try {
        if (!fs.statSync(file).isFile()) return false;
        if (platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

/** The java of a Java home (`HOME/bin/java`), also accepting the path of the executable itself. */
export function javaInHome(home: string, platform: NodeJS.Platform = process.platform): string | undefined {
    const direct = path.join(home, 'bin', javaName(platform));
    if (isExecutableFile(direct, platform)) return direct;
    if (path.basename(home) === javaName(platform) && isExecutableFile(home, platform)) return home;
    return undefined;
}

/** The first `java` on the PATH, or undefined. */
export function javaOnPath(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
    const value = env.PATH ?? env.Path ?? '';
    const separator = platform === 'win32' ? ';' : ':';
    for (const dir of value.split(separator)) {
        if (!dir) continue;
        const candidate = path.join(dir, javaName(platform));
        if (isExecutableFile(candidate, platform)) return candidate;
    }
    return undefined;
}

export function runJavaVersion(executable: string): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile(executable, ['-version'], { timeout: 15_000, windowsHide: true }, (error, stdout, stderr) => {
            if (error) reject(error);
            else resolve(`${stderr}\n${stdout}`);
        });
    });
}

/** What to install, said once, with what was tried. */
export function missingJavaMessage(rejected: Rejected[]): string {
    const tried = rejected.length === 0
        ? 'No Java was found (schemawise.java.home and JAVA_HOME are not set, and there is no java on the PATH).'
        : `Tried: ${rejected.map(r => `${r.location} (${r.source}): ${r.reason}`).join('; ')}.`;
    return `schemawise needs Java ${MINIMUM_JAVA} or newer to run its language server. ${tried} `
        + `Install a Java ${MINIMUM_JAVA}+ runtime (for example Eclipse Temurin 17 or 21, or 'apt install openjdk-17-jre-headless'), `
        + `then set "schemawise.java.home" to its folder or JAVA_HOME, and run "schemawise: Restart Server".`;
}

/**
 * Looks for Java in this order: the schemawise.java.home setting (alone: when it is set and unusable, that is
 * the error), then JAVA_HOME, then `java` on the PATH; the first one of version 17 or newer wins.
 */
export async function findJava(search: JavaSearch): Promise<JavaLookup> {
    const platform = search.platform ?? process.platform;
    const runVersion = search.runVersion ?? runJavaVersion;
    const rejected: Rejected[] = [];
    const candidates: { source: JavaSource; location: string; executable: string | undefined }[] = [];

    const setting = search.javaHome?.trim();
    if (setting) {
        candidates.push({ source: 'schemawise.java.home', location: setting, executable: javaInHome(setting, platform) });
    } else {
        const javaHome = search.env.JAVA_HOME?.trim();
        if (javaHome) candidates.push({ source: 'JAVA_HOME', location: javaHome, executable: javaInHome(javaHome, platform) });
        const onPath = javaOnPath(search.env, platform);
        candidates.push({ source: 'PATH', location: onPath ?? 'java', executable: onPath });
    }

    for (const c of candidates) {
        if (!c.executable) {
            rejected.push({ source: c.source, location: c.location, reason: c.source === 'PATH' ? 'not found' : 'has no bin/java' });
            continue;
        }
        let output: string;
        try {
            output = await runVersion(c.executable);
        } catch (e) {
            rejected.push({ source: c.source, location: c.executable, reason: `'java -version' failed: ${(e as Error).message.split('\n')[0]}` });
            continue;
        }
        const parsed = parseJavaVersion(output);
        if (!parsed) {
            rejected.push({ source: c.source, location: c.executable, reason: `no version in 'java -version' output` });
            continue;
        }
        if (parsed.major < MINIMUM_JAVA) {
            rejected.push({ source: c.source, location: c.executable, reason: `Java ${parsed.version} is older than ${MINIMUM_JAVA}` });
            continue;
        }
        return { ok: true, java: { executable: c.executable, major: parsed.major, version: parsed.version, source: c.source }, rejected };
    }
    return { ok: false, message: missingJavaMessage(rejected), rejected };
}
