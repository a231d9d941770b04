// A hand-made analysis of a tiny authored call, so the handler builders can be tested apart from the core.
// Offsets are computed from the text, never typed in.
import type { Analysis, Entity, Finding, Turn } from '../../server/src/core/types';

export const TEXT = [
  'Prepared Remarks', //
  'Henry He: Revenue was RMB207 1,000,000, down negative 3.3%. Margin rose 5.3 pp.',
  'Operator: Our first question comes from Ann Lee from UBS.',
  'Ann Lee: What about margins? And cash?',
  'Henry He: Revenue was RMB206.8 million, a [record] *high*.',
  '',
].join('\n');

/** Span of the `nth` occurrence (0-based) of `needle` in TEXT. */
export function spanOf(needle: string, nth = 0, from = 0): { start: number; end: number } {
  let at = TEXT.indexOf(needle, from);
  for (let i = 0; i < nth; i++) at = TEXT.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`fixture has no ${needle}`);
  return { start: at, end: at + needle.length };
}

const lineSpan = (n: number) => {
  const lines = TEXT.split('\n');
  const start = lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
  return { start, end: start + lines[n].length + 1 };
};

function turn(index: number, line: number, label: string, speakerId: string, sectionIndex: number): Turn {
  const span = lineSpan(line);
  const labelSpan = { start: span.start, end: span.start + label.length };
  return { index, ...span, speakerId, label, labelSpan, body: { start: labelSpan.end + 2, end: span.end - 1 }, sectionIndex };
}

export function makeAnalysis(): Analysis {
  const turns = [turn(0, 1, 'Henry He', 'henry he', 0), turn(1, 2, 'Operator', 'operator', 1), turn(2, 3, 'Ann Lee', 'ann lee', 1), turn(3, 4, 'Henry He', 'henry he', 1)];
  const revenue1 = spanOf('Revenue');
  const revenue2 = spanOf('Revenue', 1);
  const entities: Entity[] = [
    {
      kind: 'money',
      ...spanOf('RMB207 1,000,000'),
      text: 'RMB207 1,000,000',
      value: '207000000',
      currency: 'CNY',
      reading: 'RMB207 followed by a stray 1,000,000 multiplier',
      metric: { text: 'Revenue', ...revenue1 },
      period: { id: '2023-Q2', text: 'default' },
      turnIndex: 0,
      speakerId: 'henry he',
    },
    { kind: 'percent', ...spanOf('negative 3.3%'), text: 'negative 3.3%', value: '-3.3', unit: '%', turnIndex: 0, speakerId: 'henry he' },
    { kind: 'percentage-points', ...spanOf('5.3 pp'), text: '5.3 pp', value: '5.3', unit: 'pp', turnIndex: 0, speakerId: 'henry he' },
    {
      kind: 'money',
      ...spanOf('RMB206.8 million'),
      text: 'RMB206.8 million',
      value: '206800000',
      resolution: '100000',
      currency: 'CNY',
      metric: { text: 'Revenue', ...revenue2 },
      turnIndex: 3,
      speakerId: 'henry he',
    },
  ];
  const restated: Finding = {
    code: 'restated-figure',
    severity: 'warning',
    ...spanOf('RMB206.8 million'),
    message: 'Revenue restated: RMB206.8 million here, RMB207 1,000,000 earlier.',
    related: [{ ...spanOf('RMB207 1,000,000'), message: 'earlier figure' }],
    explanation: 'Revenue was stated as **CNY 207,000,000** before\\.',
  };
  const garbled: Finding = {
    code: 'garbled-figure',
    severity: 'info',
    ...spanOf('RMB207 1,000,000'),
    message: 'Garbled figure, read as RMB207 million.',
    related: [],
    replacement: 'RMB207 million',
  };
  return {
    length: TEXT.length,
    format: 'name-colon',
    speakers: [
      {
        id: 'henry he',
        label: 'Henry He',
        name: 'Henry He',
        title: 'Chief Financial Officer',
        firm: 'Kingsoft_Cloud',
        role: 'executive',
        evidence: [{ kind: 'participant-list', ...spanOf('Henry He'), text: 'Henry He -- CFO *[link](x)*' }],
      },
      { id: 'operator', label: 'Operator', role: 'operator', evidence: [] },
      { id: 'ann lee', label: 'Ann Lee', name: 'Ann Lee', firm: 'UBS', role: 'analyst', evidence: [{ kind: 'operator-introduction', ...spanOf('Ann Lee from UBS'), text: 'Ann Lee from UBS' }] },
    ],
    turns,
    sections: [
      { kind: 'prepared-remarks', title: 'Prepared Remarks', ...{ start: 0, end: turns[0].end }, headingSpan: spanOf('Prepared Remarks') },
      { kind: 'qa', title: 'Q&A', start: turns[1].start, end: TEXT.length },
    ],
    exchanges: [
      {
        speakerId: 'ann lee',
        start: turns[1].start,
        end: turns[3].end,
        introductionTurn: 1,
        questionTurns: [2],
        questions: [
          { ...spanOf('What about margins?'), text: 'What about margins?', turnIndex: 2 },
          { ...spanOf('And cash?'), text: 'And cash?', turnIndex: 2 },
        ],
        answerTurns: [3],
      },
    ],
    entities,
    findings: [restated, garbled],
    skipped: [],
  };
}
