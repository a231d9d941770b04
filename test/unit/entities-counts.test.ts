// Counts as an analyst reads them: the counted noun phrase with modifiers, share counts with their class, totals
// that count what the sentence counted before; and the numbers that must stay labels, ranks, years or basis points.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, entities, only, span } from '../fixtures/entities/helpers';

function count(text: string, phrase: string, value: string, unit: string, extra: Record<string, unknown> = {}): void {
  assert.deepEqual(core(only(text, phrase)), { kind: 'count', ...span(text, phrase), value, unit, resolution: '1', ...extra });
}

/** Non-period entities as [kind, text] pairs, for the cases that must not read as counts. */
function figures(text: string): Array<[string, string]> {
  return entities(text).filter((e) => e.kind !== 'period').map((e) => [e.kind, e.text]);
}

test('modifiers between number and noun: the unit drops only the words that say the count grew', () => {
  const t = 'We added 48 new enterprise customers, bringing the total to 1,250, and our installed base passed 12,000 robots.';
  count(t, '48 new enterprise customers', '48', 'enterprise customers');
  count(t, '12,000 robots', '12000', 'robots');
  count('We signed 30 top-tier hospitals.', '30 top-tier hospitals', '30', 'top-tier hospitals');
  count('We hired about 200 engineers.', 'about 200 engineers', '200', 'engineers', { qualifier: 'approximately' });
  count('We opened 103 net new stores.', '103 net new stores', '103', 'stores');
  count('That gives 175 total units.', '175 total units', '175', 'units');
  count('There are 3 additional data centers.', '3 additional data centers', '3', 'data centers');
});

test('a total with no noun counts what the earlier count of the sentence counts', () => {
  const t = 'We added 48 new enterprise customers, bringing the total to 1,250, and more.';
  count(t, '1,250', '1250', 'enterprise customers');
  count('We opened 12 stores for a total of 340.', '340', '340', 'stores');
  count('We opened 12 stores, bringing total stores to 340 at quarter end.', '340', '340', 'stores');
  count('Last quarter we added 6 new customers, bringing the total to about 90 by June.', 'about 90', '90', 'customers', { qualifier: 'approximately' });
  // No earlier count in the same sentence: nothing to take the unit from.
  assert.deepEqual(figures('We opened 12 stores. That brings the total to 340, as planned.'), [['count', '12 stores']]);
  assert.deepEqual(figures('Revenue grew, bringing the total to 1,250, a record.'), []);
  // A number in between: the total may be of that, so it is left alone.
  assert.deepEqual(figures('We opened 12 stores in 3 weeks, bringing the total to 340, a record.'), [['count', '12 stores']]);
});

test('share counts: full digits, resolution of the stated figure, unit by share class', () => {
  const a = 'Diluted EPS was $0.42 on 100.2 million diluted shares.';
  count(a, '100.2 million diluted shares', '100200000', 'diluted shares', { resolution: '100000' });
  const b = 'Net income was $41 million, or $0.42 per share, on 98.5 million weighted average shares outstanding.';
  count(b, '98.5 million weighted average shares', '98500000', 'shares', { resolution: '100000' });
  count('During the quarter we repurchased 1.2 million shares for $50 million.', '1.2 million shares', '1200000', 'shares', { resolution: '100000' });
  count('EPS was based on 34 million diluted weighted average shares.', '34 million diluted weighted average shares', '34000000', 'diluted shares', { resolution: '1000000' });
  count('Basic EPS used 97,400,000 basic shares.', '97,400,000 basic shares', '97400000', 'basic shares');
  count('We bought back 250,000 common shares.', '250,000 common shares', '250000', 'shares');
  // Money words before the figure do not make a share count an amount.
  const c = 'Diluted earnings per share were calculated on 98.5 million weighted average shares.';
  assert.deepEqual(figures(c), [['count', '98.5 million weighted average shares']]);
});

test('share counts named before the number', () => {
  count('Diluted shares outstanding were 100.2 million.', '100.2 million', '100200000', 'diluted shares', { resolution: '100000' });
  count('Our weighted average diluted share count of 100,200,000.', '100,200,000', '100200000', 'diluted shares');
  // Money words before the share count do not make it an amount.
  count('Earnings per share used a basic share count of 97.4 million in the quarter.', '97.4 million', '97400000', 'basic shares', { resolution: '100000' });
  const t = 'Shares outstanding stood at 98 million, and later came in at about 97.5 million.';
  count(t, '98 million', '98000000', 'shares', { resolution: '1000000' });
  count('Shares outstanding came in at about 97.5 million.', 'about 97.5 million', '97500000', 'shares', { resolution: '100000', qualifier: 'approximately' });
  // Too small for a share count: left unread rather than called one.
  assert.deepEqual(figures('Net income was $41 million and the shares were 12.'), [['money', '$41 million']]);
});

test('per-share metrics are named in full', () => {
  const metric = (text: string, phrase: string, name: string) => {
    const e = only(text, phrase);
    assert.equal(e.perShare, true);
    const start = text.toLowerCase().indexOf(name);
    assert.deepEqual(e.metric, { text: name, start, end: start + name.length });
  };
  metric('Diluted earnings per share were $0.42.', '$0.42', 'diluted earnings per share');
  metric('Earnings per diluted share were $1.08.', '$1.08', 'earnings per diluted share');
  metric('We delivered $0.42 of diluted earnings per share.', '$0.42', 'diluted earnings per share');
  metric('EPS of -$0.30 this quarter.', '-$0.30', 'eps');
  metric('The board declared a dividend of $0.25 per share.', '$0.25', 'dividend');
  metric('Net loss per share was $0.30.', '$0.30', 'net loss per share');
  metric('Book value per share of $25.10.', '$25.10', 'book value per share');
  metric('Adjusted diluted earnings per share of $1.10 beat.', '$1.10', 'adjusted diluted earnings per share');
  // `market share` is no per-share metric.
  const m = only('Market share was 12%.', '12%');
  assert.deepEqual(m.metric, { text: 'market share', start: 0, end: 12 });
});

test('numbers that are not counts', () => {
  assert.deepEqual(figures('In 2023 stores reopened.'), []);
  assert.deepEqual(figures('See Section 21E of the Securities Exchange Act of 1934.'), []);
  assert.deepEqual(figures('Our top 3 customers grew.'), []);
  assert.deepEqual(figures('It was our 2nd year.'), []);
  assert.deepEqual(figures('At 00:12:30 speakers changed.'), []);
  assert.deepEqual(figures('Over 12 months customers grew.'), []);
  assert.deepEqual(figures('We have 11 drilled but uncompleted wells.'), []);
  assert.deepEqual(figures('We sold 3 of our stores.'), []);
  assert.deepEqual(figures('Slide 4 shows results.'), []);
  const bp = 'Margin rose 1,250 basis points.';
  assert.deepEqual(core(only(bp, '1,250 basis points')), { kind: 'basis-points', ...span(bp, '1,250 basis points'), value: '1250', unit: 'bp', resolution: '1' });
  // A scaled number after a money word, with no counted noun, stays money.
  assert.deepEqual(core(only('Revenue of 206.8 million in the quarter.', '206.8 million')).kind, 'money');
});
