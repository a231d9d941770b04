// The Seeking Alpha layout: `Company Participants` (`Name - Title`) and `Conference Call Participants`
// (`Name - Firm`) lists, then each turn starts with the speaker's name alone on a line; `Question-and-Answer
// Session` opens the Q&A.
import type { SectionKind, SpeakerRole } from '../types';
import type { FormatReader, Participant, Segmentation } from './format';
import type { LabelLine } from './labelLineTurns';
import { turnsFromLabelLines } from './labelLineTurns';
import { isOperatorLabel, looksLikeName, parseDashedLabel } from './labels';
import type { Line } from './lines';
import { MAX_LABEL_LINE, detectWindow, isBlank, lineContent, lineTrimmed, nextNonBlank, prevNonBlank, splitLines, textStart } from './lines';
import type { SectionMark } from './sections';
import { closeSections } from './sections';

type Heading = 'company' | 'conference' | 'presentation' | 'qa';

const HEADINGS: { re: RegExp; heading: Heading }[] = [
  // Older pages head the lists `Executives` and `Analysts`.
  { re: /^(?:company\s+participants|executives):?$/i, heading: 'company' },
  { re: /^(?:conference\s+call\s+participants|analysts):?$/i, heading: 'conference' },
  { re: /^presentation:?$/i, heading: 'presentation' },
  { re: /^question-and-answer\s+session:?$|^questions?[\s-]+and[\s-]+answers?(?:\s+session)?:?$/i, heading: 'qa' },
];
const KIND: Record<Heading, SectionKind> = { company: 'participants', conference: 'participants', presentation: 'prepared-remarks', qa: 'qa' };
// Labels that need no participant list entry.
const GENERIC: Record<string, SpeakerRole> = {
  operator: 'operator',
  'unidentified analyst': 'analyst',
  'unidentified company representative': 'executive',
  'unidentified participant': 'unknown',
  'unidentified speaker': 'unknown',
};
// Page footers after the last turn.
const BACK_MATTER = /^(?:copyright\b|©|disclaimer\b|seeking alpha'?s disclosure|this transcript may not be|duration\s*:)/i;

function headingOf(t: string): Heading | undefined {
  if (t.length > 50) return undefined;
  for (const h of HEADINGS) if (h.re.test(t)) return h.heading;
  return undefined;
}

export const seekingAlphaReader: FormatReader = {
  id: 'seeking-alpha',
  detect: detectSeekingAlpha,
  segment: segmentSeekingAlpha,
};

function detectSeekingAlpha(text: string): number {
  const seen = new Set<Heading>();
  let brand = false;
  let lone = 0;
  const lines = detectWindow(text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_LABEL_LINE) continue;
    const t = lines[i].trim();
    const h = headingOf(t);
    // Only the exact Seeking Alpha spellings count; other layouts share `Questions and Answers`.
    if (h && (h !== 'qa' || /^question-and-answer session$/i.test(t))) seen.add(h);
    brand ||= /earnings call transcript$|seeking alpha/i.test(t);
    // A speaker's name alone between blank lines.
    if (t && GENERIC[t.toLowerCase()] !== undefined && !lines[i - 1]?.trim() && !lines[i + 1]?.trim()) lone++;
  }
  let score = 0;
  if (seen.has('company')) score += 0.45;
  if (seen.has('conference')) score += 0.15;
  if (seen.has('qa')) score += 0.25;
  if (seen.has('presentation')) score += 0.05;
  if (brand) score += 0.05;
  if (lone > 0 && score > 0) score += 0.05;
  return Math.min(1, score);
}

function segmentSeekingAlpha(text: string): Segmentation {
  const lines = splitLines(text);
  const marks: (SectionMark & { line: number })[] = [{ kind: 'front-matter', title: 'Front Matter', start: textStart(text), line: 0 }];
  const participants: Participant[] = [];
  const labels: LabelLine[] = [];
  const known = new Map<string, SpeakerRole>();
  let list: 'company' | 'conference' | undefined;
  let talkStarted = false;
  let backStarted = false;

  const mark = (kind: SectionKind, title: string, i: number, heading: boolean) => {
    const content = lineContent(lines[i]);
    marks.push(heading ? { kind, title, start: content.start, headingSpan: content, line: i } : { kind, title, start: content.start, line: i });
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || line.text.length > MAX_LABEL_LINE) continue;
    const t = lineTrimmed(line);
    const found = backStarted ? undefined : headingOf(t);
    // Participant lists come before the call; a lone `Analysts` line later is speech.
    const h = found && talkStarted && KIND[found] === 'participants' ? undefined : found;
    if (h) {
      // The speakers come first in a Presentation section the source did not head.
      if ((h === 'qa' || h === 'presentation') && list) list = undefined;
      mark(KIND[h], t.replace(/:$/, ''), i, true);
      if (h === 'company' || h === 'conference') list = h;
      else talkStarted = true;
      continue;
    }
    if (list) {
      const content = lineContent(line);
      // Company participants are executives whatever their title; the conference call list gives firms.
      const p = isOperatorLabel(t) ? undefined : parseDashedLabel(t, content.start, list === 'conference');
      if (p) {
        const participant: Participant = { name: p.name.text, role: p.role, span: content };
        if (list === 'company') {
          participant.role = 'executive';
          participant.title = t.slice(p.name.end - content.start).replace(/^\s*(?:--|-|—|–)\s*/, '');
        } else {
          if (p.title !== undefined) participant.title = p.title;
          if (p.firm !== undefined) participant.firm = p.firm;
        }
        participants.push(participant);
        known.set(participant.name.toLowerCase(), participant.role);
        continue;
      }
      // The list ends at the first line that is not a participant: the call begins.
      list = undefined;
      if (!talkStarted) mark('prepared-remarks', 'Prepared Remarks', i, false);
      talkStarted = true;
    }
    if (backStarted) continue;
    const label = readLabel(lines, i, t, known);
    if (label) {
      if (!talkStarted && marks.length === 1) marks[0].end = lineContent(line).start;
      talkStarted = true;
      labels.push(label);
      continue;
    }
    if (labels.length > 0 && BACK_MATTER.test(t)) {
      backStarted = true;
      mark('back-matter', 'Back Matter', i, false);
    }
  }
  const turns = turnsFromLabelLines(
    text,
    lines,
    labels,
    marks.map((m) => m.line),
  );
  return { format: 'seeking-alpha', turns, sections: closeSections(text, marks, text.length), participants };
}

/** A turn label: a listed participant, `Operator`, `Unidentified Analyst`..., alone on its line. */
function readLabel(lines: Line[], i: number, t: string, known: Map<string, SpeakerRole>): LabelLine | undefined {
  const key = t.toLowerCase();
  let role: SpeakerRole | undefined = known.get(key) ?? GENERIC[key];
  if (role === undefined) {
    // Without a participant list, a lone capitalised name between blank lines is the best evidence there is.
    if (known.size > 0 || !looksLikeName(t) || t.split(/\s+/).length < 2) return undefined;
    const prev = prevNonBlank(lines, i - 1);
    const next = nextNonBlank(lines, i + 1);
    if ((prev >= 0 && prev === i - 1) || next === i + 1 || next >= lines.length) return undefined;
    role = 'unknown';
  }
  return { line: i, label: t, labelSpan: lineContent(lines[i]), role };
}
