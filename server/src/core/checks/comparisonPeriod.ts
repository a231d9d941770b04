// Which earlier period a growth rate or its earlier value is said against: a year back ("year over year", "a year
// ago", "last year's") or a quarter back ("sequentially", "linked quarter", "the prior quarter's"). A rate is checked
// against an earlier value only when the two cannot be of different periods.
import type { Figure } from './attribution';

/** A rate's own period words, right after it: "up 4% year over year", "up 4% linked quarter". */
export const RATE_PERIOD = String.raw`(?:year[- ]over[- ]year|yoy|y\/y|sequentially|quarter[- ]over[- ]quarter|q\/q|(?:on\s+a\s+)?linked[- ]quarter(?:\s+basis)?|on\s+a\s+(?:sequential|year[- ]over[- ]year)\s+basis)`;

/** An earlier value's period said before it, as a possessive: "versus the prior quarter's $570 million". */
export const POSSESSIVE_PERIOD = String.raw`(?:the\s+)?(?:(?:prior|previous|last|preceding|linked)[- ]quarter|(?:prior|previous|last)[- ]year(?:[- ](?:quarter|period))?|year[- ]ago(?:\s+(?:quarter|period))?)(?:'s|’s)\s+`;

/** An earlier value's period said right after it, and nothing else: "$1.79 last year", "$200 million in the
 * prior-year quarter", "$570 million a quarter ago". A quarter named by number ("in the second quarter") is not read. */
export const PRIOR_PERIOD_AFTER = String.raw`(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:same|comparable)\s+(?:quarter|period)\s+(?:of\s+|in\s+)?(?:(?:the\s+)?(?:last|prior|previous)\s+year|a\s+year\s+ago)|(?:prior|previous|last)[- ]year(?:[- ](?:quarter|period))?|year[- ]ago\s+(?:quarter|period)|(?:a|one)\s+year\s+(?:ago|earlier)|(?:prior|previous|last|preceding|linked)[- ]quarter|a\s+quarter\s+(?:ago|earlier))`;

export type Comparison = 'prior-year' | 'prior-quarter';

const YEAR_BACK = /\b(?:year[- ]over[- ]year|yoy|y\/y|(?:prior|previous|last)[- ]year|year[- ]ago|(?:a|one) year (?:ago|earlier))\b/;
const QUARTER_BACK = /\b(?:sequential(?:ly)?|quarter[- ]over[- ]quarter|q\/q|linked[- ]quarter|(?:prior|previous|last|preceding)[- ]quarter|a quarter (?:ago|earlier))\b/;

/** The comparison the words name, or 'both' when they name a year back and a quarter back (no one reading). */
export function comparisonNamed(words: string): Comparison | 'both' | undefined {
  const year = YEAR_BACK.test(words);
  const quarter = QUARTER_BACK.test(words);
  return year && quarter ? 'both' : year ? 'prior-year' : quarter ? 'prior-quarter' : undefined;
}

/** The rate's own period words agree with the earlier value's: its period as attribution read it, and the words
 * said with it (`priorWords`: "the prior quarter's", "last year"). A sequential rate says nothing of a value a year
 * earlier, nor a year-over-year rate of last quarter's. */
export function samePeriodAs(rateWords: string, prior: Figure, priorWords = ''): boolean {
  const rate = comparisonNamed(rateWords);
  const own = comparisonNamed(priorWords);
  if (rate === 'both' || own === 'both') return false;
  const read = prior.period === 'prior-year' || prior.period === 'prior-quarter' ? prior.period : undefined;
  if (own && read && own !== read) return false;
  if (own) return !rate || rate === own;
  return !rate || prior.period === 'prior' || prior.period === rate;
}
