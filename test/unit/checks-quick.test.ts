import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { div, overlaps } from '../../server/src/core/interval';
import { intervalOf } from '../../server/src/core/checks/figure';
import { quickDiv, quickInterval, surelyOverlap } from '../../server/src/core/checks/quick';
import { lastWords } from '../../server/src/core/checks/attribution';
import type { Entity, Qualifier } from '../../server/src/core/types';

// A stated figure: digits with 0-3 decimals, scaled by 10^0..10^9, the resolution of its last digit.
const figure = fc
  .record({
    digits: fc.integer({ min: 0, max: 999_999 }),
    decimals: fc.integer({ min: 0, max: 3 }),
    power: fc.constantFrom(0, 3, 6, 9),
    negative: fc.boolean(),
    qualifier: fc.constantFrom<Qualifier | undefined>(undefined, undefined, 'approximately', 'more-than', 'up-to'),
  })
  .map(({ digits, decimals, power, negative, qualifier }): Entity => {
    const shift = power - decimals;
    const scaled = shift >= 0 ? `${digits}${'0'.repeat(shift)}` : (digits / 10 ** -shift).toFixed(-shift);
    const value = `${negative && digits > 0 ? '-' : ''}${scaled}`.replace(/^(-?)0+(?=\d)/, '$1');
    const resolution = shift >= 0 ? `1${'0'.repeat(shift)}` : (10 ** shift).toFixed(-shift);
    return { kind: 'money', start: 0, end: 1, text: value, value, resolution, ...(qualifier ? { qualifier } : {}) };
  });

test('quick reading: "surely overlap" is never said of intervals that do not overlap exactly', () => {
  fc.assert(
    fc.property(figure, figure, fc.constantFrom(0, 0.01), (a, b, tolerance) => {
      const qa = quickInterval(a, tolerance)!;
      const qb = quickInterval(b, tolerance)!;
      if (surelyOverlap(qa, qb)) assert.ok(overlaps(intervalOf(a, tolerance)!, intervalOf(b, tolerance)!));
    }),
    { numRuns: 5000 },
  );
});

test('quick reading: ratios agree with the exact quotient whenever overlap is claimed', () => {
  fc.assert(
    fc.property(figure, figure, figure, (a, b, c) => {
      const q = quickDiv(quickInterval(a, 0)!, quickInterval(b, 0)!);
      if (q && surelyOverlap(q, quickInterval(c, 0)!)) {
        const exact = div(intervalOf(a, 0)!, intervalOf(b, 0)!);
        assert.ok(exact && overlaps(exact, intervalOf(c, 0)!));
      }
    }),
    { numRuns: 5000 },
  );
});

test('quick reading: the boundary itself is left to the exact check', () => {
  // 11.3% of 1,835.4 is 207.4002; 206.8 / 1,835.4 = 0.11267..., inside [0.1125, 0.1135] by 0.0002: clearly agrees.
  const at = (value: string, resolution: string): Entity => ({ kind: 'percent', start: 0, end: 1, text: value, value, resolution });
  // [1.05, 1.15] and [1.15, 1.25] touch at 1.15: they overlap exactly, but not "surely".
  assert.equal(surelyOverlap(quickInterval(at('1.1', '0.1'), 0)!, quickInterval(at('1.2', '0.1'), 0)!), false);
  assert.equal(overlaps(intervalOf(at('1.1', '0.1'), 0)!, intervalOf(at('1.2', '0.1'), 0)!), true);
  assert.equal(surelyOverlap(quickInterval(at('1.1', '0.1'), 0)!, quickInterval(at('1.14', '0.01'), 0)!), true);
  assert.equal(quickInterval({ ...at('1.1', '0.1'), resolution: undefined }, 0), undefined);
});

test('lastWords keeps the last words and what follows them, starting after white space', () => {
  assert.equal(lastWords('revenue was up from the same quarter of ', 2), 'quarter of ');
  assert.equal(lastWords('a decrease of  ', 8), 'a decrease of  ');
  assert.equal(lastWords('x-from  the ', 1), 'the ');
  assert.equal(lastWords('x-from  the ', 2), 'x-from  the ');
  assert.equal(lastWords('', 3), '');
});
