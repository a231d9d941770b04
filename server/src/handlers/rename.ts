// Rename (F2) on a speaker label renames that speaker's label in every one of their turns.
import type { Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import type { AnalysisIndex } from '../analysisIndex';

export function prepareSpeakerRename(index: AnalysisIndex, document: TextDocument, offset: number): { range: Range; placeholder: string } | null {
  const turn = index.turnWithLabelAt(offset);
  if (!turn) return null;
  return {
    range: { start: document.positionAt(turn.labelSpan.start), end: document.positionAt(turn.labelSpan.end) },
    placeholder: document.getText().slice(turn.labelSpan.start, turn.labelSpan.end),
  };
}

/** One edit per turn of the speaker whose label is at `offset`; null when the offset is not on a label. */
export function speakerRenameEdits(analysis: Analysis, index: AnalysisIndex, document: TextDocument, offset: number, newName: string): TextEdit[] | null {
  const turn = index.turnWithLabelAt(offset);
  if (!turn) return null;
  return analysis.turns
    .filter((t) => t.speakerId === turn.speakerId)
    .sort((a, b) => a.labelSpan.start - b.labelSpan.start)
    .map((t) => ({ range: { start: document.positionAt(t.labelSpan.start), end: document.positionAt(t.labelSpan.end) }, newText: newName }));
}
