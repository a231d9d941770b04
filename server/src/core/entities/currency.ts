// The call's own statement of its currency ("all figures ... are denominated in RMB", "unless otherwise stated,
// ... in euros") and the currency most explicit amounts use.
import type { Entity } from '../types';
import { CODE_CURRENCY, DOLLAR_ADJECTIVE, WORD_CURRENCY } from './lexicon';
import { defineWordTag, type Token } from './tokens';

export interface CurrencyDeclaration {
  offset: number;
  currency: string;
}

const TRIGGER = defineWordTag(['denominated', 'expressed', 'stated', 'reported', 'presented', 'otherwise', 'quoted']);

/** "all figures are in euros", "all amounts are in Canadian dollars": the figures named, then `in <currency>`. */
const SUBJECT = defineWordTag(['figures', 'amounts', 'numbers', 'financials', 'results']);
const LINK = defineWordTag(['are', 'were', 'is', 'will', 'be', 'all', 'shown', 'given', 'reported', 'expressed', 'stated', 'presented', 'quoted', 'denominated']);

export function declaredCurrencies(tokens: Token[]): CurrencyDeclaration[] {
  const out: CurrencyDeclaration[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].tags & SUBJECT) {
      let j = i + 1;
      while (j < tokens.length && j < i + 5 && tokens[j].tags & LINK) j++;
      const c = j > i + 1 && tokens[j]?.lower === 'in' ? currencyWordAt(tokens, j + 1) : undefined;
      if (c) {
        out.push({ offset: tokens[j + 1].start, currency: c });
        continue;
      }
    }
    if (!(tokens[i].tags & TRIGGER)) continue;
    // Look a short way ahead for `in <currency>`.
    for (let j = i + 1; j < tokens.length && j < i + 16; j++) {
      if (tokens[j].text === '.' || tokens[j].text === '?') break;
      if (tokens[j].lower !== 'in') continue;
      const c = currencyWordAt(tokens, j + 1);
      if (c) {
        out.push({ offset: tokens[j + 1].start, currency: c });
        break;
      }
    }
  }
  return out;
}

function currencyWordAt(tokens: Token[], j: number): string | undefined {
  const a = tokens[j];
  if (!a || a.kind !== 'word') return undefined;
  if (CODE_CURRENCY[a.lower] && a.text === a.text.toUpperCase()) return CODE_CURRENCY[a.lower];
  const b = tokens[j + 1];
  if (DOLLAR_ADJECTIVE[a.lower] && b && (b.lower === 'dollars' || b.lower === 'dollar')) return DOLLAR_ADJECTIVE[a.lower];
  if (WORD_CURRENCY[a.lower] && !CODE_CURRENCY[a.lower]) return WORD_CURRENCY[a.lower];
  return undefined;
}

export function dominantCurrency(entities: Entity[]): string | undefined {
  const counts = new Map<string, number>();
  for (const e of entities) if (e.kind === 'money' && e.currency) counts.set(e.currency, (counts.get(e.currency) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return best;
}

/** The currency declared last before `offset` (declarations are in text order). */
export function declaredAt(declarations: CurrencyDeclaration[], offset: number): string | undefined {
  let lo = 0;
  let hi = declarations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (declarations[mid].offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? declarations[lo - 1].currency : undefined;
}
