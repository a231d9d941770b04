// Command line: analyse transcripts and print a summary, JSON lines or CSV.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from './core/analyze';
import { CSV_HEADER, toCsv, toJsonRecord } from './core/export';
import type { Analysis } from './core/types';

const USAGE = `Usage: earnings-transcript analyze [--json|--csv] FILE_OR_FOLDER...

Analyses earnings-call transcripts: speaker turns, Q&A, financial figures and consistency findings.
Folders are walked for *.transcript, *.txt, *.vtt and *.srt files.

Options:
  --json    one JSON object per file, one per line
  --csv     one CSV row per financial figure, with a header
  --help    show this help
`;

const EXTENSIONS = new Set(['.transcript', '.txt', '.vtt', '.srt']);

function walk(p: string, out: string[]): void {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) {
    out.push(p);
    return;
  }
  for (const name of fs.readdirSync(p).sort()) {
    const child = path.join(p, name);
    const s = fs.statSync(child);
    if (s.isDirectory()) walk(child, out);
    else if (EXTENSIONS.has(path.extname(name).toLowerCase())) out.push(child);
  }
}

function summary(file: string, a: Analysis): string {
  const lines = [`${file}`, `  format: ${a.format}`, `  turns: ${a.turns.length}, speakers: ${a.speakers.length}`];
  const name = (id: string) => {
    const s = a.speakers.find((x) => x.id === id);
    return s?.name ?? s?.label ?? id;
  };
  if (a.exchanges.length) {
    lines.push(`  Q&A: ${a.exchanges.length} exchanges, ${a.exchanges.reduce((n, x) => n + x.questions.length, 0)} questions`);
    const analysts = new Map<string, number>();
    for (const x of a.exchanges) analysts.set(x.speakerId, (analysts.get(x.speakerId) ?? 0) + x.questions.length);
    for (const [id, n] of analysts) lines.push(`    ${name(id)}: ${n} question${n === 1 ? '' : 's'}`);
    for (const x of a.exchanges) for (const q of x.questions) lines.push(`      ${name(x.speakerId)}: ${oneLine(q.text, 100)}`);
  }
  const byKind = new Map<string, number>();
  for (const e of a.entities) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  lines.push(`  entities: ${a.entities.length}${byKind.size ? ` (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`);
  const figures = a.entities.filter((e) => e.kind !== 'period');
  for (const e of figures.slice(0, 40)) {
    const value = e.high !== undefined ? `${e.value}..${e.high}` : e.value;
    const unit = e.kind === 'money' ? e.currency ?? '' : e.unit ?? '';
    const about = [e.metric?.text, e.period?.id, e.speakerId ? name(e.speakerId) : undefined].filter(Boolean).join(' · ');
    lines.push(`    ${oneLine(e.text, 40)} → ${e.kind} ${unit} ${value}${e.perShare ? ' per share' : ''}${e.malformed ? ' (malformed)' : ''}${about ? `  [${about}]` : ''}`);
  }
  if (figures.length > 40) lines.push(`    … ${figures.length - 40} more figures (use --json or --csv for all)`);
  const malformed = a.entities.filter((e) => e.malformed).length;
  if (malformed) lines.push(`  malformed figures: ${malformed}`);
  lines.push(`  findings: ${a.findings.length}`);
  for (const f of a.findings.slice(0, 20)) lines.push(`    [${f.severity}] ${f.code} at ${f.start}: ${f.message}`);
  if (a.findings.length > 20) lines.push(`    … ${a.findings.length - 20} more`);
  for (const s of a.skipped) lines.push(`  skipped: ${s}`);
  return lines.join('\n');
}

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function main(argv: string[]): number {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args[0] !== 'analyze') {
    process.stderr.write(args.length ? `Unknown command: ${args[0]}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const mode = args.includes('--json') ? 'json' : args.includes('--csv') ? 'csv' : 'text';
  const unknown = args.slice(1).filter((a) => a.startsWith('-') && a !== '--json' && a !== '--csv');
  if (unknown.length) {
    process.stderr.write(`Unknown option: ${unknown.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const inputs = args.slice(1).filter((a) => !a.startsWith('-'));
  if (!inputs.length) {
    process.stderr.write(`No file or folder given.\n\n${USAGE}`);
    return 2;
  }
  let status = 0;
  if (mode === 'csv') process.stdout.write(`${CSV_HEADER.join(',')}\n`);
  for (const input of inputs) {
    const files: string[] = [];
    try {
      walk(input, files);
    } catch (err) {
      process.stderr.write(`error: cannot read ${input}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}\n`);
      status = 1;
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (err) {
        process.stderr.write(`error: cannot read ${file}: ${(err as Error).message}\n`);
        status = 1;
        continue;
      }
      const analysis = analyze(text);
      if (mode === 'json') process.stdout.write(`${JSON.stringify(toJsonRecord(analysis, file))}\n`);
      else if (mode === 'csv') {
        const rows = toCsv(analysis, file);
        if (rows.length) process.stdout.write(`${rows.join('\n')}\n`);
      } else process.stdout.write(`${summary(file, analysis)}\n\n`);
    }
  }
  return status;
}

if (require.main === module) process.exitCode = main(process.argv);
