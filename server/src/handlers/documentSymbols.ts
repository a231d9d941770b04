// The outline: sections as top-level nodes; prepared remarks list their turns; the Q&A lists one node per
// exchange (`Analyst Name (Firm)`) holding its questions and the answering turns. Built only from the
// analysis, so it works the same for every transcript format.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Exchange, Section, Speaker, Span, Turn } from '../core/types';

const MAX_NAME = 120;

/** One line, trimmed, never empty (VS Code rejects symbols with empty names). */
function symbolName(raw: string, fallback: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  const name = flat.length > MAX_NAME ? `${flat.slice(0, MAX_NAME - 1)}…` : flat;
  return name || fallback;
}

/** `Speaker 3 — Henry He, Chief Financial Officer`; just the label when it already is the whole story. */
export function turnName(turn: Turn, speaker: Speaker | undefined): string {
  const who = [speaker?.name && speaker.name !== turn.label ? speaker.name : undefined, speaker?.title].filter(Boolean);
  return who.length ? `${turn.label} — ${who.join(', ')}` : turn.label;
}

/** `Answer — Priya Raman, Chief Financial Officer` (role when no title is known). */
export function answerName(turn: Turn, speaker: Speaker | undefined): string {
  const name = speaker?.name ?? turn.label;
  const title = speaker?.title ?? (speaker && speaker.role !== 'unknown' ? speaker.role : undefined);
  return `Answer — ${title ? `${name}, ${title}` : name}`;
}

/** `Sarah Okafor (Morgan Stanley)`. */
export function exchangeName(exchange: Exchange, speaker: Speaker | undefined): string {
  const name = speaker?.name ?? speaker?.label ?? exchange.speakerId;
  return speaker?.firm ? `${name} (${speaker.firm})` : name;
}

/** Splits turns into runs of adjacent turns (consecutive indices) spoken by the same person. */
export function speakerRuns(list: Turn[]): Turn[][] {
  const runs: Turn[][] = [];
  for (const t of list) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    const who = (x: Turn) => x.attributedSpeakerId ?? x.speakerId;
    if (prev && prev.index + 1 === t.index && who(prev) === who(t)) run.push(t);
    else runs.push([t]);
  }
  return runs;
}

const SECTION_KIND: Record<Section['kind'], SymbolKind> = {
  'front-matter': SymbolKind.File,
  participants: SymbolKind.Array,
  'prepared-remarks': SymbolKind.Namespace,
  qa: SymbolKind.Namespace,
  closing: SymbolKind.Namespace,
  'back-matter': SymbolKind.File,
};

const SECTION_NAME: Partial<Record<Section['kind'], string>> = {
  'prepared-remarks': 'Prepared Remarks',
  qa: 'Questions and Answers',
};

export function buildDocumentSymbols(analysis: Analysis, document: TextDocument): DocumentSymbol[] {
  const length = document.getText().length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const turns = new Map(analysis.turns.map((t) => [t.index, t]));

  /** A symbol whose range covers its own span, its selection and all children, inside the document. */
  const symbol = (name: string, kind: SymbolKind, span: Span, selection: Span, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol & { _span: Span } => {
    let start = clamp(Math.min(span.start, selection.start));
    let end = clamp(Math.max(span.end, selection.end));
    const selStart = clamp(selection.start);
    const selEnd = clamp(Math.max(selection.start, selection.end));
    for (const c of children as (DocumentSymbol & { _span: Span })[]) {
      start = Math.min(start, c._span.start);
      end = Math.max(end, c._span.end);
    }
    const s = {
      name,
      detail,
      kind,
      range: { start: document.positionAt(start), end: document.positionAt(end) },
      selectionRange: { start: document.positionAt(selStart), end: document.positionAt(selEnd) },
      children,
      _span: { start, end },
    };
    return s;
  };

  const turnSymbol = (turn: Turn, name: string, kind: SymbolKind) => symbol(symbolName(name, 'Turn'), kind, turn, turn.labelSpan, [], turn.timestamp);
  /** Consecutive turns of one speaker (a flat page cuts a speech at every timestamp) as one node. */
  const runSymbols = (list: Turn[], name: (t: Turn) => string, kind: SymbolKind) =>
    speakerRuns(list).map((run) => {
      const first = run[0];
      const last = run[run.length - 1];
      if (run.length === 1) return { at: first.start, sym: turnSymbol(first, name(first), kind) };
      const detail = first.timestamp && last.timestamp ? `${first.timestamp}–${last.timestamp}` : first.timestamp;
      return { at: first.start, sym: symbol(symbolName(name(first), 'Turn'), kind, { start: first.start, end: last.end }, first.labelSpan, [], detail) };
    });

  const exchangeSymbol = (exchange: Exchange) => {
    const speaker = speakers.get(exchange.speakerId);
    const parts: { at: number; sym: DocumentSymbol & { _span: Span } }[] = [];
    for (const q of exchange.questions) parts.push({ at: q.start, sym: symbol(symbolName(q.text, 'Question'), SymbolKind.Event, q, q) });
    const answers = exchange.answerTurns.map((i) => turns.get(i)).filter((t): t is Turn => !!t);
    parts.push(...runSymbols(answers, (t) => answerName(t, speakers.get(t.speakerId)), SymbolKind.Interface));
    parts.sort((a, b) => a.at - b.at);
    const first = exchange.questionTurns.map((i) => turns.get(i)).find(Boolean);
    return symbol(symbolName(exchangeName(exchange, speaker), 'Analyst'), SymbolKind.Class, exchange, first?.labelSpan ?? { start: exchange.start, end: exchange.start }, parts.map((p) => p.sym));
  };

  const inSection = (index: number) => analysis.turns.filter((t) => t.sectionIndex === index);
  const stripSpan = (s: DocumentSymbol & { _span?: Span }): DocumentSymbol => {
    delete s._span;
    s.children?.forEach(stripSpan);
    return s;
  };

  const result: (DocumentSymbol & { _span: Span })[] = [];
  analysis.sections.forEach((section, index) => {
    const name = SECTION_NAME[section.kind] ?? symbolName(section.title, section.kind);
    const selection = section.headingSpan ?? { start: section.start, end: section.start };
    let children: (DocumentSymbol & { _span: Span })[];
    if (section.kind === 'qa') {
      const exchanges = analysis.exchanges.filter((e) => e.start >= section.start && e.start < section.end);
      const covered = new Set(exchanges.flatMap((e) => [...e.questionTurns, ...e.answerTurns, ...(e.introductionTurn !== undefined ? [e.introductionTurn] : [])]));
      const items = [
        ...exchanges.map((e) => ({ at: e.start, sym: exchangeSymbol(e) })),
        ...runSymbols(
          inSection(index).filter((t) => !covered.has(t.index)),
          (t) => turnName(t, speakers.get(t.speakerId)),
          SymbolKind.Function,
        ),
      ].sort((a, b) => a.at - b.at);
      children = items.map((i) => i.sym);
    } else {
      children = runSymbols(inSection(index), (t) => turnName(t, speakers.get(t.speakerId)), SymbolKind.Function).map((r) => r.sym);
    }
    result.push(symbol(name, SECTION_KIND[section.kind] ?? SymbolKind.Namespace, section, selection, children));
  });

  // Without sections, the turns themselves are the outline.
  if (!analysis.sections.length) {
    for (const t of analysis.turns) result.push(turnSymbol(t, turnName(t, speakers.get(t.speakerId)), SymbolKind.Function));
  }
  return result.map(stripSpan);
}
