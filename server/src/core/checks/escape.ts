// Transcript text shown in a markdown hover must not be read as markdown (a `*` in a figure, a `_` in a name).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~$]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}
