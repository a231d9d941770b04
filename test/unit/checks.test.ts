import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../server/src/core/checks';
import { escapeMarkdown } from '../../server/src/core/checks/escape';
import { normalisedText } from '../../server/src/core/checks/malformed';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import type { Entity } from '../../server/src/core/types';
import { entitiesOf, summary } from './checksHelper';

function check(text: string, tolerance = 0, entities: Entity[] = entitiesOf(text)) {
  const findings = runChecks({ text, entities, turns: [], settings: { ...DEFAULT_SETTINGS, tolerance } });
  return { findings, list: summary(text, findings) };
}

test('growth: both sides of the rounding boundary', () => {
  // 1159.5 / 1289.1 − 1 lies in [−10.061%, −10.046%]: reaches the 10.1% interval [10.05, 10.15].
  assert.deepEqual(check('Revenue was $1,159.5 million, a decrease of 10.1% from $1,289.1 million.').list, []);
  // 10.2% stands for [10.15, 10.25]: no overlap.
  assert.deepEqual(check('Revenue was $1,159.5 million, a decrease of 10.2% from $1,289.1 million.').list, ['growth-mismatch: 10.2%']);
  assert.deepEqual(check('Revenue rose 8.4% from $380.6 million to $412.5 million.').list, []);
  assert.deepEqual(check('Revenue rose 8.5% from $380.6 million to $412.5 million.').list, ['growth-mismatch: 8.5%']);
  // The direction word matters: the same figures stated as a decline contradict.
  assert.deepEqual(check('Revenue fell 8.4% from $380.6 million to $412.5 million.').list, ['growth-mismatch: 8.4%']);
});

test('growth: approximately and tolerance widen; a hedge-free 15% on +14.2% is flagged', () => {
  assert.deepEqual(check('Revenue was $114.2 million, up 15% from $100.0 million.').list, ['growth-mismatch: 15%']);
  assert.deepEqual(check('Revenue was $114.2 million, up approximately 15% from $100.0 million.').list, []);
  assert.deepEqual(check('Revenue was $114.2 million, up 15% from $100.0 million.', 0.05).list, []);
});

test('growth: a prior implied by "up 12% year over year to X" against the prior stated elsewhere', () => {
  const text = 'Net income was $40.0 million in the same quarter last year. Net income increased 12% year over year to $50.0 million.';
  const { findings, list } = check(text);
  assert.deepEqual(list, ['growth-mismatch: 12%']);
  assert.equal(findings[0].message, '12% to $50.0 million implies a prior-year value of 44400000 to 44887893, but $40.0 million is stated.');
  assert.deepEqual(check('Net income was $44.6 million in the same quarter last year. Net income increased 12% year over year to $50.0 million.').list, []);
});

test('margin: 11.3% agrees with 206.8 / 1,835.4; 11.2% does not', () => {
  const ok = 'Total revenue was $1,835.4 million. Gross profit was $206.8 million, representing a gross margin of 11.3%.';
  assert.deepEqual(check(ok).list, []);
  const bad = ok.replace('11.3%', '11.2%');
  const { findings, list } = check(bad);
  assert.deepEqual(list, ['margin-mismatch: 11.2%']);
  assert.equal(findings[0].message, 'Margin 11.2% does not match $206.8 million over $1,835.4 million, which is [11.26, 11.28]% (off by at least 0.01 points).');
  assert.deepEqual(findings[0].related.map((r) => bad.slice(r.start, r.end)), ['$206.8 million', '$1,835.4 million']);
});

test('margin by segment: scope must match ("of public cloud services")', () => {
  const text =
    'Revenue from public cloud services was $1,159.5 million. Gross profit of public cloud services was $59.7 million. Gross margin of public cloud services was 5.2%.';
  // 59.7 / 1159.5 = 5.149%, inside the upper reach [5.144, 5.153] of 5.2% → consistent.
  assert.deepEqual(check(text).list, []);
  assert.deepEqual(check(text.replace('5.2%', '5.3%')).list, ['margin-mismatch: 5.3%']);
});

test('point change: -8.6% to -3.3% is 5.3 points; 5.5 is not', () => {
  const text = 'EBITDA margin was negative 3.3%, an improvement of 5.3 percentage points compared with negative 8.6%.';
  assert.deepEqual(check(text).list, []);
  const { findings, list } = check(text.replace('5.3 percentage', '5.5 percentage'));
  assert.deepEqual(list, ['point-change-mismatch: 5.5 percentage points']);
  assert.equal(findings[0].message, 'Change of 5.5 percentage points does not match negative 8.6% → negative 3.3%, a move of [5.20, 5.40] points (off by at least 0.05 points).');
  assert.deepEqual(check('Net margin was 4.0%, up 90 basis points from 3.0%.').list, []);
  assert.deepEqual(check('Net margin was 4.0%, up 80 basis points from 3.0%.').list, ['point-change-mismatch: 80 basis points']);
});

test('restated: $1.84 billion agrees with $1,835.4 million; $46 vs $40 million does not and flags the later one', () => {
  assert.deepEqual(check('Total revenue was $1.84 billion. Total revenue was $1,835.4 million.').list, []);
  const text = 'Free cash flow was $46 million. Free cash flow was $40 million.';
  const { findings, list } = check(text);
  assert.deepEqual(list, ['restated-figure: $40 million']);
  assert.equal(findings[0].message, '$40 million contradicts $46 million stated earlier for the same free cash flow (current period); they differ by at least 5000000.');
  // Different periods are not a restatement.
  assert.deepEqual(check('Free cash flow was $46 million. Free cash flow was $40 million last quarter.').list, []);
  // "respectively" lists two metrics: no key, no check.
  assert.deepEqual(check('Fulfillment costs and other costs were $71.7 million and $41.3 million respectively.').list, []);
});

test('parts and total: one part larger than its whole; parts within the total pass', () => {
  const ok = 'Operating expenses were $538.1 million, of which R and D expenses were $182.3 million. Selling expenses were $128.3 million. G and A expenses were $227.5 million.';
  assert.deepEqual(check(ok).list, []);
  const bad = ok.replace('$128.3 million', '$1,004.2 million');
  const { findings, list } = check(bad);
  assert.deepEqual(list, ['parts-total-mismatch: $1,004.2 million']);
  assert.equal(findings[0].message, '$1,004.2 million (selling expense) is larger than its total $538.1 million (operating expense) for the same period, by at least 466000000.');
});

test('beat/miss: actual minus consensus against the stated difference', () => {
  assert.deepEqual(check('Actual EPS-$0.30Consensus EPS -$0.25Beat/MissMissed by -$0.05', 0, []).list, []);
  assert.deepEqual(check('Actual Revenue$253.11 millionExpected Revenue$270.84 millionBeat/MissMissed by -$17.73 million', 0, []).list, []);
  const text = 'Actual EPS-$0.30Consensus EPS -$0.25Beat/MissMissed by -$0.15';
  const { findings, list } = check(text, 0, []);
  assert.deepEqual(list, ['beat-miss-mismatch: -$0.15']);
  assert.equal(findings[0].message, '"Missed by -$0.15" does not match actual EPS -$0.30 minus consensus -$0.25 = [-0.0600, -0.0400] (off by at least 0.085).');
  assert.deepEqual(check('Actual EPS $0.30 Consensus EPS $0.25 Beat/Miss Missed by $0.05', 0, []).list, ['beat-miss-mismatch: $0.05']);
});

test('price quote: +0.23% agrees with +0.03 on $11.03; +0.46% with +0.05 on $10.98; +0.60% does not', () => {
  assert.deepEqual(check('$11.06 +0.03 (+0.23%) As of', 0, []).list, []);
  assert.deepEqual(check('$11.03 +0.05 (+0.46%) Closing price', 0, []).list, []);
  assert.deepEqual(check('$11.03 +0.05 (+0.60%) Closing price', 0, []).list, ['growth-mismatch: +0.60%']);
});

test('malformed: info with the most likely reading as the replacement', () => {
  const text = 'Gross profit was RMB200.6.8 1,000,000 this quarter.';
  const e: Entity = { kind: 'money', start: 17, end: 37, text: 'RMB200.6.8 1,000,000', value: '206800000', resolution: '100000', currency: 'CNY', malformed: { reason: 'two decimal points' } };
  const { findings, list } = check(text, 0, [e]);
  assert.deepEqual(list, ['malformed-figure: RMB200.6.8 1,000,000']);
  assert.equal(findings[0].severity, 'info');
  assert.equal(findings[0].replacement, 'RMB206.8 million');
  assert.equal(findings[0].message, 'Garbled figure "RMB200.6.8 1,000,000" (two decimal points); most likely RMB206.8 million.');
  assert.equal(normalisedText({ ...e, value: '1835400000' }), 'RMB1,835.4 million');
  assert.equal(normalisedText({ kind: 'percent', start: 0, end: 1, text: '', value: '102', resolution: '1' }), '102%');
});

test('markdown in hovers is escaped', () => {
  assert.equal(escapeMarkdown('*$1.5* [x]_y'), '\\*\\$1\\.5\\* \\[x\\]\\_y');
});

test('multiple: "more than 3 times the amount for the same quarter last year" against both amounts', () => {
  const text = 'Gross profit was $50.0 million in the same quarter last year. Gross profit reached $207 million, more than 3 times the amount for the same quarter last year.';
  // 207 / 50 = 4.14 is more than 3 times: consistent.
  assert.deepEqual(check(text).list, []);
  // 207 / 90 = 2.3: not "more than 3" even with the 3 read as [2.5, ∞).
  const bad = text.replace('$50.0 million', '$90.0 million');
  const { findings, list } = check(bad);
  assert.deepEqual(list, ['margin-mismatch: 3 times']);
  assert.equal(findings[0].message, '3 times does not match $207 million over $90.0 million, a ratio of [2.29, 2.31] (off by at least 0.19).');
  assert.deepEqual(findings[0].related.map((r) => bad.slice(r.start, r.end)), ['$207 million', '$90.0 million']);
});

test('checks attribution: "to" is not the start of "total", so a total revenue is not the earlier value of the figure before it', async () => {
  const { analyze } = await import('../../server/src/core');
  const { attribute } = await import('../../server/src/core/checks/attribution');
  const text = 'Jane Doe: Adjusted EBITDA was $96 million, or a 28% margin on our total revenue of $402 million.\nOperator: Thank you.\n';
  const a = analyze(text);
  const revenue = attribute(text, a.entities, a.turns).find((f) => f.entity.text === '$402 million');
  assert.deepEqual([revenue?.metric, revenue?.period], ['margin on revenue', 'current']);
});
