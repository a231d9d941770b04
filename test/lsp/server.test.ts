// The bundled server over stdio, as an editor drives it. Run `npm run build` first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSemanticTokens, LspClient, positionAt, type Diagnostic } from '../support/lspClient';
import { CALL } from './callFixture';

let lsp: LspClient;
let legend: { tokenTypes: string[]; tokenModifiers: string[] };
let capabilities: Record<string, any>;
let settings: Record<string, unknown> = {};
let uriCounter = 0;
const freshUri = () => `file:///tmp/lsp-test-${++uriCounter}.transcript`;

/** Position of the `nth` occurrence of `needle` in `text`, shifted by `delta` characters. */
const at = (needle: string, delta = 0, text = CALL, nth = 0) => {
  let i = text.indexOf(needle);
  for (let k = 0; k < nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `fixture lacks ${needle}`);
  return positionAt(text, i + delta);
};
const rangeOf = (needle: string, text = CALL, nth = 0) => ({ start: at(needle, 0, text, nth), end: at(needle, needle.length, text, nth) });
/** Range of a speaker label written `Label:` at the start of a line (the `nth` such line). */
const labelRange = (label: string, nth = 0) => {
  const r = rangeOf(`\n${label}:`, CALL, nth);
  return { start: { line: r.start.line + 1, character: 0 }, end: { line: r.start.line + 1, character: label.length } };
};

before(async () => {
  lsp = await LspClient.start({ settings: () => settings });
  capabilities = (await lsp.initialize()).capabilities;
  legend = capabilities.semanticTokensProvider.legend;
});
after(async () => {
  await lsp.shutdown();
});

async function openCall(text = CALL) {
  const uri = freshUri();
  lsp.open(uri, text);
  const published = await lsp.waitForDiagnostics(uri);
  return { uri, published };
}

test('initialize announces incremental sync and every feature', () => {
  assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
  assert.equal(capabilities.hoverProvider, true);
  assert.equal(capabilities.foldingRangeProvider, true);
  assert.equal(capabilities.inlayHintProvider, true);
  assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
  assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
  assert.deepEqual(capabilities.semanticTokensProvider, {
    legend: {
      tokenTypes: ['speaker', 'timestamp', 'money', 'percent', 'percentagePoints', 'basisPoints', 'multiple', 'count', 'period'],
      tokenModifiers: ['malformed', 'repaired'],
    },
    full: true,
    range: true,
  });
});

const restatedDiagnostic = (uri: string, text = CALL): Diagnostic => ({
  range: rangeOf('$40 million', text),
  severity: 2,
  code: 'restated-figure',
  source: 'earnings-transcript',
  message: '$40 million contradicts $46 million stated earlier for the same free cash flow (current period); they differ by at least 5000000.',
  relatedInformation: [{ location: { uri, range: rangeOf('$46 million', text) }, message: 'stated earlier' }],
  data: { key: { code: 'restated-figure', text: '$40 million', occurrence: 0 } },
});

test('diagnostics are published on open with code, source, severity and related figure', async () => {
  const { uri, published } = await openCall();
  assert.equal(published.version, 1);
  assert.deepEqual(published.diagnostics, [restatedDiagnostic(uri)]);
  lsp.close(uri);
});

test('document symbols: the Q&A outline with analysts, questions and answers', async () => {
  const { uri } = await openCall();
  const symbols = await lsp.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const shape = (s: any): unknown => (s.children?.length ? { [s.name]: s.children.map(shape) } : s.name);
  assert.deepEqual(symbols.map(shape), [
    'Front Matter',
    {
      'Prepared Remarks': ['Operator', 'Lena Ortiz — Chief Executive Officer', 'Raj Patel — CFO'],
    },
    {
      'Questions and Answers': [
        { 'Mia Chen (Goldman Sachs)': ['How should we think about fuel costs for the rest of the year?', 'Answer — Raj Patel, CFO'] },
        { 'Owen Hart (Jefferies)': ['What drove the new contracts?', 'Answer — Lena Ortiz, Chief Executive Officer'] },
      ],
    },
    { 'Closing Remarks': ['Operator', 'Lena Ortiz — Chief Executive Officer'] },
  ]);
  const qa = symbols[2];
  const mia = qa.children[0];
  assert.equal(mia.kind, 5);
  assert.deepEqual(mia.selectionRange, rangeOf('Mia Chen', CALL, 1));
  assert.deepEqual(mia.children.map((c: any) => c.kind), [24, 11]);
  assert.deepEqual(mia.children[0].range, rangeOf('How should we think about fuel costs for the rest of the year?'));
  lsp.close(uri);
});

test('folding ranges: one per multi-line section', async () => {
  const { uri } = await openCall();
  const ranges = await lsp.request('textDocument/foldingRange', { textDocument: { uri } });
  assert.deepEqual(ranges, [
    { startLine: 0, endLine: 1, kind: 'region' },
    { startLine: 2, endLine: 4, kind: 'region' },
    { startLine: 5, endLine: 10, kind: 'region' },
    { startLine: 11, endLine: 12, kind: 'region' },
  ]);
  lsp.close(uri);
});

test('hover on a speaker label and on figures gives exact, escaped markdown', async () => {
  const { uri } = await openCall();
  const hover = (needle: string, delta = 1, nth = 0) => lsp.request<any>('textDocument/hover', { textDocument: { uri }, position: at(needle, delta, CALL, nth) });

  assert.deepEqual(await hover('Raj Patel:'), {
    contents: {
      kind: 'markdown',
      value:
        '**Raj Patel** · CFO · *executive*\n\n2 turns\n\nEvidence:\n- *label*: “Raj Patel”\n- *hand\\-off*: “pass the call over to our CFO, Raj Patel”\n- *participant list*: “our CFO, Raj Patel”',
    },
    range: labelRange('Raj Patel'),
  });
  assert.deepEqual(await hover('$412.5 million'), {
    contents: {
      kind: 'markdown',
      value: '**USD 412,500,000**\n\nUSD 412\\.5 million · revenue · this quarter\n\nRaj Patel\n\nOther mentions of revenue:\n- 8.4% — Raj Patel\n- USD 380,600,000 (same quarter last year) — Raj Patel',
    },
    range: rangeOf('$412.5 million'),
  });
  const flagged = await hover('$40 million');
  assert.match(flagged.contents.value, /^\*\*USD 40,000,000\*\*\n\nUSD 40\\\.0 million · free cash flow · this quarter\n\nRaj Patel\n\n\*\*restated-figure\*\*\n/);
  assert.match(flagged.contents.value, /\n\nOther mentions of free cash flow:\n- USD 46,000,000 — Raj Patel$/);
  assert.equal(await hover('Good morning'), null);
  lsp.close(uri);
});

test('semantic tokens decode to speakers and figures; a range request returns the subset', async () => {
  const { uri } = await openCall();
  const full = await lsp.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  const tokens = decodeSemanticTokens(full.data, legend);
  const tok = (needle: string, type: string, nth = 0) => ({ ...at(needle, 0, CALL, nth), length: needle.length, type, modifiers: [] });
  const speaker = (label: string, nth = 0) => ({ ...labelRange(label, nth).start, length: label.length, type: 'speaker', modifiers: [] });
  assert.deepEqual(
    tokens.filter((t) => t.line === 4),
    [speaker('Raj Patel'), tok('$412.5 million', 'money'), tok('8.4%', 'percent'), tok('$380.6 million', 'money'), tok('a year ago', 'period'), tok('$46 million', 'money')],
  );
  assert.equal(tokens.filter((t) => t.type === 'speaker').length, 11);
  const ranged = await lsp.request<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } } });
  assert.deepEqual(decodeSemanticTokens(ranged.data, legend), [speaker('Raj Patel', 1), tok('$40 million', 'money'), tok('this quarter', 'period')]);
  lsp.close(uri);
});

test('rename a speaker label renames every one of their turns', async () => {
  const { uri } = await openCall();
  const position = at('Raj Patel:', 3);
  assert.deepEqual(await lsp.request('textDocument/prepareRename', { textDocument: { uri }, position }), { range: labelRange('Raj Patel'), placeholder: 'Raj Patel' });
  const edit = await lsp.request<any>('textDocument/rename', { textDocument: { uri }, position, newName: 'Rajesh Patel' });
  assert.deepEqual(edit, {
    changes: {
      [uri]: [
        { range: labelRange('Raj Patel', 0), newText: 'Rajesh Patel' },
        { range: labelRange('Raj Patel', 1), newText: 'Rajesh Patel' },
      ],
    },
  });
  assert.equal(await lsp.request('textDocument/prepareRename', { textDocument: { uri }, position: at('Good morning') }), null);
  await assert.rejects(lsp.request('textDocument/rename', { textDocument: { uri }, position, newName: 'two\nlines' }), /one non-empty line/);
  lsp.close(uri);
});

test('code actions on the restated figure: go to the earlier figure, ignore, disable the rule', async () => {
  const { uri } = await openCall();
  const actions = await lsp.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf('$40'), context: { diagnostics: [] } });
  const earlier = rangeOf('$46 million');
  assert.deepEqual(
    actions.map((a) => [a.title, a.kind, a.command]),
    [
      ['Go to related figure: stated earlier', 'quickfix', { title: 'Reveal', command: 'earningsTranscript.revealRange', arguments: [uri, earlier.start.line, earlier.start.character, earlier.end.line, earlier.end.character] }],
      ['Ignore this finding', 'quickfix', { title: 'Ignore this finding', command: 'earningsTranscript.ignoreFinding', arguments: [uri, { code: 'restated-figure', text: '$40 million', occurrence: 0 }] }],
      ['Disable rule restated-figure', 'quickfix', { title: 'Disable rule', command: 'earningsTranscript.disableRule', arguments: ['restated-figure'] }],
    ],
  );
  assert.deepEqual(actions[0].diagnostics, [restatedDiagnostic(uri)]);
  assert.deepEqual(await lsp.request('textDocument/codeAction', { textDocument: { uri }, range: rangeOf('Good morning'), context: { diagnostics: [] } }), []);
  const onlySource = { diagnostics: [], only: ['source.fixAll'] };
  assert.deepEqual(await lsp.request('textDocument/codeAction', { textDocument: { uri }, range: rangeOf('$40'), context: onlySource }), []);
  const onlyQuickFix = await lsp.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf('$40'), context: { diagnostics: [], only: ['quickfix'] } });
  assert.equal(onlyQuickFix.length, 3);
  lsp.close(uri);
});

test('incremental edits produce fresh results: fixing the figure clears the finding, breaking it again brings it back', async () => {
  const { uri } = await openCall();
  lsp.change(uri, '46', { start: at('$40', 1), end: at('$40', 3) });
  const fixed = await lsp.waitForDiagnostics(uri);
  assert.deepEqual(fixed, { uri, version: 2, diagnostics: [] });
  const hover = await lsp.request<any>('textDocument/hover', { textDocument: { uri }, position: at('$40', 1) });
  assert.match(hover.contents.value, /^\*\*USD 46,000,000\*\*/);
  lsp.change(uri, '4', { start: at('$40', 2), end: at('$40', 3) });
  const broken = await lsp.waitForDiagnostics(uri);
  assert.equal(broken.version, 3);
  assert.deepEqual(broken.diagnostics, [
    {
      ...restatedDiagnostic(uri),
      message: '$44 million contradicts $46 million stated earlier for the same free cash flow (current period); they differ by at least 1000000.',
      data: { key: { code: 'restated-figure', text: '$44 million', occurrence: 0 } },
    },
  ]);
  lsp.close(uri);
});

test('settings changes re-validate: severity override, then the rule turned off, then back', async () => {
  const { uri } = await openCall();
  try {
    settings = { checks: { 'restated-figure': 'error' } };
    lsp.changeSettings();
    const asError = await lsp.waitForDiagnostics(uri, (d) => d[0]?.severity === 1, { includeLatest: true });
    assert.deepEqual(asError.diagnostics, [{ ...restatedDiagnostic(uri), severity: 1 }]);
    settings = { checks: { 'restated-figure': 'off' } };
    lsp.changeSettings();
    await lsp.waitForDiagnostics(uri, (d) => d.length === 0);
    settings = { checks: 'not an object', tolerance: 'wide', maxFileSize: -1, inlayHints: 7 };
    lsp.changeSettings();
    const defaults = await lsp.waitForDiagnostics(uri, (d) => d.length === 1);
    assert.deepEqual(defaults.diagnostics, [restatedDiagnostic(uri)]);
  } finally {
    settings = {};
    lsp.close(uri);
  }
});

test('an ignored finding disappears and comes back when the ignore list is cleared', async () => {
  const { uri } = await openCall();
  lsp.notify('earningsTranscript/ignoredFindings', { uri, ignored: [{ code: 'restated-figure', text: '$40 million', occurrence: 0 }] });
  await lsp.waitForDiagnostics(uri, (d) => d.length === 0);
  const actions = await lsp.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: rangeOf('$40'), context: { diagnostics: [] } });
  assert.deepEqual(actions, []);
  lsp.notify('earningsTranscript/ignoredFindings', { uri, ignored: [] });
  await lsp.waitForDiagnostics(uri, (d) => d.length === 1);
  lsp.close(uri);
});

test('closing a document clears its diagnostics and later requests get empty answers', async () => {
  const { uri } = await openCall();
  lsp.close(uri);
  const cleared = await lsp.waitForDiagnostics(uri, () => true);
  assert.deepEqual(cleared.diagnostics, []);
  assert.deepEqual(await lsp.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  assert.equal(await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
});

test('above maxFileSize: one warning message, figure findings cleared, outline still there', async () => {
  const uri = freshUri();
  settings = { maxFileSize: 100 };
  try {
    const before = lsp.messages.length;
    lsp.open(uri, CALL);
    const published = await lsp.waitForDiagnostics(uri);
    assert.deepEqual(published.diagnostics, []);
    lsp.change(uri, 'X', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    await lsp.waitForDiagnostics(uri, (_d, p) => p.version === 2);
    const warnings = lsp.messages.slice(before);
    assert.deepEqual(warnings, [
      { type: 2, message: `Figures and checks skipped: the document has ${CALL.length.toLocaleString('en-US')} characters, above the limit of 100 (setting earningsTranscript.maxFileSize).` },
    ]);
    const symbols = await lsp.request<any[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, 4);
  } finally {
    settings = {};
    lsp.close(uri);
  }
});

test('inlay hints follow earningsTranscript.inlayHints.enabled', async () => {
  const text = 'Operator: Welcome.\nHenry He: Revenue was RMB207 1,000,000 this quarter.\n';
  const { uri } = await openCall(text);
  const whole = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
  const hints = await lsp.request<any[]>('textDocument/inlayHint', { textDocument: { uri }, range: whole });
  assert.deepEqual(
    hints.map((h) => [h.position, h.label]),
    [[at('RMB207 1,000,000', 16, text), '= CNY 207,000,000']],
  );
  settings = { inlayHints: { enabled: false } };
  lsp.changeSettings();
  try {
    assert.deepEqual(await lsp.request('textDocument/inlayHint', { textDocument: { uri }, range: whole }), []);
  } finally {
    settings = {};
    lsp.changeSettings();
    lsp.close(uri);
  }
});

test('earningsTranscript/export returns JSON, CSV and brat text for an open document; null otherwise', async () => {
  const uri = 'file:///tmp/exports/harbor%20call.transcript';
  lsp.open(uri, CALL);
  await lsp.waitForDiagnostics(uri);
  try {
    const json = JSON.parse(await lsp.request<string>('earningsTranscript/export', { uri, format: 'json' }));
    assert.equal(json.file, 'harbor call.transcript');
    assert.equal(json.format, 'name-colon');
    const fcf = json.entities.filter((e: { metric?: string }) => e.metric === 'free cash flow');
    assert.deepEqual(fcf.map((e: { text: string; value: string; currency: string }) => [e.text, e.value, e.currency]), [
      ['$46 million', '46000000', 'USD'],
      ['$40 million', '40000000', 'USD'],
    ]);
    const csv = (await lsp.request<string>('earningsTranscript/export', { uri, format: 'csv' })).split('\n');
    assert.equal(csv[0], 'file,kind,start,end,text,value,currency,unit,metric,period,speaker,timestamp');
    const start = CALL.indexOf('$412.5 million');
    assert.ok(csv.includes(`harbor call.transcript,money,${start},${start + 14},$412.5 million,412500000,USD,,revenue,current-quarter,Raj Patel,`), csv.join('\n'));
    const ann = await lsp.request<string>('earningsTranscript/export', { uri, format: 'ann' });
    assert.match(ann, new RegExp(`\\tMONEY ${start} ${start + 14}\\t\\$412\\.5 million\\n#\\d+\\tAnnotatorNotes T\\d+\\tUSD 412500000\\n`));
    assert.equal(await lsp.request('earningsTranscript/export', { uri, format: 'pdf' }), null);
    assert.equal(await lsp.request('earningsTranscript/export', { uri: 'file:///never-opened.transcript', format: 'json' }), null);
    assert.equal(await lsp.request('earningsTranscript/export', null), null);
  } finally {
    lsp.close(uri);
  }
});
