// Formats benchmark results as a markdown table.

export type Cell = string | number | undefined;

export function fmt(n: number | undefined, digits = 1): string {
  if (n === undefined || !Number.isFinite(n)) return 'n/a';
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}

export function markdownTable(header: string[], rows: Cell[][]): string {
  const cell = (c: Cell) => (c === undefined ? 'n/a' : String(c)).replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Ratio of the time ratio to the size ratio between two inputs: ~1 means time grows linearly with size. */
export function growth(smallMs: number | undefined, largeMs: number | undefined, smallSize: number, largeSize: number): number | undefined {
  if (smallMs === undefined || largeMs === undefined || !(smallMs > 0)) return undefined;
  return largeMs / smallMs / (largeSize / smallSize);
}
