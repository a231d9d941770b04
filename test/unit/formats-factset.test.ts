import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { detectFormat } from '../../server/src/core/segment';
import { factSetReader } from '../../server/src/core/formats/factset';
import { assertWellFormed, bodies, fixture, labels, sections } from './formats-helper';

const text = fixture('factset.txt');
const seg = factSetReader.segment(text);

test('factset: name lines with their title line, Q and A markers, the operator inline', () => {
  assert.equal(detectFormat(text).format, 'factset');
  assert.deepEqual(labels(text, seg), [
    'Operator | operator',
    'Mark Lee | executive title=Chief Executive Officer firm=Acme Corp.',
    'Dana Wu | executive title=Executive Vice President, Chief Financial Officer firm=Acme, Inc.',
    'Operator | operator',
    'Ann Lee | analyst title=Analyst firm=UBS Securities LLC',
    'Dana Wu | executive title=Chief Financial Officer firm=Acme Corp.',
    'Operator | operator',
    'Raj Nair | analyst title=Analyst firm=Keefe, Bruyette & Woods, Inc.',
    'Mark Lee | executive title=Chief Executive Officer firm=Acme Corp.',
  ]);
  assertWellFormed(text, seg);
  assert.deepEqual(bodies(text, seg).slice(0, 3), [
    'Good morning and welcome to the Acme Q2 2025 earnings call.',
    'Thank you. Revenue was $120 million, up 10%.',
    'Gross margin was 45%.',
  ]);
  assert.equal(bodies(text, seg)[8], 'Up 3%.');
});

test('factset: participant lists, the two sections and the disclaimer after the call', () => {
  assert.deepEqual(
    seg.participants.map((p) => [p.name, p.title, p.firm, p.role]),
    [
      ['Mark Lee', 'Chief Executive Officer', 'Acme Corp.', 'executive'],
      ['Dana Wu', 'Chief Financial Officer', 'Acme Corp.', 'executive'],
      ['Ann Lee', 'Analyst', 'UBS Securities LLC', 'analyst'],
      ['Raj Nair', 'Analyst', 'Keefe, Bruyette & Woods, Inc.', 'analyst'],
    ],
  );
  assert.deepEqual(
    sections(text, seg).map((s) => s.split(' | ')[0]),
    [
      'front-matter: Front Matter',
      'participants: CORPORATE PARTICIPANTS [CORPORATE PARTICIPANTS]',
      'participants: OTHER PARTICIPANTS [OTHER PARTICIPANTS]',
      'prepared-remarks: MANAGEMENT DISCUSSION SECTION [MANAGEMENT DISCUSSION SECTION]',
      'qa: QUESTION AND ANSWER SECTION [QUESTION AND ANSWER SECTION]',
      'back-matter: Disclaimer [Disclaimer]',
    ],
  );
});

test('factset: the Q&A outline with each analyst, their firm, and who answered', () => {
  const a = analyze(text);
  assert.deepEqual(
    a.exchanges.map((x) => {
      const s = a.speakers.find((p) => p.id === x.speakerId);
      return [s?.name, s?.firm, x.questions.map((q) => q.text), x.answerTurns.map((i) => a.turns[i].label)];
    }),
    [
      ['Ann Lee', 'UBS Securities LLC', ['How should we think about margins next year?'], ['Dana Wu']],
      ['Raj Nair', 'Keefe, Bruyette & Woods, Inc.', ['And pricing?'], ['Mark Lee']],
    ],
  );
});
