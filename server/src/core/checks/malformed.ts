// malformed-figure: a figure the extractor could not read with confidence. Offers its most likely reading as a
// quick fix; the figure itself takes no part in other checks, so a garbled number never cascades.
import Decimal from 'decimal.js';
import { groupThousands } from '../text/digits';
import type { Entity, Finding } from '../types';
import { finding } from './figure';

const SYMBOL: Record<string, string> = { CNY: 'RMB', USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

function grouped(d: Decimal, decimals: number): string {
  return groupThousands(d.abs().toFixed(decimals));
}

/** `Decimal.log10(x).toNumber()`, without the series for the usual case of a power of ten (1, 0.1, 100000). */
function log10(x: Decimal): number {
  if (/^1(?:e[-+]?\d+)?$/.test(x.toExponential())) return x.e;
  return Decimal.log10(x).toNumber();
}

/** The normalised text of a reading: `RMB206.8 million`, `102%`, `-$0.30`. */
export function normalisedText(e: Entity): string | undefined {
  if (e.value === undefined) return undefined;
  const v = new Decimal(e.value);
  const res = e.resolution ? new Decimal(e.resolution) : undefined;
  const sign = v.isNeg() ? '-' : '';
  const places = (unit: Decimal) => (res && res.gt(0) ? Math.max(0, -Math.floor(log10(res.div(unit)))) : Math.max(0, v.div(unit).decimalPlaces()));
  switch (e.kind) {
    case 'money': {
      const cur = e.currency ? SYMBOL[e.currency] ?? `${e.currency} ` : '';
      const abs = v.abs();
      const scale: [Decimal, string] | undefined = abs.gte(1e9) && (!res || res.gte(1e7)) ? [new Decimal(1e9), ' billion'] : abs.gte(1e6) ? [new Decimal(1e6), ' million'] : undefined;
      if (!scale) return `${sign}${cur}${grouped(v, places(new Decimal(1)))}`;
      return `${sign}${cur}${grouped(v.div(scale[0]), places(scale[0]))}${scale[1]}`;
    }
    case 'percent':
      return `${sign}${grouped(v, places(new Decimal(1)))}%`;
    case 'percentage-points':
      return `${sign}${grouped(v, places(new Decimal(1)))} percentage points`;
    case 'basis-points':
      return `${sign}${grouped(v, places(new Decimal(1)))} basis points`;
    case 'multiple':
      return `${grouped(v, places(new Decimal(1)))} times`;
    default:
      return `${sign}${grouped(v, places(new Decimal(1)))}${e.unit ? ` ${e.unit}` : ''}`;
  }
}

export function checkMalformed(entities: Entity[]): Finding[] {
  const findings: Finding[] = [];
  for (const e of entities) {
    if (!e.malformed) continue;
    const reading = normalisedText(e);
    const others = e.malformed.alternatives?.length ? ` Other readings: ${e.malformed.alternatives.join(', ')}.` : '';
    findings.push(
      finding({
        code: 'malformed-figure',
        severity: 'info',
        target: e,
        message: reading
          ? `Garbled figure "${e.text}" (${e.malformed.reason}); most likely ${reading}.${others}`
          : `Garbled figure "${e.text}" (${e.malformed.reason}).${others}`,
        related: [],
        explanation: [
          ['As written', e.text],
          ['Most likely reading', reading ?? 'none'],
          ['Why', e.malformed.reason],
        ],
        replacement: reading,
      }),
    );
  }
  return findings;
}
