// The scraped Kingsoft Cloud Q2 2023 page (read-only corpus): speech-to-text figures read as the call meant them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import type { Entity } from '../../server/src/core';
import { extractEntities } from '../../server/src/core/entities';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';

const repoRoot = path.resolve(__dirname, '../..');
const file = path.resolve(repoRoot, '../shared/corpus/marketbeat/kingsoft-cloud-q2-2023.txt');

function load(): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** The entity exactly at the first occurrence of `phrase`. */
function at(text: string, entities: Entity[], phrase: string): Entity {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `${phrase} not in the page`);
  const e = entities.find((x) => x.start === start && x.end === start + phrase.length);
  assert.ok(e, `no entity spans ${phrase}`);
  return e;
}

test('Kingsoft page: garbled figures are read, doubtful ones flagged', (t) => {
  const text = load();
  if (text === undefined) {
    t.skip('corpus not present');
    return;
  }
  const { entities } = analyze(text);
  const a = at(text, entities, 'RMB207 1,000,000');
  assert.deepEqual([a.kind, a.currency, a.value, a.malformed], ['money', 'CNY', '207000000', undefined]);
  const b = at(text, entities, 'RMB18 35,400,000');
  assert.deepEqual([b.kind, b.currency, b.value], ['money', 'CNY', '1835400000']);
  const c = at(text, entities, 'RMB1159,500,000');
  assert.deepEqual([c.kind, c.currency, c.value], ['money', 'CNY', '1159500000']);
  const d = at(text, entities, 'negative 3.3%');
  assert.deepEqual([d.kind, d.value, d.unit], ['percent', '-3.3', '%']);
  const m = at(text, entities, 'RMB200.6.8 1,000,000');
  assert.equal(m.kind, 'money');
  assert.equal(m.value, '206800000');
  assert.deepEqual(m.malformed?.alternatives, ['206800000', '200600000', '200680000']);
  const p = at(text, entities, '2 102 percent');
  assert.deepEqual([p.kind, p.value, p.malformed?.alternatives], ['percent', '202', ['202', '2102', '102']]);
  // the call states RMB as its currency: bare amounts after that statement are CNY, the page header's quote is USD
  assert.equal(at(text, entities, '$11.03').currency, 'USD');
  const py = at(text, entities, 'RMB616.6 million');
  assert.deepEqual([py.metric?.text, py.period?.id], ['revenue from enterprise cloud services', 'prior-year-quarter']);
  // timestamps glued to speaker labels are not figures
  const glued = text.indexOf('Speaker 300:');
  assert.ok(glued > 0);
  assert.deepEqual(entities.filter((e) => e.start >= glued && e.start < glued + 16), []);
});

test('Kingsoft page: entities take a few milliseconds', (t) => {
  const text = load();
  if (text === undefined) {
    t.skip('corpus not present');
    return;
  }
  const context = { turns: [], speakers: [], settings: DEFAULT_SETTINGS };
  extractEntities(text, context); // warm up
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    extractEntities(text, context);
    runs.push(performance.now() - t0);
  }
  runs.sort((x, y) => x - y);
  // generous bound: shared CI machines are noisy; the median is reported in the bench
  assert.ok(runs[2] < 500, `median ${runs[2].toFixed(1)} ms`);
});
