import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { collectTokens, encodeTokens, SEMANTIC_TOKENS_LEGEND } from '../../server/src/handlers/semanticTokens';
import { buildInlayHints } from '../../server/src/handlers/inlayHints';
import { decodeSemanticTokens } from '../support/lspClient';
import { makeAnalysis, spanOf, TEXT } from './handlersFixture';

const doc = TextDocument.create('file:///call.transcript', 'earnings-transcript', 1, TEXT);
const legend = { tokenTypes: SEMANTIC_TOKENS_LEGEND.tokenTypes, tokenModifiers: SEMANTIC_TOKENS_LEGEND.tokenModifiers };

/** Expected token for a fixture substring, by absolute line/character. */
const at = (needle: string, type: string, modifiers: string[] = [], nth = 0) => {
  const { start, end } = spanOf(needle, nth);
  const p = doc.positionAt(start);
  return { line: p.line, character: p.character, length: end - start, type, modifiers };
};

test('semantic tokens: speaker labels and figures by kind, sorted, with modifiers', () => {
  const tokens = decodeSemanticTokens(encodeTokens(collectTokens(makeAnalysis()), doc).data, legend);
  assert.deepEqual(tokens, [
    at('Henry He', 'speaker'),
    at('RMB207 1,000,000', 'money', ['repaired']),
    at('negative 3.3%', 'percent'),
    at('5.3 pp', 'percentagePoints'),
    at('Operator', 'speaker'),
    at('Ann Lee', 'speaker', [], 1),
    at('Henry He', 'speaker', [], 1),
    at('RMB206.8 million', 'money'),
  ]);
});

test('semantic tokens for a range keep only what overlaps it', () => {
  const line3 = { start: doc.offsetAt({ line: 3, character: 0 }), end: doc.offsetAt({ line: 4, character: 0 }) };
  const tokens = decodeSemanticTokens(encodeTokens(collectTokens(makeAnalysis(), line3.start, line3.end), doc).data, legend);
  assert.deepEqual(tokens, [at('Ann Lee', 'speaker', [], 1)]);
});

test('semantic tokens on one very long line: positions are characters on line 0, overlaps dropped', () => {
  const flat = TEXT.replace(/\n/g, ' ').repeat(1000); // ~230 KB on one line
  const single = TextDocument.create('file:///flat.transcript', 'earnings-transcript', 1, flat);
  const analysis = makeAnalysis();
  const copies = 1000;
  const stride = TEXT.length;
  analysis.entities = Array.from({ length: copies }, (_, i) => analysis.entities.map((e) => ({ ...e, start: e.start + i * stride, end: e.end + i * stride }))).flat();
  analysis.turns = [];
  // An overlapping duplicate of the first figure must be dropped, not emitted twice.
  analysis.entities.push({ ...analysis.entities[0], end: analysis.entities[0].end - 1 });
  const started = performance.now();
  const tokens = decodeSemanticTokens(encodeTokens(collectTokens(analysis), single).data, legend);
  const ms = performance.now() - started;
  assert.equal(tokens.length, 4 * copies);
  assert.ok(tokens.every((t) => t.line === 0));
  assert.deepEqual(tokens[4 * 999 + 3], { line: 0, character: spanOf('RMB206.8 million').start + 999 * stride, length: 16, type: 'money', modifiers: [] });
  assert.ok(ms < 2000, `took ${ms} ms`);
});

test('a token crossing a line break is split per line', () => {
  const text = 'A: RMB207\n1,000,000 more';
  const d = TextDocument.create('file:///x', 'earnings-transcript', 1, text);
  const analysis = { ...makeAnalysis(), turns: [], entities: [{ kind: 'money' as const, start: 3, end: 19, text: 'RMB207\n1,000,000', value: '207000000', currency: 'CNY' }] };
  assert.deepEqual(decodeSemanticTokens(encodeTokens(collectTokens(analysis), d).data, legend), [
    { line: 0, character: 3, length: 6, type: 'money', modifiers: [] },
    { line: 1, character: 0, length: 9, type: 'money', modifiers: [] },
  ]);
});

test('inlay hints after repaired or malformed figures only, with the normalised value', () => {
  const analysis = makeAnalysis();
  analysis.entities[3].malformed = { reason: 'two decimal points' };
  const hints = buildInlayHints(analysis.entities, doc, 0, TEXT.length);
  assert.deepEqual(
    hints.map((h) => ({ position: h.position, label: h.label, tooltip: h.tooltip })),
    [
      {
        position: doc.positionAt(spanOf('RMB207 1,000,000').end),
        label: '= CNY 207,000,000',
        tooltip: { kind: 'markdown', value: '*Read as*: RMB207 followed by a stray 1,000,000 multiplier' },
      },
      { position: doc.positionAt(spanOf('RMB206.8 million').end), label: '= CNY 206,800,000?', tooltip: { kind: 'markdown', value: '*Malformed*: two decimal points' } },
    ],
  );
  assert.deepEqual(buildInlayHints(analysis.entities, doc, 0, spanOf('Operator').start), [hints[0]]);
});
