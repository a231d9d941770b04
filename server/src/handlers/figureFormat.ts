// Canonical and compact renderings of an entity's value, for hovers and inlay hints. Values arrive as exact
// decimal strings (`207000000`, `-3.3`); we only regroup digits, never go through floating point for the
// canonical form.
import type { Entity } from '../core/types';
import { groupThousands } from '../core/text/digits';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Explicit sign for changes expressed in points: `+5.3`, `-0.4`, `0`. */
function signed(value: string): string {
  const grouped = groupThousands(value);
  return grouped.startsWith('-') || /^0(\.0+)?$/.test(value) ? grouped : `+${grouped}`;
}

function withRange(entity: Entity, render: (v: string) => string): string {
  const low = render(entity.value ?? '');
  return entity.high !== undefined ? `${low} – ${render(entity.high)}` : low;
}

/** The canonical value as plain text: `CNY 207,000,000`, `USD -0.30 per share`, `-3.3%`, `+5.3 pp`, `1.17x`.
 * Only digits, signs, ISO codes and fixed words, except a count's unit, which callers escape. */
export function canonicalValue(entity: Entity): string | undefined {
  if (entity.kind === 'period') return entity.period?.id;
  if (entity.value === undefined || !DECIMAL.test(entity.value)) return undefined;
  switch (entity.kind) {
    case 'money': {
      const code = entity.currency && /^[A-Z]{3}$/.test(entity.currency) ? `${entity.currency} ` : '';
      return `${code}${withRange(entity, groupThousands)}${entity.perShare ? ' per share' : ''}`;
    }
    case 'percent':
      return withRange(entity, (v) => `${groupThousands(v)}%`);
    case 'percentage-points':
      return withRange(entity, (v) => `${signed(v)} pp`);
    case 'basis-points':
      return withRange(entity, (v) => `${signed(v)} bp`);
    case 'multiple':
      return withRange(entity, (v) => `${groupThousands(v)}x`);
    case 'count':
      return withRange(entity, groupThousands);
  }
  return undefined;
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** How people say a large amount: `RMB 207.0 million`, `USD 1.62 billion`; undefined below a million. */
export function compactReading(entity: Entity): string | undefined {
  if ((entity.kind !== 'money' && entity.kind !== 'count') || entity.value === undefined) return undefined;
  const n = Number(entity.value);
  if (!Number.isFinite(n)) return undefined;
  const scale = SCALES.find(([size]) => Math.abs(n) >= size);
  if (!scale) return undefined;
  const scaled = n / scale[0];
  const digits = Math.abs(scaled) < 10 ? 2 : 1;
  const amount = `${scaled.toFixed(digits)} ${scale[1]}`;
  if (entity.kind === 'count') return amount;
  const code = entity.currency === 'CNY' ? 'RMB' : entity.currency && /^[A-Z]{3}$/.test(entity.currency) ? entity.currency : '';
  return code ? `${code} ${amount}` : amount;
}
