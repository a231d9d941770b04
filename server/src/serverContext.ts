// What every handler needs: the connection, the open documents and the shared per-document state.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import type { IgnoredFindings } from './ignoredFindings';
import type { ServerSettings, SettingsStore } from './settingsStore';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  settings: SettingsStore;
  ignored: IgnoredFindings;
  log(message: string): void;
  /** The current analysis of an open document, or undefined for unknown documents. */
  analysisOf(uri: string): Promise<{ document: TextDocument; result: DocumentAnalysis; settings: ServerSettings } | undefined>;
}

import { AnalysisCache as Cache } from './analysisCache';
import { IgnoredFindings as Ignored } from './ignoredFindings';
import { SettingsStore as Store } from './settingsStore';

export function createServerContext(connection: Connection, documents: TextDocuments<TextDocument>): ServerContext {
  const log = (message: string) => connection.console.error(message);
  const cache = new Cache();
  const settings = new Store(connection, log);
  return {
    connection,
    documents,
    cache,
    settings,
    ignored: new Ignored(),
    log,
    async analysisOf(uri) {
      if (!documents.get(uri)) return undefined;
      const s = await settings.get(uri);
      // Re-read after the await: the document may have changed or closed meanwhile.
      const document = documents.get(uri);
      if (!document) return undefined;
      return { document, result: cache.get(document, s.core, s.key), settings: s };
    },
  };
}
