// Multiples said in words ("doubled", "more than tripled", "twice the", "halved") read as multiples with their
// qualifier, and the words that only look like one ("double-digit", "twice a year", "first half") stay words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, entities, only, span } from '../fixtures/entities/helpers';

function multiple(text: string, phrase: string, value: string, extra: Record<string, unknown> = {}): void {
  assert.deepEqual(core(only(text, phrase)), { kind: 'multiple', ...span(text, phrase), value, unit: 'x', resolution: '1', ...extra });
}

/** Multiples read in a text, as their span's text. */
function multiples(text: string): string[] {
  return entities(text).filter((e) => e.kind === 'multiple').map((e) => e.text);
}

test('verbs of a change by a factor, with the qualifier before them', () => {
  multiple('Adjusted EBITDA more than tripled to $30 million from $12 million.', 'more than tripled', '3', { qualifier: 'more-than' });
  multiple('Adjusted EBITDA more than doubled to $30 million.', 'more than doubled', '2', { qualifier: 'more-than' });
  multiple('Free cash flow doubled from $20 million.', 'doubled', '2');
  multiple('Bookings nearly tripled this year.', 'nearly tripled', '3', { qualifier: 'approximately' });
  multiple('Our installed base has quadrupled.', 'quadrupled', '4');
  multiple('Sales trebled in Asia.', 'trebled', '3');
  // A halving is read a little wider than "0.5 times": 0.4 to 0.6.
  multiple('Net loss halved to $5 million.', 'halved', '0.5', { resolution: '0.2' });
});

test('base forms count only after a qualifier', () => {
  multiple('We expect revenue to more than triple by 2026.', 'more than triple', '3', { qualifier: 'more-than' });
  multiple('Cash flow was nearly double the prior year.', 'nearly double', '2', { qualifier: 'approximately' });
  assert.deepEqual(multiples('We aim to double revenue and triple the margin.'), []);
});

test('"twice" multiplies what follows it', () => {
  multiple('Operating income was $40 million, twice the $20 million of a year ago.', 'twice', '2');
  multiple('Backlog is more than twice what it was.', 'more than twice', '2', { qualifier: 'more-than' });
  multiple('The new plant is twice as large.', 'twice', '2');
  multiple('Our bonds yield about twice that, right?', 'about twice', '2', { qualifier: 'approximately' });
  assert.deepEqual(multiples('As I mentioned twice that we had excess liquidity, we said it twice.'), []);
});

test('spelled multiples still read, and "N times" of a period counts occasions', () => {
  multiple('Revenue was three times the level of last year.', 'three times', '3');
  multiple("EBITDA was 3 times last year's level.", '3 times', '3');
  assert.deepEqual(multiples('We meet three times a year, report 4 times per year, raised prices twice a year and twice this year.'), []);
  assert.deepEqual(multiples('Guidance went up three times in a row, and 2 times so far.'), []);
});

test('words that only look like multiples stay words', () => {
  const text =
    'We saw double-digit growth and double digits in Europe, we doubled down on marketing, avoided double counting, ' +
    'and half of our revenue came in the first half and second half; a double play, we met twice.';
  assert.deepEqual(multiples(text), []);
});
