// Every format, through analyze(): the reader's cut plus the shared identity and outline.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core';

const fixture = (f: string) => readFileSync(path.join(__dirname, '../fixtures/formats', f), 'utf8');
const outline = (text: string) => {
  const a = analyze(text);
  const who = (id: string) => a.speakers.find((s) => s.id === id)!;
  return {
    format: a.format,
    exchanges: a.exchanges.map((e) => [who(e.speakerId).name ?? who(e.speakerId).label, who(e.speakerId).firm, e.questions.map((q) => q.text), e.answerTurns.map((i) => a.turns[i].label)]),
    speakers: a.speakers.map((s) => [s.id, s.name, s.title, s.firm, s.role]),
  };
};

test('Motley Fool: label lines give titles and firms; Q&A from its heading', () => {
  const o = outline(fixture('motley-fool.txt'));
  assert.equal(o.format, 'motley-fool');
  assert.deepEqual(o.exchanges, [
    ['Daniel Wu', 'Harbor Lane Securities', ['Lena, can you talk about the margin outlook for the fourth quarter?'], ['Lena Okafor']],
    ['Maria Santos', 'Keel Capital', ['How many units do you expect next year?'], ['Tomas Ekberg']],
  ]);
  assert.deepEqual(o.speakers.find((s) => s[0] === 'lena okafor'), ['lena okafor', 'Lena Okafor', 'Chief Financial Officer', undefined, 'executive']);
});

test('Seeking Alpha: participant lists name everyone, an unidentified analyst keeps the label', () => {
  const o = outline(fixture('seeking-alpha.txt'));
  assert.equal(o.format, 'seeking-alpha');
  assert.deepEqual(o.exchanges.map((e) => [e[0], e[1], e[2]]), [
    ['Oliver Brandt', 'Northgate Partners', ['What drove the volume growth?']],
    ['Unidentified Analyst', undefined, ['Can you repeat the capex figure?']],
    ['Sunita Rao', 'Ashdown & Co.', ['Any update on pricing?']],
  ]);
  assert.deepEqual(o.speakers.find((s) => s[0] === 'mei-ling chao'), ['mei-ling chao', 'Mei-Ling Chao', 'Executive Vice President and Chief Financial Officer', undefined, 'executive']);
});

test('Refinitiv: fenced turns with company and title', () => {
  const o = outline(fixture('refinitiv.txt'));
  assert.equal(o.format, 'refinitiv');
  assert.deepEqual(o.exchanges, [['Carla Mendes', 'Fenwick Brothers, Research Division', ['What is your capex plan for 2024?'], ['Yuki Tanabe']]]);
  assert.deepEqual(o.speakers.find((s) => s[0] === 'yuki tanabe'), ['yuki tanabe', 'Yuki Tanabe', 'CFO & Treasurer', 'Halexium Materials Corp', 'executive']);
});

test('captions: WebVTT voices and SRT names become speakers', () => {
  const vtt = outline(fixture('captions.vtt'));
  assert.equal(vtt.format, 'webvtt');
  assert.deepEqual(vtt.speakers.map((s) => s[0]), ['operator', 'astrid lindqvist', 'ravi menon']);
  const srt = outline(fixture('captions.srt'));
  assert.equal(srt.format, 'srt');
  assert.deepEqual(srt.speakers.map((s) => s[0]), ['operator', 'dana whitfield', 'marcus bell', 'speaker']);
});
