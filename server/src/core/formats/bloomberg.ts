// The Bloomberg terminal layout: `Company Participants` / `Other Participants` lists (`* Name, Title`,
// `* Name, Analyst, Firm`), `Presentation` and `Questions And Answers` headings, and label lines carrying the
// person's BIO code (`Mark Lee {BIO 12345678 <GO>}`), marked `Q - ` for the one asking and `A - ` for the one
// answering in the Q&A. `Operator` stands alone on its line.
import type { SectionKind, SpeakerRole } from '../types';
import type { FormatReader, Participant, Segmentation } from './format';
import type { LabelLine } from './labelLineTurns';
import { labelLineSegmentation } from './labelLineTurns';
import { isOperatorLabel, looksLikeName } from './labels';
import { MAX_LABEL_LINE, detectWindow, isBlank, lineContent, lineTrimmed, splitLines, textStart } from './lines';
import type { SectionMark } from './sections';

type Heading = 'company' | 'other' | 'presentation' | 'qa';

const HEADINGS: { re: RegExp; heading: Heading }[] = [
  { re: /^company\s+participants$/i, heading: 'company' },
  { re: /^other\s+participants$/i, heading: 'other' },
  { re: /^presentation$/i, heading: 'presentation' },
  { re: /^questions?\s+and\s+answers?$/i, heading: 'qa' },
];
const KIND: Record<Heading, SectionKind> = { company: 'participants', other: 'participants', presentation: 'prepared-remarks', qa: 'qa' };
// `Q - Ann Lee {BIO 34567890 <GO>}`: the marker, the name, the BIO code.
const BIO_LABEL = /^(?:([QA])\s*-\s*)?(.{1,80}?)\s*\{BIO\s+\d+\s*<GO>\}$/;
const LIST_ENTRY = /^\*\s+(.{1,200})$/;

function headingOf(t: string): Heading | undefined {
  if (t.length > 40) return undefined;
  for (const h of HEADINGS) if (h.re.test(t)) return h.heading;
  return undefined;
}

function detectBloomberg(text: string): number {
  let bios = 0;
  for (const raw of detectWindow(text).split('\n')) if (raw.length <= MAX_LABEL_LINE && BIO_LABEL.test(raw.trim())) bios++;
  return bios >= 2 ? 0.95 : bios === 1 ? 0.6 : 0;
}

/** `Mark Lee, Chief Executive Officer` (company list), `Ann Lee, Analyst, UBS` or `Ann Lee, UBS` (other list). */
function participantOf(entry: string, list: 'company' | 'other', start: number): Participant | undefined {
  const [name, ...rest] = entry.split(/\s*,\s*/);
  if (!looksLikeName(name)) return undefined;
  const span = { start, end: start + entry.length };
  if (list === 'company') return { name, title: rest.join(', ') || undefined, role: 'executive', span };
  const firm = rest.filter((r) => !/^(?:\w+\s+)?analyst$/i.test(r)).join(', ');
  return { name, firm: firm || undefined, title: rest.length > (firm ? 1 : 0) ? 'Analyst' : undefined, role: 'analyst', span };
}

function segmentBloomberg(text: string): Segmentation {
  const lines = splitLines(text);
  const marks: (SectionMark & { line: number })[] = [{ kind: 'front-matter', title: 'Front Matter', start: textStart(text), line: 0 }];
  const participants: Participant[] = [];
  const roles = new Map<string, SpeakerRole>();
  const labels: LabelLine[] = [];
  let list: 'company' | 'other' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || line.text.length > MAX_LABEL_LINE) continue;
    const t = lineTrimmed(line);
    const content = lineContent(line);
    const h = headingOf(t);
    if (h) {
      marks.push({ kind: KIND[h], title: t, start: content.start, headingSpan: content, line: i });
      list = h === 'company' || h === 'other' ? h : undefined;
      continue;
    }
    const entry = list ? LIST_ENTRY.exec(t) : null;
    if (list && entry) {
      const p = participantOf(entry[1], list, content.start + t.indexOf(entry[1]));
      if (p) {
        participants.push(p);
        roles.set(p.name.toLowerCase(), p.role);
      }
      continue;
    }
    const bio = BIO_LABEL.exec(t);
    if (bio && looksLikeName(bio[2])) {
      const start = content.start + t.indexOf(bio[2], bio[1] ? 1 : 0);
      // The Q and A markers say who asks and who answers; a listed participant's role stands otherwise.
      const role: SpeakerRole = bio[1] === 'Q' ? 'analyst' : bio[1] === 'A' ? 'executive' : (roles.get(bio[2].toLowerCase()) ?? 'unknown');
      labels.push({ line: i, label: bio[2], labelSpan: { start, end: start + bio[2].length }, role });
    } else if (isOperatorLabel(t)) {
      labels.push({ line: i, label: t.replace(/:$/, ''), labelSpan: { start: content.start, end: content.start + t.replace(/:$/, '').length }, role: 'operator' });
    }
  }
  return { format: 'bloomberg', ...labelLineSegmentation(text, lines, labels, marks), participants };
}

export const bloombergReader: FormatReader = {
  id: 'bloomberg',
  detect: detectBloomberg,
  segment: segmentBloomberg,
};
