// Settings → how the server starts, what it is told, and what the middleware lets through.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { allowCompletion, allowFormatting, fixAllArguments, generateDocArguments } from '../src/middleware';
import {
    checkServerJar, classDataArgs, DEFAULT_SETTINGS, defaultJvmArgs, needsRestart, readSettings, serverJar, serverLaunch, serverSettings, serverSettingsChanged, Settings,
} from '../src/settings';
import { statusView } from '../src/status';

const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
const contributed: Record<string, { default: unknown }> = packageJson.contributes.configuration.properties;

/** A reader like VS Code's: the value set, else the default from package.json. */
function reader(values: Record<string, unknown>) {
    return (key: string) => (key in values ? values[key] : contributed[`schemawise.${key}`]?.default);
}

describe('readSettings', () => {
    test('the defaults of package.json are the defaults of the code', () => {
        assert.deepEqual(readSettings(reader({})), DEFAULT_SETTINGS);
    });

    test('every setting the code reads is contributed, and every contributed one is read', () => {
        const read = new Set<string>();
        readSettings(key => { read.add(`schemawise.${key}`); return undefined; });
        assert.deepEqual([...read].sort(), Object.keys(contributed).sort());
    });

    test('values of the wrong type take the default', () => {
        const s = readSettings(reader({ 'java.home': 42, 'server.jvmArgs': '-Xmx1g', 'trace.server': 'loud', rules: ['x'], 'format.enable': 'no' }));
        assert.deepEqual(s, DEFAULT_SETTINGS);
    });

    test('values set are read', () => {
        const s = readSettings(reader({
            'java.home': ' /opt/jdk ', 'server.jar': '/tmp/s.jar', 'server.jvmArgs': ['-Xmx1g', '', 7], 'trace.server': 'verbose',
            rules: { 'require-timestamps': 'off' }, 'format.enable': false, 'prisma.formatting.enable': true,
            'prisma.completion.enable': true, keepDatabaseNameOnRename: false,
        }));
        assert.deepEqual(s, {
            javaHome: '/opt/jdk', serverJar: '/tmp/s.jar', jvmArgs: ['-Xmx1g'], trace: 'verbose', rules: { 'require-timestamps': 'off' },
            formatEnable: false, prismaFormatting: true, prismaCompletion: true, keepDatabaseNameOnRename: false,
        });
    });
});

describe('server launch', () => {
    test('java [jvmArgs] -jar JAR lsp --stdio with the bundled jar', () => {
        const s: Settings = { ...DEFAULT_SETTINGS, jvmArgs: ['-Xmx512m', '-XX:+UseSerialGC'] };
        const jar = serverJar(s, '/ext');
        assert.equal(jar, path.join('/ext', 'server', 'schemawise.jar'));
        assert.deepEqual(serverLaunch('/jdk/bin/java', jar, s, '/work'), {
            command: '/jdk/bin/java',
            args: ['-Xss4m', '-Xms64m', '-Xmx512m', '-XX:+UseSerialGC', '-jar', path.join('/ext', 'server', 'schemawise.jar'), 'lsp', '--stdio'],
            options: { cwd: '/work' },
        });
    });

    test("the serial collector, a 4 MB stack and a 64 MB initial heap by default; what the user chose wins", () => {
        assert.deepEqual(defaultJvmArgs([]), ['-XX:+UseSerialGC', '-Xss4m', '-Xms64m']);
        assert.deepEqual(defaultJvmArgs(['-XX:+UseG1GC', '-Xss8m', '-Xms1g']), []);
        assert.deepEqual(defaultJvmArgs(['-Xmx1g']), ['-XX:+UseSerialGC', '-Xss4m', '-Xms64m']);
        assert.deepEqual(defaultJvmArgs(['-Xmx48m']), ['-XX:+UseSerialGC', '-Xss4m']);
    });

    test('the jar override, relative to the workspace folder', () => {
        const s: Settings = { ...DEFAULT_SETTINGS, serverJar: 'server/target/schemawise.jar' };
        assert.equal(serverJar(s, '/ext', '/repo'), path.join('/repo', 'server', 'target', 'schemawise.jar'));
        assert.equal(serverJar({ ...s, serverJar: '/abs/s.jar' }, '/ext', '/repo'), '/abs/s.jar');
    });

    test('a missing jar is reported with the setting that named it', () => {
        assert.match(checkServerJar('/no/such.jar', { ...DEFAULT_SETTINGS, serverJar: '/no/such.jar' })!, /"schemawise\.server\.jar" does not exist: \/no\/such\.jar/);
        assert.match(checkServerJar('/no/such.jar', DEFAULT_SETTINGS)!, /reinstall the extension/);
        assert.equal(checkServerJar(__filename, DEFAULT_SETTINGS), undefined);
    });
});

describe('what the server is told', () => {
    test('initializationOptions carry the schemawise section the server reads', () => {
        const s: Settings = { ...DEFAULT_SETTINGS, rules: { 'money-as-float': 'error' }, keepDatabaseNameOnRename: false, javaHome: '/jdk' };
        assert.deepEqual(serverSettings(s), { schemawise: { keepDatabaseNameOnRename: false, rules: { 'money-as-float': 'error' } } });
    });

    test('launch settings restart the server; rule settings are sent to it; client-only settings do neither', () => {
        const base = DEFAULT_SETTINGS;
        assert.equal(needsRestart(base, { ...base, javaHome: '/jdk' }), true);
        assert.equal(needsRestart(base, { ...base, jvmArgs: ['-Xmx1g'] }), true);
        assert.equal(needsRestart(base, { ...base, serverJar: '/s.jar' }), true);
        assert.equal(needsRestart(base, { ...base, rules: { x: 'off' } }), false);
        assert.equal(serverSettingsChanged(base, { ...base, rules: { x: 'off' } }), true);
        assert.equal(serverSettingsChanged(base, { ...base, keepDatabaseNameOnRename: false }), true);
        assert.equal(serverSettingsChanged(base, { ...base, prismaCompletion: true }), false);
        assert.equal(needsRestart(base, { ...base, prismaCompletion: true }), false);
    });
});

describe('middleware decisions', () => {
    test('Prisma formatting and completion are left to Prisma\'s extension unless enabled', () => {
        assert.equal(allowFormatting('prisma', DEFAULT_SETTINGS), false);
        assert.equal(allowCompletion('prisma', DEFAULT_SETTINGS), false);
        assert.equal(allowFormatting('prisma', { ...DEFAULT_SETTINGS, prismaFormatting: true }), true);
        assert.equal(allowCompletion('prisma', { ...DEFAULT_SETTINGS, prismaCompletion: true }), true);
    });

    test('SQL documents get completion; format.enable turns all formatting off', () => {
        assert.equal(allowCompletion('sql', DEFAULT_SETTINGS), true);
        assert.equal(allowFormatting('sql', DEFAULT_SETTINGS), true);
        assert.equal(allowFormatting('sql', { ...DEFAULT_SETTINGS, formatEnable: false }), false);
        assert.equal(allowFormatting('prisma', { ...DEFAULT_SETTINGS, formatEnable: false, prismaFormatting: true }), false);
    });

    test('Fix All from the palette fixes the active SQL or Prisma document', () => {
        assert.deepEqual(fixAllArguments([], { uri: 'file:///a.sql', languageId: 'sql' }), ['file:///a.sql']);
        assert.deepEqual(fixAllArguments(['file:///b.prisma'], { uri: 'file:///a.sql', languageId: 'sql' }), ['file:///b.prisma']);
        assert.deepEqual(generateDocArguments([], { uri: 'file:///a.sql', languageId: 'sql' }), ['file:///a.sql']);
        assert.deepEqual(generateDocArguments([], { uri: 'file:///README.md', languageId: 'markdown' }), []);
        assert.equal(fixAllArguments([], { uri: 'file:///a.md', languageId: 'markdown' }), undefined);
        assert.equal(fixAllArguments([], undefined), undefined);
    });
});

describe('status bar', () => {
    test('each state has its own look; only errors are red', () => {
        const states = ['starting', 'running', 'stopped', 'error'] as const;
        assert.equal(new Set(states.map(s => statusView(s).text)).size, 4);
        assert.deepEqual(states.map(s => statusView(s).error), [false, false, false, true]);
        assert.match(statusView('error', 'Java 17+ not found').tooltip, /Java 17\+ not found/);
    });
});

describe('package.json', () => {
    test('activates for SQL, Prisma and .schemawise.json, validates the configuration with the shipped schema', () => {
        assert.deepEqual(packageJson.activationEvents, ['onLanguage:sql', 'onLanguage:prisma', 'workspaceContains:**/.schemawise.json']);
        assert.deepEqual(packageJson.contributes.jsonValidation, [{ fileMatch: '.schemawise.json', url: './schemas/schemawise.schema.json' }]);
        assert.deepEqual(packageJson.contributes.commands.map((c: { command: string }) => c.command),
            ['schemawise.restartServer', 'schemawise.showOutput', 'schemawise.generateDoc', 'schemawise.fixAll']);
        assert.equal(packageJson.main, './dist/extension.js');
    });
});

describe('class-data archive', () => {
    const java = { executable: '/jdk/bin/java', version: '17.0.15' };

    const roots: string[] = [];
    afterEach(() => {
        for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
    });

    function setup(): { dir: string; jar: string } {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-cds-'));
        roots.push(root);
        const jar = path.join(root, 'schemawise.jar');
        fs.writeFileSync(jar, 'jar');
        return { dir: path.join(root, 'storage'), jar };
    }

    test('the first start records an archive at exit, a later one adopts it once written, then maps it', () => {
        const { dir, jar } = setup();
        const first = classDataArgs(dir, java, jar, [], 1_000_000);
        assert.equal(first.length, 3);
        const tmp = /^-XX:ArchiveClassesAtExit=(.+\.tmp)$/.exec(first[0])?.[1];
        assert.ok(tmp && path.dirname(tmp) === dir, first[0]);
        assert.deepEqual(first.slice(1), ['-Xlog:cds=off', '-Xlog:cds+dynamic=off']);

        // the server exits and writes it; a start within a minute does not take a file that may be half-written
        fs.writeFileSync(tmp, 'archive');
        fs.utimesSync(tmp, new Date(1_000_000), new Date(1_000_000));
        const soon = classDataArgs(dir, java, jar, [], 1_030_000);
        assert.match(soon[0], /^-XX:ArchiveClassesAtExit=/);

        const later = classDataArgs(dir, java, jar, [], 1_100_000);
        const archive = /^-XX:SharedArchiveFile=(.+\.jsa)$/.exec(later[0])?.[1];
        assert.ok(archive, later[0]);
        assert.equal(fs.readFileSync(archive, 'utf8'), 'archive');
        assert.ok(!fs.existsSync(tmp), 'adopted by renaming');
        assert.deepEqual(classDataArgs(dir, java, jar, [], 1_200_000), later);
    });

    test('an empty archive (a server killed before writing) is dropped, and the next start records again', () => {
        const { dir, jar } = setup();
        const tmp = /=(.+)$/.exec(classDataArgs(dir, java, jar, [], 1_000_000)[0])![1];
        fs.writeFileSync(tmp, '');
        fs.utimesSync(tmp, new Date(1_000_000), new Date(1_000_000));
        assert.match(classDataArgs(dir, java, jar, [], 2_000_000)[0], /^-XX:ArchiveClassesAtExit=/);
        assert.ok(!fs.existsSync(tmp));
    });

    test('another Java or a rebuilt jar gets its own archive; unused ones go after a week', () => {
        const { dir, jar } = setup();
        const day = 24 * 3600_000;
        const tmp = /=(.+)$/.exec(classDataArgs(dir, java, jar, [], day)[0])![1];
        fs.writeFileSync(tmp, 'archive');
        fs.utimesSync(tmp, new Date(day), new Date(day));
        const archive = /=(.+)$/.exec(classDataArgs(dir, java, jar, [], 2 * day)[0])![1];
        const other = classDataArgs(dir, { ...java, version: '21.0.2' }, jar, [], 3 * day);
        assert.match(other[0], /^-XX:ArchiveClassesAtExit=/);
        assert.ok(!other[0].includes(path.basename(archive)));
        assert.ok(fs.existsSync(archive), 'used two days ago: kept');
        classDataArgs(dir, { ...java, version: '21.0.2' }, jar, [], 10 * day);
        assert.ok(!fs.existsSync(archive), 'unused for a week: deleted');
    });

    test("no folder, a missing jar or the user's own sharing flags: no archive flags", () => {
        const { dir, jar } = setup();
        assert.deepEqual(classDataArgs(undefined, java, jar, []), []);
        assert.deepEqual(classDataArgs(dir, java, jar + '.missing', []), []);
        for (const flag of ['-Xshare:off', '-XX:SharedArchiveFile=/x.jsa', '-XX:ArchiveClassesAtExit=/x.jsa', '-XX:+AutoCreateSharedArchive']) {
            assert.deepEqual(classDataArgs(dir, java, jar, [flag]), [], flag);
        }
    });

    test("the launch puts them after the defaults and before the user's flags", () => {
        const s: Settings = { ...DEFAULT_SETTINGS, jvmArgs: ['-Xmx1g'] };
        assert.deepEqual(serverLaunch('java', 'j.jar', s, undefined, ['-XX:SharedArchiveFile=/a.jsa']).args,
            ['-XX:+UseSerialGC', '-Xss4m', '-Xms64m', '-XX:SharedArchiveFile=/a.jsa', '-Xmx1g', '-jar', 'j.jar', 'lsp', '--stdio']);
    });
});
