// Words and signs the recogniser knows: currencies, scales, spelled numbers, qualifiers, units.
import type { Qualifier } from '../types';

/** A lookup table without a prototype, so a word like `constructor` or `toString` is not found in it. */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Currency signs written before an amount (the `$` family is resolved with the letters glued before it). */
export const SIGN_CURRENCY: Record<string, string> = table({
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₱': 'PHP',
  '₹': 'INR',
  '₩': 'KRW',
});

/** Letters glued before `$`: `US$`, `C$`, `HK$`. */
export const DOLLAR_PREFIX: Record<string, string> = table({
  us: 'USD',
  c: 'CAD',
  ca: 'CAD',
  cad: 'CAD',
  hk: 'HKD',
  a: 'AUD',
  au: 'AUD',
  nz: 'NZD',
  s: 'SGD',
  r: 'BRL',
  mx: 'MXN',
  nt: 'TWD',
});

/** ISO codes and abbreviations written before or after an amount. */
export const CODE_CURRENCY: Record<string, string> = table({
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  rmb: 'CNY',
  cny: 'CNY',
  jpy: 'JPY',
  cad: 'CAD',
  hkd: 'HKD',
  aud: 'AUD',
  chf: 'CHF',
  inr: 'INR',
  brl: 'BRL',
  mxn: 'MXN',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  krw: 'KRW',
  sgd: 'SGD',
  cop: 'COP',
  php: 'PHP',
  twd: 'TWD',
  zar: 'ZAR',
});

/** Currency words written after an amount. */
export const WORD_CURRENCY: Record<string, string> = table({
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  pesos: 'COP',
  rupees: 'INR',
  reais: 'BRL',
  francs: 'CHF',
  ...CODE_CURRENCY,
});

/** Adjectives that pick the dollar: `Canadian dollars`. */
export const DOLLAR_ADJECTIVE: Record<string, string> = table({
  us: 'USD',
  american: 'USD',
  canadian: 'CAD',
  australian: 'AUD',
  'hong kong': 'HKD',
  singapore: 'SGD',
  taiwan: 'TWD',
});

export const SCALE_WORDS: Record<string, number> = table({
  thousand: 3,
  k: 3,
  million: 6,
  millions: 6,
  mn: 6,
  mm: 6,
  m: 6,
  billion: 9,
  billions: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  tn: 12,
});

/** Scale abbreviations that are also ordinary letters/words; accepted only glued to the number or after a currency. */
export const SHORT_SCALES = new Set(['k', 'm', 'mm', 'mn', 'b', 'bn', 'tn']);

export const UNITS: Record<string, number> = table({
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS: Record<string, number> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Qualifier phrases, longest first; the words become part of the entity span. */
export const QUALIFIERS: Array<[string[], Qualifier]> = [
  [['more', 'than'], 'more-than'],
  [['greater', 'than'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['at', 'least'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['less', 'than'], 'less-than'],
  [['fewer', 'than'], 'less-than'],
  [['up', 'to'], 'up-to'],
  [['as', 'much', 'as'], 'up-to'],
  [['as', 'many', 'as'], 'up-to'],
  [['at', 'most'], 'at-most'],
  [['no', 'more', 'than'], 'at-most'],
  [['approximately'], 'approximately'],
  [['approx'], 'approximately'],
  [['about'], 'approximately'],
  [['around'], 'approximately'],
  [['roughly'], 'approximately'],
  [['nearly'], 'approximately'],
  [['almost'], 'approximately'],
  [['circa'], 'approximately'],
  [['some'], 'approximately'],
  [['over'], 'more-than'],
  [['above'], 'more-than'],
  [['exceeding'], 'more-than'],
  [['under'], 'less-than'],
  [['below'], 'less-than'],
];

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that, just before a bare scaled number, say it is an amount of money. */
export const MONEY_CONTEXT = new Set([
  'revenue', 'revenues', 'sales', 'income', 'profit', 'profits', 'ebitda', 'ebit', 'cost', 'costs', 'expense', 'expenses',
  'cash', 'capex', 'expenditure', 'expenditures', 'debt', 'spend', 'spending', 'investment', 'investments', 'savings',
  'dividend', 'dividends', 'proceeds', 'liquidity', 'backlog', 'bookings', 'earnings', 'loss', 'losses', 'billings',
  'opex', 'payments', 'payment', 'charge', 'charges', 'impairment', 'borrowings', 'buyback', 'buybacks', 'repurchase',
  'repurchases', 'capital', 'funding', 'financing', 'worth', 'valuation', 'budget', 'flow', 'margin', 'gmv', 'arr',
  'price', 'purchase', 'consideration', 'fees', 'tax', 'taxes', 'writedown', 'write', 'gain', 'gains', 'assets',
]);

/** Plural nouns that are not counted things (time spans are periods, not counts). */
export const NOT_COUNT_NOUNS = new Set([
  'days', 'weeks', 'months', 'years', 'quarters', 'hours', 'minutes', 'seconds', 'times', 'is', 'was', 'has', 'this',
  'its', 'us', 'as', 'plus', 'thanks', 'always', 'perhaps', 'percents', 'points', 'basis', 'bps', 'sessions', 'less',
  'across', 'versus', 'towards', 'was', 'does', 'his', 'yes', 'thus', 'unless', 'whereas', 'consensus', 'focus', 'status',
  'process', 'business', 'series', 'access', 'success', 'progress', 'address', 'express', 'various', 'previous', 'serious',
  'famous', 'numerous', 'obvious', 'continuous', 'bonus', 'campus', 'bus', 'gas', 'class', 'gross', 'loss', 'press',
  'miss', 'analysis', 'basis', 'crisis', 'emphasis', 'thesis', 'bps', 'cents', 'dollars', 'euros', 'pounds', 'pesos',
]);
