// The server on the real Kingsoft Cloud page (76 KB on two lines) and on the same text as a single line:
// hover on a speech-to-text figure, semantic tokens past TextMate's 20,000-character limit, the outline.
// Skipped (not passed) when the corpus is not beside the repository.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeSemanticTokens, LspClient, positionAt, REPO_ROOT } from '../support/lspClient';

const CORPUS = process.env.EARNINGS_CORPUS_DIR ?? path.resolve(REPO_ROOT, '../shared/corpus');
const PAGE = path.join(CORPUS, 'marketbeat/kingsoft-cloud-q2-2023.txt');
const available = fs.existsSync(PAGE);
let lsp: LspClient | undefined;
let legend: { tokenTypes: string[]; tokenModifiers: string[] };

before(async () => {
  if (!available) return;
  lsp = await LspClient.start();
  legend = (await lsp.initialize()).capabilities.semanticTokensProvider as typeof legend;
  legend = (legend as unknown as { legend: typeof legend }).legend;
});
after(async () => {
  await lsp?.shutdown();
});

for (const variant of ['as scraped', 'as one line'] as const) {
  test(`Kingsoft page ${variant}: hover, semantic tokens, inlay hint and outline`, async (t) => {
    if (!available || !lsp) return t.skip(`corpus not found at ${PAGE}`);
    const raw = fs.readFileSync(PAGE, 'utf8');
    const text = variant === 'as one line' ? raw.replace(/\r?\n/g, ' ') : raw;
    const uri = `file:///tmp/kingsoft-${variant === 'as one line' ? 'flat' : 'page'}.transcript`;
    lsp.open(uri, text);
    const published = await lsp.waitForDiagnostics(uri, () => true, { timeoutMs: 20000 });
    assert.ok(published.diagnostics.every((d) => d.source === 'earnings-transcript'));
    assert.ok(published.diagnostics.some((d) => d.code === 'duplicate-transcript'), 'the page repeats the transcript');

    const figure = text.indexOf('RMB207 1,000,000');
    const hover = await lsp.request<{ contents: { value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, figure + 3) });
    assert.equal(hover.contents.value.split('\n\n')[0], '**CNY 207,000,000**');
    assert.match(hover.contents.value, /\n\nRMB 207\\\.0 million · /);
    assert.deepEqual(hover.range, { start: positionAt(text, figure), end: positionAt(text, figure + 'RMB207 1,000,000'.length) });

    const tokens = decodeSemanticTokens((await lsp.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } })).data, legend);
    const garbled = tokens.find((tok) => tok.line === positionAt(text, figure).line && tok.character === positionAt(text, figure).character);
    assert.deepEqual(garbled, { ...positionAt(text, figure), length: 16, type: 'money', modifiers: ['repaired'] });
    // Tokens far beyond 20,000 characters into a line are there too, sorted.
    assert.ok(tokens.some((tok) => tok.character > 30000));
    assert.ok(tokens.some((tok) => tok.type === 'speaker') && tokens.some((tok) => tok.type === 'timestamp'));
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || (b.line === a.line && b.character >= a.character + a.length), `tokens ${i - 1} and ${i} overlap or are unsorted: ${JSON.stringify([a, b])}`);
    }

    const hints = await lsp.request<{ position: unknown; label: string }[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: positionAt(text, text.length) } });
    assert.deepEqual(hints.find((h) => JSON.stringify(h.position) === JSON.stringify(positionAt(text, figure + 16)))?.label, '= CNY 207,000,000');

    const symbols = await lsp.request<{ name: string; children?: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const qa = symbols.find((s) => s.name === 'Questions and Answers');
    assert.ok(qa && qa.children && qa.children.length >= 3, 'three analysts ask questions');
    assert.ok(qa.children!.every((c) => /\(.+\)$/.test(c.name)), qa.children!.map((c) => c.name).join('; '));
    lsp.close(uri);
  });
}
