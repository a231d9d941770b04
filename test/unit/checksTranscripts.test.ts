import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { summary } from './checksHelper';

const repoRoot = path.resolve(__dirname, '../..');
const CHECK_CODES = /mismatch|restated|malformed/;

function findingsOf(text: string) {
  return analyze(text).findings.filter((f) => CHECK_CODES.test(f.code));
}

function fixture(name: string): string {
  return readFileSync(path.join(repoRoot, 'test/fixtures/checks', name), 'utf8');
}

test('growth fixture: planted wrong rates flagged; 8.4% (8.38) and 10.1% (10.05) pass', () => {
  const text = fixture('growth.transcript');
  const found = findingsOf(text);
  assert.deepEqual(summary(text, found), ['growth-mismatch: 12.0%', 'growth-mismatch: 5.5%']);
  assert.equal(found[0].message, 'Stated change of +12.0% does not match $100.0 million → $120.0 million, which is [19.89, 20.12]% (off by at least 7.84 points).');
  assert.equal(found[1].message, 'Stated change of -5.5% does not match $92.0 million → $88.0 million, which is [-4.46, -4.24]% (off by at least 0.99 points).');
  assert.deepEqual(found[0].related.map((r) => text.slice(r.start, r.end)), ['$100.0 million', '$120.0 million']);
});

test('margins fixture: 11.3% on 206.8/1,835.4 and 90 bp from 3.0% to 4.0% pass; planted errors flagged', () => {
  const text = fixture('margins.transcript');
  const found = findingsOf(text);
  assert.deepEqual(summary(text, found), ['margin-mismatch: 5.5%', 'point-change-mismatch: 2.0 percentage points']);
  assert.equal(found[0].message, 'Margin 5.5% does not match $91.0 million over $1,835.4 million, which is [4.95, 4.97]% (off by at least 0.48 points).');
  assert.equal(found[1].message, 'Change of 2.0 percentage points does not match 9.0% → 11.3%, a move of [2.20, 2.40] points (off by at least 0.15 points).');
});

test('restated fixture: $1.84 billion agrees with $1,835.4 million; $40.0M vs $46.0M and parts above total flagged', () => {
  const text = fixture('restated.transcript');
  const found = findingsOf(text);
  assert.deepEqual(summary(text, found), ['parts-total-mismatch: $700.0 million', 'restated-figure: $40.0 million']);
  assert.equal(found[1].message, '$40.0 million contradicts $46.0 million stated earlier for the same free cash flow (current period); they differ by at least 5900000.');
  assert.deepEqual(found[1].related.map((r) => text.slice(r.start, r.end)), ['$46.0 million']);
  assert.equal(found[1].severity, 'warning');
});

test('Kingsoft Q2 2023 page: only the garbled figures and the S&M figure larger than total opex', (t) => {
  const file = path.resolve(repoRoot, '../shared/corpus/marketbeat/kingsoft-cloud-q2-2023.txt');
  if (!existsSync(file)) {
    t.skip('corpus absent');
    return;
  }
  const text = readFileSync(file, 'utf8');
  const found = findingsOf(text);
  assert.deepEqual(summary(text, found), [
    'malformed-figure: 2 102 percent',
    'malformed-figure: RMB200.6.8 1,000,000',
    'parts-total-mismatch: RMB1004.2 million',
  ]);
  assert.equal(found[1].replacement, 'RMB206.8 million');
  assert.equal(found[1].severity, 'info');
  assert.equal(text.slice(found[2].related[0].start, found[2].related[0].end), 'RMB595.8 million');
});

test('Kingsoft page with every "N.N percentage points" moved up by 0.3: each checked change is flagged', (t) => {
  const file = path.resolve(repoRoot, '../shared/corpus/marketbeat/kingsoft-cloud-q2-2023.txt');
  if (!existsSync(file)) {
    t.skip('corpus absent');
    return;
  }
  const original = readFileSync(file, 'utf8');
  // Same length replacement keeps every other span in place.
  const text = original.replace(/\b(\d)\.(\d) percentage points/g, (_m, a: string, b: string) => `${(Number(`${a}.${b}`) + 0.3).toFixed(1)} percentage points`);
  const found = findingsOf(text).filter((f) => f.code === 'point-change-mismatch');
  assert.deepEqual(summary(text, found), ['point-change-mismatch: 5.6 percentage points', 'point-change-mismatch: 2.9 percentage points']);
  assert.equal(found[0].message, 'Change of 5.6 percentage points does not match negative 8.6% → negative 3.3%, a move of [5.20, 5.40] points (off by at least 0.15 points).');
});

test('Earnings-21/22 gold calls: deltas, guidance ranges, segment topics and prior periods raise no check finding', (t) => {
  const dirs = ['earnings21/gold', 'earnings22/gold'].map((d) => path.resolve(repoRoot, '../shared/corpus', d)).filter(existsSync);
  if (dirs.length === 0) {
    t.skip('corpus absent');
    return;
  }
  const raised: string[] = [];
  let calls = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      calls++;
      raised.push(...summary(text, findingsOf(text).filter((f) => f.code !== 'malformed-figure')).map((s) => `${name} ${s}`));
    }
  }
  assert.ok(calls > 0);
  assert.deepEqual(raised, []);
});
