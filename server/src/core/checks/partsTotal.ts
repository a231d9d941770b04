// parts-total-mismatch: components introduced with "of which" against their total, period by period. Parts need
// not be exhaustive, so only what cannot be true is flagged: one part larger than the whole, or stated parts whose
// sum exceeds it (every part being positive).
import { formatInterval, type Interval, sum } from '../interval';
import type { Finding } from '../types';
import { type Figure, sameQuantity } from './attribution';
import { finding, intervalOf, related } from './figure';

const head = (metric: string) => metric.split(' ').pop() ?? '';
/** How many sentences after the "of which" sentence may still list parts. */
const FOLLOWING_SENTENCES = 3;

export function checkPartsTotals(text: string, figures: Figure[], tolerance: number): Finding[] {
  const findings: Finding[] = [];
  const lower = text.toLowerCase();
  const flagged = new Set<Figure>();
  for (let i = 0; i + 1 < figures.length; i++) {
    const total = figures[i];
    const next = figures[i + 1];
    if (!total.metric || total.entity.kind !== 'money' || !/\bof which\b/.test(lower.slice(total.entity.end, next.entity.start))) continue;
    const sentenceStarts = [...new Set(figures.slice(i).map((f) => f.sentence.start))];
    const lastSentence = sentenceStarts[Math.min(FOLLOWING_SENTENCES, sentenceStarts.length - 1)];
    const parts = figures.slice(i + 1).filter(
      (f) => f.sentence.start <= lastSentence && f.metric && f.metric !== total.metric && head(f.metric) === head(total.metric!) && sameQuantity(f.entity, total.entity) && !f.entity.malformed && f.period !== 'prior',
    );
    for (const period of new Set(parts.map((p) => p.period))) {
      const whole = figures.find((f) => f.metric === total.metric && f.period === period && !f.entity.malformed && f.entity.kind === 'money');
      const wholeIv = whole && intervalOf(whole.entity, tolerance);
      if (!whole || !wholeIv?.hi || wholeIv.hi.lte(0)) continue;
      const own = parts.filter((p) => p.period === period);
      const ivs = own.map((p) => intervalOf(p.entity, tolerance)).filter((iv): iv is Interval => !!iv && !!iv.lo && iv.lo.gte(0));
      if (ivs.length !== own.length) continue;
      const tooBig = own.find((p, k) => ivs[k].lo!.gt(wholeIv.hi!));
      const partsSum = sum(ivs);
      const target = tooBig ?? (partsSum.lo!.gt(wholeIv.hi) ? own[own.length - 1] : undefined);
      if (!target || flagged.has(target)) continue;
      flagged.add(target);
      const message = tooBig
        ? `${tooBig.entity.text} (${tooBig.metric}) is larger than its total ${whole.entity.text} (${whole.metric}) for the same period, by at least ${ivs[own.indexOf(tooBig)].lo!.minus(wholeIv.hi).toFixed()}.`
        : `The parts stated add up to at least ${partsSum.lo!.toFixed()}, more than their total ${whole.entity.text} (${whole.metric}), by at least ${partsSum.lo!.minus(wholeIv.hi).toFixed()}.`;
      findings.push(
        finding({
          code: 'parts-total-mismatch',
          target: target.entity,
          message,
          related: [related(whole.entity, 'total'), ...own.filter((p) => p !== target).map((p) => related(p.entity, 'other part'))],
          explanation: [
            ['Total', `${whole.entity.text} = ${formatInterval(wholeIv, 0)}`],
            ...own.map((p, k): [string, string] => [`Part (${p.metric})`, `${p.entity.text} = ${formatInterval(ivs[k], 0)}`]),
            ['Sum of parts', formatInterval(partsSum, 0)],
          ],
        }),
      );
    }
  }
  return findings;
}
