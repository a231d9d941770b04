// One analysis per (document, version, settings), shared by diagnostics, hover, symbols and every other
// feature; dropped when the document closes.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, createAnalysisMemo, type AnalysisMemo } from './core';
import type { Analysis } from './core/types';
import { buildAnalysisIndex, type AnalysisIndex } from './analysisIndex';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  settingsKey: string;
  /** The text that was analysed; spans index into it. */
  text: string;
  analysis: Analysis;
  index: AnalysisIndex;
  /** Wall time of `analyze`, in milliseconds. */
  ms: number;
}

export class AnalysisCache {
  private readonly entries = new Map<string, DocumentAnalysis>();
  private readonly durations = new Map<string, number>();
  /** Per document: what the next analysis can reuse (the figures of unchanged turns). */
  private readonly memos = new Map<string, AnalysisMemo>();

  /** The analysis of this version of the document under these settings, computed at most once. */
  get(document: TextDocument, settings: unknown, settingsKey: string): DocumentAnalysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.settingsKey === settingsKey) return cached;
    // Let the stale analysis go before making the new one: on a large document the two together doubled the peak.
    this.entries.delete(document.uri);
    const text = document.getText();
    const started = performance.now();
    let memo = this.memos.get(document.uri);
    if (!memo) this.memos.set(document.uri, (memo = createAnalysisMemo()));
    const analysis = analyze(text, settings, memo);
    const ms = performance.now() - started;
    const entry: DocumentAnalysis = {
      uri: document.uri,
      version: document.version,
      settingsKey,
      text,
      analysis,
      index: buildAnalysisIndex(analysis),
      ms,
    };
    this.entries.set(document.uri, entry);
    this.durations.set(document.uri, ms);
    return entry;
  }

  /** How long the last analysis of this document took, if it was ever analysed. */
  lastDuration(uri: string): number | undefined {
    return this.durations.get(uri);
  }

  evict(uri: string): void {
    this.entries.delete(uri);
    this.durations.delete(uri);
    this.memos.delete(uri);
  }
}
