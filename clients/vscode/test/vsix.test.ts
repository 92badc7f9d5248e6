// The packaged .vsix: what VS Code installs from it.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { extensionRoot, readZip, version, vsixPath } from './support/vsix';

const vsix = vsixPath();
const repository = process.env.SCHEMAWISE_ROOT ?? path.resolve(extensionRoot, '..', '..');
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe(`schemawise-${version}.vsix`, { skip: vsix ? false : 'SCHEMAWISE_VSIX is not set (test.sh sets it)' }, () => {
    let entries: Map<string, Buffer>;
    before(async () => { entries = await readZip(vsix!); });

    test('is named after the version', () => {
        assert.equal(path.basename(vsix!), `schemawise-${version}.vsix`);
    });

    test('holds the manifest, the bundle, the schema and the server jar, and nothing else', () => {
        assert.deepEqual([...entries.keys()].filter(n => n.startsWith('extension/')).sort(), [
            'extension/dist/extension.js',
            'extension/package.json',
            'extension/readme.md',
            'extension/schemas/schemawise.schema.json',
            'extension/server/schemawise.jar',
        ]);
        assert.ok(entries.has('extension.vsixmanifest'));
    });

    test('its package.json is this one', () => {
        const packaged = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
        const here = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
        assert.equal(packaged.version, version);
        assert.equal(packaged.main, './dist/extension.js');
        assert.deepEqual(packaged.contributes, here.contributes);
    });

    test('the jar is the one built (SCHEMAWISE_JAR) and the schema is the repository\'s', () => {
        const jar = process.env.SCHEMAWISE_JAR ?? path.join(repository, 'server', 'target', 'schemawise.jar');
        assert.equal(sha(entries.get('extension/server/schemawise.jar')!), sha(fs.readFileSync(jar)));
        assert.equal(entries.get('extension/schemas/schemawise.schema.json')!.toString('utf8'),
            fs.readFileSync(path.join(repository, 'schemawise.schema.json'), 'utf8'));
    });

    test('the bundle needs nothing outside it but vscode and node', () => {
        // Packaged with --no-dependencies: a require of a package left out of the bundle would fail in VS Code.
        const bundle = entries.get('extension/dist/extension.js')!.toString('utf8');
        const required = new Set([...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map(m => m[1]));
        const builtins = new Set([...builtinModules, ...builtinModules.map(m => `node:${m}`)]);
        const outside = [...required].filter(m => m !== 'vscode' && !builtins.has(m));
        assert.deepEqual(outside, []);
        assert.ok(required.has('vscode'));
    });
});
