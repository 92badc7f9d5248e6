// The packaged extension: its entries, and a copy unpacked as VS Code installs it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as yauzl from 'yauzl';

export const extensionRoot = path.resolve(__dirname, '..');
const packageJson = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
export const version: string = packageJson.version;

/**
 * The .vsix to test: SCHEMAWISE_VSIX (test.sh sets it). Without it the tests run on the build output, never on
 * a .vsix left from an earlier build with an older jar.
 */
export function vsixPath(): string | undefined {
    const given = process.env.SCHEMAWISE_VSIX;
    return given ? path.resolve(given) : undefined;
}

/** Every entry of the zip with its contents. */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
        yauzl.open(file, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))));
    const entries = new Map<string, Buffer>();
    await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        zip.on('end', () => resolve());
        zip.on('entry', (entry: yauzl.Entry) => {
            if (entry.fileName.endsWith('/')) { zip.readEntry(); return; }
            zip.openReadStream(entry, (err, stream) => {
                if (err) { reject(err); return; }
                const chunks: Buffer[] = [];
                stream.on('data', c => chunks.push(c as Buffer));
                stream.on('error', reject);
                stream.on('end', () => { entries.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
            });
        });
        zip.readEntry();
    });
    return entries;
}

/**
 * The extension folder to run from: the .vsix's "extension/" unpacked into a temporary folder (what
 * `code --install-extension` does), or, without a .vsix, this folder after `npm run build`.
 */
export async function installedExtension(): Promise<{ dir: string; fromVsix: boolean; cleanup: () => void }> {
    const vsix = vsixPath();
    if (!vsix) return { dir: extensionRoot, fromVsix: false, cleanup: () => undefined };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-vsix-'));
    for (const [name, data] of await readZip(vsix)) {
        if (!name.startsWith('extension/')) continue;
        const target = path.join(dir, name.slice('extension/'.length));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, data);
    }
    return { dir, fromVsix: true, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
