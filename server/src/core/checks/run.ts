// What every rule of one checks pass shares: the text lower-cased once, the attributed figures, and the interval of
// each entity computed at most once (decimal arithmetic is the dearest step of a check).
import type { Interval } from '../interval';
import type { Entity } from '../types';
import type { Figure } from './attribution';
import { intervalOf } from './figure';

export interface LowerText {
  text: string;
  /** `text.toLowerCase()`. */
  lower: string;
  /** True when `lower` has the length of `text` (no `İ`), so an offset into one is an offset into the other. */
  aligned: boolean;
}

export function lowerText(text: string): LowerText {
  const lower = text.toLowerCase();
  return { text, lower, aligned: lower.length === text.length };
}

/** `text.slice(start, end).toLowerCase()`, sliced from the shared lower-case copy when the offsets agree. */
export function lowerSlice(t: LowerText, start: number, end: number): string {
  return t.aligned ? t.lower.slice(start, end) : t.text.slice(start, end).toLowerCase();
}

export interface CheckRun extends LowerText {
  figures: Figure[];
  tolerance: number;
  /** The interval of an entity at the run's tolerance (or the one given), cached per entity object. */
  interval(e: Entity, tolerance?: number): Interval | undefined;
}

export function checkRun(t: LowerText, figures: Figure[], tolerance: number): CheckRun {
  const caches = new Map<number, Map<Entity, Interval | undefined>>();
  return {
    ...t,
    figures,
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
