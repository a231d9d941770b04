// Fiscal periods named in the text (`Q2 2023`, `second quarter of 2023`, `FY24`, `first half`, `same period last
// year`), normalised to a PeriodRef id. Works on the entity tokenizer's tokens; each match reads a few tokens.
import { defineWordTag, type Token } from './entities/tokens';
import type { Entity } from './types';

// Without a prototype, so `constructor quarter` finds no ordinal.
const ORDINAL_QUARTER: Record<string, number> = Object.assign(Object.create(null), { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 });
/** `quarter three of 2019`, `quarter 3`: the number said after the word. */
const CARDINAL_QUARTER: Record<string, number> = Object.assign(Object.create(null), { one: 1, two: 2, three: 3, four: 4, '1': 1, '2': 2, '3': 3, '4': 4 });
const ORDINAL_HALF: Record<string, number> = Object.assign(Object.create(null), { first: 1, second: 2 });

/** Relative periods, longest first. `-` tokens in the text are skipped when matching. */
const RELATIVE: Array<[string, string]> = [
  ['same period of last year', 'prior-year-quarter'],
  ['same period of the last year', 'prior-year-quarter'],
  ['same period of the previous year', 'prior-year-quarter'],
  ['same period of the prior year', 'prior-year-quarter'],
  ['same period last year', 'prior-year-quarter'],
  ['same period a year ago', 'prior-year-quarter'],
  ['same quarter of last year', 'prior-year-quarter'],
  ['same quarter last year', 'prior-year-quarter'],
  ['same quarter a year ago', 'prior-year-quarter'],
  ['same quarter of the prior year', 'prior-year-quarter'],
  ['same quarter of the previous year', 'prior-year-quarter'],
  ['prior year quarter', 'prior-year-quarter'],
  ['prior year period', 'prior-year-quarter'],
  ['year ago quarter', 'prior-year-quarter'],
  ['year ago period', 'prior-year-quarter'],
  ['a year ago', 'prior-year-quarter'],
  ['last quarter', 'prior-quarter'],
  ['previous quarter', 'prior-quarter'],
  ['prior quarter', 'prior-quarter'],
  ['preceding quarter', 'prior-quarter'],
  ['sequential quarter', 'prior-quarter'],
  ['this quarter', 'current-quarter'],
  ['current quarter', 'current-quarter'],
  ['the quarter', 'current-quarter'],
  ['full year', 'full-year'],
  ['whole year', 'full-year'],
  // `for the year ago quarter` is the prior year's quarter, not the year.
  ['for the year ago quarter', 'prior-year-quarter'],
  ['for the year ago period', 'prior-year-quarter'],
  ['for the year', 'full-year'],
  ['this year', 'full-year'],
  ['current year', 'full-year'],
  ['year to date', 'year-to-date'],
  ['ytd', 'year-to-date'],
  ['year end', 'year-end'],
  ['end of the year', 'year-end'],
  // An earlier time without a date (`Three years ago`, `a decade ago`).
  ['years ago', 'earlier'],
  ['decade ago', 'earlier'],
  ['last year', 'prior-year'],
  ['prior year', 'prior-year'],
  ['previous year', 'prior-year'],
];
const RELATIVE_WORDS = RELATIVE.map(([p, id]) => [p.split(' '), id] as const);
/** By first word, keeping the longest-first order. */
const RELATIVE_INDEX = new Map<string, Array<(typeof RELATIVE_WORDS)[number]>>();
for (const r of RELATIVE_WORDS) RELATIVE_INDEX.set(r[0][0], [...(RELATIVE_INDEX.get(r[0][0]) ?? []), r]);

function fullYear(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num' || t.commas || (t.dots ?? 0) > 0) return undefined;
  if (/^(19|20)\d\d$/.test(t.text)) return Number(t.text);
  return undefined;
}

function shortYear(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'num' || t.commas || (t.dots ?? 0) > 0) return undefined;
  if (/^\d\d$/.test(t.text)) return 2000 + Number(t.text);
  return fullYear(t);
}

interface Match {
  end: number; // token index after the match
  id: string;
  year?: number;
}

/** Words a period can start with; other tokens are skipped without trying the patterns. */
const STARTS = defineWordTag(['q', 'h', 'fy', 'fiscal', 'full', 'half', 'first', 'second', 'third', 'fourth', 'quarter', ...RELATIVE_WORDS.map(([w]) => w[0])]);
/** Starts that need no particular next word (`Q2`, `FY24`, `fiscal 2024`, `quarter three`). */
const STANDALONE = defineWordTag(['q', 'h', 'fy', 'fiscal', 'quarter', 'ytd']);
/** Every other start needs one of these next, perhaps after a `-` (`second quarter`, `full-year`, `the quarter`). */
const SECOND_WORDS = defineWordTag(['quarter', 'half', 'year', ...RELATIVE_WORDS.flatMap(([w]) => w.slice(1, 2))]);

/** Whether the word at i may start a period: cheap tag tests so common words (`the`, `last`) rarely try the patterns. */
function mayStartPeriod(t: Token[], i: number): boolean {
  const tags = t[i].tags;
  if (!(tags & STARTS)) return false;
  if (tags & STANDALONE) return true;
  let next = t[i + 1];
  if (next?.kind === 'sym' && next.text === '-') next = t[i + 2];
  return next !== undefined && (next.tags & SECOND_WORDS) !== 0;
}

function lowerAt(t: Token[], k: number): string {
  return t[k]?.lower ?? '';
}

export function findPeriods(text: string, tokens: Token[]): Entity[] {
  const out: Array<{ start: number; end: number; m: Match }> = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    const m = mayStartPeriod(tokens, i) || (tok.kind === 'num' && tok.end - tok.start === 1) ? matchAt(tokens, i) : calendarYear(tokens, i);
    if (m) {
      out.push({ start: i, end: m.end, m });
      i = m.end;
    } else i++;
  }
  return out.map(({ start, end, m }) => {
    const s = tokens[start].start;
    const e = tokens[end - 1].end;
    const words = text.slice(s, e);
    return { kind: 'period', start: s, end: e, text: words, period: { id: m.id, text: words, span: { start: s, end: e } } } satisfies Entity;
  });
}

/** Words before a year that make it the period a figure speaks of (`Back in 2019, revenue was`, `versus 2022`). */
const YEAR_LEAD = defineWordTag(['in', 'for', 'during', 'from', 'to', 'versus', 'vs', 'than']);

/** `in 2019`: a year said alone is that calendar year (id `2019`), unless a date or a month comes with it. */
function calendarYear(t: Token[], i: number): Match | undefined {
  const y = t[i].kind === 'num' && t[i].spaced ? fullYear(t[i]) : undefined;
  if (y === undefined || !(t[i - 1]?.tags & YEAR_LEAD)) return undefined;
  const next = t[i + 1];
  // `in 2019-2020`, `in 2019/20`: a span the patterns above do not read.
  if (next && !next.spaced && (next.text === '-' || next.text === '/')) return undefined;
  return { end: i + 1, id: String(y), year: y };
}

/**
 * Quarters and halves said without a year (`second quarter`, `H2`) take the year of the call's first dated period
 * (`Q2 2023`, `half year 2025`, `fiscal 2024`: how a call names itself at the start).
 * Applies to period entities and to the periods attributed to figures alike.
 */
export function resolvePeriodYears(entities: Entity[]): void {
  let reference: string | undefined;
  for (const e of entities) {
    const m = e.kind === 'period' ? /^(\d{4})-[QH]\d$|^FY(\d{4})$/.exec(e.period?.id ?? '') : null;
    if (m) {
      reference = m[1] ?? m[2];
      break;
    }
  }
  if (!reference) return;
  for (const e of entities) {
    if (e.period && /^[QH]\d$/.test(e.period.id)) e.period = { ...e.period, id: `${reference}-${e.period.id}` };
  }
}

function matchAt(t: Token[], i: number): Match | undefined {
  const a = t[i];
  const w = (k: number) => lowerAt(t, k);
  // Q2, Q2 2023, Q2'23, Q2 FY23
  if (a.kind === 'word' && (a.lower === 'q' || a.lower === 'h') && t[i + 1]?.kind === 'num' && !t[i + 1].spaced && /^[1-4]$/.test(t[i + 1].text)) {
    const n = Number(t[i + 1].text);
    if (a.lower === 'h' && n > 2) return undefined;
    const tag = `${a.lower === 'q' ? 'Q' : 'H'}${n}`;
    return withYear(t, i + 2, tag);
  }
  // 2Q23, 1H 2024
  if (a.kind === 'num' && /^[1-4]$/.test(a.text) && t[i + 1]?.kind === 'word' && !t[i + 1].spaced && (w(i + 1) === 'q' || w(i + 1) === 'h')) {
    const tag = `${w(i + 1) === 'q' ? 'Q' : 'H'}${a.text}`;
    const y = t[i + 2] && shortYear(t[i + 2]);
    if (y !== undefined && /^\d\d$|^\d{4}$/.test(t[i + 2].text)) return { end: i + 3, id: `${y}-${tag}`, year: y };
    return { end: i + 2, id: tag };
  }
  // quarter three of 2019, quarter 3 2019 (as speech-to-text writes "Q3")
  if (a.lower === 'quarter') {
    const next = t[i + 1];
    const n = next ? CARDINAL_QUARTER[next.kind === 'num' ? next.text : w(i + 1)] : undefined;
    return n !== undefined ? withYear(t, i + 2, `Q${n}`, i) : undefined;
  }
  // FY24, FY 2024, fiscal 2024, fiscal year 2024
  if (a.lower === 'fy') {
    const y = shortYear(t[i + 1]);
    if (y !== undefined) return { end: i + 2, id: `FY${y}`, year: y };
    return undefined;
  }
  if (a.lower === 'fiscal') {
    let k = i + 1;
    if (w(k) === 'year') k++;
    const y = fullYear(t[k]) ?? (t[k]?.text.length === 2 ? shortYear(t[k]) : undefined);
    if (y !== undefined) return { end: k + 1, id: `FY${y}`, year: y };
    // `fiscal third quarter`: falls through to the ordinal rule below
  }
  let k = i;
  if (a.lower === 'fiscal') k++;
  const ord = w(k);
  if (ORDINAL_QUARTER[ord] !== undefined && w(k + 1) === 'quarter') {
    return withYear(t, k + 2, `Q${ORDINAL_QUARTER[ord]}`, i);
  }
  if (ORDINAL_HALF[ord] !== undefined && w(k + 1) === 'half') {
    return withYear(t, k + 2, `H${ORDINAL_HALF[ord]}`, i);
  }
  if ((a.lower === 'full' || a.lower === 'fiscal') && t[i + 1]?.text === '-' && w(i + 2) === 'year') {
    const y = fullYear(t[i + 3]);
    return y !== undefined ? { end: i + 4, id: `FY${y}`, year: y } : { end: i + 3, id: 'full-year' };
  }
  // `half year 2025 results`, `half-year 2025`: a European interim report, the first half.
  if (a.lower === 'half' && w(i + (t[i + 1]?.text === '-' ? 2 : 1)) === 'year') {
    const k = i + (t[i + 1]?.text === '-' ? 3 : 2);
    const y = fullYear(t[k]);
    return y !== undefined ? { end: k + 1, id: `${y}-H1`, year: y } : undefined;
  }
  if (a.lower === 'full' && w(i + 1) === 'year') {
    const y = fullYear(t[i + 2]);
    if (y !== undefined) return { end: i + 3, id: `FY${y}`, year: y };
  }
  for (const [words, id] of RELATIVE_INDEX.get(a.lower) ?? []) {
    let j = i;
    let ok = true;
    for (const word of words) {
      if (t[j]?.text === '-' && j > i) j++;
      if (w(j) !== word) {
        ok = false;
        break;
      }
      j++;
    }
    if (ok) return { end: j, id };
  }
  return undefined;
}

/** After `Q2` / `second quarter`: optional `of` / `fiscal` / `year` then a year. */
function withYear(t: Token[], k: number, tag: string, _from?: number): Match {
  let j = k;
  const w = (x: number) => t[x]?.lower ?? '';
  if (w(j) === 'of') j++;
  if (w(j) === 'fiscal' || w(j) === 'fy') j++;
  if (w(j) === 'year') j++;
  if (t[j]?.text === "'" || t[j]?.text === '’') {
    const y = shortYear(t[j + 1]);
    if (y !== undefined && t[j + 1].text.length === 2) return { end: j + 2, id: `${y}-${tag}`, year: y };
  }
  const y = fullYear(t[j]) ?? (w(j - 1) === 'fy' ? shortYear(t[j]) : undefined);
  if (y !== undefined) return { end: j + 1, id: `${y}-${tag}`, year: y };
  return { end: k, id: tag };
}

const RELATIVE_LABELS: Record<string, string> = {
  'current-quarter': 'this quarter',
  'prior-quarter': 'previous quarter',
  'prior-year-quarter': 'same quarter last year',
  'full-year': 'full year',
  'prior-year': 'previous year',
  'year-to-date': 'year to date',
  'year-end': 'year end',
  earlier: 'an earlier time',
  guidance: 'guidance',
};

/** A period id as a reader says it: `2023-Q2` → `Q2 2023`, `prior-year-quarter` → `same quarter last year`. */
export function describePeriod(id: string): string {
  const relative = RELATIVE_LABELS[id];
  if (relative) return relative;
  const dated = /^(\d{4})-([QH][1-4])$/.exec(id);
  if (dated) return `${dated[2]} ${dated[1]}`;
  const fiscal = /^FY(\d{4})$/.exec(id);
  if (fiscal) return `fiscal year ${fiscal[1]}`;
  return id;
}

/** How far into the text the call's own quarter is looked for (the operator's welcome, the first remarks). */
const CALL_HEAD = 3000;
const QUARTER_ID = /^(?:\d{4}-)?Q[1-4]$/;

/** The quarter the call reports on, as the call names it near its start ("third quarter 2024" -> `2024-Q3`), before
 * any figure: a quarter named after the first figures ("Revenue in Q2 was ...") is a comparison, not the call's. */
export function reportingQuarter(entities: readonly Entity[]): string | undefined {
  for (const e of entities) {
    if (e.start > CALL_HEAD || e.kind === 'money' || e.kind === 'percent') break;
    if (e.kind === 'period' && e.period && QUARTER_ID.test(e.period.id)) return e.period.id;
  }
  return undefined;
}

/** "Revenue for the third quarter was X" and "revenue was Y this quarter" speak of one period when the call reports
 * on the third quarter: both read as the current quarter. */
export function samePeriodId(id: string | undefined, callQuarter: string | undefined): string | undefined {
  if (!id || !callQuarter || id === 'current-quarter') return id;
  if (id === callQuarter || (/^Q[1-4]$/.test(id) && callQuarter.endsWith('-' + id))) return 'current-quarter';
  return id;
}
