import { test } from 'node:test';
import assert from 'node:assert/strict';
import { srtReader } from '../../server/src/core/formats/srt';
import { assertWellFormed, bodies, crlfWithBom, fixture, labels, slice } from './formats-helper';

const text = fixture('captions.srt');
const seg = srtReader.segment(text);

test('srt: `Name:`, `[Name]` and `>> Name:` name the speaker; cues without a name continue the turn', () => {
  assert.equal(seg.format, 'srt');
  assert.deepEqual(labels(text, seg), ['Operator', 'Dana Whitfield', 'Marcus Bell', 'Dana Whitfield', 'Speaker']);
  assertWellFormed(text, seg);
  assert.deepEqual(seg.sections, []);
});

test('srt: timestamps from the cue start, comma fractions read as seconds', () => {
  assert.deepEqual(
    seg.turns.map((t) => [t.timestamp, t.seconds, slice(text, t.timestampSpan!)]),
    [
      ['00:00:00', 0.5, '00:00:00'],
      ['00:00:07', 7.25, '00:00:07'],
      ['00:01:05', 65, '00:01:05'],
      ['00:01:09', 69, '00:01:09'],
      ['00:01:13', 73, '00:01:13'],
    ],
  );
});

test('srt: turns start at the cue number; bodies skip the name; a sound tag is not a speaker', () => {
  const b = bodies(text, seg);
  assert.equal(b[0], 'Good morning and welcome to the Pinecrest Utilities call.\n\n2\n00:00:04,000 --> 00:00:07,250\nOur host today is Chief Executive Dana Whitfield.');
  assert.ok(b[1].startsWith('Thank you. Customer count grew\nby 2.3% this year.'));
  assert.ok(b[1].endsWith('Rate base reached $14.8 billion.\n\n5\n00:00:15,000 --> 00:00:18,000\n[Applause]'));
  assert.equal(b[2], 'How much equity will you issue?');
  assert.equal(b[3], 'None in 2025.');
  assert.equal(slice(text, seg.turns[2]), '6\n00:01:05,000 --> 00:01:09,000\n>> Marcus Bell: How much equity will you issue?');
  // `>>` with no name is a new, unnamed speaker: an empty label span where the text starts.
  const last = seg.turns[4];
  assert.equal(b[4], 'Thanks, that is all from me.');
  assert.deepEqual(last.labelSpan, { start: last.body.start, end: last.body.start });
});

test('srt: a repeated name merges; a different name on the next cue starts a new turn', () => {
  const t = '1\n00:00:01,000 --> 00:00:02,000\nANNA KIM: One.\n\n2\n00:00:02,000 --> 00:00:03,000\nAnna Kim: Two.\n\n3\n00:00:03,000 --> 00:00:04,000\nSpeaker 2: Three.';
  const s = srtReader.segment(t);
  assertWellFormed(t, s);
  assert.deepEqual(labels(t, s), ['ANNA KIM', 'Speaker 2']);
  assert.deepEqual(bodies(t, s), ['One.\n\n2\n00:00:02,000 --> 00:00:03,000\nAnna Kim: Two.', 'Three.']);
});

test('srt: a missing blank line before the next cue number still separates cues', () => {
  const t = '1\n00:00:01,000 --> 00:00:02,000\nAnna Kim: One.\n2\n00:00:02,000 --> 00:00:03,000\nBo Chen: Two.';
  const s = srtReader.segment(t);
  assertWellFormed(t, s);
  assert.deepEqual(bodies(t, s), ['One.', 'Two.']);
  assert.equal(slice(t, s.turns[1]), '2\n00:00:02,000 --> 00:00:03,000\nBo Chen: Two.');
});

test('srt: CRLF line endings and a BOM give the same turns', () => {
  const crlf = crlfWithBom(text);
  const other = srtReader.segment(crlf);
  assertWellFormed(crlf, other);
  assert.deepEqual(labels(crlf, other), labels(text, seg));
  assert.deepEqual(bodies(crlf, other), bodies(text, seg).map((b) => b.replace(/\n/g, '\r\n')));
  assert.equal(other.turns[0].start, 1);
});
