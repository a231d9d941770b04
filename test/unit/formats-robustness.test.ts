import { test } from 'node:test';
import assert from 'node:assert/strict';
import { motleyFoolReader } from '../../server/src/core/formats/motleyFool';
import { refinitivReader } from '../../server/src/core/formats/refinitiv';
import { seekingAlphaReader } from '../../server/src/core/formats/seekingAlpha';
import { srtReader } from '../../server/src/core/formats/srt';
import { webvttReader } from '../../server/src/core/formats/webvtt';
import { assertWellFormed, fixture } from './formats-helper';

const READERS = [motleyFoolReader, seekingAlphaReader, refinitivReader, webvttReader, srtReader];
const MB = 1 << 20;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
}

// Inputs aimed at the regexes: long runs without the closing token, label-like lines by the thousand.
const ADVERSARIAL: [string, string][] = [
  ['one line of spaces', fill(' ')],
  ['one line of dashes', fill('-')],
  ['dashed labels on one line', fill('Ann Lee -- ')],
  ['dashed label lines', fill('Ann Lee -- Chief -- Analyst\n\n')],
  ['fences and counters', fill('-----\nA, B - C  [1]\n')],
  ['unclosed voice tags', fill('<v ')],
  ['cue timings', fill('00:00:01.000 --> 00:00:02.000\n<v A B>x\n')],
  ['srt cues without blank lines', fill('1\n00:00:01,000 --> 00:00:02,000\n>> [Ann Lee] Bo Li: x\n')],
  ['name colons', fill('Aaaa Bbbb Cccc: ')],
  ['open brackets', fill('[')],
  ['lone names', fill('Operator\n\nUnidentified Analyst\n\n')],
  ['CR only line breaks', fill('Prepared Remarks:\rOperator\rHi.\r')],
];

for (const [name, text] of ADVERSARIAL) {
  test(`robustness: 1 MB of ${name} is read in linear time by every reader`, () => {
    for (const reader of READERS) {
      const t0 = performance.now();
      const score = reader.detect(text);
      const seg = reader.segment(text);
      const ms = performance.now() - t0;
      assert.ok(score >= 0 && score <= 1, `${reader.id} score ${score}`);
      assert.equal(seg.format, reader.id);
      assertWellFormed(text, seg);
      assert.ok(ms < 3000, `${reader.id} took ${ms.toFixed(0)} ms on ${name}`);
    }
  });
}

test('robustness: readers never throw on truncated fixtures and keep spans inside the text', () => {
  for (const file of ['motley-fool.txt', 'seeking-alpha.txt', 'refinitiv.txt', 'captions.vtt', 'captions.srt']) {
    const full = fixture(file);
    for (let cut = 0; cut <= full.length; cut += 37) {
      const text = full.slice(0, cut);
      for (const reader of READERS) assertWellFormed(text, reader.segment(text));
    }
  }
});

test('robustness: a fixture read by the wrong reader still gives well-formed output', () => {
  for (const file of ['motley-fool.txt', 'seeking-alpha.txt', 'refinitiv.txt', 'captions.vtt', 'captions.srt']) {
    const text = fixture(file);
    for (const reader of READERS) assertWellFormed(text, reader.segment(text));
  }
});
