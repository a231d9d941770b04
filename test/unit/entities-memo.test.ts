// The entity memo: re-reading a document after an edit gives exactly what a fresh read gives, while only the
// edited turn is read again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEntityMemo, extractEntities, type EntityMemo } from '../../server/src/core/entities';
import { segment } from '../../server/src/core/segment';
import { piecesOf } from '../../server/src/core/entities/pieces';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import type { Entity, Settings } from '../../server/src/core/types';

const repoRoot = path.resolve(__dirname, '../..');
const kingsoftFile = path.resolve(repoRoot, '../shared/corpus/marketbeat/kingsoft-cloud-q2-2023.txt');

function read(text: string, memo?: EntityMemo, settings: Settings = DEFAULT_SETTINGS): Entity[] {
  const { turns, speakers } = segment(text);
  return extractEntities(text, { turns, speakers, settings, ...(memo ? { memo } : {}) });
}

const CALL = [
  'Operator: Good day and welcome to the Example Cloud second quarter 2024 earnings call.',
  'Mary Chen: Thank you. Unless otherwise stated, all figures are denominated in RMB.',
  'Mary Chen: Revenue was 206.8 million, up 12% year over year. Gross margin was 15.4% in Q2.',
  'Operator: Our first question comes from Sam Lee with Big Bank.',
  'Sam Lee: Thanks. How many new customers did you add in Q3 so far?',
  'Mary Chen: We added 35 new customers and expect capex of about 90 million for the full year.',
  '',
].join('\n');

function entityAt(text: string, entities: Entity[], phrase: string): Entity {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `${phrase} not in the text`);
  const hit = entities.find((e) => e.start === start && e.end === start + phrase.length);
  assert.ok(hit, `no entity spans ${phrase}`);
  return hit;
}

test('memo: an authored call reads the same with and without the memo, before and after edits', () => {
  const memo = createEntityMemo();
  const first = read(CALL, memo);
  assert.deepEqual(first, read(CALL));
  // Six bodies and seven gaps (labels, final line break): 13 pieces. The third `Mary Chen:` label reads like the
  // second (both after the RMB statement), so it is read once.
  assert.deepEqual([memo.hits, memo.misses], [1, 12]);
  const revenue = entityAt(CALL, first, 'Revenue was 206.8 million'.slice('Revenue was '.length));
  assert.equal(revenue.currency, 'CNY');
  assert.equal(entityAt(CALL, first, 'Q3').period?.id, '2024-Q3');

  // Unchanged text: nothing is read again.
  assert.deepEqual(read(CALL, memo), first);
  assert.deepEqual([memo.hits, memo.misses], [13, 0]);

  // One figure changed in the last turn: only that turn's body is read again.
  const edited = CALL.replace('35 new customers', '36 new customers');
  const afterEdit = read(edited, memo);
  assert.deepEqual(afterEdit, read(edited));
  assert.deepEqual([memo.hits, memo.misses], [12, 1]);
  assert.equal(entityAt(edited, afterEdit, '36 new customers').value, '36');

  // The currency statement removed: later bare amounts lose it, so the turns after it are read again.
  const undeclared = edited.replace('all figures are denominated in RMB', 'all figures are as reported');
  const withoutRmb = read(undeclared, memo);
  assert.deepEqual(withoutRmb, read(undeclared));
  assert.equal(entityAt(undeclared, withoutRmb, '206.8 million').currency, undefined);

  // The year of the call changed in the first turn: quarters said without a year elsewhere follow it.
  const nextYear = undeclared.replace('second quarter 2024', 'second quarter 2025');
  const moved = read(nextYear, memo);
  assert.deepEqual(moved, read(nextYear));
  assert.equal(entityAt(nextYear, moved, 'Q3').period?.id, '2025-Q3');
  assert.equal(memo.misses, 1);
});

test('memo: pieces are the turn bodies and the gaps around them, covering the text', () => {
  const text = 'Operator: Hello.\nJane Doe: Revenue was $5 million.\n';
  const { turns } = segment(text);
  assert.deepEqual(
    turns.map((t) => text.slice(t.body.start, t.body.end)),
    ['Hello.', 'Revenue was $5 million.'],
  );
  assert.deepEqual(
    piecesOf(text.length, turns).map((p) => text.slice(p.start, p.end)),
    ['Operator: ', 'Hello.', '\nJane Doe: ', 'Revenue was $5 million.', '\n'],
  );
  assert.deepEqual(piecesOf(7, []), [{ start: 0, end: 7 }]);
  assert.deepEqual(piecesOf(0, []), [{ start: 0, end: 0 }]);
});

test('memo: results are copies, so changing one leaves the next read intact', () => {
  const memo = createEntityMemo();
  const first = read(CALL, memo);
  for (const e of first) {
    e.start += 1000;
    if (e.period?.span) e.period.span.start += 1000;
    if (e.metric) e.metric.text = 'changed';
  }
  assert.deepEqual(read(CALL, memo), read(CALL));
});

test('memo: the setting for a default currency is part of the key', () => {
  const memo = createEntityMemo();
  const text = 'Jane Doe: Cash was 5 million at the end of the quarter.\nSam Lee: And capex of 3 million?\n';
  const eur = { ...DEFAULT_SETTINGS, defaultCurrency: 'EUR' };
  assert.deepEqual(read(text, memo, eur), read(text, undefined, eur));
  assert.equal(entityAt(text, read(text, memo, eur), '5 million').currency, 'EUR');
  const usd = { ...DEFAULT_SETTINGS, defaultCurrency: 'USD' };
  assert.deepEqual(read(text, memo, usd), read(text, undefined, usd));
  assert.equal(entityAt(text, read(text, memo, usd), '5 million').currency, 'USD');
});

test('memo: entries of text no longer in the document are dropped after two reads', () => {
  const memo = createEntityMemo();
  read(CALL, memo);
  const size = memo.size;
  const edited = CALL.replace('35 new customers', '37 new customers');
  read(edited, memo);
  assert.equal(memo.size, size + 1); // the old body is kept one more read, so an undo is cheap
  read(edited, memo);
  assert.equal(memo.size, size);
});

test('memo: the Kingsoft page reads the same with and without the memo, before and after an edit', (t) => {
  if (!fs.existsSync(kingsoftFile)) {
    t.skip('corpus not present');
    return;
  }
  const text = fs.readFileSync(kingsoftFile, 'utf8');
  const memo = createEntityMemo();
  const fresh = read(text);
  assert.deepEqual(read(text, memo), fresh);
  const { turns } = segment(text);
  assert.ok(turns.length > 20);
  // Add a sentence at the end of a turn in the middle of the call.
  const body = turns[Math.floor(turns.length / 2)].body;
  const edited = `${text.slice(0, body.end)} Revenue was RMB5.5 million.${text.slice(body.end)}`;
  const afterEdit = read(edited, memo);
  assert.deepEqual(afterEdit, read(edited));
  assert.equal(memo.misses, 1);
  const added = entityAt(edited, afterEdit, 'RMB5.5 million');
  assert.deepEqual([added.value, added.currency], ['5500000', 'CNY']);
  assert.ok(afterEdit.length === fresh.length + 1);
});
