// A small LSP client for tests and benchmarks: spawns the bundled server (`node dist/server.js --stdio`) and
// speaks JSON-RPC to it. It answers the server's own requests (workspace/configuration with a settings value
// you control, client/registerCapability, window/workDoneProgress/create), records notifications
// (publishDiagnostics, showMessage, logMessage) and lets a test wait for diagnostics that satisfy a predicate.
//
//   const lsp = await LspClient.start({ settings: { checks: { 'restated-figure': 'error' } } });
//   await lsp.initialize();
//   lsp.open('file:///a.transcript', text);
//   const diags = await lsp.waitForDiagnostics('file:///a.transcript', (d) => d.length > 0);
//   const hover = await lsp.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
//   await lsp.shutdown();
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SERVER_PATH = path.join(REPO_ROOT, 'dist/server.js');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  relatedInformation?: { location: { uri: string; range: Diagnostic['range'] }; message: string }[];
  data?: unknown;
}

export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** What the client answers to workspace/configuration for the `earningsTranscript` section; a function gets
 * each requested item (scopeUri, section). Anything is allowed, garbage included, to test resilience. */
export type SettingsAnswer = unknown | ((item: { scopeUri?: string; section?: string }) => unknown);

export interface LspClientOptions {
  /** Path of the server bundle; default dist/server.js of this repo. */
  serverPath?: string;
  settings?: SettingsAnswer;
  /** Advertise workspace.configuration (pull settings); default true. */
  configurationCapability?: boolean;
  /** Extra arguments for node (e.g. --max-old-space-size). */
  nodeArgs?: string[];
}

interface Waiter {
  uri: string;
  predicate: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean;
  resolve: (params: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** Latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in arrival order, with the time it arrived (performance.now()). */
  readonly diagnosticsLog: { at: number; params: PublishDiagnosticsParams }[] = [];
  /** window/showMessage notifications and window/showMessageRequest requests (answered with null). */
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  /** Server stderr, for debugging failed tests. */
  stderr = '';
  settings: SettingsAnswer;
  private readonly versions = new Map<string, number>();
  private waiters: Waiter[] = [];
  private exited = false;

  private constructor(options: LspClientOptions) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverPath ?? SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    this.process.on('exit', () => {
      this.exited = true;
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => (typeof this.settings === 'function' ? (this.settings as (i: typeof item) => unknown)(item) : this.settings)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push({ type: p.type, message: p.message });
      return null;
    });
    this.connection.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
    });
    this.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p);
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.diagnosticsLog.push({ at: performance.now(), params: p });
      const ready = this.waiters.filter((w) => w.uri === p.uri && w.predicate(p.diagnostics, p));
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      ready.forEach((w) => w.resolve(p));
    });
    this.connection.listen();
  }

  static async start(options: LspClientOptions = {}): Promise<LspClient> {
    return new LspClient(options);
  }

  /** Send initialize + initialized; resolves with the server's InitializeResult. */
  async initialize(options: LspClientOptions = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const pull = options.configurationCapability ?? true;
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: pull, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
          rename: { prepareSupport: true },
        },
        window: { showMessage: {} },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'earnings-transcript'): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Incremental change: replace `range` with `text` (or the whole document when range is omitted). */
  change(uri: string, text: string, range?: Diagnostic['range']): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [range ? { range, text } : { text }] });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Tell the server settings changed (it pulls them again); optionally replace what we answer first. */
  changeSettings(settings?: SettingsAnswer): void {
    if (settings !== undefined) this.settings = settings;
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Resolves with the first publishDiagnostics for `uri` (from now on, or the latest one already received if
   * `includeLatest`) that satisfies `predicate`; rejects after `timeoutMs`. */
  waitForDiagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean = () => true,
    { timeoutMs = 5000, includeLatest = false } = {},
  ): Promise<PublishDiagnosticsParams> {
    const latest = this.diagnostics.get(uri);
    if (includeLatest && latest && predicate(latest.diagnostics, latest)) return Promise.resolve(latest);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        predicate,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms (latest: ${JSON.stringify(this.diagnostics.get(uri)?.diagnostics ?? null)})`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** shutdown + exit, then wait for the process to end (killed after a grace period). */
  async shutdown(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void this.connection.sendNotification('exit');
      } catch {
        // the server may already be gone
      }
      await new Promise<void>((resolve) => {
        if (this.exited) return resolve();
        const timer = setTimeout(() => {
          this.process.kill();
          resolve();
        }, 2000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.connection.dispose();
  }
}

/** Convert a UTF-16 offset in `text` to an LSP position (for building requests in tests). */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - lineStart };
}

/** Decode semantic tokens' relative integers into absolute {line, character, length, type, modifiers}. */
export function decodeSemanticTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const out: { line: number; character: number; length: number; type: string; modifiers: string[] }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const mods = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: mods });
  }
  return out;
}
