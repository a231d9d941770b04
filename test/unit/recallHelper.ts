// Shared by the recall tests of the checks: each authored case is the body of one `Jane Doe:` turn, analysed whole,
// and its findings (doubtful attribution aside) must be exactly as authored.
import assert from 'node:assert/strict';
import { analyze, DEFAULT_SETTINGS } from '../../server/src/core';
import type { Planted } from '../fixtures/checks/recall-cases';

/** The findings on `body` as `code: flagged text`; `preamble` comes before the turn (an operator naming the quarter). */
export function findingsOf(body: string, preamble = ''): string[] {
  const text = `${preamble}Jane Doe: ${body}\nOperator: Thank you.`;
  return analyze(text, DEFAULT_SETTINGS)
    .findings.filter((f) => f.code !== 'doubtful-attribution')
    .map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
}

/** Exactly one finding, of the planted code, on one of the spans the case allows. */
export function assertPlanted(c: Planted, preamble = ''): void {
  const got = findingsOf(c.text, preamble);
  const wanted = c.flagged.map((span) => [`${c.code}: ${span}`]);
  assert.ok(
    wanted.some((w) => JSON.stringify(w) === JSON.stringify(got)),
    `${c.text}\n  expected one of ${JSON.stringify(wanted)}\n  got ${JSON.stringify(got)}`,
  );
}
