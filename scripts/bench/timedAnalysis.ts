// Worker thread that times analyze() on texts sent by its parent, so the parent can stop it when a pathological
// input makes the analysis run away (a runaway regex cannot be interrupted from the same thread).
import { parentPort } from 'node:worker_threads';
import { analyze } from '../../server/src/core';

export interface TimingRequest {
  text: string;
  runs: number;
}

export interface TimingReply {
  /** Fastest of the runs, in ms: the least disturbed by other processes on the machine. */
  minMs: number;
}

parentPort?.on('message', (req: TimingRequest) => {
  let minMs = Infinity;
  for (let i = 0; i < req.runs; i++) {
    const t0 = performance.now();
    analyze(req.text);
    minMs = Math.min(minMs, performance.now() - t0);
  }
  parentPort!.postMessage({ minMs } satisfies TimingReply);
});
