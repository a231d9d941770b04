// Memo of the entities of each piece of a document, so that re-reading after an edit only reads the pieces whose
// text changed. Entries are stored relative to the piece start and copied out, so callers may mutate results.
import type { Entity } from '../types';
import type { CurrencyDeclaration } from './currency';

/** What reading one piece yields, before the document-wide passes (inferred currency, years, turns). */
export interface PieceReading {
  entities: Entity[];
  declarations: CurrencyDeclaration[];
}

interface Entry {
  reading: PieceReading;
  /** The last extraction that used this entry; older entries are dropped. */
  generation: number;
}

/** Opaque cache for one document: pass the same memo to every extractEntities call on that document. */
export class EntityMemo {
  /** By context key, then by the piece's text (keyed directly: no concatenated copy of the document). */
  private readonly entries = new Map<string, Map<string, Entry>>();
  private generation = 0;
  /** Pieces of the last extraction found in the memo, and pieces read afresh. */
  hits = 0;
  misses = 0;

  /** Starts one extraction. */
  begin(): void {
    this.generation++;
    this.hits = 0;
    this.misses = 0;
  }

  /** Ends one extraction: entries neither used now nor in the previous extraction are dropped (an undo stays cheap). */
  end(): void {
    for (const [context, byText] of this.entries) {
      for (const [text, entry] of byText) if (entry.generation < this.generation - 1) byText.delete(text);
      if (byText.size === 0) this.entries.delete(context);
    }
  }

  /** The reading of `pieceText` under `contextKey`, shifted to start at `offset`, or undefined. */
  get(pieceText: string, contextKey: string, offset: number): PieceReading | undefined {
    const entry = this.entries.get(contextKey)?.get(pieceText);
    if (!entry) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    entry.generation = this.generation;
    return shiftReading(entry.reading, offset);
  }

  /** Remembers `reading` (absolute offsets, piece starting at `offset`); keeps its own copy. */
  set(pieceText: string, contextKey: string, offset: number, reading: PieceReading): void {
    let byText = this.entries.get(contextKey);
    if (!byText) this.entries.set(contextKey, (byText = new Map()));
    byText.set(pieceText, { reading: shiftReading(reading, -offset), generation: this.generation });
  }

  /** Pieces remembered. */
  get size(): number {
    let n = 0;
    for (const byText of this.entries.values()) n += byText.size;
    return n;
  }
}

export function createEntityMemo(): EntityMemo {
  return new EntityMemo();
}

function shiftReading(r: PieceReading, delta: number): PieceReading {
  return {
    entities: r.entities.map((e) => shiftEntity(e, delta)),
    declarations: r.declarations.map((d) => ({ offset: d.offset + delta, currency: d.currency })),
  };
}

/** A deep copy of `e` with every offset moved by `delta`; keys keep their order. */
function shiftEntity(e: Entity, delta: number): Entity {
  const c: Entity = { ...e, start: e.start + delta, end: e.end + delta };
  if (e.metric) c.metric = { ...e.metric, start: e.metric.start + delta, end: e.metric.end + delta };
  if (e.period) {
    c.period = { ...e.period };
    if (e.period.span) c.period.span = { start: e.period.span.start + delta, end: e.period.span.end + delta };
  }
  if (e.malformed) {
    c.malformed = { ...e.malformed };
    if (e.malformed.alternatives) c.malformed.alternatives = [...e.malformed.alternatives];
  }
  return c;
}
