// The bundled server over stdio must survive what editors and users throw at it: unknown methods, documents it
// never saw, positions past the end, garbage settings, oversized and binary documents. After each, it still
// answers a normal request. Run `npm run build` first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, positionAt } from '../support/lspClient';

// Authored for these tests: a short call with a figure stated twice with different values.
const CALL = [
  'Northwind Mills Q3 2024 Earnings Call',
  '',
  'Operator: Good afternoon and welcome. I will now hand the call to our Chief Financial Officer, Ada Brook.',
  'Ada Brook: Thank you. Revenue was $210.4 million, up 6.1% year over year. Operating income was $52 million.',
  'Operator: Our first question comes from the line of Sam Lee from Barclays. Please go ahead.',
  'Sam Lee: What drove the margin?',
  'Ada Brook: Pricing. To repeat, operating income was $57 million in the quarter.',
  '',
].join('\n');

const METHOD_NOT_FOUND = -32601;

let lsp: LspClient;
let settings: unknown = {};
let counter = 0;
const freshUri = () => `file:///tmp/resilience-${++counter}.transcript`;

before(async () => {
  lsp = await LspClient.start({ settings: () => settings });
  await lsp.initialize();
});
after(async () => {
  await lsp.shutdown();
});

/** The server is alive and working: a normal document gets diagnostics and an outline. */
async function assertStillServing(): Promise<void> {
  assert.equal(lsp.process.exitCode, null, `server exited; stderr: ${lsp.stderr.slice(-2000)}`);
  const uri = freshUri();
  lsp.open(uri, CALL);
  await lsp.waitForDiagnostics(uri);
  const symbols = await lsp.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0, `expected an outline, got ${JSON.stringify(symbols)}`);
  lsp.close(uri);
}

/** null, an empty list, or empty semantic tokens: what a server answers for a document it does not have. */
function isEmptyResult(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object' && 'data' in result) return (result as { data: unknown[] }).data.length === 0;
  return false;
}

/** Document requests an editor sends, for `uri`, at `position` (and a range from the start to it). */
function documentRequests(uri: string, position: { line: number; character: number }): Array<[string, unknown]> {
  const textDocument = { uri };
  const range = { start: { line: 0, character: 0 }, end: position };
  return [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/semanticTokens/full', { textDocument }],
    ['textDocument/semanticTokens/range', { textDocument, range }],
    ['textDocument/inlayHint', { textDocument, range }],
    ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
    ['textDocument/prepareRename', { textDocument, position }],
    ['textDocument/rename', { textDocument, position, newName: 'Someone' }],
  ];
}

test('an unknown request gets MethodNotFound; an unknown notification is ignored', async () => {
  await assert.rejects(lsp.request('earningsTranscript/noSuchRequest', {}), (err: { code?: number }) => {
    assert.equal(err.code, METHOD_NOT_FOUND);
    return true;
  });
  lsp.notify('earningsTranscript/noSuchNotification', { anything: [1, 2, 3] });
  lsp.notify('$/noSuchNotification', null);
  await assertStillServing();
});

test('requests for a never-opened document answer empty', async () => {
  const uri = 'file:///tmp/never-opened.transcript';
  for (const [method, params] of documentRequests(uri, { line: 0, character: 0 })) {
    const result = await lsp.request(method, params);
    assert.ok(isEmptyResult(result), `${method} on an unknown document answered ${JSON.stringify(result)}`);
  }
  await assertStillServing();
});

test('closing a document clears its diagnostics and later requests for it answer empty', async () => {
  const uri = freshUri();
  lsp.open(uri, CALL);
  await lsp.waitForDiagnostics(uri);
  const cleared = lsp.waitForDiagnostics(uri, (d) => d.length === 0);
  lsp.close(uri);
  await cleared;
  const position = positionAt(CALL, CALL.indexOf('$210.4') + 1);
  for (const [method, params] of documentRequests(uri, position)) {
    const result = await lsp.request(method, params);
    assert.ok(isEmptyResult(result), `${method} on a closed document answered ${JSON.stringify(result)}`);
  }
  await assertStillServing();
});

test('positions and ranges past the end of the document do not fail', async () => {
  const uri = freshUri();
  lsp.open(uri, CALL);
  await lsp.waitForDiagnostics(uri);
  const lastLine = CALL.split('\n').length - 1;
  for (const position of [
    { line: 10_000, character: 0 },
    { line: 0, character: 100_000 },
    { line: lastLine, character: 5 },
    { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
  ]) {
    for (const [method, params] of documentRequests(uri, position)) {
      await lsp.request(method, params).catch((err: { code?: number; message?: string }) => {
        assert.fail(`${method} at ${JSON.stringify(position)} failed: ${err.code} ${err.message}`);
      });
    }
  }
  lsp.close(uri);
  await assertStillServing();
});

test('settings of the wrong type are ignored, never fatal', async () => {
  const garbage: unknown[] = [
    42,
    'all of them',
    null,
    [1, 2, 3],
    { checks: 'everything', tolerance: 'big', maxFileSize: -5, inlayHints: { enabled: 'yes' }, defaultCurrency: 7 },
    { checks: { 'restated-figure': 42, 'duplicate-transcript': { level: 'error' } }, tolerance: Number.NaN, maxFileSize: '10' },
    { inlayHints: null, checks: null },
  ];
  for (const answer of garbage) {
    settings = answer;
    lsp.changeSettings();
    const uri = freshUri();
    lsp.open(uri, CALL);
    const published = await lsp.waitForDiagnostics(uri);
    assert.ok(Array.isArray(published.diagnostics), `settings ${JSON.stringify(answer)}`);
    // Wrong types fall back to the defaults: the figure is still read.
    const hover = await lsp.request('textDocument/hover', { textDocument: { uri }, position: positionAt(CALL, CALL.indexOf('$210.4') + 1) });
    assert.notEqual(hover, null, `no hover on a figure with settings ${JSON.stringify(answer)}`);
    lsp.close(uri);
  }
  settings = {};
  lsp.changeSettings();
  await assertStillServing();
});

test('a document over maxFileSize: one warning, diagnostics cleared, the outline still served', async () => {
  settings = { maxFileSize: CALL.length + 50 };
  lsp.changeSettings();
  const uri = freshUri();
  lsp.open(uri, CALL);
  const before = await lsp.waitForDiagnostics(uri);
  assert.deepEqual(before.diagnostics.map((d) => d.code), ['restated-figure'], 'under the limit the restated figure is flagged');
  const messagesBefore = lsp.messages.length;

  // Grow it past the limit: the figures' diagnostics must go, not linger from the smaller version.
  const end = positionAt(CALL, CALL.length);
  const padding = 'Operator: Thank you. This concludes the call.\n'.repeat(4);
  const version = lsp.change(uri, padding, { start: end, end });
  const published = await lsp.waitForDiagnostics(uri, (_, p) => p.version === undefined || p.version >= version);
  assert.deepEqual(published.diagnostics, []);

  // A second edit while still too large must not warn again.
  const end2 = positionAt(CALL + padding, CALL.length + padding.length);
  const version2 = lsp.change(uri, 'x', { start: end2, end: end2 });
  await lsp.waitForDiagnostics(uri, (_, p) => p.version === undefined || p.version >= version2);
  const warnings = lsp.messages.slice(messagesBefore);
  assert.equal(warnings.length, 1, `expected one message, got ${JSON.stringify(warnings)}`);
  assert.equal(warnings[0].type, 2, 'a warning (MessageType.Warning)');
  assert.match(warnings[0].message, /figures/i);
  assert.match(warnings[0].message, /skipped/i);

  const symbols = await lsp.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(Array.isArray(symbols) && symbols.length > 0, `outline above the limit: ${JSON.stringify(symbols)}`);
  lsp.close(uri);
  settings = {};
  lsp.changeSettings();
  await assertStillServing();
});

test('binary junk: NUL, lone surrogates, control characters', async () => {
  // A fixed pseudo-random sequence of UTF-16 code units, so a failure reproduces.
  let seed = 12345;
  const units: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    units.push(i % 97 === 0 ? 0xd800 + (seed % 0x800) : seed % 0x10000);
  }
  const junk = String.fromCharCode(...units) + '\u0000'.repeat(100);
  const uri = freshUri();
  lsp.open(uri, junk);
  await lsp.waitForDiagnostics(uri);
  for (const [method, params] of documentRequests(uri, positionAt(junk, 5_000))) {
    await lsp.request(method, params).catch((err: { code?: number; message?: string }) => assert.fail(`${method} on junk failed: ${err.code} ${err.message}`));
  }
  lsp.close(uri);
  await assertStillServing();
});

test('an empty document: no diagnostics, empty outline and tokens', async () => {
  const uri = freshUri();
  lsp.open(uri, '');
  const published = await lsp.waitForDiagnostics(uri);
  assert.deepEqual(published.diagnostics, []);
  for (const [method, params] of documentRequests(uri, { line: 0, character: 0 })) {
    const result = await lsp.request(method, params);
    assert.ok(isEmptyResult(result), `${method} on an empty document answered ${JSON.stringify(result)}`);
  }
  lsp.close(uri);
  await assertStillServing();
});
