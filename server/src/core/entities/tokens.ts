// A hand-written single-pass tokenizer: every character is looked at once, so the cost is linear in the
// text whatever it contains (no regular expression can backtrack here).

export type TokenKind = 'num' | 'word' | 'sym';

/**
 * One token. Its strings are made only when asked for: most words of a call never take part in a figure, so
 * their text is never copied out of the document. `tags` says, without any string, which word lists hold it.
 */
export class Token {
  private textCache: string | undefined;
  private lowerCache: string | undefined;

  constructor(
    private readonly source: string,
    public readonly kind: TokenKind,
    public readonly start: number,
    public readonly end: number,
    /** True when whitespace (or the start of text) precedes the token; false when glued to the previous one. */
    public readonly spaced: boolean,
    /** For numbers: how many `.` the digits contain (2+ means a garbled figure like `200.6.8`). */
    public readonly dots: number,
    /** For numbers: comma grouping present. */
    public readonly commas: boolean,
    /** Bits of the word lists (see `defineWordTag`) that hold this word's lower-case form. */
    public readonly tags: number,
    /** For words: some letter is not lower-case ASCII, so `lower` differs from `text`. */
    private readonly upper: boolean,
    text: string | undefined,
  ) {
    this.textCache = text;
    this.lowerCache = text !== undefined && !upper ? text : undefined;
  }

  get text(): string {
    return (this.textCache ??= this.source.slice(this.start, this.end));
  }

  /** Lower-case text, for matching words. */
  get lower(): string {
    return (this.lowerCache ??= this.upper ? this.text.toLowerCase() : this.text);
  }
}

/**
 * Word lists registered for tagging: lower-case ASCII words in an open-addressing table by hash, so the tokenizer
 * finds a word's tags with a few integer reads and no string. Kept at most half full.
 */
const SLOTS = 4096;
const SLOT_MASK = SLOTS - 1;
const slotWord: string[] = new Array<string>(SLOTS).fill(''); // '' marks an empty slot
const slotHash = new Int32Array(SLOTS);
const slotTags = new Int32Array(SLOTS);
let slotsUsed = 0;
let nextTag = 1;

function hashWord(w: string): number {
  let h = 0;
  for (let k = 0; k < w.length; k++) h = (Math.imul(h, 31) + w.charCodeAt(k)) | 0;
  return h;
}

/** First slot to probe for a hash (its high bits mixed in: the low bits of short words' hashes cluster). */
function home(h: number): number {
  return (h ^ (h >>> 12)) & SLOT_MASK;
}

/** A new tag bit for a list of lower-case words; tokens of those words carry it in `tags`. */
export function defineWordTag(words: Iterable<string>): number {
  const bit = nextTag;
  if (bit > 1 << 30) throw new Error('too many word tags');
  nextTag <<= 1;
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) continue; // tokens of other shapes are never words of one ASCII run
    const h = hashWord(word);
    let i = home(h);
    while (slotWord[i] !== '' && slotWord[i] !== word) i = (i + 1) & SLOT_MASK;
    if (slotWord[i] === '') {
      if (++slotsUsed > SLOTS / 2) throw new Error('too many tagged words');
      slotWord[i] = word;
      slotHash[i] = h;
    }
    slotTags[i] |= bit;
  }
  return bit;
}

/** Tags of text[start, end) read lower-case (ASCII letters only), given its hash; 0 when no list holds it. */
function tagsOf(text: string, start: number, end: number, h: number): number {
  const length = end - start;
  for (let i = home(h); ; i = (i + 1) & SLOT_MASK) {
    const word = slotWord[i];
    if (word === '') return 0;
    if (slotHash[i] !== h || word.length !== length) continue;
    let k = 0;
    while (k < length && (text.charCodeAt(start + k) | 0x20) === word.charCodeAt(k)) k++;
    if (k === length) return slotTags[i];
  }
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
      tokens.push(new Token(text, 'num', start, i, spaced, dots, commas, 0, false, undefined));
    } else if (isLetter(c)) {
      let upper = c < 97 || c > 122;
      // Hash of the lower-case ASCII form, to find the word in the tagged lists without a string.
      let ascii = c < 128;
      let h = c | 0x20;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) {
          if (d < 97 || d > 122) {
            upper = true;
            if (d >= 128) ascii = false;
          }
          h = (Math.imul(h, 31) + (d | 0x20)) | 0;
          i++;
        }
        // Keep `we're`, `non-GAAP`-like inner apostrophes in one word; hyphens split (`three-fold` = 3 tokens).
        else if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
          ascii = false;
          i++;
        } else break;
      }
      const tags = ascii ? tagsOf(text, start, i, h) : 0;
      tokens.push(new Token(text, 'word', start, i, spaced, 0, false, tags, upper, undefined));
    } else {
      // Surrogate pairs (rare currency signs, emoji) stay whole; a run of one repeated sign (`$$$$`, `----`) is one
      // token, which is never a figure and keeps adversarial input from making millions of tokens.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) i += 2;
      else {
        i++;
        while (i < n && text.charCodeAt(i) === c) i++;
      }
      const t = i - start === 1 && c < 128 ? ASCII[c] : undefined;
      tokens.push(new Token(text, 'sym', start, i, spaced, 0, false, 0, false, t));
    }
    spaced = false;
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * End of the chunk of text[from, to) that starts at `from`: the first line break (or sentence end) after `size`
 * characters, so that large documents are read in pieces whose tokens die young. Figures never span a line break or a sentence end.
 */
export function chunkEnd(text: string, from: number, size: number, to = text.length): number {
  const n = to;
  if (n - from <= size + size / 4) return n;
  const limit = Math.min(n, from + size + 8192);
  let sentence = -1;
  let space = -1;
  for (let i = from + size; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (sentence < 0 && (c === 46 || c === 63 || c === 33) && i + 1 < n && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) sentence = i + 1;
    if (space < 0 && c === 32) space = i + 1;
  }
  return sentence > 0 ? sentence : space > 0 ? space : limit;
}
