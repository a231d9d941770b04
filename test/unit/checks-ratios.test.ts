import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { runChecks } from '../../server/src/core/checks';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import type { Entity } from '../../server/src/core/types';
import { entitiesOf, summary } from './checksHelper';

/** Entities of authored sentences; a money figure followed by "per" is a per-share figure. */
function entities(text: string): Entity[] {
  return entitiesOf(text).map((e) => (e.kind === 'money' && /^\s*per\b/.test(text.slice(e.end)) ? { ...e, perShare: true } : e));
}

function check(text: string) {
  const findings = runChecks({ text, entities: entities(text), turns: [], settings: DEFAULT_SETTINGS });
  return { findings, list: summary(text, findings) };
}

const TOTAL = 'Total revenues were $400.0 million. ';

test('share of total revenue: both sides of the rounding boundary', () => {
  // 50.0 / 400.0 stands for [49.95 / 400.05, 50.05 / 399.95] = [12.4859%, 12.5141%].
  assert.deepEqual(check(`${TOTAL}Cloud revenue was $50.0 million, 12.5% of total revenues.`).list, []);
  // 12.49% reaches down to 12.485, under 12.4859: consistent. 12.48% ends at 12.485: off by 0.0009 points.
  assert.deepEqual(check(`${TOTAL}Cloud revenue was $50.0 million, 12.49% of total revenues.`).list, []);
  const text = `${TOTAL}Cloud revenue was $50.0 million, 12.48% of total revenues.`;
  const { findings, list } = check(text);
  assert.deepEqual(list, ['margin-mismatch: 12.48%']);
  assert.equal(findings[0].message, 'Share 12.48% does not match $50.0 million over total revenue $400.0 million, which is [12.48, 12.52]% (off by at least 0.00 points).');
  assert.deepEqual(findings[0].related.map((r) => text.slice(r.start, r.end)), ['$50.0 million', '$400.0 million']);
  assert.deepEqual(check(`${TOTAL}Cloud revenue was $50.0 million, or 12.6% of our total revenue.`).list, ['margin-mismatch: 12.6%']);
  // An expense as a share of revenue is the same arithmetic.
  assert.deepEqual(check(`${TOTAL}R&D expenses were $50.0 million, representing 12.4% of total revenues.`).list, ['margin-mismatch: 12.4%']);
});

test('share of total revenue: the example of the brief, on RMB figures', () => {
  const call = 'Total revenues were RMB1,835.4 million. Enterprise cloud revenue was RMB675.2 million, 36.8% of total revenues.';
  // 675.2 / 1,835.4 lies in [36.784%, 36.791%].
  assert.deepEqual(check(call).list, []);
  assert.deepEqual(check(call.replace('36.8%', '36.7%')).list, ['margin-mismatch: 36.7%']);
  assert.deepEqual(check(call.replace('36.8%', '36.9%')).list, ['margin-mismatch: 36.9%']);
});

test('share of total revenue: not checked when the base is in doubt', () => {
  // "of revenue" without "total": may be the segment's own revenue.
  assert.deepEqual(check(`${TOTAL}Cloud revenue was $50.0 million, 20.0% of revenue.`).list, []);
  // Two total revenues that disagree (the restated-figure rule speaks of those, not this one).
  const twice = `${TOTAL}Cloud revenue was $50.0 million, 20.0% of total revenues. Total revenues were $250.0 million.`;
  assert.deepEqual(summary(twice, check(twice).findings.filter((f) => f.message.startsWith('Share'))), []);
  // A figure between the part and the percent, a growth rate, guidance, another currency.
  assert.deepEqual(check(`${TOTAL}Cloud revenue was $50.0 million, up 20.0% year over year.`).list, []);
  assert.deepEqual(check(`${TOTAL}We expect cloud revenue of $50.0 million, 20.0% of total revenues.`).list, []);
  assert.deepEqual(check(`${TOTAL}Cloud revenue was RMB50.0 million, 20.0% of total revenues.`).list, []);
  // "of total revenue growth" is not a share of revenue.
  assert.deepEqual(check(`${TOTAL}Cloud revenue was $50.0 million, 20.0% of total revenue growth.`).list, []);
  // No total revenue stated at all.
  assert.deepEqual(check('Cloud revenue was $50.0 million, 20.0% of total revenues.').list, []);
});

test('EPS: net income over diluted shares, both sides of the rounding boundary', () => {
  // 42.0 / 100.2 lies in [0.41845, 0.41987]: $0.42 agrees, $0.41 and $0.43 do not.
  const shares = ' Weighted average diluted shares outstanding were 100.2 million.';
  assert.deepEqual(check(`Net income was $42.0 million, or $0.42 per diluted share.${shares}`).list, []);
  const text = `Net income was $42.0 million, or $0.41 per diluted share.${shares}`;
  const { findings, list } = check(text);
  assert.deepEqual(list, ['margin-mismatch: $0.41']);
  assert.equal(findings[0].message, '$0.41 per diluted share does not match $42.0 million over 100.2 million diluted shares, which is [0.4184, 0.4199] (off by at least 0.0034).');
  assert.deepEqual(findings[0].related.map((r) => text.slice(r.start, r.end)), ['$42.0 million', 'Weighted average diluted shares outstanding were 100.2 million']);
  assert.deepEqual(check(`Net income was $42.0 million, or $0.43 per diluted share.${shares}`).list, ['margin-mismatch: $0.43']);
  // 41.56 / 100.0 lies in [0.415342, 0.415858]: $0.42 ([0.415, 0.425]) agrees; $0.41 ends at 0.415, short by 0.0003.
  const tight = ' We had 100.0 million diluted shares.';
  assert.deepEqual(check(`Net income was $41.56 million, or $0.42 per diluted share.${tight}`).list, []);
  assert.deepEqual(check(`Net income was $41.56 million, or $0.41 per diluted share.${tight}`).list, ['margin-mismatch: $0.41']);
});

test('EPS: a net loss with a positive loss per share; basic shares for basic EPS', () => {
  const text = 'Net loss was negative $5.0 million, or $0.05 per basic share. Basic shares outstanding were 100.0 million.';
  assert.deepEqual(check(text).list, []);
  assert.deepEqual(check(text.replace('$0.05', '$0.06')).list, ['margin-mismatch: $0.06']);
});

test('EPS: not checked when the share count is in doubt', () => {
  // "per share" names neither diluted nor basic shares.
  assert.deepEqual(check('Net income was $42.0 million, or $0.50 per share. We had 100.2 million diluted shares.').list, []);
  // Basic EPS against diluted shares only.
  assert.deepEqual(check('Net income was $42.0 million, or $0.50 per basic share. We had 100.2 million diluted shares.').list, []);
  // Two diluted counts that disagree.
  assert.deepEqual(check('Net income was $42.0 million, or $0.50 per diluted share. We had 100.2 million diluted shares. Diluted shares were 80.0 million.').list, []);
  // A count of last year, a planned count, a repurchase: not this period's count.
  assert.deepEqual(check('Net income was $42.0 million, or $0.50 per diluted share. Last year we had 100.2 million diluted shares.').list, []);
  assert.deepEqual(check('Net income was $42.0 million, or $0.50 per diluted share. We expect 100.2 million diluted shares.').list, []);
  assert.deepEqual(check('Net income was $42.0 million, or $0.50 per diluted share. We repurchased 100.2 million diluted shares.').list, []);
  // A count the guidance rests on, in a sentence with a decimal point before it ("23.5%" ends no sentence).
  assert.deepEqual(
    check('Net income was $42.0 million, or $0.50 per diluted share. This guidance reflects a tax rate of 23.5% and is based on 100.2 million diluted weighted average shares outstanding.').list,
    [],
  );
  // Adjusted net income rests on adjusted shares.
  assert.deepEqual(check('Adjusted net income was $42.0 million, or $0.50 per diluted share. We had 100.2 million diluted shares.').list, []);
  // Guidance for net income; an income that is not net income.
  assert.deepEqual(check('We expect net income of $42.0 million, or $0.50 per diluted share. We had 100.2 million diluted shares.').list, []);
  assert.deepEqual(check('Operating income was $42.0 million, or $0.50 per diluted share. We had 100.2 million diluted shares.').list, []);
});

test('through the whole analysis: share of revenue and EPS read from a call', () => {
  const call = `Operator: Good day.
Jane Doe -- Chief Financial Officer: Thank you. Total revenues were RMB1,835.4 million this quarter. Enterprise cloud revenue was RMB675.2 million, 36.8% of total revenues. Net income was $42.0 million, or $0.42 per diluted share. We had 100.2 million diluted shares.
`;
  const ratios = (text: string) => summary(text, analyze(text).findings.filter((f) => f.code === 'margin-mismatch'));
  assert.deepEqual(ratios(call), []);
  assert.deepEqual(ratios(call.replace('36.8%', '38.6%').replace('$0.42', '$0.44')), ['margin-mismatch: 38.6%', 'margin-mismatch: $0.44']);
});

test('EPS: the share count must be stated in the same turn', () => {
  const call = `Operator: Good day.
Jane Doe -- Chief Financial Officer: Net income was $42.0 million, or $0.50 per diluted share.
John Roe -- Analyst: On 100.2 million diluted shares, is that right?
`;
  assert.deepEqual(summary(call, analyze(call).findings.filter((f) => f.code === 'margin-mismatch')), []);
  const same = call.replace('per diluted share.', 'per diluted share, on 100.2 million diluted shares.');
  assert.deepEqual(summary(same, analyze(same).findings.filter((f) => f.code === 'margin-mismatch')), ['margin-mismatch: $0.50']);
});
