// Closed intervals of exact decimals. A stated figure stands for every value that rounds to it, so checks
// compare intervals, not points: two figures contradict each other only when their intervals cannot overlap
// (the rule of XBRL Calculations 1.1). Bounds are rounded outward so rounding never creates a false alarm.
import Decimal from 'decimal.js';

const PRECISION = 40;
const Down = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_FLOOR });
const Up = Decimal.clone({ precision: PRECISION, rounding: Decimal.ROUND_CEIL });

/** `null` bounds are unbounded (−∞ for `lo`, +∞ for `hi`). */
export interface Interval {
  lo: Decimal | null;
  hi: Decimal | null;
}

export type Hedge = 'approximately' | 'more-than' | 'at-least' | 'less-than' | 'up-to' | 'at-most';

/** Relative half-width `approximately` adds on top of the stated rounding. */
export const APPROXIMATELY_RELATIVE = new Decimal('0.1');

export function point(value: Decimal.Value): Interval {
  const d = new Decimal(value);
  return { lo: d, hi: d };
}

export function between(lo: Decimal.Value | null, hi: Decimal.Value | null): Interval {
  return { lo: lo === null ? null : new Decimal(lo), hi: hi === null ? null : new Decimal(hi) };
}

/**
 * The interval a stated figure stands for: value ± resolution/2, widened by a hedge and by a relative tolerance.
 * `approximately` adds ±10% of the value (a speaker rounding 14.2% to "about 15%" stays consistent, 20% does not);
 * `more than`/`at least` leave the top open, `up to`/`less than`/`at most` the bottom.
 */
export function stated(value: Decimal.Value, resolution: Decimal.Value = 0, hedge?: Hedge, tolerance = 0): Interval {
  const v = new Decimal(value);
  let half = new Decimal(resolution).abs().div(2);
  if (hedge === 'approximately') half = half.plus(v.abs().times(APPROXIMATELY_RELATIVE));
  let iv: Interval = { lo: Down.sub(v, half), hi: Up.add(v, half) };
  if (hedge === 'more-than' || hedge === 'at-least') iv = { lo: iv.lo, hi: null };
  if (hedge === 'less-than' || hedge === 'up-to' || hedge === 'at-most') iv = { lo: null, hi: iv.hi };
  return widen(iv, tolerance);
}

/** Widen both ends by `relative` × the larger magnitude of the bounds. */
export function widen(iv: Interval, relative: number): Interval {
  if (!(relative > 0)) return iv;
  const mags = [iv.lo, iv.hi].filter((b): b is Decimal => b !== null).map((b) => b.abs());
  if (mags.length === 0) return iv;
  const pad = Up.mul(Decimal.max(...mags), relative);
  return { lo: iv.lo === null ? null : Down.sub(iv.lo, pad), hi: iv.hi === null ? null : Up.add(iv.hi, pad) };
}

export function add(a: Interval, b: Interval): Interval {
  return {
    lo: a.lo === null || b.lo === null ? null : Down.add(a.lo, b.lo),
    hi: a.hi === null || b.hi === null ? null : Up.add(a.hi, b.hi),
  };
}

export function negate(a: Interval): Interval {
  return { lo: a.hi === null ? null : a.hi.neg(), hi: a.lo === null ? null : a.lo.neg() };
}

export function sub(a: Interval, b: Interval): Interval {
  return add(a, negate(b));
}

export function sum(parts: Interval[]): Interval {
  return parts.reduce(add, point(0));
}

/** Product of two bounded intervals; `undefined` when either is unbounded. */
export function mul(a: Interval, b: Interval): Interval | undefined {
  if (!a.lo || !a.hi || !b.lo || !b.hi) return undefined;
  const pairs: [Decimal, Decimal][] = [[a.lo, b.lo], [a.lo, b.hi], [a.hi, b.lo], [a.hi, b.hi]];
  return {
    lo: Decimal.min(...pairs.map(([x, y]) => Down.mul(x, y))),
    hi: Decimal.max(...pairs.map(([x, y]) => Up.mul(x, y))),
  };
}

/**
 * Quotient of two bounded intervals. `undefined` when the divisor may be zero: a ratio over a figure that could
 * be 0 says nothing, so no check can rest on it.
 */
export function div(a: Interval, b: Interval): Interval | undefined {
  if (!a.lo || !a.hi || !b.lo || !b.hi) return undefined;
  if (b.lo.lte(0) && b.hi.gte(0)) return undefined;
  const pairs: [Decimal, Decimal][] = [[a.lo, b.lo], [a.lo, b.hi], [a.hi, b.lo], [a.hi, b.hi]];
  return {
    lo: Decimal.min(...pairs.map(([x, y]) => Down.div(x, y))),
    hi: Decimal.max(...pairs.map(([x, y]) => Up.div(x, y))),
  };
}

export function scale(a: Interval, factor: Decimal.Value): Interval | undefined {
  return mul(a, point(factor));
}

/** True when some value lies in both intervals (closed bounds). */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.lo && b.hi && a.lo.gt(b.hi)) return false;
  if (b.lo && a.hi && b.lo.gt(a.hi)) return false;
  return true;
}

/** How far apart two disjoint intervals are (0 when they overlap). */
export function gap(a: Interval, b: Interval): Decimal {
  if (a.lo && b.hi && a.lo.gt(b.hi)) return a.lo.minus(b.hi);
  if (b.lo && a.hi && b.lo.gt(a.hi)) return b.lo.minus(a.hi);
  return new Decimal(0);
}

export function midpoint(a: Interval): Decimal | undefined {
  if (!a.lo || !a.hi) return undefined;
  return a.lo.plus(a.hi).div(2);
}

/** `[1.2, 3.4]`, with bounds shown to `digits` decimal places rounded outward; `∞` for open ends. */
export function formatInterval(a: Interval, digits = 2): string {
  const lo = a.lo === null ? '−∞' : a.lo.toDecimalPlaces(digits, Decimal.ROUND_FLOOR).toFixed(digits);
  const hi = a.hi === null ? '∞' : a.hi.toDecimalPlaces(digits, Decimal.ROUND_CEIL).toFixed(digits);
  return `[${lo}, ${hi}]`;
}
