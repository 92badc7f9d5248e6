// Java discovery against fake Java installations: stub `java` scripts that print a version as java does.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { findJava, javaOnPath, missingJavaMessage, parseJavaVersion } from '../src/java';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-java-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A Java home whose bin/java prints `versionLine` on stderr, as `java -version` does. */
function fakeJavaHome(name: string, versionLine: string): string {
    const home = path.join(scratch, name);
    fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
    const java = path.join(home, 'bin', 'java');
    fs.writeFileSync(java, `#!/bin/sh\necho '${versionLine}' >&2\necho 'OpenJDK Runtime Environment' >&2\n`, { mode: 0o755 });
    return home;
}

const java17 = fakeJavaHome('jdk-17', 'openjdk version "17.0.15" 2025-04-15');
const java21 = fakeJavaHome('jdk-21', 'openjdk version "21" 2023-09-19');
const java11 = fakeJavaHome('jdk-11', 'openjdk version "11.0.22" 2024-01-16');
const java8 = fakeJavaHome('jdk-8', 'java version "1.8.0_392"');
const broken = fakeJavaHome('broken', 'this is not java');
const empty = path.join(scratch, 'empty');
fs.mkdirSync(empty);
const windows = os.platform() === 'win32';

describe('parseJavaVersion', () => {
    test('reads the feature release from the forms java prints', () => {
        assert.deepEqual(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime'), { version: '17.0.15', major: 17 });
        assert.deepEqual(parseJavaVersion('openjdk version "21" 2023-09-19'), { version: '21', major: 21 });
        assert.deepEqual(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), { version: '22-ea', major: 22 });
        assert.deepEqual(parseJavaVersion('java version "1.8.0_392"'), { version: '1.8.0_392', major: 8 });
        assert.deepEqual(parseJavaVersion('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "17.0.2" 2022-01-18'), { version: '17.0.2', major: 17 });
        assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
    });
});

describe('findJava', { skip: windows ? 'stub java scripts need a POSIX shell' : false }, () => {
    test('the schemawise.java.home setting comes first', async () => {
        const found = await findJava({ javaHome: java21, env: { JAVA_HOME: java17, PATH: path.join(java17, 'bin') } });
        assert.ok(found.ok);
        assert.equal(found.java.executable, path.join(java21, 'bin', 'java'));
        assert.equal(found.java.major, 21);
        assert.equal(found.java.source, 'schemawise.java.home');
    });

    test('the setting may name the java executable itself', async () => {
        const found = await findJava({ javaHome: path.join(java17, 'bin', 'java'), env: {} });
        assert.ok(found.ok);
        assert.equal(found.java.major, 17);
    });

    test('then JAVA_HOME', async () => {
        const found = await findJava({ javaHome: null, env: { JAVA_HOME: java17, PATH: path.join(java21, 'bin') } });
        assert.ok(found.ok);
        assert.equal(found.java.executable, path.join(java17, 'bin', 'java'));
        assert.equal(found.java.source, 'JAVA_HOME');
    });

    test('then java on the PATH, skipping folders without one', async () => {
        const found = await findJava({ javaHome: '', env: { PATH: [empty, path.join(java21, 'bin'), path.join(java17, 'bin')].join(':') } });
        assert.ok(found.ok);
        assert.equal(found.java.executable, path.join(java21, 'bin', 'java'));
        assert.equal(found.java.source, 'PATH');
        assert.equal(javaOnPath({ PATH: `${empty}:${path.join(java11, 'bin')}` }), path.join(java11, 'bin', 'java'));
    });

    test('a JAVA_HOME older than 17 is skipped for a newer java on the PATH', async () => {
        const found = await findJava({ env: { JAVA_HOME: java11, PATH: path.join(java17, 'bin') } });
        assert.ok(found.ok);
        assert.equal(found.java.source, 'PATH');
        assert.deepEqual(found.rejected.map(r => [r.source, r.reason]), [['JAVA_HOME', 'Java 11.0.22 is older than 17']]);
    });

    test('too old everywhere: one message saying what was found and what to install', async () => {
        const found = await findJava({ env: { JAVA_HOME: java8, PATH: path.join(java11, 'bin') } });
        assert.equal(found.ok, false);
        assert.ok(!found.ok);
        assert.match(found.message, /^schemawise needs Java 17 or newer/);
        assert.match(found.message, /jdk-8\/bin\/java \(JAVA_HOME\): Java 1\.8\.0_392 is older than 17/);
        assert.match(found.message, /jdk-11\/bin\/java \(PATH\): Java 11\.0\.22 is older than 17/);
        assert.match(found.message, /Install a Java 17\+ runtime/);
        assert.match(found.message, /"schemawise\.java\.home"/);
    });

    test('a java.home setting that is unusable is the error, even with a good JAVA_HOME', async () => {
        const found = await findJava({ javaHome: empty, env: { JAVA_HOME: java17, PATH: path.join(java17, 'bin') } });
        assert.ok(!found.ok);
        assert.deepEqual(found.rejected, [{ source: 'schemawise.java.home', location: empty, reason: 'has no bin/java' }]);
    });

    test('no java anywhere', async () => {
        const found = await findJava({ env: { PATH: empty } });
        assert.ok(!found.ok);
        assert.match(found.message, /PATH\): not found/);
        assert.equal(missingJavaMessage([]).includes('No Java was found'), true);
    });

    test('a java whose output has no version is skipped', async () => {
        const found = await findJava({ env: { JAVA_HOME: broken, PATH: path.join(java17, 'bin') } });
        assert.ok(found.ok);
        assert.equal(found.rejected[0].reason, "no version in 'java -version' output");
    });

    test('a java that cannot run is skipped', async () => {
        const found = await findJava({
            env: { JAVA_HOME: java17 },
            runVersion: async () => { throw new Error('spawn EACCES'); },
        });
        assert.ok(!found.ok);
        assert.match(found.message, /'java -version' failed: spawn EACCES/);
    });
});
