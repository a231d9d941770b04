// Figures grouped by metric, each group in figure order: a rule looks a metric up instead of scanning every figure.
import type { Figure } from './attribution';

export function groupByMetric(figures: Figure[]): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.metric === undefined) continue;
    const list = groups.get(f.metric);
    if (list) list.push(f);
    else groups.set(f.metric, [f]);
  }
  return groups;
}
