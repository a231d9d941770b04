// The FactSet CallStreet layout: `CORPORATE PARTICIPANTS` / `OTHER PARTICIPANTS` lists of name and title lines,
// `MANAGEMENT DISCUSSION SECTION` and `QUESTION AND ANSWER SECTION`, the operator's turns inline
// (`Operator: Good morning...`), every other turn opened by the speaker's name on one line and their title and
// company on the next (`Chief Financial Officer, Acme Corp.`), that line ending in `Q` for the one asking and `A`
// for the one answering in the Q&A.
import type { SectionKind, SpeakerRole } from '../types';
import type { FormatReader, Participant, Segmentation } from './format';
import type { LabelLine } from './labelLineTurns';
import { labelLineSegmentation } from './labelLineTurns';
import { looksLikeName } from './labels';
import type { Line } from './lines';
import { MAX_LABEL_LINE, detectWindow, isBlank, lineContent, lineTrimmed, splitLines, textStart } from './lines';
import type { SectionMark } from './sections';

type Heading = 'corporate' | 'other' | 'md' | 'qa' | 'disclaimer';

const HEADINGS: Record<string, Heading> = {
  'CORPORATE PARTICIPANTS': 'corporate',
  'OTHER PARTICIPANTS': 'other',
  'MANAGEMENT DISCUSSION SECTION': 'md',
  'QUESTION AND ANSWER SECTION': 'qa',
  DISCLAIMER: 'disclaimer',
};
const KIND: Record<Heading, SectionKind> = { corporate: 'participants', other: 'participants', md: 'prepared-remarks', qa: 'qa', disclaimer: 'back-matter' };
const OPERATOR_LINE = /^Operator:\s*/;

function headingOf(t: string): Heading | undefined {
  return t.length <= 40 ? HEADINGS[t.toUpperCase()] : undefined;
}

function detectFactSet(text: string): number {
  let score = 0;
  for (const raw of detectWindow(text).split('\n')) {
    const h = headingOf(raw.trim());
    if (h === 'md' || h === 'qa') score += 0.45;
    else if (h === 'corporate' || h === 'other') score += 0.25;
  }
  return Math.min(1, score);
}

/**
 * `Analyst, UBS Securities LLC` → an analyst at UBS Securities LLC (the firm may hold commas: `Keefe, Bruyette & Woods,
 * Inc.`); `Executive Vice President, Chief Financial Officer, Acme, Inc.` → the titles, at the company named last.
 */
function readTitle(line: string): { title?: string; firm?: string; role: SpeakerRole; marker?: string } {
  const m = /^(.*?)(?:\s+([QA]))?$/.exec(line)!;
  const parts = m[1].split(/\s*,\s*/).filter(Boolean);
  if (/^(?:\w+\s+)?analyst$/i.test(parts[0] ?? '')) return { title: parts[0], firm: parts.slice(1).join(', ') || undefined, role: 'analyst', marker: m[2] };
  if (parts.length < 2) return { title: parts[0], role: 'executive', marker: m[2] };
  const suffix = parts.length > 2 && /^(?:inc|llc|ltd|plc|corp|co|sa|ag|nv|se|lp)\.?$/i.test(parts[parts.length - 1]) ? 2 : 1;
  return { title: parts.slice(0, -suffix).join(', '), firm: parts.slice(-suffix).join(', '), role: 'executive', marker: m[2] };
}

/** A name line: a known participant, or a name with a title line under it and words after that. */
function isNameLine(lines: Line[], i: number, t: string, known: Map<string, SpeakerRole>): boolean {
  if (known.has(t.toLowerCase())) return true;
  if (known.size > 0 || !looksLikeName(t) || t.split(/\s+/).length < 2) return false;
  const title = lines[i + 1];
  const body = lines[i + 2];
  return !!title && !isBlank(title) && lineTrimmed(title).includes(',') && !!body && !isBlank(body);
}

function segmentFactSet(text: string): Segmentation {
  const lines = splitLines(text);
  const marks: (SectionMark & { line: number })[] = [{ kind: 'front-matter', title: 'Front Matter', start: textStart(text), line: 0 }];
  const participants: Participant[] = [];
  const known = new Map<string, SpeakerRole>();
  const labels: LabelLine[] = [];
  let list: 'corporate' | 'other' | undefined;
  let back = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || line.text.length > MAX_LABEL_LINE || back) continue;
    const t = lineTrimmed(line);
    const content = lineContent(line);
    const h = headingOf(t);
    if (h) {
      marks.push({ kind: KIND[h], title: t, start: content.start, headingSpan: content, line: i });
      list = h === 'corporate' || h === 'other' ? h : undefined;
      back = h === 'disclaimer';
      continue;
    }
    if (list) {
      // A list entry is a name line and a title line.
      const next = lines[i + 1];
      if (looksLikeName(t) && next && !isBlank(next)) {
        const { title, firm, role } = readTitle(lineTrimmed(next));
        const p: Participant = { name: t, role: list === 'corporate' ? 'executive' : role === 'analyst' ? 'analyst' : 'unknown', span: content };
        if (title) p.title = title;
        if (firm) p.firm = firm;
        participants.push(p);
        known.set(t.toLowerCase(), p.role);
        i++;
      }
      continue;
    }
    const op = OPERATOR_LINE.exec(t);
    if (op) {
      labels.push({ line: i, label: 'Operator', labelSpan: { start: content.start, end: content.start + 8 }, bodyFrom: content.start + op[0].length, role: 'operator' });
      continue;
    }
    if (isNameLine(lines, i, t, known)) {
      const titleLine = lines[i + 1];
      const { title, firm, role, marker } = readTitle(lineTrimmed(titleLine));
      const listed = known.get(t.toLowerCase());
      const label: LabelLine = {
        line: i,
        label: t,
        labelSpan: content,
        bodyFrom: titleLine.end,
        role: marker === 'Q' ? 'analyst' : marker === 'A' ? 'executive' : (listed ?? role),
      };
      if (title) label.title = title;
      if (firm) label.firm = firm;
      labels.push(label);
      i++;
    }
  }
  return { format: 'factset', ...labelLineSegmentation(text, lines, labels, marks), participants };
}

export const factSetReader: FormatReader = {
  id: 'factset',
  detect: detectFactSet,
  segment: segmentFactSet,
};
