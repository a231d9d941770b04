// The recogniser reads every input in linear time: inputs built to make a backtracking matcher explode finish fast,
// and doubling the input roughly doubles the work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../../server/src/core/entities';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';

const context = { turns: [], speakers: [], settings: DEFAULT_SETTINGS };

const ADVERSARIAL: Array<[string, (n: number) => string]> = [
  ['one long digit run', (n) => '9'.repeat(n)],
  ['comma groups without end', (n) => '1,000'.repeat(n / 5)],
  ['dots without end', (n) => '1.'.repeat(n / 2)],
  ['spelled numbers without unit', (n) => 'one hundred and '.repeat(n / 16)],
  ['years said as words', (n) => 'twenty twenty '.repeat(n / 14)],
  ['currency signs', (n) => '$'.repeat(n)],
  ['numbers separated by spaces', (n) => '1 '.repeat(n / 2)],
  ['qualifiers without figures', (n) => 'more than about approximately '.repeat(n / 30)],
  ['a figure every few characters', (n) => '$1.5 million to 2% '.repeat(n / 19)],
];

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

test('adversarial inputs of 200 KB finish quickly', () => {
  for (const [name, make] of ADVERSARIAL) {
    const text = make(200_000);
    const ms = time(() => extractEntities(text, context));
    // A backtracking blow-up would take minutes; the bound is loose for shared, busy machines.
    assert.ok(ms < 5000, `${name}: ${ms.toFixed(0)} ms`);
  }
});

test('work grows linearly with the input', () => {
  const make = (n: number) => 'Revenue was RMB206.8 million, up 2 102 percent from RMB18 35,400,000 in Q2 2023. '.repeat(n / 84);
  const small = make(100_000);
  const large = make(400_000);
  extractEntities(small, context); // warm up
  const a = Math.min(time(() => extractEntities(small, context)), time(() => extractEntities(small, context)));
  const b = Math.min(time(() => extractEntities(large, context)), time(() => extractEntities(large, context)));
  // 4x the text: linear is ~4x; quadratic would be ~16x.
  assert.ok(b / a < 10, `100 KB ${a.toFixed(0)} ms, 400 KB ${b.toFixed(0)} ms`);
});
