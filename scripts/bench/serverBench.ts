// Times the bundled language server over stdio, as an editor drives it: open → first diagnostics, hovers on figures
// and speaker labels, document symbols, one-character edits → fresh diagnostics, and the server's peak memory.
// A fresh server per input, so its peak RSS is that input's.
import { readFile } from 'node:fs/promises';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../../test/support/lspClient';
import { percentile } from './stats';

export interface ServerResult {
  firstDiagnosticsMs?: number;
  hover: { p50?: number; p99?: number; n: number };
  documentSymbol: { p50?: number; p99?: number; n: number };
  edit: { p50?: number; p99?: number; n: number };
  peakRssMb?: number;
  errors: string[];
}

interface Limits {
  hovers: number;
  symbols: number;
  edits: number;
}

/** Wall-clock budget of each request loop, so a slow server cannot stretch the benchmark. */
const LOOP_BUDGET_MS = 15_000;
/** Longest wait for one response or one set of diagnostics. */
const WAIT_MS = 45_000;

function limitsFor(size: number): Limits {
  if (size < 200_000) return { hovers: 500, symbols: 50, edits: 200 };
  if (size < 2_000_000) return { hovers: 300, symbols: 20, edits: 200 };
  return { hovers: 200, symbols: 10, edits: 200 };
}

// Hover targets and the edit point come from plain patterns, not from the core, so the server's figures do not
// depend on (or pay for) a second analysis here. The inputs are in the scraped-page layout: `Speaker 100:00:41`.
const LABELS = /(?:Operator|Speaker \d)(?=\d\d:\d\d:\d\d)/g;
const FIGURES = /(?:RMB|US\$|\$)?\d[\d,.]*(?: ?(?:%|percent|million|billion))?/g;

/** Up to `count` offsets spread evenly over the speaker labels and figures of the text. */
function hoverOffsets(text: string, count: number): number[] {
  const all = [...text.matchAll(LABELS), ...text.matchAll(FIGURES)].map((m) => m.index!).sort((x, y) => x - y);
  if (all.length <= count) return all;
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]);
}

/** Where the one-character edits go: just after a space halfway through the document. */
function editOffset(text: string): number {
  const space = text.indexOf(' ', Math.floor(text.length / 2));
  return space < 0 ? Math.floor(text.length / 2) : space + 1;
}

/** Duration of one request in ms; rejects when the server does not answer within WAIT_MS. */
async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${WAIT_MS} ms`)), WAIT_MS)));
  try {
    await Promise.race([fn(), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - t0;
}

export async function benchServer(serverJs: string, text: string, name: string): Promise<ServerResult> {
  const limits = limitsFor(text.length);
  const result: ServerResult = { hover: { n: 0 }, documentSymbol: { n: 0 }, edit: { n: 0 }, errors: [] };
  const uri = `file:///bench/${name.replace(/\W+/g, '-')}.transcript`;
  const lsp = await LspClient.start({ serverPath: serverJs });
  try {
    await lsp.initialize();
    const doc = TextDocument.create(uri, 'earnings-transcript', 1, text);

    const t0 = performance.now();
    lsp.open(uri, text);
    await lsp.waitForDiagnostics(uri, () => true, { timeoutMs: WAIT_MS });
    result.firstDiagnosticsMs = performance.now() - t0;

    const hovers: number[] = [];
    const hoverStart = performance.now();
    for (const offset of hoverOffsets(text, limits.hovers)) {
      if (performance.now() - hoverStart > LOOP_BUDGET_MS) break;
      const position = doc.positionAt(offset + 1);
      hovers.push(await timed(() => lsp.request('textDocument/hover', { textDocument: { uri }, position })));
    }
    result.hover = { p50: percentile(hovers, 50), p99: percentile(hovers, 99), n: hovers.length };

    const symbols: number[] = [];
    const symbolStart = performance.now();
    for (let i = 0; i < limits.symbols && performance.now() - symbolStart < LOOP_BUDGET_MS; i++) {
      symbols.push(await timed(() => lsp.request('textDocument/documentSymbol', { textDocument: { uri } })));
    }
    result.documentSymbol = { p50: percentile(symbols, 50), p99: percentile(symbols, 99), n: symbols.length };

    // Type a character, then delete it, and so on: each edit waits for the diagnostics of its own version.
    const position = doc.positionAt(editOffset(text));
    const edits: number[] = [];
    const editStart = performance.now();
    for (let i = 0; edits.length < limits.edits && performance.now() - editStart < LOOP_BUDGET_MS; i++) {
      const insert = i % 2 === 0;
      const range = insert ? { start: position, end: position } : { start: position, end: { line: position.line, character: position.character + 1 } };
      const t = performance.now();
      const version = lsp.change(uri, insert ? 'x' : '', range);
      await lsp.waitForDiagnostics(uri, (_, p) => p.version === undefined || p.version >= version, { timeoutMs: WAIT_MS });
      edits.push(performance.now() - t);
    }
    result.edit = { p50: percentile(edits, 50), p99: percentile(edits, 99), n: edits.length };
  } catch (err) {
    result.errors.push(`${name}: ${(err as Error).message}`);
  } finally {
    result.peakRssMb = await peakRssMb(lsp.process.pid);
    await lsp.shutdown();
  }
  return result;
}

/** Peak resident set size of a process so far, in MB (Linux /proc; undefined elsewhere). */
async function peakRssMb(pid: number | undefined): Promise<number | undefined> {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
