import { test } from 'node:test';
import assert from 'node:assert/strict';
import { motleyFoolReader } from '../../server/src/core/formats/motleyFool';
import { assertWellFormed, bodies, crlfWithBom, fixture, labels, sections, slice } from './formats-helper';

const text = fixture('motley-fool.txt');
const seg = motleyFoolReader.segment(text);

test('motley-fool: turns start at label lines, with title, firm and role from the label', () => {
  assert.equal(seg.format, 'motley-fool');
  assert.deepEqual(labels(text, seg), [
    'Operator | operator',
    'Priya Raman | executive title=Vice President, Investor Relations',
    'Tomas Ekberg | executive title=Chief Executive Officer',
    'Lena Okafor | executive title=Chief Financial Officer',
    'Operator | operator',
    'Daniel Wu | analyst title=Analyst firm=Harbor Lane Securities',
    'Lena Okafor | executive title=Chief Financial Officer',
    'Operator | operator',
    'Maria Santos | analyst title=Analyst firm=Keel Capital',
    'Tomas Ekberg | executive title=Chief Executive Officer',
  ]);
  assertWellFormed(text, seg);
});

test('motley-fool: bodies run from the label line to the next label or heading, paragraphs included', () => {
  const b = bodies(text, seg);
  assert.equal(b.length, 10);
  assert.equal(b[0], 'Good afternoon and welcome to the Brightwater Robotics third-quarter 2024 earnings call. I will now hand the call to Priya Raman.');
  assert.equal(b[2], 'Thanks, Priya. Revenue for the quarter was $84.2 million, up 12% from a year ago.\n\nWe shipped 1,150 units, a record for the third quarter.');
  // The em dash and single hyphen variants; the last prepared-remarks turn stops before `Questions & Answers:`.
  assert.equal(b[3], 'Gross margin was 41.5%, up 230 basis points year over year.');
  assert.equal(b[6], 'Sure. We expect gross margin between 40% and 42%.');
  // The last turn stops before the `Duration:` back matter.
  assert.equal(b[9], 'We do not guide units, Maria.');
  assert.equal(slice(text, seg.turns[3]), 'Lena Okafor — Chief Financial Officer\n\nGross margin was 41.5%, up 230 basis points year over year.');
  assert.equal(seg.turns.every((t) => t.timestamp === undefined), true);
});

test('motley-fool: sections for front matter, the two headings, back matter and the participant list', () => {
  assert.deepEqual(sections(text, seg), [
    'front-matter: Front Matter | Image source: The Motley Fool. |   - Call Participants',
    'prepared-remarks: Prepared Remarks [Prepared Remarks:] | Prepared Remarks: | Gross margin was 41.5%, up 230 basis points year over year.',
    'qa: Questions & Answers [Questions & Answers:] | Questions & Answers: | We do not guide units, Maria.',
    'back-matter: Back Matter | Duration: 38 minutes | Duration: 38 minutes',
    'participants: Call participants [Call participants:] | Call participants: | Maria Santos -- Keel Capital -- Analyst',
    'back-matter: Back Matter | More BWRX analysis | This article is a transcript of this conference call produced for a fictional publisher. The text may contain errors.',
  ]);
});

test('motley-fool: the call participants list gives names, titles, firms and roles', () => {
  assert.deepEqual(
    seg.participants.map((p) => [p.name, p.title, p.firm, p.role, slice(text, p.span)]),
    [
      ['Priya Raman', 'Vice President, Investor Relations', undefined, 'executive', 'Priya Raman -- Vice President, Investor Relations'],
      ['Tomas Ekberg', 'Chief Executive Officer', undefined, 'executive', 'Tomas Ekberg -- Chief Executive Officer'],
      ['Lena Okafor', 'Chief Financial Officer', undefined, 'executive', 'Lena Okafor -- Chief Financial Officer'],
      ['Daniel Wu', 'Analyst', 'Harbor Lane Securities', 'analyst', 'Daniel Wu -- Harbor Lane Securities -- Analyst'],
      ['Maria Santos', 'Analyst', 'Keel Capital', 'analyst', 'Maria Santos -- Keel Capital -- Analyst'],
    ],
  );
});

test('motley-fool: CRLF line endings and a BOM give the same turns, shifted', () => {
  const crlf = crlfWithBom(text);
  const other = motleyFoolReader.segment(crlf);
  assertWellFormed(crlf, other);
  assert.deepEqual(labels(crlf, other), labels(text, seg));
  assert.deepEqual(bodies(crlf, other), bodies(text, seg).map((b) => b.replace(/\n/g, '\r\n')));
  assert.equal(other.sections[0].start, 1);
});

test('motley-fool: a lone participant name is a label; without headings the front matter ends at the first turn', () => {
  const t = [
    'Acme Q1 2024 Earnings Call',
    '',
    'Operator',
    '',
    'Welcome.',
    '',
    'Unknown speaker',
    '',
    'Hello -- is this on?',
    '',
    'Call participants:',
    '',
    'Unknown speaker -- Analyst',
  ].join('\n');
  const s = motleyFoolReader.segment(t);
  assert.deepEqual(labels(t, s), ['Operator | operator', 'Unknown speaker | analyst']);
  assert.deepEqual(bodies(t, s), ['Welcome.', 'Hello -- is this on?']);
  assert.deepEqual(
    s.sections.map((x) => [x.kind, slice(t, x)]),
    [
      ['front-matter', 'Acme Q1 2024 Earnings Call'],
      ['participants', 'Call participants:\n\nUnknown speaker -- Analyst'],
    ],
  );
});

test('motley-fool: a short sentence with a dash in a paragraph is not a label line', () => {
  const t = ['Prepared Remarks:', '', 'Ann Lee -- Chief Executive Officer', '', 'Yes -- Good question.', '', 'Margins - up again, as planned.', '', 'Bo Chen -- Ashdown & Co. -- Analyst', '', 'Thanks.'].join('\n');
  const s = motleyFoolReader.segment(t);
  assert.deepEqual(labels(t, s), ['Ann Lee | executive title=Chief Executive Officer', 'Bo Chen | analyst title=Analyst firm=Ashdown & Co.']);
  assert.deepEqual(bodies(t, s), ['Yes -- Good question.\n\nMargins - up again, as planned.', 'Thanks.']);
});
