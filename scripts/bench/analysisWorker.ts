// Parent side of timedAnalysis.ts: starts the worker thread (TypeScript loaded through tsx) and times analyses
// with a bound, restarting the worker after one had to be stopped.
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { Analysis } from '../../server/src/core';
import type { TimingReply, TimingRequest } from './timedAnalysis';

const workerFile = path.join(__dirname, 'timedAnalysis.ts');
const bootstrap = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(workerFile)});`;

export class AnalysisWorker {
  private worker: Worker | undefined;

  /** Runs the analysis `runs` times; resolves undefined when they do not finish within `boundMs`. */
  time(text: string, runs: number, boundMs: number, returnAnalysis = false): Promise<TimingReply | undefined> {
    this.worker ??= new Worker(bootstrap, { eval: true });
    const w = this.worker;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.worker = undefined;
        w.removeAllListeners();
        void w.terminate();
        resolve(undefined);
      }, boundMs);
      w.once('message', (reply: TimingReply) => {
        clearTimeout(timer);
        w.removeAllListeners('error');
        resolve(reply);
      });
      w.once('error', (err) => {
        clearTimeout(timer);
        this.worker = undefined;
        reject(err);
      });
      w.postMessage({ text, runs, returnAnalysis } satisfies TimingRequest);
    });
  }

  /** The analysis of `text`; throws when analyze() threw or did not finish within `boundMs`. */
  async analyze(text: string, boundMs: number): Promise<Analysis> {
    const reply = await this.time(text, 1, boundMs, true);
    if (!reply) throw new Error(`analysis did not finish within ${boundMs} ms`);
    if (reply.error !== undefined) throw new Error(`analyze() threw: ${reply.error}`);
    return reply.analysis!;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
