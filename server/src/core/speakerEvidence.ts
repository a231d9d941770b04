// Patterns by which a call names its speakers: the operator's introductions, hand-offs, self-introductions,
// thanks addressed to the previous speaker, and the roster read out at the start ("our CFO, Henry He").
// Every pattern has bounded quantifiers so it runs in linear time on any body.
import { LETTER } from './text/letters';

// A capitalised word, or an initial with its period (`J.`); a period after a longer word ends the name.
const NAME_WORD = String.raw`(?:[A-Z]\.|[A-Z][${LETTER}'’-]{0,30})`;
/** One to four capitalised words (a person's name as transcribed). */
export const NAME = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,3}`;
const FIRM_WORD = String.raw`(?:[A-Z0-9&][${LETTER}0-9&'’.-]{0,30}|of|and|&|de|du|the|du)`;
const FIRM = String.raw`[A-Z0-9&][${LETTER}0-9&'’.-]{0,30}(?:[ \t]+${FIRM_WORD}){0,6}`;

/** Executive titles, longest first within each family so the alternation prefers the full title. */
export const TITLE = String.raw`(?:(?:Executive |Senior )?Vice[- ]Chairman(?: and (?:CEO|Chief Executive Officer))?|Chairman(?: and (?:CEO|Chief Executive Officer))?|(?:Co-)?Founder(?: and (?:CEO|Chief Executive Officer))?|(?:Group |Co-)?Chief [A-Z][a-z]+(?: [A-Z][a-z]+){0,2} Officer|(?:Co-)?CEO|CFO|COO|CTO|CIO|CMO|CRO|CAO|President(?: and (?:CEO|Chief Executive Officer))?|(?:Senior |Executive )?(?:Vice President|VP|SVP|EVP)(?:,? (?:of )?[A-Z][${LETTER}&]*(?: (?:and |of |& )?[A-Z][${LETTER}&]*){0,3})?|(?:Head|Director|Manager|Vice President) of Investor Relations|(?:IR|Investor Relations) (?:Manager|Director|Head|Officer)|Treasurer|Controller|General Counsel|Managing Director)`;

const HONORIFIC = String.raw`(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?[ \t]+)?`;

/** "Our first question comes from the line of Timothy Zhao from Goldman Sachs." Groups 1/3/5/7 hold the name, 2/4/6
 * the firm; the last form names no firm ("Our next question is coming from Buck Horne. Buck, your line is live."). */
export const OPERATOR_INTRODUCTION = new RegExp(
  String.raw`\b(?:questions?|follow[- ]up)(?:[ \t]+today)?(?:[ \t]+(?:comes|is coming|will come|come|is|are coming|is now coming))?[ \t]+(?:from|form)(?:[ \t]+(?:the[ \t]+)?line[ \t]+of)?[ \t]+(${NAME}),?[ \t]+(?:from|of|with|at)[ \t]+(${FIRM})` +
    String.raw`|\b(?:[Ww]e'll|[Ww]e[ \t]+will|[Ll]et's|[Ww]e)[ \t]+(?:go|move|turn)(?:[ \t]+next)?(?:[ \t]+over)?[ \t]+to[ \t]+(?:the[ \t]+line[ \t]+of[ \t]+)?(${NAME}),?[ \t]+(?:from|of|with|at)[ \t]+(${FIRM})` +
    String.raw`|\b(?:[Nn]ext,?[ \t]+we[ \t]+have|(?:next|first)[ \t]+caller[ \t]+is|[Uu]p[ \t]+next[ \t]+is|[Nn]ext[ \t]+up[ \t]+is)[ \t]+(${NAME}),?[ \t]+(?:from|of|with|at)[ \t]+(${FIRM})` +
    String.raw`|\bquestions?[ \t]+(?:comes|is coming|will come|is)[ \t]+from[ \t]+(?:the[ \t]+line[ \t]+of[ \t]+|an?[ \t]+)?(${NAME})(?=[ \t]*[.?!]|[ \t]+[Pp]lease\b|[ \t]*$)`,
  'gd',
);

/** "I would now like to hand the conference over to your speaker today, Nicole Shan, IR Manager." and
 * "I will now pass the call over to our CFO, Henry". Group 1 is the target phrase, parsed separately. */
// "turn to" alone is a change of topic ("Turning to Camelot"), so `turn` needs an object or `over`.
// Case-sensitive with explicit capitals and no `u` flag: this runs over every turn, and those flags make it slow.
export const HAND_OFF =
  /\b(?:(?:[Hh]and|[Pp]ass|[Tt]urn)(?:ing)?[ \t]+(?:(?:the[ \t]+)?(?:call|conference|floor|line|meeting|presentation|it|things)[ \t]+(?:back[ \t]+)?(?:over[ \t]+)?to|(?:back[ \t]+)?over[ \t]+to)|(?:[Hh]and|[Pp]ass)(?:ing)?[ \t]+(?:back[ \t]+)?to|[Ii]ntroduc(?:e|ing))[ \t]+([^.!?]{2,120})/g;

const TARGET_PREFIX = /^(?:(?:your|our|the)[ \t]+(?:speaker|host|presenter)s?(?:[ \t]+(?:for[ \t]+)?today)?,?[ \t]+|my[ \t]+colleague,?[ \t]+|our[ \t]+|the[ \t]+company's[ \t]+|the[ \t]+)/i;
const TITLE_THEN_NAME = new RegExp(String.raw`^(${TITLE}),?[ \t]+${HONORIFIC}(${NAME})`);
const NAME_THEN_TITLE = new RegExp(String.raw`^${HONORIFIC}(${NAME})(?:,[ \t]+(?:our[ \t]+|the[ \t]+)?(${TITLE}|[A-Z][^.!?]{1,80}))?`);
const TITLE_ONLY = new RegExp(String.raw`^(${TITLE})\b`);

/** "This is Henry." near the start of a turn. */
export const SELF_INTRODUCTION = new RegExp(String.raw`\b(?:[Tt]his is|I am|I'm|[Mm]y name is)[ \t]+(${NAME})`);
/** An analyst naming themselves with their firm near the start of their turn: "this is Bob Lee from Big Bank",
 * "it's Sue Quant with Data Capital", "Bob Lee from Big Bank here", "Bob Lee here with Big Bank". Groups 1/3/5 are
 * the name, 2/4/6 the firm (read with `cleanFirm`). Case-sensitive so a name starts with a capital. */
export const ANALYST_SELF_INTRODUCTION = new RegExp(
  String.raw`\b(?:[Tt]his is|[Ii]t['’]s|[Ii]t is|I['’]m|I am|[Mm]y name is)[ \t]+(${NAME}),?[ \t]+(?:from|with|at|of)[ \t]+(?:the[ \t]+)?(${FIRM})` +
    String.raw`|(?:^|[.,!][ \t]+)(${NAME})[ \t]+(?:from|with|at)[ \t]+(?:the[ \t]+)?(${FIRM})[ \t]+here\b` +
    String.raw`|(?:^|[.,!][ \t]+)(${NAME})[ \t]+here[ \t]+(?:from|with|at)[ \t]+(?:the[ \t]+)?(${FIRM})`,
  'd',
);

export interface AnalystSelfIntroduction {
  name: string;
  firm: string;
  /** Offsets in the searched string, from the introducing words to the end of the firm as read. */
  start: number;
  end: number;
}

/** The first analyst self-introduction in `head` (the opening words of a turn), name and firm cleaned. */
export function analystSelfIntroduction(head: string): AnalystSelfIntroduction | undefined {
  const m = ANALYST_SELF_INTRODUCTION.exec(head);
  if (!m) return undefined;
  const k = m[1] !== undefined ? 1 : m[3] !== undefined ? 3 : 5;
  const name = cleanName(m[k]);
  const firm = cleanFirm(m[k + 1]);
  if (!name || !firm) return undefined;
  const nameAt = m.indices![k][0];
  const firmAt = m.indices![k + 1][0];
  // "this is …" starts the evidence; the bare forms start at the name, not at the punctuation before it.
  const start = k === 1 ? m.index : nameAt;
  const end = k === 3 ? m.index + m[0].length : firmAt + firm.length;
  return { name, firm, start, end };
}

// The title a speaker gives right after their name: "I'm Jane Doe, head of investor relations", "This is Henry, CFO".
const SELF_TITLE_LEAD = String.raw`^,?[ \t]+(?:(?:and[ \t]+)?I(?:['’]m|[ \t]+am)[ \t]+)?(?:(?:the|our)[ \t]+)?`;
const WRITTEN_SELF_TITLE = new RegExp(String.raw`${SELF_TITLE_LEAD}(${TITLE})\b`);
// Spoken titles come in lower case too; case-insensitive, so only fixed words (an `[A-Z]` slot would match anything).
const SPOKEN_SELF_TITLE = new RegExp(
  String.raw`${SELF_TITLE_LEAD}((?:(?:senior[ \t]+)?(?:vice[ \t]+president|vp|director|head|manager)[ \t]+(?:of[ \t]+)?)?investor[ \t]+relations(?:[ \t]+(?:director|manager|officer|lead))?|chief[ \t]+[a-z]{2,20}(?:[ \t]+[a-z]{2,20}){0,2}[ \t]+officer|ceo|cfo|coo|cto|treasurer|controller|general[ \t]+counsel)\b`,
  'i',
);

/** The title a speaker gives right after naming themselves (`after` follows the name) and where it ends in `after`. */
export function selfIntroducedTitle(after: string): { title: string; end: number } | undefined {
  const m = WRITTEN_SELF_TITLE.exec(after) ?? SPOKEN_SELF_TITLE.exec(after);
  const title = m ? cleanTitle(m[1]) : undefined;
  return m && title ? { title, end: m[0].length } : undefined;
}

/** "Thank you, Mr. Zou," at the start of a turn: the previous speaker is Mr. Zou. */
export const THANKS = new RegExp(String.raw`^(?:(?:okay|ok|yes|great|sure|well)[,.]?[ \t]+)?(?:thank you|thanks)(?:[ \t]+(?:very much|so much))?,?[ \t]+${HONORIFIC}(${NAME})`, 'i');
/** A roster entry read out at the start: "our Vice Chairman and CEO, Mr. Zou" or "Henry He, our CFO". The title is
 * searched first (rare, cheap), then the name is read next to it, so the scan does not try a name at every space. */
const TITLE_SCAN = new RegExp(String.raw`\b(?:our|the)[ \t]+(${TITLE})`, 'g');
const NAME_BEFORE_TITLE = new RegExp(String.raw`(?:^|[ \t])${HONORIFIC}(${NAME}),[ \t]+$`);
const NAME_AFTER_TITLE = new RegExp(String.raw`^,?[ \t]+${HONORIFIC}(${NAME})`);

export interface RosterMention {
  title: string;
  name?: string;
  start: number;
  end: number;
}

export function rosterMentions(body: string): RosterMention[] {
  const out: RosterMention[] = [];
  TITLE_SCAN.lastIndex = 0;
  for (let m = TITLE_SCAN.exec(body); m; m = TITLE_SCAN.exec(body)) {
    const titleEnd = m.index + m[0].length;
    const before = NAME_BEFORE_TITLE.exec(body.slice(Math.max(0, m.index - 100), m.index));
    if (before && /\b(?:[A-Z][a-z]|[A-Z]\.)/.test(before[1])) {
      const start = m.index - before[0].length + (before[0].length - before[0].trimStart().length);
      out.push({ title: m[1], name: before[1], start, end: titleEnd });
      continue;
    }
    const after = NAME_AFTER_TITLE.exec(body.slice(titleEnd, titleEnd + 100));
    out.push({ title: m[1], name: after?.[1], start: m.index, end: titleEnd + (after ? after[0].length : 0) });
  }
  return out;
}

/** Words that can be capitalised at the start of a name match but are not names. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'our', 'my', 'you', 'your', 'everyone', 'everybody', 'all', 'operator', 'moderator', 'for', 'and',
  'so', 'okay', 'ok', 'yes', 'again', 'management', 'guys', 'team', 'sir', 'madam', 'ladies', 'gentlemen', 'very',
  'q', 'it', 'i', 'we', 'that', 'this', 'good', 'thank', 'thanks', 'hello', 'hi', 'question', 'questions',
]);

export interface HandOffTarget {
  name?: string;
  title?: string;
}

/** Parses the words after "hand the call over to": a name, a title, or both, in either order. */
export function parseHandOffTarget(phrase: string): HandOffTarget | undefined {
  let p = phrase.trim().replace(TARGET_PREFIX, '');
  if (/^(?:you|operator|the operator|questions|q&a|q and a|our operator|your questions)\b/i.test(p)) return undefined;
  let m = TITLE_THEN_NAME.exec(p);
  if (m) return clean({ title: m[1], name: m[2] });
  m = TITLE_ONLY.exec(p);
  if (m) return { title: m[1] };
  p = p.replace(/^(?:Mr|Ms|Mrs|Dr)\.?[ \t]+/, '');
  m = NAME_THEN_TITLE.exec(p);
  if (m) return clean({ name: m[1], title: m[2] });
  return undefined;
}

function clean(t: HandOffTarget): HandOffTarget | undefined {
  const name = t.name ? cleanName(t.name) : undefined;
  const title = t.title ? cleanTitle(t.title) : undefined;
  if (!name && !title) return undefined;
  return { name, title };
}

/** Trims words that a name pattern swallows at its end ("Henry To", "Zhao Please"). */
export function cleanName(raw: string): string | undefined {
  const words = raw.replace(/[.,]+$/, '').split(/[ \t]+/);
  while (words.length && /^(?:Please|Go|To|And|Who|Will|Thank|Thanks|From|With|Of|At|The|Your|Our|For|Is|On|In|Mr|Ms|Dr)\.?$/.test(words[words.length - 1])) words.pop();
  if (!words.length || NOT_NAMES.has(words[0].toLowerCase().replace(/\.$/, ''))) return undefined;
  // "comes from Stephanie Benjamin's of SunTrust": a possessive the transcriber heard is not part of the name.
  if (words.length > 1) words[words.length - 1] = words[words.length - 1].replace(/['’]s$/, '');
  return words.join(' ');
}

export function cleanTitle(raw: string): string | undefined {
  const t = raw.replace(/\s+(?:please go ahead|please begin|go ahead|to go over|to discuss|who will|for|and then)\b.*$/i, '').replace(/[,.\s]+$/, '');
  return t.length >= 2 && t.length <= 80 ? t : undefined;
}

/** Research firms whose names read like a person's (`Morgan Stanley`) or stand alone (`Citi`). */
const BROKERS = new Set([
  'goldman sachs', 'morgan stanley', 'jpmorgan', 'jp morgan', 'j.p. morgan', 'bank of america', 'bofa', 'citi', 'citigroup',
  'ubs', 'barclays', 'credit suisse', 'deutsche bank', 'jefferies', 'wells fargo', 'rbc', 'bmo', 'td cowen', 'cowen',
  'evercore', 'evercore isi', 'bernstein', 'keybanc', 'piper sandler', 'raymond james', 'stifel', 'oppenheimer', 'needham',
  'baird', 'wolfe', 'truist', 'mizuho', 'nomura', 'macquarie', 'hsbc', 'bnp paribas', 'cicc', 'citic', 'daiwa', 'scotiabank',
  'canaccord', 'cantor fitzgerald', 'william blair', 'guggenheim', 'loop capital', 'rosenblatt', 'wedbush', 'benchmark',
]);

export function isBrokerName(name: string): boolean {
  return BROKERS.has(name.toLowerCase());
}

/** Cleans a firm captured up to punctuation: drops a trailing "Please go ahead" and the like. */
export function cleanFirm(raw: string): string | undefined {
  const words: string[] = [];
  for (const w of raw.split(/[ \t]+/)) {
    // A period ends the firm unless it belongs to initials (`J.P.`, `C.L.`) or `Co.`-style abbreviations.
    if (w.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(w) && !/^(?:Co|Inc|Corp|Ltd|Cie|St)\.$/.test(w)) {
      words.push(w.slice(0, -1));
      break;
    }
    words.push(w);
  }
  while (words.length && /^(?:Please|Your|Go|Ahead|and|of|the|with|&)$/i.test(words[words.length - 1])) words.pop();
  const firm = words.join(' ').replace(/[,;:]+$/, '');
  return firm || undefined;
}

/** Do two transcriptions name the same person? `Henry` ~ `Henry He`, `Mr. Zou` ~ `Zou`. */
export function sameName(a: string, b: string): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((w) => long.includes(w));
}

/** Names are compared many times each (every speaker against the roster and the people presented): split once. */
const nameTokenCache = new Map<string, string[]>();

function nameTokens(n: string): string[] {
  let tokens = nameTokenCache.get(n);
  if (tokens === undefined) {
    if (nameTokenCache.size >= 10_000) nameTokenCache.clear();
    tokens = n
      .toLowerCase()
      .replace(/\b(?:mr|ms|mrs|dr|miss)\.?\s*/g, '')
      .split(/[\s.]+/)
      .filter(Boolean);
    nameTokenCache.set(n, tokens);
  }
  return tokens;
}

/** Abbreviations users expect, for display next to a full title. */
const WHOLE_TITLE = new RegExp(String.raw`^${TITLE}$`);
export function isTitle(s: string): boolean {
  return WHOLE_TITLE.test(s);
}
