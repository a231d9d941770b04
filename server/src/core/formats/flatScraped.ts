// Web pages copied flat: labels glued to their timestamp and to the sentence before them,
// `...please go ahead. Speaker 100:00:41Thank you` = Speaker 1 at 00:00:41. Timestamps are always HH:MM:SS,
// so the speaker number is whatever digits come before the last two before the first colon.
import type { FormatReader, RawTurn, Segmentation } from './format';

// Find timestamps first (cheap), then read the label glued before each one.
const TIMESTAMP = /(\d{2}):([0-5]\d):([0-5]\d)/g;
const ROLE_LABEL_BEFORE = /(?:Operator|Moderator|Speaker \d{1,3})$/;
const NAME_LABEL_BEFORE = /(?:[A-Z][a-zA-Z'’.-]{0,30} ){0,3}[A-Z][a-zA-Z'’.-]{0,30}$/;
// Scraped chrome glued to the last sentence: `stand by.Read more`, `available.Conference Call`.
const GLUED_CHROME = /[a-z0-9)][.!?](?=[A-Z][a-z])/g;

export const flatScrapedReader: FormatReader = {
  id: 'flat-scraped',
  detect(text) {
    const head = text.slice(0, 50_000);
    let n = 0;
    for (const m of head.matchAll(/(?:Operator|Speaker \d{1,3})\d{2}:[0-5]\d:[0-5]\d/g)) {
      if (++n >= 3) break;
      void m;
    }
    return n >= 3 ? 0.9 : n * 0.25;
  },
  segment(text) {
    const turns: RawTurn[] = [];
    const seg: Segmentation = { format: 'flat-scraped', turns, sections: [], participants: [] };
    const labels: { label: string; start: number; labelEnd: number; ts: string; tsStart: number; tsEnd: number; seconds: number }[] = [];
    TIMESTAMP.lastIndex = 0;
    for (let m = TIMESTAMP.exec(text); m; m = TIMESTAMP.exec(text)) {
      const tsStart = m.index;
      const head = text.slice(Math.max(0, tsStart - 130), tsStart);
      const role = ROLE_LABEL_BEFORE.exec(head);
      const named = role ? null : NAME_LABEL_BEFORE.exec(head);
      if (!role && !named) continue;
      let label = (role ?? named)![0];
      let start = tsStart - label.length;
      if (named) {
        // A named label must start a sentence; drop words of the previous sentence glued before it.
        const trimmed = trimToSentenceStart(text, start, label);
        if (!trimmed) continue;
        start = trimmed.start;
        label = trimmed.label;
      }
      const tsEnd = tsStart + m[0].length;
      const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
      labels.push({ label: label.includes('  ') ? label.replace(/\s+/g, ' ') : label, start, labelEnd: start + label.length, ts: m[0], tsStart, tsEnd, seconds });
    }
    const cutAtChrome = chromeCutter(text);
    for (let i = 0; i < labels.length; i++) {
      const l = labels[i];
      let end = i + 1 < labels.length ? labels[i + 1].start : text.length;
      end = cutAtChrome(l.tsEnd, end);
      let bodyEnd = end;
      while (bodyEnd > l.tsEnd && /\s/.test(text[bodyEnd - 1])) bodyEnd--;
      turns.push({
        label: l.label,
        labelSpan: { start: l.start, end: l.labelEnd },
        start: l.start,
        end: bodyEnd,
        body: { start: l.tsEnd, end: bodyEnd },
        timestamp: l.ts,
        timestampSpan: { start: l.tsStart, end: l.tsEnd },
        seconds: l.seconds,
      });
    }
    return seg;
  },
};

/** A turn ends early where page chrome is glued to its last sentence or at a line break. Turns come in order,
 * so the next line break and the next glued sentence are searched once and reused until passed: linear overall. */
function chromeCutter(text: string): (from: number, to: number) => number {
  let newline = -2;
  let chrome = -2;
  return (from, to) => {
    if (newline !== -1 && newline < from) newline = text.indexOf('\n', from);
    if (chrome !== -1 && chrome < from) {
      GLUED_CHROME.lastIndex = from;
      const m = GLUED_CHROME.exec(text);
      chrome = m ? m.index : -1;
    }
    if (newline >= 0 && newline < to) to = newline;
    if (chrome >= 0 && chrome < to) return chrome + 2;
    return to;
  };
}

/** For `...go ahead. Henry He00:23:50`: keep only the capitalised words after the last sentence end. */
function trimToSentenceStart(text: string, start: number, label: string): { start: number; label: string } | undefined {
  const words = label.split(' ');
  // The label must be preceded by start of text, a line break, or sentence punctuation and a space.
  for (let k = 0; k < words.length; k++) {
    const offset = start + words.slice(0, k).join(' ').length + (k ? 1 : 0);
    const before = text.slice(Math.max(0, offset - 2), offset);
    if (offset === 0 || /(^|[.!?]\s|\n)$/.test(before)) {
      const rest = words.slice(k);
      if (rest.length < 2 && !/^(Operator|Moderator)$/.test(rest[0])) return undefined; // one word: too weak
      return { start: offset, label: rest.join(' ') };
    }
  }
  return undefined;
}
