// Folding by line: each section and each turn that spans more than one line.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Span } from '../core/types';

export function buildFoldingRanges(analysis: Analysis, document: TextDocument): FoldingRange[] {
  const length = document.getText().length;
  const seen = new Set<string>();
  const out: FoldingRange[] = [];
  const add = (span: Span) => {
    const start = Math.max(0, Math.min(length, span.start));
    // `end` is exclusive and usually sits after the newline that ends the span: fold up to the last character.
    const end = Math.max(start, Math.min(length, span.end) - 1);
    const startLine = document.positionAt(start).line;
    const endLine = document.positionAt(end).line;
    const key = `${startLine}:${endLine}`;
    if (endLine > startLine && !seen.has(key)) {
      seen.add(key);
      out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
    }
  };
  analysis.sections.forEach(add);
  analysis.turns.forEach(add);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
