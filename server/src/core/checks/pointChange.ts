// point-change-mismatch: a change in percentage or basis points against the two rates it links
// ("improvement of 5.3 percentage points from the same quarter last year" against -3.3% now and -8.6% then).
// Compared in magnitude: "narrowed" and "improved" on a negative margin leave the sign to the reader.
import Decimal from 'decimal.js';
import { formatInterval, gap, type Interval, overlaps, sub } from '../interval';
import type { Finding } from '../types';
import { type Figure, periodOf } from './attribution';
import { finding, intervalOf, related } from './figure';

function abs(iv: Interval): Interval | undefined {
  if (!iv.lo || !iv.hi) return undefined;
  if (iv.lo.gte(0)) return iv;
  if (iv.hi.lte(0)) return { lo: iv.hi.neg(), hi: iv.lo.neg() };
  return { lo: new Decimal(0), hi: Decimal.max(iv.lo.neg(), iv.hi) };
}

export function checkPointChanges(text: string, figures: Figure[], tolerance: number): Finding[] {
  const findings: Finding[] = [];
  const lower = text.toLowerCase();
  const percents = figures.filter((f) => f.entity.kind === 'percent' && !f.entity.malformed);
  for (const pc of figures) {
    const k = pc.entity.kind;
    if ((k !== 'percentage-points' && k !== 'basis-points') || pc.entity.malformed) continue;
    const statedRaw = intervalOf(pc.entity, tolerance);
    if (!statedRaw) continue;
    const factor = k === 'basis-points' ? 100 : 1;
    const statedPts = abs({ lo: statedRaw.lo && statedRaw.lo.div(factor), hi: statedRaw.hi && statedRaw.hi.div(factor) });
    // The current rate: the last percent before the change in the same sentence.
    const current = [...percents].reverse().find((f) => f.entity.end <= pc.entity.start && f.entity.start >= pc.sentence.start);
    if (!current) continue;
    let prior: Figure | undefined;
    const next = figures[pc.index + 1];
    if (next && next.entity.kind === 'percent' && next.entity.start < pc.sentence.end && /^\s*(?:percentage points?|basis points?|pp|bps?)?\s*,?\s*(?:from|compared (?:with|to)|versus|vs\.?)\s*(?:negative\s+|minus\s+)?$/.test(lower.slice(pc.entity.end, next.entity.start))) prior = next;
    if (!prior && current.metric) {
      const period = periodOf(lower.slice(pc.entity.end, pc.sentence.end));
      if (period && period !== 'current') {
        const same = percents.filter((f) => f.metric === current.metric && f.period === period);
        if (same.length) prior = same[same.length - 1];
      }
    }
    if (!prior || prior.entity.malformed) continue;
    const a = intervalOf(current.entity, tolerance);
    const b = intervalOf(prior.entity, tolerance);
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
