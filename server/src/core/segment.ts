// Detects the transcript format, splits the text into turns, finds the sections (front matter, prepared
// remarks, Q&A, closing) and resolves who speaks. Format readers only cut; everything after is shared.
import { findDuplicateTranscript } from './duplicate';
import type { RawTurn, Segmentation } from './formats/format';
import { FORMAT_READERS } from './formats';
import { inferQaStart } from './qaWithoutOperator';
import { findOperators, resolveSpeakers, speakerId } from './speakers';
import { OPERATOR_INTRODUCTION } from './speakerEvidence';
import type { FormatId, Finding, Section, Speaker, Span, Turn } from './types';

export interface Structure {
  format: FormatId;
  turns: Turn[];
  sections: Section[];
  speakers: Speaker[];
  duplicate?: { original: Span; repeat: Span };
  findings: Finding[];
  skipped: string[];
}

const MIN_SCORE = 0.3;

/** The most likely format of `text` and how sure we are (0..1). Cheap: readers look at the head only. */
export function detectFormat(text: string): { format: FormatId; score: number } {
  let best: { format: FormatId; score: number } = { format: 'unknown', score: 0 };
  for (const reader of FORMAT_READERS) {
    let score = 0;
    try {
      score = reader.detect(text);
    } catch {
      score = 0;
    }
    if (score > best.score) best = { format: reader.id, score };
  }
  return best.score >= MIN_SCORE ? best : { format: 'unknown', score: best.score };
}

export function segment(text: string): Structure {
  const { format } = detectFormat(text);
  const reader = FORMAT_READERS.find((r) => r.id === format);
  let raw: Segmentation = { format, turns: [], sections: [], participants: [] };
  const skipped: string[] = [];
  if (reader) {
    try {
      raw = reader.segment(text);
    } catch (e) {
      skipped.push(`Speaker turns skipped: the ${format} reader failed (${(e as Error).message}).`);
    }
  } else {
    skipped.push('No speaker turns found: the text does not look like a transcript format this extension reads (see the README for the supported formats).');
  }
  const rawTurns = raw.turns.filter((t) => t.start >= 0 && t.end <= text.length && t.start <= t.end);
  const duplicate = findDuplicateTranscript(text, rawTurns);
  const sections = buildSections(text, raw, rawTurns, duplicate);
  const who = resolveSpeakers(text, rawTurns, raw.participants, sections, duplicate?.repeat.start);
  const turns: Turn[] = rawTurns.map((t, index) => {
    const turn: Turn = {
      index,
      start: t.start,
      end: t.end,
      speakerId: who.speakerIds[index],
      label: t.label,
      labelSpan: t.labelSpan,
      body: t.body,
      sectionIndex: sectionAt(sections, t.start),
    };
    if (t.timestamp !== undefined) {
      turn.timestamp = t.timestamp;
      turn.timestampSpan = t.timestampSpan;
      turn.seconds = t.seconds;
    }
    const attributed = who.attributed.get(index);
    if (attributed) turn.attributedSpeakerId = attributed;
    return turn;
  });
  return { format: raw.format, turns, sections, speakers: who.speakers, duplicate, findings: who.findings, skipped };
}

// The operator moving to the questions, and leaving them.
const CLOSING = /\bconclud\w* (?:(?:our|the|today's|this) )?(?:question[- ]and[- ]answer|q ?& ?a|q and a|question)|\bno (?:further|more) questions\b|\b(?:turn|hand|pass) (?:the (?:call|conference|floor)|it) back (?:over )?to .{0,80}(?:closing|concluding|final) (?:remarks|comments)|\bend of (?:our|the|today's) question/i;

function buildSections(text: string, raw: Segmentation, turns: RawTurn[], duplicate: { original: Span; repeat: Span } | undefined): Section[] {
  const explicit = raw.sections.filter((s) => s.start >= 0 && s.end <= text.length && s.start <= s.end).sort((a, b) => a.start - b.start);
  let sections: Section[];
  if (explicit.some((s) => s.kind === 'qa') || (!turns.length && explicit.length)) {
    sections = explicit.map((s) => ({ ...s }));
    for (let i = 0; i + 1 < sections.length; i++) sections[i].end = Math.min(sections[i].end, sections[i + 1].start);
    if (sections.length && sections[0].start > 0 && text.slice(0, sections[0].start).trim()) {
      sections.unshift({ kind: 'front-matter', title: 'Front Matter', start: 0, end: sections[0].start });
    }
    return sections;
  }
  sections = [];
  if (!turns.length) return sections;
  const regionEnd = duplicate ? duplicate.original.end : turns[turns.length - 1].end;
  const inRegion = turns.filter((t) => t.start < regionEnd);
  const body = (t: RawTurn) => text.slice(t.body.start, Math.min(t.body.end, t.body.start + 4000));
  let qaStart = -1;
  for (let i = 0; i < inRegion.length; i++) {
    OPERATOR_INTRODUCTION.lastIndex = 0;
    if (inRegion[i].role === 'analyst' || OPERATOR_INTRODUCTION.test(body(inRegion[i]))) {
      qaStart = i;
      break;
    }
  }
  if (qaStart < 0) {
    // No introduction announced the questions: without an operator, the company's hand-over and who speaks next do.
    const ids = inRegion.map((t) => speakerId(t.label));
    if (!findOperators(text, inRegion, ids, inRegion.length).size) qaStart = inferQaStart(text, inRegion, ids);
  }
  let closingStart = -1;
  if (qaStart >= 0) {
    for (let i = qaStart + 1; i < inRegion.length; i++) {
      if (CLOSING.test(body(inRegion[i]))) {
        closingStart = i;
        break;
      }
    }
  }
  const first = inRegion[0].start;
  if (text.slice(0, first).trim()) sections.push({ kind: 'front-matter', title: 'Front Matter', start: 0, end: first });
  const preparedEnd = qaStart >= 0 ? inRegion[qaStart].start : regionEnd;
  if (preparedEnd > first || qaStart < 0) sections.push({ kind: 'prepared-remarks', title: 'Prepared Remarks', start: first, end: preparedEnd });
  if (qaStart >= 0) {
    const qaEnd = closingStart >= 0 ? inRegion[closingStart].start : regionEnd;
    sections.push({ kind: 'qa', title: 'Questions and Answers', start: inRegion[qaStart].start, end: qaEnd });
    if (closingStart >= 0) sections.push({ kind: 'closing', title: 'Closing Remarks', start: qaEnd, end: regionEnd });
  }
  if (duplicate) {
    if (text.slice(regionEnd, duplicate.repeat.start).trim()) sections.push({ kind: 'back-matter', title: 'Page Text', start: regionEnd, end: duplicate.repeat.start });
    sections.push({ kind: 'back-matter', title: 'Repeated Transcript', start: duplicate.repeat.start, end: duplicate.repeat.end });
    if (text.slice(duplicate.repeat.end).trim()) sections.push({ kind: 'back-matter', title: 'Back Matter', start: duplicate.repeat.end, end: text.length });
  } else if (text.slice(regionEnd).trim()) {
    sections.push({ kind: 'back-matter', title: 'Back Matter', start: regionEnd, end: text.length });
  }
  return sections;
}

function sectionAt(sections: Section[], offset: number): number {
  let found = 0;
  for (let i = 0; i < sections.length; i++) if (sections[i].start <= offset) found = i;
  return found;
}
