// Recognising speaker labels: person names and `Name -- Title -- Firm` style label lines. Used by the
// readers whose label is a line of its own (Motley Fool, Seeking Alpha lists, captions).
import type { SpeakerRole, Span } from '../types';

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'y', 'ter', 'ten', 'st.']);
// Words that follow a capitalised first word in generic labels (`Unknown speaker`, `Unidentified participant`).
const GENERIC_TAILS = new Set(['speaker', 'participant', 'analyst', 'representative', 'company', 'caller', 'executive', 'operator']);
const CAPITALISED = /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\-]*,?$/u;
const NUMBER = /^\d{1,3}$/;

/** Whether `s` reads as a person's name or a generic speaker label: 1–6 capitalised words (particles allowed). */
export function looksLikeName(s: string): boolean {
  if (s.length === 0 || s.length > 60) return false;
  const words = s.split(/\s+/);
  if (words.length > 6 || !CAPITALISED.test(words[0])) return false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (CAPITALISED.test(w) || PARTICLES.has(w) || GENERIC_TAILS.has(w.toLowerCase())) continue;
    if (i === words.length - 1 && NUMBER.test(w)) continue;
    return false;
  }
  return true;
}

export interface LabelPart extends Span {
  text: string;
}

// ` -- `, ` - `, ` — `, ` – ` (spaces required around a hyphen so `Jean-Luc` and `Coca-Cola` stay whole).
const SEPARATOR = /\s+(?:--|-|—|–)\s+|\s*(?:—|–)\s*/g;

/** Splits a label line into parts at dash separators; `offset` is where `s` starts in the document. */
export function splitDashed(s: string, offset: number): LabelPart[] {
  const parts: LabelPart[] = [];
  let from = 0;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(s); m; m = SEPARATOR.exec(s)) {
    if (m[0].length === 0) {
      SEPARATOR.lastIndex++;
      continue;
    }
    parts.push(part(s, from, m.index, offset));
    from = m.index + m[0].length;
  }
  parts.push(part(s, from, s.length, offset));
  return parts;
}

function part(s: string, start: number, end: number, offset: number): LabelPart {
  while (start < end && /\s/.test(s[start])) start++;
  while (end > start && /\s/.test(s[end - 1])) end--;
  return { text: s.slice(start, end), start: offset + start, end: offset + end };
}

export interface DashedLabel {
  name: LabelPart;
  title?: string;
  firm?: string;
  role: SpeakerRole;
}

/**
 * Reads `Name -- Title` (executive) or `Name -- Firm -- Analyst` (analyst). `analystWithoutWord` reads a
 * two-part label as `Name - Firm` (Seeking Alpha's conference call list). Returns undefined when the
 * line is not such a label.
 */
export function parseDashedLabel(s: string, offset: number, analystWithoutWord = false): DashedLabel | undefined {
  if (s.length > 200) return undefined;
  const parts = splitDashed(s, offset);
  if (parts.length < 2 || parts.some((p) => p.text.length === 0 || p.text.length > 100)) return undefined;
  const name = parts[0];
  if (!looksLikeName(name.text)) return undefined;
  const rest = parts.slice(1).map((p) => p.text);
  // A sentence is not a title: it ends in `?`, `!`, or a lowercase word and a full stop (`Good question.`),
  // while titles and firms end in a capitalised word or abbreviation (`Ashdown & Co.`).
  if (rest.some((r) => /[?!:;,]$|\b[a-z]{3,}\.$/.test(r) || /^[a-z]/.test(r))) return undefined;
  // Titles and firms keep their own dashes as written (`Senior VP - Finance`).
  const between = (from: number, to: number) => s.slice(parts[from].start - offset, parts[to].end - offset);
  const last = parts.length - 1;
  if (/^(?:\w+\s+)?analyst$/i.test(rest[rest.length - 1])) {
    return { name, firm: last > 1 ? between(1, last - 1) : undefined, title: parts[last].text, role: 'analyst' };
  }
  if (analystWithoutWord) return { name, firm: between(1, last), role: 'analyst' };
  return { name, title: between(1, last), role: 'executive' };
}

/** `Operator`, with an optional trailing colon. */
export function isOperatorLabel(s: string): boolean {
  return /^operator:?$/i.test(s);
}
