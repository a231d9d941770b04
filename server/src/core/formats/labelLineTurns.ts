// Builds turns for layouts where a label sits on a line of its own and the spoken paragraphs follow
// until the next label line or a section boundary (Motley Fool, Seeking Alpha, Bloomberg, FactSet, recorder exports).
import type { SpeakerRole, Span } from '../types';
import type { RawSection, RawTurn } from './format';
import type { Line } from './lines';
import { lineContent, trimSpan } from './lines';
import type { SectionMark } from './sections';
import { closeSections } from './sections';

export interface LabelLine {
  /** Index of the label line. */
  line: number;
  /** The name as written and where. */
  label: string;
  labelSpan: Span;
  title?: string;
  firm?: string;
  role?: SpeakerRole;
  /** Where the spoken text starts when not on the next line: after `Operator:` on the label line itself, or after a
   * title line under the name (FactSet). */
  bodyFrom?: number;
}

/**
 * `labels` and `boundaries` are line indices in ascending order. A turn's body runs from the line after its
 * label to the next label or boundary line (exclusive), without surrounding whitespace.
 */
export function turnsFromLabelLines(text: string, lines: Line[], labels: LabelLine[], boundaries: number[]): RawTurn[] {
  const turns: RawTurn[] = [];
  let b = 0;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    while (b < boundaries.length && boundaries[b] <= l.line) b++;
    const nextLabel = k + 1 < labels.length ? labels[k + 1].line : lines.length;
    const limitLine = b < boundaries.length ? Math.min(boundaries[b], nextLabel) : nextLabel;
    const limit = limitLine < lines.length ? lines[limitLine].start : text.length;
    const labelLine = lineContent(lines[l.line]);
    const body = trimSpan(text, l.bodyFrom ?? lines[l.line].end, limit);
    const hasBody = body.end > body.start;
    const turn: RawTurn = {
      label: l.label,
      labelSpan: l.labelSpan,
      start: labelLine.start,
      end: hasBody ? body.end : labelLine.end,
      body: hasBody ? body : { start: labelLine.end, end: labelLine.end },
    };
    if (l.title !== undefined) turn.title = l.title;
    if (l.firm !== undefined) turn.firm = l.firm;
    if (l.role !== undefined) turn.role = l.role;
    turns.push(turn);
  }
  return turns;
}

/**
 * Turns and sections of a layout whose sections open at heading lines: `marks` in text order, the first one the front
 * matter, which ends at the first label when no heading comes before it. Each mark's line bounds the turn before it.
 */
export function labelLineSegmentation(text: string, lines: Line[], labels: LabelLine[], marks: (SectionMark & { line: number })[]): { turns: RawTurn[]; sections: RawSection[] } {
  if (labels.length && marks.length === 1) marks[0].end = lines[labels[0].line].start;
  const turns = turnsFromLabelLines(
    text,
    lines,
    labels,
    marks.map((m) => m.line),
  );
  return { turns, sections: closeSections(text, marks, text.length) };
}
