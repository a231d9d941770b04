// The document cut into pieces that are read independently: each turn's spoken body, and the gaps between
// bodies (labels, timestamps, headings). A figure never spans a label, so the cut loses nothing, and an edit
// inside one turn leaves every other piece's text, and so its entities, unchanged.
import type { Span, Turn } from '../types';

/** Consecutive spans covering [0, length): turn bodies and the gaps around them, in text order. */
export function piecesOf(length: number, turns: readonly Turn[]): Span[] {
  const pieces: Span[] = [];
  let pos = 0;
  for (const turn of turns) {
    const start = Math.max(pos, Math.min(turn.body.start, length));
    const end = Math.min(turn.body.end, length);
    if (end <= start) continue; // empty or out-of-order body: left to the surrounding gap
    if (start > pos) pieces.push({ start: pos, end: start });
    pieces.push({ start, end });
    pos = end;
  }
  if (pos < length || pieces.length === 0) pieces.push({ start: pos, end: length });
  return pieces;
}
