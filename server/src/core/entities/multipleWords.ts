// Multiples said in words: "doubled", "more than tripled", "nearly double", "twice the", "halved". Each reads as the
// multiple it names, with the qualifier before it; words that only look like one ("double-digit", "double down",
// "twice a year", "half of our revenue", "first half") stay plain words.
import { defineWordTag, type Token } from './tokens';

/** Verbs in the past tense: a change by that factor ("EBITDA more than tripled to $30 million"). */
const VERBS: Record<string, string> = { doubled: '2', tripled: '3', trebled: '3', quadrupled: '4', halved: '0.5' };
/** Base forms, read only after a qualifier ("more than double", "nearly triple"): alone they are mostly adjectives
 * ("a double play") or plans ("we aim to double"). */
const BASES: Record<string, string> = { double: '2', triple: '3', treble: '3', quadruple: '4' };

/** Words after "doubled" or "double" that make another word of it: "doubled down", "double-digit", "double counting". */
const NOT_AFTER = new Set(['down', 'digit', 'digits', 'click', 'clicks', 'counting', 'counted', 'count', 'dip', 'dipped', 'play', 'whammy', 'check', 'checked']);
/** What "twice" multiplies: "twice the", "twice that of", "twice what", "twice as much", "twice our", "twice $12
 * million". Anything else ("twice a year", "twice this year", "we met twice") is a count of occasions. */
const AFTER_TWICE = new Set(['the', 'that', 'what', 'as', 'our', 'its', 'their']);

/** Words that open a clause: after "that" they make it a conjunction ("I mentioned twice that we had ..."). */
const CLAUSE_OPENERS = new Set(['we', 'i', 'you', 'they', 'it', 'he', 'she', 'there', 'this', 'these', 'those', 'our', 'the', 'is', 'was', 'has', 'had', 'would', 'will']);

/** "twice that we ...": "that" (token j) opens a clause rather than naming what is doubled ("twice that of 2022"). */
function clauseAfterThat(t: Token[], j: number): boolean {
  return t[j]?.lower === 'that' && t[j + 1] !== undefined && CLAUSE_OPENERS.has(t[j + 1].lower);
}

/** A rounder statement than "2 times": a word stands for its multiple give or take a half, "halved" for 0.4 to 0.6. */
const RESOLUTION: Record<string, string> = { '0.5': '0.2' };

/** Words that can start a multiple said in words (tagged so the reader tries them without comparing strings). */
export const MULTIPLE_WORD = defineWordTag(['twice', ...Object.keys(VERBS), ...Object.keys(BASES)]);

export interface MultipleWord {
  /** Token index after the words. */
  end: number;
  value: string;
  resolution: string;
}

/** The multiple said in words at token k, if any; `qualified` when a qualifier ("more than") stands right before. */
export function readMultipleWord(t: Token[], k: number, qualified: boolean): MultipleWord | undefined {
  const w = t[k];
  if (!w || w.kind !== 'word' || !(w.tags & MULTIPLE_WORD)) return undefined;
  const next = t[k + 1];
  // "double-digit", "doubled-up": a word glued on by a hyphen.
  if (next && !next.spaced && next.text === '-') return undefined;
  if (next && NOT_AFTER.has(next.lower)) return undefined;
  let value: string | undefined;
  if (w.lower === 'twice') value = next && (AFTER_TWICE.has(next.lower) || next.text === '$') && !clauseAfterThat(t, k + 1) ? '2' : undefined;
  else value = VERBS[w.lower] ?? (qualified ? BASES[w.lower] : undefined);
  if (value === undefined) return undefined;
  return { end: k + 1, value, resolution: RESOLUTION[value] ?? '1' };
}

/** Nouns of a period after "N times a" or "N times per": how often, not how many times as large. */
const PERIOD_NOUNS = new Set(['year', 'quarter', 'month', 'week', 'day', 'annum', 'period', 'season', 'cycle']);

/** "three times a year", "3 times per quarter", "twice this year", "four times in a row", "3 times so far": a count of
 * occasions after `times` (token j is the word after it). "3 times last year's revenue" stays a multiple. */
export function occasionsAfter(t: Token[], j: number): boolean {
  const a = t[j]?.lower;
  const b = t[j + 1]?.lower;
  if (a === undefined) return false;
  if ((a === 'a' || a === 'an' || a === 'per' || a === 'each' || a === 'every') && b !== undefined && PERIOD_NOUNS.has(b)) return true;
  if (a === 'in' && b === 'a' && t[j + 2]?.lower === 'row') return true;
  if (a === 'so' && b === 'far') return true;
  // "this year", "last quarter" but not "last year's revenue" (the possessive names what is multiplied).
  if ((a === 'this' || a === 'last') && b !== undefined && PERIOD_NOUNS.has(b)) return !(t[j + 2] && !t[j + 2].spaced && (t[j + 2].text === "'" || t[j + 2].text === '’'));
  return false;
}
