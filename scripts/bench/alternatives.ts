// Runs Recognizers-Text and compromise over an input in a child process with a time bound, and reports how much of
// the text each got through and at what speed.
import { fork } from 'node:child_process';
import * as path from 'node:path';
import type { Progress } from './alternativesWorker';

export type Tool = 'recognizers' | 'compromise';

export interface ToolResult {
  tool: Tool;
  /** Share of the input's characters processed within the bound (1 = all). */
  fractionDone: number;
  /** Characters per second over the part processed. */
  charsPerSecond: number;
  entities: number;
  ms: number;
  /** Set when the process failed or had to be killed before reporting. */
  error?: string;
}

const WORKER = path.join(__dirname, 'alternativesWorker.ts');

export function runTool(tool: Tool, file: string, totalChars: number, budgetMs: number): Promise<ToolResult> {
  return new Promise((resolve) => {
    const child = fork(WORKER, [tool, file, String(budgetMs)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let last: Progress | undefined;
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('message', (m) => (last = m as Progress));
    // The worker stops itself between chunks; this catches a single chunk that runs on (setup time allowed for).
    const killer = setTimeout(() => child.kill('SIGKILL'), budgetMs + 15_000);
    child.on('exit', (code, signal) => {
      clearTimeout(killer);
      const result: ToolResult = {
        tool,
        fractionDone: last ? last.chars / totalChars : 0,
        charsPerSecond: last && last.ms > 0 ? (last.chars / last.ms) * 1000 : NaN,
        entities: last?.entities ?? 0,
        ms: last?.ms ?? NaN,
      };
      if (code !== 0) result.error = signal ? `killed (${signal})` : `exit ${code}: ${stderr.trim().split('\n').pop()}`;
      resolve(result);
    });
  });
}
