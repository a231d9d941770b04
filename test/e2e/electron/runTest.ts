// Desktop VS Code runner (`npm run test:electron`) for machines that can download VS Code; offline machines use
// test/e2e/run.sh (code-server in Chromium) instead. The suite is bundled to JS first, since the extension host
// loads plain JavaScript.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '../../..');
  const out = path.join(repo, 'out/e2e-electron');
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'suite/index.ts')],
    outfile: path.join(out, 'suite.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
  });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'earnings-e2e-'));
  fs.copyFileSync(path.join(repo, 'samples/sample.transcript'), path.join(workspace, 'sample.transcript'));
  fs.copyFileSync(path.join(repo, 'samples/sample.transcript'), path.join(workspace, 'sample.txt'));
  fs.copyFileSync(path.join(repo, 'test/fixtures/e2e/planted.transcript'), path.join(workspace, 'planted.transcript'));
  try {
    await runTests({
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(out, 'suite.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
