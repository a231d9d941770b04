// Recall and false alarms of the consistency checks on four phrasings real calls use (a rate's period before its
// earlier value, a margin on a named revenue, "A versus B, up r", "grew to Y from X, or r"), through the whole
// analysis: each case is one turn of a name-colon transcript opened by the operator naming the call's quarter, and
// the findings (doubtful attribution aside) must be exactly as authored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/core';
import type { Planted } from '../fixtures/checks/recall-cases';
import { CONSISTENT_PHRASINGS, PLANTED_PHRASINGS } from '../fixtures/checks/recall-phrasings';

function findingsOf(body: string): string[] {
  const text = `Operator: Welcome to the Q3 2025 call.\nJane Doe: ${body}\nOperator: Thank you.`;
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

PLANTED_PHRASINGS.forEach((c, i) => test(`planted phrasing ${i + 1}: ${c.code} on ${c.flagged.join(' or ')}: ${c.text.slice(0, 50)}`, () => assertPlanted(c)));

CONSISTENT_PHRASINGS.forEach((text, i) => test(`consistent phrasing ${i + 1}: ${text.slice(0, 60)}`, () => assert.deepEqual(findingsOf(text), [], text)));
