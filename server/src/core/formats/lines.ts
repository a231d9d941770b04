// Line-level helpers shared by the format readers. Readers work line by line so every regex runs on one
// bounded line, never on the whole document: that keeps segmentation linear on any input.
import type { Span } from '../types';

export interface Line {
  /** Offset of the first character (after a BOM on the first line). */
  start: number;
  /** Offset just past the last character, before the line break. */
  end: number;
  text: string;
}

/** Label and heading lines are short; longer lines are never tested against label regexes. */
export const MAX_LABEL_LINE = 200;

/** How much of the document the detectors look at. */
export const DETECT_WINDOW = 20_000;

/** Splits on `\n`, `\r\n` or a lone `\r`; a leading BOM is not part of the first line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      start = i;
    } else {
      i++;
    }
  }
  if (start < n) lines.push({ start, end: n, text: text.slice(start, n) });
  return lines;
}

/** The start of the text without a BOM. */
export function textStart(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** The first DETECT_WINDOW characters without a BOM, with `\r\n` and `\r` read as `\n`. */
export function detectWindow(text: string): string {
  // Every reader's detector asks for the same window of the same text: keep the last one.
  if (text !== lastText) {
    lastText = text;
    const head = text.slice(textStart(text), DETECT_WINDOW);
    lastWindow = head.includes('\r') ? head.replace(/\r\n?/g, '\n') : head;
  }
  return lastWindow;
}
let lastText = '';
let lastWindow = '';

export function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

export function isBlank(line: Line): boolean {
  return trimmedStart(line.text, 0, line.text.length) === line.text.length;
}

/** First non-whitespace offset in [start, end), or `end`. */
export function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  return start;
}

/** Offset just past the last non-whitespace character in [start, end), or `start`. */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** [start, end) without surrounding whitespace; empty or inverted spans collapse onto `start`. */
export function trimSpan(text: string, start: number, end: number): Span {
  if (end < start) end = start;
  const s = trimmedStart(text, start, end);
  return { start: s, end: trimmedEnd(text, s, end) };
}

/** A line's content without its indentation and trailing whitespace. */
export function lineContent(line: Line): Span {
  const s = trimmedStart(line.text, 0, line.text.length);
  const e = trimmedEnd(line.text, s, line.text.length);
  return { start: line.start + s, end: line.start + e };
}

/** A line's trimmed text. */
export function lineTrimmed(line: Line): string {
  const c = lineContent(line);
  return line.text.slice(c.start - line.start, c.end - line.start);
}

/** Index of the next non-blank line at or after `i`, or `lines.length`. */
export function nextNonBlank(lines: Line[], i: number): number {
  while (i < lines.length && isBlank(lines[i])) i++;
  return i;
}

/** Index of the previous non-blank line at or before `i`, or -1. */
export function prevNonBlank(lines: Line[], i: number): number {
  while (i >= 0 && isBlank(lines[i])) i--;
  return i;
}
