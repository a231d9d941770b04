// Runs inside the desktop VS Code extension host (see ../runTest.ts): the same user-facing checks as the
// browser scenarios in ../../drive.js, through the VS Code API. A tiny sequential runner, no test framework.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const folder = (): vscode.Uri => {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder open');
  return f.uri;
};

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Polls until `get` returns a value accepted by `ok` (language servers answer asynchronously). */
async function until<T>(get: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 20000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

function flatten(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...flatten(s.children ?? [])]);
}

/** The analysts the operator introduces ("... comes from the line of X from Y."), read from the sample itself. */
function expectedAnalysts(text: string): string[] {
  const re = /from the line of ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)+) (?:from|with|of) ([A-Z][\w&.'-]*(?: [A-Z&][\w&.'-]*)*?)[.,]/g;
  return [...text.matchAll(re)].map((m) => `${m[1]} (${m[2]})`);
}

const tests: Record<string, () => Promise<void>> = {
  async outline() {
    const doc = await open('sample.transcript');
    assert.equal(doc.languageId, 'earnings-transcript');
    const expected = ['Questions and Answers', ...expectedAnalysts(doc.getText())];
    assert.ok(expected.length >= 3, 'the sample introduces two analysts');
    const names = await until(
      async () => flatten((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []),
      (n) => expected.every((e) => n.some((x) => x.includes(e))),
    );
    for (const e of expected) assert.ok(names.some((x) => x.includes(e)), `outline lacks ${e}: ${JSON.stringify(names)}`);
  },

  async diagnostics() {
    const doc = await open('planted.transcript');
    const diags = await until(() => vscode.languages.getDiagnostics(doc.uri), (d) => d.length > 0);
    const hit = diags.find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'restated-figure' ||
      (/free cash flow/i.test(d.message) && /\$46 million/.test(d.message) && /\$40 million/.test(d.message)));
    assert.ok(hit, `no restated free cash flow problem: ${JSON.stringify(diags.map((d) => d.message))}`);
  },

  async openAs() {
    const doc = await open('sample.txt');
    assert.equal(doc.languageId, 'plaintext');
    await vscode.commands.executeCommand('earningsTranscript.openAsTranscript');
    const id = await until(() => vscode.window.activeTextEditor?.document.languageId, (l) => l === 'earnings-transcript');
    assert.equal(id, 'earnings-transcript');
  },
};

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, fn] of Object.entries(tests)) {
    try {
      await fn();
      console.log(`PASS ${name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  console.log(`${Object.keys(tests).length - failed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} end-to-end test(s) failed`);
}
