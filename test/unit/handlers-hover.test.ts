import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAnalysisIndex } from '../../server/src/analysisIndex';
import { buildHover } from '../../server/src/handlers/hover';
import { makeAnalysis, spanOf } from './handlersFixture';

const analysis = makeAnalysis();
const index = buildAnalysisIndex(analysis);

test('hover on a repaired figure: canonical value first, compact reading, metric, period, speaker, note, finding, other mentions', () => {
  const span = spanOf('RMB207 1,000,000');
  const hover = buildHover(analysis, index, span.start + 2);
  assert.deepEqual(hover, {
    markdown: [
      '**CNY 207,000,000**',
      'RMB 207\\.0 million · Revenue · Q2 2023',
      'Henry He',
      '*Read as*: RMB207 followed by a stray 1,000,000 multiplier',
      '*garbled\\-figure*: Garbled figure, read as RMB207 million\\.',
      'Other mentions of Revenue:\n- CNY 206,800,000 — Henry He',
    ].join('\n\n'),
    ...span,
  });
});

test('hover on a flagged figure shows the finding explanation as given (already escaped by the core)', () => {
  const span = spanOf('RMB206.8 million');
  const hover = buildHover(analysis, index, span.end - 1);
  assert.equal(
    hover?.markdown,
    ['**CNY 206,800,000**', 'RMB 206\\.8 million · Revenue', 'Henry He', 'Revenue was stated as **CNY 207,000,000** before\\.', 'Other mentions of Revenue:\n- CNY 207,000,000 (Q2 2023) — Henry He'].join('\n\n'),
  );
  assert.deepEqual({ start: hover?.start, end: hover?.end }, span);
});

test('hover on a negative percent and on points', () => {
  assert.equal(buildHover(analysis, index, spanOf('negative 3.3%').start)?.markdown, '**-3.3%**\n\nHenry He');
  assert.equal(buildHover(analysis, index, spanOf('5.3 pp').start)?.markdown, '**+5.3 pp**\n\nHenry He');
});

test('hover on a speaker label: who, title, firm, role, turn count and escaped evidence', () => {
  const label = spanOf('Henry He');
  assert.deepEqual(buildHover(analysis, index, label.start + 3), {
    markdown: '**Henry He** · Chief Financial Officer · Kingsoft\\_Cloud · *executive*\n\n2 turns\n\nEvidence:\n- *participant list*: “Henry He \\-\\- CFO \\*\\[link\\]\\(x\\)\\*”',
    ...label,
  });
  const analyst = spanOf('Ann Lee', 1);
  assert.equal(buildHover(analysis, index, analyst.end)?.markdown, '**Ann Lee** · UBS · *analyst*\n\n1 turn\n\nEvidence:\n- *operator introduction*: “Ann Lee from UBS”');
});

test('no hover on plain words, past the end or before the start', () => {
  assert.equal(buildHover(analysis, index, spanOf('Our first').start), null);
  assert.equal(buildHover(analysis, index, analysis.length + 10), null);
  assert.equal(buildHover(analysis, index, -5), null);
});

test('hover on a label whose turn is attributed to an introduced analyst', async () => {
  const { analyze } = await import('../../server/src/core');
  const text = [
    'Operator: Welcome.',
    'Speaker 1: Thank you. I will now hand the call over to our CFO, Ann.',
    'Speaker 2: Revenue rose.',
    'Operator: Our first question comes from the line of Bo Li from UBS. Please go ahead.',
    'Speaker 1: What about pricing?',
  ].join('\n');
  const analysis = analyze(text);
  const offset = text.lastIndexOf('Speaker 1') + 2;
  const hover = buildHover(analysis, buildAnalysisIndex(analysis), offset);
  assert.ok(hover);
  assert.equal(text.slice(hover.start, hover.end), 'Speaker 1');
  assert.equal(
    hover.markdown,
    "**Bo Li** · UBS · *analyst*\n\nAttributed from the operator's introduction: the label Speaker 1.\n\nEvidence:\n- *operator introduction*: “question comes from the line of Bo Li from UBS”",
  );
});

test('other mentions carry their hedge, and their period when it is not the hovered figure\'s', async () => {
  const { analyze } = await import('../../server/src/core');
  const text = 'Jane Doe: Adjusted EBITDA was $30 million, more than 3 times the $9 million in the same quarter last year.\nOperator: Thank you.';
  const analysis = analyze(text);
  const hover = buildHover(analysis, buildAnalysisIndex(analysis), text.indexOf('$30') + 1);
  assert.equal(
    hover?.markdown,
    '**USD 30,000,000**\n\nUSD 30\\.0 million · adjusted ebitda · this quarter\n\nJane Doe\n\nOther mentions of adjusted ebitda:\n- more than 3x — Jane Doe\n- USD 9,000,000 (same quarter last year) — Jane Doe',
  );
});

test('a metric said hundreds of times: the hover lists eight other mentions and counts the rest', async () => {
  const { analyze } = await import('../../server/src/core');
  for (const [n, more] of [
    [100, '… 91 more'],
    [300, '… 291 more mentions'],
  ] as const) {
    const text = `Jane Doe: ${Array.from({ length: n }, (_, i) => `Revenue was $${i + 1} million.`).join(' ')}\nOperator: Thank you.`;
    const analysis = analyze(text);
    const hover = buildHover(analysis, buildAnalysisIndex(analysis), text.indexOf('$1 ') + 1);
    const lines = hover!.markdown.split('Other mentions of revenue:\n')[1].split('\n');
    assert.equal(lines.length, 9, `${n} mentions`);
    assert.equal(lines[0], '- USD 2,000,000 — Jane Doe');
    assert.equal(lines[8], `- ${more}`);
  }
});
