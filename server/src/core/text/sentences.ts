// Sentence splitting for spoken transcripts: good enough to find questions and hand-offs, linear time.
import type { Span } from '../types';

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'inc', 'co', 'corp', 'ltd', 'no', 'approx', 'etc', 'e.g', 'i.e']);

/** Splits [start, end) of `text` into sentence spans (trimmed). */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 /* . */ && c !== 63 /* ? */ && c !== 33 /* ! */ && c !== 10 /* \n */) continue;
    // Swallow runs like `?!` or `...` and a closing quote.
    let j = i + 1;
    while (j < end && /[.?!"'”’)]/.test(text[j])) j++;
    if (c === 46 && !endsSentence(text, sentenceStart, i)) continue;
    if (j < end && !/\s/.test(text[j]) && c !== 10) continue; // `3.3`, `ir.ksyun.com`
    pushTrimmed(text, sentenceStart, j, out);
    sentenceStart = j;
    i = j - 1;
  }
  pushTrimmed(text, sentenceStart, end, out);
  return out;
}

function endsSentence(text: string, sentenceStart: number, dot: number): boolean {
  // The word before the dot.
  let w = dot;
  while (w > sentenceStart && /[A-Za-z.]/.test(text[w - 1])) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  return !(word.length === 1 && /[A-Z]/.test(text[w])); // initials: `U. S.`, `J. Smith`
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}
