// Property tests: whatever the text (transcript-like, mutated, binary, huge), analyze() never throws and returns
// spans a consumer can trust: inside [0, length], start <= end, turns in order and not overlapping.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Analysis, Span } from '../../server/src/core';
import { AnalysisWorker } from '../../scripts/bench/analysisWorker';

// analyze() runs in a worker thread so an input that makes it loop or run away fails the test (with the input)
// instead of hanging the suite.
const analyses = new AnalysisWorker();
after(() => analyses.close());
/** Bound for one analysis: small generated inputs, then the multi-megabyte ones. */
const SMALL_BOUND_MS = 10_000;
const LARGE_BOUND_MS = 60_000;

/** Every span of the analysis, with a path that says where it came from (for readable failures). */
function allSpans(a: Analysis): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  a.turns.forEach((t, i) => {
    out.push([`turns[${i}]`, t], [`turns[${i}].labelSpan`, t.labelSpan], [`turns[${i}].body`, t.body]);
    if (t.timestampSpan) out.push([`turns[${i}].timestampSpan`, t.timestampSpan]);
  });
  a.speakers.forEach((s, i) => s.evidence.forEach((e, j) => out.push([`speakers[${i}].evidence[${j}]`, e])));
  a.sections.forEach((s, i) => {
    out.push([`sections[${i}]`, s]);
    if (s.headingSpan) out.push([`sections[${i}].headingSpan`, s.headingSpan]);
  });
  a.exchanges.forEach((x, i) => {
    out.push([`exchanges[${i}]`, x]);
    x.questions.forEach((q, j) => out.push([`exchanges[${i}].questions[${j}]`, q]));
  });
  a.entities.forEach((e, i) => {
    out.push([`entities[${i}]`, e]);
    if (e.metric) out.push([`entities[${i}].metric`, e.metric]);
    if (e.period?.span) out.push([`entities[${i}].period.span`, e.period.span]);
  });
  a.findings.forEach((f, i) => {
    out.push([`findings[${i}]`, f]);
    f.related.forEach((r, j) => out.push([`findings[${i}].related[${j}]`, r]));
  });
  if (a.duplicate) out.push(['duplicate.original', a.duplicate.original], ['duplicate.repeat', a.duplicate.repeat]);
  return out;
}

/** Throws (with the offending path, or the input that hung or threw) when the analysis of `text` breaks an invariant. */
async function checkAnalysis(text: string): Promise<Analysis> {
  const bound = text.length > 100_000 ? LARGE_BOUND_MS : SMALL_BOUND_MS;
  let analysis: Analysis;
  try {
    analysis = await analyses.analyze(text, bound);
  } catch (err) {
    const shown = text.length > 300 ? `${JSON.stringify(text.slice(0, 300))}... (${text.length} characters)` : JSON.stringify(text);
    throw new Error(`${(err as Error).message}\ninput: ${shown}`);
  }
  return checkInvariants(text, analysis);
}

function checkInvariants(text: string, a: Analysis): Analysis {
  assert.equal(a.length, text.length, 'analysis.length');
  for (const [where, s] of allSpans(a)) {
    const ok = Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
    if (!ok) assert.fail(`${where} = [${s.start}, ${s.end}) is outside [0, ${text.length}] or reversed`);
  }
  for (let i = 1; i < a.turns.length; i++) {
    const prev = a.turns[i - 1];
    const cur = a.turns[i];
    if (prev.end > cur.start) assert.fail(`turns[${i - 1}] [${prev.start}, ${prev.end}) overlaps or follows turns[${i}] [${cur.start}, ${cur.end})`);
  }
  return a;
}

// Fragments of real-looking transcripts, written for these tests (no corpus text).
const labels = [
  'Operator',
  'Speaker 1',
  'Speaker 12',
  'Jane Roe',
  'Jane Roe -- Chief Financial Officer',
  'John Smith, Acme Securities - Analyst  [3]',
  'Q: ',
  'A: ',
  'Jane Roe  0:42',
  'Speaker 2  1:03:15',
  'Q - Jane Roe {BIO 12345678 <GO>}',
  'Jane Roe {BIO 1 <GO>}',
  'Operator: ',
  'Chief Financial Officer, Acme Corp. A',
  'Analyst, Acme Securities Q',
];
const timestamps = ['00:00:00', '00:01:43', '01:00:16', '99:59:59', '0:7', '00:00:01.000', '12:34'];
const figures = ['RMB207 million', '$1.2 billion', '3.5%', 'negative 3.3%', '50 basis points', '2 percentage points', 'US$0.30 per share', 'twenty five million dollars', '1.5x', '12,000 customers', 'Q2 2023', 'fiscal 2024', 'second quarter', 'approximately RMB1.8 billion', 'between 10% and 12%'];
const garbled = ['RMB207 1,000,000', 'RMB18 35,400,000', 'RMB1159,500,000', '2 102 percent', 'RMB200.6.8 1,000,000', '$.', '1,2,3,4', '..5', '%%', 'RMB', '1e308', '-0'];
const headers = [
  'Company Participants',
  'Conference Call Participants',
  'Prepared Remarks:',
  'Questions and Answers:',
  'Question-and-Answer Session',
  '-----------------------------',
  '=============',
  'Presentation',
  'Definitions',
  'There are 6 speakers on the call.',
  'Other Participants',
  'Questions And Answers',
  'CORPORATE PARTICIPANTS',
  'MANAGEMENT DISCUSSION SECTION',
  'QUESTION AND ANSWER SECTION',
  'Disclaimer',
  '* Jane Roe, Analyst, Acme',
];
const cues = ['WEBVTT', '00:00:01.000 --> 00:00:04.000', '1\n00:00:01,000 --> 00:00:04,000', '<v Jane Roe>', 'NOTE', '-->'];
const words = ['revenue', 'was', 'up', 'year-over-year', 'and', 'thank you', 'next question', 'please go ahead', 'guidance', 'margin', 'the', 'quarter', '?', '.', ','];
const separators = [' ', '\n', '\r\n', '\t', '', ': ', ' -- ', '\n\n', '\u00a0', '\u2028'];
const oddUnits = ['\u0000', '\ud800', '\udfff', '\ud83d\ude00', '\ufeff', '\u200b', '\u0301', '\uffff'];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...labels) },
  { weight: 2, arbitrary: fc.constantFrom(...timestamps) },
  { weight: 3, arbitrary: fc.constantFrom(...figures) },
  { weight: 2, arbitrary: fc.constantFrom(...garbled) },
  { weight: 1, arbitrary: fc.constantFrom(...headers) },
  { weight: 1, arbitrary: fc.constantFrom(...cues) },
  { weight: 4, arbitrary: fc.constantFrom(...words) },
  { weight: 4, arbitrary: fc.constantFrom(...separators) },
  { weight: 1, arbitrary: fc.constantFrom(...oddUnits) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const transcript = fc.array(fragment, { maxLength: 300 }).map((parts) => parts.join(''));

interface Edit {
  at: number;
  remove: number;
  insert: string;
}
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 20 }),
  insert: fc.oneof(fragment, fc.constant('')),
});

/** Applies an edit at a position folded into the text, the way an editor splices a document. */
function applyEdit(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

test('the invariant check itself rejects a span past the end and overlapping turns', () => {
  const text = 'Speaker 1: a. Speaker 2: b.';
  const turn = (start: number, end: number, index: number) => ({
    start, end, index, speakerId: 's', label: 'Speaker', labelSpan: { start, end: start + 9 }, body: { start: start + 11, end }, sectionIndex: 0,
  });
  const base: Analysis = { length: text.length, format: 'name-colon', speakers: [], turns: [turn(0, 14, 0), turn(14, 27, 1)], sections: [], exchanges: [], entities: [], findings: [], skipped: [] };
  assert.equal(checkInvariants(text, base), base);
  const pastEnd = { ...base, entities: [{ kind: 'money' as const, text: 'x', start: 20, end: 28 }] };
  assert.throws(() => checkInvariants(text, pastEnd), { message: 'entities[0] = [20, 28) is outside [0, 27] or reversed' });
  const overlapping = { ...base, turns: [turn(0, 15, 0), turn(14, 27, 1)] };
  assert.throws(() => checkInvariants(text, overlapping), { message: 'turns[0] [0, 15) overlaps or follows turns[1] [14, 27)' });
});

test('random transcripts built from fragments', async () => {
  await fc.assert(fc.asyncProperty(transcript, async (text) => void (await checkAnalysis(text))), { numRuns: 300 });
});

test('random edits applied one after another to a transcript', async () => {
  await fc.assert(
    fc.asyncProperty(transcript, fc.array(edit, { minLength: 1, maxLength: 15 }), async (start, edits) => {
      let text = start;
      for (const e of edits) {
        text = applyEdit(text, e);
        await checkAnalysis(text);
      }
    }),
    { numRuns: 100 },
  );
});

test('arbitrary UTF-16, including lone surrogates and NUL', async () => {
  const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((cs) => String.fromCharCode(...cs));
  await fc.assert(fc.asyncProperty(units, async (text) => void (await checkAnalysis(text))), { numRuns: 200 });
});

test('a transcript cut at every kind of boundary, including inside surrogate pairs', async () => {
  const text = 'Operator00:00:00Good day \ud83d\ude00. Speaker 100:00:41Revenue was RMB207 1,000,000, up 3.5%.\u0000 Speaker 2: next?';
  for (let i = 0; i <= text.length; i++) {
    await checkAnalysis(text.slice(0, i));
    await checkAnalysis(text.slice(i));
  }
});

test('empty and whitespace-only documents give an empty outline', async () => {
  for (const text of ['', ' ', '\n', '\r\n\r\n', '\t \u00a0']) {
    const a = await checkAnalysis(text);
    assert.deepEqual([a.turns.length, a.entities.length, a.exchanges.length], [0, 0, 0], JSON.stringify(text));
  }
});

test('1 MB of digits', async () => {
  await checkAnalysis('7'.repeat(1_000_000));
  await checkAnalysis('1,234.5 '.repeat(125_000));
});

test('100,000 speaker labels', async () => {
  await checkAnalysis('Speaker 1: yes.\n'.repeat(100_000));
  await checkAnalysis('Speaker 100:00:00'.repeat(100_000));
});

test('NUL bytes throughout', async () => {
  await checkAnalysis('\u0000'.repeat(100_000));
  await checkAnalysis('Speaker 1: revenue was $1.2\u0000 billion\u0000\n'.repeat(2_000));
});

test('a single 10 MB line', async () => {
  const sentence = 'Speaker 100:00:41Revenue was RMB207 million, up 3.5% year-over-year. ';
  await checkAnalysis(sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000));
});
