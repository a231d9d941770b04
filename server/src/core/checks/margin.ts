// margin-mismatch: a margin against its profit and its revenue ("gross margin 11.3%" with gross profit
// RMB206.8 million and revenue RMB1,835.4 million). Compared in magnitude: a loss stated as a positive amount with a
// negative margin is the same fact.
import Decimal from 'decimal.js';
import { div, gap, type Interval, overlaps } from '../interval';
import type { Finding } from '../types';
import { type Figure, longerThanQuarter } from './attribution';
import { finding, fractionOfInterval, percentInterval, related } from './figure';
import { groupByMetric } from './groups';
import { quickInterval, quickMagnitude, surelyOverlap, surelyPositive } from './quick';
import { type CheckRun, lowerAt } from './run';

const ADJACENT = /(?:representing|translat\w+ (?:in)?to|, or|for an?|with an?|which (?:is|was)|implying)\b[^.;]*margin\s*(?:of|was|were|is|at)?\s*(?:approximately|about)?\s*(?:negative\s+|minus\s+)?$/;

/** Margins that are yields or spreads over assets, not shares of revenue ("net interest margin" over earning assets). */
const NOT_OF_REVENUE = /\b(?:interest|investment|yield|spread|lending|loan|deposit)\b/;
/** After the margin: the base it is said of ("30% of revenue ex-TAC", "a 30% margin on net revenue"). */
const BASE_AFTER = /^\s*(?:percent|per cent)?\s*(?:margin\s+)?(?:of|on)\s+(?!the (?:(?:first|second|third|fourth|current) )?quarter\b|this quarter\b)/;
/** A base that is the plain revenue the check uses, ending there ("of revenue", "on net sales."). */
const PLAIN_REVENUE = /^\s*(?:percent|per cent)?\s*(?:margin\s+)?(?:of|on)\s+(?:our\s+|the\s+)?(?:(?:total|overall|consolidated)\s+)?(?:net\s+)?(?:revenues?|sales)\s*(?:[.,;]|$)/;

/** Words of a company-wide profit line; whatever else a margin or profit name holds names a segment ("freight"). */
const LINE_WORDS = /\b(?:adjusted|non-gaap|gaap|reported|underlying|gross|operating|net|pre-tax|pretax|after-tax|ebitda|ebitdar|ebita|ebit|ebt|profit|income|loss|earnings|free|cash|flow|fcf|of|operations|segment|total|consolidated)\b/g;

/** The segment a profit line names ("freight operating income" -> "freight"), or "" for the company's own line. */
function segmentOf(line: string): string {
  return line.replace(LINE_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

function magnitude(iv: Interval): Interval | undefined {
  if (!iv.lo || !iv.hi) return undefined;
  if (iv.lo.gte(0)) return iv;
  if (iv.hi.lte(0)) return { lo: iv.hi.neg(), hi: iv.lo.neg() };
  return undefined; // straddles zero: sign unknown, no check
}

/** `metric.split(/\bmargin\b/)` without the regex split, which tries a match at every position. */
function splitOnMargin(metric: string): string[] {
  const pieces: string[] = [];
  const word = /\bmargin\b/g;
  let from = 0;
  for (let m = word.exec(metric); m; m = word.exec(metric)) {
    pieces.push(metric.slice(from, m.index));
    from = m.index + m[0].length;
  }
  pieces.push(metric.slice(from));
  return pieces;
}

/** Profit and revenue clearly signed and their ratio clearly within the stated margin: nothing to report. */
function quickAgrees(profit: Figure, revenue: Figure, margin: Figure, tolerance: number): boolean {
  const p = quickInterval(profit.entity, tolerance);
  const r = quickInterval(revenue.entity, tolerance);
  const m = quickInterval(margin.entity, tolerance);
  const pm = p && quickMagnitude(p);
  const mm = m && quickMagnitude({ lo: m.lo / 100, hi: m.hi / 100 });
  if (!pm || !r || !mm || !surelyPositive(r)) return false;
  return surelyOverlap({ lo: pm.lo / r.hi, hi: pm.hi / r.lo }, mm);
}

export function checkMargins(run: CheckRun): Finding[] {
  const { figures } = run;
  const findings: Finding[] = [];
  let moneyByMetric: Map<string, Figure[]> | undefined;
  /** The money figure of one of the metrics for the period nearest to `to` (the first in figure order of equals). */
  const nearestOf = (metrics: string[], period: Figure['period'], to: Figure, except?: Figure) => {
    let best: Figure | undefined;
    let bestDistance = Infinity;
    metrics.forEach((k, n) => {
      if (metrics.indexOf(k) !== n) return;
      for (const f of moneyByMetric!.get(k) ?? []) {
        if (f.period !== period || f === except) continue;
        const d = Math.abs(f.entity.start - to.entity.start);
        if (d < bestDistance || (d === bestDistance && best && f.index < best.index)) {
          best = f;
          bestDistance = d;
        }
      }
    });
    return best;
  };
  let lastMoney: Figure | undefined;
  for (const m of figures) {
    // The last money figure before this one, kept as the walk goes.
    const prevMoney = lastMoney;
    if (m.entity.kind === 'money') lastMoney = m;
    if (m.entity.kind !== 'percent' || m.entity.malformed || !m.metric || !/\bmargin\b/.test(m.metric)) continue;
    moneyByMetric ??= groupByMetric(figures.filter((f) => f.entity.kind === 'money' && !f.entity.malformed && f.metric));
    const topic = m.metric.includes(': ') ? `${m.metric.split(': ')[0]}: ` : '';
    const [base, scope] = splitOnMargin(m.metric.slice(topic.length)).map((s) => s.replace(/^\s*of\s+/, '').trim());
    if (NOT_OF_REVENUE.test(base)) continue;
    // "an operating margin of 30% of revenue ex-TAC": a margin over a base other than revenue is not checked against it.
    const after = lowerAt(run, m.entity.end, Math.min(m.sentence.end, m.entity.end + 60));
    if (BASE_AFTER.test(after) && !PLAIN_REVENUE.test(after)) continue;
    let profit: Figure | undefined;
    const back = figures[m.index - 1];
    if (prevMoney && prevMoney.entity.start >= m.sentence.start && ADJACENT.test(lowerAt(run, prevMoney.entity.end, m.entity.start)) && back && /\b(?:profit|income|ebitda|ebit|earnings|loss)\b/.test(prevMoney.metric ?? '')) profit = prevMoney;
    if (!profit) {
      const keys = [`${base} profit`, `${base} income`, base].map((k) => topic + (scope ? `${k} of ${scope}` : k).trim());
      profit = nearestOf(keys, m.period, m);
    }
    if (!profit || profit.entity.malformed) continue;
    // "Freight operating margin", or a margin beside "freight operating income": the freight segment's revenue.
    const segment = scope || segmentOf(base) || segmentOf(profit.metric!.slice(topic.length));
    // A margin over a period longer than the quarter is over that period's profit and revenue.
    if (longerThanQuarter(profit) !== longerThanQuarter(m)) continue;
    const revenueKeys = (segment ? [`revenue of ${segment}`, `${segment} revenue`, `net revenue of ${segment}`, `${segment} net revenue`] : ['revenue', 'net revenue']).map((k) => topic + k);
    const revenue = nearestOf(revenueKeys, m.period, m, profit);
    if (!revenue || longerThanQuarter(revenue) !== longerThanQuarter(m) || (profit.entity.currency ?? '') !== (revenue.entity.currency ?? '')) continue;
    if (quickAgrees(profit, revenue, m, run.tolerance)) continue;
    const p = run.interval(profit.entity);
    const r = run.interval(revenue.entity);
    const stated = fractionOfInterval(run.interval(m.entity));
    if (!p || !r || !stated) continue;
    const ratio = div(magnitude(p) ?? p, r);
    const ratioMag = ratio && magnitude(ratio);
    const statedMag = magnitude(stated);
    if (!ratioMag || !statedMag || overlaps(ratioMag, statedMag)) continue;
    const off = gap(ratioMag, statedMag).times(100).toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2);
    findings.push(
      finding({
        code: 'margin-mismatch',
        target: m.entity,
        message: `Margin ${m.entity.text} does not match ${profit.entity.text} over ${revenue.entity.text}, which is ${percentInterval(ratioMag)}% (off by at least ${off} points).`,
        related: [related(profit.entity, 'profit used'), related(revenue.entity, 'revenue used')],
        explanation: [
          ['Profit', profit.entity.text],
          ['Revenue', revenue.entity.text],
          ['Computed margin (%)', percentInterval(ratioMag)],
          ['Stated margin (%)', percentInterval(statedMag)],
        ],
      }),
    );
  }
  return findings;
}
