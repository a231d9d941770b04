// When a plain-text .txt file that looks like an earnings call opens, offer once per file to switch it to
// Earnings Transcript mode (setting earningsTranscript.detectPlainText).
import * as vscode from 'vscode';
import { COMMANDS } from '../../server/src/handlers/commands';
import { looksLikeTranscript } from './transcriptDetection';

const OFFERED_KEY = 'earningsTranscript.offeredTranscriptMode';
const ACTION = 'Open as Earnings Transcript';

export function offerTranscriptMode(context: vscode.ExtensionContext): void {
  const consider = async (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext' || !document.uri.path.toLowerCase().endsWith('.txt')) return;
    if (!vscode.workspace.getConfiguration('earningsTranscript', document.uri).get<boolean>('detectPlainText', true)) return;
    const offered = context.workspaceState.get<string[]>(OFFERED_KEY, []);
    const uri = document.uri.toString();
    if (offered.includes(uri) || !looksLikeTranscript(document.getText())) return;
    await context.workspaceState.update(OFFERED_KEY, [...offered, uri]);
    const choice = await vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(document.uri)} looks like an earnings-call transcript.`, ACTION);
    if (choice === ACTION) await vscode.commands.executeCommand(COMMANDS.openAsTranscript, document.uri);
  };
  const safeConsider = (document: vscode.TextDocument) => consider(document).catch((err: unknown) => console.error('earnings-transcript: detection failed', err));
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(safeConsider));
  vscode.workspace.textDocuments.forEach(safeConsider);
}
