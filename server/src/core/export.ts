// Pure builders for exporting an analysis (CLI and the editor's export command share them).
import type { Analysis, Entity } from './types';

export interface EntityRecord {
  kind: Entity['kind'];
  start: number;
  end: number;
  text: string;
  value?: string;
  high?: string;
  currency?: string;
  unit?: string;
  perShare?: boolean;
  qualifier?: string;
  metric?: string;
  period?: string;
  speaker?: string;
  malformed?: Entity['malformed'];
}

export interface JsonRecord {
  file?: string;
  format: Analysis['format'];
  entities: EntityRecord[];
  turns: Array<{ index: number; speaker: string; label: string; start: number; end: number; timestamp?: string; section?: string }>;
  questions: Array<{ speaker: string; turnIndex: number; start: number; end: number; text: string }>;
  findings: Array<{ code: string; severity: string; start: number; end: number; message: string }>;
  skipped: string[];
}

function speakerName(analysis: Analysis, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const s = analysis.speakers.find((x) => x.id === id);
  return s?.name ?? s?.label ?? id;
}

export function toEntityRecord(analysis: Analysis, e: Entity): EntityRecord {
  const r: EntityRecord = { kind: e.kind, start: e.start, end: e.end, text: e.text };
  if (e.value !== undefined) r.value = e.value;
  if (e.high !== undefined) r.high = e.high;
  if (e.currency) r.currency = e.currency;
  if (e.unit) r.unit = e.unit;
  if (e.perShare) r.perShare = true;
  if (e.qualifier) r.qualifier = e.qualifier;
  if (e.metric) r.metric = e.metric.text;
  if (e.period) r.period = e.period.id;
  const speaker = speakerName(analysis, e.speakerId);
  if (speaker) r.speaker = speaker;
  if (e.malformed) r.malformed = e.malformed;
  return r;
}

export function toJsonRecord(analysis: Analysis, file?: string): JsonRecord {
  return {
    ...(file !== undefined ? { file } : {}),
    format: analysis.format,
    entities: analysis.entities.map((e) => toEntityRecord(analysis, e)),
    turns: analysis.turns.map((t) => ({
      index: t.index,
      speaker: speakerName(analysis, t.speakerId) ?? t.speakerId,
      label: t.label,
      start: t.start,
      end: t.end,
      ...(t.timestamp ? { timestamp: t.timestamp } : {}),
      ...(analysis.sections[t.sectionIndex] ? { section: analysis.sections[t.sectionIndex].kind } : {}),
    })),
    questions: analysis.exchanges.flatMap((x) =>
      x.questions.map((q) => ({ speaker: speakerName(analysis, x.speakerId) ?? x.speakerId, turnIndex: q.turnIndex, start: q.start, end: q.end, text: q.text })),
    ),
    findings: analysis.findings.map((f) => ({ code: f.code, severity: f.severity, start: f.start, end: f.end, message: f.message })),
    skipped: analysis.skipped,
  };
}

export const CSV_HEADER = ['file', 'kind', 'start', 'end', 'text', 'value', 'currency', 'unit', 'metric', 'period', 'speaker', 'timestamp'];

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV rows (no header) for the entities of one file. */
export function toCsv(analysis: Analysis, file: string): string[] {
  return analysis.entities.map((e) => {
    const turn = e.turnIndex !== undefined ? analysis.turns.find((t) => t.index === e.turnIndex) : undefined;
    const value = e.high !== undefined ? `${e.value}..${e.high}` : e.value;
    return [file, e.kind, e.start, e.end, e.text, value, e.currency, e.unit, e.metric?.text, e.period?.id, speakerName(analysis, e.speakerId), turn?.timestamp]
      .map(csvField)
      .join(',');
  });
}

const BRAT_TYPE: Record<Entity['kind'], string> = {
  money: 'MONEY',
  percent: 'PERCENT',
  'percentage-points': 'PERCENTAGE_POINTS',
  'basis-points': 'BASIS_POINTS',
  multiple: 'MULTIPLE',
  count: 'COUNT',
  period: 'PERIOD',
};

/** brat standoff annotations: one `T` line per entity and an `AnnotatorNotes` line with its normalised value. */
export function toBratAnn(analysis: Analysis, text: string): string {
  const lines: string[] = [];
  analysis.entities.forEach((e, n) => {
    const id = n + 1;
    // brat spans may not contain line breaks; split a span at them into fragments.
    const fragments: string[] = [];
    let s = e.start;
    for (let i = e.start; i <= e.end; i++) {
      if (i === e.end || text[i] === '\n' || text[i] === '\r') {
        if (i > s) fragments.push(`${s} ${i}`);
        s = i + 1;
      }
    }
    lines.push(`T${id}\t${BRAT_TYPE[e.kind]} ${fragments.join(';')}\t${text.slice(e.start, e.end).replace(/[\r\n]+/g, ' ')}`);
    const value = e.kind === 'period' ? e.period?.id : e.high !== undefined ? `${e.value}..${e.high}` : e.value;
    const unit = e.kind === 'money' ? e.currency : e.unit;
    const note = [unit, value, e.perShare ? 'per share' : undefined, e.malformed ? 'malformed' : undefined].filter(Boolean).join(' ');
    if (note) lines.push(`#${id}\tAnnotatorNotes T${id}\t${note}`);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
