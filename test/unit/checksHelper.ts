// Builds Entity objects for check tests from authored sentences, so the checks can be tested apart from the
// extractor. Only the plain notations the fixtures use: `$412.5 million`, `RMB1,835.4 million`, `-$0.30`,
// `negative 3.3%`, `8.4 percent`, `5.3 percentage points`, `40 basis points`, `3 times`.
import Decimal from 'decimal.js';
import type { Entity, Qualifier } from '../../server/src/core/types';

const SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9 };
const CURRENCY: Record<string, string> = { $: 'USD', RMB: 'CNY', '€': 'EUR' };
const FIGURE =
  /(?:negative |minus )?(-|\+)?(\$|RMB|€)?(\d[\d,]*(?:\.\d+)?)(?: (million|billion|thousand))?( percentage points?| ?%| percent| basis points?| times)?/g;
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:approximately|about|around|roughly) $/, 'approximately'],
  [/more than $/, 'more-than'],
  [/at least $/, 'at-least'],
  [/up to $/, 'up-to'],
  [/less than $/, 'less-than'],
];

export function entitiesOf(text: string, options: { skip?: RegExp } = {}): Entity[] {
  const out: Entity[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, sign, cur, digits, scale, unitRaw] = m;
    if (!cur && !unitRaw) continue; // bare numbers (years, counts) are not figures here
    if (options.skip?.test(whole)) continue;
    const unit = unitRaw?.trim();
    const negative = /^(negative|minus) /.test(whole) || sign === '-';
    const plain = digits.replace(/,/g, '');
    const decimals = plain.split('.')[1]?.length ?? 0;
    const power = scale ? SCALE[scale] : 0;
    const value = new Decimal(plain).times(new Decimal(10).pow(power)).times(negative ? -1 : 1);
    const resolution = new Decimal(10).pow(power - decimals);
    const kind: Entity['kind'] = cur
      ? 'money'
      : unit === '%' || unit === 'percent'
        ? 'percent'
        : unit?.startsWith('percentage')
          ? 'percentage-points'
          : unit?.startsWith('basis')
            ? 'basis-points'
            : 'multiple';
    const e: Entity = {
      kind,
      start: m.index,
      end: m.index + whole.length,
      text: whole,
      value: value.toFixed(),
      resolution: resolution.toFixed(),
    };
    if (cur) e.currency = CURRENCY[cur];
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    for (const [re, q] of QUALIFIERS) if (re.test(before)) e.qualifier = q;
    out.push(e);
  }
  return out;
}

/** The text at each finding's span with its code, for exact-set assertions. */
export function summary(text: string, findings: { code: string; start: number; end: number }[]): string[] {
  return findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}
