// Lookups over one analysis that every feature shares (speaker by id, figure or label under the cursor).
// Built once per analysed version, so a hover is a binary search, not a scan of a 10 MB document's figures.
import { reportingQuarter } from './core/periods';
import type { Analysis, Entity, Finding, Speaker, Turn } from './core/types';

export interface AnalysisIndex {
  speakerById: Map<string, Speaker>;
  /** Entities sorted by start. */
  entities: Entity[];
  /** Turns sorted by start. */
  turns: Turn[];
  entityAt(offset: number): Entity | undefined;
  turnWithLabelAt(offset: number): Turn | undefined;
  findingsOverlapping(start: number, end: number): Finding[];
  turnByIndex: Map<number, Turn>;
  /** How many turns each speaker id has. */
  turnCounts: Map<string, number>;
  /** Entities sharing a metric (`revenue`), keyed by the metric text lower-cased, in document order. */
  entitiesByMetric: Map<string, Entity[]>;
  /** The call's own quarter (`2024-Q3`), as the checks read it: a figure with no stated period speaks of it. */
  callQuarter?: string;
}

/** The key entities are grouped by metric with: the metric words, whitespace-normalised, lower-cased. */
export function metricKey(e: Entity): string | undefined {
  return e.metric?.text.replace(/\s+/g, ' ').trim().toLowerCase() || undefined;
}

/** Index of the last item whose `start` is <= offset, or -1. */
function lastStartingAtOrBefore<T>(items: T[], offset: number, startOf: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const byStart = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || a.end - b.end;

export function buildAnalysisIndex(analysis: Analysis): AnalysisIndex {
  const speakerById = new Map(analysis.speakers.map((s) => [s.id, s]));
  const entities = [...analysis.entities].sort(byStart);
  const turns = [...analysis.turns].sort(byStart);
  const labels = turns.map((t) => t.labelSpan).sort((a, b) => a.start - b.start);
  const turnByLabelStart = new Map(turns.map((t) => [t.labelSpan.start, t]));
  const turnByIndex = new Map(turns.map((t) => [t.index, t]));
  const turnCounts = new Map<string, number>();
  for (const t of turns) turnCounts.set(t.speakerId, (turnCounts.get(t.speakerId) ?? 0) + 1);
  const entitiesByMetric = new Map<string, Entity[]>();
  for (const e of entities) {
    const key = metricKey(e);
    if (!key) continue;
    const group = entitiesByMetric.get(key);
    if (group) group.push(e);
    else entitiesByMetric.set(key, [e]);
  }

  const callQuarter = reportingQuarter(entities);
  return {
    speakerById,
    entities,
    turns,
    entitiesByMetric,
    ...(callQuarter ? { callQuarter } : {}),
    turnByIndex,
    turnCounts,
    entityAt(offset) {
      // Entities rarely nest; look back a few in case a wider one starts earlier and still covers the offset.
      const i = lastStartingAtOrBefore(entities, offset, (e) => e.start);
      for (let j = i; j >= 0 && j > i - 8; j--) {
        const e = entities[j];
        if (offset >= e.start && offset < e.end) return e;
      }
      return undefined;
    },
    turnWithLabelAt(offset) {
      const i = lastStartingAtOrBefore(labels, offset, (l) => l.start);
      if (i < 0) return undefined;
      const label = labels[i];
      return offset <= label.end ? turnByLabelStart.get(label.start) : undefined;
    },
    findingsOverlapping(start, end) {
      return analysis.findings.filter((f) => f.start <= end && f.end >= start);
    },
  };
}
