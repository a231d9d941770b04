// What every transcript format reader produces: turns as the source labels them, the sections the source
// marks, and the participant list if it has one. Identity resolution and the Q&A outline come later and
// are the same for every format.
import type { FormatId, SectionKind, SpeakerRole, Span } from '../types';

export interface RawTurn {
  /** The label as written, e.g. `Speaker 3`, `Henry He`, `Operator`. */
  label: string;
  labelSpan: Span;
  /** Start of the whole turn (label included) and end (exclusive, before the next turn's label). */
  start: number;
  end: number;
  /** Spoken text. */
  body: Span;
  timestamp?: string;
  timestampSpan?: Span;
  seconds?: number;
  /** Title / firm written with the label itself (`Name -- Firm -- Analyst`, `Name, Company - Title`). */
  title?: string;
  firm?: string;
  role?: SpeakerRole;
}

export interface RawSection extends Span {
  kind: SectionKind;
  title: string;
  headingSpan?: Span;
}

export interface Participant {
  name: string;
  title?: string;
  firm?: string;
  role: SpeakerRole;
  span: Span;
}

export interface Segmentation {
  format: FormatId;
  turns: RawTurn[];
  /** Sections the source marks explicitly; missing ones are inferred later. */
  sections: RawSection[];
  participants: Participant[];
}

export interface FormatReader {
  id: FormatId;
  /** How strongly the text looks like this format, 0..1. Must be cheap: it runs for every format. */
  detect(text: string): number;
  segment(text: string): Segmentation;
}
