// Times the core analysis in a worker thread: median of several runs after warm-up, within a time budget per
// input so a slow analysis shortens the run instead of stretching the benchmark.
import { AnalysisWorker } from './analysisWorker';
import { median } from './stats';

export interface CoreResult {
  /** Undefined when not even one analysis finished within the bound. */
  medianMs?: number;
  mbPerSecond?: number;
  runs: number;
  entities: number;
  turns: number;
  findings: number;
  /** Set when the analysis did not finish within the bound, or threw: says which. */
  timedOut?: string;
}

/** Most runs taken per input, by size; fewer when each run is slow (see budgetMs). */
function plannedRuns(size: number): { warmup: number; runs: number } {
  if (size < 200_000) return { warmup: 5, runs: 21 };
  if (size < 2_000_000) return { warmup: 2, runs: 7 };
  return { warmup: 1, runs: 3 };
}

export async function benchCore(worker: AnalysisWorker, text: string, budgetMs: number, boundMs: number): Promise<CoreResult> {
  const plan = plannedRuns(text.length);
  const first = await worker.time(text, 1, boundMs);
  if (first?.error !== undefined) return { runs: 0, entities: 0, turns: 0, findings: 0, timedOut: `threw: ${first.error.split('\n')[0]}` };
  if (!first) return { runs: 0, entities: 0, turns: 0, findings: 0, timedOut: `> ${boundMs / 1000} s` };
  const perRun = first.times[0];
  // The first run is a warm-up; take the planned runs if they fit the budget, else as many as do (at least one).
  const warmup = Math.max(0, Math.min(plan.warmup - 1, Math.floor(budgetMs / 4 / perRun)));
  const runs = Math.max(1, Math.min(plan.runs, Math.floor(budgetMs / perRun) - warmup));
  if (warmup > 0) await worker.time(text, warmup, boundMs * warmup);
  const measured = await worker.time(text, runs, boundMs * runs);
  const times = measured?.times ?? first.times;
  const ms = median(times);
  return {
    medianMs: ms,
    mbPerSecond: Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000),
    runs: times.length,
    entities: first.entities,
    turns: first.turns,
    findings: first.findings,
  };
}
