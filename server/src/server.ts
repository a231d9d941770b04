// The language server: a connection, the open documents (incremental sync) and the handlers. Run with
// `node dist/server.js --stdio` from any LSP editor; the VS Code client starts it over IPC.
import { createConnection, ProposedFeatures, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerFeatures } from './handlers/features';
import { registerLifecycle } from './handlers/lifecycle';
import { createServerContext } from './serverContext';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const ctx = createServerContext(connection, documents);

process.on('uncaughtException', (err) => ctx.log(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (reason) => ctx.log(`unhandled rejection: ${String(reason)}`));

registerLifecycle(ctx);
registerFeatures(ctx);
documents.listen(connection);
connection.listen();
