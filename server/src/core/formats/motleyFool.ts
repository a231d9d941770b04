// The Motley Fool layout: header lines, `Prepared Remarks:`, `Questions and Answers:`, then label lines
// `Name -- Title` / `Name -- Firm -- Analyst` / `Operator` each followed by paragraphs; `Duration: N minutes`
// and a `Call participants:` list close the call.
import type { SectionKind } from '../types';
import type { FormatReader, Participant, Segmentation } from './format';
import type { LabelLine } from './labelLineTurns';
import { turnsFromLabelLines } from './labelLineTurns';
import { isOperatorLabel, parseDashedLabel } from './labels';
import type { Line } from './lines';
import { MAX_LABEL_LINE, detectWindow, isBlank, lineContent, lineTrimmed, nextNonBlank, splitLines, textStart } from './lines';
import type { SectionMark } from './sections';
import { closeSections } from './sections';

const HEADINGS: { re: RegExp; kind: SectionKind }[] = [
  { re: /^prepared\s+remarks\s*:?$/i, kind: 'prepared-remarks' },
  { re: /^questions?\s+(?:and|&)\s+answers?\s*:?$/i, kind: 'qa' },
  { re: /^call\s+participants\s*:?$/i, kind: 'participants' },
];
// Lines that end the call and start the page's back matter.
const BACK_MATTER = /^(?:duration\s*:\s*\d+\s*min|this article is a transcript\b|all earnings call transcripts\b)/i;

function headingKind(t: string): SectionKind | undefined {
  if (t.length > 40) return undefined;
  for (const h of HEADINGS) if (h.re.test(t)) return h.kind;
  return undefined;
}

type Region = 'front' | 'talk' | 'list' | 'back';

interface Mark extends SectionMark {
  line: number;
  region: Region;
}

export const motleyFoolReader: FormatReader = {
  id: 'motley-fool',
  detect: detectMotleyFool,
  segment: segmentMotleyFool,
};

function detectMotleyFool(text: string): number {
  let score = 0;
  let brand = false;
  let prepared = false;
  let qa = false;
  let list = false;
  let dashed = 0;
  let analysts = 0;
  for (const raw of detectWindow(text).split('\n')) {
    if (raw.length > MAX_LABEL_LINE) continue;
    const t = raw.trim();
    const kind = headingKind(t);
    if (kind) {
      // The colon is what sets these headings apart from other layouts' section names.
      const colon = t.endsWith(':');
      if (kind === 'prepared-remarks') prepared ||= colon;
      else if (kind === 'qa') qa ||= colon;
      else list ||= colon;
      continue;
    }
    const p = parseDashedLabel(t, 0);
    if (p) {
      dashed++;
      if (p.role === 'analyst' && p.firm) analysts++;
    }
    brand ||= /motley fool|^duration\s*:\s*\d+\s*minutes/i.test(t);
  }
  if (brand) score += 0.1;
  if (prepared) score += 0.35;
  if (qa) score += 0.15;
  if (list) score += 0.15;
  if (dashed >= 2) score += 0.2;
  if (analysts >= 1) score += 0.15;
  return Math.min(1, score);
}

function segmentMotleyFool(text: string): Segmentation {
  const lines = splitLines(text);
  const { marks, participants } = findMarks(text, lines);
  const byName = new Map(participants.map((p) => [p.name, p]));

  const labels: LabelLine[] = [];
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m];
    if (mark.region !== 'front' && mark.region !== 'talk') continue;
    const stop = m + 1 < marks.length ? marks[m + 1].line : lines.length;
    for (let i = mark.headingSpan ? mark.line + 1 : mark.line; i < stop; i++) {
      const label = readLabelLine(lines[i], byName);
      if (!label) continue;
      label.line = i;
      // Without a `Prepared Remarks:` heading the front matter ends where the first turn begins.
      if (mark.region === 'front' && labels.length === 0) mark.end = lines[i].start;
      labels.push(label);
    }
  }
  const turns = turnsFromLabelLines(
    text,
    lines,
    labels,
    marks.map((m) => m.line),
  );
  const sections = closeSections(text, marks, text.length);
  return { format: 'motley-fool', turns, sections, participants };
}

/** Section marks in document order (front matter first) and the `Call participants:` list. */
function findMarks(text: string, lines: Line[]): { marks: Mark[]; participants: Participant[] } {
  const marks: Mark[] = [{ kind: 'front-matter', title: 'Front Matter', start: textStart(text), line: 0, region: 'front' }];
  const participants: Participant[] = [];
  let region: Region = 'front';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const long = line.text.length > MAX_LABEL_LINE;
    const t = long ? '' : lineTrimmed(line);
    const content = lineContent(line);
    const kind = long ? undefined : headingKind(t);
    if (kind) {
      // A table of contents lists the headings one after another; only a heading followed by content counts.
      const next = nextNonBlank(lines, i + 1);
      if (next < lines.length && lines[next].text.length <= MAX_LABEL_LINE && headingKind(lineTrimmed(lines[next]))) continue;
      region = kind === 'participants' ? 'list' : 'talk';
      marks.push({ kind, title: t.replace(/\s*:$/, ''), start: content.start, headingSpan: content, line: i, region });
      continue;
    }
    if (region === 'list') {
      const p = long ? undefined : parseDashedLabel(t, content.start);
      if (p) {
        const participant: Participant = { name: p.name.text, role: p.role, span: content };
        if (p.title !== undefined) participant.title = p.title;
        if (p.firm !== undefined) participant.firm = p.firm;
        participants.push(participant);
        continue;
      }
      if (isOperatorLabel(t)) continue;
    } else if (region === 'back' || !BACK_MATTER.test(t)) {
      continue;
    }
    region = 'back';
    marks.push({ kind: 'back-matter', title: 'Back Matter', start: content.start, line: i, region });
  }
  return { marks, participants };
}

function readLabelLine(line: Line, byName: Map<string, Participant>): LabelLine | undefined {
  if (line.text.length > MAX_LABEL_LINE || isBlank(line)) return undefined;
  const content = lineContent(line);
  const t = lineTrimmed(line);
  if (isOperatorLabel(t)) {
    const name = t.replace(/:$/, '');
    return { line: 0, label: name, labelSpan: { start: content.start, end: content.start + name.length }, role: 'operator' };
  }
  const known = byName.get(t);
  if (known) return { line: 0, label: t, labelSpan: content, role: known.role };
  const p = parseDashedLabel(t, content.start);
  if (!p) return undefined;
  const label: LabelLine = { line: 0, label: p.name.text, labelSpan: { start: p.name.start, end: p.name.end }, role: p.role };
  if (p.title !== undefined) label.title = p.title;
  if (p.firm !== undefined) label.firm = p.firm;
  return label;
}
