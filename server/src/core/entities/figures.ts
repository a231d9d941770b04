// Recognises figures (money, percent, percentage points, basis points, multiples, counts) on the token stream.
// Each attempt reads a bounded number of tokens forward from one position, so the pass is linear.
import Decimal from 'decimal.js';
import type { Entity, EntityKind, Qualifier } from '../types';
import {
  CODE_CURRENCY, DOLLAR_ADJECTIVE, DOLLAR_PREFIX, MONEY_CONTEXT, MONTHS, NOT_COUNT_NOUNS, QUALIFIERS, SCALE_WORDS,
  SHORT_SCALES, SIGN_CURRENCY, TENS, UNITS, WORD_CURRENCY,
} from './lexicon';
import { MULTIPLE_WORD, occasionsAfter, readMultipleWord } from './multipleWords';
import { readDigits, readSpelled, type NumberReading } from './numbers';
import { defineWordTag, tokenAt, type Token } from './tokens';

type Unit = 'money' | 'cents' | 'percent' | 'pp' | 'bp' | 'x';

interface Amount {
  startTok: number;
  endTok: number;
  num: NumberReading;
  scale: number;
  unit?: Unit;
  currency?: string;
  negative: boolean;
  notes: string[];
  /** Parentheses around an accounting negative. */
  parens: boolean;
}

export interface FigureOptions {
  /** Currency a bare amount in a money context takes at a given offset (declared default, setting, or inferred). */
  currencyAt: (offset: number) => string | undefined;
}

const SENTENCE_END = new Set(['.', '?', '!', ';']);

export class FigureReader {
  private readonly out: Entity[] = [];

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly options: FigureOptions,
  ) {}

  read(): Entity[] {
    const { tokens } = this;
    let i = 0;
    while (i < tokens.length) {
      const skip = this.skipNonFigure(i);
      if (skip > i) {
        i = skip;
        continue;
      }
      const next = canStartFigure(tokens, i) ? this.tryFigure(i) : i + 1;
      i = next > i ? next : i + 1;
    }
    return this.out;
  }

  /** Timestamps (`00:23:50`, `300:23:50`), dates (`8/22/2023`, `June 30, 2023`) and ordinals are not figures. */
  private skipNonFigure(i: number): number {
    const t = this.tokens;
    const a = t[i];
    if (a.kind !== 'num') {
      if (a.tags & MONTH && t[i + 1]?.kind === 'num' && t[i + 1].text.length <= 2) {
        let j = i + 2;
        if (t[j]?.text === ',') j++;
        if (t[j]?.kind === 'num' && t[j].text.length === 4) j++;
        return j;
      }
      return i;
    }
    let j = i;
    let joined = false;
    while (t[j + 1] && !t[j + 1].spaced && (t[j + 1].text === ':' || t[j + 1].text === '/') && t[j + 2]?.kind === 'num' && !t[j + 2].spaced) {
      j += 2;
      joined = true;
    }
    if (joined) return j + 1;
    if (t[i + 1] && !t[i + 1].spaced && t[i + 1].kind === 'word' && /^(st|nd|rd|th)$/.test(t[i + 1].lower)) return i + 2;
    return i;
  }

  private tryFigure(i: number): number {
    const t = this.tokens;
    let k = i;
    const q = matchQualifier(t, i);
    const qualifier = q?.qualifier;
    if (q) k = i + q.length;
    if (qualifier && t[k]?.lower === 'of' && qualifier === 'approximately') return i + 1; // `about of` is not a hedge
    if (t[k] && t[k].tags & MULTIPLE_WORD) return this.tryMultipleWord(k, qualifier ? i : k, qualifier) ?? i + 1;
    const a = this.readAmount(k);
    if (!a) return this.tryBareTotal(k, qualifier ? i : k, qualifier) ?? i + 1;
    let low = a;
    let high: Amount | undefined;
    let end = a.endTok;
    const connector = t[a.endTok];
    const between = t[k - 1]?.lower === 'between' || (qualifier === undefined && t[i - 1]?.lower === 'between');
    if (connector && (connector.lower === 'to' || connector.text === '-' || connector.text === '–' || (between && connector.lower === 'and'))) {
      const yearLike = !a.unit && a.num.decimals === 0 && /^(19|20)\d\d$/.test(a.num.mantissa.toFixed());
      // `fell from RMB1029.1 million to RMB860.7 million` is a change between two figures, not a range; `ranging
      // from 92 to 95%` (the low end without its own unit) is a range.
      const ranging = t[k - 2]?.lower === 'ranging' || t[k - 2]?.lower === 'range';
      const change = t[k - 1]?.lower === 'from' && connector.lower === 'to' && !!a.unit && !ranging;
      // `RMB8 million to about RMB10 million`
      const bStart = a.endTok + 1 + (matchQualifier(t, a.endTok + 1)?.length ?? 0);
      const b = yearLike || change ? undefined : this.readAmount(bStart);
      const bareScaled = b && !a.unit && !b.unit && b.scale >= 3 && !a.num.spelled && !b.num.spelled;
      if (b && (this.compatible(a, b) || bareScaled)) {
        high = b;
        end = b.endTok;
        if (!low.unit) low = { ...low, unit: b.unit, currency: b.currency, scale: low.scale || b.scale };
        if (!high.unit) high = { ...high, unit: low.unit, currency: low.currency, scale: high.scale || low.scale };
        // `$50 and $51 million`: the low end takes the high end's scale when it has none and stays below it.
        if (!low.scale && high.scale && low.num.mantissa.lte(high.num.mantissa)) low = { ...low, scale: high.scale };
      }
    }
    if (!low.unit) {
      if (this.isBareMoney(k, low, end)) {
        const currency = this.options.currencyAt(t[k].start);
        low = { ...low, unit: 'money', currency, notes: [...low.notes, currency ? `bare amount in a money context, read as ${currency}` : 'bare amount in a money context'] };
        if (high) high = { ...high, unit: 'money', currency };
      } else {
        return this.tryCount(k, a, qualifier ? i : k, qualifier);
      }
    }
    const startTok = qualifier ? i : low.startTok;
    this.emit(startTok, end, low, high, qualifier);
    return end;
  }

  /** "more than tripled", "twice the", "halved": a multiple said in words (see multipleWords). */
  private tryMultipleWord(k: number, startTok: number, qualifier: Qualifier | undefined): number | undefined {
    const w = readMultipleWord(this.tokens, k, qualifier !== undefined);
    if (!w) return undefined;
    const start = this.tokens[startTok].start;
    const end = this.tokens[w.end - 1].end;
    this.out.push({ kind: 'multiple', start, end, text: this.text.slice(start, end), value: w.value, resolution: w.resolution, unit: 'x', ...(qualifier ? { qualifier } : {}) });
    return w.end;
  }

  private compatible(a: Amount, b: Amount): boolean {
    if (!a.unit && !b.unit) return false;
    if (a.unit && b.unit) {
      const ua = a.unit === 'cents' ? 'money' : a.unit;
      const ub = b.unit === 'cents' ? 'money' : b.unit;
      if (ua !== ub) return false;
      if (a.currency && b.currency && a.currency !== b.currency) return false;
    }
    return true;
  }

  /** `revenue of 206.8 million`: a scaled number just after a word that names money. */
  private isBareMoney(k: number, a: Amount, end: number): boolean {
    if (a.scale === 0 && !a.num.spelled && this.barePerShare(k, a, end)) return true;
    if (a.scale < 3 || a.num.spelled) return false;
    const t = this.tokens;
    if (this.shareCountBefore(k)) return false; // `diluted shares outstanding were 100.2 million`
    // `56 million shares`: a count of things, not money.
    const next = t[end];
    if (next && next.kind === 'word' && next.text === next.lower && this.isCountNoun(next.lower)) return false;
    // `98.5 million weighted average diluted shares`: a share count whatever money words stand before it.
    if (next && next.kind === 'word' && this.countPhrase(end)?.unit.endsWith('shares')) return false;
    for (let j = k - 1; j >= 0 && j >= k - 7; j--) {
      if (t[j].kind === 'num' || (t[j].kind === 'sym' && SENTENCE_END.has(t[j].text))) break;
      if (MONEY_CONTEXT.has(t[j].lower)) return true;
    }
    // `1.2 million per store in annualized sales`
    for (let j = end; j < t.length && j < end + 6; j++) {
      if (t[j].kind === 'num' || (t[j].kind === 'sym' && SENTENCE_END.has(t[j].text))) return false;
      if (MONEY_CONTEXT.has(t[j].lower) && t[j].lower !== 'margin') return true;
    }
    return false;
  }

  /**
   * `net income of 96 million, or 1.12 per share`, `diluted EPS was 1.12`: a per-share amount in a call that states
   * its currency once, not with every figure. Said before the figure, EPS needs cents (`EPS grew 12` is a rate).
   */
  private barePerShare(k: number, a: Amount, end: number): boolean {
    return this.perShareAt(end) || (a.num.decimals === 2 && this.isPerShare(k, end));
  }

  /** Reads `[sign] [currency] [sign] number [scale] [unit]` at k, or undefined when no number starts there. */
  private readAmount(k: number): Amount | undefined {
    const t = this.tokens;
    let j = k;
    let negative = false;
    let parens = false;
    let currency: string | undefined;
    if (t[j]?.text === '(' && t[j + 1] && !t[j + 1].spaced) {
      parens = true;
      j++;
    }
    if (t[j]?.lower === 'negative' || t[j]?.lower === 'minus') {
      negative = true;
      j++;
    }
    const minusAt = (x: number) => (t[x]?.text === '-' || t[x]?.text === '−') && t[x + 1] && !t[x + 1].spaced && (t[x].spaced || x === 0);
    if (minusAt(j)) {
      negative = true;
      j++;
    }
    const cur = this.readCurrencyPrefix(j);
    if (cur) {
      currency = cur.currency;
      j = cur.end;
      if (minusAt(j) || (t[j]?.text === '-' && !t[j].spaced)) {
        negative = true;
        j++;
      }
    }
    const numTok = t[j];
    if (!numTok) return undefined;
    let num: NumberReading | undefined;
    if (numTok.kind === 'num') {
      if (currency === undefined && !numTok.spaced && j > 0 && (t[j - 1].kind === 'word' || t[j - 1].kind === 'num')) return undefined; // `Q2`, `FY24`, `H2`
      if (t[j - 1] && !numTok.spaced && (t[j - 1].text === '.' || t[j - 1].text === ',' || t[j - 1].text === '/')) return undefined;
      if (!currency && !negative && !parens && !mayContinue(t[j + 1])) return undefined; // `in 2023.`, `Act of 1934,`
      num = readDigits(this.text, t, j);
    } else if (numTok.kind === 'word') {
      if (!numTok.spaced && j > 0 && t[j - 1].kind !== 'sym') return undefined;
      // A number phrase never starts inside another (`nineteen ninety nine` refused as a year stays refused).
      const prev = t[j - 1]?.lower ?? '';
      if (j > 0 && (prev in UNITS || prev in TENS || prev === 'hundred' || prev === 'thousand') && (numTok.lower in UNITS || numTok.lower in TENS)) return undefined;
      num = readSpelled(t, j);
      if (!num && numTok.lower === 'a' && WORD_CURRENCY[t[j + 1]?.lower] && !CODE_CURRENCY[t[j + 1].lower] && t[j + 1].lower.endsWith('s') === false) {
        num = { mantissa: new Decimal(1), decimals: 0, end: j + 1, spelled: true }; // `a dollar and 19 cents`
      }
      if (!num && (numTok.lower === 'a' || numTok.lower === 'one') && SCALE_WORDS[t[j + 1]?.lower] >= 6 && !SHORT_SCALES.has(t[j + 1].lower)) {
        num = { mantissa: new Decimal(1), decimals: 0, end: j + 1, spelled: true };
      }
      if (num && currency === undefined && numTok.lower === 'one' && num.end === j + 1 && t[j + 1]?.lower !== 'percent') {
        // `one` alone is usually a pronoun; it needs a unit right after it to count.
      }
    }
    if (!num) return undefined;
    const notes: string[] = num.reading ? [num.reading] : [];
    let e = num.end;
    let scale = num.scale ?? 0;
    // Scale word: `million`, `bn`, `m` (short forms only glued to the number or after a currency sign).
    const sw = t[e];
    if (sw && sw.kind === 'word' && SCALE_WORDS[sw.lower] !== undefined && !scale) {
      const short = SHORT_SCALES.has(sw.lower);
      const okShort = !sw.spaced || ((sw.lower === 'bn' || sw.lower === 'mn') && (currency !== undefined || true));
      const endsWord = !t[e + 1] || t[e + 1].spaced || t[e + 1].kind !== 'word';
      if ((!short || okShort) && endsWord && !(sw.lower === 'millions' || sw.lower === 'billions')) {
        scale = SCALE_WORDS[sw.lower];
        e++;
      }
    }
    let unit: Unit | undefined = currency ? 'money' : undefined;
    // Unit after the number.
    const u = t[e];
    const u1 = t[e + 1];
    if (u) {
      const lw = u.lower;
      if (u.text === '%' || lw === 'percent' || lw === 'pct' || (lw === 'per' && u1?.lower === 'cent')) {
        if (!unit) {
          unit = 'percent';
          e += lw === 'per' ? 2 : 1;
          if (t[e]?.lower === 'percent' && t[e].spaced) e++; // `80% percent`
        }
      } else if (lw === 'percentage' && (u1?.lower === 'points' || u1?.lower === 'point')) {
        if (!unit) {
          unit = 'pp';
          e += 2;
        }
      } else if (lw === 'pp' || lw === 'ppt' || lw === 'ppts' || lw === 'pps') {
        if (!unit) {
          unit = 'pp';
          e++;
        }
      } else if (lw === 'bp' || lw === 'bps' || lw === 'bip' || lw === 'bips' || (lw === 'basis' && (u1?.lower === 'points' || u1?.lower === 'point'))) {
        if (!unit) {
          unit = 'bp';
          e += lw === 'basis' ? 2 : 1;
        }
      } else if ((lw === 'points' || lw === 'point') && !unit && !num.spelled && this.percentBefore(k)) {
        unit = 'pp';
        e++;
      } else if ((lw === 'x' && !u.spaced) || (lw === 'times' && !occasionsAfter(t, e + 1)) || (u.text === '-' && !u.spaced && u1?.lower === 'fold' && !u1.spaced) || lw === 'fold') {
        if (!unit) {
          unit = 'x';
          e += u.text === '-' ? 2 : 1;
        }
      } else if (lw === 'cents' || lw === 'cent') {
        if (unit === 'money') {
          notes.push('`cents` after a dollar amount ignored');
          e++;
        } else {
          unit = 'cents';
          e++;
        }
      } else if (!currency) {
        const adjective = DOLLAR_ADJECTIVE[lw];
        if (adjective && (u1?.lower === 'dollars' || u1?.lower === 'dollar')) {
          unit = 'money';
          currency = adjective;
          e += 2;
        } else if (u.kind === 'word' && WORD_CURRENCY[lw] && (u.spaced || CODE_CURRENCY[lw] === undefined || u.text === u.text.toUpperCase())) {
          if (CODE_CURRENCY[lw] === undefined || u.text === u.text.toUpperCase()) {
            unit = 'money';
            currency = WORD_CURRENCY[lw];
            e++;
            if (num.spelled || num.decimals === 0) e = this.dollarsAndCents(e, num, notes);
          }
        }
      }
    }
    if (currency && !scale && unit === 'money' && num.decimals === 0 && t[e]?.lower === 'and' && t[e + 2] && (t[e + 2].lower === 'cents' || t[e + 2].lower === 'cent')) {
      e = this.dollarsAndCents(e, num, notes); // `$25 and 10 cents`
    }
    if (parens) {
      if (t[e]?.text === ')' && !t[e].spaced) {
        e++;
        negative = true;
        notes.push('accounting parentheses: negative');
      } else return undefined;
    }
    // A number glued to letters that are not a unit (`21E`, `4G`, `100mm` already handled) is a label.
    const after = t[e];
    if (after && !after.spaced && after.kind === 'word' && t[e - 1].kind === 'num') return undefined;
    // `COP26`, `RMB3`: a code glued to a bare small integer is more often a name than an amount.
    if (cur && cur.glued && !scale && num.decimals === 0 && !numTok.commas && e === num.end && !num.reading) return undefined;
    return { startTok: k, endTok: e, num, scale, unit, currency, negative, notes, parens };
  }

  /** `two dollars and twenty five` → 2.25. */
  private dollarsAndCents(e: number, num: NumberReading, notes: string[]): number {
    const t = this.tokens;
    if (t[e]?.lower !== 'and' || num.decimals > 0) return e;
    const c = t[e + 1];
    if (!c) return e;
    let cents: NumberReading | undefined;
    if (c.kind === 'num' && /^\d{1,2}$/.test(c.text)) cents = { mantissa: new Decimal(c.text), decimals: 0, end: e + 2, spelled: false };
    else if (c.kind === 'word' && (c.lower in UNITS || c.lower in TENS)) cents = readSpelled(t, e + 1);
    if (!cents || cents.decimals > 0 || cents.mantissa.gte(100)) return e;
    let end = cents.end;
    if (t[end]?.lower === 'cents' || t[end]?.lower === 'cent') end++;
    num.mantissa = num.mantissa.plus(cents.mantissa.div(100));
    num.decimals = 2;
    notes.push(`"${this.text.slice(t[e - 1].end, t[end - 1].end).trim()}" read as cents`);
    return end;
  }

  private percentBefore(k: number): boolean {
    for (let j = this.out.length - 1; j >= 0 && j >= this.out.length - 3; j--) {
      const e = this.out[j];
      if (e.kind === 'percent' && this.tokens[k].start - e.end < 200) return true;
    }
    return false;
  }

  private readCurrencyPrefix(j: number): { currency: string; end: number; glued?: boolean } | undefined {
    const t = this.tokens;
    const a = t[j];
    if (!a) return undefined;
    const b = t[j + 1];
    if (a.kind === 'sym' && SIGN_CURRENCY[a.text]) return { currency: SIGN_CURRENCY[a.text], end: j + 1 };
    if (a.kind === 'word') {
      if (b && b.text === '$' && !b.spaced && DOLLAR_PREFIX[a.lower] && a.text === a.text.toUpperCase()) return { currency: DOLLAR_PREFIX[a.lower], end: j + 2 };
      if (CODE_CURRENCY[a.lower] && a.text === a.text.toUpperCase() && b && (b.kind === 'num' || b.text === '-')) return { currency: CODE_CURRENCY[a.lower], end: j + 1, glued: !b.spaced };
    }
    return undefined;
  }

  /**
   * `6 new customers`, `100.2 million diluted shares`: a whole number (or a scaled one) followed by a noun phrase that
   * ends in a plural noun, with up to three lower-case modifiers between. Counts named by a total of earlier counts
   * (`bringing the total to 1,250`) are read by `tryTotalCount`.
   */
  private tryCount(k: number, a: Amount, startTok: number, qualifier: Qualifier | undefined): number {
    const t = this.tokens;
    if (!this.countableNumber(k, a)) return k + 1;
    const phrase = this.countPhrase(a.endTok);
    if (!phrase) return this.tryNamedCount(k, a, startTok, qualifier) ?? k + 1;
    this.emitCount(startTok, t[phrase.end - 1].end, a, phrase.unit, qualifier);
    return phrase.end;
  }

  /** A number that can be a count: written in digits, whole unless scaled, not a year, label or list index. */
  private countableNumber(k: number, a: Amount): boolean {
    const t = this.tokens;
    const n = t[k];
    if (n.kind !== 'num' || a.num.spelled || (a.num.decimals > 0 && !a.scale) || a.num.malformed || a.num.reading) return false;
    if (!n.commas && !a.scale && /^(19|20)\d\d$/.test(n.text)) return false;
    if (t[k - 1] && !n.spaced) return false;
    return !(t[k - 1] && NOT_COUNT_BEFORE.has(t[k - 1].lower));
  }

  /**
   * The counted noun phrase starting at token j, and the unit it gives. The unit is the phrase without leading words
   * that only say the things were added (`new`, `additional`, `more`, `net`): `48 new enterprise customers` and the
   * total they bring are both counts of `enterprise customers`, `6 new customers` of `customers`. Share counts keep
   * only their class: `diluted shares`, `basic shares` or `shares` (weighted average, common, outstanding dropped).
   */
  private countPhrase(j: number): { end: number; unit: string } | undefined {
    const t = this.tokens;
    const words: string[] = [];
    for (let n = 0; n < 4 && t[j]; n++) {
      const w = t[j];
      if (w.kind !== 'word' || w.text !== w.lower || !w.spaced) return undefined;
      let word = w.lower;
      let next = j + 1;
      // `top-tier`, `weighted-average`: a hyphenated modifier is one word.
      if (t[next]?.text === '-' && !t[next].spaced && t[next + 1]?.kind === 'word' && !t[next + 1].spaced && t[next + 1].text === t[next + 1].lower) {
        word = `${word}-${t[next + 1].lower}`;
        next += 2;
      } else if (this.isCountNoun(word)) {
        words.push(word);
        return { end: next, unit: countUnit(words) };
      }
      if (NOT_COUNT_NOUNS.has(word) || STOP.has(word) || NOT_COUNT_BEFORE.has(word) || PHRASE_BREAK.has(word)) return undefined;
      words.push(word);
      j = next;
    }
    return undefined;
  }

  /**
   * A number with no noun after it, counted by the words before it: `diluted shares outstanding were 100.2 million`,
   * `a basic share count of 97,400,000`; `bringing the total to 1,250`, `for a total of 1,250`, `total customers to
   * 1,250` count what the nearest earlier count of the sentence counts (or the noun between `total` and `to`).
   */
  private tryNamedCount(k: number, a: Amount, startTok: number, qualifier: Qualifier | undefined): number | undefined {
    const t = this.tokens;
    // The words before the figure, qualifier included (`the total to about 90`).
    const s = startTok;
    // Share counts run to thousands at least; `the shares were 12` is more likely a price.
    const shares = a.scale >= 3 || a.num.mantissa.gte(1000) ? this.shareCountBefore(s) : undefined;
    if (shares) {
      this.emitCount(startTok, t[a.endTok - 1].end, a, shares, qualifier);
      return a.endTok;
    }
    const link = t[s - 1]?.lower;
    if (link !== 'to' && link !== 'of') return undefined;
    let unit: string | undefined;
    if (t[s - 2]?.lower === 'total') unit = this.earlierCountUnit(s);
    else if (link === 'to' && t[s - 3]?.lower === 'total' && t[s - 2].kind === 'word' && t[s - 2].text === t[s - 2].lower && this.isCountNoun(t[s - 2].lower)) unit = countUnit([t[s - 2].lower]);
    if (!unit) return undefined;
    this.emitCount(startTok, t[a.endTok - 1].end, a, unit, qualifier);
    return a.endTok;
  }

  /**
   * `bringing the total to 1,250,`, `share count of 100,200,000.`: a named count followed by punctuation, which
   * readAmount leaves (`in 2023,`).
   */
  private tryBareTotal(k: number, startTok: number, qualifier: Qualifier | undefined): number | undefined {
    const t = this.tokens;
    const s = startTok;
    if (t[k]?.kind !== 'num' || !(t[s - 1]?.tags & COUNT_LINK)) return undefined;
    if (t[s - 2]?.lower !== 'total' && !this.shareCountBefore(s)) return undefined;
    const num = readDigits(this.text, t, k);
    if (num.end !== k + 1 || num.scale) return undefined;
    const a: Amount = { startTok: k, endTok: k + 1, num, scale: 0, negative: false, notes: [], parens: false };
    if (!this.countableNumber(k, a)) return undefined;
    return this.tryNamedCount(k, a, startTok, qualifier);
  }

  /**
   * The share class when the words just before token s name a share count: `diluted shares outstanding were`,
   * `weighted average basic share count of`, `shares outstanding totaled`. The unit is as in countUnit.
   */
  private shareCountBefore(s: number): string | undefined {
    const t = this.tokens;
    let j = s - 1;
    if (!t[j] || !(t[j].tags & COUNT_LINK)) return undefined;
    if (t[j].lower === 'at' && (t[j - 1]?.lower === 'stood' || t[j - 1]?.lower === 'in')) j -= t[j - 1].lower === 'in' && t[j - 2]?.lower === 'came' ? 2 : 1;
    j--;
    if (t[j]?.lower === 'outstanding') j--;
    if (t[j]?.lower === 'count' && t[j - 1]?.lower === 'share') j--;
    else if (t[j]?.lower !== 'shares') return undefined;
    // The class, past `weighted average`, `fully`, `common`.
    for (let n = 0, x = j - 1; n < 4 && t[x]?.kind === 'word'; n++, x--) {
      const w = t[x].lower;
      if (w === 'diluted') return 'diluted shares';
      if (w === 'basic') return 'basic shares';
      if (w !== 'weighted' && w !== 'average' && w !== 'fully' && w !== 'common' && w !== 'ordinary') break;
    }
    return 'shares';
  }

  /** Unit of the last count read before token k in the same sentence. */
  private earlierCountUnit(k: number): string | undefined {
    const t = this.tokens;
    const last = this.out[this.out.length - 1];
    if (!last || last.kind !== 'count' || !last.unit) return undefined;
    for (let j = k - 1; j >= 0 && t[j].start >= last.end; j--) {
      if (t[j].kind === 'num' || (t[j].kind === 'sym' && SENTENCE_END.has(t[j].text))) return undefined;
    }
    return last.unit;
  }

  private emitCount(startTok: number, end: number, a: Amount, unit: string, qualifier: Qualifier | undefined): void {
    const start = this.tokens[startTok].start;
    const { value, resolution } = scaled(a, a.num.mantissa, false);
    this.out.push({ kind: 'count', start, end, text: this.text.slice(start, end), value, resolution, unit, ...(qualifier ? { qualifier } : {}) });
  }

  private isCountNoun(w: string): boolean {
    if (IRREGULAR_PLURALS.has(w)) return true;
    return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !NOT_COUNT_NOUNS.has(w) && !STOP.has(w);
  }

  private emit(startTok: number, endTok: number, low: Amount, high: Amount | undefined, qualifier: Qualifier | undefined): void {
    const t = this.tokens;
    const start = t[startTok].start;
    const end = t[endTok - 1].end;
    const unit = low.unit!;
    const kind: EntityKind = unit === 'money' || unit === 'cents' ? 'money' : unit === 'percent' ? 'percent' : unit === 'pp' ? 'percentage-points' : unit === 'bp' ? 'basis-points' : 'multiple';
    const negativeFromLoss = kind === 'money' && !low.negative && (this.lossBefore(startTok) || this.earlierLoss(startTok));
    const lowValue = scaled(low, low.num.mantissa, negativeFromLoss);
    const e: Entity = { kind, start, end, text: this.text.slice(start, end), value: lowValue.value };
    if (high) e.high = scaled(high, high.num.mantissa, negativeFromLoss).value;
    e.resolution = lowValue.resolution;
    if (kind === 'money') {
      const currency = low.currency ?? high?.currency ?? this.options.currencyAt(start);
      if (currency) e.currency = currency;
    } else e.unit = unit === 'percent' ? '%' : unit;
    // A per-share amount never carries a scale word (`$95 million` after `$1.10 per share` is a total).
    if (kind === 'money' && (this.isPerShare(startTok, endTok) || (low.scale === 0 && this.perShareAlternative(startTok)))) e.perShare = true;
    if (qualifier) e.qualifier = qualifier;
    const notes = [...low.notes, ...(high?.notes ?? [])];
    if (negativeFromLoss) notes.push('a loss: negative');
    const bad = low.num.malformed ?? high?.num.malformed;
    if (bad) {
      const which = low.num.malformed ? low : high!;
      // Alternatives keep their own digits (`200.68` must not round to the first reading's precision).
      const exact = (x: Decimal) => scaled({ ...which, num: { ...which.num, decimals: Math.max(0, x.decimalPlaces()) } }, x, negativeFromLoss).value;
      e.malformed = { reason: bad.reason, alternatives: bad.alternatives.map(exact) };
    }
    if (notes.length) e.reading = notes.join('; ');
    this.out.push(e);
  }

  /**
   * `Net loss was RMB 1.05 billion, narrowing from RMB 1.61 billion a year ago`: the figure a loss is compared with
   * is a loss too, unless the words between name a profit (`compared to net income of $3 million`).
   */
  private earlierLoss(startTok: number): boolean {
    const last = this.out[this.out.length - 1];
    if (!last || last.kind !== 'money' || !last.reading?.includes('a loss: negative')) return false;
    const t = this.tokens;
    const from = tokenAt(this.tokens, last.end);
    if (startTok - from > 12) return false;
    // `RMB 0.88, or US$0.12`: the same loss in another currency.
    const between = t.slice(from, startTok).filter((x) => x.text !== ',');
    if (between.length === 1 && between[0].lower === 'or') return true;
    let compared = false;
    for (let j = from; j < startTok; j++) {
      if (t[j].kind === 'num' || SENTENCE_END.has(t[j].text) || PROFIT_WORDS.has(t[j].lower)) return false;
      if (COMPARED_WORDS.has(t[j].lower)) compared = true;
    }
    return compared;
  }

  /**
   * `$1.21, or $1.26 excluding merger costs`, `SEK 2.31, compared with SEK 2.45`: the same per-share measure restated
   * or compared right after a per-share amount is per share too.
   */
  private perShareAlternative(startTok: number): boolean {
    const last = this.out[this.out.length - 1];
    if (!last || last.perShare !== true) return false;
    const from = tokenAt(this.tokens, last.end);
    if (startTok - from > 4) return false;
    for (let j = from; j < startTok; j++) if (!ALTERNATIVE_LINK.has(this.tokens[j].lower)) return false;
    return startTok > from;
  }

  /** `a loss of $5 million`, `net loss was RMB30.7 million`. */
  private lossBefore(startTok: number): boolean {
    const t = this.tokens;
    for (let j = startTok - 1; j >= 0 && j >= startTok - 4; j--) {
      const w = t[j].lower;
      // `provision for credit losses was $74 million` is an expense, not a loss of the company's result.
      if (w === 'loss' || w === 'losses') return !(t[j - 1]?.lower === 'or' || t[j - 1]?.lower === 'and' || PROVISIONED_LOSSES.has(t[j - 1]?.lower ?? ''));
      if (!LOSS_GLUE.has(w)) return false;
    }
    return false;
  }

  /** `per share`, `per diluted share`, `a share`, `per ADS` starting at token j. */
  private perShareAt(j: number): boolean {
    const t = this.tokens;
    const w = (x: number) => t[x]?.lower ?? '';
    if (w(j) !== 'per' && w(j) !== 'a') return false;
    return SHARE.has(w(j + 1)) || ((w(j + 1) === 'diluted' || w(j + 1) === 'basic') && SHARE.has(w(j + 2)));
  }

  private isPerShare(startTok: number, endTok: number): boolean {
    const t = this.tokens;
    const w = (x: number) => t[x]?.lower ?? '';
    const e = endTok;
    if (this.perShareAt(e)) return true;
    // `$0.42 of diluted earnings per share`
    if (w(e) === 'of') {
      for (let j = e + 1; j < e + 4 && t[j]?.kind === 'word'; j++) {
        if (w(j) === 'eps' || (w(j) === 'per' && this.perShareAt(j))) return true;
      }
    }
    for (let j = startTok - 1; j >= 0 && j >= startTok - 5; j--) {
      // `$0.60 per share and $120 million of buybacks`: a list moves on to another figure.
      if (t[j].kind === 'num' || SENTENCE_END.has(t[j].text) || w(j) === 'and' || w(j) === 'or') return false;
      // `earnings per share were`, `earnings per diluted share were`
      if (w(j) === 'eps' || (SHARE.has(w(j)) && (w(j - 1) === 'per' || ((w(j - 1) === 'diluted' || w(j - 1) === 'basic') && w(j - 2) === 'per')))) return true;
    }
    return false;
  }
}

/** Qualifier phrases indexed by their first word, longest first. */
const QUALIFIER_INDEX = new Map<string, Array<[string[], Qualifier]>>();
for (const entry of QUALIFIERS) {
  const list = QUALIFIER_INDEX.get(entry[0][0]) ?? [];
  list.push(entry);
  list.sort((a, b) => b[0].length - a[0].length);
  QUALIFIER_INDEX.set(entry[0][0], list);
}

function matchQualifier(t: Token[], i: number): { qualifier: Qualifier; length: number } | undefined {
  const list = t[i] && QUALIFIER_INDEX.get(t[i].lower);
  if (!list) return undefined;
  for (const [words, qualifier] of list) {
    let n = 1;
    while (n < words.length && t[i + n]?.lower === words[n]) n++;
    if (n === words.length) return { qualifier, length: n };
  }
  return undefined;
}

/** Words an amount itself can start with. */
const STARTER = defineWordTag([
  'negative', 'minus', 'a', 'one', ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(CODE_CURRENCY), ...Object.keys(DOLLAR_PREFIX),
]);
/** First words of qualifiers (`in excess of`, `about`): common words, worth trying only when the phrase matches. */
const QUALIFIER_START = defineWordTag(QUALIFIERS.map(([w]) => w[0]));
/** Qualifiers of one word (`about`), and the second words of the longer ones (`than`, `least`, `excess`). */
const QUALIFIER_ALONE = defineWordTag(QUALIFIERS.filter(([w]) => w.length === 1).map(([w]) => w[0]));
const QUALIFIER_SECOND = defineWordTag(QUALIFIERS.filter(([w]) => w.length > 1).map(([w]) => w[1]));
/** Words after which `a` reads as one (`a hundred`, `a million`, `a dollar`). */
const AFTER_A = defineWordTag(['hundred', 'thousand', ...Object.keys(WORD_CURRENCY), ...Object.keys(SCALE_WORDS)]);
const MONTH = defineWordTag(MONTHS);

/** Cheap test so that most tokens (ordinary words) are passed over without trying the patterns. */
function canStartFigure(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'word') return mayStartAmount(t);
  // `a` starts an amount only as `a hundred`, `a million`, `a dollar` or `A$`.
  if (t.tags & STARTER) return t.lower !== 'a' || tokens[i + 1]?.text === '$' || ((tokens[i + 1]?.tags ?? 0) & AFTER_A) !== 0;
  if (t.tags & MULTIPLE_WORD) return true;
  // A qualifier counts only when an amount can start right after it; other words read no amount at their own
  // position (`between` only matters to the amount after it).
  if (t.tags & QUALIFIER_START) {
    if (!(t.tags & QUALIFIER_ALONE) && !((tokens[i + 1]?.tags ?? 0) & QUALIFIER_SECOND)) return false; // `in`, `at`, `as`
    const q = matchQualifier(tokens, i);
    return q !== undefined && (mayStartAmount(tokens[i + q.length]) || ((tokens[i + q.length]?.tags ?? 0) & MULTIPLE_WORD) !== 0);
  }
  return false;
}

/** Whether readAmount can succeed at this token: a number, a sign, or a word of STARTER. */
function mayStartAmount(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') return t.end - t.start === 1 && AMOUNT_SIGNS.has(t.text.charCodeAt(0));
  return (t.tags & STARTER) !== 0;
}

/** Signs an amount can start with (`(`, `-`, `−`, currency signs), by code: punctuation needs no table lookup. */
const AMOUNT_SIGNS = new Set(['(', '-', '−', ...Object.keys(SIGN_CURRENCY)].map((s) => s.charCodeAt(0)));

const IRREGULAR_PLURALS = new Set(['people', 'employees', 'staff', 'children', 'men', 'women', 'personnel', 'headcount']);

const SHARE = new Set(['share', 'ads', 'adr', 'adss']);

/** Words before a number that make it a label, rank or index rather than a count (`Section 21`, `top 3`). */
const NOT_COUNT_BEFORE = new Set([
  'speaker', 'section', 'page', 'slide', 'note', 'item', 'top', 'bottom', 'number', 'no', 'phase', 'version', 'chapter',
  'table', 'exhibit', 'figure', 'part', 'article', 'rule', 'form', 'tier', 'level', 'step', 'question', 'line', 'gen',
  'generation', 'model', 'series', 'class', 'round', 'day', 'week', 'month', 'quarter', 'year', 'q',
]);

/** Words that join clauses, never modifiers of a counted noun (`11 drilled but uncompleted wells` is not read). */
const PHRASE_BREAK = new Set(['but', 'not', 'than', 'then', 'so', 'if', 'when', 'which', 'who', 'where', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'have', 'had', 'be', 'been', 'being', 'do', 'did']);

/** Words between a named count and its number: `were`, `of`, `totaled`, `stood at`. */
const COUNT_LINK = defineWordTag(['to', 'of', 'was', 'were', 'is', 'are', 'totaled', 'totalled', 'at', 'reached']);

/** Leading words of a counted phrase that say how the count changed, not what is counted. */
const CHANGE_WORDS = new Set(['new', 'additional', 'more', 'net', 'incremental', 'further', 'extra', 'another', 'total']);

/** The unit of a counted phrase (see countPhrase): change words dropped, share counts reduced to their class. */
function countUnit(words: string[]): string {
  const head = words[words.length - 1];
  if (head === 'shares') return words.includes('diluted') ? 'diluted shares' : words.includes('basic') ? 'basic shares' : 'shares';
  let from = 0;
  while (from < words.length - 1 && CHANGE_WORDS.has(words[from])) from++;
  return words.slice(from).join(' ');
}
/** What may stand between a per-share amount and its restatement or comparison. */
const ALTERNATIVE_LINK = new Set([',', 'or', 'compared', 'with', 'to', 'versus', 'vs', 'from', 'against']);
const COMPARED_WORDS = new Set(['from', 'compared', 'versus', 'vs', 'against']);
const PROFIT_WORDS = new Set(['income', 'profit', 'profits', 'earnings', 'gain', 'gains', 'positive', 'ebitda', 'revenue', 'revenues', 'sales']);
/** Losses a lender or insurer provides for: amounts of an expense line, positive. */
const PROVISIONED_LOSSES = new Set(['credit', 'loan', 'lending', 'claims', 'catastrophe', 'expected']);
const LOSS_GLUE = new Set(['per', 'share', 'ads', 'adr', 'diluted', 'basic', 'of', 'was', 'were', 'is', 'totaled', 'totalled', 'totaling', 'amounted', 'to', 'at', 'came', 'in', 'a', 'net', 'approximately', 'about', 'around', 'roughly']);

const STOP = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'was', 'were', 'are',
  'this', 'that', 'these', 'those', 'we', 'our', 'it', 'its', 'per', 'year', 'quarter', 'million', 'billion', 'thousand',
]);

/** A bare number can only become a figure when a word, a number, `%`, a dash or a detached `.` follows it. */
function mayContinue(next: Token | undefined): boolean {
  if (!next) return false;
  if (next.kind !== 'sym') return true;
  const c = next.text;
  return c === '%' || c === '-' || c === '–' || (c === '.' && next.spaced);
}

const POWERS = new Map<number, Decimal>();
function pow10(exp: number): Decimal {
  let p = POWERS.get(exp);
  if (!p) POWERS.set(exp, (p = new Decimal(10).pow(exp)));
  return p;
}

function scaled(a: Amount, mantissa: Decimal, negativeFromLoss: boolean): { value: string; resolution: string } {
  let exp = a.scale;
  if (a.unit === 'cents') exp -= 2;
  let x = exp === 0 ? mantissa : mantissa.times(pow10(exp));
  if (a.negative || negativeFromLoss) x = x.negated();
  const dp = Math.max(0, a.num.decimals - exp);
  return { value: x.toFixed(dp), resolution: resolutionOf(exp - a.num.decimals) };
}

/** `10^exp` written out (`100000`, `0.01`), kept per exponent. */
const RESOLUTIONS = new Map<number, string>();
function resolutionOf(exp: number): string {
  let r = RESOLUTIONS.get(exp);
  if (r === undefined) RESOLUTIONS.set(exp, (r = pow10(exp).toFixed()));
  return r;
}
