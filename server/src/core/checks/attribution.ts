// Which metric and period each figure speaks of, read from the words around it. The rules here are deliberately
// narrow: a figure whose metric cannot be read with confidence gets no key and is then left out of every
// cross-figure check (a false alarm costs more than a miss).
import type { Entity, Turn } from '../types';

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
}

/** Sentence spans: a `.`, `!` or `?` followed by white space ends a sentence unless it sits inside a figure. */
export function sentenceSpans(text: string, entities: Entity[], turns: Turn[]): { start: number; end: number }[] {
  // Entities come sorted by start; walk them alongside the text so the whole pass stays linear.
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  let k = 0;
  let coveredUntil = -1;
  const inside = (i: number) => {
    while (k < byStart.length && byStart[k].start <= i) coveredUntil = Math.max(coveredUntil, byStart[k++].end);
    return i < coveredUntil;
  };
  const cuts = new Set<number>([0, text.length]);
  for (const t of turns) cuts.add(t.body.start);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63 || c === 10) && (i + 1 >= text.length || /\s/.test(text[i + 1])) && !inside(i)) cuts.add(i + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) if (sorted[k + 1] > sorted[k]) spans.push({ start: sorted[k], end: sorted[k + 1] });
  return spans;
}

const PRIOR_YEAR = /\b(?:same (?:period|quarter) (?:of |in )?(?:the )?(?:last|prior|previous) year|(?:a|one) year (?:ago|earlier)|(?:last|prior|previous) year(?:'s)?(?: same (?:period|quarter))?|same (?:period|quarter) a year ago)\b/;
const PRIOR_QUARTER = /\b(?:(?:the )?(?:last|prior|previous|preceding) quarter|sequential(?:ly)?|quarter[- ]over[- ]quarter)\b/;
const CURRENT = /\b(?:this quarter|the quarter|current quarter|this period)\b/;

export function periodOf(words: string): PeriodKey | undefined {
  const w = words.toLowerCase();
  const hits: [number, PeriodKey][] = [];
  for (const [re, key] of [[PRIOR_YEAR, 'prior-year'], [PRIOR_QUARTER, 'prior-quarter'], [CURRENT, 'current']] as const) {
    const m = re.exec(w);
    if (m) hits.push([m.index, key]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  return hits[0]?.[1];
}

/** Words that start a new clause before a metric name; the metric is what follows the last of them. */
const LEADING_CUT = /(?:,|;|:|\bof which\b|\bwhile\b|\bwhereas\b|\brepresenting\b|\bwhich (?:is|was)\b|\bwith\b|\bthat\b)/g;
/** Verbs (and growth nouns) that end a metric name; the metric is what precedes the first of them. */
const VERB_CUT =
  /\b(?:was|were|is|are|has been|have been|reached|amounted|totall?ed|came in|stood|increased|decreased|grew|declined|rose|fell|improved|narrowed|widened|continued|achieved|represented|compared|to|by|at|up|down|(?:an? )?(?:increase|decrease|growth|decline|improvement|reduction))\b/;
const TRAILING = /\b(?:of|for|in|this quarter|the quarter|in the quarter)\s*$/;
const CONNECTIVE =
  /(?:(?:\bfrom|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst|\bto)\s*(?:(?:a|an|the)\s+)?(?:(?:[a-z]+\s+){1,3}of\s+)?|(?:\band|\bor|,)\s*(?:(?:a|an|the)\s+)?)(?:negative\s+|minus\s+)?$/;

/** `from X`, `compared with the gross loss of X`: X is the earlier value of the metric before it. */
const FROM_BEFORE = /\b(?:from|compared (?:with|to)|versus|vs\.?|against)\s+(?:(?:the|a|an)\s+)?(?:(?:[a-z]+\s+){1,3}of\s+)?(?:negative\s+|minus\s+)?$/;

/** Normalise a metric name so that `Our total revenues` and `revenue` meet. */
export function normaliseMetric(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^a-z0-9&%\s-]/g, ' ')
    .replace(/\b(?:our|the|a|an|its|their|total|overall|this quarter)\b/g, ' ')
    .replace(/\b(revenue|expense|cost|service|margin|profit|loss|sale|customer|segment)s\b/g, '$1')
    .replace(/\bfrom\b|\bfor\b/g, 'of')
    .replace(/\br and d\b/g, 'r&d')
    .replace(/\bg and a\b/g, 'g&a')
    .replace(/\s+/g, ' ')
    .trim();
}

function readMetric(raw: string): string | undefined {
  // Words glued across a lower/upper case boundary ("MissMissed", "ResultsActual") are scraped page furniture.
  if (/[a-z][A-Z]/.test(raw.slice(-60))) return undefined;
  let s = raw.toLowerCase();
  let last = -1;
  for (const m of s.matchAll(LEADING_CUT)) last = m.index + m[0].length;
  if (last >= 0) s = s.slice(last);
  const v = VERB_CUT.exec(s);
  if (v) s = s.slice(0, v.index);
  // Without a verb or a trailing "of" the words before a figure are a page heading or a list, not a metric.
  else if (!TRAILING.test(s)) return undefined;
  s = s.replace(TRAILING, '').replace(/\b(?:further|also|significantly|steadily|again|largely)\s*$/, '');
  const metric = normaliseMetric(s);
  if (!metric || /^\d/.test(metric)) return undefined;
  return metric;
}

/** Attribute every entity: sentence, metric and period. */
export function attribute(text: string, entities: Entity[], turns: Turn[]): Figure[] {
  const sentences = sentenceSpans(text, entities, turns);
  // Period mentions ("last quarter") are words about a figure, not figures: they stay in the text read around them.
  const sorted = entities.filter((e) => e.kind !== 'period').sort((a, b) => a.start - b.start);
  const figures: Figure[] = [];
  const topics = topicsOf(text, sentences, turns);
  let s = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    while (s + 1 < sentences.length && sentences[s].end <= e.start) s++;
    const sentence = sentences[s] ?? { start: 0, end: text.length };
    const prev = figures[i - 1];
    const samePrev = prev && prev.entity.end > sentence.start ? prev : undefined;
    const raw = text.slice(samePrev ? samePrev.entity.end : sentence.start, e.start);
    const next = sorted[i + 1];
    const after = text.slice(e.end, Math.min(next && next.start < sentence.end ? next.start : sentence.end, e.end + 60));
    const sentenceText = text.slice(sentence.start, sentence.end).toLowerCase();

    let metric: string | undefined;
    let inherited = false;
    if (/\brespectively\b/.test(sentenceText)) metric = undefined;
    else if (samePrev && CONNECTIVE.test(raw.toLowerCase())) {
      metric = samePrev.metric;
      inherited = true;
    } else {
      metric = readMetric(raw);
      // "Revenue was X, representing a decrease of 10.1%": a rate with no metric of its own speaks of the value before.
      if (!metric && samePrev && e.kind === 'percent') {
        metric = samePrev.metric;
        inherited = true;
      }
    }
    const connectiveFrom = FROM_BEFORE.test(raw.toLowerCase());
    // The words before a figure only name its period when no other figure stands between (their own period words).
    // A value carried over by "from", "compared with" or "and" without period words of its own is some other period.
    const carried = inherited && !/\bto\s*(?:negative\s+|minus\s+)?$/.test(raw.toLowerCase());
    const period = periodOf(after) ?? (samePrev ? undefined : periodOf(raw)) ?? (connectiveFrom || carried ? 'prior' : 'current');
    const lowerRaw = raw.toLowerCase();
    const delta =
      /\b(?:increase[sd]?|decrease[sd]?|declined?|growth|grew|improvement|reduction|rise|rose|drop(?:ped)?|fell|up|down|higher|lower|headwind|tailwind|change|swing|impact|benefit)\s*(?:of|by)?\s*(?:approximately|about|around|almost|nearly|roughly)?\s*(?:negative\s+|minus\s+)?$/.test(lowerRaw) ||
      /^\s*(?:higher|lower|more|less|above|below|headwind|tailwind|reduction|increase|decrease|improvement)\b/.test(after.toLowerCase());
    const tentative =
      /\b(?:expect\w*|anticipat\w*|target\w*|guidance|outlook|forecast\w*|plan\w*|range|between|estimat\w*|project\w*|should|will|would|could|may|might)\b/.test(sentenceText) ||
      /\bor\s*$/.test(lowerRaw) || /^\s*or\b/.test(after.toLowerCase());
    // "In Asia, revenue was X", "Moving on to Enterprise Cloud. Revenue was X": the topic narrows the metric.
    const topic = topics.get(sentence.start);
    if (metric && !metric.includes(': ') && topic && e.start > topic.from) metric = `${topic.name}: ${metric}`;
    figures.push({ entity: e, index: i, sentence, metric, period, inherited, delta, tentative, periodId: e.period?.id });
  }
  return figures;
}

const OPENING = /^\s*(?:in|for|at|within|across|excluding)\b(?:\s+terms of)?([^,]{1,60}),/i;
const FOCUS = /\b(?:moving on to|turning to|turn(?:ing)? now to|now to|focus on|let's look at|looking at|switching to)\s+(?:the\s+)?([^.,]{2,50}?)(?:\s+segment|\s+business|\s+division)?\s*[.,]/i;

/** The topic each sentence is under: set by an opening phrase or a hand-over ("Moving on to X."), kept for the
 * rest of the turn. `from` is where it starts to apply inside its own sentence. */
function topicsOf(text: string, sentences: { start: number; end: number }[], turns: Turn[]): Map<number, { name: string; from: number }> {
  const turnStarts = new Set(turns.map((t) => t.body.start));
  const out = new Map<number, { name: string; from: number }>();
  let current: { name: string; from: number } | undefined;
  for (const sp of sentences) {
    if (turnStarts.has(sp.start)) current = undefined;
    const words = text.slice(sp.start, sp.end);
    const opening = OPENING.exec(words);
    const focus = FOCUS.exec(words);
    if (opening) current = { name: normaliseMetric(opening[1]), from: sp.start + opening[0].length };
    else if (focus) current = { name: normaliseMetric(focus[1]), from: sp.start + focus.index + focus[0].length };
    if (current) out.set(sp.start, { name: current.name, from: current.from > sp.start ? current.from : sp.start });
  }
  return out;
}

/** Two figures can be compared as the same kind of quantity (money in one currency, percent with percent...). */
export function sameQuantity(a: Entity, b: Entity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return (a.currency ?? '') === (b.currency ?? '') && !!a.perShare === !!b.perShare;
  if (a.kind === 'count') return (a.unit ?? '') === (b.unit ?? '');
  return true;
}
