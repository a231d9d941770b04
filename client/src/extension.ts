// The VS Code side, kept thin: start the language server, register the commands, offer transcript mode for
// plain-text files that look like a call. All analysis happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { IgnoredFindingsStore } from './ignoredFindingsStore';
import { offerTranscriptMode } from './plainTextDetection';

export const LANGUAGE_ID = 'earnings-transcript';
let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
  };
  client = new LanguageClient('earningsTranscript', 'Earnings Transcript', serverOptions, clientOptions);
  const ignored = new IgnoredFindingsStore(context.workspaceState, () => client);

  registerCommands(context, { client: () => client, ignored, restart: async () => {
    await client?.restart();
    await ignored.sendAll();
  } });
  offerTranscriptMode(context);

  await client.start();
  await ignored.sendAll();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
