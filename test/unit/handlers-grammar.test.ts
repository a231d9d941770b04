// The TextMate grammar is cosmetic, but its patterns must compile and match what they are meant to colour.
// JavaScript regexes stand in for Oniguruma here (the patterns use only syntax both share).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const grammar = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../syntaxes/earnings-transcript.tmLanguage.json'), 'utf8'));
const matches = (rule: string, text: string) => text.match(new RegExp(grammar.repository[rule].match, 'gm'));

test('grammar: every included rule exists; labels, timestamps and figures match', () => {
  assert.equal(grammar.scopeName, 'text.earnings-transcript');
  for (const p of grammar.patterns) assert.ok(grammar.repository[p.include.slice(1)], p.include);
  assert.deepEqual(matches('scraped-label', 'risks. Speaker 100:01:43Private and Operator00:00:00Good day'), ['Speaker 100:01:43', 'Operator00:00:00']);
  assert.deepEqual(matches('line-label', 'Henry He: Revenue\nJohn Smith -- CFO\nOperator: hi\nSpeaker 3: yo\nthe thing: no'), ['Henry He', 'John Smith', 'Operator', 'Speaker 3']);
  assert.deepEqual(matches('timestamp', 'at 00:04:23 and 1:02:03.500, not 12:30'), ['00:04:23', '1:02:03.500']);
  assert.deepEqual(matches('money', 'RMB207 1,000,000 and $412.5 million, €3bn, 5 apples'), ['RMB207', '$412.5 million', '€3bn']);
  assert.deepEqual(matches('percent', '8.4%, 5.3 percentage points, 40 basis points, 21.7 percent'), ['8.4%', '5.3 percentage points', '40 basis points', '21.7 percent']);
});
