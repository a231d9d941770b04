// Price quotes "$11.06 +0.03 (+0.23%)": the percent against the move over the price before it (price − move).
// Reported as growth-mismatch. The move is stated to cents, so +0.23% agrees with +0.03 on $11.03.
import Decimal from 'decimal.js';
import { div, gap, overlaps, stated, sub } from '../interval';
import type { Finding } from '../types';
import { finding, percentInterval, related } from './figure';
import { quickDiv, statedQuick, surelyOverlap } from './quick';

const QUOTE = /\$(\d[\d,]*\.\d+)\s*([+\-−])(\d+(?:\.\d+)?)\s*\(\s*([+\-−])?(\d+(?:\.\d+)?)%\s*\)/g;
const res = (digits: string) => new Decimal(10).pow(-(digits.split('.')[1]?.length ?? 0));

/** QUOTE's matches, tried only at each "$" (where every match starts), in order and without overlap. */
function* quotes(text: string): Generator<RegExpExecArray> {
  const sticky = new RegExp(QUOTE.source, 'y');
  for (let at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    yield m;
    at = m.index + m[0].length - 1;
  }
}

const quickRes = (digits: string) => 10 ** -(digits.split('.')[1]?.length ?? 0);

/** The move over the earlier price clearly within the stated percent: nothing to report. */
function quickAgrees(price: string, move: string, pct: string, tolerance: number): boolean {
  const p = statedQuick(price, quickRes(price), undefined, tolerance);
  const m = statedQuick(move, quickRes(move), undefined, tolerance);
  const c = statedQuick(pct, quickRes(pct), undefined, tolerance);
  if (!p || !m || !c) return false;
  const implied = quickDiv(m, { lo: p.lo - m.hi, hi: p.hi - m.lo });
  return !!implied && surelyOverlap(implied, { lo: c.lo / 100, hi: c.hi / 100 });
}

export function checkQuotes(text: string, tolerance: number): Finding[] {
  const findings: Finding[] = [];
  for (const m of quotes(text)) {
    const [whole, priceRaw, moveSign, moveRaw, pctSign, pctRaw] = m;
    const neg = (s?: string) => s === '-' || s === '−';
    if (quickAgrees(priceRaw.replace(/,/g, ''), neg(moveSign) ? `-${moveRaw}` : moveRaw, neg(pctSign) ? `-${pctRaw}` : pctRaw, tolerance)) continue;
    const priceDigits = priceRaw.replace(/,/g, '');
    const price = stated(priceDigits, res(priceDigits), undefined, tolerance);
    const move = stated(new Decimal(moveRaw).times(neg(moveSign) ? -1 : 1), res(moveRaw), undefined, tolerance);
    const pct = stated(new Decimal(pctRaw).times(neg(pctSign) ? -1 : 1).div(100), res(pctRaw).div(100), undefined, tolerance);
    const implied = div(move, sub(price, move));
    if (!implied || overlaps(implied, pct)) continue;
    const pctStart = m.index + whole.lastIndexOf('(') + 1;
    const pctEnd = m.index + whole.lastIndexOf(')');
    const off = gap(implied, pct).times(100).toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2);
    findings.push(
      finding({
        code: 'growth-mismatch',
        target: { start: pctStart, end: pctEnd },
        message: `${text.slice(pctStart, pctEnd).trim()} does not match a move of ${moveSign}${moveRaw} to $${priceRaw}, which is ${percentInterval(implied)}% (off by at least ${off} points).`,
        related: [related({ start: m.index, end: m.index + 1 + priceRaw.length }, 'price'), related({ start: m.index + whole.indexOf(moveSign, priceRaw.length + 1), end: m.index + whole.indexOf(moveSign, priceRaw.length + 1) + 1 + moveRaw.length }, 'move')],
        explanation: [
          ['Price', `$${priceRaw}`],
          ['Move', `${moveSign}${moveRaw}`],
          ['Computed change (%)', percentInterval(implied)],
          ['Stated change (%)', percentInterval(pct)],
        ],
      }),
    );
  }
  return findings;
}
