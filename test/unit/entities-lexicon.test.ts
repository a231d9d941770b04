// Word lists are looked up by the words of the text: a word that names a property of every JavaScript object
// (`constructor`) must read as an ordinary word, not as a scale, a currency or an ordinal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entities } from '../fixtures/entities/helpers';

function brief(text: string): Array<[string, string, string | undefined, string | undefined]> {
  return entities(text).map((e) => [e.kind, e.text, e.value, e.currency ?? e.unit ?? e.period?.id]);
}

test('lexicon: `constructor` after an amount is neither a scale nor a currency', () => {
  assert.deepEqual(brief('Revenue was $5 constructor teams.'), [['money', '$5', '5', 'USD']]);
  assert.deepEqual(brief('Revenue was 5 constructor dollars.'), []);
});

test('lexicon: `constructor quarter` is no period, and `constructors` still counts', () => {
  assert.deepEqual(brief('In the fiscal constructor quarter we grew.'), []);
  assert.deepEqual(brief('We signed 12 constructors this year.'), [
    ['count', '12 constructors', '12', 'constructors'],
    ['period', 'this year', undefined, 'full-year'],
  ]);
});
