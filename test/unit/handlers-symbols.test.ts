import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver';
import { buildDocumentSymbols } from '../../server/src/handlers/documentSymbols';
import { buildFoldingRanges } from '../../server/src/handlers/foldingRanges';
import { makeAnalysis, TEXT } from './handlersFixture';

const doc = TextDocument.create('file:///call.transcript', 'earnings-transcript', 1, TEXT);

interface Outline {
  name: string;
  kind: number;
  lines: [number, number];
  children?: Outline[];
}
const outline = (s: DocumentSymbol): Outline => ({
  name: s.name,
  kind: s.kind,
  lines: [s.range.start.line, s.range.end.line],
  ...(s.children?.length ? { children: s.children.map(outline) } : {}),
});

test('outline: prepared remarks with turns, Q&A with one node per analyst holding questions and answers', () => {
  const symbols = buildDocumentSymbols(makeAnalysis(), doc);
  assert.deepEqual(symbols.map(outline), [
    { name: 'Prepared Remarks', kind: 3, lines: [0, 2], children: [{ name: 'Henry He — Chief Financial Officer', kind: 12, lines: [1, 2] }] },
    {
      name: 'Questions and Answers',
      kind: 3,
      lines: [2, 5],
      children: [
        {
          name: 'Ann Lee (UBS)',
          kind: 5,
          lines: [2, 5],
          children: [
            { name: 'What about margins?', kind: 24, lines: [3, 3] },
            { name: 'And cash?', kind: 24, lines: [3, 3] },
            { name: 'Answer — Henry He, Chief Financial Officer', kind: 11, lines: [4, 5] },
          ],
        },
      ],
    },
  ]);
  const exchange = symbols[1].children![0];
  assert.deepEqual(exchange.selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 7 } });
  assert.deepEqual(symbols[0].selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } });
});

test('outline ranges stay inside the document and contain their selection, even for spans past the end', () => {
  const analysis = makeAnalysis();
  analysis.sections[1].end = TEXT.length + 500;
  analysis.exchanges[0].questions[1].end = TEXT.length + 50;
  const end = doc.positionAt(TEXT.length);
  const check = (s: DocumentSymbol) => {
    for (const p of [s.range.start, s.range.end, s.selectionRange.start, s.selectionRange.end]) assert.ok(doc.offsetAt(p) <= TEXT.length && p.line <= end.line);
    assert.ok(doc.offsetAt(s.selectionRange.start) >= doc.offsetAt(s.range.start) && doc.offsetAt(s.selectionRange.end) <= doc.offsetAt(s.range.end));
    s.children?.forEach(check);
  };
  buildDocumentSymbols(analysis, doc).forEach(check);
});

test('without sections the turns are the outline; empty labels still get a name', () => {
  const analysis = makeAnalysis();
  analysis.sections = [];
  analysis.turns[1].label = '  ';
  assert.deepEqual(
    buildDocumentSymbols(analysis, doc).map((s) => s.name),
    ['Henry He — Chief Financial Officer', 'Turn', 'Ann Lee', 'Henry He — Chief Financial Officer'],
  );
});

test('folding: sections and multi-line turns, by line; none on a single line', () => {
  assert.deepEqual(buildFoldingRanges(makeAnalysis(), doc), [
    { startLine: 0, endLine: 1, kind: 'region' },
    { startLine: 2, endLine: 4, kind: 'region' },
  ]);
  const oneLine = TextDocument.create('file:///one.transcript', 'earnings-transcript', 1, TEXT.replace(/\n/g, ' '));
  assert.deepEqual(buildFoldingRanges(makeAnalysis(), oneLine), []);
});

test('outline: consecutive paragraphs of one speaker on a flat page are one node spanning them', async () => {
  const { analyze } = await import('../../server/src/core');
  const text =
    'Operator00:00:00Welcome to the call. I would now like to hand the conference over to your speaker today, Ann Lee, Head of Investor Relations. ' +
    'Speaker 100:00:10Thank you. I will now hand the call over to our CFO, Bo. Speaker 200:00:30Revenue rose. Speaker 200:01:30Costs fell. Speaker 200:02:30That is all. ' +
    'Operator00:03:00Our first question comes from the line of Cy Doe from UBS. Please go ahead. Speaker 300:03:10What about pricing? ' +
    'Speaker 200:03:30Stable. Speaker 200:04:00And rising next year.';
  const symbols = buildDocumentSymbols(analyze(text), TextDocument.create('file:///flat.transcript', 'earnings-transcript', 1, text));
  const prepared = symbols.find((s) => s.name === 'Prepared Remarks')!;
  assert.deepEqual(prepared.children!.map((c) => [c.name, c.detail]), [
    ['Operator', '00:00:00'],
    ['Speaker 1 — Ann Lee, Head of Investor Relations', '00:00:10'],
    ['Speaker 2 — Bo, CFO', '00:00:30–00:02:30'],
  ]);
  const merged = prepared.children![2];
  assert.equal(merged.range.start.character, text.indexOf('Speaker 200:00:30'));
  assert.equal(merged.range.end.character, text.indexOf('That is all.') + 'That is all.'.length);
  const qa = symbols.find((s) => s.name === 'Questions and Answers')!;
  assert.deepEqual(qa.children!.map((c) => [c.name, c.children!.map((g) => [g.name, g.detail])]), [
    ['Cy Doe (UBS)', [['What about pricing?', undefined], ['Answer — Bo, CFO', '00:03:30–00:04:00']]],
  ]);
});
