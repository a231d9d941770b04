// Reads one number at a token position: digits (`1,200.5`), spelled words (`one point three three`,
// `a hundred and thirty three`), and the artefacts speech-to-text leaves in digits (`207 1,000,000`,
// `18 35,400,000`, `2 100 and 2`, `200.6.8`).
import Decimal from 'decimal.js';
import { TENS, UNITS } from './lexicon';
import type { Token } from './tokens';
import { groupThousands } from '../text/digits';

export interface NumberReading {
  /** The number before any scale word (`206.8` in `206.8 million`). */
  mantissa: Decimal;
  /** Decimal places stated (`206.8` → 1); spelled integers → 0. */
  decimals: number;
  /** Token index just after the number. */
  end: number;
  spelled: boolean;
  /** A power of ten already applied by a repaired reading (`207 1,000,000` → 6). */
  scale?: number;
  reading?: string;
  malformed?: { reason: string; alternatives: Decimal[] };
}

const SCALE_DIGITS: Record<string, number> = { '1,000': 3, '1,000,000': 6, '1,000,000,000': 9 };

function digitsOf(t: Token): string {
  return t.text.replace(/,/g, '');
}

function decimalsOf(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** Tokens i and i+1 are two numbers separated by exactly one space on the same line. */
function spacedPair(text: string, tokens: Token[], i: number): boolean {
  const b = tokens[i + 1];
  return !!b && b.kind === 'num' && b.spaced && b.start === tokens[i].end + 1 && text.charCodeAt(tokens[i].end) === 32;
}

export function readDigits(text: string, tokens: Token[], i: number): NumberReading {
  const t = tokens[i];
  const raw = digitsOf(t);
  if ((t.dots ?? 0) >= 2) {
    const r = readDoubleDot(tokens, i, raw);
    const scale = spacedPair(text, tokens, i) ? SCALE_DIGITS[tokens[i + 1].text] : undefined;
    return scale === undefined ? r : { ...r, end: i + 2, scale };
  }
  let reading: string | undefined;
  if (t.commas && /^\d{4,}/.test(t.text)) reading = `\`${t.text}\` has irregular digit grouping; read as ${raw}`;
  const base: NumberReading = { mantissa: new Decimal(raw), decimals: decimalsOf(raw), end: i + 1, spelled: false, reading };
  const dot = tokens[i + 1];
  const frac = tokens[i + 2];
  if (dot?.text === '.' && dot.spaced && frac?.kind === 'num' && !frac.spaced && !frac.commas && (frac.dots ?? 0) === 0 && (t.dots ?? 0) === 0 && !t.commas) {
    // `COP23 .3 trillion`: a decimal point the transcriber set apart.
    const joined = `${raw}.${frac.text}`;
    return { ...base, mantissa: new Decimal(joined), decimals: frac.text.length, end: i + 3, reading: `\`${t.text} .${frac.text}\` read as ${joined}` };
  }
  if (!spacedPair(text, tokens, i) || t.commas) return withHalf(tokens, base);
  const b = tokens[i + 1];
  const scale = SCALE_DIGITS[b.text];
  if (scale !== undefined) {
    return { ...base, end: i + 2, scale, reading: `\`${t.text} ${b.text}\` read as ${t.text} × ${b.text} (spoken scale written in digits)` };
  }
  const intA = (t.dots ?? 0) === 0 && raw.length <= 3;
  if (intA && b.commas && (b.dots ?? 0) === 0) {
    const bd = digitsOf(b);
    const joined = raw + bd;
    return { ...base, mantissa: new Decimal(joined), end: i + 2, reading: `\`${t.text} ${b.text}\` read as ${groupThousands(joined)} (digits split by the transcriber)` };
  }
  if (intA && raw.length === 1 && b.text === '100') {
    // `2 100 and 2`: "two hundred and two" with "hundred" transcribed as 100.
    let value = Number(raw) * 100;
    let end = i + 2;
    const and = tokens[i + 2];
    const c = tokens[i + 3];
    if (and && and.lower === 'and' && c && c.kind === 'num' && (c.dots ?? 0) === 0 && Number(c.text) < 100) {
      value += Number(c.text);
      end = i + 4;
    }
    return { ...base, mantissa: new Decimal(value), end, reading: `\`${text.slice(t.start, tokens[end - 1].end)}\` read as ${value} (spoken "hundred" written as 100)` };
  }
  if (intA && raw.length === 1 && /^1\d\d$/.test(b.text)) {
    // `2 102`: likely "two hundred two" (202), but the digits could also be 2102 or 102.
    const likely = Number(raw) * 100 + Number(b.text) - 100;
    return {
      ...base,
      mantissa: new Decimal(likely),
      end: i + 2,
      malformed: {
        reason: `\`${t.text} ${b.text}\` is not a well-formed number; read as ${likely} ("${raw} hundred ${Number(b.text) - 100}")`,
        alternatives: [new Decimal(likely), new Decimal(raw + b.text), new Decimal(b.text)],
      },
    };
  }
  return withHalf(tokens, base);
}

/** `200.6.8`: two decimal points. Most often "two hundred six point eight" (200 + 6.8). */
function readDoubleDot(tokens: Token[], i: number, raw: string): NumberReading {
  const parts = raw.split('.');
  const [a, b] = parts;
  const rest = parts.slice(2).join('');
  const alternatives: Decimal[] = [];
  if (/00$/.test(a) && b.length === 1) alternatives.push(new Decimal(a).plus(new Decimal(`${b}.${rest}`)));
  alternatives.push(new Decimal(`${a}.${b}`), new Decimal(`${a}.${b}${rest}`));
  const likely = alternatives[0];
  return {
    mantissa: likely,
    decimals: decimalsOf(likely.toFixed()),
    end: i + 1,
    spelled: false,
    malformed: {
      reason: `\`${tokens[i].text}\` has two decimal points; read as ${likely.toFixed()}`,
      alternatives,
    },
  };
}

/** `six and a half`, `15 and half`. */
function withHalf(tokens: Token[], r: NumberReading): NumberReading {
  const j = r.end;
  if (tokens[j]?.lower !== 'and') return r;
  let k = j + 1;
  if (tokens[k]?.lower === 'a') k++;
  const frac = tokens[k]?.lower === 'half' ? '0.5' : tokens[k]?.lower === 'quarter' ? '0.25' : undefined;
  if (!frac || r.decimals > 0) return r;
  return { ...r, mantissa: r.mantissa.plus(frac), decimals: frac.length - 2, end: k + 1 };
}

export function isNumberWord(w: string): boolean {
  return w in UNITS || w in TENS || w === 'hundred';
}

/**
 * Spelled number at i, or undefined. Years said as pairs (`twenty twenty one`, `nineteen ninety`) are refused so
 * the caller can treat them as dates.
 */
export function readSpelled(tokens: Token[], i: number): NumberReading | undefined {
  let j = i;
  let total = 0;
  let group = 0;
  let any = false;
  let last: 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'and' | undefined;
  if (tokens[j]?.lower === 'a' && (tokens[j + 1]?.lower === 'hundred' || tokens[j + 1]?.lower === 'thousand')) {
    group = 1;
    last = 'unit';
    any = true;
    j++;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j].lower;
    if (tokens[j].kind !== 'word') break;
    if (w in UNITS && w !== 'oh') {
      const v = UNITS[w];
      if (last === 'unit' || last === 'teen') {
        if (last === 'teen' || v >= 10) return undefined; // `nineteen ninety`, `one twelve`: not a number phrase
        break;
      }
      if (last === 'tens' && v >= 10) return undefined;
      if (last === 'tens') group += v;
      else group += v;
      last = v >= 10 ? 'teen' : 'unit';
      any = true;
    } else if (w in TENS) {
      if (last === 'tens' || last === 'teen') return undefined; // `twenty twenty`, `nineteen eighty`: a year
      if (last === 'unit') break;
      group += TENS[w];
      last = 'tens';
      any = true;
    } else if (w === 'hundred' && any && group > 0 && group < 10 && last !== 'hundred') {
      group *= 100;
      last = 'hundred';
    } else if (w === 'thousand' && any && group > 0 && last !== 'thousand' && isNumberWord(tokens[j + 1]?.lower ?? '')) {
      // `two thousand five hundred`; a final `thousand` is a scale, read by the caller.
      if (tokens[j + 1]?.lower in TENS && group === 2) return undefined; // `two thousand twenty one`: a year
      total += group * 1000;
      group = 0;
      last = 'thousand';
    } else if (w === 'and' && (last === 'hundred' || last === 'thousand') && isNumberWord(tokens[j + 1]?.lower ?? '')) {
      last = 'and';
    } else break;
  }
  if (!any) return undefined;
  total += group;
  let mantissa = new Decimal(total);
  let decimals = 0;
  // `point three three`, `point oh five`, `point twenty five`
  if (tokens[j]?.lower === 'point') {
    let digits = '';
    let k = j + 1;
    for (; k < tokens.length; k++) {
      const w = tokens[k].lower;
      if (w === 'oh' || w === 'zero') digits += '0';
      else if (w in UNITS && UNITS[w] < 10) digits += String(UNITS[w]);
      else if (digits === '' && w in TENS) {
        const next = tokens[k + 1]?.lower ?? '';
        if (next in UNITS && UNITS[next] > 0 && UNITS[next] < 10) {
          digits += String(TENS[w] + UNITS[next]);
          k += 2;
        } else {
          digits += String(TENS[w]);
          k++;
        }
        break;
      } else break;
    }
    if (digits) {
      mantissa = new Decimal(`${total}.${digits}`);
      decimals = digits.length;
      j = k;
    }
  }
  return withHalf(tokens, { mantissa, decimals, end: j, spelled: true });
}
