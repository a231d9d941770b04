// Recall and false alarms of the consistency checks on ordinary phrasing, through the whole analysis: each case is
// one turn of a name-colon transcript, and the findings (doubtful attribution aside) must be exactly as authored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/core';
import { CONSISTENT, CONSISTENT_MORE, PLANTED, PLANTED_MORE, type Planted } from '../fixtures/checks/recall-cases';

function findingsOf(body: string): string[] {
  const text = `Jane Doe: ${body}\nOperator: Thank you.`;
  return analyze(text, DEFAULT_SETTINGS)
    .findings.filter((f) => f.code !== 'doubtful-attribution')
    .map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

function assertPlanted(c: Planted) {
  const got = findingsOf(c.text);
  const wanted = c.flagged.map((span) => [`${c.code}: ${span}`]);
  assert.ok(
    wanted.some((w) => JSON.stringify(w) === JSON.stringify(got)),
    `${c.text}\n  expected one of ${JSON.stringify(wanted)}\n  got ${JSON.stringify(got)}`,
  );
}

for (const [name, cases] of [['authored', PLANTED], ['own wording', PLANTED_MORE]] as const) {
  cases.forEach((c, i) => test(`planted (${name}) ${i + 1}: ${c.code} on ${c.flagged.join(' or ')}`, () => assertPlanted(c)));
}

for (const [name, cases] of [['authored', CONSISTENT], ['own wording', CONSISTENT_MORE]] as const) {
  cases.forEach((text, i) => test(`consistent (${name}) ${i + 1}: ${text.slice(0, 50)}`, () => assert.deepEqual(findingsOf(text), [], text)));
}
