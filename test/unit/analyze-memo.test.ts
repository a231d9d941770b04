import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze, createAnalysisMemo } from '../../server/src/core';

const sample = readFileSync(path.join(__dirname, '../../samples/sample.transcript'), 'utf8');

test('analyze with a memo gives the same analysis as without, across edits of one document', () => {
  const memo = createAnalysisMemo();
  const versions = [
    sample,
    sample.replace('$412.5 million', '$412.6 million'),
    sample.replace('Tom Becker: Great, thank you.', 'Tom Becker: Great, thank you. One more: is the 48 customers figure net?'),
    sample.slice(0, 900),
    sample,
  ];
  for (const text of versions) assert.deepEqual(analyze(text, {}, memo), analyze(text, {}));
  assert.ok(memo.entities.size > 0, 'the memo keeps the pieces it read');
});
