// Worker thread that times analyze() on texts sent by its parent, so the parent can stop it when an input makes
// the analysis run away (a runaway regex cannot be interrupted from the same thread). Used by the linear-time
// test and the benchmark.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../server/src/core';

export interface TimingRequest {
  text: string;
  runs: number;
}

export interface TimingReply {
  /** Fastest of the runs, in ms: the least disturbed by other processes on the machine. */
  minMs: number;
  /** Every run, in ms, in order. */
  times: number[];
  turns: number;
  entities: number;
  findings: number;
}

parentPort?.on('message', (req: TimingRequest) => {
  const times: number[] = [];
  let last: ReturnType<typeof analyze> | undefined;
  for (let i = 0; i < req.runs; i++) {
    const t0 = performance.now();
    last = analyze(req.text);
    times.push(performance.now() - t0);
  }
  parentPort!.postMessage({
    minMs: Math.min(...times),
    times,
    turns: last?.turns.length ?? 0,
    entities: last?.entities.length ?? 0,
    findings: last?.findings.length ?? 0,
  } satisfies TimingReply);
});
