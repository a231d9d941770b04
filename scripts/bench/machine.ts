// Describes the machine the benchmark ran on, for the results table.
import * as fs from 'node:fs';
import * as os from 'node:os';

export function describeMachine(): string {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // Not Linux: os.cpus() is good enough.
  }
  const ramGb = (os.totalmem() / 2 ** 30).toFixed(1);
  return `${cpu}, ${os.availableParallelism()} cores, ${ramGb} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
