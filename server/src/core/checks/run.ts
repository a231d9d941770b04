// What every rule of one checks pass shares: the text with its lower-case readings, the attributed figures, and the
// interval of each entity computed at most once (decimal arithmetic is the dearest step of a check).
import type { Interval } from '../interval';
import type { Entity, Turn } from '../types';
import type { Figure } from './attribution';
import { intervalOf } from './figure';

/** Lower-case readings of parts of a text. Lower-casing a whole transcript costs more than every rule together, so
 * only the parts a rule reads are lower-cased. */
export interface LowerText {
  text: string;
  /** True when lower-casing keeps every offset (no `İ`, the one character that grows). */
  aligned: boolean;
  /** `text.toLowerCase()`, made on first use. */
  whole(): string;
}

export function lowerText(text: string): LowerText {
  let whole: string | undefined;
  return {
    text,
    aligned: !text.includes('\u0130'),
    whole: () => (whole ??= text.toLowerCase()),
  };
}

/** `text.slice(start, end).toLowerCase()`. */
export function lowerSlice(t: LowerText, start: number, end: number): string {
  return t.text.slice(start, end).toLowerCase();
}

/** `text.toLowerCase().slice(start, end)`: the same as `lowerSlice` unless an `İ` shifts the offsets. */
export function lowerAt(t: LowerText, start: number, end: number): string {
  return t.aligned ? t.text.slice(start, end).toLowerCase() : t.whole().slice(start, end);
}

export interface CheckRun extends LowerText {
  figures: Figure[];
  turns: Turn[];
  tolerance: number;
  /** The interval of an entity at the run's tolerance (or the one given), cached per entity object. */
  interval(e: Entity, tolerance?: number): Interval | undefined;
}

export function checkRun(t: LowerText, figures: Figure[], tolerance: number, turns: Turn[] = []): CheckRun {
  const caches = new Map<number, Map<Entity, Interval | undefined>>();
  return {
    ...t,
    figures,
    turns,
    tolerance,
    interval(e, tol = tolerance) {
      let cache = caches.get(tol);
      if (!cache) caches.set(tol, (cache = new Map()));
      if (cache.has(e)) return cache.get(e);
      const iv = intervalOf(e, tol);
      cache.set(e, iv);
      return iv;
    },
  };
}
