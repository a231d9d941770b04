// One turn per line (or paragraph): `Name: text`, `Speaker 3: text`, optionally with a timestamp
// (`[00:01:02] Name: text`, `Name (00:01:02): text`) or a title (`Jane Doe, CFO: text`).
// Lines without a label continue the current turn.
import type { FormatReader, RawSection, RawTurn, Segmentation } from './format';
import { sectionHeading } from './headings';
import { LETTER } from '../text/letters';

// Leading timestamp, label (a name of up to six words, `Speaker N`, `Operator`), optional title after a comma or
// dash, optional timestamp, then the colon. Every quantifier is bounded: linear time on any line.
const LINE_LABEL =
  new RegExp(String.raw`^[ \t]*(?:\[?((?:\d{1,2}:)?\d{1,2}:\d{2})\]?[ \t]+)?((?:Speaker|Participant|Caller) \d{1,3}|[A-Z][${LETTER}'’.-]{0,40}(?:[ \t]+(?:[A-Z][${LETTER}'’.-]{0,40}|de|da|van|von|der|del|la|le|bin)){0,5})(?:[ \t]*(?:,|--|–|—|-)[ \t]*([^:\n]{1,80}?))?(?:[ \t]*[([]((?:\d{1,2}:)?\d{1,2}:\d{2})[)\]])?[ \t]*:[ \t]*(?=\S|$)`, 'd');

// Words that look like a label but introduce a field or a heading.
const NOT_A_SPEAKER = new Set([
  'note', 'notes', 'date', 'time', 'source', 'ticker', 'subject', 're', 'disclaimer', 'copyright', 'call', 'event',
  'company', 'title', 'location', 'duration', 'url', 'http', 'https', 'email', 'phone', 'tel', 'fax', 'total',
  'revenue', 'net', 'q', 'a', 'important', 'warning', 'caution', 'example', 'update', 'correction', 'editor',
  'transcript', 'page', 'presentation', 'agenda', 'webcast', 'summary',
]);

export const nameColonReader: FormatReader = {
  id: 'name-colon',
  detect(text) {
    let lines = 0;
    let labelled = 0;
    const labels = new Set<string>();
    let pos = 0;
    while (pos < text.length && lines < 300) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const line = text.slice(pos, Math.min(nl, pos + 400));
      pos = nl + 1;
      if (!line.trim()) continue;
      lines++;
      const m = LINE_LABEL.exec(line);
      if (m && isSpeakerLabel(m[2])) {
        labelled++;
        labels.add(m[2].toLowerCase());
      }
    }
    if (labels.size < 2 || labelled < 2) return labelled ? 0.1 : 0;
    return Math.min(0.8, 0.2 + (0.8 * labelled) / lines);
  },
  segment(text) {
    const turns: RawTurn[] = [];
    const sections: RawSection[] = [];
    const seg: Segmentation = { format: 'name-colon', turns, sections, participants: [] };
    let current: RawTurn | undefined;
    let pos = 0;
    while (pos <= text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      let lineEnd = nl;
      if (lineEnd > pos && text[lineEnd - 1] === '\r') lineEnd--;
      const line = text.slice(pos, lineEnd);
      const heading = sectionHeading(line);
      const m = heading ? null : LINE_LABEL.exec(line.length > 2000 ? line.slice(0, 2000) : line);
      if (heading) {
        if (current) closeTurn(text, current);
        current = undefined;
        sections.push({ kind: heading.kind, title: heading.title, start: pos, end: text.length, headingSpan: { start: pos, end: lineEnd } });
      } else if (m && isSpeakerLabel(m[2])) {
        if (current) closeTurn(text, current);
        const labelStart = pos + m.indices![2][0];
        const bodyStart = pos + m[0].length;
        const ts = m[1] ?? m[4];
        const tsIndex = m.indices![m[1] ? 1 : 4];
        current = {
          label: m[2].replace(/\s+/g, ' '),
          labelSpan: { start: labelStart, end: labelStart + m[2].length },
          start: pos + (m[0].length - m[0].trimStart().length),
          end: lineEnd,
          body: { start: bodyStart, end: lineEnd },
        };
        if (m[3]) assignTitle(current, m[3].trim());
        if (ts) {
          current.timestamp = ts;
          current.timestampSpan = { start: pos + tsIndex![0], end: pos + tsIndex![1] };
          current.seconds = toSeconds(ts);
        }
        turns.push(current);
      } else if (current && line.trim()) {
        // Continuation paragraph, or the first line of a body under a `Name (00:01):` label line.
        if (current.body.start === current.body.end) current.body.start = pos + (line.length - line.trimStart().length);
        current.end = lineEnd;
        current.body.end = lineEnd;
      }
      pos = nl + 1;
    }
    if (current) closeTurn(text, current);
    // Each explicit section runs until the next one.
    for (let i = 0; i < sections.length; i++) sections[i].end = i + 1 < sections.length ? sections[i + 1].start : text.length;
    return seg;
  },
};

function isSpeakerLabel(label: string): boolean {
  const first = label.split(/[ \t]/)[0].toLowerCase().replace(/[.'’]/g, '');
  if (NOT_A_SPEAKER.has(first)) return false;
  return label.length <= 60;
}

function assignTitle(turn: RawTurn, suffix: string): void {
  // `Jane Doe, CFO` or `John Roe - Morgan Stanley - Analyst`
  const parts = suffix.split(/\s*(?:--|–|—| - |,)\s*/).filter(Boolean);
  if (parts.length >= 2 && /analyst/i.test(parts[parts.length - 1])) {
    turn.firm = parts[0];
    turn.role = 'analyst';
  } else {
    turn.title = parts.join(', ');
  }
}

function closeTurn(text: string, turn: RawTurn): void {
  while (turn.end > turn.body.start && /\s/.test(text[turn.end - 1])) turn.end--;
  turn.body.end = turn.end;
}

export function toSeconds(ts: string): number {
  return ts.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}
