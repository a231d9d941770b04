// Shared by the format reader tests: fixture loading, readable views of turns, and the invariants every
// segmentation must keep (in order, no overlap, spans inside the text).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Segmentation } from '../../server/src/core/formats/format';

export const repoRoot = path.resolve(__dirname, '../..');

export function fixture(name: string): string {
  return readFileSync(path.join(repoRoot, 'test/fixtures/formats', name), 'utf8');
}

export function slice(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

/** Label as read from its span, with what the reader attached. */
export function labels(text: string, seg: Segmentation): string[] {
  return seg.turns.map((t) => {
    // An unnamed caption speaker has an empty label span.
    assert.equal(slice(text, t.labelSpan), t.labelSpan.start === t.labelSpan.end ? '' : t.label, 'label span holds the label');
    if (t.labelSpan.start === t.labelSpan.end) assert.equal(t.label, 'Speaker');
    const extra = [t.role, t.title && `title=${t.title}`, t.firm && `firm=${t.firm}`].filter(Boolean).join(' ');
    return extra ? `${t.label} | ${extra}` : t.label;
  });
}

export function bodies(text: string, seg: Segmentation): string[] {
  return seg.turns.map((t) => slice(text, t.body));
}

export function sections(text: string, seg: Segmentation): string[] {
  return seg.sections.map((s) => {
    const heading = s.headingSpan ? ` [${slice(text, s.headingSpan)}]` : '';
    const lines = slice(text, s).split(/\r?\n/);
    return `${s.kind}: ${s.title}${heading} | ${lines[0]} | ${lines[lines.length - 1]}`;
  });
}

/** Turns in order, not overlapping, label and body inside the turn, every span inside the text. */
export function assertWellFormed(text: string, seg: Segmentation): void {
  const inText = (s: { start: number; end: number }, what: string) =>
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length, `${what} ${JSON.stringify(s)} inside text`);
  let last = 0;
  for (const t of seg.turns) {
    inText(t, 'turn');
    inText(t.labelSpan, 'label');
    inText(t.body, 'body');
    assert.ok(t.start >= last, `turn at ${t.start} starts after the previous one ended (${last})`);
    assert.ok(t.start <= t.labelSpan.start && t.labelSpan.end <= t.end, 'label inside turn');
    assert.ok(t.start <= t.body.start && t.body.end <= t.end, 'body inside turn');
    assert.ok(!/\s/.test(text[t.end - 1] ?? 'x'), 'no trailing whitespace in a turn');
    if (t.timestampSpan) inText(t.timestampSpan, 'timestamp');
    last = t.end;
  }
  last = 0;
  for (const s of seg.sections) {
    inText(s, 'section');
    assert.ok(s.start >= last, 'sections in order');
    if (s.headingSpan) assert.ok(s.start <= s.headingSpan.start && s.headingSpan.end <= s.end, 'heading inside section');
    last = s.end;
  }
  for (const p of seg.participants) inText(p.span, 'participant');
}

/** The same document with CRLF line endings and a BOM. */
export function crlfWithBom(text: string): string {
  return '\uFEFF' + text.replace(/\n/g, '\r\n');
}
