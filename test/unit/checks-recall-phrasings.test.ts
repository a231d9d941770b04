// Recall and false alarms of the consistency checks on four phrasings real calls use (a rate's period before its
// earlier value, a margin on a named revenue, "A versus B, up r", "grew to Y from X, or r"), through the whole
// analysis: each case is one turn of a name-colon transcript opened by the operator naming the call's quarter, and
// the findings (doubtful attribution aside) must be exactly as authored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONSISTENT_PHRASINGS, PLANTED_PHRASINGS } from '../fixtures/checks/recall-phrasings';
import { assertPlanted, findingsOf } from './recallHelper';

/** The operator names the call's quarter, so the cases have a current quarter to speak of. */
const PREAMBLE = 'Operator: Welcome to the Q3 2025 call.\n';

PLANTED_PHRASINGS.forEach((c, i) => test(`planted phrasing ${i + 1}: ${c.code} on ${c.flagged.join(' or ')}: ${c.text.slice(0, 50)}`, () => assertPlanted(c, PREAMBLE)));

CONSISTENT_PHRASINGS.forEach((text, i) => test(`consistent phrasing ${i + 1}: ${text.slice(0, 60)}`, () => assert.deepEqual(findingsOf(text, PREAMBLE), [], text)));
