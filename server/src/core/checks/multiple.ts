// A multiple against its two values ("RMB207 million, more than 3 times the amount for the same quarter last
// year"): the value before the multiple over the same metric's value for the period named after it.
// Reported as margin-mismatch, the code for ratios.
import Decimal from 'decimal.js';
import { div, formatInterval, gap, type Interval, overlaps } from '../interval';
import type { Entity, Finding } from '../types';
import { type Figure, periodOf, sameQuantity } from './attribution';
import { finding, related } from './figure';
import { type CheckRun, lowerAt } from './run';

/** "more than 3 times" is a threshold, not a rounded 3: multiples are said in whole steps, so the rounding slack
 * below a "more than" (or above an "up to") would swallow the claim. The stated number itself is the bound. */
export function boundOf(m: Figure, iv: Interval | undefined): Interval | undefined {
  const q = m.entity.qualifier;
  if (!iv || m.entity.value === undefined || m.entity.high !== undefined) return iv;
  if ((q === 'more-than' || q === 'at-least') && iv.lo) return { lo: Decimal.min(iv.lo.plus(new Decimal(m.entity.resolution ?? 0).div(2)), new Decimal(m.entity.value)), hi: iv.hi };
  if ((q === 'less-than' || q === 'up-to' || q === 'at-most') && iv.hi) return { lo: iv.lo, hi: Decimal.max(iv.hi.minus(new Decimal(m.entity.resolution ?? 0).div(2)), new Decimal(m.entity.value)) };
  return iv;
}

/** The finding on a multiple its values contradict: `pair` says the values as the message reads them ("X over Y"),
 * `values` names each for the related spans and the explanation. The distance is told from the generous reading
 * (3 as [2.5, ∞)) when even that misses, else from the bound. */
export function multipleMismatch(target: Entity, ratio: Interval, rounded: Interval | undefined, stated: Interval, pair: string, values: [string, Entity][]): Finding {
  const missesRounded = !!rounded && !overlaps(ratio, rounded);
  const off = (missesRounded ? gap(ratio, rounded!) : gap(ratio, stated)).toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2);
  return finding({
    code: 'margin-mismatch',
    target,
    message: `${target.text} does not match ${pair}, a ratio of ${formatInterval(ratio, 2)} (off by at least ${off}).`,
    related: values.map(([label, e]) => related(e, label.toLowerCase())),
    explanation: [...values.map(([label, e]): [string, string] => [label, e.text]), ['Computed multiple', formatInterval(ratio, 3)], ['Stated multiple', formatInterval(missesRounded ? rounded! : stated, 3)]],
  });
}

export function checkMultiples(run: CheckRun): Finding[] {
  const { figures } = run;
  const findings: Finding[] = [];
  for (const m of figures) {
    if (m.entity.kind !== 'multiple' || m.entity.malformed) continue;
    const back = figures[m.index - 1];
    if (!back || back.entity.kind !== 'money' || back.entity.malformed || !back.metric || back.entity.start < m.sentence.start) continue;
    if (!/^[\s,]*(?:or|which is|which was|up|about|approximately|more than|over|nearly|almost|at least)?\s*$/.test(lowerAt(run, back.entity.end, m.entity.start).replace(/\b(?:more than|about|approximately|over|nearly|almost|at least)\b/g, ''))) continue;
    const after = lowerAt(run, m.entity.end, m.sentence.end);
    // "3 times the $12 million a year ago": the earlier value is stated right after the multiple.
    const next = figures[m.index + 1];
    let prior: Figure | undefined;
    if (next && next.entity.start < m.sentence.end && !next.entity.malformed && sameQuantity(next.entity, back.entity) && /^\s*(?:times\s*)?(?:the|that of|our)?\s*$/.test(lowerAt(run, m.entity.end, next.entity.start))) prior = next;
    else {
      if (!/^\s*(?:times\s*)?(?:the (?:amount|level|figure)|that|what it was)/.test(after)) continue;
      const period = periodOf(after);
      if (!period || period === 'current') continue;
      prior = figures.find((f) => f.metric === back.metric && f.period === period && !f.entity.malformed && sameQuantity(f.entity, back.entity));
    }
    if (!prior) continue;
    const cur = run.interval(back.entity);
    const old = run.interval(prior.entity);
    const rounded = run.interval(m.entity);
    const stated = boundOf(m, rounded);
    const ratio = cur && old && div(cur, old);
    if (!ratio || !stated || overlaps(ratio, stated)) continue;
    findings.push(
      multipleMismatch(m.entity, ratio, rounded, stated, `${back.entity.text} over ${prior.entity.text}`, [
        ['Value', back.entity],
        ['Earlier value', prior.entity],
      ]),
    );
  }
  return findings;
}
