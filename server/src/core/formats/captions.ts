// Caption files (WebVTT, SRT): cues with a timing line, turned into speaker turns. A cue line opens a new
// turn when it names a different speaker (`<v Name>`, `Name:`, `[Name]`, `>> Name:`); lines without a name
// continue the current speaker, so consecutive cues of one voice merge into one turn.
import type { RawTurn } from './format';
import { looksLikeName } from './labels';
import type { Line } from './lines';
import { MAX_LABEL_LINE, isBlank, lineContent, trimmedEnd, trimmedStart } from './lines';
import type { Span } from '../types';

/** Start time of a cue: `HH:MM:SS` or `MM:SS` (group 2) and its fraction (group 6) before `-->`. */
const TIMING = /^(\s*)((?:(\d{1,3}):)?(\d{1,2}):(\d{2}))(?:[.,](\d{1,3}))?[ \t]*-->/;
const VOICE = /^<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/;
const BRACKET = /^\[([^\]]{1,60})\]/;
const NAME_COLON = /^([^:<>[\]]{1,60}):(?=\s|$)/;
const CHEVRONS = /^>>+[ \t]*/;
// Bracketed sound descriptions and `Word:` prefixes that are not speakers.
const NOT_SPEAKERS = new Set(['music', 'applause', 'laughter', 'inaudible', 'crosstalk', 'silence', 'noise', 'foreign', 'background noise', 'no audio', 'note', 'notes', 'caption', 'captions', 'transcript', 'example', 'warning']);

export interface CueTiming {
  /** `HH:MM:SS` (or `MM:SS`) as written, without the fraction. */
  timestamp: string;
  timestampSpan: Span;
  seconds: number;
}

export function readTiming(line: Line): CueTiming | undefined {
  if (line.text.length > MAX_LABEL_LINE) return undefined;
  const m = TIMING.exec(line.text);
  if (!m) return undefined;
  const start = line.start + m[1].length;
  const hours = m[3] ? Number(m[3]) : 0;
  const fraction = m[6] ? Number(m[6]) / 10 ** m[6].length : 0;
  return {
    timestamp: m[2],
    timestampSpan: { start, end: start + m[2].length },
    seconds: hours * 3600 + Number(m[4]) * 60 + Number(m[5]) + fraction,
  };
}

interface Marker {
  /** The speaker named, absent when the line names none. */
  name?: string;
  nameSpan?: Span;
  /** `>>` alone: a new, unnamed speaker. */
  changes: boolean;
  /** Where the spoken text starts on the line. */
  textStart: number;
}

/** The speaker marker at the start of a cue text line, if any. */
function readMarker(line: Line): Marker {
  const indent = trimmedStart(line.text, 0, line.text.length);
  let rest = line.text.slice(indent);
  let at = line.start + indent;
  const nothing: Marker = { changes: false, textStart: at };
  if (rest.length > MAX_LABEL_LINE) rest = rest.slice(0, MAX_LABEL_LINE);

  const voice = VOICE.exec(rest);
  if (voice) {
    const name = named(voice[1], at + voice[0].indexOf(voice[1], 2));
    return name ? { ...name, changes: true, textStart: at + voice[0].length } : { changes: false, textStart: at + voice[0].length };
  }
  let changes = false;
  const chevrons = CHEVRONS.exec(rest);
  if (chevrons) {
    changes = true;
    at += chevrons[0].length;
    rest = rest.slice(chevrons[0].length);
  }
  const m = BRACKET.exec(rest) ?? NAME_COLON.exec(rest);
  if (m) {
    const name = named(m[1], at + (m[0].startsWith('[') ? 1 : 0));
    if (name) return { ...name, changes: true, textStart: at + m[0].length };
  }
  return changes ? { changes, textStart: at } : nothing;
}

function named(raw: string, offset: number): { name: string; nameSpan: Span } | undefined {
  const lead = raw.length - raw.trimStart().length;
  const name = raw.trim();
  if (!looksLikeName(name) || NOT_SPEAKERS.has(name.toLowerCase())) return undefined;
  return { name, nameSpan: { start: offset + lead, end: offset + lead + name.length } };
}

interface Open {
  turn: RawTurn;
  key: string;
}

/** Cues in order: timing line, optional identifier line above it, text lines until a blank line. */
export function captionTurns(text: string, lines: Line[]): RawTurn[] {
  const turns: RawTurn[] = [];
  let open: Open | undefined;
  const close = () => {
    if (open) turns.push(open.turn);
    open = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const timing = readTiming(lines[i]);
    if (!timing) continue;
    const cueStart = identifierAbove(lines, i) ? lineContent(lines[i - 1]).start : lineContent(lines[i]).start;
    let j = i + 1;
    for (; j < lines.length && !isBlank(lines[j]) && !readTiming(lines[j]); j++) {
      // A cue number directly above the next timing line belongs to the next cue.
      if (j + 1 < lines.length && readTiming(lines[j + 1]) && /^\s*\d+\s*$/.test(lines[j].text)) break;
      const line = lines[j];
      const marker = readMarker(line);
      const bodyEnd = textEnd(text, marker.textStart, line.end);
      // The turn keeps a closing `</v>` the body leaves out, so the last one is not read as text after the call.
      const lineEnd = Math.max(bodyEnd, trimmedEnd(text, marker.textStart, line.end));
      const bodyStart = Math.min(trimmedStart(text, marker.textStart, line.end), bodyEnd);
      const key = marker.name !== undefined ? marker.name.toLowerCase() : undefined;
      const continues = open !== undefined && (key === undefined ? !marker.changes : key === open.key);
      if (continues && open) {
        if (bodyEnd > bodyStart) {
          if (open.turn.body.end === open.turn.body.start) open.turn.body.start = bodyStart;
          open.turn.body.end = bodyEnd;
          open.turn.end = lineEnd;
        }
        continue;
      }
      close();
      const start = j === i + 1 ? cueStart : lineContent(line).start;
      const labelSpan = marker.nameSpan ?? { start: bodyStart, end: bodyStart };
      const turn: RawTurn = {
        label: marker.name ?? 'Speaker',
        labelSpan,
        start,
        end: Math.max(lineEnd, labelSpan.end),
        body: { start: bodyStart, end: bodyEnd },
        timestamp: timing.timestamp,
        timestampSpan: timing.timestampSpan,
        seconds: timing.seconds,
      };
      // An unnamed turn's key matches no name, so the next named line starts a new turn.
      open = { turn, key: key ?? '' };
    }
    i = j - 1;
  }
  close();
  return turns;
}

/** Whether the line above a timing line is its cue identifier (a number in SRT, any text in WebVTT). */
function identifierAbove(lines: Line[], i: number): boolean {
  if (i === 0 || isBlank(lines[i - 1]) || /^\s*WEBVTT\b/.test(lines[i - 1].text)) return false;
  return i === 1 || isBlank(lines[i - 2]) || /^\s*\d+\s*$/.test(lines[i - 1].text);
}

/** End of a cue line's spoken text: trailing whitespace and a closing `</v>` left out. */
function textEnd(text: string, from: number, lineEnd: number): number {
  let end = trimmedEnd(text, from, lineEnd);
  if (end - from >= 4 && text.slice(end - 4, end) === '</v>') end = trimmedEnd(text, from, end - 4);
  return end;
}
