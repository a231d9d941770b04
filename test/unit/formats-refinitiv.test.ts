import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refinitivReader } from '../../server/src/core/formats/refinitiv';
import { assertWellFormed, bodies, crlfWithBom, fixture, labels, sections, slice } from './formats-helper';

const text = fixture('refinitiv.txt');
const seg = refinitivReader.segment(text);

test('refinitiv: fenced labels give name, firm, title and role; the turn counter is not part of the label', () => {
  assert.equal(seg.format, 'refinitiv');
  assert.deepEqual(labels(text, seg), [
    'Operator | operator',
    'Graham Feld | executive title=CEO firm=Halexium Materials Corp',
    'Yuki Tanabe | executive title=CFO & Treasurer firm=Halexium Materials Corp',
    'Operator | operator',
    'Carla Mendes | analyst title=Analyst firm=Fenwick Brothers, Research Division',
    'Yuki Tanabe | executive title=CFO & Treasurer firm=Halexium Materials Corp',
  ]);
  assertWellFormed(text, seg);
  assert.equal(slice(text, { start: seg.turns[1].start, end: seg.turns[1].body.start }).split('\n')[0], 'Graham Feld,  Halexium Materials Corp - CEO   [2]');
});

test('refinitiv: bodies run from the fence below the label to the next fence', () => {
  assert.deepEqual(bodies(text, seg), [
    'Good day, and welcome to the Halexium Materials fourth quarter 2023 earnings call.',
    'Thank you. Fourth quarter revenue was $1.32 billion, up 7%.\n\n Free cash flow reached $210 million.',
    'Operating margin improved to 18.2%.',
    '(Operator Instructions) Our first question is from Carla Mendes.',
    'What is your capex plan for 2024?',
    'Between $400 million and $450 million.',
  ]);
});

test('refinitiv: sections start at the fence above their heading; Definitions and Disclaimer are back matter', () => {
  const fence = '='.repeat(80);
  const dashes = '-'.repeat(80);
  assert.deepEqual(sections(text, seg), [
    'front-matter: Front Matter | Thomson Reuters StreetEvents Edited Transcript | EVENT DATE/TIME: FEBRUARY 15, 2024 / 10:00PM GMT',
    `participants: Corporate Participants [Corporate Participants] | ${fence} |    Halexium Materials Corp - CFO & Treasurer`,
    `participants: Conference Call Participants [Conference Call Participants] | ${fence} |    Fenwick Brothers, Research Division - Analyst`,
    `prepared-remarks: Presentation [Presentation] | ${fence} |  Operating margin improved to 18.2%.`,
    `qa: Questions and Answers [Questions and Answers] | ${fence} |  Between $400 million and $450 million.`,
    `back-matter: Definitions [Definitions] | ${dashes} | PRELIMINARY TRANSCRIPT: A preliminary transcript may contain errors.`,
    `back-matter: Disclaimer [Disclaimer] | ${dashes} | This fictional transcript was written for testing.`,
  ]);
});

test('refinitiv: participant lists read ` * Name` over `Company - Title`', () => {
  assert.deepEqual(
    seg.participants.map((p) => [p.name, p.firm, p.title, p.role, slice(text, p.span)]),
    [
      ['Graham Feld', 'Halexium Materials Corp', 'CEO', 'executive', 'Graham Feld\n   Halexium Materials Corp - CEO'],
      ['Yuki Tanabe', 'Halexium Materials Corp', 'CFO & Treasurer', 'executive', 'Yuki Tanabe\n   Halexium Materials Corp - CFO & Treasurer'],
      ['Carla Mendes', 'Fenwick Brothers, Research Division', 'Analyst', 'analyst', 'Carla Mendes\n   Fenwick Brothers, Research Division - Analyst'],
    ],
  );
});

test('refinitiv: an unlisted speaker takes the role its title gives; a label with no body keeps an empty body', () => {
  const d = '-'.repeat(20);
  const t = [d, 'Pat Quinn,  Oakridge Securities - Analyst  [1]', d, d, 'Lee Park,  Acme Inc - CFO  [2]', d, ' Yes.'].join('\n');
  const s = refinitivReader.segment(t);
  assertWellFormed(t, s);
  assert.deepEqual(labels(t, s), ['Pat Quinn | analyst title=Analyst firm=Oakridge Securities', 'Lee Park | executive title=CFO firm=Acme Inc']);
  assert.deepEqual(bodies(t, s), ['', 'Yes.']);
  assert.equal(slice(t, s.turns[0]), 'Pat Quinn,  Oakridge Securities - Analyst  [1]');
});

test('refinitiv: CRLF line endings and a BOM give the same turns', () => {
  const crlf = crlfWithBom(text);
  const other = refinitivReader.segment(crlf);
  assertWellFormed(crlf, other);
  assert.deepEqual(labels(crlf, other), labels(text, seg));
  assert.deepEqual(bodies(crlf, other), bodies(text, seg).map((b) => b.replace(/\n/g, '\r\n')));
  assert.equal(other.sections.length, seg.sections.length);
});
