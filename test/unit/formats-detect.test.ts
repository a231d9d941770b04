import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FORMAT_READERS } from '../../server/src/core/formats/index';
import type { FormatId } from '../../server/src/core/types';
import { crlfWithBom, fixture, repoRoot } from './formats-helper';

const FIXTURES: [string, FormatId][] = [
  ['motley-fool.txt', 'motley-fool'],
  ['seeking-alpha.txt', 'seeking-alpha'],
  ['refinitiv.txt', 'refinitiv'],
  ['captions.vtt', 'webvtt'],
  ['captions.srt', 'srt'],
];
const MINE: FormatId[] = FIXTURES.map(([, id]) => id);

function scores(text: string): Map<FormatId, number> {
  return new Map(FORMAT_READERS.map((r) => [r.id, r.detect(text)]));
}

for (const [file, id] of FIXTURES) {
  test(`detect: ${file} scores highest for ${id} and low for every other reader`, () => {
    for (const text of [fixture(file), crlfWithBom(fixture(file))]) {
      const s = scores(text);
      const own = s.get(id)!;
      assert.ok(own >= 0.8, `${id} scores ${own}`);
      for (const [other, score] of s) {
        if (other === id) continue;
        assert.ok(score <= 0.3, `${other} scores ${score} on ${file}`);
        assert.ok(score < own);
      }
    }
  });
}

test('detect: exact scores of the five readers on their own fixtures', () => {
  assert.deepEqual(
    FIXTURES.map(([file, id]) => [id, Math.round(scores(fixture(file)).get(id)! * 100) / 100]),
    [
      ['motley-fool', 1],
      ['seeking-alpha', 0.95],
      ['refinitiv', 1],
      ['webvtt', 1],
      ['srt', 0.95],
    ],
  );
});

test('detect: empty and unrelated text score 0 for these readers', () => {
  for (const text of ['', '\uFEFF', 'Revenue grew 5% to $10 million.\nThanks, everyone.\n']) {
    const s = scores(text);
    for (const id of MINE) assert.equal(s.get(id), 0, `${id} on ${JSON.stringify(text)}`);
  }
});

test('detect: the real corpus transcripts (flat scrape, `Speaker N:` lines) score low for these readers', (t) => {
  const corpus = path.resolve(repoRoot, '../shared/corpus');
  if (!existsSync(corpus)) {
    t.skip('corpus not present');
    return;
  }
  const files = [path.join(corpus, 'marketbeat/kingsoft-cloud-q2-2023.txt')];
  for (const set of ['earnings21/gold', 'earnings22/gold']) {
    const dir = path.join(corpus, set);
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.txt')) files.push(path.join(dir, f));
  }
  assert.ok(files.length >= 2);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const s = scores(text);
    for (const id of MINE) assert.ok(s.get(id)! <= 0.2, `${id} scores ${s.get(id)} on ${path.basename(f)}`);
  }
});
