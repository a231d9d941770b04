// Thomson Reuters / Refinitiv StreetEvents text: headings and turn labels sit between `====` or `----`
// fence lines. A label is `Name,  Company - Title  [N]` or `Operator  [N]` (N counts the turns); the
// participant lists give ` * Name` over `   Company - Title`.
import type { SectionKind, SpeakerRole } from '../types';
import type { FormatReader, Participant, RawTurn, Segmentation } from './format';
import type { Line } from './lines';
import { MAX_LABEL_LINE, detectWindow, isBlank, lineContent, lineTrimmed, splitLines, textStart, trimSpan } from './lines';
import type { SectionMark } from './sections';
import { closeSections } from './sections';

const FENCE = /^\s*(?:={5,}|-{5,})\s*$/;
const COUNTER = /\[\d{1,5}\]$/;
const BULLET = /^\s*\*\s+\S/;

const HEADINGS: { re: RegExp; kind: SectionKind; role?: SpeakerRole }[] = [
  { re: /^corporate\s+participants$/i, kind: 'participants', role: 'executive' },
  { re: /^conference\s+call\s+participants$/i, kind: 'participants', role: 'analyst' },
  { re: /^presentation$/i, kind: 'prepared-remarks' },
  { re: /^questions?\s+(?:and|&)\s+answers?$/i, kind: 'qa' },
  { re: /^(?:definitions|disclaimer)$/i, kind: 'back-matter' },
];

export const refinitivReader: FormatReader = {
  id: 'refinitiv',
  detect: detectRefinitiv,
  segment: segmentRefinitiv,
};

function isFence(line: Line | undefined): boolean {
  return line !== undefined && line.text.length <= MAX_LABEL_LINE && FENCE.test(line.text);
}

function detectRefinitiv(text: string): number {
  const lines = detectWindow(text).split('\n');
  let equals = 0;
  let dashes = 0;
  let labels = 0;
  let corporate = false;
  let brand = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.length > MAX_LABEL_LINE) continue;
    const t = l.trim();
    if (/^={5,}$/.test(t)) equals++;
    else if (/^-{5,}$/.test(t)) dashes++;
    else if (COUNTER.test(t) && /^-{5,}$/.test(lines[i - 1]?.trim() ?? '')) labels++;
    else if (/^corporate\s+participants$/i.test(t)) corporate = true;
    brand ||= /streetevents|thomson reuters|refinitiv/i.test(t);
  }
  let score = 0;
  if (equals >= 2) score += 0.2;
  if (dashes >= 2) score += 0.1;
  if (labels >= 1) score += 0.3;
  if (labels >= 3) score += 0.1;
  if (corporate) score += 0.2;
  if (brand) score += 0.1;
  return Math.min(1, score);
}

function segmentRefinitiv(text: string): Segmentation {
  const lines = splitLines(text);
  const marks: SectionMark[] = [{ kind: 'front-matter', title: 'Front Matter', start: textStart(text) }];
  const participants: Participant[] = [];
  const labelLines: number[] = [];

  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i];
    // Labels and headings are fenced above; labels are also fenced below.
    if (!isFence(lines[i - 1]) || isBlank(line) || line.text.length > MAX_LABEL_LINE || isFence(line)) continue;
    const t = lineTrimmed(line);
    if (COUNTER.test(t) && isFence(lines[i + 1])) {
      labelLines.push(i);
      continue;
    }
    const heading = HEADINGS.find((h) => h.re.test(t));
    if (!heading) continue;
    marks.push({ kind: heading.kind, title: t, start: lines[i - 1].start, headingSpan: lineContent(line) });
    if (heading.role) participants.push(...readParticipants(text, lines, i + 2, heading.role));
  }

  const roles = new Map(participants.map((p) => [p.name.toLowerCase(), p.role]));
  const turns: RawTurn[] = [];
  let fence = 0;
  for (let k = 0; k < labelLines.length; k++) {
    const i = labelLines[k];
    // The body runs from the fence below the label to the next fence, which may be the next label's own.
    fence = Math.max(fence, i + 2);
    while (fence < lines.length && !isFence(lines[fence])) fence++;
    const stop = Math.min(fence, k + 1 < labelLines.length ? labelLines[k + 1] - 1 : lines.length);
    const bodyFrom = lines[i + 1].end;
    const limit = stop < lines.length ? Math.max(bodyFrom, lines[stop].start) : text.length;
    turns.push(readTurn(text, lines[i], bodyFrom, limit, roles));
  }
  return { format: 'refinitiv', turns, sections: closeSections(text, marks, text.length), participants };
}

function readTurn(text: string, line: Line, bodyFrom: number, limit: number, roles: Map<string, SpeakerRole>): RawTurn {
  const content = lineContent(line);
  const t = lineTrimmed(line);
  const label = t.slice(0, t.lastIndexOf('[')).trimEnd();
  const comma = label.indexOf(',');
  const name = (comma < 0 ? label : label.slice(0, comma)).trimEnd();
  const labelSpan = { start: content.start, end: content.start + name.length };
  const body = trimSpan(text, bodyFrom, limit);
  const hasBody = body.end > body.start;
  const turn: RawTurn = {
    label: name,
    labelSpan,
    start: content.start,
    end: hasBody ? body.end : content.end,
    body: hasBody ? body : { start: content.end, end: content.end },
  };
  if (comma >= 0) {
    const { firm, title } = splitCompanyTitle(label.slice(comma + 1).trim());
    if (firm) turn.firm = firm;
    if (title) turn.title = title;
  }
  const known = roles.get(name.toLowerCase());
  if (/^operator$/i.test(name)) turn.role = 'operator';
  else if (known) turn.role = known;
  else if (turn.title && /\banalyst\b/i.test(turn.title)) turn.role = 'analyst';
  else if (turn.title) turn.role = 'executive';
  return turn;
}

/** `Company - Title`: the first ` - ` separates them (firms like `X, Research Division` keep their comma). */
function splitCompanyTitle(s: string): { firm?: string; title?: string } {
  const dash = s.indexOf(' - ');
  if (dash < 0) return s ? { firm: s } : {};
  return { firm: s.slice(0, dash).trim() || undefined, title: s.slice(dash + 3).trim() || undefined };
}

/** ` * Name` lines, each over a `Company - Title` line, until the next fence. */
function readParticipants(text: string, lines: Line[], from: number, role: SpeakerRole): Participant[] {
  const out: Participant[] = [];
  for (let i = from; i < lines.length && !isFence(lines[i]); i++) {
    const line = lines[i];
    if (line.text.length > MAX_LABEL_LINE || !BULLET.test(line.text)) continue;
    const bullet = lineContent(line);
    const nameSpan = trimSpan(text, text.indexOf('*', bullet.start) + 1, bullet.end);
    const p: Participant = { name: text.slice(nameSpan.start, nameSpan.end), role, span: nameSpan };
    const next = lines[i + 1];
    if (next && !isBlank(next) && !isFence(next) && !BULLET.test(next.text) && next.text.length <= MAX_LABEL_LINE) {
      const { firm, title } = splitCompanyTitle(lineTrimmed(next));
      if (firm) p.firm = firm;
      if (title) p.title = title;
      p.span = { start: nameSpan.start, end: lineContent(next).end };
      i++;
    }
    out.push(p);
  }
  return out;
}
