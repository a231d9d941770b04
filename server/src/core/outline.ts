// The Q&A outline: one exchange per analyst turn at the microphone, with each question they asked (one per
// question sentence, multi-part questions split into their parts) and the turns that answered.
import type { Structure } from './segment';
import { OPERATOR_INTRODUCTION } from './speakerEvidence';
import { splitSentences } from './text/sentences';
import type { Exchange, Question, Speaker, Turn } from './types';

// A sentence that asks without a question mark (speech-to-text often drops it).
const INTERROGATIVE_START = /^(?:(?:and|so|also|then|just|secondly|second|first|firstly|lastly|finally|okay|ok|great)[,]?\s+)*(?:what|how|why|when|where|which|who|could|can|would|will|should|do|does|did|is|are|was|were|have|has|any)\b/i;
// Split a multi-part question sentence at its parts: "...? And secondly, ..." is already two sentences;
// this catches "First, what ... and second, how ...?".
const PART_BOUNDARY = /[,;]\s+(?:and\s+)?(?:second(?:ly)?|third(?:ly)?|also|the other one is|my follow-up is)\b[,]?\s+/gi;

export function buildOutline(text: string, structure: Structure): { exchanges: Exchange[] } {
  const qa = structure.sections.find((s) => s.kind === 'qa');
  if (!qa) return { exchanges: [] };
  const speakers = new Map(structure.speakers.map((s) => [s.id, s]));
  const who = (t: Turn): Speaker | undefined => speakers.get(t.attributedSpeakerId ?? t.speakerId);
  const exchanges: Exchange[] = [];
  let current: Exchange | undefined;
  let pendingIntro: number | undefined;
  for (const t of structure.turns) {
    if (t.start < qa.start || t.start >= qa.end) continue;
    const s = who(t);
    const role = s?.role ?? 'unknown';
    if (role === 'operator') {
      // Only an introduction opens a new exchange; "Thank you" or queue instructions do not.
      OPERATOR_INTRODUCTION.lastIndex = 0;
      if (OPERATOR_INTRODUCTION.test(text.slice(t.body.start, Math.min(t.body.end, t.body.start + 2000)))) pendingIntro = t.index;
      continue;
    }
    const asking = role === 'analyst' || (role === 'unknown' && pendingIntro !== undefined && !current);
    if (asking) {
      const id = s?.id ?? t.speakerId;
      if (!current || current.speakerId !== id || pendingIntro !== undefined) {
        current = { speakerId: id, start: t.start, end: t.end, questionTurns: [], questions: [], answerTurns: [] };
        if (pendingIntro !== undefined) {
          current.introductionTurn = pendingIntro;
          current.start = structure.turns[pendingIntro].start;
        }
        exchanges.push(current);
      }
      current.questionTurns.push(t.index);
      current.questions.push(...questionsIn(text, t));
    } else if (current) {
      current.answerTurns.push(t.index);
    }
    if (current) current.end = t.end;
    pendingIntro = undefined;
  }
  for (const x of exchanges) if (x.questions.length === 0) x.questions.push(...requestIn(text, structure.turns, x.questionTurns));
  return { exchanges };
}

// Requests said as statements ("I wanted to see if you can help us ..."), common where speech-to-text drops the `?`.
const REQUEST = /\b(?:i wanted to|i want to|i was wondering|wondering if|could you|can you|would you|help us|walk us through|talk about|any colou?r|give us|comment on|update us|curious|i'd like to|would like to|just wanted|a question on|my question)\b/i;

/** An analyst with no question sentence still asked something: the first request, else their first turn's last
 * sentence, so the outline never lists an analyst with nothing under them. */
function requestIn(text: string, turns: readonly Turn[], questionTurns: number[]): Question[] {
  let last: Question | undefined;
  for (const index of questionTurns) {
    const turn = turns[index]; // a turn's index is its place in the list
    if (!turn) continue;
    for (const s of splitSentences(text, turn.body.start, turn.body.end)) {
      const sentence = text.slice(s.start, s.end);
      const q = { start: s.start, end: s.end, text: sentence, turnIndex: turn.index };
      if (REQUEST.test(sentence)) return [q];
      if (index === questionTurns[0] && sentence.trim().length > 15) last = q;
    }
  }
  return last ? [last] : [];
}

export function questionsIn(text: string, turn: Turn): Question[] {
  const out: Question[] = [];
  for (const s of splitSentences(text, turn.body.start, turn.body.end)) {
    const sentence = text.slice(s.start, s.end);
    const isQuestion = sentence.endsWith('?') || (INTERROGATIVE_START.test(sentence) && sentence.length > 25 && !sentence.endsWith('.'));
    if (!isQuestion) continue;
    for (const part of splitParts(text, s.start, s.end)) {
      out.push({ start: part.start, end: part.end, text: text.slice(part.start, part.end), turnIndex: turn.index });
    }
  }
  return out;
}

function splitParts(text: string, start: number, end: number): { start: number; end: number }[] {
  const sentence = text.slice(start, end);
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  PART_BOUNDARY.lastIndex = 0;
  for (const m of sentence.matchAll(PART_BOUNDARY)) {
    const before = sentence.slice(from, m.index);
    if (before.trim().length < 20) continue;
    parts.push({ start: start + from, end: start + m.index! });
    from = m.index! + m[0].length;
  }
  parts.push({ start: start + from, end });
  return parts;
}
