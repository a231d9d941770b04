// Inlay hints after figures that had to be repaired or could not be read with confidence, showing the value
// we settled on, so a garbled `RMB207 1,000,000` visibly reads as CNY 207,000,000.
import type { InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity } from '../core/types';
import { canonicalValue } from './figureFormat';
import { MarkdownBuilder, md } from './markdown';

export function buildInlayHints(entities: readonly Entity[], document: TextDocument, from: number, to: number): InlayHint[] {
  const length = document.getText().length;
  const hints: InlayHint[] = [];
  for (const e of entities) {
    if (!e.malformed && !e.reading) continue;
    if (e.end < from || e.end > to || e.end > length) continue;
    const value = canonicalValue(e);
    if (value === undefined) continue;
    const tooltip = new MarkdownBuilder();
    if (e.reading) tooltip.paragraph(`${md.italic('Read as')}: ${md.text(e.reading)}`);
    if (e.malformed) tooltip.paragraph(`${md.italic('Malformed')}: ${md.text(e.malformed.reason)}`);
    hints.push({
      position: document.positionAt(e.end),
      label: `= ${e.kind === 'count' && e.unit ? `${value} ${e.unit}` : value}${e.malformed ? '?' : ''}`,
      paddingLeft: true,
      tooltip: { kind: 'markdown', value: tooltip.toString() },
    });
  }
  return hints;
}
