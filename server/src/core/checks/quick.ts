// A quick reading of a figure's interval in floating point, used only to skip the exact decimal check when two
// intervals overlap by far more than floating-point error: a rule then finds nothing either way. Whenever the quick
// reading is unsure (no stated resolution, bounds near zero, a thin overlap) the rule runs its exact check.
import type { Entity } from '../types';

export interface Quick {
  lo: number;
  hi: number;
}

/** Relative slack, far above the error of a few floating-point operations (~1e-15) and of the decimal rounding. */
const SLACK = 1e-9;

/** `stated()` in floating point. */
export function statedQuick(value: string, resolution: number, qualifier: Entity['qualifier'], tolerance: number): Quick | undefined {
  const v = Number(value);
  if (!Number.isFinite(v)) return undefined;
  let half = Math.abs(resolution) / 2;
  if (qualifier === 'approximately') half += Math.abs(v) * 0.1;
  let lo = v - half;
  let hi = v + half;
  if (qualifier === 'more-than' || qualifier === 'at-least') hi = Infinity;
  if (qualifier === 'less-than' || qualifier === 'up-to' || qualifier === 'at-most') lo = -Infinity;
  if (tolerance > 0) {
    const mags = [lo, hi].filter(Number.isFinite).map(Math.abs);
    if (mags.length) {
      const pad = Math.max(...mags) * tolerance;
      lo -= pad;
      hi += pad;
    }
  }
  return { lo, hi };
}

/** The interval `intervalOf` gives, in floating point; undefined when it has none or the resolution is not stated. */
export function quickInterval(e: Entity, tolerance: number): Quick | undefined {
  if (e.value === undefined || e.malformed || e.resolution === undefined) return undefined;
  const resolution = Number(e.resolution);
  if (!Number.isFinite(resolution)) return undefined;
  const low = statedQuick(e.value, resolution, e.qualifier, tolerance);
  if (e.high === undefined) return low;
  const high = statedQuick(e.high, resolution, e.qualifier, tolerance);
  return low && high && { lo: low.lo, hi: high.hi };
}

function scale(...xs: number[]): number {
  let m = 1;
  for (const x of xs) if (Number.isFinite(x)) m = Math.max(m, Math.abs(x));
  return m;
}

/** True only when the intervals overlap by much more than any rounding error. */
export function surelyOverlap(a: Quick, b: Quick): boolean {
  const overlap = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo);
  return overlap > SLACK * scale(a.lo, a.hi, b.lo, b.hi);
}

/** True when the interval lies clearly above zero. */
export function surelyPositive(a: Quick): boolean {
  return a.lo > SLACK * scale(a.lo, a.hi);
}

/** True when the interval lies clearly below zero. */
export function surelyNegative(a: Quick): boolean {
  return a.hi < -SLACK * scale(a.lo, a.hi);
}

/** Magnitude of an interval clearly on one side of zero. */
export function quickMagnitude(a: Quick): Quick | undefined {
  if (surelyPositive(a)) return a;
  if (surelyNegative(a)) return { lo: -a.hi, hi: -a.lo };
  return undefined;
}

/** Quotient of two bounded intervals (as `div`); undefined unless the divisor lies clearly on one side of zero. */
export function quickDiv(a: Quick, b: Quick): Quick | undefined {
  if (![a.lo, a.hi, b.lo, b.hi].every(Number.isFinite)) return undefined;
  if (!surelyPositive(b) && !surelyNegative(b)) return undefined;
  const q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  if (q.some(Number.isNaN)) return undefined;
  return { lo: Math.min(...q), hi: Math.max(...q) };
}
