// Maps each LSP request to the shared analysis of the document. One place, so every handler is wrapped by
// `safely` and answers null/empty for documents the server does not know.
import { ResponseError, ErrorCodes, type CancellationToken } from 'vscode-languageserver';
import { buildCodeActions } from './codeActions';
import { EXPORT_REQUEST, type ExportParams } from './commands';
import { buildDocumentSymbols } from './documentSymbols';
import { buildFoldingRanges } from './foldingRanges';
import { buildHover } from './hover';
import { buildInlayHints } from './inlayHints';
import { prepareSpeakerRename, speakerRenameEdits } from './rename';
import { safely } from './safe';
import { collectTokens, encodeTokens } from './semanticTokens';
import { exportDocument } from './exportDocument';
import type { ServerContext } from '../serverContext';
import type { DocumentAnalysis } from '../analysisCache';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** One answer per analysed version: the editor asks for the outline, folding and colouring again and again (every
 * focus change, breadcrumbs, sticky scroll), and on a 10 MB transcript each costs a noticeable fraction of a second. */
function perAnalysis<T>(build: (a: { document: TextDocument; result: DocumentAnalysis }) => T): (a: { document: TextDocument; result: DocumentAnalysis }) => T {
  const answers = new WeakMap<DocumentAnalysis, T>();
  return (a) => {
    let answer = answers.get(a.result);
    if (answer === undefined) answers.set(a.result, (answer = build(a)));
    return answer;
  };
}

export function registerFeatures(ctx: ServerContext): void {
  const { connection, log } = ctx;
  const symbolsOf = perAnalysis((a) => buildDocumentSymbols(a.result.analysis, a.document));
  const foldingOf = perAnalysis((a) => buildFoldingRanges(a.result.analysis, a.document));
  const tokensOf = perAnalysis((a) => encodeTokens(collectTokens(a.result.analysis), a.document));

  connection.onDocumentSymbol(
    safely(log, 'documentSymbol', [], async ({ textDocument }) => {
      const a = await ctx.analysisOf(textDocument.uri);
      return a ? symbolsOf(a) : [];
    }),
  );

  connection.onFoldingRanges(
    safely(log, 'foldingRange', [], async ({ textDocument }) => {
      const a = await ctx.analysisOf(textDocument.uri);
      return a ? foldingOf(a) : [];
    }),
  );

  connection.onHover(
    safely(log, 'hover', null, async ({ textDocument, position }) => {
      const a = await ctx.analysisOf(textDocument.uri);
      if (!a) return null;
      const hover = buildHover(a.result.analysis, a.result.index, a.document.offsetAt(position));
      if (!hover || !hover.markdown) return null;
      return {
        contents: { kind: 'markdown' as const, value: hover.markdown },
        range: { start: a.document.positionAt(hover.start), end: a.document.positionAt(hover.end) },
      };
    }),
  );

  connection.languages.semanticTokens.on(
    safely(log, 'semanticTokens/full', { data: [] }, async ({ textDocument }) => {
      const a = await ctx.analysisOf(textDocument.uri);
      return a ? tokensOf(a) : { data: [] };
    }),
  );

  connection.languages.semanticTokens.onRange(
    safely(log, 'semanticTokens/range', { data: [] }, async ({ textDocument, range }) => {
      const a = await ctx.analysisOf(textDocument.uri);
      if (!a) return { data: [] };
      return encodeTokens(collectTokens(a.result.analysis, a.document.offsetAt(range.start), a.document.offsetAt(range.end)), a.document);
    }),
  );

  connection.languages.inlayHint.on(
    safely(log, 'inlayHint', [], async ({ textDocument, range }) => {
      const a = await ctx.analysisOf(textDocument.uri);
      if (!a || !a.settings.inlayHints) return [];
      return buildInlayHints(a.result.index.entities, a.document, a.document.offsetAt(range.start), a.document.offsetAt(range.end));
    }),
  );

  connection.onCodeAction(
    safely(log, 'codeAction', [], async ({ textDocument, range, context }) => {
      // All our actions are quick fixes; a request for other kinds only (e.g. source actions on save) gets none.
      if (context?.only?.length && !context.only.some((kind) => kind === '' || 'quickfix'.startsWith(kind))) return [];
      const a = await ctx.analysisOf(textDocument.uri);
      if (!a) return [];
      return buildCodeActions(ctx.ignored.visible(textDocument.uri, a.result.analysis.findings, a.result.text), a.document, range);
    }),
  );

  connection.onPrepareRename(
    safely(log, 'prepareRename', null, async ({ textDocument, position }) => {
      const a = await ctx.analysisOf(textDocument.uri);
      return a ? prepareSpeakerRename(a.result.index, a.document, a.document.offsetAt(position)) : null;
    }),
  );

  connection.onRenameRequest(
    safely(log, 'rename', null, async ({ textDocument, position, newName }) => {
      if (!newName.trim() || /[\r\n]/.test(newName)) throw new ResponseError(ErrorCodes.InvalidParams, 'A speaker label must be one non-empty line.');
      const a = await ctx.analysisOf(textDocument.uri);
      if (!a) return null;
      const edits = speakerRenameEdits(a.result.analysis, a.result.index, a.document, a.document.offsetAt(position), newName);
      return edits ? { changes: { [textDocument.uri]: edits } } : null;
    }),
  );

  connection.onRequest(
    EXPORT_REQUEST,
    safely(log, 'export', null, async (params: ExportParams, _token?: CancellationToken) => {
      const uri = params && typeof params === 'object' ? params.uri : undefined;
      const a = typeof uri === 'string' ? await ctx.analysisOf(uri) : undefined;
      if (!a) return null;
      return exportDocument(a.result.analysis, a.result.text, a.document.uri, params.format);
    }),
  );
}
