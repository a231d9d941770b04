// Turns the places where sections begin into contiguous, non-overlapping section spans.
import type { SectionKind, Span } from '../types';
import type { RawSection } from './format';
import { trimmedEnd } from './lines';

export interface SectionMark {
  kind: SectionKind;
  title: string;
  start: number;
  /** Where the section stops when that is before the next mark (e.g. front matter ends at the first turn). */
  end?: number;
  headingSpan?: Span;
}

/**
 * Each section runs from its mark to the next one (trailing whitespace excluded); the last one runs to
 * `end`. Marks must be in document order; sections left empty are dropped.
 */
export function closeSections(text: string, marks: SectionMark[], end: number): RawSection[] {
  const sections: RawSection[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    const next = i + 1 < marks.length ? marks[i + 1].start : end;
    const limit = m.end !== undefined ? Math.min(m.end, next) : next;
    const e = trimmedEnd(text, m.start, limit);
    if (e <= m.start) continue;
    const s: RawSection = { kind: m.kind, title: m.title, start: m.start, end: e };
    if (m.headingSpan) s.headingSpan = m.headingSpan;
    sections.push(s);
  }
  return sections;
}
