import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../server/src/core/checks';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { entitiesOf, summary } from './checksHelper';

function list(text: string): string[] {
  return summary(text, runChecks({ text, entities: entitiesOf(text), turns: [], settings: DEFAULT_SETTINGS }));
}

test('restated: an open bound ("up to $40.0 million") before a larger figure is not checked and does not throw', () => {
  assert.deepEqual(list('Free cash flow was up to $40.0 million. Free cash flow was $46.0 million.'), []);
  assert.deepEqual(list('Free cash flow was $46.0 million. Free cash flow was up to $40.0 million.'), []);
  // Bounded figures still contradict.
  assert.deepEqual(list('Free cash flow was $46.0 million. Free cash flow was $40.0 million.'), ['restated-figure: $40.0 million']);
});
