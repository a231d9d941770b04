import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webvttReader } from '../../server/src/core/formats/webvtt';
import { assertWellFormed, bodies, crlfWithBom, fixture, labels, slice } from './formats-helper';

const text = fixture('captions.vtt');
const seg = webvttReader.segment(text);

test('webvtt: a voice change starts a turn, consecutive cues of one voice merge', () => {
  assert.equal(seg.format, 'webvtt');
  assert.deepEqual(labels(text, seg), ['Operator', 'Astrid Lindqvist', 'Ravi Menon', 'Astrid Lindqvist', 'Ravi Menon']);
  assertWellFormed(text, seg);
  assert.deepEqual(seg.sections, []);
  assert.deepEqual(seg.participants, []);
});

test('webvtt: timestamps come from the first cue start of each turn', () => {
  assert.deepEqual(
    seg.turns.map((t) => [t.timestamp, t.seconds, slice(text, t.timestampSpan!)]),
    [
      ['00:00:01', 1, '00:00:01'],
      ['00:00:09', 9.25, '00:00:09'],
      ['00:01:02', 62, '00:01:02'],
      ['00:01:06', 66.5, '00:01:06'],
      ['00:01:10', 70, '00:01:10'],
    ],
  );
});

test('webvtt: a turn starts at its cue identifier; bodies run from after the voice tag to the last cue text', () => {
  const b = bodies(text, seg);
  assert.equal(b[0], 'Welcome to the Kestrel Aerospace second quarter call.</v>\n\n2\n00:00:05.500 --> 00:00:09.000\n<v Operator>Please go ahead, Ms. Lindqvist.');
  assert.equal(b[2], 'What is the margin outlook?');
  // A cue without an identifier starts at its timing line; `Name:` names the speaker when no voice tag does.
  assert.equal(slice(text, seg.turns[3]), '00:01:06.500 --> 00:01:10.000\n<v Astrid Lindqvist>We expect about 11%.');
  assert.equal(slice(text, seg.turns[4]), '6\n00:01:10.000 --> 00:01:12.000\nRavi Menon: Thank you.');
  assert.equal(b[4], 'Thank you.');
  assert.ok(slice(text, seg.turns[1]).startsWith('3\n00:00:09.250 --> 00:00:14.000 align:start'));
  assert.ok(b[1].startsWith('Thank you. Deliveries were 42 aircraft,\nup 8% on last year.</v>'));
  assert.ok(b[1].endsWith('<v Astrid Lindqvist>Backlog stands at $6.1 billion.'));
});

test('webvtt: captions without any speaker name are one turn of `Speaker`', () => {
  const t = 'WEBVTT\n\n00:05.000 --> 00:07.000\nGood morning everyone.\n\n00:07.000 --> 00:09.000\nLet us begin.\n';
  const s = webvttReader.segment(t);
  assertWellFormed(t, s);
  assert.equal(s.turns.length, 1);
  const [turn] = s.turns;
  assert.equal(turn.label, 'Speaker');
  assert.equal(turn.labelSpan.start, turn.labelSpan.end);
  assert.deepEqual([turn.timestamp, turn.seconds], ['00:05', 5]);
  assert.equal(slice(t, turn.body), 'Good morning everyone.\n\n00:07.000 --> 00:09.000\nLet us begin.');
});

test('webvtt: voice classes and a voice change on the second line of a cue', () => {
  const t = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v.first.loud Jo Ann Smith>Hi.</v>\n<v Li Wei>Hello.</v>\n';
  const s = webvttReader.segment(t);
  assertWellFormed(t, s);
  assert.deepEqual(labels(t, s), ['Jo Ann Smith', 'Li Wei']);
  assert.deepEqual(bodies(t, s), ['Hi.', 'Hello.']);
  assert.deepEqual(s.turns.map((x) => x.seconds), [1, 1]);
  // The turn keeps the closing tag, the body does not.
  assert.equal(slice(t, s.turns[1]), '<v Li Wei>Hello.</v>');
});

test('webvtt: CRLF line endings and a BOM give the same turns', () => {
  const crlf = crlfWithBom(text);
  const other = webvttReader.segment(crlf);
  assertWellFormed(crlf, other);
  assert.deepEqual(labels(crlf, other), labels(text, seg));
  assert.deepEqual(bodies(crlf, other), bodies(text, seg).map((b) => b.replace(/\n/g, '\r\n')));
  assert.deepEqual(other.turns.map((t) => t.seconds), seg.turns.map((t) => t.seconds));
});
