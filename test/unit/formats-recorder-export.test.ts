import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import { detectFormat } from '../../server/src/core/segment';
import { recorderExportReader } from '../../server/src/core/formats/recorderExport';
import { assertWellFormed, bodies, fixture, labels, slice } from './formats-helper';

const text = fixture('recorder-export.txt');
const seg = recorderExportReader.segment(text);

test('recorder export: a name and a time on their own line start a turn; the title line is not a turn', () => {
  assert.equal(detectFormat(text).format, 'recorder-export');
  assert.deepEqual(labels(text, seg), ['Operator | operator', 'Ellen Park', 'Operator | operator', 'Sam Ortiz', 'Ellen Park', 'Speaker 3', 'Operator | operator']);
  assertWellFormed(text, seg);
  assert.deepEqual(bodies(text, seg)[1], 'Thank you, operator. Revenue was $412.5 million, up 8.4% from $380.6 million a year ago.\nFree cash flow was $46 million.');
});

test('recorder export: times into the recording, minutes or hours, read as seconds', () => {
  assert.deepEqual(
    seg.turns.map((t) => [t.timestamp, t.seconds, slice(text, t.timestampSpan!)]),
    [
      ['0:00', 0, '0:00'],
      ['0:31', 31, '0:31'],
      ['4:05', 245, '4:05'],
      ['4:12', 252, '4:12'],
      ['4:30', 270, '4:30'],
      ['58:40', 3520, '58:40'],
      ['1:02:15', 3735, '1:02:15'],
    ],
  );
});

test('recorder export: the Q&A, the analyst and who answered', () => {
  const a = analyze(text);
  assert.equal(a.format, 'recorder-export');
  assert.deepEqual(
    a.exchanges.map((x) => {
      const analyst = a.speakers.find((s) => s.id === x.speakerId);
      return [analyst?.name, analyst?.firm, x.questions.map((q) => slice(text, q)), x.answerTurns.map((i) => a.turns[i].label)];
    }),
    [['Sam Ortiz', 'Morgan Stanley', ['How should we think about margins next year?'], ['Ellen Park', 'Speaker 3']]],
  );
});

test('recorder export: not detected in name-colon lines or in prose that mentions a time', () => {
  assert.notEqual(detectFormat('Jane Doe: Revenue was up.\nJohn Roe: Thanks.\nJane Doe: Sure.\n').format, 'recorder-export');
  assert.notEqual(detectFormat('The call starts at\nNoon  12:30\nand ends later.\n').format, 'recorder-export');
});
