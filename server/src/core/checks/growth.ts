// growth-mismatch: a stated rate of change against the two values it links
// ("up 8.4% from $380.6 million to $412.5 million", "Revenue was X, a decrease of 10.1% compared with Y").
import Decimal from 'decimal.js';
import { div, formatInterval, gap, type Interval, overlaps, point, sub } from '../interval';
import type { Entity, Finding } from '../types';
import { type Figure, sameQuantity } from './attribution';
import { finding, percentInterval, related } from './figure';
import { POSSESSIVE_PERIOD, RATE_PERIOD, samePeriodAs } from './comparisonPeriod';
import { valuesBefore } from './growthValuesBefore';
import { quickInterval, surelyOverlap, surelyPositive } from './quick';
import { type CheckRun, lowerAt } from './run';

const UP = /\b(?:increase[sd]?|increasing|grew|grow(?:n|s|th)?|up|rose|rise|rising|gain(?:ed)?|jump(?:ed)?|higher|expanded)\b/;
const DOWN = /\b(?:decrease[sd]?|decreasing|declined?|declining|down|fell|drop(?:ped)?|lower|reduc(?:ed|tion)|shrank|contracted)\b/;
/** Direction word, at most two further words, then `of`/`by`, right before the rate. */
const DIRECTION_BEFORE = /\b([a-z]+)(?:\s+[a-z]+){0,2}?\s*(?:of|by)?\s*(?:approximately|about|around|roughly|nearly|almost|some)?\s*(?:negative\s+|minus\s+)?$/;
/** Between the rate and the earlier value: its period ("linked quarter"), then "from", "versus", "compared with",
 * then that value's own period ("the prior quarter's"). */
const FROM_AFTER = new RegExp(
  String.raw`^\s*(?:percent|per cent|%)?\s*(?:${RATE_PERIOD}\s*)?,?\s*(?:from|compared (?:with|to)|versus|vs\.?)\s*(${POSSESSIVE_PERIOD}|the\s+)?(?:negative\s+|minus\s+)?$`,
);
const NOUN_AFTER = /^\s*(?:percent|per cent)?\s*(?:year[- ]over[- ]year\s+|sequential\s+)?(increase|growth|rise|gain|improvement|decrease|decline|drop|reduction)\b/;
const TO_AFTER = new RegExp(String.raw`^\s*(?:percent|per cent|%)?\s*(?:${RATE_PERIOD}\s*)?,?\s*to\s*$`);
const MULTI_YEAR = /^[^.;]*?\b(?:(?:two|three|four|five|2|3|4|5) years|pre-pandemic|before the pandemic)\b/;
/** Between the later value and the earlier one: "from", ", compared to", "versus", nothing else. */
const PRIOR_AFTER_CURRENT = /^\s*,?\s*(?:from|compared (?:with|to)|versus|vs\.?)\s*(?:the\s+)?(?:negative\s+|minus\s+)?$/;
const TO_AFTER_PRIOR = /^[^.;%\d]{0,70}?\bto\s*$/;
/** Right after an earlier value, a place or a part rather than a period: "in the consumer bank", "from Europe". */
const SCOPE_AFTER_PRIOR =
  /^\s+(?:in|at|within|across|from|for)\s+(?!(?:the\s+|this\s+|that\s+)?(?:same|comparable|prior|previous|last|year-ago|prior-year|first|second|third|fourth|fiscal|full|calendar|quarter|year|period|q[1-4]\b|h[12]\b|fy|\d))/;
/** A rate on another basis than the values beside it (constant currency, organic) or per year over several years. */
export const OTHER_BASIS =
  /\b(?:constant[- ]currency|fx[- ]neutral|currency[- ]neutral|organic(?:ally)?|like[- ]for[- ]like|pro[- ]forma|cagr|compound(?:ed)?|annuali[sz]ed|per year|per annum|each year|a year(?! ago| earlier)|average annual|on average)\b/;
/** After a rate, words that may put it on another basis than the values: "excluding accretion", "adjusted for". */
const ADJUSTED_AFTER = /\b(?:excluding|ex-|adjusted for|adjusting for|net of|absent|without)\b/;
/** "from $100.0 million to $110.4 million, or 10%": the direction said by the verb before the values. */
const OR_AFTER_VALUES = /^\s*,?\s*or\s*(?:approximately|about|around|roughly|nearly|almost)?\s*$/;

export interface DerivedPrior {
  /** The growth rate the value was derived from. */
  rate: Figure;
  current: Figure;
  /** The implied earlier value, computed on first use (most are never compared); undefined when it cannot be. */
  interval(): Interval | undefined;
}

export interface GrowthResult {
  findings: Finding[];
  derived: DerivedPrior[];
}

/** Two amounts a thousand times apart: "from $180 to $230 million" read without the scale on the first, not a change
 * anyone would state as a rate. */
function scalesApart(a: Entity, b: Entity): boolean {
  if (a.value === undefined || b.value === undefined) return false;
  const [x, y] = [Math.abs(Number(a.value)), Math.abs(Number(b.value))];
  return x > 0 && y > 0 && (x > y * 1000 || y > x * 1000);
}

/** A direction word anywhere in the words: the one thing `direction` cannot do without. */
const ANY_DIRECTION = new RegExp(`${UP.source}|${DOWN.source}`);

function direction(before: string): 1 | -1 | undefined {
  // The tail searched below is part of `before` and starts at a word boundary, so a word found there is found here.
  if (!ANY_DIRECTION.test(before)) return undefined;
  const m = DIRECTION_BEFORE.exec(before);
  if (!m) return undefined;
  const tail = before.slice(m.index);
  if (/\bmargin|\brate\b|\bratio\b/.test(before)) return undefined;
  if (DOWN.test(tail)) return -1;
  if (UP.test(tail)) return 1;
  return undefined;
}

/** Signed rate of change, as a fraction, the figures imply: current / prior − 1. Only for positive values. */
export function impliedChange(prior: Interval, current: Interval): Interval | undefined {
  if (!prior.lo || prior.lo.lte(0) || !current.lo || current.lo.lt(0)) return undefined;
  const ratio = div(current, prior);
  return ratio && sub(ratio, point(1));
}

/** Both values clearly positive and the change they imply clearly within the stated rate: nothing to report. */
function quickAgrees(prior: Figure, current: Figure, rate: Entity, dir: 1 | -1, tolerance: number): boolean {
  const a = quickInterval(prior.entity, tolerance);
  const b = quickInterval(current.entity, tolerance);
  const r = quickInterval(rate, tolerance);
  if (!a || !b || !r || !surelyPositive(a) || !surelyPositive(b)) return false;
  const implied = { lo: b.lo / a.hi - 1, hi: b.hi / a.lo - 1 };
  const stated = dir > 0 ? { lo: r.lo / 100, hi: r.hi / 100 } : { lo: -r.hi / 100, hi: -r.lo / 100 };
  return surelyOverlap(implied, stated);
}

export function checkGrowth(run: CheckRun): GrowthResult {
  const { text, figures } = run;
  const findings: Finding[] = [];
  const derived: DerivedPrior[] = [];
  for (const rate of figures) {
    const p = rate.entity;
    if (p.kind !== 'percent' || p.malformed || p.value === undefined) continue;
    const prevFig = figures[rate.index - 1];
    const before = lowerAt(run, Math.max(rate.sentence.start, prevFig?.entity.end ?? 0, p.start - 60), p.start);
    // "a 15% increase from $180 million": the direction is the noun after the rate, the words after it link the values.
    const noun = direction(before) ? undefined : NOUN_AFTER.exec(lowerAt(run, p.end, Math.min(rate.sentence.end, p.end + 40)));
    let dir = noun ? (DOWN.test(noun[1]) ? -1 : 1) : direction(before);
    const linkStart = p.end + (noun ? noun[0].length : 0);
    // "went from $180 million to $230 million, an increase of 15%": both values before the rate.
    const pair = valuesBefore(run, rate, linkStart);
    // ", or 20%" right after the second of the two values.
    const lastValueEnd = pair && Math.max(pair.prior.entity.end, pair.current.entity.end);
    if (!dir && pair?.verb && OR_AFTER_VALUES.test(lowerAt(run, lastValueEnd!, p.start))) dir = DOWN.test(pair.verb) ? -1 : 1;
    if (!dir) continue;
    if (p.value.startsWith('-')) continue; // "decreased by negative 3%" is too ambiguous to check
    // The stated rate as a signed fraction, read exactly only when a check needs it (p has a value and is well formed).
    let exact: { signed: Interval; statedFraction: Interval } | undefined;
    const statedExact = () => {
      if (!exact) {
        const statedIv = run.interval(p)!;
        const signed = dir > 0 ? statedIv : { lo: statedIv.hi && statedIv.hi.neg(), hi: statedIv.lo && statedIv.lo.neg() };
        exact = { signed, statedFraction: { lo: signed.lo && signed.lo.div(100), hi: signed.hi && signed.hi.div(100) } };
      }
      return exact;
    };

    const next = figures[rate.index + 1];
    const inSentence = (f?: Figure) => f && f.entity.start < rate.sentence.end && f.entity.start >= rate.sentence.start;
    let prior: Figure | undefined;
    let current: Figure | undefined;
    let fromLink: RegExpExecArray | null = null;
    // One entity for "from RMB1,029.1 million to RMB860.7 million": the range runs from the earlier to the later value.
    const span = next?.entity.high !== undefined && /\bto\b/.test(next.entity.text) ? next : undefined;
    if (span && inSentence(span) && FROM_AFTER.test(lowerAt(run, linkStart, span.entity.start))) {
      prior = { ...span, entity: { ...span.entity, high: undefined } };
      current = { ...span, entity: { ...span.entity, value: span.entity.high, high: undefined } };
    } else if (inSentence(next) && (fromLink = FROM_AFTER.exec(lowerAt(run, linkStart, next!.entity.start)))) {
      // "up 4% year over year from $590 million last quarter": a rate of one period, a value of another.
      const rateWords = `${lowerAt(run, p.end, linkStart)} ${fromLink[0].split(/\b(?:from|compared|versus|vs)\b/)[0]}`;
      if (!samePeriodAs(rateWords, next!, fromLink[1] ?? '')) continue;
      prior = next;
      const after = figures[next!.index + 1];
      if (inSentence(after) && TO_AFTER_PRIOR.test(lowerAt(run, next!.entity.end, after!.entity.start)) && !/compared/.test(lowerAt(run, next!.entity.end, after!.entity.start))) current = after;
    } else if (inSentence(next) && TO_AFTER.test(lowerAt(run, linkStart, next!.entity.start))) {
      current = next;
      // "grew 15% to $230 million from $180 million", "..., compared to $180 million in the prior year".
      const after = figures[next!.index + 1];
      // A sequential rate says nothing of a value a year earlier, nor a year-over-year rate of last quarter's.
      if (inSentence(after) && PRIOR_AFTER_CURRENT.test(lowerAt(run, next!.entity.end, after!.entity.start)) && samePeriodAs(lowerAt(run, p.end, next!.entity.start), after!)) prior = after;
    }
    if (!current && pair) ({ prior, current } = pair);
    if (!current) {
      // The value the sentence is about, stated just before the rate: "Revenue was X, up 8.4% from Y".
      const back = figures[rate.index - 1];
      // Not the earlier value of another comparison: in "up 3% from $500 million last quarter and up 12% from $460
      // million a year ago" the 12% is of the revenue said first, not of $500 million.
      // Nor of another metric named between: "Net interest income was $612 million, and consumer banking was up 4%".
      const ownMetric = rate.metric && !rate.inherited && back?.metric && rate.metric !== back.metric;
      if (inSentence(back) && back!.entity.kind !== 'percent' && !back!.base && !ownMetric && !/[.;]/.test(text.slice(back!.entity.end, p.start)) && p.start - back!.entity.end <= 80) current = back;
    }
    if (!current || current.entity.malformed) continue;
    if (!prior) {
      const later = current;
      let memo: { iv: Interval | undefined } | undefined;
      const interval = () => {
        if (!memo) {
          const iv = run.interval(later.entity, 0);
          const { statedFraction } = statedExact();
          const factor = { lo: statedFraction.lo && statedFraction.lo.plus(1), hi: statedFraction.hi && statedFraction.hi.plus(1) };
          memo = { iv: iv && div(iv, factor) };
        }
        return memo.iv;
      };
      derived.push({ rate, current, interval });
      continue;
    }
    if (prior.entity.malformed || !sameQuantity(prior.entity, current.entity) || scalesApart(prior.entity, current.entity)) continue;
    // "compared to $180 million two years ago": a value further back than the rate's own period.
    const afterPrior = lowerAt(run, prior.entity.end, Math.min(rate.sentence.end, prior.entity.end + 40));
    if (MULTI_YEAR.test(afterPrior)) continue;
    // "from $570 million in the consumer bank": an earlier value of a narrower scope than the later one.
    if (SCOPE_AFTER_PRIOR.test(afterPrior)) continue;
    if (quickAgrees(prior, current, p, dir, run.tolerance)) continue;
    const priorIv = run.interval(prior.entity);
    const currentIv = run.interval(current.entity);
    if (!priorIv || !currentIv) continue;
    const implied = impliedChange(priorIv, currentIv);
    const { signed, statedFraction } = statedExact();
    if (!implied || overlaps(implied, statedFraction)) continue;
    if (OTHER_BASIS.test(lowerAt(run, rate.sentence.start, rate.sentence.end))) continue;
    // "up 4% from $570 million, excluding accretion": an adjustment said after the rate may be the rate's own.
    if (ADJUSTED_AFTER.test(lowerAt(run, p.end, rate.sentence.end))) continue;
    const off = gap(implied, statedFraction).times(100).toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2);
    findings.push(
      finding({
        code: 'growth-mismatch',
        target: p,
        message: `Stated change of ${dir > 0 ? '+' : '-'}${p.text.replace(/^[+-]/, '')} does not match ${prior.entity.text} → ${current.entity.text}, which is ${percentInterval(implied)}% (off by at least ${off} points).`,
        related: [related(prior.entity, 'earlier value'), related(current.entity, 'later value')],
        explanation: [
          ['Earlier value', prior.entity.text],
          ['Later value', current.entity.text],
          ['Computed change (%)', percentInterval(implied)],
          ['Stated change (%)', formatInterval(signed, 3)],
        ],
      }),
    );
  }
  return { findings, derived };
}
