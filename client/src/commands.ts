// The extension's commands. Arguments that come from code actions are checked before use: numbers and URIs
// for revealRange, a rule code for disableRule.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, EXPORT_REQUEST, type ExportFormat, type ExportParams } from '../../server/src/handlers/commands';
import type { IgnoredFindingsStore } from './ignoredFindingsStore';

const LANGUAGE_ID = 'earnings-transcript';

interface CommandDeps {
  client(): LanguageClient | undefined;
  ignored: IgnoredFindingsStore;
  restart(): Promise<void>;
}

const EXPORT_CHOICES: { label: string; format: ExportFormat; extension: string; filter: string }[] = [
  { label: 'JSON', format: 'json', extension: 'json', filter: 'JSON' },
  { label: 'CSV (one row per figure)', format: 'csv', extension: 'csv', filter: 'CSV' },
  { label: 'brat standoff (.ann)', format: 'ann', extension: 'ann', filter: 'brat annotations' },
];

function targetDocument(arg: unknown): Thenable<vscode.TextDocument> | undefined {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const editor = vscode.window.activeTextEditor;
  return editor ? Promise.resolve(editor.document) : undefined;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const register = (id: string, run: (...args: unknown[]) => unknown) =>
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (err) {
          void vscode.window.showErrorMessage(`Earnings Transcript: ${err instanceof Error ? err.message : String(err)}`);
          return undefined;
        }
      }),
    );

  register(COMMANDS.openAsTranscript, async (uri) => {
    const document = await targetDocument(uri);
    if (!document) return void vscode.window.showInformationMessage('Open a file first.');
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  });

  register(COMMANDS.restartServer, () => deps.restart());

  register(COMMANDS.revealRange, async (uri, startLine, startChar, endLine, endChar) => {
    const numbers = [startLine, startChar, endLine, endChar];
    if (typeof uri !== 'string' || !numbers.every((n) => Number.isInteger(n) && (n as number) >= 0)) return;
    const [sl, sc, el, ec] = numbers as number[];
    const range = new vscode.Range(sl, sc, el, ec);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });

  register(COMMANDS.ignoreFinding, (uri, key) => (typeof uri === 'string' ? deps.ignored.add(uri, key) : undefined));

  register(COMMANDS.disableRule, async (code) => {
    if (typeof code !== 'string' || !/^[\w.-]+$/.test(code)) return;
    const config = vscode.workspace.getConfiguration('earningsTranscript');
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    // Each rule is its own setting (`earningsTranscript.checks.<code>`), so the Settings UI lists them all.
    await config.update(`checks.${code}`, 'off', target);
  });

  register(COMMANDS.export, async (uri) => {
    const document = await targetDocument(uri);
    const client = deps.client();
    if (!document || !client) return void vscode.window.showInformationMessage('Open an earnings transcript first.');
    if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    const choice = await vscode.window.showQuickPick(EXPORT_CHOICES, { placeHolder: 'Export the figures and outline as' });
    if (!choice) return;
    const params: ExportParams = { uri: document.uri.toString(), format: choice.format };
    const content = await client.sendRequest<string | null>(EXPORT_REQUEST, params);
    if (typeof content !== 'string') return void vscode.window.showWarningMessage('Nothing to export for this document.');
    const beside = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, `.${choice.extension}`) }) : undefined;
    const target = await vscode.window.showSaveDialog({ defaultUri: beside, filters: { [choice.filter]: [choice.extension] } });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(content, 'utf8'));
    void vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.`);
  });
}
