// The shapes of an analysis. Everything here is plain data: offsets are UTF-16 code units into the
// analysed string, `end` exclusive, so the LSP layer maps them to positions without re-reading text.

export interface Span {
  start: number;
  end: number;
}

/** The transcript layouts the segmenter recognises. */
export type FormatId =
  | 'flat-scraped' // web page copied flat: `Operator00:00:00Good day`, `Speaker 100:00:41`
  | 'motley-fool' // `Prepared Remarks:`, `Name -- Title` label lines
  | 'seeking-alpha' // `Company Participants`, name alone on a line
  | 'refinitiv' // dashed fences, `Name,  Company - Title  [N]`
  | 'name-colon' // one turn per line, `Name: text` / `Speaker N: text`
  | 'recorder-export' // `Jane Doe  0:42` on its own line, then the paragraphs (Otter.ai and similar)
  | 'bloomberg' // `Mark Lee {BIO 12345678 <GO>}`, `Q - Name {BIO ...}` label lines
  | 'factset' // `MANAGEMENT DISCUSSION SECTION`, a name line then a `Title, Company [Q|A]` line
  | 'webvtt'
  | 'srt'
  | 'unknown';

export type SpeakerRole = 'operator' | 'executive' | 'analyst' | 'unknown';

export interface Evidence extends Span {
  kind: 'participant-list' | 'label' | 'operator-introduction' | 'hand-off' | 'self-introduction' | 'voice-tag' | 'question';
  /** The words of the transcript that support the attribution (verbatim, unescaped). */
  text: string;
}

export interface Speaker {
  /** Stable key within one analysis: the normalised label (`speaker 3`, `henry he`, `operator`). */
  id: string;
  /** The label as written in the transcript. */
  label: string;
  name?: string;
  /** Job title as stated, e.g. `Chief Financial Officer`. */
  title?: string;
  firm?: string;
  role: SpeakerRole;
  evidence: Evidence[];
}

export interface Turn extends Span {
  index: number;
  speakerId: string;
  /** The label as written (`Speaker 3`, `Henry He -- CFO`). */
  label: string;
  labelSpan: Span;
  /** Where the spoken text begins and ends (without label and timestamp). */
  body: Span;
  /** `HH:MM:SS` (or caption cue start) as written, and in seconds. */
  timestamp?: string;
  timestampSpan?: Span;
  seconds?: number;
  sectionIndex: number;
  /** Who actually speaks in this turn when it is not the label's usual speaker (an analyst's question under a
   * company speaker's label, as speech-to-text diarisation produces). */
  attributedSpeakerId?: string;
}

export type SectionKind = 'front-matter' | 'participants' | 'prepared-remarks' | 'qa' | 'closing' | 'back-matter';

export interface Section extends Span {
  kind: SectionKind;
  title: string;
  /** The heading as written, where the source has one. */
  headingSpan?: Span;
}

export interface Question extends Span {
  text: string;
  turnIndex: number;
}

export interface Exchange extends Span {
  /** The analyst asking. */
  speakerId: string;
  /** The operator's introduction, when there is one. */
  introductionTurn?: number;
  questionTurns: number[];
  questions: Question[];
  answerTurns: number[];
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RelatedSpan extends Span {
  message: string;
}

export interface Finding extends Span {
  /** Stable rule code, e.g. `restated-figure`, `duplicate-transcript`. */
  code: string;
  severity: Severity;
  message: string;
  related: RelatedSpan[];
  /** Markdown explanation for a hover (already escaped). */
  explanation?: string;
  /** Text that would replace [start, end) to fix the finding, e.g. a normalised garbled figure. */
  replacement?: string;
}

export type EntityKind =
  | 'money'
  | 'percent'
  | 'percentage-points'
  | 'basis-points'
  | 'multiple'
  | 'count'
  | 'period';

export type Qualifier = 'approximately' | 'more-than' | 'at-least' | 'less-than' | 'up-to' | 'at-most';

export interface PeriodRef {
  /** Normalised: `2023-Q2`, `FY2024`, `2024-H1`, or a relative `current-quarter`, `prior-year-quarter`,
   * `prior-quarter`, `full-year`, `year-to-date`, `year-end`, `earlier`, `guidance`, `prior-year`, or a calendar year `2019`. */
  id: string;
  /** How it was found: the words of the transcript, or `default` when inferred from the call. */
  text: string;
  span?: Span;
}

export interface Entity extends Span {
  kind: EntityKind;
  text: string;
  /** Exact decimal string with full digits and a leading `-` for negatives (`207000000`, `-3.3`, `0.30`).
   * For a range, the low end. For a period, absent. */
  value?: string;
  /** High end of a range; absent for single values. */
  high?: string;
  /** Decimal places the figure was stated to, in the unit of `value` after scaling: `RMB206.8 million` is stated
   * to the nearest 100,000, so `resolution` is `100000`. The interval a figure stands for is value ± resolution/2. */
  resolution?: string;
  /** ISO 4217 code for money. */
  currency?: string;
  /** Unit for counts (`customers`), `%` for percent, `pp`, `bp`, `x`. */
  unit?: string;
  perShare?: boolean;
  qualifier?: Qualifier;
  /** Set when the figure could not be read with confidence; `value` is then the most likely reading. */
  malformed?: { reason: string; alternatives?: string[] };
  /** Set when a reading had to repair the text (spoken numbers, split digits): how it was read. */
  reading?: string;
  metric?: { text: string } & Span;
  period?: PeriodRef;
  turnIndex?: number;
  speakerId?: string;
}

export interface Settings {
  /** Per-rule level; `off` disables a rule. Keys are finding codes. */
  checks: Record<string, Severity | 'off'>;
  /** Extra relative tolerance added to every interval (0.01 = 1%). */
  tolerance: number;
  /** Above this many characters only segmentation runs. */
  maxFileSize: number;
  /** Currency a bare amount takes when the call states none. */
  defaultCurrency?: string;
}

export interface Analysis {
  /** Length of the analysed text, so consumers can check spans. */
  length: number;
  format: FormatId;
  speakers: Speaker[];
  turns: Turn[];
  sections: Section[];
  exchanges: Exchange[];
  entities: Entity[];
  findings: Finding[];
  /** When the document holds the same transcript twice, the span of the repeat (left out of the outline). */
  duplicate?: { original: Span; repeat: Span };
  /** What was not analysed and why (size limits, unreadable parts). */
  skipped: string[];
}
