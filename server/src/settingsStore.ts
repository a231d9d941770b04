// Settings pulled from the client with workspace/configuration (section `earningsTranscript`), per document
// scope, cached until the client says they changed. Values of the wrong type fall back to defaults: the core's
// resolveSettings drops them, and the server-only ones are checked here.
import type { Connection } from 'vscode-languageserver';
import { resolveSettings } from './core';
import type { Settings } from './core/types';

export const SETTINGS_SECTION = 'earningsTranscript';
/** A client that never answers workspace/configuration must not stall every request: use defaults after this. */
const CONFIGURATION_TIMEOUT_MS = 2000;

export interface ServerSettings {
  /** What the core gets. */
  core: Settings;
  /** Stable identity of `core`, part of the analysis cache key. */
  key: string;
  inlayHints: boolean;
}

export function toServerSettings(raw: unknown): ServerSettings {
  const core = resolveSettings(raw);
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const hints = o.inlayHints && typeof o.inlayHints === 'object' ? (o.inlayHints as Record<string, unknown>).enabled : undefined;
  return { core, key: JSON.stringify(core), inlayHints: typeof hints === 'boolean' ? hints : true };
}

export class SettingsStore {
  private readonly perUri = new Map<string, Promise<ServerSettings>>();
  /** Used when the client cannot answer workspace/configuration: whatever didChangeConfiguration pushed. */
  private pushed: ServerSettings = toServerSettings(undefined);
  canPull = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: (message: string) => void,
  ) {}

  get(uri: string): Promise<ServerSettings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    let pending = this.perUri.get(uri);
    if (!pending) {
      const answer = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(toServerSettings, (err: unknown) => {
        this.log(`workspace/configuration failed, using defaults: ${String(err)}`);
        return toServerSettings(undefined);
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<ServerSettings>((resolve) => {
        timer = setTimeout(() => {
          this.log(`workspace/configuration unanswered after ${CONFIGURATION_TIMEOUT_MS} ms, using defaults`);
          resolve(toServerSettings(undefined));
        }, CONFIGURATION_TIMEOUT_MS);
      });
      pending = Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
      this.perUri.set(uri, pending);
    }
    return pending;
  }

  /** didChangeConfiguration: drop what we pulled; keep what was pushed for clients that only push. */
  changed(pushedSettings: unknown): void {
    this.perUri.clear();
    const section = pushedSettings && typeof pushedSettings === 'object' ? (pushedSettings as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    if (section !== undefined) this.pushed = toServerSettings(section);
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }
}
