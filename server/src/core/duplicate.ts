// Scraped pages often hold the same transcript twice (the article and a "read more" copy). Detect the repeat so
// the outline lists each question once and figures are not checked against themselves.
import type { RawTurn } from './formats/format';
import type { Span } from './types';

const COMPARED_TURNS = 3;

export function findDuplicateTranscript(text: string, turns: readonly RawTurn[]): { original: Span; repeat: Span } | undefined {
  if (turns.length < 4) return undefined;
  const first = turns[0];
  if (first.body.end - first.body.start < 20) return undefined;
  for (let j = 2; j < turns.length; j++) {
    if (!sameTurn(text, first, turns[j])) continue;
    const compared = Math.min(COMPARED_TURNS, j - 1, turns.length - j - 1);
    let same = true;
    for (let k = 1; k <= compared && same; k++) same = sameTurn(text, turns[k], turns[j + k]);
    if (!same) continue;
    return {
      original: { start: first.start, end: turns[j - 1].end },
      repeat: { start: turns[j].start, end: turns[turns.length - 1].end },
    };
  }
  return undefined;
}

function sameTurn(text: string, a: RawTurn, b: RawTurn): boolean {
  if (a.label !== b.label || a.timestamp !== b.timestamp) return false;
  const n = Math.min(120, a.body.end - a.body.start);
  if (n !== Math.min(120, b.body.end - b.body.start)) return false;
  return text.startsWith(text.slice(a.body.start, a.body.start + n), b.body.start);
}
