// The command line, spawned as users run it: `node dist/cli.js analyze [--json|--csv] FILE_OR_FOLDER...`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../..');
const cli = path.join(repoRoot, 'dist/cli.js');
const fixture = fs.readFileSync(path.join(repoRoot, 'test/fixtures/entities/call.transcript'), 'utf8');

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

function tempFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-test-'));
  fs.writeFileSync(path.join(dir, 'call.transcript'), fixture);
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'second.txt'), 'Jane Doe: Revenue was $5 million.\n');
  fs.writeFileSync(path.join(dir, 'sub', 'ignored.md'), 'Revenue was $9 million.\n');
  return dir;
}

test('--json: one object per file, folders walked', (t) => {
  if (!fs.existsSync(cli)) return t.skip('dist/cli.js not built (npm run build)');
  const dir = tempFolder();
  const r = run(['analyze', '--json', dir]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => path.relative(dir, l.file)), ['call.transcript', path.join('sub', 'second.txt')]);
  const money = lines[0].entities.filter((e: { kind: string }) => e.kind === 'money');
  const start = fixture.indexOf('$120.5 million');
  assert.deepEqual(money[0], { ...money[0], kind: 'money', start, end: start + 14, text: '$120.5 million', value: '120500000', currency: 'USD', metric: 'revenue', period: 'current-quarter' });
  const range = money.find((e: { text: string }) => e.text === '$480 million to $500 million');
  assert.deepEqual([range.value, range.high, range.period], ['480000000', '500000000', 'guidance']);
  for (const key of ['file', 'format', 'entities', 'turns', 'questions', 'findings']) assert.ok(key in lines[0], key);
});

test('--csv: header then one row per entity', (t) => {
  if (!fs.existsSync(cli)) return t.skip('dist/cli.js not built (npm run build)');
  const dir = tempFolder();
  const file = path.join(dir, 'sub', 'second.txt');
  const r = run(['analyze', '--csv', file]);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n');
  assert.equal(rows[0], 'file,kind,start,end,text,value,currency,unit,metric,period,speaker,timestamp');
  const start = 'Jane Doe: Revenue was '.length;
  assert.equal(rows[1].split(',').slice(0, 11).join(','), `${file},money,${start},${start + 10},$5 million,5000000,USD,,revenue,current-quarter,${rows[1].split(',')[10]}`);
  assert.equal(rows.length, 2);
});

test('default summary names the format, turns, entities and findings', (t) => {
  if (!fs.existsSync(cli)) return t.skip('dist/cli.js not built (npm run build)');
  const dir = tempFolder();
  const r = run(['analyze', path.join(dir, 'call.transcript')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /format: \S+/);
  assert.match(r.stdout, /turns: \d+, speakers: \d+/);
  assert.match(r.stdout, /entities: \d+ \(.*money 3.*\)/);
  assert.ok(r.stdout.includes('$120.5 million → money USD 120500000  [revenue · current-quarter'), r.stdout);
  assert.ok(r.stdout.includes('Sam Lee: How should we think about margins?'), r.stdout);
  assert.match(r.stdout, /findings: \d+/);
});

test('missing file: message on stderr, exit 1, other files still processed', (t) => {
  if (!fs.existsSync(cli)) return t.skip('dist/cli.js not built (npm run build)');
  const dir = tempFolder();
  const missing = path.join(dir, 'nope.txt');
  const r = run(['analyze', '--json', missing, path.join(dir, 'sub', 'second.txt')]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `error: cannot read ${missing}: no such file or folder\n`);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('--help prints usage and exits 0; no arguments is an error', (t) => {
  if (!fs.existsSync(cli)) return t.skip('dist/cli.js not built (npm run build)');
  const h = run(['--help']);
  assert.equal(h.status, 0);
  assert.match(h.stdout, /^Usage: earnings-transcript analyze \[--json\|--csv\] FILE_OR_FOLDER\.\.\./);
  const none = run(['analyze']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /No file or folder given/);
});
