// Command ids shared by the server's code actions and the client that implements them.
export const COMMANDS = {
  openAsTranscript: 'earningsTranscript.openAsTranscript',
  restartServer: 'earningsTranscript.restartServer',
  export: 'earningsTranscript.export',
  revealRange: 'earningsTranscript.revealRange',
  ignoreFinding: 'earningsTranscript.ignoreFinding',
  disableRule: 'earningsTranscript.disableRule',
} as const;

export const EXPORT_REQUEST = 'earningsTranscript/export';
export type ExportFormat = 'json' | 'csv' | 'ann';
export interface ExportParams {
  uri: string;
  format: ExportFormat;
}
