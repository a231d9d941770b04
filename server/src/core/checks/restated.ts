// restated-figure: the same metric for the same period stated twice with values that cannot agree
// (`RMB1.84 billion` and `RMB1,835.4 million` agree; `$46 million` and `$40 million` do not). Also a prior value
// implied by a stated growth rate against the prior value stated elsewhere (reported as growth-mismatch).
import Decimal from 'decimal.js';
import { formatInterval, gap, overlaps } from '../interval';
import type { Finding } from '../types';
import { type Figure, sameQuantity } from './attribution';
import { finding, related } from './figure';
import { groupByMetric } from './groups';
import type { DerivedPrior } from './growth';
import { quickInterval, surelyOverlap } from './quick';
import { adjustmentsOf } from './scope';
import { type CheckRun, lowerSlice } from './run';

function comparable(f: Figure): boolean {
  if (!f.metric || f.entity.malformed || f.period === 'prior' || f.entity.high !== undefined || f.delta || f.tentative) return false;
  if (f.entity.kind === 'money' || f.entity.kind === 'count') return true;
  return f.entity.kind === 'percent' && /\bmargin\b/.test(f.metric);
}

function fmt(d: Decimal | null, digits: number, up: boolean): string {
  return d === null ? '∞' : d.toDecimalPlaces(digits, up ? Decimal.ROUND_CEIL : Decimal.ROUND_FLOOR).toFixed(digits);
}

/** One low bound clearly more than twice the other in magnitude (the rule below, read in floating point). */
function surelyTwiceApart(a: number, b: number): boolean {
  const [x, y] = [Math.abs(a), Math.abs(b)];
  return Number.isFinite(x) && Number.isFinite(y) && (x > 2 * y * (1 + 1e-9) + 1e-9 || y > 2 * x * (1 + 1e-9) + 1e-9);
}

export function checkRestated(run: CheckRun): Finding[] {
  const findings: Finding[] = [];
  // Comparable figures seen so far, by metric.
  const seen = new Map<string, Figure[]>();
  for (const f of run.figures) {
    // A figure without a value has no interval and takes no part (intervalOf is undefined exactly then).
    if (!comparable(f) || f.entity.value === undefined) continue;
    const group = seen.get(f.metric!);
    const earlier = group?.find((g) => g.period === f.period && g.periodId === f.periodId && !!g.cumulative === !!f.cumulative && sameQuantity(g.entity, f.entity) && !!g.entity.perShare === !!f.entity.perShare);
    if (group) group.push(f);
    else seen.set(f.metric!, [f]);
    if (!earlier) continue;
    const quickNow = quickInterval(f.entity, run.tolerance);
    const quickBefore = quickInterval(earlier.entity, run.tolerance);
    if (quickNow && quickBefore && (surelyOverlap(quickBefore, quickNow) || surelyTwiceApart(quickBefore.lo, quickNow.lo))) continue;
    const iv = run.interval(f.entity)!;
    const before = run.interval(earlier.entity)!;
    if (overlaps(before, iv)) continue;
    // Figures apart by more than a factor of two are more likely two scopes under one name ("revenue" of a segment
    // after "Moving on to ...") than one figure restated wrongly: not checked.
    // An open bound ("up to $40 million") gives no magnitude to weigh: not checked (this used to throw).
    if (!before.lo || !iv.lo) continue;
    const [a, b] = [before.lo.abs(), iv.lo.abs()];
    if (a.gt(b.times(2)) || b.gt(a.times(2))) continue;
    // "EPS was $1.20 ... excluding the one-time gain, EPS was $1.00": another measure of the same metric.
    if (adjustmentsOf(run, earlier) !== adjustmentsOf(run, f)) continue;
    findings.push(
      finding({
        code: 'restated-figure',
        target: f.entity,
        message: `${f.entity.text} contradicts ${earlier.entity.text} stated earlier for the same ${f.metric} (${f.period} period); they differ by at least ${gap(before, iv).toFixed()}.`,
        related: [related(earlier.entity, 'stated earlier')],
        explanation: [
          ['Metric', f.metric!],
          ['Earlier figure', `${earlier.entity.text} = ${formatInterval(before, 4)}`],
          ['This figure', `${f.entity.text} = ${formatInterval(iv, 4)}`],
        ],
      }),
    );
  }
  return findings;
}

const PERIOD_OF_RATE: [RegExp, Figure['period']][] = [
  [/\b(?:year[- ]over[- ]year|yoy|from (?:a|one) year (?:ago|earlier)|(?:same|prior[- ]year) (?:period|quarter))\b/, 'prior-year'],
  [/\b(?:sequentially|quarter[- ]over[- ]quarter|(?:last|prior|previous) quarter)\b/, 'prior-quarter'],
];

/** A prior value implied by "up 12% year over year to $50 million" against the prior value stated elsewhere. */
export function checkDerivedPriors(run: CheckRun, derived: DerivedPrior[]): Finding[] {
  const findings: Finding[] = [];
  let byMetric: Map<string, Figure[]> | undefined;
  for (const d of derived) {
    if (!d.current.metric) continue;
    const words = lowerSlice(run, d.rate.sentence.start, d.rate.sentence.end);
    const period = PERIOD_OF_RATE.find(([re]) => re.test(words))?.[1];
    if (!period) continue;
    byMetric ??= groupByMetric(run.figures.filter(comparable));
    const stated = byMetric.get(d.current.metric)?.find((f) => f.period === period && sameQuantity(f.entity, d.current.entity));
    if (!stated) continue;
    const iv = run.interval(stated.entity);
    const implied = iv && d.interval();
    if (!iv || !implied || overlaps(iv, implied)) continue;
    const later = stated.entity.start > d.rate.entity.start ? stated.entity : d.rate.entity;
    findings.push(
      finding({
        code: 'growth-mismatch',
        target: later,
        message: `${d.rate.entity.text} to ${d.current.entity.text} implies a ${period} value of ${fmt(implied.lo, 0, false)} to ${fmt(implied.hi, 0, true)}, but ${stated.entity.text} is stated.`,
        related: [
          ...(later === stated.entity ? [related(d.rate.entity, 'stated change')] : [related(stated.entity, 'stated earlier value')]),
          related(d.current.entity, 'later value'),
        ],
        explanation: [
          ['Stated change', d.rate.entity.text],
          ['Later value', d.current.entity.text],
          ['Implied earlier value', formatInterval(implied, 0)],
          ['Stated earlier value', `${stated.entity.text} = ${formatInterval(iv, 0)}`],
        ],
      }),
    );
  }
  return findings;
}
