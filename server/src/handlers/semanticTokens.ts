// Semantic tokens for speaker labels, timestamps and figures by kind. They cover what the TextMate grammar
// cannot (it stops past 20,000 characters a line): a scraped page on one 76 KB line still gets coloured.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, EntityKind } from '../core/types';

export const TOKEN_TYPES = ['speaker', 'timestamp', 'money', 'percent', 'percentagePoints', 'basisPoints', 'multiple', 'count', 'period'] as const;
export const TOKEN_MODIFIERS = ['malformed', 'repaired'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
const ENTITY_TOKEN: Record<EntityKind, TokenType> = {
  money: 'money',
  percent: 'percent',
  'percentage-points': 'percentagePoints',
  'basis-points': 'basisPoints',
  multiple: 'multiple',
  count: 'count',
  period: 'period',
};
const typeIndex = (t: TokenType) => TOKEN_TYPES.indexOf(t);
const MALFORMED = 1 << TOKEN_MODIFIERS.indexOf('malformed');
const REPAIRED = 1 << TOKEN_MODIFIERS.indexOf('repaired');

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

/** Tokens sorted and non-overlapping (the protocol requires it), restricted to [from, to) when given. */
export function collectTokens(analysis: Analysis, from = 0, to = Number.MAX_SAFE_INTEGER): Token[] {
  const tokens: Token[] = [];
  for (const t of analysis.turns) {
    tokens.push({ start: t.labelSpan.start, end: t.labelSpan.end, type: typeIndex('speaker'), modifiers: 0 });
    if (t.timestampSpan) tokens.push({ start: t.timestampSpan.start, end: t.timestampSpan.end, type: typeIndex('timestamp'), modifiers: 0 });
  }
  for (const e of analysis.entities) {
    const type = ENTITY_TOKEN[e.kind];
    if (!type) continue;
    tokens.push({ start: e.start, end: e.end, type: typeIndex(type), modifiers: (e.malformed ? MALFORMED : 0) | (e.reading ? REPAIRED : 0) });
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Token[] = [];
  let lastEnd = -1;
  for (const tok of tokens) {
    if (tok.end <= tok.start || tok.start < lastEnd || tok.end <= from || tok.start >= to) continue;
    out.push(tok);
    lastEnd = tok.end;
  }
  return out;
}

/** Encode as the protocol's relative integers; a token that crosses a line break is split per line. */
export function encodeTokens(tokens: Token[], document: TextDocument): SemanticTokens {
  const data: number[] = [];
  const length = document.getText().length;
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, char: number, len: number, tok: Token) => {
    if (len <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, len, tok.type, tok.modifiers);
    prevLine = line;
    prevChar = char;
  };
  for (const tok of tokens) {
    const start = Math.max(0, Math.min(length, tok.start));
    const end = Math.max(start, Math.min(length, tok.end));
    const s = document.positionAt(start);
    const e = document.positionAt(end);
    if (s.line === e.line) {
      push(s.line, s.character, e.character - s.character, tok);
      continue;
    }
    for (let line = s.line; line <= e.line; line++) {
      const lineStart = line === s.line ? start : document.offsetAt({ line, character: 0 });
      const lineEnd = line === e.line ? end : document.offsetAt({ line: line + 1, character: 0 });
      const text = document.getText().slice(lineStart, lineEnd).replace(/\r?\n$/, '');
      push(line, line === s.line ? s.character : 0, text.length, tok);
    }
  }
  return { data };
}
