// point-change-mismatch: a change in percentage or basis points against the two rates it links
// ("improvement of 5.3 percentage points from the same quarter last year" against -3.3% now and -8.6% then).
// Compared in magnitude: "narrowed" and "improved" on a negative margin leave the sign to the reader.
import Decimal from 'decimal.js';
import { formatInterval, gap, type Interval, overlaps, sub } from '../interval';
import type { Finding } from '../types';
import { type Figure, periodOf } from './attribution';
import { finding, related } from './figure';
import { groupByMetric } from './groups';
import { quickInterval, quickMagnitude, surelyOverlap } from './quick';
import { type CheckRun, lowerAt } from './run';

const TO_BETWEEN = /^\s*(?:percentage points?|basis points?|pp|bps?)?\s*,?\s*to\s*$/;
const FROM_BETWEEN = /^\s*,?\s*(?:from|compared (?:with|to)|versus|vs\.?)\s*(?:negative\s+|minus\s+)?$/;

function abs(iv: Interval): Interval | undefined {
  if (!iv.lo || !iv.hi) return undefined;
  if (iv.lo.gte(0)) return iv;
  if (iv.hi.lte(0)) return { lo: iv.hi.neg(), hi: iv.lo.neg() };
  return { lo: new Decimal(0), hi: Decimal.max(iv.lo.neg(), iv.hi) };
}

/** The last percent (in figure order) that ends before `pc` and starts in its sentence. Percents are sorted by start,
 * so the search starts at the last one starting at or before `pc` (any later one ends after `pc` starts) and stops at
 * the first one starting before the sentence. */
function lastPercentBefore(percents: Figure[], pc: Figure): Figure | undefined {
  let lo = 0;
  let hi = percents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (percents[mid].entity.start <= pc.entity.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && percents[i].entity.start >= pc.sentence.start; i--) {
    if (percents[i].entity.end <= pc.entity.start) return percents[i];
  }
  return undefined;
}

/** The two rates clearly apart by an amount within the stated change: nothing to report. */
function quickAgrees(current: Figure, prior: Figure, change: Figure, factor: number, tolerance: number): boolean {
  const a = quickInterval(current.entity, tolerance);
  const b = quickInterval(prior.entity, tolerance);
  const c = quickInterval(change.entity, tolerance);
  if (!a || !b || !c) return false;
  const moved = quickMagnitude({ lo: a.lo - b.hi, hi: a.hi - b.lo });
  const stated = quickMagnitude({ lo: c.lo / factor, hi: c.hi / factor });
  return !!moved && !!stated && surelyOverlap(moved, stated);
}

export function checkPointChanges(run: CheckRun): Finding[] {
  const { figures } = run;
  const findings: Finding[] = [];
  let percents: Figure[] | undefined;
  let percentsByMetric: Map<string, Figure[]> | undefined;
  for (const pc of figures) {
    const k = pc.entity.kind;
    if ((k !== 'percentage-points' && k !== 'basis-points') || pc.entity.malformed) continue;
    const statedRaw = run.interval(pc.entity);
    if (!statedRaw) continue;
    const factor = k === 'basis-points' ? 100 : 1;
    const statedPts = abs({ lo: statedRaw.lo && statedRaw.lo.div(factor), hi: statedRaw.hi && statedRaw.hi.div(factor) });
    percents ??= figures.filter((f) => f.entity.kind === 'percent' && !f.entity.malformed);
    // The current rate: the last percent before the change in the same sentence.
    let current = lastPercentBefore(percents, pc);
    let prior: Figure | undefined;
    let next = figures[pc.index + 1];
    // "expanded 200 basis points to 12.5% from 11.0%": the later rate follows the change, the earlier one after it.
    if (!current && next && next.entity.kind === 'percent' && !next.entity.malformed && next.entity.start < pc.sentence.end && TO_BETWEEN.test(lowerAt(run, pc.entity.end, next.entity.start))) {
      current = next;
      next = figures[next.index + 1];
      if (next && next.entity.kind === 'percent' && next.entity.start < pc.sentence.end && FROM_BETWEEN.test(lowerAt(run, current.entity.end, next.entity.start))) prior = next;
      if (!prior) continue;
    }
    if (!current) continue;
    // "improved to 12.5% from 11.0%, an increase of 200 basis points": the last rate before is the earlier one.
    if (!prior && current.entity.start >= pc.sentence.start) {
      const first = lastPercentBefore(percents, current);
      if (first && FROM_BETWEEN.test(lowerAt(run, first.entity.end, current.entity.start))) {
        prior = current;
        current = first;
      }
    }
    // "up 120 basis points from 44.0% last year and down 30 basis points from 45.5%": the rate before the second
    // change is the earlier rate of the first, not the later rate of this one.
    if (!prior && current.base) continue;
    if (!prior && next && next.entity.kind === 'percent' && next.entity.start < pc.sentence.end && /^\s*(?:percentage points?|basis points?|pp|bps?)?\s*,?\s*(?:(?:year[- ]over[- ]year|yoy|sequentially|quarter[- ]over[- ]quarter)\s*,?\s*)?(?:from|compared (?:with|to)|versus|vs\.?)\s*(?:negative\s+|minus\s+)?$/.test(lowerAt(run, pc.entity.end, next.entity.start))) prior = next;
    if (!prior && current.metric) {
      const period = periodOf(lowerAt(run, pc.entity.end, pc.sentence.end));
      if (period && period !== 'current') {
        percentsByMetric ??= groupByMetric(percents);
        const same = percentsByMetric.get(current.metric)!.filter((f) => f.period === period);
        if (same.length) prior = same[same.length - 1];
      }
    }
    if (!prior || prior.entity.malformed) continue;
    if (quickAgrees(current, prior, pc, factor, run.tolerance)) continue;
    const a = run.interval(current.entity);
    const b = run.interval(prior.entity);
    if (!a || !b || !statedPts) continue;
    const moved = abs(sub(a, b));
    if (!moved || overlaps(moved, statedPts)) continue;
    const off = gap(moved, statedPts).toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2);
    findings.push(
      finding({
        code: 'point-change-mismatch',
        target: pc.entity,
        message: `Change of ${pc.entity.text} does not match ${prior.entity.text} → ${current.entity.text}, a move of ${formatInterval(moved, 2)} points (off by at least ${off} points).`,
        related: [related(prior.entity, 'earlier rate'), related(current.entity, 'later rate')],
        explanation: [
          ['Earlier rate', prior.entity.text],
          ['Later rate', current.entity.text],
          ['Computed move (points)', formatInterval(moved, 3)],
          ['Stated move (points)', formatInterval(statedPts, 3)],
        ],
      }),
    );
  }
  return findings;
}
