// A hand-written single-pass tokenizer: every character is looked at once, so the cost is linear in the
// text whatever it contains (no regular expression can backtrack here).

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-case text, for matching words. */
  lower: string;
  /** True when whitespace (or the start of text) precedes the token; false when glued to the previous one. */
  spaced: boolean;
  /** For numbers: how many `.` the digits contain (2+ means a garbled figure like `200.6.8`). */
  dots?: number;
  /** For numbers: comma grouping present. */
  commas?: boolean;
}

/** One shared string per ASCII sign, so punctuation tokens allocate no strings. */
const ASCII: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12;
}

/** Tokens of text[from, to); offsets stay absolute. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const n = to;
  let i = from;
  let spaced = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      let dots = 0;
      let commas = false;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 44 || d === 46) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          // A comma groups thousands only when three digits follow; `1,2` is a list.
          if (d === 44) {
            if (!(i + 3 < n && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !(i + 4 < n && isDigit(text.charCodeAt(i + 4))))) break;
            if (dots > 0) break;
            commas = true;
          } else dots++;
          i++;
        } else break;
      }
      const t = text.slice(start, i);
      tokens.push({ kind: 'num', start, end: i, text: t, lower: t, spaced, dots, commas });
    } else if (isLetter(c)) {
      let upper = c < 97 || c > 122;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) {
          if (d < 97 || d > 122) upper = true;
          i++;
        }
        // Keep `we're`, `non-GAAP`-like inner apostrophes in one word; hyphens split (`three-fold` = 3 tokens).
        else if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
      const t = text.slice(start, i);
      // Most words are already lower case: share the string instead of allocating a copy.
      tokens.push({ kind: 'word', start, end: i, text: t, lower: upper ? t.toLowerCase() : t, spaced, dots: 0, commas: false });
    } else {
      // Surrogate pairs (rare currency signs, emoji) stay whole; a run of one repeated sign (`$$$$`, `----`) is one
      // token, which is never a figure and keeps adversarial input from making millions of tokens.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) i += 2;
      else {
        i++;
        while (i < n && text.charCodeAt(i) === c) i++;
      }
      const t = i - start === 1 && c < 128 ? ASCII[c] : text.slice(start, i);
      tokens.push({ kind: 'sym', start, end: i, text: t, lower: t, spaced, dots: 0, commas: false });
    }
    spaced = false;
  }
  return tokens;
}

/**
 * End of the chunk that starts at `from`: the first line break (or sentence end) after `size` characters, so that
 * large documents are read in pieces whose tokens die young. Figures never span a line break or a sentence end.
 */
export function chunkEnd(text: string, from: number, size: number): number {
  const n = text.length;
  if (n - from <= size + size / 4) return n;
  const limit = Math.min(n, from + size + 8192);
  let sentence = -1;
  let space = -1;
  for (let i = from + size; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (sentence < 0 && (c === 46 || c === 63 || c === 33) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) sentence = i + 1;
    if (space < 0 && c === 32) space = i + 1;
  }
  return sentence > 0 ? sentence : space > 0 ? space : limit;
}
