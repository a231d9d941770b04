// initialize / document open-change-close / configuration changes / the ignore list: keeps the shared state
// in step with the editor and re-validates when something that affects findings changes.
import { DidChangeConfigurationNotification, type InitializeResult } from 'vscode-languageserver';
import { IGNORED_FINDINGS_NOTIFICATION, type IgnoredFindingsParams } from '../ignoredFindings';
import type { ServerContext } from '../serverContext';
import { warmUp } from '../warmUp';
import { SERVER_CAPABILITIES } from './capabilities';
import { DiagnosticsPublisher } from './diagnostics';

export function registerLifecycle(ctx: ServerContext): void {
  const { connection, documents, log } = ctx;
  const diagnostics = new DiagnosticsPublisher(ctx);
  let dynamicConfiguration = false;
  let canRefreshTokens = false;
  let canRefreshHints = false;

  connection.onInitialize((params): InitializeResult => {
    const workspace = params.capabilities.workspace;
    ctx.settings.canPull = !!workspace?.configuration;
    dynamicConfiguration = !!workspace?.didChangeConfiguration?.dynamicRegistration;
    canRefreshTokens = !!workspace?.semanticTokens?.refreshSupport;
    canRefreshHints = !!workspace?.inlayHint?.refreshSupport;
    // Before answering, not after: the editor sends the open documents right after `initialized`, and a warm-up
    // scheduled then would run in front of the first document's analysis instead of before it.
    warmUp();
    return { capabilities: SERVER_CAPABILITIES, serverInfo: { name: 'earnings-transcript', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch((err: unknown) => log(`register didChangeConfiguration failed: ${String(err)}`));
  });

  connection.onDidChangeConfiguration((change) => {
    try {
      ctx.settings.changed(change?.settings);
      diagnostics.revalidateAll();
      // Only clients that said they support refresh get asked (others would answer MethodNotFound).
      if (canRefreshHints) connection.languages.inlayHint.refresh().catch((err: unknown) => log(`inlayHint refresh failed: ${String(err)}`));
      if (canRefreshTokens) Promise.resolve(connection.languages.semanticTokens.refresh()).catch((err: unknown) => log(`semanticTokens refresh failed: ${String(err)}`));
    } catch (err) {
      log(`didChangeConfiguration failed: ${String(err)}`);
    }
  });

  connection.onNotification(IGNORED_FINDINGS_NOTIFICATION, (params: IgnoredFindingsParams) => {
    if (!params || typeof params.uri !== 'string') return;
    ctx.ignored.set(params.uri, params.ignored);
    if (documents.get(params.uri)) diagnostics.revalidate(params.uri);
  });

  documents.onDidOpen(({ document }) => diagnostics.opened(document));
  documents.onDidChangeContent(({ document }) => {
    // onDidChangeContent also fires right after open; the open already published.
    if (document.version !== openedVersion.get(document.uri)) diagnostics.changed(document);
  });
  const openedVersion = new Map<string, number>();
  documents.onDidOpen(({ document }) => openedVersion.set(document.uri, document.version));
  documents.onDidClose(({ document }) => {
    openedVersion.delete(document.uri);
    ctx.cache.evict(document.uri);
    ctx.settings.forget(document.uri);
    diagnostics.closed(document.uri);
  });
}
