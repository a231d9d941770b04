// Worker thread that times analyze() on texts sent by its parent, so the parent can stop it when an input makes
// the analysis run away (a runaway regex cannot be interrupted from the same thread). Used by the linear-time
// test and the benchmark.
import { parentPort } from 'node:worker_threads';
import type { Analysis } from '../../server/src/core';
import * as source from '../../server/src/core';

// The benchmark times the bundled core (dist/core.js, as the server ships it); tests use the TypeScript source.
const core: typeof source = process.env.EARNINGS_CORE_MODULE ? require(process.env.EARNINGS_CORE_MODULE) : source;
const analyze = core.analyze;

export interface TimingRequest {
  text: string;
  runs: number;
  /** Send the analysis back too (for tests that check it). */
  returnAnalysis?: boolean;
}

export interface TimingReply {
  /** Fastest of the runs, in ms: the least disturbed by other processes on the machine. */
  minMs: number;
  /** Every run, in ms, in order. */
  times: number[];
  turns: number;
  entities: number;
  findings: number;
  analysis?: Analysis;
  /** The exception analyze() threw, with its stack. */
  error?: string;
}

parentPort?.on('message', (req: TimingRequest) => {
  const times: number[] = [];
  let last: Analysis | undefined;
  try {
    for (let i = 0; i < req.runs; i++) {
      const t0 = performance.now();
      last = analyze(req.text);
      times.push(performance.now() - t0);
    }
  } catch (err) {
    const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
    parentPort!.postMessage({ minMs: NaN, times, turns: 0, entities: 0, findings: 0, error } satisfies TimingReply);
    return;
  }
  parentPort!.postMessage({
    minMs: Math.min(...times),
    times,
    turns: last?.turns.length ?? 0,
    entities: last?.entities.length ?? 0,
    findings: last?.findings.length ?? 0,
    analysis: req.returnAnalysis ? last : undefined,
  } satisfies TimingReply);
});
