// The two values a growth rate links when both are said before it, in any of the orders calls use:
//   "went from $180 million to $230 million, an increase of 15%"   (from the earlier to the later)
//   "grew to $250 million from $200 million, or 20%"               (to the later from the earlier)
//   "Diluted EPS was $2.05 versus $1.79 last year, up 14.5%"       (the later level, then the earlier one compared)
// Read only when the words between leave no doubt: the rate ends its clause, and nothing but a period of the earlier
// value stands between it and the values.
import type { Figure } from './attribution';
import { PRIOR_PERIOD_AFTER, RATE_PERIOD, samePeriodAs } from './comparisonPeriod';
import { type CheckRun, lowerAt } from './run';

/** Amounts a growth rate can link (a percent going "from 10% to 12%" may be told in points). */
const AMOUNT_KINDS = new Set(['money', 'count']);

/** After a rate said after both values ("..., an increase of 15%"): the end of the clause, nothing that narrows it
 * ("15% in volume", "15% of revenue", "15% a year"). */
const CLAUSE_END_AFTER = /^\s*(?:percent|per cent)?\s*(?:(?:year[- ]over[- ]year|yoy|sequentially|quarter[- ]over[- ]quarter)\s*)?(?:[.,;!?]|$)/;
/** Between the later value and a rate said after both: ", an increase of", ", a", ", up", ", or", nothing that names
 * another metric (", and EBITDA grew 15%"). For "Y versus X" the earlier value's period may come first ("last year"). */
const LINK = String.raw`\s*,?\s*(?:an?\s+)?(?:(?:year[- ]over[- ]year\s+|sequential\s+)?(?:increase|growth|rise|gain|improvement|jump|decrease|decline|drop|reduction)(?:\s+of)?|up|down|increasing|decreasing|rising|growing|declining|or)?\s*(?:by\s+)?(?:approximately|about|around|roughly|nearly|almost|some)?\s*`;
const LINK_AFTER_VALUES = new RegExp(`^${LINK}$`);
const LINK_AFTER_PRIOR = new RegExp(String.raw`^\s*(${PRIOR_PERIOD_AFTER})?(${LINK})$`);

/** "from $180 million to $230 million": "from" right before the earlier value, "to" (and no figure) before the later. */
const FROM_BEFORE_PRIOR = /\bfrom\s*(?:negative\s+|minus\s+)?$/;
const TO_AFTER_PRIOR = /^[^.;%\d]{0,70}?\bto\s*$/;
const VERB_BEFORE_FROM = /\b(increased|grew|rose|climbed|jumped|decreased|declined|fell|dropped)\s+(?:(?:year[- ]over[- ]year|sequentially)\s+)?$/;

/** "grew to $250 million from $200 million": a verb of change right before "to", then "from" right after the later
 * value (a period of the later value may stand between: "to $250 million this quarter from"). */
const VERB_TO_BEFORE_CURRENT = new RegExp(String.raw`\b(increased|grew|rose|climbed|jumped|decreased|declined|fell|dropped)\s+(?:${RATE_PERIOD}\s+)?to\s*$`);
const FROM_AFTER_CURRENT = /^\s*(?:(?:in|for|during)\s+)?(?:(?:the|this)\s+quarter\s*)?from\s*$/;

/** "EPS was $2.05 versus $1.79": the later value is a level ("was", "of", "came in at"), the earlier one is compared
 * right after it. */
const LEVEL_BEFORE_CURRENT = /\b(?:was|were|is|are|of|totall?ed|reached|came in at|stood at|amounted to)\s*$/;
const COMPARED_AFTER_CURRENT = /^\s*(?:(?:in|for|during)\s+)?(?:(?:the|this)\s+quarter\s*)?,?\s*(?:compared (?:with|to)|versus|vs\.?)\s*$/;

export interface ValuesBefore {
  prior: Figure;
  current: Figure;
  /** The verb of change said with the values ("grew", "declined"), which gives ", or 20%" its direction. */
  verb?: string;
}

function plainAmount(f: Figure | undefined): f is Figure {
  return !!f && AMOUNT_KINDS.has(f.entity.kind) && f.entity.high === undefined;
}

/** The two amounts just before `rate`, in its sentence, linked in one of the three orders, with the rate ending its
 * clause (`tail` is where the words after the rate start). */
export function valuesBefore(run: CheckRun, rate: Figure, tail: number): ValuesBefore | undefined {
  const { figures } = run;
  const first = figures[rate.index - 2];
  const second = figures[rate.index - 1];
  if (!plainAmount(first) || !plainAmount(second) || first.entity.start < rate.sentence.start) return undefined;
  if (rate.entity.start - second.entity.end > 60) return undefined;
  const after = lowerAt(run, tail, Math.min(rate.sentence.end, tail + 40));
  if (!CLAUSE_END_AFTER.test(after)) return undefined;
  const rateWords = `${lowerAt(run, rate.entity.end, tail)} ${after}`;
  const between = lowerAt(run, first.entity.end, second.entity.start);
  const lead = lowerAt(run, Math.max(rate.sentence.start, first.entity.start - 60), first.entity.start);
  const link = lowerAt(run, second.entity.end, rate.entity.start);

  // From the earlier to the later: "went from X to Y, up r".
  if (TO_AFTER_PRIOR.test(between) && !/compared/.test(between) && FROM_BEFORE_PRIOR.test(lead)) {
    if (!LINK_AFTER_VALUES.test(link)) return undefined;
    // "from $180 million last year to $230 million, up 15% sequentially": the rate is of another period.
    if (!samePeriodAs(`${link} ${rateWords}`, first)) return undefined;
    const verb = VERB_BEFORE_FROM.exec(lead.replace(FROM_BEFORE_PRIOR, ''))?.[1];
    return { prior: first, current: second, ...(verb ? { verb } : {}) };
  }

  // The later first: "grew to Y from X, or r", "EPS was Y versus X last year, up r".
  const toWords = VERB_TO_BEFORE_CURRENT.exec(lead);
  const verb = toWords?.[1];
  const ordered = verb ? FROM_AFTER_CURRENT.test(between) : LEVEL_BEFORE_CURRENT.test(lead) && COMPARED_AFTER_CURRENT.test(between);
  if (!ordered) return undefined;
  const linked = LINK_AFTER_PRIOR.exec(link);
  if (!linked) return undefined;
  // The earlier value's own period ("last year") against the rate's ("up 4% sequentially").
  const priorWords = linked[1] ?? '';
  if (!samePeriodAs(`${toWords?.[0] ?? ''} ${linked[2]} ${rateWords}`, second, priorWords)) return undefined;
  return { prior: second, current: first, ...(verb ? { verb } : {}) };
}
