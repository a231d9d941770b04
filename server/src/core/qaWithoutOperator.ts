// Where the questions begin in a call that has no operator to announce them (caption files, smaller companies'
// `Name: text` transcripts). A reader sees the Q&A start when a company speaker hands over to questions and the
// next speaker, someone the company has not presented, asks and a company speaker answers; or, with no hand-over,
// when such a newcomer also names themselves and their firm. Anything less — a rhetorical question from the CEO, an
// "any questions?" nobody takes up, an agenda that mentions the Q&A — leaves the call without one.
import type { RawTurn } from './formats/format';
import { HAND_OFF, analystSelfIntroduction, parseHandOffTarget, rosterMentions, sameName } from './speakerEvidence';

/** A company speaker opening the floor: "open the call for questions", "take your questions", "move to Q&A". */
const QA_HAND_OVER = new RegExp(
  [
    String.raw`\bopen(?:ing|s)?(?:[ \t]+(?:it|up))?(?:[ \t]+(?:up[ \t]+)?(?:the|our)[ \t]+(?:call|line|lines|phone[ \t]+lines|floor|conference|session))?(?:[ \t]+up)?[ \t]+(?:for|to)[ \t]+(?:(?:your|any|some)[ \t]+)?(?:questions|q[ \t]*&[ \t]*a\b|q[ \t]+and[ \t]+a\b)`,
    String.raw`\b(?:take|taking|answer|answering|field|fielding)[ \t]+(?:(?:your|any|some|a[ \t]+few|the)[ \t]+)?questions`,
    String.raw`\b(?:move|moving|go|going|turn|turning|proceed|proceeding|get|getting)[ \t]+(?:(?:on|over|now)[ \t]+)?(?:to|into)[ \t]+(?:(?:the|our)[ \t]+)?(?:q[ \t]*&[ \t]*a\b|q[ \t]+and[ \t]+a\b|questions|question[- ]and[- ]answer)`,
    String.raw`\b(?:begin|start|open|kick[ \t]+off|commence)(?:s|ing)?[ \t]+(?:(?:the|our)[ \t]+)?(?:q[ \t]*&[ \t]*a\b|q[ \t]+and[ \t]+a\b|question[- ]and[- ]answer)`,
    String.raw`\bany[ \t]+questions\?`,
  ].join('|'),
  'gi',
);
/** Speakers hand over at the end of their turn; an agenda at the start ("after our remarks we'll take questions")
 * is told apart by what follows it. */
const HAND_OVER_WINDOW = 400;
/** The opening words where a speaker names themselves and their firm. */
const INTRODUCTION_WINDOW = 200;
/** How much of a turn is read for the roster and for a question mark. */
const READ_WINDOW = 4000;
const GENERIC_LABEL = /^(?:speaker|participant|caller|unidentified|unknown)\b/i;
/** A real roster is a handful of names; the cap keeps the newcomer test cheap on text that only looks like a call. */
const MAX_PRESENTED = 100;

/**
 * Index of the turn that opens the Q&A, or -1. `ids` are the turns' speaker ids. Only for calls without an
 * operator: with one, its introductions mark the questions.
 */
export function inferQaStart(text: string, turns: readonly RawTurn[], ids: readonly string[]): number {
  const spoken = new Set<string>();
  /** Names the company has presented: its roster ("our CFO, Mary Major") and the people it handed over to. */
  const presented: string[] = [];
  let handedOver = false;
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i];
    const read = text.slice(t.body.start, Math.min(t.body.end, t.body.start + READ_WINDOW));
    const tailFrom = Math.max(t.body.start, t.body.end - HAND_OVER_WINDOW);
    const tail = text.slice(tailFrom, t.body.end);
    if (i > 0 && isNewcomer(t, ids[i], spoken, presented) && answeredByCompany(turns, ids, i, spoken, presented)) {
      const asks = read.includes('?');
      const introduced = analystSelfIntroduction(read.slice(0, INTRODUCTION_WINDOW)) !== undefined;
      // After a hand-over, asking or naming one's firm is enough; without one, it takes both.
      if ((handedOver && (asks || introduced)) || (introduced && asks)) return i;
    }
    spoken.add(ids[i]);
    const present = (name: string | undefined) => {
      if (name && presented.length < MAX_PRESENTED && !presented.includes(name)) presented.push(name);
    };
    for (const r of rosterMentions(read)) present(r.name);
    HAND_OFF.lastIndex = 0;
    for (const m of tail.matchAll(HAND_OFF)) present(parseHandOffTarget(m[1])?.name);
    handedOver = handsOverToQuestions(tail);
  }
  return -1;
}

/** Someone who has not spoken yet and whom the company has not presented (by label title, roster or hand-off). */
function isNewcomer(t: RawTurn, id: string, spoken: Set<string>, presented: string[]): boolean {
  return !spoken.has(id) && !presentedByCompany(t, presented);
}

function presentedByCompany(t: RawTurn, presented: string[]): boolean {
  if (t.title || t.role === 'executive' || t.role === 'operator') return true;
  return !GENERIC_LABEL.test(t.label) && presented.some((name) => sameName(name, t.label));
}

/** A question is answered: the next other speaker is one of the company's (spoke before, or was presented). A CEO's
 * rhetorical question is followed by a colleague nobody has heard yet, an "any questions?" at the end by no one. */
function answeredByCompany(turns: readonly RawTurn[], ids: readonly string[], i: number, spoken: Set<string>, presented: string[]): boolean {
  let j = i + 1;
  while (j < turns.length && ids[j] === ids[i]) j++;
  return j < turns.length && (spoken.has(ids[j]) || presentedByCompany(turns[j], presented));
}

/** The turn ends by opening the floor: a hand-over to questions with no hand-off to a person after it. */
function handsOverToQuestions(tail: string): boolean {
  let last = -1;
  QA_HAND_OVER.lastIndex = 0;
  for (const m of tail.matchAll(QA_HAND_OVER)) last = m.index! + m[0].length;
  if (last < 0) return false;
  HAND_OFF.lastIndex = 0;
  for (const m of tail.slice(last).matchAll(HAND_OFF)) if (parseHandOffTarget(m[1])) return false;
  return true;
}
