// Consistency checks over the attributed figures. Each rule lives in its own file in this folder; this file runs
// them and keeps one finding per figure (the first, most severe), so a problem never repeats on one span.
import type { Entity, Finding, Settings, Turn } from '../types';
import { attribute } from './attribution';
import { checkBeatMiss } from './beatMiss';
import { checkEarningsPerShare } from './eps';
import { checkGrowth } from './growth';
import { checkMalformed } from './malformed';
import { checkMargins } from './margin';
import { checkMultiples } from './multiple';
import { checkMultipleChanges } from './multipleChange';
import { checkPartsTotals } from './partsTotal';
import { checkPointChanges } from './pointChange';
import { checkQuotes } from './quote';
import { checkDerivedPriors, checkRestated } from './restated';
import { checkShares } from './share';
import { checkRun, lowerText } from './run';

export interface CheckContext {
  text: string;
  entities: Entity[];
  turns: Turn[];
  settings: Settings;
}

const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function runChecks(context: CheckContext): Finding[] {
  const { text, entities, turns, settings } = context;
  const tolerance = settings.tolerance;
  // One lower-case copy of the text and one interval per entity, shared by every rule.
  const lower = lowerText(text);
  const run = checkRun(lower, attribute(text, entities, turns, lower), tolerance, turns);
  const growth = checkGrowth(run);
  const all = [
    ...checkMalformed(entities),
    ...checkRestated(run),
    ...growth.findings,
    ...checkDerivedPriors(run, growth.derived),
    ...checkMargins(run),
    ...checkMultiples(run),
    ...checkPointChanges(run),
    ...checkPartsTotals(run),
    ...checkBeatMiss(text, tolerance),
    ...checkQuotes(text, tolerance),
    // Ratio rules added later come last, so a span they share with an older rule keeps the older finding.
    ...checkShares(run),
    ...checkEarningsPerShare(run),
    ...checkMultipleChanges(run),
  ];
  const bySpan = new Map<string, Finding>();
  for (const f of all) {
    const key = `${f.start}:${f.end}`;
    const kept = bySpan.get(key);
    if (!kept || RANK[f.severity] < RANK[kept.severity]) bySpan.set(key, f);
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}
