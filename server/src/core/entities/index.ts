// Financial entities: find figures in the text, normalise them, attribute metric / period / speaker.
import { attribute } from '../attribution';
import { findPeriods } from '../periods';
import type { Entity, Settings, Speaker, Turn } from '../types';
import { declaredCurrencies, dominantCurrency } from './currency';
import { FigureReader } from './figures';
import { tokenize } from './tokens';

export interface EntityContext {
  turns: Turn[];
  speakers: Speaker[];
  settings: Settings;
}

export function extractEntities(text: string, context: EntityContext): Entity[] {
  const tokens = tokenize(text);
  const declarations = declaredCurrencies(tokens);
  let fallback = context.settings.defaultCurrency;
  const currencyAt = (offset: number): string | undefined => {
    let c: string | undefined;
    for (const d of declarations) if (d.offset <= offset) c = d.currency;
    return c ?? fallback;
  };
  const figures = new FigureReader(text, tokens, { currencyAt }).read();
  if (!fallback) {
    // No stated default: bare amounts take the currency most of the call's explicit amounts use.
    const dominant = dominantCurrency(figures);
    if (dominant) {
      for (const f of figures) {
        if (f.kind === 'money' && !f.currency && !declarations.some((d) => d.offset <= f.start)) {
          f.currency = dominant;
          f.reading = `${f.reading ? `${f.reading}; ` : ''}currency ${dominant} inferred from the call's other amounts`;
        }
      }
      fallback = dominant;
    }
  }
  const periods = findPeriods(text, tokens).filter((p) => !figures.some((f) => f.start < p.end && p.start < f.end));
  const entities = [...figures, ...periods].sort((a, b) => a.start - b.start || a.end - b.end);
  attribute(text, tokens, entities, context.turns);
  return entities;
}
