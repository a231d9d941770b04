import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { detectFormat } from '../../server/src/core/segment';
import { bloombergReader } from '../../server/src/core/formats/bloomberg';
import { assertWellFormed, bodies, fixture, labels, sections } from './formats-helper';

const text = fixture('bloomberg.txt');
const seg = bloombergReader.segment(text);

test('bloomberg: BIO label lines, Q and A markers, Operator alone on a line', () => {
  assert.equal(detectFormat(text).format, 'bloomberg');
  assert.deepEqual(labels(text, seg), [
    'Operator | operator',
    'Mark Lee | executive',
    'Dana Wu | executive',
    'Operator | operator',
    'Ann Lee | analyst',
    'Dana Wu | executive',
    'Raj Nair | analyst',
    'Mark Lee | executive',
  ]);
  assertWellFormed(text, seg);
  assert.deepEqual(bodies(text, seg).slice(1, 3), ['Thank you. Revenue was $120 million, up 10%.', 'Gross margin was 45%.']);
});

test('bloomberg: participant lists give titles and firms; headings give the sections', () => {
  assert.deepEqual(
    seg.participants.map((p) => [p.name, p.title, p.firm, p.role]),
    [
      ['Mark Lee', 'Chief Executive Officer', undefined, 'executive'],
      ['Dana Wu', 'Chief Financial Officer', undefined, 'executive'],
      ['Ann Lee', 'Analyst', 'UBS', 'analyst'],
      ['Raj Nair', undefined, 'Keefe Bruyette & Woods', 'analyst'],
    ],
  );
  assert.deepEqual(
    sections(text, seg).map((s) => s.split(' | ')[0]),
    [
      'front-matter: Front Matter',
      'participants: Company Participants [Company Participants]',
      'participants: Other Participants [Other Participants]',
      'prepared-remarks: Presentation [Presentation]',
      'qa: Questions And Answers [Questions And Answers]',
    ],
  );
});

test('bloomberg: the Q&A outline names each analyst with their firm and who answered', () => {
  const a = analyze(text);
  assert.deepEqual(
    a.exchanges.map((x) => {
      const s = a.speakers.find((p) => p.id === x.speakerId);
      return [s?.name, s?.firm, x.questions.map((q) => q.text), x.answerTurns.map((i) => a.turns[i].label)];
    }),
    [
      ['Ann Lee', 'UBS', ['How should we think about margins next year?'], ['Dana Wu']],
      ['Raj Nair', 'Keefe Bruyette & Woods', ['And pricing?'], ['Mark Lee']],
    ],
  );
});
