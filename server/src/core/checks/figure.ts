// A figure as the checks see it: an entity with the interval it stands for, plus the builders every rule shares.
import Decimal from 'decimal.js';
import { formatInterval, type Interval, stated } from '../interval';
import type { Entity, Finding, RelatedSpan, Severity } from '../types';
import { escapeMarkdown } from './escape';

/** Resolution of a figure from its text when the extractor gave none: the place of the last stated digit. */
export function inferResolution(e: Entity): string | undefined {
  if (e.value === undefined) return undefined;
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(e.text);
  const v = new Decimal(e.value);
  if (!m) return undefined;
  const decimals = m[2]?.length ?? 0;
  const shown = new Decimal(`${m[1].replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  if (shown.isZero()) return new Decimal(10).pow(-decimals).toString();
  // Scale word (million, bn, k): the ratio between the value and the digits as written.
  const factor = v.abs().div(shown).toDecimalPlaces(0);
  const unit = factor.isZero() ? new Decimal(1) : factor;
  return unit.times(new Decimal(10).pow(-decimals)).toString();
}

/** The interval a (well-formed) entity stands for, or undefined when it has no usable value. */
export function intervalOf(e: Entity, tolerance: number): Interval | undefined {
  if (e.value === undefined || e.malformed) return undefined;
  const resolution = e.resolution ?? inferResolution(e) ?? '0';
  if (e.high !== undefined) {
    const lo = stated(e.value, resolution, e.qualifier, tolerance).lo;
    const hi = stated(e.high, resolution, e.qualifier, tolerance).hi;
    return { lo, hi };
  }
  return stated(e.value, resolution, e.qualifier, tolerance);
}

/** A percent entity as a fraction interval (11.3% → [0.1125, 0.1135]). */
export function fractionOf(e: Entity, tolerance: number): Interval | undefined {
  return fractionOfInterval(intervalOf(e, tolerance));
}

/** A percent interval as a fraction interval. */
export function fractionOfInterval(iv: Interval | undefined): Interval | undefined {
  if (!iv) return undefined;
  return { lo: iv.lo && iv.lo.div(100), hi: iv.hi && iv.hi.div(100) };
}

export function percentInterval(iv: Interval): string {
  return formatInterval({ lo: iv.lo && iv.lo.times(100), hi: iv.hi && iv.hi.times(100) }, 2);
}

export function related(e: { start: number; end: number }, message: string): RelatedSpan {
  return { start: e.start, end: e.end, message };
}

export interface FindingInput {
  code: string;
  severity?: Severity;
  target: { start: number; end: number };
  message: string;
  related: RelatedSpan[];
  /** Lines of the hover: pairs of label and value; values are transcript text or computed numbers, escaped here. */
  explanation: [string, string][];
  replacement?: string;
}

export function finding(input: FindingInput): Finding {
  const lines = input.explanation.map(([label, value]) => `- ${label}: ${escapeMarkdown(value)}`);
  const f: Finding = {
    code: input.code,
    severity: input.severity ?? 'warning',
    start: input.target.start,
    end: input.target.end,
    message: input.message,
    related: input.related,
    explanation: `**${input.code}**\n\n${lines.join('\n')}`,
  };
  if (input.replacement !== undefined) f.replacement = input.replacement;
  return f;
}
