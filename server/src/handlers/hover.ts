// Hover: who a speaker label is and why we think so; what a figure means (canonical value first, then the
// compact reading, metric, period, speaker, notes and the other mentions of the same metric); and, on a
// flagged figure, the finding's explanation. Everything from the transcript is escaped.
import type { Analysis, Entity, Speaker, Turn } from '../core/types';
import { metricKey, type AnalysisIndex } from '../analysisIndex';
import { canonicalValue, compactReading } from './figureFormat';
import { MarkdownBuilder, md, type SafeMarkdown } from './markdown';
import { describePeriod, samePeriodId } from '../core/periods';

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

const MAX_EVIDENCE = 3;
const MAX_OTHER_MENTIONS = 8;
/** Past this many further distinct mentions the hover counts mentions instead of rendering each. */
const MAX_REST_RENDERED = 200;

const EVIDENCE_KIND: Record<string, string> = {
  'participant-list': 'participant list',
  label: 'label',
  'operator-introduction': 'operator introduction',
  'hand-off': 'hand-off',
  'self-introduction': 'self-introduction',
  'voice-tag': 'voice tag',
  question: 'question',
};

export function speakerHover(turn: Turn, speaker: Speaker | undefined, turnCount: number): string {
  const b = new MarkdownBuilder();
  b.paragraph(md.bold(speaker?.name ?? turn.label), speaker?.title && md.text(speaker.title), speaker?.firm && md.text(speaker.firm), speaker && md.italic(speaker.role));
  if (speaker?.name && speaker.name !== turn.label) b.paragraph(`Label: ${md.text(turn.label)}`);
  b.paragraph(`${turnCount} ${turnCount === 1 ? 'turn' : 'turns'}`, turn.timestamp ? `this one at ${md.text(turn.timestamp)}` : undefined);
  addEvidence(b, speaker);
  return b.toString();
}

/** A turn spoken by someone other than its label's usual speaker: who speaks here, and whose label it is. */
export function attributedSpeakerHover(turn: Turn, speaker: Speaker, labelSpeaker: Speaker | undefined): string {
  const b = new MarkdownBuilder();
  b.paragraph(md.bold(speaker.name ?? speaker.label), speaker.title && md.text(speaker.title), speaker.firm && md.text(speaker.firm), md.italic(speaker.role));
  const usual = labelSpeaker?.name ? `${md.text(labelSpeaker.name)}${labelSpeaker.title ? `, ${md.text(labelSpeaker.title)}` : ''}` : undefined;
  b.paragraph(`Attributed from the operator's introduction: the label ${md.text(turn.label)}${usual ? ` elsewhere belongs to ${usual}` : ''}.`);
  addEvidence(b, speaker);
  return b.toString();
}

/** The first few pieces of evidence for who a speaker is, quoted and escaped. */
function addEvidence(b: MarkdownBuilder, speaker: Speaker | undefined): void {
  const evidence = speaker?.evidence.slice(0, MAX_EVIDENCE) ?? [];
  b.list(
    evidence.map((e) => `${md.italic(EVIDENCE_KIND[e.kind] ?? e.kind)}: “${md.text(e.text)}”`),
    'Evidence:',
  );
}

/** The canonical value as markdown: built from digits and ISO codes, only a count's unit needs escaping. */
function canonicalMarkdown(e: Entity): SafeMarkdown | undefined {
  const value = canonicalValue(e);
  if (value === undefined) return undefined;
  return e.kind === 'count' && e.unit ? `${md.text(value)} ${md.text(e.unit)}` : e.kind === 'period' ? md.text(value) : value;
}

function speakerLabel(analysis: Analysis, index: AnalysisIndex, e: Entity): string | undefined {
  const speaker = e.speakerId ? index.speakerById.get(e.speakerId) : undefined;
  return speaker?.name ?? speaker?.label;
}

export function entityHover(analysis: Analysis, index: AnalysisIndex, e: Entity): string {
  const b = new MarkdownBuilder();
  const canonical = canonicalMarkdown(e);
  b.paragraph(canonical ? md.boldSafe(canonical) : md.bold(e.text));
  const compact = compactReading(e);
  // Periods as a reader says them (`same quarter last year`); the canonical id stays in the export and the CLI.
  const period = e.period ? describePeriod(e.period.id) : undefined;
  b.paragraph(compact && md.text(compact), e.metric && md.text(e.metric.text), period && (e.kind !== 'period' || period !== e.period?.id) ? md.text(period) : undefined, e.qualifier && md.text(e.qualifier.replace('-', ' ')));
  const turn = e.turnIndex !== undefined ? index.turnByIndex.get(e.turnIndex) : undefined;
  const who = speakerLabel(analysis, index, e);
  if (who || turn?.timestamp) b.paragraph(who && md.text(who), turn?.timestamp && md.text(turn.timestamp));
  if (e.reading) b.paragraph(`${md.italic('Read as')}: ${md.text(e.reading)}`);
  if (e.malformed) {
    const alternatives = e.malformed.alternatives?.length ? ` (other readings: ${e.malformed.alternatives.map(md.text).join(', ')})` : '';
    b.paragraph(`${md.italic('Malformed')}: ${md.text(e.malformed.reason)}${alternatives}`);
  }
  for (const f of index.findingsOverlapping(e.start, e.end)) {
    if (f.start >= e.end || f.end <= e.start) continue;
    b.trusted(f.explanation ?? `${md.italic(f.code)}: ${md.text(f.message)}`);
  }
  const key = metricKey(e);
  if (key) {
    // A repeated copy of the transcript is not "another mention": stay on the same side of the repeat.
    const repeat = analysis.duplicate?.repeat;
    const inRepeat = (x: Entity) => !!repeat && x.start >= repeat.start && x.start < repeat.end;
    // Each mention with its hedge (`more than 3x`) and, when it differs from the hovered figure's, its period. The
    // call's own quarter, named at the start, is the quarter a figure with no stated period speaks of.
    const periodKey = (id: string | undefined) => samePeriodId(id, index.callQuarter);
    const render = (o: Entity) => {
      const hedge = o.qualifier ? `${md.text(o.qualifier.replace('-', ' '))} ` : '';
      const period = o.period && periodKey(o.period.id) !== periodKey(e.period?.id) ? ` (${md.text(describePeriod(o.period.id))})` : '';
      const value = `${hedge}${canonicalMarkdown(o) ?? md.text(o.text)}${period}`;
      const oTurn = o.turnIndex !== undefined ? index.turnByIndex.get(o.turnIndex) : undefined;
      const where = [speakerLabel(analysis, index, o), oTurn?.timestamp].filter((x): x is string => !!x).map(md.text);
      return where.length ? `${value} — ${where.join(', ')}` : value;
    };
    const self = render(e);
    // A metric said thousands of times in a long document: render only until the list is full, count the rest.
    const others = (index.entitiesByMetric.get(key) ?? []).filter((o) => o !== e && inRepeat(o) === inRepeat(e));
    const items = new Set<string>();
    let k = 0;
    for (; k < others.length && items.size < MAX_OTHER_MENTIONS; k++) {
      const item = render(others[k]);
      if (item !== self) items.add(item);
    }
    const rest = new Set<string>();
    for (let j = k; j < others.length && rest.size <= MAX_REST_RENDERED; j++) {
      const item = render(others[j]);
      if (item !== self && !items.has(item)) rest.add(item);
    }
    const list = [...items];
    if (rest.size > MAX_REST_RENDERED) list.push(`… ${others.length - k} more mentions`);
    else if (rest.size) list.push(`… ${rest.size} more`);
    b.list(list, `Other mentions of ${md.text(e.metric!.text)}:`);
  }
  return b.toString();
}

/** The hover at a UTF-16 offset, or null when there is nothing to say there. */
export function buildHover(analysis: Analysis, index: AnalysisIndex, offset: number): HoverResult | null {
  const turn = index.turnWithLabelAt(offset);
  if (turn) {
    const turnCount = index.turnCounts.get(turn.speakerId) ?? 1;
    const labelSpeaker = index.speakerById.get(turn.speakerId);
    const attributed = turn.attributedSpeakerId ? index.speakerById.get(turn.attributedSpeakerId) : undefined;
    if (attributed) return { markdown: attributedSpeakerHover(turn, attributed, labelSpeaker), ...turn.labelSpan };
    return { markdown: speakerHover(turn, labelSpeaker, turnCount), ...turn.labelSpan };
  }
  const entity = index.entityAt(offset);
  if (entity) return { markdown: entityHover(analysis, index, entity), start: entity.start, end: entity.end };
  const finding = analysis.findings.find((f) => offset >= f.start && offset < f.end);
  if (finding) return { markdown: finding.explanation ?? `${md.italic(finding.code)}: ${md.text(finding.message)}`, start: finding.start, end: finding.end };
  return null;
}
