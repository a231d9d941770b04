// Robustness bound, not a speed test: inputs shaped to trigger catastrophic regex backtracking must be analysed in
// bounded time that grows roughly linearly (time(4n) < 10 x time(n) + slack). Each analysis runs in a worker
// thread so a runaway one is stopped at the bound and reported instead of hanging the suite.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisWorker } from '../../scripts/bench/analysisWorker';

const N = 25_000;
/** Absolute bound for three analyses of a 4n-character input, far above what a linear analysis needs. */
const BOUND_MS = 15_000;
/** Absorbs timer noise and GC pauses on small absolute times. */
const SLACK_MS = 30;
const RUNS = 3;

const analyses = new AnalysisWorker();
after(() => analyses.close());

/** Fastest of RUNS analyses of `text` in ms, or undefined when they did not finish within the bound. */
async function timeAnalysis(text: string): Promise<number | undefined> {
  const reply = await analyses.time(text, RUNS, BOUND_MS);
  if (reply?.error !== undefined) assert.fail(`analyze() threw: ${reply.error}`);
  return reply?.minMs;
}

/** Repeats `unit` up to exactly `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A name of letters only, different for every i (`Bcson`), as speaker labels must be words. */
function letterName(i: number): string {
  let s = '';
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return `${s[0].toUpperCase()}${s.slice(1)}son`;
}

/** Ever new speakers, each naming someone with a title ("our CFO, Mary ..."): every speaker meets every roster entry. */
function distinctSpeakers(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `Ann ${letterName(i)}: As our CFO, Mary ${letterName(i + 7)} said, revenue was fine.\n`;
  return out.slice(0, size);
}

const cases: Record<string, (size: number) => string> = {
  'digits with comma separators': (n) => fill('1,', n),
  'digits with dot separators': (n) => fill('1.2', n),
  'digits with space separators': (n) => fill('123 ', n),
  'one long run of digits': (n) => fill('9', n),
  'garbled amounts': (n) => fill('RMB200.6.8 1,000,000 ', n),
  'digit groups that never close': (n) => '1' + fill(',000', n - 2) + 'x',
  'Speaker 1 repeated without timestamps': (n) => fill('Speaker 1 ', n),
  'Speaker labels glued without text': (n) => fill('Speaker 1', n),
  'timestamps without labels': (n) => fill('00:00:0', n),
  'a line of dashes': (n) => fill('-', n),
  'a line of equals signs': (n) => fill('=', n),
  'dashed fences on every line': (n) => fill('-'.repeat(60) + '\n', n),
  '-- separators': (n) => fill('Jane Roe -- ', n),
  'bare --': (n) => fill('--', n),
  'spaces only': (n) => fill(' ', n),
  'spaces and newlines': (n) => fill(' \n \r\n\t', n),
  'words separated by huge whitespace': (n) => fill('revenue' + ' '.repeat(5_000), n),
  'RMB repeated': (n) => fill('RMB', n),
  'RMB with spaces': (n) => fill('RMB ', n),
  'currency signs and percent signs': (n) => fill('$%', n),
  'spelled numbers repeated': (n) => fill('one hundred twenty three ', n),
  'spelled scale words repeated': (n) => fill('million billion ', n),
  'spoken decimals repeated': (n) => fill('two point ', n),
  'name-colon labels without text': (n) => fill('Jane Roe:', n),
  'participant lines repeated': (n) => fill('Jane Roe, Acme Securities - Analyst\n', n),
  'caption arrows': (n) => fill('00:00:01.000 --> ', n),
  'recorder label lines': (n) => fill('Jane Doe  0:42\nRevenue was $5 million.\n', n),
  'recorder label lines without text': (n) => fill('Jane Doe  0:42\n', n),
  'BIO label lines': (n) => fill('Q - Jane Doe {BIO 12345678 <GO>}\nWhat about margins?\n', n),
  'BIO codes without a name': (n) => fill('{BIO 1 <GO>}', n),
  'FactSet name and title lines': (n) => 'QUESTION AND ANSWER SECTION\n' + fill('Ann Lee\nAnalyst, UBS Q\nWhat about margins?\n', n - 28),
  'FactSet operator lines': (n) => 'MANAGEMENT DISCUSSION SECTION\n' + fill('Operator: Next.\n', n - 30),
};

/** Cases whose square-law part only shows over the linear work at a larger size. */
const largeCases: Record<string, (size: number) => string> = {
  'new speakers each naming an executive': distinctSpeakers,
};

for (const [name, build, n] of [...Object.entries(cases).map(([k, b]) => [k, b, N] as const), ...Object.entries(largeCases).map(([k, b]) => [k, b, 4 * N] as const)]) {
  test(`linear time: ${name}`, async () => {
    const small = build(n);
    const large = build(4 * n);
    assert.equal(large.length, 4 * n);
    const tSmall = await timeAnalysis(small);
    const tLarge = await timeAnalysis(large);
    assert.ok(tSmall !== undefined, `${n} characters were not analysed within ${BOUND_MS} ms`);
    assert.ok(tLarge !== undefined, `${4 * n} characters were not analysed within ${BOUND_MS} ms`);
    assert.ok(
      tLarge < 10 * tSmall + SLACK_MS,
      `time grew from ${tSmall.toFixed(1)} ms at ${n} characters to ${tLarge.toFixed(1)} ms at ${4 * n} (more than 10x + ${SLACK_MS} ms)`,
    );
  });
}
