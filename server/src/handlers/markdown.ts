// A tiny markdown builder for hovers. Anything that came from the transcript goes through `escapeMarkdown`,
// so a speaker called `*_[x](command:...)_*` renders as those characters and never as a link or emphasis.

/** Characters CommonMark lets us backslash-escape that could otherwise start markup (emphasis, code, links,
 * HTML, tables, headings, lists, math), and a colon after a letter so `scheme:` never autolinks. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+\-!|~&.$]|(?<=[A-Za-z]):/g;

/** Escape transcript text for inline markdown: whitespace runs (newlines included) become one space so a
 * quote cannot break out of its paragraph or start a block. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, '\\$&');
}

/** Markdown that is safe to insert as is: either built by us from digits and fixed words, or escaped. */
export type SafeMarkdown = string & { readonly __safe?: true };

export const md = {
  text: (raw: string): SafeMarkdown => escapeMarkdown(raw),
  bold: (raw: string): SafeMarkdown => `**${escapeMarkdown(raw)}**`,
  italic: (raw: string): SafeMarkdown => `*${escapeMarkdown(raw)}*`,
  /** Bold around markdown we produced ourselves (canonical figures). */
  boldSafe: (safe: SafeMarkdown): SafeMarkdown => `**${safe}**`,
};

/** Collects blocks (paragraphs, quotes, lists) and joins them with blank lines. */
export class MarkdownBuilder {
  private readonly blocks: string[] = [];

  /** A paragraph made of safe parts joined by ` · `; empty parts are dropped. */
  paragraph(...parts: (SafeMarkdown | undefined)[]): this {
    const kept = parts.filter((p): p is SafeMarkdown => !!p);
    if (kept.length) this.blocks.push(kept.join(' · '));
    return this;
  }

  /** A block quote of transcript text, escaped. */
  quote(raw: string): this {
    this.blocks.push(`> ${escapeMarkdown(raw)}`);
    return this;
  }

  /** A bullet list of safe items, with an optional safe heading line. */
  list(items: SafeMarkdown[], heading?: SafeMarkdown): this {
    if (!items.length) return this;
    const lines = items.map((i) => `- ${i}`);
    this.blocks.push(heading ? `${heading}\n${lines.join('\n')}` : lines.join('\n'));
    return this;
  }

  /** Markdown written elsewhere and already escaped (e.g. a finding's `explanation`). */
  trusted(safe: SafeMarkdown): this {
    if (safe) this.blocks.push(safe);
    return this;
  }

  get isEmpty(): boolean {
    return this.blocks.length === 0;
  }

  toString(): string {
    return this.blocks.join('\n\n');
  }
}
