// The revenue a share or a margin names right after it, as a figure: "or 20% of revenue of $300 million", "a 24%
// margin on revenue of $402 million", "representing a 24% margin on $402 million of revenue". The words leave no
// doubt which revenue the share is of, so no other revenue of the call is looked for.
import type { Figure } from './attribution';
import { type CheckRun, lowerAt } from './run';

const REVENUE = String.raw`(?:our\s+|the\s+)?(?:(?:total|overall|consolidated)\s+)?(?:net\s+)?(?:revenues?|sales)`;
/** After the percent: "margin", with at most three words naming it ("operating", "free cash flow"), captured. */
const MARGIN_WORD = String.raw`\s*(?:percent|per cent)?\s*((?:[a-z&-]+\s+){0,3}?)margin\s+on\s+`;
/** The part and a margin said of it: ", a", ", representing a", ", for a", ", or a", ", which was a". */
export const MARGIN_LINK = /^\s*,?\s*(?:or|for|with|representing|reflecting|implying|(?:which|that) (?:is|was|represents|represented))?\s*an?\s*$/;
/** Right after the percent, a margin said on a base: "margin on". */
export const MARGIN_AFTER = new RegExp(`^${MARGIN_WORD}`);

/** Up to the base figure: "of revenue of", "margin on revenue of", "margin on" (the revenue named after the figure). */
const OF_BASE = new RegExp(String.raw`^\s*(?:percent|per cent)?\s*of\s+${REVENUE}\s+of\s*$`);
const MARGIN_ON_BASE = new RegExp(String.raw`^${MARGIN_WORD}${REVENUE}\s+of\s*$`);
const MARGIN_ON_FIGURE = new RegExp(`^${MARGIN_WORD}$`);
const REVENUE_AFTER_FIGURE = new RegExp(String.raw`^\s*(?:of|in)\s+${REVENUE}\b`);
/** After the base, words that make it another revenue ("in Europe", "for the full year"); a quarter ("in the third
 * quarter") does not. */
const NARROWED =
  /^\s+(?:in|from|of|at|for|attributable|generated|related|excluding|including|outside|within|across)\b(?!\s+(?:(?:the|this)\s+(?:(?:first|second|third|fourth|current)\s+)?(?:fiscal\s+)?quarter\b|[-$€£¥\d]|negative\b|minus\b))/;
/** After the base, even past a comma: words that put the share on another basis (", excluding the divestiture"). */
const OTHER_BASIS = /^\s*,?\s*(?:excluding|before|adjusted|ex-|on an?\s+(?:[a-z-]+\s+){1,2}basis|in constant currency)\b/;

const narrowed = (after: string) => NARROWED.test(after) || OTHER_BASIS.test(after);

function plainMoney(f: Figure | undefined, part: Figure, share: Figure): f is Figure {
  const e = f?.entity;
  return !!e && e.start < share.sentence.end && e.kind === 'money' && !e.malformed && !e.perShare && e.value !== undefined && e.high === undefined && (e.currency ?? '') === (part.entity.currency ?? '');
}

/** Words naming a margin ("operating", "free cash flow") all in the part's metric: a gross margin is never of free
 * cash flow. */
function namesPart(words: string, part: Figure): boolean {
  const named = words.trim().split(/\s+/).filter(Boolean);
  if (named.length === 0) return true;
  const metric = part.metric?.split(/\s+/) ?? [];
  return named.every((w) => metric.includes(w));
}

/** The base figure the share names right after it, if it names one and nothing narrows it. */
export function namedBase(run: CheckRun, share: Figure, part: Figure): Figure | undefined {
  const base = run.figures[share.index + 1];
  // "on revenue of $402 million last year": a base of an earlier period than the part (a level of this one).
  if (!plainMoney(base, part, share) || base.period === 'prior-year' || base.period === 'prior-quarter') return undefined;
  const e = share.entity;
  const upTo = lowerAt(run, e.end, base.entity.start);
  const tailStart = base.entity.end;
  const rest = (from: number) => lowerAt(run, from, Math.min(share.sentence.end, from + 60));
  if (OF_BASE.test(upTo)) return narrowed(rest(tailStart)) ? undefined : base;
  const margin = MARGIN_ON_BASE.exec(upTo) ?? MARGIN_ON_FIGURE.exec(upTo);
  if (!margin || !namesPart(margin[1], part)) return undefined;
  let after = rest(tailStart);
  if (!MARGIN_ON_BASE.test(upTo)) {
    // "$402 million of revenue": the revenue is named after the figure.
    const revenue = REVENUE_AFTER_FIGURE.exec(after);
    if (!revenue) return undefined;
    after = after.slice(revenue[0].length);
  }
  return narrowed(after) ? undefined : base;
}
