// Runs test-electron/suite inside a real VS Code (downloaded by @vscode/test-electron; needs the network and a
// display, or xvfb-run). Not part of test.sh: VS Code cannot be downloaded where the CI runs.
//   npm ci && npm run test:electron            (VS Code stable)
//   VSCODE_VERSION=1.82.0 npm run test:electron
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
    const extensionDevelopmentPath = path.resolve(__dirname, '..');
    const repository = process.env.SCHEMAWISE_ROOT ?? path.resolve(extensionDevelopmentPath, '..', '..');
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'schemawise-electron-'));
    fs.copyFileSync(path.join(repository, 'examples', 'postgres', 'schema.sql'), path.join(workspace, 'schema.sql'));
    fs.copyFileSync(path.join(repository, 'examples', 'prisma', 'schema.prisma'), path.join(workspace, 'schema.prisma'));
    try {
        await runTests({
            version: process.env.VSCODE_VERSION ?? 'stable',
            extensionDevelopmentPath,
            extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
            // Other extensions (Prisma's) stay out: the suite checks what schemawise alone does.
            launchArgs: [workspace, '--disable-extensions', '--skip-welcome', '--skip-release-notes'],
        });
    } finally {
        fs.rmSync(workspace, { recursive: true, force: true });
    }
}

main().catch(e => {
    console.error(e);
    process.exit(1);
});
