// Calls without an operator (captions, smaller companies' `Name: text` transcripts): the Q&A starts where a
// company speaker hands over to questions and an outsider asks, or where a newcomer names their firm and asks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core';
import type { Analysis } from '../../server/src/core/types';

const fixture = (f: string) => readFileSync(path.join(__dirname, '../fixtures', f), 'utf8');

/** Each section as `kind | its first line`. */
const sections = (text: string, a: Analysis) => a.sections.map((s) => `${s.kind} | ${text.slice(s.start, s.end).split('\n')[0]}`);
/** Each exchange as [analyst, firm, questions, who answered]. */
const exchanges = (a: Analysis) => {
  const who = (id: string) => a.speakers.find((s) => s.id === id)!;
  return a.exchanges.map((e) => [who(e.speakerId).name, who(e.speakerId).firm, e.questions.map((q) => q.text), e.answerTurns.map((i) => a.turns[i].label)]);
};
const speakers = (a: Analysis) => a.speakers.map((s) => [s.name, s.title, s.firm, s.role]);

test('WebVTT without operator: "happy to take your questions", then analysts who name their firms', () => {
  const text = fixture('formats/no-operator.vtt');
  const a = analyze(text);
  assert.equal(a.format, 'webvtt');
  assert.deepEqual(sections(text, a), [
    'front-matter | WEBVTT',
    'prepared-remarks | 1',
    'qa | 6',
    'closing | 12',
  ]);
  assert.ok(text.slice(a.sections[2].start).startsWith('6\n00:00:28.000 --> 00:00:34.000\n<v Felix Grant>'));
  // The closing `</v>` of the last cue belongs to the last turn, not to text after the call.
  assert.equal(a.sections[3].end, text.trimEnd().length);
  assert.deepEqual(speakers(a), [
    ['Lena Park', 'director of investor relations', undefined, 'executive'],
    ['Omar Haddad', 'CEO', undefined, 'executive'],
    ['Grace Whitmore', 'CFO', undefined, 'executive'],
    ['Felix Grant', undefined, 'Harlow Securities', 'analyst'],
    ['Nadia Brooks', undefined, 'Quarry Partners', 'analyst'],
  ]);
  assert.deepEqual(exchanges(a), [
    ['Felix Grant', 'Harlow Securities', ['Can you talk about pricing in Europe?', 'And a follow-up on hiring: how many engineers do you plan to add?'], ['Omar Haddad', 'Grace Whitmore']],
    ['Nadia Brooks', 'Quarry Partners', ['What is the free cash flow outlook?'], ['Grace Whitmore']],
  ]);
  const felix = a.speakers.find((s) => s.name === 'Felix Grant')!;
  assert.deepEqual(felix.evidence.map((e) => [e.kind, e.text]), [
    ['label', 'Felix Grant'],
    ['self-introduction', "It's Felix Grant with Harlow Securities"],
  ]);
});

test('SRT without operator: "move to Q&A"; an analyst who only asks, one who names the firm', () => {
  const text = fixture('formats/no-operator.srt');
  const a = analyze(text);
  assert.equal(a.format, 'srt');
  assert.deepEqual(sections(text, a), ['prepared-remarks | 1', 'qa | 5']);
  assert.deepEqual(speakers(a), [
    ['Tom Reyes', 'chief executive officer', undefined, 'executive'],
    ['Ana Silva', 'CFO', undefined, 'executive'],
    ['Priya Nair', undefined, undefined, 'analyst'],
    ['Karl Weber', undefined, 'Lindqvist Bank', 'analyst'],
  ]);
  assert.deepEqual(exchanges(a), [
    ['Priya Nair', undefined, ['What are you seeing in input costs?'], ['Ana Silva']],
    ['Karl Weber', 'Lindqvist Bank', ['How much will you spend on capital projects this year?'], ['Tom Reyes']],
  ]);
});

test('Name: text without operator: an agenda naming the Q&A is not the hand-over; a rhetorical question is not one', () => {
  const text = fixture('structure/no-operator.txt');
  const a = analyze(text);
  assert.equal(a.format, 'name-colon');
  assert.deepEqual(sections(text, a), [
    'front-matter | Ridgeway Analytics Q1 2025 Earnings Call',
    'prepared-remarks | Sam Ortiz: Good morning. This is Sam Ortiz, head of investor relations at Ridgeway Analytics. Today\'s speakers are our CEO, Claire Dubois, and our CFO, Ken Ito. After their remarks we will take your questions. With that, I\'ll hand the call to Claire.',
    'qa | Wei Zhang: Good morning, Wei Zhang from Ostrava Capital here. Could you size the pipeline for the second half?',
    'closing | Sam Ortiz: There are no more questions, so that ends our call. Thank you.',
  ]);
  assert.deepEqual(speakers(a), [
    ['Sam Ortiz', 'head of investor relations', undefined, 'executive'],
    ['Claire Dubois', 'CEO', undefined, 'executive'],
    ['Ken Ito', 'CFO', undefined, 'executive'],
    ['Wei Zhang', undefined, 'Ostrava Capital', 'analyst'],
    ['Luis Romero', undefined, undefined, 'analyst'],
  ]);
  assert.deepEqual(exchanges(a), [
    ['Wei Zhang', 'Ostrava Capital', ['Could you size the pipeline for the second half?', 'And how much of that is renewals?'], ['Ken Ito', 'Claire Dubois']],
    ['Luis Romero', undefined, ['Did it change after the price increase?'], ['Claire Dubois']],
  ]);
});

const vtt = (cues: [string, string][]) =>
  'WEBVTT\n\n' + cues.map(([who, said], i) => `00:00:${String(i * 5).padStart(2, '0')}.000 --> 00:00:${String(i * 5 + 5).padStart(2, '0')}.000\n<v ${who}>${said}\n`).join('\n');

const CAPTIONED_CALL: [string, string][] = [
  ['Jane Doe', "Good morning and welcome to the Acme second quarter call. I'm Jane Doe, head of investor relations."],
  ['Jane Doe', 'With me is John Smith, our CEO, and Mary Major, our CFO.'],
  ['John Smith', 'Thanks, Jane. Revenue was $120 million, up 10%.'],
  ['Mary Major', "Gross margin was 45%. With that, we'll open the call for questions."],
  ['Bob Analyst', 'Hi, this is Bob Analyst from Big Bank. How should we think about margins next year?'],
  ['Mary Major', 'We expect them to be stable.'],
  ['Sue Quant', "Thanks, it's Sue Quant with Data Capital. What drove the growth in cloud?"],
  ['John Smith', 'Mostly new customers.'],
];

test('captions: the Q&A starts at the first analyst after "open the call for questions"', () => {
  const text = vtt(CAPTIONED_CALL);
  const a = analyze(text);
  assert.deepEqual(a.sections.map((s) => s.kind), ['front-matter', 'prepared-remarks', 'qa']);
  assert.equal(a.turns.find((t) => t.start === a.sections[2].start)?.label, 'Bob Analyst');
  assert.deepEqual(exchanges(a), [
    ['Bob Analyst', 'Big Bank', ['How should we think about margins next year?'], ['Mary Major']],
    ['Sue Quant', 'Data Capital', ['What drove the growth in cloud?'], ['John Smith']],
  ]);
  assert.deepEqual(speakers(a).slice(0, 3), [
    ['Jane Doe', 'head of investor relations', undefined, 'executive'],
    ['John Smith', 'CEO', undefined, 'executive'],
    ['Mary Major', 'CFO', undefined, 'executive'],
  ]);
  // "Thanks, it's Sue Quant" names no one: Mary Major's evidence is her label and the roster.
  assert.deepEqual(a.speakers[2].evidence.map((e) => e.kind), ['label', 'participant-list']);
});

test('captions: without a hand-over, the Q&A starts at the first newcomer who names a firm and asks', () => {
  const cues = CAPTIONED_CALL.map(([who, said]): [string, string] => [who, said.replace(" With that, we'll open the call for questions.", '').replace('Hi, this is Bob Analyst from Big Bank. ', '')]);
  const text = vtt(cues);
  const a = analyze(text);
  assert.deepEqual(a.sections.map((s) => s.kind), ['front-matter', 'prepared-remarks', 'qa']);
  // Bob asked without naming a firm and nobody had opened the floor: too little to start the Q&A on.
  assert.equal(a.turns.find((t) => t.start === a.sections[2].start)?.label, 'Sue Quant');
  assert.deepEqual(exchanges(a), [['Sue Quant', 'Data Capital', ['What drove the growth in cloud?'], ['John Smith']]]);
});

test('no operator, no Q&A: prepared remarks only, a rhetorical question, an "any questions?" nobody takes up', () => {
  const calls = {
    'prepared remarks only': [
      "Jane Doe: Good morning. I'm Jane Doe, head of investor relations. With me is John Smith, our CEO.",
      'John Smith: Thanks, Jane. Revenue was $120 million, up 10%. Thank you for listening.',
    ],
    'a rhetorical question by the CEO': [
      "Jane Doe: Good morning. With me is John Smith, our CEO. I'll turn it over to John.",
      'John Smith: Thanks, Jane. Why did revenue rise? Because volumes grew 8%.',
      'Jane Doe: Thank you, John. That concludes the call.',
    ],
    // The Q&A named at the end of a turn, then a speaker nobody presented asks: still the company, as the
    // next speaker (nobody heard before either) shows.
    'a rhetorical question after an agenda': [
      "Jane Doe: Good morning, I'm Jane Doe from investor relations. After the prepared remarks, we'll take your questions.",
      'John Smith: Thanks, Jane. Why did revenue rise? Because volumes grew 8%.',
      'Mary Major: Thanks, John. Margin was 45%. That ends our remarks.',
    ],
    '"any questions?" at the very end': [
      'Jane Doe: Good morning. With me is John Smith, our CEO.',
      'John Smith: Thanks, Jane. Revenue was $120 million. Are there any questions?',
    ],
    '"any questions?" answered by the company itself': [
      'Jane Doe: Good morning. With me is John Smith, our CEO.',
      'John Smith: Thanks, Jane. Revenue was $120 million. Any questions?',
      'Jane Doe: We have none in the queue, so thank you all for joining.',
    ],
  };
  for (const [name, lines] of Object.entries(calls)) {
    const a = analyze(lines.join('\n'));
    assert.equal(a.format, 'name-colon', name);
    assert.deepEqual(a.sections.map((s) => s.kind), ['prepared-remarks'], name);
    assert.deepEqual(a.exchanges, [], name);
    assert.ok(a.speakers.every((s) => s.role === 'executive'), name);
  }
  const captions = analyze(vtt([
    ['Jane Doe', 'Welcome. John Smith, our CEO, will go through the quarter.'],
    ['John Smith', 'Revenue rose 8%. What does that mean for us? More scale. Any questions?'],
  ]));
  assert.deepEqual(captions.sections.map((s) => s.kind), ['front-matter', 'prepared-remarks']);
  assert.deepEqual(captions.exchanges, []);
});
