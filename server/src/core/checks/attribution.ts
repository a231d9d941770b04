// Which metric and period each figure speaks of, read from the words around it. The rules here are deliberately
// narrow: a figure whose metric cannot be read with confidence gets no key and is then left out of every
// cross-figure check (a false alarm costs more than a miss).
import { reportingQuarter, samePeriodId } from '../periods';
import type { Entity, Turn } from '../types';
import { type LowerText, lowerSlice, lowerText } from './run';

export type PeriodKey = 'current' | 'prior-year' | 'prior-quarter' | 'prior';

export interface Figure {
  entity: Entity;
  /** Position in the sorted entity list. */
  index: number;
  sentence: { start: number; end: number };
  /** The words naming the metric, as read (lower case), or undefined when unsure. */
  metric?: string;
  period: PeriodKey;
  /** True when the metric was carried over from the figure before (`from X`, `compared with X`, `to X`). */
  inherited: boolean;
  /** A change rather than a level: "a decrease of €86 million", "up 80,000 barrels", "a headwind of €46 million". */
  delta: boolean;
  /** The extractor's period id, when it gave one (`2019-Q3`, `FY2021`, `prior-year-quarter`). */
  periodId?: string;
  /** Forecast, range or alternatives ("we expect", "in the range of", "X or Y"): not a reported level. */
  tentative: boolean;
  /** Said of a span longer than a quarter ("year to date", "for the first half", "for the full year"). */
  cumulative?: boolean;
  /** The earlier value of a comparison ("from X", "compared with X", "versus X"): never the later value of another. */
  base?: boolean;
}

/** White space as `\s` reads it, by character code. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The last `words` white-space separated words of `s` (from the start of the earliest of them), or all of `s`.
 * A pattern anchored at the end whose match starts at a word character and spans at most that many words tests the
 * same on this tail: the tail starts right after white space, so `\b` reads the same at its start.
 */
export function lastWords(s: string, words: number): string {
  let i = s.length;
  for (let w = 0; w < words; w++) {
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    if (i === 0) return s;
  }
  return s.slice(i);
}

/** Sentence spans: a `.`, `!` or `?` followed by white space ends a sentence unless it sits inside a figure. */
export function sentenceSpans(text: string, entities: Entity[], turns: Turn[]): { start: number; end: number }[] {
  // Entities come sorted by start; walk them alongside the text so the whole pass stays linear.
  let byStart = entities;
  for (let i = 1; i < entities.length; i++) {
    if (entities[i].start < entities[i - 1].start) {
      byStart = [...entities].sort((a, b) => a.start - b.start);
      break;
    }
  }
  let k = 0;
  let coveredUntil = -1;
  const inside = (i: number) => {
    while (k < byStart.length && byStart[k].start <= i) coveredUntil = Math.max(coveredUntil, byStart[k++].end);
    return i < coveredUntil;
  };
  // Candidate cuts: each sentence mark found by indexOf (far faster than a character loop), merged in order.
  const n = text.length;
  const marks: number[][] = ['.', '!', '?', '\n'].map((c) => {
    const at: number[] = [];
    for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) if (i + 1 >= n || isSpace(text.charCodeAt(i + 1))) at.push(i);
    return at;
  });
  const cuts: number[] = [];
  const heads = [0, 0, 0, 0];
  for (;;) {
    let best = -1;
    for (let m = 0; m < 4; m++) if (heads[m] < marks[m].length && (best < 0 || marks[m][heads[m]] < marks[best][heads[best]])) best = m;
    if (best < 0) break;
    const i = marks[best][heads[best]++];
    if (!inside(i)) cuts.push(i + 1);
  }
  const others = [0, n];
  for (const t of turns) others.push(t.body.start);
  others.sort((a, b) => a - b);
  const spans: { start: number; end: number }[] = [];
  let prev: number | undefined;
  const take = (cut: number) => {
    if (prev !== undefined && cut > prev) spans.push({ start: prev, end: cut });
    if (prev === undefined || cut > prev) prev = cut;
  };
  let a = 0;
  let b = 0;
  while (a < cuts.length || b < others.length) {
    if (b >= others.length || (a < cuts.length && cuts[a] <= others[b])) take(cuts[a++]);
    else take(others[b++]);
  }
  return spans;
}

const PRIOR_YEAR = /\b(?:same (?:period|quarter) (?:of |in )?(?:the )?(?:last|prior|previous) year|(?:a|one) year (?:ago|earlier)|(?:last|prior|previous) year(?:'s)?(?: same (?:period|quarter))?|same (?:period|quarter) a year ago)\b/;
const PRIOR_QUARTER = /\b(?:(?:the )?(?:last|prior|previous|preceding) quarter|sequential(?:ly)?|quarter[- ]over[- ]quarter)\b/;
const CURRENT = /\b(?:this quarter|the quarter|current quarter|this period)\b/;

export function periodOf(words: string): PeriodKey | undefined {
  return periodOfLower(words.toLowerCase());
}

/** Every period pattern needs "year", "quarter", "sequential" or "this period". */
function mayNamePeriod(w: string): boolean {
  return w.includes('year') || w.includes('quarter') || w.includes('sequential') || w.includes('this period');
}

/** `periodOf` for words already in lower case. */
export function periodOfLower(w: string): PeriodKey | undefined {
  if (!mayNamePeriod(w)) return undefined;
  const hits: [number, PeriodKey][] = [];
  for (const [re, key] of [[PRIOR_YEAR, 'prior-year'], [PRIOR_QUARTER, 'prior-quarter'], [CURRENT, 'current']] as const) {
    const m = re.exec(w);
    if (m) hits.push([m.index, key]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  return hits[0]?.[1];
}

/** Words that start a new clause before a metric name; the metric is what follows the last of them. */
const LEADING_CUT =
  /(?:,|;|:|\bof which\b|\bwhile\b|\bwhereas\b|\brepresenting\b|\bwhich (?:is|was)\b|\bwith\b|\bthat\b|\bconsist(?:s|ed|ing)? of\b|\bmade up of\b|\bcompris(?:es|ed|ing)(?: of)?\b)/g;
/** Verbs (and growth nouns) that end a metric name; the metric is what precedes the first of them. */
const VERB_CUT =
  /\b(?:was|were|is|are|has been|have been|reached|amounted|totall?ed|came in|stood|increased|decreased|grew|declined|rose|fell|improved|narrowed|widened|continued|achieved|represented|compared|to|by|at|up|down|(?:an? )?(?:increase|decrease|growth|decline|improvement|reduction))\b/;
const TRAILING = /\b(?:of|for|in|this quarter|the quarter|in the quarter)\s*$/;
/** "for the quarter", "in this quarter", "for the third quarter of 2024", "in Q3": a quarter said after the metric
 * name, not part of it (its period is read separately). */
const TRAILING_QUARTER = /\b(?:for|in|during)\s+(?:(?:the|this)\s+(?:(?:first|second|third|fourth)\s+)?(?:fiscal\s+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?\d{4})?|q[1-4](?:\s+(?:fiscal\s+)?\d{4})?)\s*$/;
// Each word ends where the word does: `to` must not read the start of `total` ("on our total revenue of $402 million").
const CONNECTIVE =
  /(?:(?:\bfrom|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst|\bto)(?![a-z])\s*(?:(?:a|an|the)\s+)?(?:(?:[a-z]+\s+){1,3}of\s+)?|(?:\band|\bor|,)\s*(?:(?:a|an|the)\s+)?)(?:negative\s+|minus\s+)?$/;

/** `from X`, `compared with the gross loss of X`: X is the earlier value of the metric before it. */
const FROM_BEFORE = /\b(?:from|compared (?:with|to)|versus|vs\.?|against)\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z]+\s+){1,3}of\s+)?(?:negative\s+|minus\s+)?$/;

/** Metric names recur through a call: each phrase is normalised once (bounded, so a long session cannot grow it). */
const normalised = new Map<string, string>();

/** Normalise a metric name so that `Our total revenues` and `revenue` meet. */
export function normaliseMetric(phrase: string): string {
  let out = normalised.get(phrase);
  if (out === undefined) {
    if (normalised.size >= 10_000) normalised.clear();
    out = normaliseUncached(phrase);
    normalised.set(phrase, out);
  }
  return out;
}

/** Words that open a clause before the metric name ("and gross margin", "we generated free cash flow of"). */
const LEADING_WORDS = /^\s*(?:(?:and|but|so|also|then|of|for|on|plus)\s+)*(?:(?:we|i)\s+(?:\w+ed|had|have|saw|made|grew|delivered|generated)\s+)?/;

function normaliseUncached(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^a-z0-9&%\s-]/g, ' ')
    .replace(LEADING_WORDS, ' ')
    // Not the `a` of `G&A`.
    .replace(/(?<![&\w])(?:our|the|a|an|its|their|total|overall|this quarter)(?![&\w])/g, ' ')
    .replace(/\b(revenue|expense|cost|service|margin|profit|loss|sale|customer|segment)s\b/g, '$1')
    .replace(/\bfrom\b|\bfor\b/g, 'of')
    .replace(/\br and d\b/g, 'r&d')
    .replace(/\bg and a\b/g, 'g&a')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where the last clause before a figure starts: the end of the last LEADING_CUT match, or -1. Every `,` `;` `:` is a
 * match of its own (no phrase of LEADING_CUT holds one), so scanning from the last of them finds the same matches. */
export function lastClauseStart(s: string): number {
  let last = -1;
  LEADING_CUT.lastIndex = Math.max(0, s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf(':'));
  for (let m = LEADING_CUT.exec(s); m; m = LEADING_CUT.exec(s)) last = m.index + m[0].length;
  return last;
}

const PRONOUN = /^(?:we|i|you|it|they|he|she|this|that|these|those|which|who|us)$/;
/** A multiple that is itself the verb: "Adjusted EBITDA more than tripled", "net loss halved". */
const MULTIPLE_VERB = /(?:doubled|tripled|trebled|quadrupled|halved)$/i;

/** `verbIsFigure`: the figure is the verb ("EBITDA tripled"), so the words before it need no verb of their own. */
function readMetric(raw: string, lowerRaw: string, verbIsFigure = false): string | undefined {
  // Words glued across a lower/upper case boundary ("MissMissed", "ResultsActual") are scraped page furniture.
  if (/[a-z][A-Z]/.test(raw.slice(-60))) return undefined;
  let s = lowerRaw;
  const last = lastClauseStart(s);
  if (last >= 0) s = s.slice(last);
  const v = VERB_CUT.exec(s);
  if (v) s = s.slice(0, v.index);
  // Without a verb or a trailing "of" the words before a figure are a page heading or a list, not a metric.
  else if (!TRAILING.test(s) && !verbIsFigure) return undefined;
  s = s.replace(TRAILING_QUARTER, '').replace(TRAILING, '').replace(/\b(?:further|also|significantly|steadily|again|largely)\s*$/, '');
  const metric = normaliseMetric(s);
  // "We doubled our sales team to 400 people": a pronoun names no metric.
  if (!metric || /^\d/.test(metric) || PRONOUN.test(metric)) return undefined;
  return metric;
}

const DELTA_BEFORE =
  /\b(?:increase[sd]?|decrease[sd]?|declined?|growth|grew|improvement|reduction|rise|rose|drop(?:ped)?|fell|up|down|higher|lower|headwind|tailwind|change|swing|impact|benefit)\s*(?:of|by)?\s*(?:approximately|about|around|almost|nearly|roughly)?\s*(?:negative\s+|minus\s+)?$/;
const DELTA_AFTER = /^\s*(?:higher|lower|more|less|above|below|headwind|tailwind|reduction|increase|decrease|improvement)\b/;
const CUMULATIVE =
  /\b(?:year[- ]to[- ]date|ytd|first (?:half|six months|nine months)|(?:six|nine|twelve|6|9|12) months|(?:full|whole|fiscal)[- ]year|for the year|trailing)\b/;
const TENTATIVE = /\b(?:expect\w*|anticipat\w*|target\w*|guidance|outlook|forecast\w*|plan\w*|range|between|estimat\w*|project\w*|should|will|would|could|may|might)\b/;

/** The patterns anchored at the end of the words before a figure, each matching within their last eight words (so
 * `lastWords(words, 8)` may stand for the words). Listed for the test that holds them to it. */
export const END_ANCHORED: readonly RegExp[] = [CONNECTIVE, FROM_BEFORE, DELTA_BEFORE, /\bto\s*(?:negative\s+|minus\s+)?$/, /\bor\s*$/];

/** Attribute every entity: sentence, metric and period. `lower` is the text lower-cased once, when the caller has it. */
export function attribute(text: string, entities: Entity[], turns: Turn[], lower: LowerText = lowerText(text)): Figure[] {
  const sentences = sentenceSpans(text, entities, turns);
  // Period mentions ("last quarter") are words about a figure, not figures: they stay in the text read around them.
  const sorted = entities.filter((e) => e.kind !== 'period').sort((a, b) => a.start - b.start);
  const callQuarter = reportingQuarter(entities);
  const figures: Figure[] = [];
  const topicOf = topicReader(lower, sentences, turns);
  // What a whole sentence says ("respectively", forecast words) is read once per sentence, not once per figure.
  const sentenceFlags: ({ respectively: boolean; tentative: boolean; periodWords: boolean; cumulativeWords: boolean; basis?: string; lower: string } | undefined)[] = [];
  let s = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    while (s + 1 < sentences.length && sentences[s].end <= e.start) s++;
    const sentence = sentences[s] ?? { start: 0, end: text.length };
    let flags = sentenceFlags[s];
    if (!flags) {
      const sentenceText = lowerSlice(lower, sentence.start, sentence.end);
      flags = sentenceFlags[s] = {
        respectively: /\brespectively\b/.test(sentenceText),
        tentative: TENTATIVE.test(sentenceText),
        periodWords: mayNamePeriod(sentenceText),
        cumulativeWords: CUMULATIVE.test(sentenceText),
        basis: basisOf(sentenceText),
        lower: sentenceText,
      };
    }
    const prev = figures[i - 1];
    const samePrev = prev && prev.entity.end > sentence.start ? prev : undefined;
    const rawStart = samePrev ? samePrev.entity.end : sentence.start;
    const raw = text.slice(rawStart, e.start);
    // Words inside the sentence are cut from its lower-case copy when lower-casing keeps offsets.
    const sentenceLower = flags.lower;
    const lowerIn = (from: number, to: number) =>
      from >= to ? '' : lower.aligned && from >= sentence.start && to <= sentence.end ? sentenceLower.slice(from - sentence.start, to - sentence.start) : lowerSlice(lower, from, to);
    const lowerRaw = lowerIn(rawStart, e.start);
    // The patterns anchored at the end of these words match within their last eight words.
    const rawTail = lastWords(lowerRaw, 8);
    const next = sorted[i + 1];
    const afterEnd = Math.min(next && next.start < sentence.end ? next.start : sentence.end, e.end + 60);
    const lowerAfter = lowerIn(e.end, afterEnd);

    let metric: string | undefined;
    let inherited = false;
    if (flags.respectively) metric = undefined;
    else if (samePrev && CONNECTIVE.test(rawTail)) {
      metric = samePrev.metric;
      inherited = true;
    } else {
      metric = readMetric(raw, lowerRaw, e.kind === 'multiple' && MULTIPLE_VERB.test(e.text));
      // "Revenue was X, representing a decrease of 10.1%": a rate with no metric of its own speaks of the value before.
      if (!metric && samePrev && e.kind === 'percent') {
        metric = samePrev.metric;
        inherited = true;
      }
    }
    const connectiveFrom = FROM_BEFORE.test(rawTail);
    // The words before a figure only name its period when no other figure stands between (their own period words).
    // A value carried over by "from", "compared with" or "and" without period words of its own is some other period.
    const carried = inherited && !/\bto\s*(?:negative\s+|minus\s+)?$/.test(rawTail);
    // Words cut from a sentence without period words name no period.
    const readPeriod = (w: string, from: number, to: number) => (flags.periodWords || !(lower.aligned && from >= sentence.start && to <= sentence.end) ? periodOfLower(w) : undefined);
    const period =
      readPeriod(lowerAfter, e.end, afterEnd) ?? (samePrev ? undefined : readPeriod(lowerRaw, rawStart, e.start)) ?? (connectiveFrom || carried ? 'prior' : 'current');
    const delta = DELTA_BEFORE.test(rawTail) || DELTA_AFTER.test(lowerAfter);
    const tentative = flags.tentative || /\bor\s*$/.test(rawTail) || /^\s*or\b/.test(lowerAfter);
    // "Non-GAAP operating income was X, compared to an operating loss of Y": the sentence's accounting basis
    // belongs to every figure in it, so GAAP and non-GAAP figures are never compared with each other.
    if (metric && flags.basis && !metric.includes('gaap')) metric = `${flags.basis} ${metric}`;
    // "In Asia, revenue was X", "Moving on to Enterprise Cloud. Revenue was X": the topic narrows the metric.
    // Topics are read only for a figure that has a metric to narrow.
    const topics = metric && !metric.includes(': ') ? topicOf(s) : undefined;
    const topic = topics && topicAt(topics, e.start);
    if (metric && topic) metric = `${topic.name}: ${metric}`;
    const cumulative = flags.cumulativeWords && (CUMULATIVE.test(lowerAfter) || (!samePrev && CUMULATIVE.test(lowerRaw)));
    figures.push({ entity: e, index: i, sentence, metric, period, inherited, delta, tentative, periodId: samePeriodId(e.period?.id, callQuarter), ...(cumulative ? { cumulative } : {}), ...(connectiveFrom ? { base: true } : {}) });
  }
  return figures;
}

/** The accounting basis a sentence states, if it states exactly one. */
function basisOf(sentence: string): string | undefined {
  if (!sentence.includes('gaap')) return undefined;
  const non = /\bnon[- ]?\s?gaap\b/.test(sentence);
  const plain = /(?<!non[- ]?\s?)\bgaap\b/.test(sentence.replace(/\bnon[- ]?\s?gaap\b/g, ' '));
  if (non && plain) return undefined;
  return non ? 'non-gaap' : plain ? 'gaap' : undefined;
}

const OPENING = /^\s*(?:in|for|at|within|across|excluding)\b(?:\s+terms of)?([^,]{1,60}),/i;
const FOCUS = /\b(?:moving on to|turning to|turn(?:ing)? now to|now to|focus on|let's look at|looking at|switching to)\s+(?:the\s+)?([^.,]{2,50}?)(?:\s+segment|\s+business|\s+division)?\s*[.,]/i;
/** Every FOCUS match holds one of "g on", "g to", "w to", "s on", "k at", "g at": a quick scan for those, then a
 * look for the hand-over words where they would begin (the hint's offset in each), finds the only sentences worth
 * the full pattern ("turn now to" holds "now to"). */
const FOCUS_HINT = /[gwsk] [ota][ont]/gi;
const FOCUS_WORDS = /(?:moving on to|turning to|now to|focus on|let's look at|looking at|switching to)/iy;
const FOCUS_HINT_OFFSETS = [2, 4, 5, 6, 8, 9];

type Topic = { name: string; from: number };

/** A topic opened inside a sentence, after a comma or semicolon: "In North America, revenue was X, and in
 * international markets, revenue was Y". Asides ("in line with", "in addition") and periods ("in the quarter", read
 * as periods) open none. */
const MID_OPENING = /[,;]\s*(?:(?:and|but|while|whereas)\s+)?(?:in|within|across)\s+(?!(?:line|addition|particular|fact|total|aggregate|short|turn|summary|other words)\b|(?:the|this)\s+(?:(?:first|second|third|fourth|current|same|prior|last)\s+)?(?:fiscal\s+)?(?:quarter|year|period|half)\b)([^,.;:\d$€£¥%]{2,60}),/g;

/** The topic that applies at `at`: the last one opened before it. */
function topicAt(topics: Topic[], at: number): Topic | undefined {
  let found: Topic | undefined;
  for (const t of topics) if (t.from < at) found = t;
  return found;
}

/** The topic each sentence is under (by sentence index): set by an opening phrase or a hand-over ("Moving on to X."),
 * kept for the rest of the turn. `from` is where it starts to apply inside its own sentence. Read on demand, for
 * sentences asked in increasing order: only sentences from the last turn start up to the one asked are read, so
 * turns without figures cost nothing. */
function topicReader(lower: LowerText, sentences: { start: number; end: number }[], turns: Turn[]): (k: number) => Topic[] | undefined {
  const { text } = lower;
  const turnStarts = new Set(turns.map((t) => t.body.start));
  const out: (Topic[] | undefined)[] = [];
  let done = -1;
  let current: Topic | undefined;
  let hintFrom = 0;
  return (wanted) => {
    if (wanted <= done || wanted >= sentences.length) return out[wanted];
    // Sentences before the last turn start up to `wanted` cannot pass a topic on to it.
    let from = done + 1;
    for (let k = done + 1; k <= wanted; k++) if (turnStarts.has(sentences[k].start)) from = k;
    const rangeStart = sentences[from].start;
    const rangeEnd = sentences[wanted].end;
    // Where FOCUS may match in this range: a hint lies inside the hand-over words, so inside the sentence; every
    // start is tried (lastIndex steps by one), so no hint hides another.
    const focusAt: number[] = [];
    FOCUS_HINT.lastIndex = Math.max(rangeStart, hintFrom);
    for (let m = FOCUS_HINT.exec(text); m; m = FOCUS_HINT.exec(text)) {
      const at = m.index;
      if (at >= rangeEnd) break;
      for (const offset of FOCUS_HINT_OFFSETS) {
        FOCUS_WORDS.lastIndex = at - offset;
        if (at - offset >= rangeStart && FOCUS_WORDS.test(text)) {
          focusAt.push(at - offset);
          break;
        }
      }
      FOCUS_HINT.lastIndex = at + 1;
    }
    hintFrom = rangeEnd;
    focusAt.sort((x, y) => x - y);
    let f = 0;
    for (let k = from; k <= wanted; k++) {
      const sp = sentences[k];
      if (turnStarts.has(sp.start)) current = undefined;
      // OPENING is anchored: it needs an opening word's first letter (i, f, a, w, e in either case) after white space.
      let first = sp.start;
      while (first < sp.end && isSpace(text.charCodeAt(first))) first++;
      const c = first < sp.end ? text.charCodeAt(first) | 0x20 : 0;
      const opening = c === 0x69 || c === 0x66 || c === 0x61 || c === 0x77 || c === 0x65 ? OPENING.exec(text.slice(sp.start, sp.end)) : null;
      while (f < focusAt.length && focusAt[f] < sp.start) f++;
      const mayFocus = f < focusAt.length && focusAt[f] < sp.end;
      const focus = mayFocus ? FOCUS.exec(text.slice(sp.start, sp.end)) : null;
      if (opening) current = { name: normaliseMetric(opening[1]), from: sp.start + opening[0].length };
      else if (focus) current = { name: normaliseMetric(focus[1]), from: sp.start + focus.index + focus[0].length };
      if (current) out[k] = [{ name: current.name, from: current.from > sp.start ? current.from : sp.start }];
      // Topics opened inside the sentence hold from there on, and for the sentences after it.
      const body = text.slice(sp.start, sp.end);
      if (body.includes(',') || body.includes(';')) {
        MID_OPENING.lastIndex = 0;
        for (let m = MID_OPENING.exec(body); m; m = MID_OPENING.exec(body)) {
          current = { name: normaliseMetric(m[1]), from: sp.start + m.index + m[0].length };
          (out[k] ??= []).push(current);
        }
      }
    }
    done = wanted;
    return out[wanted];
  };
}

/** Said of a span longer than a quarter, in words ("for the full year") or by the period the figure names
 * ("Full-year operating income", "fiscal 2024", "H1"). */
export function longerThanQuarter(f: Figure): boolean {
  return !!f.cumulative || /^(?:full-year|year-to-date|FY\d+|(?:\d{4}-)?H[12])$/.test(f.periodId ?? '');
}

/** Two figures can be compared as the same kind of quantity (money in one currency, percent with percent...). */
export function sameQuantity(a: Entity, b: Entity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return (a.currency ?? '') === (b.currency ?? '') && !!a.perShare === !!b.perShare;
  if (a.kind === 'count') return (a.unit ?? '') === (b.unit ?? '');
  return true;
}
