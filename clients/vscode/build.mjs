// Bundles the extension with esbuild (dist/extension.js) and the node tests (dist-test/), copies the
// configuration's JSON Schema from the repository into schemas/, and the server jar (SCHEMAWISE_JAR, default
// the repository's server/target/schemawise.jar) into server/, where the .vsix takes them from.
// node build.mjs [--electron] [--no-jar]
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = process.env.SCHEMAWISE_ROOT ?? path.resolve(here, '..', '..');
const args = new Set(process.argv.slice(2));

fs.mkdirSync(path.join(here, 'schemas'), { recursive: true });
fs.copyFileSync(path.join(root, 'schemawise.schema.json'), path.join(here, 'schemas', 'schemawise.schema.json'));

if (!args.has('--no-jar')) {
    const jar = process.env.SCHEMAWISE_JAR ?? path.join(root, 'server', 'target', 'schemawise.jar');
    if (!fs.existsSync(jar)) {
        console.error(`build.mjs: the server jar ${jar} is missing; build it with ./mvnw -pl server -am package`);
        process.exit(1);
    }
    fs.mkdirSync(path.join(here, 'server'), { recursive: true });
    fs.copyFileSync(jar, path.join(here, 'server', 'schemawise.jar'));
}

const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await esbuild.build({
    ...common,
    entryPoints: [path.join(here, 'src', 'extension.ts')],
    outfile: path.join(here, 'dist', 'extension.js'),
    external: ['vscode'],
    minify: true,
});

const tests = fs.readdirSync(path.join(here, 'test')).filter(f => f.endsWith('.test.ts')).map(f => path.join(here, 'test', f));
fs.rmSync(path.join(here, 'dist-test'), { recursive: true, force: true });
await esbuild.build({ ...common, entryPoints: tests, outdir: path.join(here, 'dist-test') });

if (args.has('--electron')) {
    await esbuild.build({
        ...common,
        entryPoints: [path.join(here, 'test-electron', 'runTest.ts'), path.join(here, 'test-electron', 'suite', 'index.ts')],
        outbase: path.join(here, 'test-electron'),
        outdir: path.join(here, 'dist-electron'),
        external: ['vscode', '@vscode/test-electron'],
    });
}
