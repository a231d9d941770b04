// Findings the user ignored, kept per file in the workspace state (so they survive reloads) and sent to the
// server with the `earningsTranscript/ignoredFindings` notification.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IGNORED_FINDINGS_NOTIFICATION, isIgnoredFindingKey, keyString, type IgnoredFindingKey, type IgnoredFindingsParams } from '../../server/src/ignoredFindings';

const STATE_KEY = 'earningsTranscript.ignoredFindings';
type Stored = Record<string, IgnoredFindingKey[]>;

export class IgnoredFindingsStore {
  constructor(
    private readonly state: vscode.Memento,
    private readonly client: () => LanguageClient | undefined,
  ) {}

  private all(): Stored {
    const stored = this.state.get<unknown>(STATE_KEY);
    return stored && typeof stored === 'object' ? (stored as Stored) : {};
  }

  async add(uri: string, key: unknown): Promise<void> {
    if (!isIgnoredFindingKey(key)) return;
    const all = this.all();
    const keys = (all[uri] ?? []).filter(isIgnoredFindingKey);
    if (!keys.some((k) => keyString(k) === keyString(key))) keys.push({ code: key.code, text: key.text, occurrence: key.occurrence });
    await this.state.update(STATE_KEY, { ...all, [uri]: keys });
    await this.send(uri, keys);
  }

  /** After the server (re)starts it knows nothing: send every file's list. */
  async sendAll(): Promise<void> {
    for (const [uri, keys] of Object.entries(this.all())) await this.send(uri, Array.isArray(keys) ? keys.filter(isIgnoredFindingKey) : []);
  }

  private async send(uri: string, ignored: IgnoredFindingKey[]): Promise<void> {
    const params: IgnoredFindingsParams = { uri, ignored };
    await this.client()?.sendNotification(IGNORED_FINDINGS_NOTIFICATION, params);
  }
}
