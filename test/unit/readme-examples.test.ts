// The examples the README gives for each check, so the README stays true.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/core';

const call = (...lines: string[]) => [...lines.map((l) => `Jane Doe: ${l}`), 'Operator: Thank you.'].join('\n');
const flagged = (text: string) => analyze(text).findings.filter((f) => f.code !== 'doubtful-attribution').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);

const examples: [string, string, string[]][] = [
  ['restated figure', call('Free cash flow was $46 million.', 'To sum up, free cash flow was $40 million this quarter.'), ['restated-figure: $40 million']],
  ['restated figure, rounding', call('Total revenues were RMB1,835.4 million this quarter.', 'To sum up, total revenues were RMB1.84 billion this quarter.'), []],
  ['growth', call('Revenue was $412.5 million, up 12.0% from $380.6 million in the same quarter last year.'), ['growth-mismatch: 12.0%']],
  ['growth, rounding', call('Revenue was $412.5 million, up 8.4% from $380.6 million in the same quarter last year.'), []],
  ['growth after both values', call('Revenue went from $180 million to $230 million, an increase of 15%.'), ['growth-mismatch: 15%']],
  ['margin', call('Total revenue was RMB1,835.4 million. Gross profit was RMB206.8 million, representing a gross margin of 11.2%.'), ['margin-mismatch: 11.2%']],
  ['margin, rounding', call('Total revenue was RMB1,835.4 million. Gross profit was RMB206.8 million, representing a gross margin of 11.3%.'), []],
  ['multiple in words', call('Adjusted EBITDA more than tripled to $30 million from $12 million.'), ['margin-mismatch: more than tripled']],
  ['multiple in words, open above', call('Adjusted EBITDA more than doubled to $30 million from $12 million.'), []],
  ['share of net sales', call('Net sales for the fourth quarter were $200.0 million. Gross profit was $31.0 million, or 17.5% of net sales.'), ['margin-mismatch: 17.5%']],
  ['point change', call('Adjusted EBITDA margin was negative 3.3%, an improvement of 5.5 percentage points from negative 8.6% in the same quarter last year.'), ['point-change-mismatch: 5.5 percentage points']],
  ['point change, rounding', call('Adjusted EBITDA margin was negative 3.3%, an improvement of 5.3 percentage points from negative 8.6% in the same quarter last year.'), []],
  ['parts and total', call('Total operating expenses were $595.8 million, of which selling and marketing expenses were $1,004.2 million.'), ['parts-total-mismatch: $1,004.2 million']],
  ['beat / miss', 'Actual EPS-$0.30Consensus EPS -$0.25Beat/MissMissed by -$0.15', ['beat-miss-mismatch: -$0.15']],
  ['beat / miss, consistent', 'Actual EPS-$0.30Consensus EPS -$0.25Beat/MissMissed by -$0.05', []],
  ['malformed figure', call('Gross profit was RMB200.6.8 1,000,000 this quarter.'), ['malformed-figure: RMB200.6.8 1,000,000']],
];

for (const [name, text, expected] of examples) {
  test(`README example: ${name}`, () => assert.deepEqual(flagged(text), expected));
}

test('README examples of readings', () => {
  const value = (text: string) => {
    const e = analyze(call(text)).entities.find((x) => x.kind === 'money' || x.kind === 'percent')!;
    return [e.kind, e.currency, e.value, e.high];
  };
  assert.deepEqual(value('Gross profit reached RMB207 1,000,000 this quarter.'), ['money', 'CNY', '207000000', undefined]);
  assert.deepEqual(value('Revenue was RMB18 35,400,000 this quarter.'), ['money', 'CNY', '1835400000', undefined]);
  assert.deepEqual(value('The margin was negative 3.3% this quarter.'), ['percent', undefined, '-3.3', undefined]);
  assert.deepEqual(value('We booked an impairment (EUR 3.2m) this quarter.'), ['money', 'EUR', '-3200000', undefined]);
  assert.deepEqual(value('The dividend is two point one five euros per share.'), ['money', 'EUR', '2.15', undefined]);
  assert.deepEqual(value('We expect revenue of $1.62 billion to $1.64 billion.'), ['money', 'USD', '1620000000', '1640000000']);
});
