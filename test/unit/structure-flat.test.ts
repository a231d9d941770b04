import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core';

const text = readFileSync(path.join(__dirname, '../fixtures/structure/flat-page.txt'), 'utf8');
const a = analyze(text);
const speaker = (id: string) => a.speakers.find((s) => s.id === id);

test('flat scraped page: format, labels glued to timestamps, turns end before page chrome', () => {
  assert.equal(a.format, 'flat-scraped');
  assert.deepEqual(
    a.turns.map((t) => `${t.label}@${t.timestamp}`),
    [
      'Operator@00:00:00', 'Speaker 1@00:00:21', 'Speaker 2@00:01:02', 'Speaker 3@00:05:40', 'Operator@00:09:12',
      'Speaker 4@00:09:30', 'Speaker 3@00:10:05', 'Speaker 2@00:10:40', 'Operator@00:11:15', 'Speaker 1@00:11:30',
      'Speaker 2@00:12:01', 'Operator@00:12:40', 'Speaker 2@00:12:51', 'Operator@01:00:03',
    ],
  );
  const s4 = a.turns[5];
  assert.equal(text.slice(s4.labelSpan.start, s4.labelSpan.end), 'Speaker 4');
  assert.equal(text.slice(s4.timestampSpan!.start, s4.timestampSpan!.end), '00:09:30');
  assert.equal(s4.seconds, 9 * 60 + 30);
  assert.ok(text.slice(s4.body.start, s4.body.end).startsWith('Hi, thanks for taking my questions.'));
  assert.ok(text.slice(s4.body.start, s4.body.end).endsWith('in the second half?'));
  const last = a.turns[a.turns.length - 1];
  assert.equal(text.slice(last.body.start, last.body.end), "This concludes today's conference call. You may now disconnect.");
  assert.equal(a.turns[13].seconds, 3603);
});

test('flat scraped page: sections from the operator moving to questions and back', () => {
  assert.deepEqual(
    a.sections.map((s) => [s.kind, text.slice(s.start, s.start + 20)]),
    [
      ['front-matter', 'ACME:ACM Acme Roboti'],
      ['prepared-remarks', 'Operator00:00:00Good'],
      ['qa', 'Operator00:09:12Than'],
      ['closing', 'Operator00:12:40This'],
      ['back-matter', 'Read morePowered by '],
    ],
  );
  assert.equal(a.turns[5].sectionIndex, 2);
});

test('flat scraped page: anonymous speakers named from hand-offs, roster and self-introductions', () => {
  assert.deepEqual(
    a.speakers.filter((s) => s.role !== 'operator').map((s) => [s.id, s.name, s.title, s.firm, s.role]),
    [
      ['speaker 1', 'Maria Lopez', 'Head of Investor Relations', undefined, 'executive'],
      ['speaker 2', 'Daniel Park', 'CEO', undefined, 'executive'],
      ['speaker 3', 'Grace Liu', 'CFO', undefined, 'executive'],
      ['speaker 4', 'Kevin Marsh', undefined, 'UBS', 'analyst'],
      ['analyst:laura chen', 'Laura Chen', undefined, 'Jefferies', 'analyst'],
    ],
  );
  assert.deepEqual(
    speaker('speaker 3')!.evidence.map((e) => e.kind),
    ['hand-off', 'self-introduction', 'participant-list'],
  );
  assert.equal(speaker('speaker 3')!.evidence[1].text, 'This is Grace');
});

test('flat scraped page: a question under the IR speaker label is attributed to the analyst, with a hint', () => {
  const turn = a.turns[9];
  assert.equal(turn.label, 'Speaker 1');
  assert.equal(turn.speakerId, 'speaker 1');
  assert.equal(turn.attributedSpeakerId, 'analyst:laura chen');
  const hint = a.findings.find((f) => f.code === 'doubtful-attribution');
  assert.ok(hint);
  assert.equal(hint.severity, 'hint');
  assert.equal(text.slice(hint.start, hint.end), 'Speaker 1');
  assert.equal(hint.start, turn.labelSpan.start);
  assert.equal(
    hint.message,
    'This turn is labelled Speaker 1, who speaks for the company elsewhere, but the operator has just introduced Laura Chen (Jefferies): attributed to Laura Chen.',
  );
});

test('flat scraped page: Q&A outline with analysts, questions and answers', () => {
  assert.deepEqual(
    a.exchanges.map((e) => ({
      analyst: speaker(e.speakerId)!.name,
      firm: speaker(e.speakerId)!.firm,
      questions: e.questions.map((q) => q.text),
      answers: e.answerTurns.map((i) => a.turns[i].label),
    })),
    [
      {
        analyst: 'Kevin Marsh',
        firm: 'UBS',
        questions: ['How big was the backlog at quarter end?', 'And what is the outlook for margins in the second half?'],
        answers: ['Speaker 3', 'Speaker 2'],
      },
      { analyst: 'Laura Chen', firm: 'Jefferies', questions: ['Could you talk about pricing?'], answers: ['Speaker 2'] },
    ],
  );
  const q = a.exchanges[0].questions[0];
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(a.exchanges[0].introductionTurn, 4);
});
