// A share of revenue against the part and the revenue stated in the call ("Enterprise cloud revenue was RMB675.2
// million, 36.8% of total revenues", "Gross profit was $31.0 million, or 15.5% of net sales"). Reported as
// margin-mismatch, the code for ratios. Checked only when the words leave no doubt: the part stands right before the
// percent, the percent says what it is a share of, and every revenue stated for the same period agrees, or the
// revenue is named right after it ("a 24% margin on revenue of $402 million", see shareBase.ts).
import Decimal from 'decimal.js';
import { div, gap, type Interval, overlaps } from '../interval';
import type { Finding } from '../types';
import type { Figure } from './attribution';
import { finding, fractionOfInterval, percentInterval, related } from './figure';
import { quickInterval, quickMagnitude, surelyOverlap, surelyPositive } from './quick';
import { type CheckRun, lowerAt } from './run';
import { MARGIN_AFTER, MARGIN_LINK, namedBase } from './shareBase';

/** Between the part and the percent: a comma, "or", "representing", "accounting for"... and nothing else. */
const LINK =
  /^\s*,?\s*(?:or|representing|accounting for|(?:which|that) (?:is|was|represents|represented|accounts? for|accounted for|makes up|made up)|making up)?\s*(?:approximately|about|around|roughly|nearly|almost)?\s*$/;
/** After the percent: "of total revenues", "of our total net revenue", "of net sales", not "of total revenue growth".
 * The first group holds "total" (or "overall", "consolidated") when it is said. */
const OF_REVENUE =
  /^\s*(?:percent|per cent)?\s*of\s+(?:our\s+|the\s+)?(?:(total|overall|consolidated)\s+)?(?:net\s+)?(?:revenues?|sales)\b(?!\s*(?:-|growth\b|increase\b|decrease\b|decline\b|mix\b|volume\b|force\b|team\b|channel\b|pipeline\b|(?:and|&)\s+marketing\b))/;
/** After the base, words that narrow it ("of net sales in China", "of revenue from services", "for the full year"); a
 * quarter ("for the fourth quarter") or a figure ("from 14.0% last year") does not. */
const NARROWED =
  /^\s+(?:in|from|of|at|for|attributable|generated|related|excluding|including|outside|within|across)\b(?!\s+(?:(?:the|this)\s+(?:(?:first|second|third|fourth|current)\s+)?(?:fiscal\s+)?quarter\b|[-$€£¥\d]|negative\b|minus\b))/;
/** A part named only in company-wide income-statement words: "of net sales" without "total" is then the company's. A
 * segment's name ("cloud gross profit") makes the base its own revenue, which the call may not state. */
const COMPANY_LINE =
  /^(?:(?:adjusted|non-gaap|gaap|gross|operating|net|pre-tax|pretax|ebitda|ebit|ebt|profit|income|loss|earnings|expense|cost|of|sale|goods|sold|selling|general|administrative|and|sg&a|g&a|r&d|research|development|sales|marketing|free|cash|flow|operations|capital|expenditure|capex|before|tax|interest|depreciation|amortization|stock-based|share-based|compensation|opex)\s*)+$/;
/** Metric names of the whole company's revenue, as normalised ("Total net sales" reads `net sale`). */
const TOTAL_METRICS = new Set(['revenue', 'net revenue', 'net sale', 'sale']);

function magnitude(iv: Interval): Interval | undefined {
  if (!iv.lo || !iv.hi) return undefined;
  if (iv.lo.gte(0)) return iv;
  if (iv.hi.lte(0)) return { lo: iv.hi.neg(), hi: iv.lo.neg() };
  return undefined;
}

/** A reported level of the current period, plainly stated. */
function plainLevel(f: Figure): boolean {
  const e = f.entity;
  return e.kind === 'money' && !e.malformed && !e.perShare && e.value !== undefined && e.high === undefined && !f.delta && !f.tentative && f.period === 'current';
}

function companyLine(part: Figure): boolean {
  const metric = part.metric;
  return !!metric && !metric.includes(': ') && !TOTAL_METRICS.has(metric) && COMPANY_LINE.test(metric);
}

/** The quarter a figure's own words name ("in the third quarter": `Q3`, `2024-Q3`), if any. */
function namedQuarter(f: Figure): string | undefined {
  const p = f.entity.period;
  return p?.span && /^(?:\d{4}-)?Q[1-4]$/.test(p.id) ? p.id : undefined;
}

/** The last of `figures` (in text order) that starts before `at`. */
function lastBefore(figures: Figure[], at: number): Figure | undefined {
  let last: Figure | undefined;
  for (const f of figures) {
    if (f.entity.start >= at) break;
    last = f;
  }
  return last;
}

export function checkShares(run: CheckRun): Finding[] {
  const { figures } = run;
  const findings: Finding[] = [];
  let totals: Figure[] | undefined;
  for (const share of figures) {
    const e = share.entity;
    // The percent's own "or" (", or 36.8% of total revenues") is no alternative; forecast words show on the part.
    if (e.kind !== 'percent' || e.malformed || e.value === undefined || e.high !== undefined) continue;
    const part = figures[share.index - 1];
    if (!part || !plainLevel(part) || part.entity.start < share.sentence.start) continue;
    // "Free cash flow was $96 million, a 24% margin on revenue of $402 million": a margin said of its part.
    const marginSaid = MARGIN_AFTER.test(lowerAt(run, e.end, Math.min(share.sentence.end, e.end + 60)));
    const link = lowerAt(run, part.entity.end, e.start);
    if (!LINK.test(link) && !(marginSaid && MARGIN_LINK.test(link))) continue;
    // "or 20% of revenue of $300 million": the base is stated right after the share.
    const base = namedBase(run, share, part);
    if (marginSaid && !base) continue;
    let same: Figure[];
    if (base) same = [base];
    else {
      const after = lowerAt(run, e.end, Math.min(share.sentence.end, e.end + 80));
      const ofRevenue = OF_REVENUE.exec(after);
      if (!ofRevenue || NARROWED.test(after.slice(ofRevenue[0].length))) continue;
      if (!ofRevenue[1] && !companyLine(part)) continue;
      // Every total revenue of the part's period and currency, stated plainly, without a segment topic.
      totals ??= figures.filter((f) => plainLevel(f) && TOTAL_METRICS.has(f.metric ?? ''));
      // The last revenue stated before the share is of another quarter: the part may well be of that quarter too.
      const last = lastBefore(totals, e.start);
      if (last && last.periodId !== part.periodId) continue;
      same = totals.filter((t) => t !== part && t.periodId === part.periodId && (t.entity.currency ?? '') === (part.entity.currency ?? ''));
    }
    if (same.length === 0) continue;
    // "Gross profit in the third quarter was ..." against revenue said of "this quarter": two quarters in play.
    const quarter = namedQuarter(part);
    if (quarter && same.some((t) => t.entity.period?.id !== quarter)) continue;
    const totalIvs = same.map((t) => run.interval(t.entity)!);
    // Totals that disagree leave the base in doubt: no check.
    if (totalIvs.some((a) => totalIvs.some((b) => !overlaps(a, b)))) continue;
    const total = same[0];
    const q = [quickInterval(part.entity, run.tolerance), quickInterval(total.entity, run.tolerance), quickInterval(e, run.tolerance)];
    const [qp, qt, qs] = q;
    if (qp && qt && qs && surelyPositive(qt)) {
      const pm = quickMagnitude(qp);
      const sm = quickMagnitude({ lo: qs.lo / 100, hi: qs.hi / 100 });
      if (pm && sm && surelyOverlap({ lo: pm.lo / qt.hi, hi: pm.hi / qt.lo }, sm)) continue;
    }
    const p = run.interval(part.entity);
    const t = totalIvs[0];
    const stated = fractionOfInterval(run.interval(e));
    const ratio = p && magnitude(p) && div(magnitude(p)!, t);
    const statedMag = stated && magnitude(stated);
    if (!ratio || !statedMag || !t.lo?.gt(0) || overlaps(ratio, statedMag)) continue;
    const off = gap(ratio, statedMag).times(100).toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2);
    // A margin names its own revenue ("a 24% margin on revenue of $402 million"), not the company's total.
    const [said, over] = marginSaid ? ['Margin', 'revenue'] : ['Share', 'total revenue'];
    findings.push(
      finding({
        code: 'margin-mismatch',
        target: e,
        message: `${said} ${e.text} does not match ${part.entity.text} over ${over} ${total.entity.text}, which is ${percentInterval(ratio)}% (off by at least ${off} points).`,
        related: [related(part.entity, 'part'), related(total.entity, over)],
        explanation: [
          ['Part', part.entity.text],
          [over[0].toUpperCase() + over.slice(1), total.entity.text],
          [`Computed ${said.toLowerCase()} (%)`, percentInterval(ratio)],
          [`Stated ${said.toLowerCase()} (%)`, percentInterval(statedMag)],
        ],
      }),
    );
  }
  return findings;
}
