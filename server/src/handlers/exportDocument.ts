// The `earningsTranscript/export` request: the same records the CLI writes, built by the core's export module.
import { CSV_HEADER, toBratAnn, toCsv, toJsonRecord } from '../core/export';
import type { Analysis } from '../core/types';
import type { ExportFormat } from './commands';

/** The file name a URI points at (`file:///a/b%20c.transcript` → `b c.transcript`). */
export function fileNameOf(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The export as text, or null for a format we do not know. */
export function exportDocument(analysis: Analysis, text: string, uri: string, format: unknown): string | null {
  switch (format) {
    case 'json':
      return `${JSON.stringify(toJsonRecord(analysis, fileNameOf(uri)), null, 2)}\n`;
    case 'csv':
      return [CSV_HEADER.join(','), ...toCsv(analysis, fileNameOf(uri))].join('\n') + '\n';
    case 'ann':
      return toBratAnn(analysis, text);
  }
  return null;
}

export type { ExportFormat };
