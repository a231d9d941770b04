// parts-total-mismatch: components introduced with "of which" against their total, period by period. Parts need
// not be exhaustive, so only what cannot be true is flagged: one part larger than the whole, or stated parts whose
// sum exceeds it (every part being positive).
import { formatInterval, type Interval, sum } from '../interval';
import type { Finding } from '../types';
import { type Figure, sameQuantity } from './attribution';
import { finding, related } from './figure';
import { groupByMetric } from './groups';
import { quickInterval, surelyPositive } from './quick';
import { type CheckRun, lowerAt } from './run';

/** The last word of a metric name (`revenue` of `public cloud revenue`). */
const head = (metric: string) => metric.slice(metric.lastIndexOf(' ') + 1);
/** Operating expense lines, named without the word "expenses" ("consisting of R&D of $140 million, G&A of ..."). */
const EXPENSE_LINE = /^(?:r&d|g&a|sg&a|s&m|research and development|sales? and marketing|selling and marketing|general and administrative|selling general and administrative)$/;
const EXPENSE_HEAD = new Set(['expense', 'expenses', 'opex', 'cost', 'costs']);
/** Whether a figure's metric names a part of the total's kind: the same head word, or an expense line of an expense total. */
const partOf = (metric: string, totalHead: string) => head(metric) === totalHead || (EXPENSE_HEAD.has(totalHead) && EXPENSE_LINE.test(metric));
/** A total that nets inflows against outflows ("net revenue", "free cash flow", "net income"): a figure of the same head
 * without all its qualifying words ("revenue", "operating cash flow") is a gross amount it is netted from, not a part. */
const NET_TOTAL = /\b(?:net|free)\b|\b(?:flow|income|profit|earnings)$/;
const withinNetTotal = (metric: string, total: string) => {
  const words = total.split(' ').slice(0, -1);
  return words.every((w) => metric.split(' ').includes(w));
};
/** Words that subtract one stated amount from another ("less traffic acquisition costs", "net of returns"). */
const SUBTRACTS = /\b(?:less|minus|net of|offset by|deducting|after deducting)\b/;
/** How many sentences after the "of which" sentence may still list parts. */
const FOLLOWING_SENTENCES = 3;

/** "of which", "consisted of", "comprised", "made up of" between two figures: 'all' when the words say the parts are
 * the whole ("consisted of", not "consisted primarily of"), 'some' when they may be only some of it. The case-blind
 * search in the text itself needs no lower-case copy (only A-Z lower-case to those letters when offsets are kept); the
 * exact pattern then reads the lower-case words. */
function partsBetween(run: CheckRun, start: number, end: number): 'all' | 'some' | undefined {
  if (end - start < 8 || (run.aligned && !/of which|consist|compris|made up|including|, *with/i.test(run.text.slice(start, end)))) return undefined;
  const words = lowerAt(run, start, end);
  // "Total revenue was $402 million, with subscription revenue of $381 million and ...": the parts that follow.
  if (/\b(?:of which|including)\b|,\s*with\b/.test(words)) return 'some';
  const m = /\b(?:consist(?:s|ed|ing)?|(?:is|was|were|are) (?:comprised|made up)|compris(?:es|ed|ing)|made up)\b(\s+\w+)?/.exec(words);
  if (!m) return undefined;
  return m[1] && /\b(?:primarily|mainly|largely|mostly|principally|chiefly)\b/.test(m[1]) ? 'some' : 'all';
}

/** The list ends with its last part: "... and services revenue of $30 million." with no "and other", "with the rest"
 * after it, and "and" before the last part. Only then may a list said to be the whole be held to reach its total. */
function listClosed(run: CheckRun, parts: Figure[]): boolean {
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  const rest = lowerAt(run, last.entity.end, last.sentence.end);
  if (!/^(?:\s|\b(?:in|for|during|this|the|quarter|period|respectively)\b)*[.!?]?\s*$/.test(rest)) return false;
  return /\band\b/.test(lowerAt(run, before.entity.end, last.entity.start));
}

/** A positive total and positive parts whose least sum clearly stays below it: nothing to report. */
function quickWithin(whole: Figure, parts: Figure[], tolerance: number): boolean {
  const w = quickInterval(whole.entity, tolerance);
  if (!w || !surelyPositive(w)) return false;
  let least = 0;
  for (const p of parts) {
    const q = quickInterval(p.entity, tolerance);
    if (!q || !surelyPositive(q)) return false;
    least += q.lo;
  }
  return least < w.hi - 1e-9 * Math.max(1, Math.abs(w.hi), least);
}

export function checkPartsTotals(run: CheckRun): Finding[] {
  const { figures } = run;
  const findings: Finding[] = [];
  const flagged = new Set<Figure>();
  let moneyByMetric: Map<string, Figure[]> | undefined;
  for (let i = 0; i + 1 < figures.length; i++) {
    const total = figures[i];
    const next = figures[i + 1];
    if (!total.metric || total.entity.kind !== 'money') continue;
    const scope = partsBetween(run, total.entity.end, next.entity.start);
    if (!scope) continue;
    // Figures are in text order, so their sentences are too: the parts are the figures up to the fourth sentence.
    let lastSentence = total.sentence.start;
    let seenSentences = 1;
    for (let j = i + 1; j < figures.length && seenSentences <= FOLLOWING_SENTENCES; j++) {
      if (figures[j].sentence.start !== figures[j - 1].sentence.start) {
        lastSentence = figures[j].sentence.start;
        seenSentences++;
      }
    }
    const parts: Figure[] = [];
    const totalHead = head(total.metric);
    const netTotal = NET_TOTAL.test(total.metric);
    // A list said to be the whole ends with its sentence.
    if (scope === 'all') lastSentence = total.sentence.start;
    for (let j = i + 1; j < figures.length && figures[j].sentence.start <= lastSentence; j++) {
      const f = figures[j];
      // A part covers the same span of time as its total: a full-year figure is no part of a quarter's.
      const sameSpan = !!f.cumulative === !!total.cumulative && (f.entity.period?.id ?? '') !== 'guidance';
      if (f.metric && f.metric !== total.metric && sameQuantity(f.entity, total.entity) && !f.entity.malformed && f.period !== 'prior' && sameSpan && partOf(f.metric, totalHead) && (!netTotal || withinNetTotal(f.metric, total.metric))) parts.push(f);
    }
    // "revenue of $2.4 billion less traffic acquisition costs of $0.6 billion": amounts netted, not parts added.
    if (parts.length && SUBTRACTS.test(lowerAt(run, total.entity.end, parts[parts.length - 1].entity.end))) continue;
    for (const period of new Set(parts.map((p) => p.period))) {
      moneyByMetric ??= groupByMetric(figures.filter((f) => !f.entity.malformed && f.entity.kind === 'money'));
      const whole = moneyByMetric.get(total.metric)?.find((f) => f.period === period);
      // A whole list must also reach its total: the quick skip only rules out an excess.
      const exhaustive = scope === 'all' && whole === total;
      if (whole && !exhaustive && quickWithin(whole, parts.filter((p) => p.period === period), run.tolerance)) continue;
      const wholeIv = whole && run.interval(whole.entity);
      if (!whole || !wholeIv?.hi || wholeIv.hi.lte(0)) continue;
      const own = parts.filter((p) => p.period === period);
      const ivs = own.map((p) => run.interval(p.entity)).filter((iv): iv is Interval => !!iv && !!iv.lo && iv.lo.gte(0));
      if (ivs.length !== own.length) continue;
      const tooBig = own.find((p, k) => ivs[k].lo!.gt(wholeIv.hi!));
      const partsSum = sum(ivs);
      const short = exhaustive && own.length >= 2 && !!wholeIv.lo && !!partsSum.hi && partsSum.hi.lt(wholeIv.lo) && listClosed(run, own);
      const target = tooBig ?? (partsSum.lo!.gt(wholeIv.hi) || short ? own[own.length - 1] : undefined);
      if (!target || flagged.has(target)) continue;
      flagged.add(target);
      const message = tooBig
        ? `${tooBig.entity.text} (${tooBig.metric}) is larger than its total ${whole.entity.text} (${whole.metric}) for the same period, by at least ${ivs[own.indexOf(tooBig)].lo!.minus(wholeIv.hi).toFixed()}.`
        : short
          ? `The parts said to make up ${whole.entity.text} (${whole.metric}) add up to at most ${partsSum.hi!.toFixed()}, short of it by at least ${wholeIv.lo!.minus(partsSum.hi!).toFixed()}.`
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
