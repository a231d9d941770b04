import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../server/src/core';

const sample = readFileSync(path.join(__dirname, '../../samples/sample.transcript'), 'utf8');

test('Name: text lines: one turn per label, titles and firms from the call itself', () => {
  const a = analyze(sample);
  assert.equal(a.format, 'name-colon');
  assert.deepEqual(a.turns.map((t) => t.label), [
    'Operator', 'Dana Whitfield', 'Marcus Lee', 'Priya Raman', 'Operator', 'Sarah Okafor', 'Priya Raman', 'Marcus Lee',
    'Operator', 'Tom Becker', 'Priya Raman', 'Tom Becker', 'Operator', 'Marcus Lee', 'Operator',
  ]);
  const t = a.turns[3];
  assert.equal(sample.slice(t.labelSpan.start, t.labelSpan.end), 'Priya Raman');
  assert.ok(sample.slice(t.body.start, t.body.end).startsWith('Thanks, Marcus. Revenue for the third quarter'));
  assert.ok(sample.slice(t.body.start, t.body.end).endsWith('please open the line for questions.'));
  assert.deepEqual(
    a.speakers.map((s) => [s.id, s.name, s.title, s.firm, s.role]),
    [
      ['operator', undefined, undefined, undefined, 'operator'],
      ['dana whitfield', 'Dana Whitfield', 'Head of Investor Relations', undefined, 'executive'],
      ['marcus lee', 'Marcus Lee', 'Chief Executive Officer', undefined, 'executive'],
      ['priya raman', 'Priya Raman', 'Chief Financial Officer', undefined, 'executive'],
      ['sarah okafor', 'Sarah Okafor', undefined, 'Morgan Stanley', 'analyst'],
      ['tom becker', 'Tom Becker', undefined, 'Barclays', 'analyst'],
    ],
  );
});

test('Name: text lines: sections, exchanges, questions split per question sentence', () => {
  const a = analyze(sample);
  assert.deepEqual(a.sections.map((s) => s.kind), ['front-matter', 'prepared-remarks', 'qa', 'closing']);
  assert.equal(sample.slice(a.sections[0].start, a.sections[0].end).trim(), 'Northwind Robotics Q3 2024 Earnings Call');
  assert.deepEqual(
    a.exchanges.map((e) => [e.speakerId, e.questions.map((q) => q.text), e.answerTurns.map((i) => a.turns[i].label)]),
    [
      [
        'sarah okafor',
        ['How should we think about gross margin into next year?', 'And could you break down the growth between new customers and expansion?'],
        ['Priya Raman', 'Marcus Lee'],
      ],
      ['tom becker', ['What drove the increase in operating expenses this quarter?'], ['Priya Raman']],
    ],
  );
  assert.deepEqual(a.exchanges[1].questionTurns, [9, 11]);
});

test('Name: text lines: timestamps and titles written with the label', () => {
  const text = [
    '[00:00:05] Operator: Welcome to the call.',
    '[00:01:10] Jane Doe, CFO: Revenue rose.',
    'It rose a lot.',
    '',
    'John Roe (00:02:30): Thanks, Jane.',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.format, 'name-colon');
  assert.deepEqual(a.turns.map((t) => [t.label, t.timestamp, t.seconds, text.slice(t.body.start, t.body.end)]), [
    ['Operator', '00:00:05', 5, 'Welcome to the call.'],
    ['Jane Doe', '00:01:10', 70, 'Revenue rose.\nIt rose a lot.'],
    ['John Roe', '00:02:30', 150, 'Thanks, Jane.'],
  ]);
  assert.equal(a.speakers.find((s) => s.id === 'jane doe')!.title, 'CFO');
});

test('unknown text: no turns, and the analysis says why', () => {
  const a = analyze('Just a shopping list.\nMilk\nEggs\n');
  assert.equal(a.format, 'unknown');
  assert.deepEqual(a.turns, []);
  assert.deepEqual(a.skipped, ['No speaker turns found: the text does not look like a transcript format this extension reads (see the README for the supported formats).']);
});

test('two analysts under one label: the second is attributed by the introduction, with a hint', () => {
  const text = [
    'Operator: Welcome to the call.',
    'Jane Doe: Thank you. Revenue rose.',
    'Operator: Our first question comes from the line of Ann Lee from UBS. Please go ahead.',
    'Speaker 4: What about pricing?',
    'Jane Doe: Stable.',
    'Operator: Our next question comes from the line of Bob Stone from Citi. Please go ahead.',
    'Speaker 4: And what about volume?',
    'Jane Doe: Up.',
  ].join('\n');
  const a = analyze(text);
  const who = (id: string) => a.speakers.find((s) => s.id === id)!;
  assert.deepEqual(a.exchanges.map((e) => [who(e.speakerId).name, who(e.speakerId).firm, e.questions.map((q) => q.text)]), [
    ['Ann Lee', 'UBS', ['What about pricing?']],
    ['Bob Stone', 'Citi', ['And what about volume?']],
  ]);
  const hints = a.findings.filter((f) => f.code === 'doubtful-attribution');
  assert.deepEqual(hints.map((h) => [text.slice(h.start, h.end), h.start, h.message]), [
    [
      'Speaker 4',
      a.turns[6].labelSpan.start,
      "This turn is labelled Speaker 4, which earlier carried Ann Lee's questions, but the operator has just introduced Bob Stone (Citi): attributed to Bob Stone.",
    ],
  ]);
});

test('label lines with the text below them (`Name (00:01):` then the words)', () => {
  const text = ['Operator (00:00):', 'Welcome to the call.', '', 'Jane Doe (01:05):', 'Revenue rose.', 'It rose a lot.', ''].join('\n');
  const a = analyze(text);
  assert.equal(a.format, 'name-colon');
  assert.deepEqual(a.turns.map((t) => [t.label, t.timestamp, t.seconds, text.slice(t.body.start, t.body.end)]), [
    ['Operator', '00:00', 0, 'Welcome to the call.'],
    ['Jane Doe', '01:05', 65, 'Revenue rose.\nIt rose a lot.'],
  ]);
});

test('empty and binary documents: no figures, and the analysis says why', () => {
  assert.deepEqual(analyze('').skipped, ['The document is empty.']);
  assert.deepEqual(analyze('  \n\n').skipped, ['The document is empty.']);
  let junk = '';
  for (let i = 0; i < 4000; i++) junk += String.fromCharCode((i * 7919) % 256);
  const a = analyze(junk + ' Revenue was $4 million, up 5%.');
  assert.deepEqual(a.entities, []);
  assert.equal(a.skipped.length, 2);
  assert.match(a.skipped[1], /^Figures and checks skipped: the document looks like binary data \(\d+% of its first characters are control or replacement characters\)\.$/);
});

test('a self-introduction gives the title said after the name; "Thanks, it\'s…" names no one', () => {
  const text = [
    'Operator: Welcome to the call.',
    "Jane Doe: Good morning. I'm Jane Doe, head of investor relations. Revenue rose.",
    "Mark Lee: Thanks, it's been a good quarter for us.",
  ].join('\n');
  const jane = analyze(text).speakers.find((s) => s.id === 'jane doe')!;
  assert.equal(jane.title, 'head of investor relations');
  assert.deepEqual(jane.evidence.map((e) => [e.kind, e.text]), [
    ['label', 'Jane Doe'],
    ['self-introduction', "I'm Jane Doe, head of investor relations"],
  ]);
});

test('operator introductions in other words: "Next, we have X from Y", "We\'ll go next to X", "next caller", "up next", "a follow-up from"', async () => {
  const { analyze } = await import('../../server/src/core');
  for (const intro of [
    'Next, we have Paul Grant from Leerink Partners.',
    "We'll go next to Paul Grant with Leerink Partners.",
    'Our next caller is Paul Grant from Leerink Partners.',
    'Up next is Paul Grant with Leerink Partners.',
    'Our next question is a follow-up from Paul Grant with Leerink Partners.',
  ]) {
    const text = `Operator: Welcome to the call.\nNora Bell: Revenue was $1.6 billion.\nOperator: ${intro}\nPaul Grant: Is growth mostly volume?\nNora Bell: Yes.\n`;
    const a = analyze(text);
    const analysts = a.exchanges.map((x) => a.speakers.find((s) => s.id === x.speakerId)).map((s) => [s?.name, s?.firm, s?.role]);
    assert.deepEqual(analysts, [['Paul Grant', 'Leerink Partners', 'analyst']], intro);
  }
});

test('an operator introduction naming no firm: the analyst is named, with no firm', async () => {
  const { analyze } = await import('../../server/src/core');
  const text =
    'Operator: Welcome to the call.\nNora Bell: Revenue was $1.6 billion.\nOperator: Our first question is coming from a Craig Kusera. Craig, your line is live.\nCraig Kusera: How is occupancy trending?\nNora Bell: Up.\nOperator: Our next question comes from Buck Horne. Please go ahead.\nBuck Horne: And rents?\nNora Bell: Flat.\n';
  const a = analyze(text);
  const analysts = a.exchanges.map((x) => a.speakers.find((s) => s.id === x.speakerId)).map((s) => [s?.name, s?.firm, s?.role]);
  assert.deepEqual(analysts, [
    ['Craig Kusera', undefined, 'analyst'],
    ['Buck Horne', undefined, 'analyst'],
  ]);
});

test('a possessive the transcriber heard after an analyst\'s name is dropped', async () => {
  const { analyze } = await import('../../server/src/core');
  const text = "Operator: Welcome.\nNora Bell: Revenue was up.\nOperator: Our next question is coming from Stephanie Benjamin's of SunTrust, please go ahead.\nStephanie Benjamin: What about margins?\nNora Bell: Stable.\n";
  const a = analyze(text);
  const analyst = a.speakers.find((s) => s.role === 'analyst');
  assert.deepEqual([analyst?.name, analyst?.firm], ['Stephanie Benjamin', 'SunTrust']);
});

test('an analyst whose turn has no question sentence still gets one: their request, else their last sentence', async () => {
  const { analyze } = await import('../../server/src/core');
  const text =
    'Operator: Welcome.\nNora Bell: Revenue was up.\nOperator: Our next question comes from Ana Soto with UBS.\nAna Soto: Hi, congratulations. I wanted to see if you can help us understand the margin drivers. Thanks.\nNora Bell: Mostly mix.\nOperator: Our next question comes from Lee Chan with Citi.\nLee Chan: Thanks. Just on the pricing outlook for next year please.\nNora Bell: Flat.\n';
  const a = analyze(text);
  assert.deepEqual(
    a.exchanges.map((x) => x.questions.map((q) => q.text)),
    [['I wanted to see if you can help us understand the margin drivers.'], ['Just on the pricing outlook for next year please.']],
  );
});

test('an introduction of a firm alone names no one: the analyst keeps the label they speak under', async () => {
  const { analyze } = await import('../../server/src/core');
  const text = 'Operator: Welcome.\nNora Bell: Revenue was up.\nOperator: Our next question comes from Goldman Sachs.\nSpeaker 4: What about margins?\nNora Bell: Stable.\n';
  const a = analyze(text);
  assert.equal(a.exchanges.length, 1);
  const analyst = a.speakers.find((s) => s.id === a.exchanges[0].speakerId);
  assert.notEqual(analyst?.name, 'Goldman Sachs');
  assert.equal(a.exchanges[0].questions[0].text, 'What about margins?');
});
