// Recall and false alarms of the consistency checks on ordinary phrasing, through the whole analysis: each case is
// one turn of a name-colon transcript, and the findings (doubtful attribution aside) must be exactly as authored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { CONSISTENT, CONSISTENT_MORE, PLANTED, PLANTED_MORE } from '../fixtures/checks/recall-cases';
import { assertPlanted, findingsOf } from './recallHelper';

for (const [name, cases] of [['authored', PLANTED], ['own wording', PLANTED_MORE]] as const) {
  cases.forEach((c, i) => test(`planted (${name}) ${i + 1}: ${c.code} on ${c.flagged.join(' or ')}`, () => assertPlanted(c)));
}

for (const [name, cases] of [['authored', CONSISTENT], ['own wording', CONSISTENT_MORE]] as const) {
  cases.forEach((text, i) => test(`consistent (${name}) ${i + 1}: ${text.slice(0, 50)}`, () => assert.deepEqual(findingsOf(text), [], text)));
}

test('the call\'s own quarter named explicitly is the current quarter; a GAAP figure is never compared with a non-GAAP one', () => {
  const flagged = (text: string) => analyze(text).findings.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
  const head = 'Operator: Welcome to the Acme third quarter 2024 earnings call.\n';
  assert.deepEqual(flagged(`${head}Jane Doe: Revenue for the third quarter was $412.5 million.\nJane Doe: To recap, revenue was $450.0 million this quarter.\nOperator: Thank you.`), [
    'restated-figure: $450.0 million',
  ]);
  assert.deepEqual(flagged(`${head}Jane Doe: Revenue for the third quarter was $412.5 million.\nJane Doe: To recap, revenue was $412.5 million this quarter.\nOperator: Thank you.`), []);
  assert.deepEqual(
    flagged(
      `${head}Jane Doe: GAAP other income for the quarter was $1.5 million, compared to other income of $1.9 million in quarter three of 2023. Non-GAAP other income for the quarter was $0.9 million, compared to other income of $2.7 million for quarter three of 2023.\nOperator: Thank you.`,
    ),
    [],
  );
});
