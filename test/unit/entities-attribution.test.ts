// Attribution: the metric a figure measures, the period it belongs to, and the turn / speaker that said it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core';
import type { Turn } from '../../server/src/core/types';
import { entities, only, span } from '../fixtures/entities/helpers';

test('metric: nearest phrase naming what the figure measures', () => {
  const t =
    'Adjusted gross profit reached RMB207 million. Revenue from Enterprise Cloud Services was RMB675.2 million. The gross margin of public cloud services was 5.2%. IDC costs decreased by 16.4%. Free cash flow was $12 million. EPS of $0.30 beat. We had $5 million in revenue. Our adjusted R and D expenses were RMB182.3 million.';
  const cases: Array<[string, string, string]> = [
    ['RMB207 million', 'adjusted gross profit', 'Adjusted gross profit'],
    ['RMB675.2 million', 'revenue from enterprise cloud services', 'Revenue from Enterprise Cloud Services'],
    ['5.2%', 'gross margin of public cloud services', 'gross margin of public cloud services'],
    ['16.4%', 'idc costs', 'IDC costs'],
    ['$12 million', 'free cash flow', 'Free cash flow'],
    ['$0.30', 'eps', 'EPS'],
    ['$5 million', 'revenue', 'revenue'],
    ['RMB182.3 million', 'adjusted r and d expenses', 'adjusted R and D expenses'],
  ];
  for (const [figure, metric, written] of cases) {
    const m = only(t, figure).metric;
    const at = span(t, written);
    assert.deepEqual(m, { text: metric, start: at.start, end: at.end }, figure);
  }
});

test('metric of a count: what it counts, or a metric named just before it, never a figure of the same sentence', () => {
  const t =
    'Diluted EPS was $0.42, based on 100.2 million weighted average diluted shares outstanding. Headcount was 1,250 employees. We repurchased 2.1 million shares. Paid subscribers reached 3.4 million subscribers.';
  const cases: Array<[string, string]> = [
    ['100.2 million weighted average diluted shares', 'diluted shares'],
    ['1,250 employees', 'headcount'],
    ['2.1 million shares', 'shares'],
    ['3.4 million subscribers', 'paid subscribers'],
  ];
  for (const [figure, metric] of cases) assert.equal(only(t, figure).metric?.text, metric, figure);
  const e = only(t, '100.2 million weighted average diluted shares');
  assert.deepEqual([e.metric?.start, e.metric?.end], [e.start, e.end]);
  assert.equal(only(t, '$0.42').metric?.text, 'diluted eps');
});

test('period: a stated prior period, the current quarter by default, guidance', () => {
  const t =
    'Revenue was RMB675.2 million, an increase of 9.5 percent from RMB616.6 million in the same period of last year. Costs were RMB595.8 million last quarter. In Q2 2023, margin was 11.3%. We expect revenue of $1.62 billion to $1.64 billion.';
  assert.deepEqual(only(t, 'RMB675.2 million').period, { id: 'current-quarter', text: 'default' });
  assert.deepEqual(only(t, '9.5 percent').period, { id: 'current-quarter', text: 'default' });
  const py = span(t, 'same period of last year');
  assert.deepEqual(only(t, 'RMB616.6 million').period, { id: 'prior-year-quarter', text: py.text, span: { start: py.start, end: py.end } });
  const lq = span(t, 'last quarter');
  assert.deepEqual(only(t, 'RMB595.8 million').period, { id: 'prior-quarter', text: lq.text, span: { start: lq.start, end: lq.end } });
  const q2 = span(t, 'Q2 2023');
  assert.deepEqual(only(t, '11.3%').period, { id: '2023-Q2', text: q2.text, span: { start: q2.start, end: q2.end } });
  const ex = span(t, 'expect');
  assert.deepEqual(only(t, '$1.62 billion to $1.64 billion').period, { id: 'guidance', text: 'expect', span: { start: ex.start, end: ex.end } });
});

function turn(index: number, start: number, end: number, speakerId: string, attributedSpeakerId?: string): Turn {
  return {
    index, start, end, speakerId, label: speakerId, labelSpan: { start, end: start }, body: { start, end }, sectionIndex: 0,
    ...(attributedSpeakerId ? { attributedSpeakerId } : {}),
  };
}

test('period: the year, this year, year to date and year end are periods of their own, not the current quarter', () => {
  const t =
    'Free cash flow for the year was $1.3 billion. Revenue this year was $400 million. Year-to-date, revenue was $250 million. Net debt to EBITDA was 1.4x at year end. Revenue for the year ago quarter was $90 million.';
  const cases: Array<[string, string, string]> = [
    ['$1.3 billion', 'full-year', 'for the year'],
    ['$400 million', 'full-year', 'this year'],
    ['$250 million', 'year-to-date', 'Year-to-date'],
    ['1.4x', 'year-end', 'year end'],
    ['$90 million', 'prior-year-quarter', 'for the year ago quarter'],
  ];
  for (const [figure, id, words] of cases) {
    const at = span(t, words);
    assert.deepEqual(only(t, figure).period, { id, text: at.text, span: { start: at.start, end: at.end } }, figure);
  }
});

test('metric: the words after a change noun, a ratio of two metrics, and no preposition phrase before a metric', () => {
  const t =
    'The board approved a 10% increase in the quarterly dividend. Net debt to EBITDA was 1.4x. We returned $650 million to shareholders through buybacks. Revenue saw a 5% decline in Europe.';
  assert.equal(only(t, '10%').metric?.text, 'quarterly dividend');
  assert.equal(only(t, '1.4x').metric?.text, 'net debt to ebitda');
  assert.equal(only(t, '$650 million').metric?.text, 'buybacks');
  assert.equal(only(t, '5%').metric?.text, 'revenue');
});

test('turn and speaker by offset, including re-attributed turns', () => {
  const a = 'CFO: Revenue was $5 million.\n';
  const b = 'Speaker 2: Is 10% sustainable?\n';
  const t = a + b;
  const turns = [turn(0, 0, a.length, 'cfo'), turn(1, a.length, t.length, 'speaker 2', 'jane analyst')];
  const all = entities(t, {}, turns);
  const money = all.find((e) => e.text === '$5 million');
  const pct = all.find((e) => e.text === '10%');
  assert.deepEqual([money?.turnIndex, money?.speakerId], [0, 'cfo']);
  assert.deepEqual([pct?.turnIndex, pct?.speakerId], [1, 'jane analyst']);
  // no turns yet: nothing attributed, nothing thrown
  assert.equal(entities(t).find((e) => e.text === '10%')?.turnIndex, undefined);
});

test('period: "quarter three of 2019" as speech-to-text writes Q3 2019', () => {
  const text = 'Jane Doe: Other income was $1.9 million in quarter three of 2019.\nOperator: Thank you.';
  const e = analyze(text).entities.find((x) => x.kind === 'money')!;
  assert.equal(e.period?.id, '2019-Q3');
});

test('period ids read as a reader says them', async () => {
  const { describePeriod } = await import('../../server/src/core/periods');
  const cases: Array<[string, string]> = [
    ['2023-Q2', 'Q2 2023'],
    ['2024-H1', 'H1 2024'],
    ['FY2024', 'fiscal year 2024'],
    ['prior-year-quarter', 'same quarter last year'],
    ['year-to-date', 'year to date'],
    ['Q3', 'Q3'],
  ];
  for (const [id, said] of cases) assert.equal(describePeriod(id), said, id);
});

test('period: a half-year call names its half; undated halves take the call\'s year; an FX impact is a metric', () => {
  const t =
    'Welcome to the half year 2025 results call. Revenue in the first half was EUR 1.84bn, compared with EUR 1.73bn in H1 2024. The FX impact was minus 1.3 percentage points.';
  const hy = span(t, 'half year 2025');
  assert.deepEqual(entities(t).find((e) => e.kind === 'period')?.period, { id: '2025-H1', text: hy.text, span: { start: hy.start, end: hy.end } });
  assert.equal(only(t, 'EUR 1.84bn').period?.id, '2025-H1');
  assert.equal(only(t, 'EUR 1.73bn').period?.id, '2024-H1');
  assert.equal(only(t, 'minus 1.3 percentage points').metric?.text, 'fx impact');
});

test('metric: expense lines as acronyms or pairs ("R&D", "G&A expenses", "sales and marketing", "research and development")', () => {
  const t =
    'Operating expenses were $300 million, consisting of R&D of $140 million, sales and marketing of $110 million, and G&A expenses of $55 million. Research and development was $20 million. In the Q&A we mentioned $9 million.';
  const cases: Array<[string, string]> = [
    ['$300 million', 'operating expenses'],
    ['$140 million', 'r&d'],
    ['$110 million', 'sales and marketing'],
    ['$55 million', 'g&a expenses'],
    ['$20 million', 'research and development'],
  ];
  for (const [figure, metric] of cases) assert.equal(only(t, figure).metric?.text, metric, figure);
  assert.equal(only(t, '$9 million').metric, undefined);
});

test('period: a period after a comparison word or after a multiple of something is the base, not the figure\'s own', () => {
  const t =
    'Revenue grew 12% over the same quarter last year to $50 million. Margin was 40% in the same quarter last year. EBITDA was more than 3 times the amount for the same quarter last year at $30 million. Leverage was 1.4x at year end.';
  assert.equal(only(t, '12%').period?.id, 'current-quarter');
  assert.equal(only(t, '$50 million').period?.id, 'current-quarter');
  assert.equal(only(t, '40%').period?.id, 'prior-year-quarter');
  assert.equal(only(t, 'more than 3 times').period?.id, 'current-quarter');
  assert.equal(only(t, '$30 million').period?.id, 'current-quarter');
  assert.equal(only(t, '1.4x').period?.id, 'year-end');
});

test('a bank: provisions are positive and named whole, ratios of a base keep their own metric, CET1 keeps its digit', () => {
  const t =
    'Provision for credit losses was $74 million, and net charge-offs were 0.38% of average loans. Our CET1 ratio ended at 11.2%. Net loss was $5 million. Diluted earnings per share were $1.21, or $1.26 excluding merger-related costs.';
  const provision = only(t, '$74 million');
  assert.equal(provision.value, '74000000');
  assert.equal(provision.metric?.text, 'provision for credit losses');
  assert.equal(only(t, '0.38%').metric?.text, 'net charge-offs');
  assert.equal(only(t, '11.2%').metric?.text, 'cet1 ratio');
  assert.equal(only(t, '$5 million').value, '-5000000');
  assert.equal(only(t, '$1.26').perShare, true);
  assert.equal(only(t, '$1.26').metric?.text, 'diluted earnings per share');
});

test('per share only where said of the figure; subscription and energy metrics', () => {
  const t =
    'We paid a base dividend of $0.60 per share and $120 million of buybacks. Net revenue retention was 118%. Remaining performance obligations were $2.4 billion. Natural gas realizations were $2.15 per Mcf.';
  assert.equal(only(t, '$0.60').perShare, true);
  assert.equal(only(t, '$120 million').perShare, undefined);
  assert.equal(only(t, '118%').metric?.text, 'net revenue retention');
  assert.equal(only(t, '$2.4 billion').metric?.text, 'remaining performance obligations');
  assert.equal(only(t, '$2.15').metric?.text, 'natural gas realizations');
});

test('losses: the loss a loss is compared with, its translation, and a loss per ADS are negative; a profit compared with a loss is not', () => {
  const t =
    'Net loss was RMB 1.05 billion, narrowing from RMB 1.61 billion a year ago. Adjusted net loss per ADS was RMB 0.88, or US$0.12. Net loss was $5 million, compared to net income of $3 million. Vehicle deliveries reached 48,120 units.';
  assert.equal(only(t, 'RMB 1.05 billion').value, '-1050000000');
  assert.equal(only(t, 'RMB 1.61 billion').value, '-1610000000');
  assert.deepEqual([only(t, 'RMB 0.88').value, only(t, 'RMB 0.88').perShare], ['-0.88', true]);
  assert.equal(only(t, 'US$0.12').value, '-0.12');
  assert.equal(only(t, '$3 million').value, '3000000');
  assert.equal(only(t, '48,120 units').metric?.text, 'vehicle deliveries');
});

test('retail: a change in transactions and ticket, and a ratio named "as a percent of"', () => {
  const t =
    'Comparable sales grew 4.2%, driven by a 2.9% increase in transactions and a 1.3% increase in average ticket. SG&A as a percent of sales leveraged 30 basis points to 22.1%.';
  assert.equal(only(t, '4.2%').metric?.text, 'comparable sales');
  assert.equal(only(t, '2.9%').metric?.text, 'transactions');
  assert.equal(only(t, '1.3%').metric?.text, 'average ticket');
  assert.equal(only(t, '30 basis points').metric?.text, 'sg&a as a percent of sales');
  assert.equal(only(t, '22.1%').metric?.text, 'sg&a as a percent of sales');
});

test('REIT: a per-share figure lends no "share" metric to the next, and AFFO, leases, renewals, EBITDAre are metrics', () => {
  const t =
    'Core FFO was $1.14 per share, up 5.6% from $1.08 in the second quarter of 2024, and AFFO was $0.98 per share. Rent growth was 4.1%, with new leases up 2.3% and renewals up 5.0%. Net debt to EBITDAre was 5.3 times.';
  assert.equal(only(t, '5.6%').metric?.text, 'core ffo');
  assert.equal(only(t, '$1.08').metric?.text, 'core ffo');
  assert.equal(only(t, '$0.98').metric?.text, 'affo');
  assert.equal(only(t, '2.3%').metric?.text, 'new leases');
  assert.equal(only(t, '5.0%').metric?.text, 'renewals');
  assert.equal(only(t, '5.3 times').metric?.text, 'net debt to ebitdare');
});

test('guidance: an outlook naming its period after the figure is guidance; a past period it is compared with is not', () => {
  const t =
    'We expect Zentra sales of $3.9 billion to $4.1 billion for the full year. We expect Q2 revenue of $418 million, compared to $400 million in the same quarter last year.';
  assert.equal(only(t, '$3.9 billion to $4.1 billion').period?.id, 'guidance');
  assert.equal(only(t, '$418 million').period?.id, 'guidance');
  assert.equal(only(t, '$400 million').period?.id, 'prior-year-quarter');
});

test('insurer: an aside between commas names no metric; premiums and return on equity are metrics', () => {
  const t =
    'Net premiums written grew 9% to $4.2 billion. The underlying combined ratio, excluding catastrophes and reserve development, improved 1.1 points to 90.7%. Operating return on equity was 15.2% for the year.';
  assert.equal(only(t, '9%').metric?.text, 'net premiums');
  assert.equal(only(t, '1.1 points').metric?.text, 'underlying combined ratio');
  assert.equal(only(t, '90.7%').metric?.text, 'underlying combined ratio');
  assert.equal(only(t, '15.2%').metric?.text, 'operating return on equity');
});

test('per share: an amount compared with a per-share amount right after it is per share, a scaled total is not', () => {
  const t = 'Earnings per share were SEK 2.31, compared with SEK 2.45. EPS was $1.10, compared to $95 million of net income. Currency effects reduced revenues by 4%.';
  assert.equal(only(t, 'SEK 2.45').perShare, true);
  assert.equal(only(t, '$95 million').perShare, undefined);
  assert.equal(only(t, '4%').metric?.text, 'revenues');
});

test('period: a year said alone is that calendar year, "years ago" an earlier time; dates and spans of years are not', () => {
  const t =
    'Back in 2019, revenue was $150 million. Three years ago, revenue was $120 million. As of June 30, 2024, cash was $5 million. In 2021-2022 costs were $9 million.';
  assert.equal(only(t, '$150 million').period?.id, '2019');
  assert.equal(only(t, '$120 million').period?.id, 'earlier');
  assert.equal(only(t, '$5 million').period?.id, 'current-quarter');
  assert.equal(only(t, '$9 million').period?.id, 'current-quarter');
});

test('metric: revenue named before a figure, its source after ("$70 million from products")', () => {
  const t =
    'Total revenue of $100 million included $70 million from products and $40 million from services. Revenue was $90 million from continuing operations, up 10% from $82 million last year.';
  assert.equal(only(t, '$100 million').metric?.text, 'total revenue');
  assert.equal(only(t, '$70 million').metric?.text, 'revenue from products');
  assert.equal(only(t, '$40 million').metric?.text, 'revenue from services');
  assert.equal(only(t, '$90 million').metric?.text, 'revenue from continuing operations');
  assert.equal(only(t, '10%').metric?.text, 'revenue');
});
