// Export builders: JSON record, CSV rows and brat standoff, on a hand-built analysis with known answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvField, CSV_HEADER, toBratAnn, toCsv, toJsonRecord } from '../../server/src/core/export';
import type { Analysis } from '../../server/src/core/types';

const text = 'CFO: Revenue was RMB207 million,\nup 9.5% "yoy".';
const analysis: Analysis = {
  length: text.length,
  format: 'name-colon',
  speakers: [{ id: 'cfo', label: 'CFO', name: 'Henry He', role: 'executive', evidence: [] }],
  turns: [{ index: 0, start: 0, end: text.length, speakerId: 'cfo', label: 'CFO', labelSpan: { start: 0, end: 3 }, body: { start: 5, end: text.length }, sectionIndex: 0, timestamp: '00:01:02' }],
  sections: [{ kind: 'prepared-remarks', title: 'Prepared Remarks', start: 0, end: text.length }],
  exchanges: [],
  entities: [
    { kind: 'money', start: 17, end: 31, text: 'RMB207 million', value: '207000000', resolution: '1000000', currency: 'CNY', metric: { text: 'revenue', start: 5, end: 12 }, period: { id: 'current-quarter', text: 'default' }, turnIndex: 0, speakerId: 'cfo' },
    { kind: 'percent', start: 36, end: 40, text: '9.5%', value: '9.5', unit: '%', turnIndex: 0, speakerId: 'cfo' },
  ],
  findings: [{ code: 'restated-figure', severity: 'warning', start: 17, end: 31, message: 'differs', related: [] }],
  skipped: [],
};

test('JSON record: entities flattened with metric, period and speaker names', () => {
  const r = toJsonRecord(analysis, 'a.txt');
  assert.equal(r.file, 'a.txt');
  assert.equal(r.format, 'name-colon');
  assert.deepEqual(r.entities[0], { kind: 'money', start: 17, end: 31, text: 'RMB207 million', value: '207000000', currency: 'CNY', metric: 'revenue', period: 'current-quarter', speaker: 'Henry He' });
  assert.deepEqual(r.turns, [{ index: 0, speaker: 'Henry He', label: 'CFO', start: 0, end: text.length, timestamp: '00:01:02', section: 'prepared-remarks' }]);
  assert.deepEqual(r.findings, [{ code: 'restated-figure', severity: 'warning', start: 17, end: 31, message: 'differs' }]);
  assert.deepEqual(r.questions, []);
});

test('CSV: one row per entity, fields quoted when needed', () => {
  assert.deepEqual(CSV_HEADER, ['file', 'kind', 'start', 'end', 'text', 'value', 'currency', 'unit', 'metric', 'period', 'speaker', 'timestamp']);
  assert.deepEqual(toCsv(analysis, 'dir/a,b.txt'), [
    '"dir/a,b.txt",money,17,31,RMB207 million,207000000,CNY,,revenue,current-quarter,Henry He,00:01:02',
    '"dir/a,b.txt",percent,36,40,9.5%,9.5,,%,,,Henry He,00:01:02',
  ]);
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('a\nb'), '"a\nb"');
});

test('brat standoff with normalised values as annotator notes', () => {
  assert.equal(
    toBratAnn(analysis, text),
    'T1\tMONEY 17 31\tRMB207 million\n#1\tAnnotatorNotes T1\tCNY 207000000\nT2\tPERCENT 36 40\t9.5%\n#2\tAnnotatorNotes T2\t% 9.5\n',
  );
  // a span across a line break becomes two fragments
  const multi: Analysis = { ...analysis, entities: [{ kind: 'money', start: 24, end: 35, text: text.slice(24, 35), value: '1' }] };
  assert.equal(toBratAnn(multi, text), 'T1\tMONEY 24 32;33 35\tmillion, up\n#1\tAnnotatorNotes T1\t1\n');
});
