// Builds the benchmark inputs at run time from the read-only corpus: the Kingsoft page as scraped, the same page
// on a single line, and 1 MB / 10 MB transcripts made by repeating real calls with varied numbers, speakers and
// timestamps (so repeats are not byte-identical). Nothing built here is written into the repository.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface BenchInput {
  name: string;
  text: string;
}

interface SourceTurn {
  /** `Operator` or a speaker number. */
  speaker: 'Operator' | number;
  /** Seconds from the start of the call, when the source has timestamps. */
  seconds?: number;
  body: string;
}

interface SourceCall {
  turns: SourceTurn[];
}

export function corpusDir(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/corpus');
}

export function kingsoftPath(repoRoot: string): string {
  return path.join(corpusDir(repoRoot), 'marketbeat/kingsoft-cloud-q2-2023.txt');
}

/** The glued `Operator00:00:00` / `Speaker 100:01:43` labels of the scraped page (speaker numbers are one digit). */
const FLAT_LABEL = /(Operator|Speaker (\d))(\d\d):(\d\d):(\d\d)/g;

function parseKingsoftTranscript(page: string): SourceCall {
  // The second line is the transcript alone; the first wraps it in page chrome.
  const lines = page.split('\n');
  const transcript = lines[lines.length - 1];
  const turns: SourceTurn[] = [];
  const matches = [...transcript.matchAll(FLAT_LABEL)];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const bodyStart = m.index! + m[0].length;
    const bodyEnd = i + 1 < matches.length ? matches[i + 1].index! : transcript.length;
    turns.push({
      speaker: m[1] === 'Operator' ? 'Operator' : Number(m[2]),
      seconds: Number(m[3]) * 3600 + Number(m[4]) * 60 + Number(m[5]),
      body: transcript.slice(bodyStart, bodyEnd).trim(),
    });
  }
  return { turns };
}

/** Earnings-21/22 gold text: one `Speaker N: text` turn per line, no timestamps. */
function parseGoldCall(text: string): SourceCall {
  const turns: SourceTurn[] = [];
  for (const line of text.split('\n')) {
    const m = /^Speaker (\d+): (.*)$/.exec(line);
    if (m) turns.push({ speaker: Number(m[1]), body: m[2] });
  }
  return { turns };
}

function loadCalls(repoRoot: string): SourceCall[] {
  const calls = [parseKingsoftTranscript(fs.readFileSync(kingsoftPath(repoRoot), 'utf8'))];
  for (const set of ['earnings21', 'earnings22']) {
    const dir = path.join(corpusDir(repoRoot), set, 'gold');
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      calls.push(parseGoldCall(fs.readFileSync(path.join(dir, f), 'utf8')));
    }
  }
  return calls.filter((c) => c.turns.length > 0);
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Changes the last digit of every number, differently per copy, keeping separators and garbling as written. */
function varyNumbers(body: string, copy: number): string {
  if (copy === 0) return body;
  return body.replace(/\d+/g, (run) => run.slice(0, -1) + String((Number(run[run.length - 1]) + copy) % 10));
}

/** One copy of a call in the scraped-page layout: labels glued to timestamps and text, the whole call on one line. */
function renderCall(call: SourceCall, copy: number): string {
  // Offsets stay under an hour so two-digit hours suffice; speakers rotate over 1..9 (one digit, as on the page).
  const offset = (copy * 53) % 3600;
  const parts: string[] = [];
  const speakers = new Set<string>();
  let elapsed = 0;
  for (const turn of call.turns) {
    const label = turn.speaker === 'Operator' ? 'Operator' : `Speaker ${((turn.speaker + copy) % 9) + 1}`;
    speakers.add(label);
    const seconds = offset + (turn.seconds ?? elapsed);
    parts.push(label + clock(seconds) + varyNumbers(turn.body, copy));
    elapsed += Math.max(2, Math.round(turn.body.split(' ').length / 2.5));
  }
  return `There are ${speakers.size} speakers on the call. ` + parts.join(' ');
}

/** Repeats and varies the calls until the text reaches `targetChars`. */
export function buildLargeTranscript(repoRoot: string, targetChars: number): string {
  const calls = loadCalls(repoRoot);
  const lines: string[] = [];
  let size = 0;
  for (let copy = 0; size < targetChars; copy++) {
    const line = renderCall(calls[copy % calls.length], copy);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n').slice(0, targetChars);
}

/** The four inputs of the benchmark, or undefined when the corpus is not there. */
export function buildInputs(repoRoot: string): BenchInput[] | undefined {
  if (!fs.existsSync(kingsoftPath(repoRoot))) return undefined;
  const page = fs.readFileSync(kingsoftPath(repoRoot), 'utf8');
  return [
    { name: 'Kingsoft page (76 KB)', text: page },
    { name: 'Kingsoft single line (76 KB)', text: page.replace(/\r?\n/g, '') },
    { name: 'Transcript 1 MB', text: buildLargeTranscript(repoRoot, 1_000_000) },
    { name: 'Transcript 10 MB', text: buildLargeTranscript(repoRoot, 10_000_000) },
  ];
}
