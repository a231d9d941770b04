// Reading the few figures of a rigid page layout (quote boxes, beat/miss tables) straight from their pattern:
// those layouts are fixed, so the numbers need not go through the extractor's attribution.
import Decimal from 'decimal.js';
import { type Interval, stated } from '../interval';

export const MONEY_PATTERN = String.raw`[-−+]?\s?\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|[MBK])\b)?`;
const SCALES: Record<string, number> = { thousand: 3, k: 3, million: 6, m: 6, billion: 9, b: 9 };

export function readMoney(raw: string, tolerance: number): Interval | undefined {
  const m = /^([-−+])?\s?\$\s?(\d[\d,]*(?:\.\d+)?)\s?([a-z]+)?$/i.exec(raw.trim());
  if (!m) return undefined;
  const digits = m[2].replace(/,/g, '');
  const decimals = digits.split('.')[1]?.length ?? 0;
  const power = m[3] ? SCALES[m[3].toLowerCase()] ?? 0 : 0;
  const value = new Decimal(digits).times(new Decimal(10).pow(power)).times(m[1] === '-' || m[1] === '−' ? -1 : 1);
  return stated(value, new Decimal(10).pow(power - decimals), undefined, tolerance);
}
