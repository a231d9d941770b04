// Financial entities: find figures in the text, normalise them, attribute metric / period / speaker.
import { attribute, attributeTurns } from '../attribution';
import { findPeriods, resolvePeriodYears } from '../periods';
import type { Entity, Settings, Speaker, Turn } from '../types';
import { declaredAt, declaredCurrencies, dominantCurrency, type CurrencyDeclaration } from './currency';
import { FigureReader } from './figures';
import { EntityMemo, type PieceReading } from './memo';
import { piecesOf } from './pieces';
import { chunkEnd, tokenize } from './tokens';

export { createEntityMemo, EntityMemo } from './memo';

export interface EntityContext {
  turns: Turn[];
  speakers: Speaker[];
  settings: Settings;
  /** Entities of each turn from earlier calls on the same document (see createEntityMemo); results are identical
   * with and without it, only faster when most turns are unchanged. */
  memo?: EntityMemo;
}

/** Characters per chunk: large enough that chunk edges are rare, small enough that tokens stay short-lived. */
const CHUNK = 65_536;

export function extractEntities(text: string, context: EntityContext): Entity[] {
  const { memo } = context;
  memo?.begin();
  const declarations: CurrencyDeclaration[] = [];
  let fallback = context.settings.defaultCurrency;
  const entities: Entity[] = [];
  for (const piece of piecesOf(text.length, context.turns)) {
    // A piece reads the same wherever it stands, given the currency in force where it starts.
    const inherited = declarations.length > 0 ? declarations[declarations.length - 1].currency : fallback;
    let reading: PieceReading | undefined;
    if (memo) {
      const pieceText = text.slice(piece.start, piece.end);
      reading = memo.get(pieceText, inherited ?? '', piece.start);
      if (!reading) {
        reading = readPiece(text, piece.start, piece.end, inherited);
        memo.set(pieceText, inherited ?? '', piece.start, reading);
      }
    } else reading = readPiece(text, piece.start, piece.end, inherited);
    for (const d of reading.declarations) declarations.push(d);
    for (const e of reading.entities) entities.push(e);
  }
  memo?.end();
  attributeTurns(entities, context.turns);
  const figures = entities.filter((e) => e.kind !== 'period');
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

/** Entities of text[from, to), read on that span alone; `inherited` is the currency in force at `from`. */
function readPiece(text: string, from: number, to: number, inherited: string | undefined): PieceReading {
  const declarations: CurrencyDeclaration[] = [];
  const currencyAt = (offset: number): string | undefined => declaredAt(declarations, offset) ?? inherited;
  const entities: Entity[] = [];
  for (let start = from; start < to; ) {
    const end = chunkEnd(text, start, CHUNK, to);
    const tokens = tokenize(text, start, end);
    for (const d of declaredCurrencies(tokens)) declarations.push(d);
    const figures = new FigureReader(text, tokens, { currencyAt }).read();
    const periods = withoutOverlaps(findPeriods(text, tokens), figures);
    // Both lists are in text order and never overlap: sort only when both have entries.
    const chunk = periods.length === 0 ? figures : figures.length === 0 ? periods : [...figures, ...periods].sort((a, b) => a.start - b.start || a.end - b.end);
    attribute(text, tokens, chunk, []);
    for (const e of chunk) entities.push(e);
    start = end;
  }
  return { entities, declarations };
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
