// Structure on real transcripts, read from ../shared/corpus when it is present (never copied here).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core';

const corpus = path.resolve(__dirname, '../../../shared/corpus');
const kingsoftPath = path.join(corpus, 'marketbeat/kingsoft-cloud-q2-2023.txt');

test('Kingsoft page: three analysts with their questions, listed once; CEO and CFO resolved', { skip: !existsSync(kingsoftPath) && 'corpus absent' }, () => {
  const text = readFileSync(kingsoftPath, 'utf8');
  const a = analyze(text);
  assert.equal(a.format, 'flat-scraped');
  assert.ok(a.duplicate, 'the page holds the transcript twice');
  assert.equal(text.slice(a.duplicate.repeat.start, a.duplicate.repeat.start + 16), 'Operator00:00:00');
  const who = (id: string) => a.speakers.find((s) => s.id === id)!;
  assert.deepEqual(
    a.exchanges.map((e) => [who(e.speakerId).name, who(e.speakerId).firm, e.questions.length]),
    [
      ['Xiaodian Shang', 'CICC', 3],
      ['Timothy Zhao', 'Goldman Sachs', 3],
      ['Allen Lee', 'JPMorgan', 3],
    ],
  );
  for (const e of a.exchanges) {
    assert.ok(e.start < a.duplicate.repeat.start, 'no exchange from the repeated copy');
    for (const q of e.questions) assert.ok(q.text.endsWith('?'));
  }
  assert.equal(a.exchanges[0].questions[0].text, 'So when do you expect the structure optimization for your public cloud business to be completed?');
  assert.match(who('speaker 2').title ?? '', /\bCEO\b/);
  assert.equal(who('speaker 3').title, 'CFO');
  assert.equal(who('speaker 3').name, 'Henry He');
  assert.equal(who('speaker 1').name, 'Nicole Shan');
  // Xiaodian Shang's question is spoken under Speaker 1, the IR manager's label: attributed, with a hint.
  const hints = a.findings.filter((f) => f.code === 'doubtful-attribution');
  assert.equal(hints.length, 1);
  assert.equal(text.slice(hints[0].start, hints[0].end), 'Speaker 1');
  assert.equal(a.findings.filter((f) => f.code === 'duplicate-transcript').length, 1);
});

for (const set of ['earnings21', 'earnings22']) {
  const dir = path.join(corpus, set, 'gold');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  test(`${set}: every line is one turn with its speaker`, { skip: !files.length && 'corpus absent' }, () => {
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const a = analyze(text);
      assert.equal(a.format, 'name-colon', f);
      const lines: { label: string; start: number }[] = [];
      let at = 0;
      for (const line of text.split('\n')) {
        const m = /^(Speaker \d+): /.exec(line);
        if (m) lines.push({ label: m[1], start: at });
        at += line.length + 1;
      }
      assert.equal(a.turns.length, lines.length, f);
      a.turns.forEach((t, i) => {
        assert.equal(t.label, lines[i].label, `${f} turn ${i}`);
        assert.equal(t.labelSpan.start, lines[i].start, `${f} turn ${i}`);
      });
      // Every call here opens with the operator, and the Q&A has analysts named by the operator.
      assert.equal(a.speakers.find((s) => s.id === 'speaker 0')!.role, 'operator', f);
    }
  });
}

test('earnings21: analysts introduced by the operator, with their firms', { skip: !existsSync(path.join(corpus, 'earnings21/gold/4366893.txt')) && 'corpus absent' }, () => {
  const a = analyze(readFileSync(path.join(corpus, 'earnings21/gold/4366893.txt'), 'utf8'));
  const who = (id: string) => a.speakers.find((s) => s.id === id)!;
  assert.deepEqual(
    a.exchanges.map((e) => `${who(e.speakerId).name} (${who(e.speakerId).firm})`),
    ['Brad Heffern (RBC Capital Markets)', 'Neal Dingmann (Truist Securities)', 'Jeff Grampp (Northland Capital Markets)', 'Duncan McIntosh (Johnson Rice)', 'Noel Parks (Coker & Palmer)'],
  );
});
