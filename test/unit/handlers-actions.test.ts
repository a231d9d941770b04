import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildAnalysisIndex } from '../../server/src/analysisIndex';
import { buildCodeActions } from '../../server/src/handlers/codeActions';
import { debounceDelay, toDiagnostic } from '../../server/src/handlers/diagnostics';
import { prepareSpeakerRename, speakerRenameEdits } from '../../server/src/handlers/rename';
import { IgnoredFindings, keyFindings } from '../../server/src/ignoredFindings';
import { makeAnalysis, spanOf, TEXT } from './handlersFixture';

const uri = 'file:///call.transcript';
const doc = TextDocument.create(uri, 'earnings-transcript', 1, TEXT);
const range = (s: { start: number; end: number }) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) });

test('debounce: twice the last analysis time, capped at 300 ms, immediate when unknown', () => {
  assert.equal(debounceDelay(undefined), 0);
  assert.equal(debounceDelay(2.5), 0);
  assert.equal(debounceDelay(7.9), 0);
  assert.equal(debounceDelay(8), 16);
  assert.equal(debounceDelay(149), 298);
  assert.equal(debounceDelay(4000), 300);
  assert.equal(debounceDelay(Number.NaN), 0);
});

test('finding keys: code + flagged text + occurrence, in document order', () => {
  const analysis = makeAnalysis();
  analysis.findings.push({ ...analysis.findings[1], start: spanOf('RMB207 1,000,000').start, message: 'again' });
  const keys = keyFindings(analysis.findings, TEXT).map((k) => k.key);
  assert.deepEqual(keys, [
    { code: 'garbled-figure', text: 'RMB207 1,000,000', occurrence: 0 },
    { code: 'garbled-figure', text: 'RMB207 1,000,000', occurrence: 1 },
    { code: 'restated-figure', text: 'RMB206.8 million', occurrence: 0 },
  ]);
  const ignored = new IgnoredFindings();
  ignored.set(uri, [keys[1], { bogus: true }, 'x']);
  assert.deepEqual(ignored.visible(uri, analysis.findings, TEXT).map((k) => k.key), [keys[0], keys[2]]);
  ignored.set(uri, 'garbage');
  assert.equal(ignored.visible(uri, analysis.findings, TEXT).length, 3);
});

test('diagnostic: code, source, severity, related information and the ignore key', () => {
  const [garbled, restated] = keyFindings(makeAnalysis().findings, TEXT);
  assert.deepEqual(toDiagnostic(restated, doc), {
    range: range(spanOf('RMB206.8 million')),
    severity: 2,
    code: 'restated-figure',
    source: 'earnings-transcript',
    message: 'Revenue restated: RMB206.8 million here, RMB207 1,000,000 earlier.',
    relatedInformation: [{ location: { uri, range: range(spanOf('RMB207 1,000,000')) }, message: 'earlier figure' }],
    data: { key: { code: 'restated-figure', text: 'RMB206.8 million', occurrence: 0 } },
  });
  assert.equal(toDiagnostic(garbled, doc).severity, 3);
});

test('code actions: replacement, go to related figure (numbers only), ignore, disable rule', () => {
  const keyed = keyFindings(makeAnalysis().findings, TEXT);
  const garbled = spanOf('RMB207 1,000,000');
  const actions = buildCodeActions(keyed, doc, range({ start: garbled.start + 1, end: garbled.start + 1 }));
  assert.deepEqual(
    actions.map((a) => ({ title: a.title, kind: a.kind, edit: a.edit, command: a.command })),
    [
      { title: 'Replace with RMB207 million', kind: 'quickfix', edit: { changes: { [uri]: [{ range: range(garbled), newText: 'RMB207 million' }] } }, command: undefined },
      {
        title: 'Ignore this finding',
        kind: 'quickfix',
        edit: undefined,
        command: { title: 'Ignore this finding', command: 'earningsTranscript.ignoreFinding', arguments: [uri, { code: 'garbled-figure', text: 'RMB207 1,000,000', occurrence: 0 }] },
      },
      { title: 'Disable rule garbled-figure', kind: 'quickfix', edit: undefined, command: { title: 'Disable rule', command: 'earningsTranscript.disableRule', arguments: ['garbled-figure'] } },
    ],
  );
  const restated = spanOf('RMB206.8 million');
  const related = range(garbled);
  const onRestated = buildCodeActions(keyed, doc, range(restated));
  assert.deepEqual(onRestated[0], {
    title: 'Go to related figure: earlier figure',
    kind: 'quickfix',
    diagnostics: onRestated[0].diagnostics,
    command: { title: 'Reveal', command: 'earningsTranscript.revealRange', arguments: [uri, related.start.line, related.start.character, related.end.line, related.end.character] },
  });
  assert.deepEqual(onRestated.map((a) => a.title), ['Go to related figure: earlier figure', 'Ignore this finding', 'Disable rule restated-figure']);
  assert.deepEqual(buildCodeActions(keyed, doc, range(spanOf('Our first'))), []);
});

test('rename a speaker: prepare returns the label, rename edits every turn of that speaker only', () => {
  const analysis = makeAnalysis();
  const index = buildAnalysisIndex(analysis);
  const first = spanOf('Henry He');
  assert.deepEqual(prepareSpeakerRename(index, doc, first.start + 2), { range: range(first), placeholder: 'Henry He' });
  assert.deepEqual(speakerRenameEdits(analysis, index, doc, first.start + 2, 'Henry H. He'), [
    { range: range(first), newText: 'Henry H. He' },
    { range: range(spanOf('Henry He', 1)), newText: 'Henry H. He' },
  ]);
  assert.equal(prepareSpeakerRename(index, doc, spanOf('Revenue').start), null);
  assert.equal(speakerRenameEdits(analysis, index, doc, spanOf('Revenue').start, 'X'), null);
});
