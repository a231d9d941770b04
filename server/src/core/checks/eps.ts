// Earnings per share against net income and the share count ("net income of $42.0 million, or $0.42 per diluted
// share" with "100.2 million diluted shares"). Reported as margin-mismatch, the code for ratios. Share counts are read
// from their own wording (the extractor does not make them figures). Checked only when nothing is in doubt: the
// per-share figure names diluted or basic shares, the same turn states that count for the current period, and every
// such count agrees. Compared in magnitude: a net loss with a positive loss per share is the same fact.
import Decimal from 'decimal.js';
import { div, formatInterval, gap, type Interval, overlaps, stated } from '../interval';
import type { Finding } from '../types';
import { type Figure, periodOf } from './attribution';
import { finding, related } from './figure';
import { quickDiv, quickInterval, quickMagnitude, statedQuick, surelyOverlap } from './quick';
import { type CheckRun, lowerAt } from './run';

type ShareKind = 'diluted' | 'basic';

export interface ShareCount {
  kind: ShareKind;
  start: number;
  end: number;
  text: string;
  /** The count as stated: `100.2 million`. */
  amount: string;
  interval: Interval;
  quick?: { lo: number; hi: number };
}

const SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9 };
const NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand)?`;
/** "100.2 million diluted shares", "100.2 million weighted average diluted shares". */
const COUNT_FIRST = new RegExp(String.raw`\b${NUMBER}\s+(?:weighted[- ]average\s+)?(?:fully\s+)?(diluted|basic)\s+(?:weighted[- ]average\s+)?(?:common\s+|ordinary\s+)?shares\b`, 'gi');
/** "diluted shares outstanding were 100.2 million", "weighted average diluted share count of 100,200,000". */
const KIND_FIRST = new RegExp(
  String.raw`\b(?:weighted[- ]average\s+)?(?:fully\s+)?(diluted|basic)\s+(?:weighted[- ]average\s+)?(?:common\s+|ordinary\s+)?(?:shares|share count)(?:\s+outstanding)?\s+(?:was|were|of|totaled|totalled|came in at|stood at)\s+(?:(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand)\b|(\d{1,3}(?:,\d{3}){2,})(?![\d,.]))`,
  'gi',
);
/** Words that make a count something other than this period's reported count. */
const NOT_REPORTED =
  /\b(?:expect\w*|anticipat\w*|guidance|outlook|forecast\w*|estimat\w*|will|would|could|may|might|should|assum\w*|repurchas\w*|buy ?back\w*|bought back|issued|issuance|authori[sz]\w*|increas\w*|decreas\w*|reduc\w*|additional|fewer|more than|less than|approximately|about|around|roughly)\b/;

function countInterval(digits: string, scale: string | undefined, tolerance: number): { interval: Interval; quick?: { lo: number; hi: number } } {
  const plain = digits.replace(/,/g, '');
  const decimals = plain.split('.')[1]?.length ?? 0;
  const power = scale ? SCALE[scale.toLowerCase()] : 0;
  const value = new Decimal(plain).times(new Decimal(10).pow(power));
  const resolution = new Decimal(10).pow(power - decimals);
  return { interval: stated(value, resolution, undefined, tolerance), quick: statedQuick(value.toString(), resolution.toNumber(), undefined, tolerance) };
}

/** A sentence mark at i: `.`, `!`, `?` or a line break followed by white space (not the point of "23.5%"). */
function endsSentence(text: string, i: number): boolean {
  return /[.!?\n]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1]));
}

/** The sentence around a span (up to 300 characters either side), lower case. */
function sentenceAround(run: CheckRun, start: number, end: number): string {
  const { text } = run;
  let from = start;
  while (from > 0 && start - from < 300 && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < 300 && !endsSentence(text, to)) to++;
  return lowerAt(run, from, to);
}

/** Every share count the call states for the current period, as reported (not planned, repurchased or of a past period). */
export function shareCounts(run: CheckRun): ShareCount[] {
  const counts: ShareCount[] = [];
  const add = (m: RegExpExecArray, digits: string, scale: string | undefined, kind: string) => {
    const start = m.index;
    const end = m.index + m[0].length;
    const words = sentenceAround(run, start, end);
    if (NOT_REPORTED.test(words)) return;
    const period = periodOf(words);
    if (period && period !== 'current') return;
    const amount = scale ? `${digits} ${scale.toLowerCase()}` : digits;
    counts.push({ kind: kind.toLowerCase() as ShareKind, start, end, text: m[0], amount, ...countInterval(digits, scale, run.tolerance) });
  };
  for (const m of run.text.matchAll(COUNT_FIRST)) add(m, m[1], m[2], m[3]);
  for (const m of run.text.matchAll(KIND_FIRST)) add(m, m[2] ?? m[4], m[3], m[1]);
  return counts.sort((a, b) => a.start - b.start);
}

/** Between net income and the per-share figure: ", or", "or", ", equal to". */
const LINK = /^\s*,?\s*(?:or|equal to|equivalent to|representing)?\s*(?:negative\s+|minus\s+)?$/;
/** After the per-share figure: "per diluted share", "per basic share". */
const PER_SHARE = /^\s*(?:per|a)\s+(?:fully\s+)?(diluted|basic)\s+(?:common\s+|ordinary\s+)?share\b/;
const NET_INCOME = /\bnet (?:income|loss|profit|earnings)\b/;
const ADJUSTED = /\b(?:adjusted|non[- ]?gaap|core|pro forma|underlying|normali[sz]ed)\b/;

function magnitude(iv: Interval): Interval | undefined {
  if (!iv.lo || !iv.hi) return undefined;
  if (iv.lo.gte(0)) return iv;
  if (iv.hi.lte(0)) return { lo: iv.hi.neg(), hi: iv.lo.neg() };
  return undefined;
}

export function checkEarningsPerShare(run: CheckRun): Finding[] {
  const { figures } = run;
  const findings: Finding[] = [];
  let counts: ShareCount[] | undefined;
  for (const eps of figures) {
    const e = eps.entity;
    if (e.kind !== 'money' || !e.perShare || e.malformed || e.value === undefined || e.high !== undefined) continue;
    const income = figures[eps.index - 1];
    if (!income || income.entity.start < eps.sentence.start) continue;
    const ie = income.entity;
    if (ie.kind !== 'money' || ie.perShare || ie.malformed || ie.high !== undefined || (ie.currency ?? '') !== (e.currency ?? '')) continue;
    if (!income.metric || !NET_INCOME.test(income.metric) || income.period !== 'current' || income.tentative || income.delta) continue;
    // Adjusted (non-GAAP) earnings per share rest on adjusted share counts the call rarely states: not checked.
    if (ADJUSTED.test(income.metric)) continue;
    if (!LINK.test(lowerAt(run, ie.end, e.start))) continue;
    const per = PER_SHARE.exec(lowerAt(run, e.end, Math.min(eps.sentence.end, e.end + 40)));
    if (!per) continue;
    // "$131 million, or $1.42 per diluted share from continuing operations": the per-share figure has another base.
    if (/^\s*(?:from|in)\s+(?:continuing|discontinued)\b/.test(lowerAt(run, e.end + per[0].length, Math.min(eps.sentence.end, e.end + per[0].length + 40)))) continue;
    const kind = per[1] as ShareKind;
    counts ??= shareCounts(run);
    // Counts stated in the same turn (another speaker's or another part of the call's count is in doubt).
    const turn = run.turns.find((t) => t.body.start <= e.start && e.start < t.body.end);
    const same = counts.filter((c) => c.kind === kind && (run.turns.length === 0 || (turn !== undefined && turn.body.start <= c.start && c.end <= turn.body.end)));
    // No count, or counts that disagree: the divisor is in doubt, no check.
    if (same.length === 0 || same.some((a) => same.some((b) => !overlaps(a.interval, b.interval)))) continue;
    const count = same[0];
    const qi = quickInterval(ie, run.tolerance);
    const qe = quickInterval(e, run.tolerance);
    const qim = qi && quickMagnitude(qi);
    const qem = qe && quickMagnitude(qe);
    const qr = qim && count.quick && quickDiv(qim, count.quick);
    if (qr && qem && surelyOverlap(qr, qem)) continue;
    const incomeIv = run.interval(ie);
    const epsIv = run.interval(e);
    const incomeMag = incomeIv && magnitude(incomeIv);
    const epsMag = epsIv && magnitude(epsIv);
    const implied = incomeMag && div(incomeMag, count.interval);
    if (!implied || !epsMag || overlaps(implied, epsMag)) continue;
    const off = gap(implied, epsMag).toDecimalPlaces(4, Decimal.ROUND_FLOOR).toFixed();
    findings.push(
      finding({
        code: 'margin-mismatch',
        target: e,
        message: `${e.text} per ${kind} share does not match ${ie.text} over ${count.amount} ${kind} shares, which is ${formatInterval(implied, 4)} (off by at least ${off}).`,
        related: [related(ie, 'net income'), related(count, `${kind} share count`)],
        explanation: [
          ['Net income', ie.text],
          [`${kind[0].toUpperCase()}${kind.slice(1)} shares`, count.text],
          ['Computed per share', formatInterval(implied, 4)],
          ['Stated per share', formatInterval(epsMag, 4)],
        ],
      }),
    );
  }
  return findings;
}
