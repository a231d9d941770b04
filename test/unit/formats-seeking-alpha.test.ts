import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seekingAlphaReader } from '../../server/src/core/formats/seekingAlpha';
import { assertWellFormed, bodies, crlfWithBom, fixture, labels, sections, slice } from './formats-helper';

const text = fixture('seeking-alpha.txt');
const seg = seekingAlphaReader.segment(text);

test('seeking-alpha: a turn starts at a listed name, Operator or Unidentified Analyst alone on a line', () => {
  assert.equal(seg.format, 'seeking-alpha');
  assert.deepEqual(labels(text, seg), [
    'Operator | operator',
    'Hannah Whitlock | executive',
    'Rafael Ostrowski | executive',
    'Mei-Ling Chao | executive',
    'Operator | operator',
    'Oliver Brandt | analyst',
    'Rafael Ostrowski | executive',
    'Unidentified Analyst | analyst',
    'Mei-Ling Chao | executive',
    'Sunita Rao | analyst',
    'Rafael Ostrowski | executive',
    'Operator | operator',
  ]);
  assertWellFormed(text, seg);
});

test('seeking-alpha: bodies hold the paragraphs up to the next label, heading or footer', () => {
  const b = bodies(text, seg);
  assert.equal(b[0], 'Good morning, and welcome to the Corvane Foods first quarter 2025 earnings conference call. I would now like to turn the call over to Hannah Whitlock.');
  assert.equal(b[2], 'Thanks, Hannah. Net sales rose 6.4% to $512 million.\n\nOrganic volume grew 3%.');
  assert.equal(b[3], 'Adjusted EPS was $0.87, compared with $0.79 last year.');
  assert.equal(b[7], 'Can you repeat the capex figure?');
  assert.equal(b[11], 'This concludes today\'s conference call. You may now disconnect.');
  assert.equal(slice(text, seg.turns[5]), 'Oliver Brandt\n\nGood morning. What drove the volume growth?');
});

test('seeking-alpha: both participant lists, prepared remarks from the first turn, Q&A and the footer', () => {
  assert.deepEqual(sections(text, seg), [
    'front-matter: Front Matter | Corvane Foods, Inc. (CRVF) Q1 2025 Earnings Call Transcript | May 08, 2025 8:30 AM ET',
    'participants: Company Participants [Company Participants] | Company Participants | Mei-Ling Chao - Executive Vice President and Chief Financial Officer',
    'participants: Conference Call Participants [Conference Call Participants] | Conference Call Participants | Sunita Rao - Ashdown & Co.',
    'prepared-remarks: Prepared Remarks | Operator | Adjusted EPS was $0.87, compared with $0.79 last year.',
    'qa: Question-and-Answer Session [Question-and-Answer Session] | Question-and-Answer Session | This concludes today\'s conference call. You may now disconnect.',
    'back-matter: Back Matter | Copyright 2025 Example Transcripts. All rights reserved. | Copyright 2025 Example Transcripts. All rights reserved.',
  ]);
});

test('seeking-alpha: company participants carry titles, conference call participants firms', () => {
  assert.deepEqual(
    seg.participants.map((p) => [p.name, p.title, p.firm, p.role, slice(text, p.span)]),
    [
      ['Hannah Whitlock', 'Director, Investor Relations', undefined, 'executive', 'Hannah Whitlock - Director, Investor Relations'],
      ['Rafael Ostrowski', 'President and Chief Executive Officer', undefined, 'executive', 'Rafael Ostrowski - President and Chief Executive Officer'],
      ['Mei-Ling Chao', 'Executive Vice President and Chief Financial Officer', undefined, 'executive', 'Mei-Ling Chao - Executive Vice President and Chief Financial Officer'],
      ['Oliver Brandt', undefined, 'Northgate Partners', 'analyst', 'Oliver Brandt - Northgate Partners'],
      ['Sunita Rao', undefined, 'Ashdown & Co.', 'analyst', 'Sunita Rao - Ashdown & Co.'],
    ],
  );
});

test('seeking-alpha: a name in the middle of a paragraph or an unlisted name alone is not a label', () => {
  const t = [
    'Company Participants',
    'Ann Lee - CEO',
    '',
    'Presentation',
    '',
    'Operator',
    'Welcome. Ann Lee',
    'Bob Stone',
    '',
    'Ann Lee',
    'Thanks.',
  ].join('\n');
  const s = seekingAlphaReader.segment(t);
  assert.deepEqual(labels(t, s), ['Operator | operator', 'Ann Lee | executive']);
  assert.deepEqual(bodies(t, s), ['Welcome. Ann Lee\nBob Stone', 'Thanks.']);
  assert.deepEqual(s.sections.map((x) => [x.kind, x.title]), [['participants', 'Company Participants'], ['prepared-remarks', 'Presentation']]);
});

test('seeking-alpha: CRLF line endings and a BOM give the same turns', () => {
  const crlf = crlfWithBom(text);
  const other = seekingAlphaReader.segment(crlf);
  assertWellFormed(crlf, other);
  assert.deepEqual(labels(crlf, other), labels(text, seg));
  assert.deepEqual(bodies(crlf, other), bodies(text, seg).map((b) => b.replace(/\n/g, '\r\n')));
  assert.deepEqual(other.participants.map((p) => slice(crlf, p.span)), seg.participants.map((p) => slice(text, p.span)));
});

test('seeking-alpha: older pages head the lists `Executives` and `Analysts`', () => {
  const t = ['Executives', 'Ann Lee - CEO', 'Analysts', 'Bo Chen - Ashdown & Co.', '', 'Operator', '', 'Welcome.', '', 'Bo Chen', '', 'A question?'].join('\n');
  const s = seekingAlphaReader.segment(t);
  assert.deepEqual(s.participants.map((p) => [p.name, p.role, p.title ?? p.firm]), [['Ann Lee', 'executive', 'CEO'], ['Bo Chen', 'analyst', 'Ashdown & Co.']]);
  assert.deepEqual(labels(t, s), ['Operator | operator', 'Bo Chen | analyst']);
  assert.deepEqual(s.sections.map((x) => [x.kind, x.title]), [['participants', 'Executives'], ['participants', 'Analysts'], ['prepared-remarks', 'Prepared Remarks']]);
});
