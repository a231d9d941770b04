import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, div, formatInterval, gap, overlaps, stated, sub, sum, widen, point, between } from '../../server/src/core/interval';

test('a stated figure stands for value ± resolution/2', () => {
  assert.equal(formatInterval(stated('206.8', '0.1'), 2), '[206.75, 206.85]');
  assert.equal(formatInterval(stated('-3.3', '0.1'), 2), '[-3.35, -3.25]');
});

test('11.3% is consistent with 206.8 / 1,835.4 although the exact ratio is 11.267%', () => {
  const ratio = div(stated('206.8', '0.1'), stated('1835.4', '0.1'))!;
  const pct = div(stated('11.3', '0.1'), point(100))!;
  assert.equal(overlaps(ratio, pct), true);
  assert.equal(formatInterval(ratio, 5), '[0.11264, 0.11271]');
});

test('rounding boundary: 0.25 lies in [0.25, 0.35] but 0.2499 does not', () => {
  assert.equal(overlaps(stated('0.3', '0.1'), point('0.25')), true);
  assert.equal(overlaps(stated('0.3', '0.1'), point('0.2499')), false);
  assert.equal(gap(stated('0.3', '0.1'), point('0.2499')).toString(), '0.0001');
});

test('+0.23% agrees with a +0.03 move on $11.03', () => {
  const pct = div(stated('0.03', '0.01'), point('11.03'))!;
  assert.equal(overlaps(div(stated('0.23', '0.01'), point(100))!, pct), true);
  assert.equal(overlaps(div(stated('0.20', '0.01'), point(100))!, pct), false);
});

test('hedges: approximately widens by 10% of the value; more than leaves the top open', () => {
  assert.equal(formatInterval(stated('15', '1', 'approximately'), 1), '[13.0, 17.0]');
  assert.equal(formatInterval(stated('3', '1', 'more-than'), 1), '[2.5, ∞]');
  assert.equal(formatInterval(stated('40', '1', 'up-to'), 1), '[−∞, 40.5]');
  assert.equal(overlaps(stated('3', '1', 'more-than'), point('2.4')), false);
  assert.equal(overlaps(stated('3', '1', 'more-than'), point('1000')), true);
});

test('tolerance widens by the larger magnitude', () => {
  assert.equal(formatInterval(widen(point('100'), 0.01), 2), '[99.00, 101.00]');
  assert.equal(formatInterval(stated('100', '1', undefined, 0.01), 3), '[98.495, 101.505]');
});

test('sums and differences add the widths', () => {
  assert.equal(formatInterval(sum([stated('182.3', '0.1'), stated('128.3', '0.1'), stated('227.5', '0.1')]), 2), '[537.95, 538.25]');
  assert.equal(formatInterval(sub(stated('-0.30', '0.01'), stated('-0.25', '0.01')), 3), '[-0.060, -0.040]');
  assert.equal(formatInterval(add(between(null, '1'), point('1')), 0), '[−∞, 2]');
});

test('division by an interval containing zero gives no answer', () => {
  assert.equal(div(point('1'), stated('0', '1')), undefined);
  assert.equal(formatInterval(div(point('1'), point('3'))!, 6), '[0.333333, 0.333334]');
});
