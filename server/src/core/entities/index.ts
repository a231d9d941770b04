// Financial entities: find figures in the text, normalise them, attribute metric / period / speaker.
import { attribute } from '../attribution';
import { findPeriods, resolvePeriodYears } from '../periods';
import type { Entity, Settings, Speaker, Turn } from '../types';
import { declaredAt, declaredCurrencies, dominantCurrency, type CurrencyDeclaration } from './currency';
import { FigureReader } from './figures';
import { chunkEnd, tokenize } from './tokens';

export interface EntityContext {
  turns: Turn[];
  speakers: Speaker[];
  settings: Settings;
}

/** Characters per chunk: large enough that chunk edges are rare, small enough that tokens stay short-lived. */
const CHUNK = 65_536;

export function extractEntities(text: string, context: EntityContext): Entity[] {
  const declarations: CurrencyDeclaration[] = [];
  let fallback = context.settings.defaultCurrency;
  const currencyAt = (offset: number): string | undefined => declaredAt(declarations, offset) ?? fallback;
  const figures: Entity[] = [];
  const entities: Entity[] = [];
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from, CHUNK);
    const tokens = tokenize(text, from, to);
    declarations.push(...declaredCurrencies(tokens));
    const chunkFigures = new FigureReader(text, tokens, { currencyAt }).read();
    const periods = withoutOverlaps(findPeriods(text, tokens), chunkFigures);
    const chunk = [...chunkFigures, ...periods].sort((a, b) => a.start - b.start || a.end - b.end);
    attribute(text, tokens, chunk, context.turns);
    figures.push(...chunkFigures);
    entities.push(...chunk);
    from = to;
  }
  if (!fallback) {
    // No stated default: bare amounts take the currency most of the call's explicit amounts use.
    const dominant = dominantCurrency(figures);
    if (dominant) {
      for (const f of figures) {
        if (f.kind === 'money' && !f.currency && !declaredAt(declarations, f.start)) {
          f.currency = dominant;
          f.reading = `${f.reading ? `${f.reading}; ` : ''}currency ${dominant} inferred from the call's other amounts`;
        }
      }
      fallback = dominant;
    }
  }
  for (const f of figures) {
    // Cents with no currency anywhere in the call: the dollar is by far the most common.
    if (f.kind === 'money' && !f.currency && /\bcents?\b/i.test(f.text)) f.currency = 'USD';
  }
  resolvePeriodYears(entities);
  return entities;
}

/** Periods that overlap no figure; both lists are sorted by start, so one sweep suffices. */
function withoutOverlaps(periods: Entity[], figures: Entity[]): Entity[] {
  const out: Entity[] = [];
  let f = 0;
  for (const p of periods) {
    while (f < figures.length && figures[f].end <= p.start) f++;
    let overlaps = false;
    for (let g = f; g < figures.length && figures[g].start < p.end; g++) {
      if (figures[g].end > p.start) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) out.push(p);
  }
  return out;
}
