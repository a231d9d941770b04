import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { END_ANCHORED, lastClauseStart, lastWords, sentenceSpans } from '../../server/src/core/checks/attribution';
import type { Entity, Turn } from '../../server/src/core/types';

// The straightforward reading the fast sentence cutter must reproduce: every character tested, cuts kept in a set.
function referenceSpans(text: string, entities: Entity[], turns: Turn[]): { start: number; end: number }[] {
  const inside = (i: number) => entities.some((e) => e.start <= i && i < e.end);
  const cuts = new Set<number>([0, text.length]);
  for (const t of turns) cuts.add(t.body.start);
  for (let i = 0; i < text.length; i++) {
    if ('.!?\n'.includes(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1])) && !inside(i)) cuts.add(i + 1);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.slice(1).map((end, k) => ({ start: sorted[k], end }));
}

const pieces = ['Revenue was ', '$1.5 million', '. ', '.\n', '! ', '? ', 'U.S.', ' ', '\n', '\u00a0', '\u2028', 'x', '3.5%', '.'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));

test('sentence cuts match the character-by-character reading, entities and turn starts included', () => {
  fc.assert(
    fc.property(textArb, fc.array(fc.nat(), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 3 }), (text, spans, starts) => {
      const entities: Entity[] = spans
        .map((n) => {
          const start = n % (text.length + 1);
          return { kind: 'money' as const, start, end: Math.min(text.length, start + 1 + (n % 7)), text: '' };
        })
        .sort((a, b) => a.start - b.start);
      const turns = starts.map((n) => ({ body: { start: n % (text.length + 1) } }) as Turn);
      assert.deepEqual(sentenceSpans(text, entities, turns), referenceSpans(text, entities, turns));
    }),
    { numRuns: 3000 },
  );
});

const words = ['from', 'compared', 'with', 'to', 'the', 'a', 'of', 'negative', 'minus', 'increase', 'up', 'by', 'about', 'or', 'and', ',', 'x-from', 'revenue', 'vs.', 'versus'];
const wordsArb = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '  ', '', '\t', '\n ')), { maxLength: 14 })
  .map((xs) => xs.map(([w, sp]) => w + sp).join(''));

test('end-anchored patterns test the same on the last eight words as on all the words', () => {
  fc.assert(
    fc.property(wordsArb, (s) => {
      for (const re of END_ANCHORED) assert.equal(re.test(lastWords(s, 8)), re.test(s), `${re} on ${JSON.stringify(s)}`);
    }),
    { numRuns: 5000 },
  );
});

const clauseWords = ['of which', 'which is', 'which was', 'of', 'which', 'while', 'whereas', 'with', 'that', 'representing', ',', ';', ':', 'revenue', 'x'];
const clauseArb = fc
  .array(fc.tuple(fc.constantFrom(...clauseWords), fc.constantFrom(' ', '', '  ')), { maxLength: 12 })
  .map((xs) => xs.map(([w, sp]) => w + sp).join(''));

test('the last clause starts where a full left-to-right scan of the clause words puts it', () => {
  const cut = /(?:,|;|:|\bof which\b|\bwhile\b|\bwhereas\b|\brepresenting\b|\bwhich (?:is|was)\b|\bwith\b|\bthat\b)/g;
  fc.assert(
    fc.property(clauseArb, (s) => {
      let last = -1;
      for (const m of s.matchAll(cut)) last = m.index + m[0].length;
      assert.equal(lastClauseStart(s), last, JSON.stringify(s));
    }),
    { numRuns: 5000 },
  );
});
