// Recognition and normalisation of figures on authored sentences: kind, exact span, value, currency, qualifier,
// range, per-share and malformed readings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { core, entities, only, span } from '../fixtures/entities/helpers';

function money(text: string, phrase: string, expected: Record<string, unknown>, settings = {}): void {
  assert.deepEqual(core(only(text, phrase, settings)), { kind: 'money', ...span(text, phrase), ...expected });
}

test('currency signs and codes', () => {
  money('Revenue was $329.3 million.', '$329.3 million', { value: '329300000', resolution: '100000', currency: 'USD' });
  money('We paid US$5 in fees.', 'US$5', { value: '5', resolution: '1', currency: 'USD' });
  money('Sales of C$3.2 million.', 'C$3.2 million', { value: '3200000', resolution: '100000', currency: 'CAD' });
  money('A price of HK$10 each.', 'HK$10', { value: '10', resolution: '1', currency: 'HKD' });
  money('EBITDA of €86 million.', '€86 million', { value: '86000000', resolution: '1000000', currency: 'EUR' });
  money('A charge of EUR 12.5 million.', 'EUR 12.5 million', { value: '12500000', resolution: '100000', currency: 'EUR' });
  money('Profit of £4bn.', '£4bn', { value: '4000000000', resolution: '1000000000', currency: 'GBP' });
  money('Revenue of RMB207 million.', 'RMB207 million', { value: '207000000', resolution: '1000000', currency: 'CNY' });
  money('Gross profit of RMB206.8 million.', 'RMB206.8 million', { value: '206800000', resolution: '100000', currency: 'CNY' });
  money('Costs of 3 billion yuan.', '3 billion yuan', { value: '3000000000', resolution: '1000000000', currency: 'CNY' });
  money('Costs of 2.5 million renminbi.', '2.5 million renminbi', { value: '2500000', resolution: '100000', currency: 'CNY' });
  money('A total of 40 million euros.', '40 million euros', { value: '40000000', resolution: '1000000', currency: 'EUR' });
  money('Cash of USD 1.2bn.', 'USD 1.2bn', { value: '1200000000', resolution: '100000000', currency: 'USD' });
  money('It closed at $11.03 today.', '$11.03', { value: '11.03', resolution: '0.01', currency: 'USD' });
  money('Deals worth $5k each.', '$5k', { value: '5000', resolution: '1000', currency: 'USD' });
  money('A fee of $2.5m was paid.', '$2.5m', { value: '2500000', resolution: '100000', currency: 'USD' });
  money('Cash of 30 Canadian dollars.', '30 Canadian dollars', { value: '30', resolution: '1', currency: 'CAD' });
});

test('cents are in the currency unit', () => {
  money('Costs rose four cents.', 'four cents', { value: '0.04', resolution: '0.01', currency: 'USD' });
  money('Up 56 cents.', '56 cents', { value: '0.56', resolution: '0.01', currency: 'USD' });
  money('A dividend of 57.75 cents.', '57.75 cents', { value: '0.5775', resolution: '0.0001', currency: 'USD' });
});

test('percent, percentage points, basis points', () => {
  const t = 'Margin was 37.8%, up 5 percent and 3 per cent, a gain of 1.2 percentage points, 2.5 pp and 20 bps or 35 basis points.';
  assert.deepEqual(core(only(t, '37.8%')), { kind: 'percent', ...span(t, '37.8%'), value: '37.8', unit: '%', resolution: '0.1' });
  assert.deepEqual(core(only(t, '5 percent')), { kind: 'percent', ...span(t, '5 percent'), value: '5', unit: '%', resolution: '1' });
  assert.deepEqual(core(only(t, '3 per cent')), { kind: 'percent', ...span(t, '3 per cent'), value: '3', unit: '%', resolution: '1' });
  assert.deepEqual(core(only(t, '1.2 percentage points')), { kind: 'percentage-points', ...span(t, '1.2 percentage points'), value: '1.2', unit: 'pp', resolution: '0.1' });
  assert.deepEqual(core(only(t, '2.5 pp')), { kind: 'percentage-points', ...span(t, '2.5 pp'), value: '2.5', unit: 'pp', resolution: '0.1' });
  assert.deepEqual(core(only(t, '20 bps')), { kind: 'basis-points', ...span(t, '20 bps'), value: '20', unit: 'bp', resolution: '1' });
  assert.deepEqual(core(only(t, '35 basis points')), { kind: 'basis-points', ...span(t, '35 basis points'), value: '35', unit: 'bp', resolution: '1' });
  const p = 'Gross margin was 41%, up 150 points? No: margin rose to 41.5%, up 2 points.';
  assert.deepEqual(core(only(p, '2 points')), { kind: 'percentage-points', ...span(p, '2 points'), value: '2', unit: 'pp', resolution: '1' });
});

test('per-share money', () => {
  money('We earned $0.30 per share.', '$0.30', { value: '0.30', resolution: '0.01', currency: 'USD', perShare: true });
  money('EPS of -$0.30 this quarter.', '-$0.30', { value: '-0.30', resolution: '0.01', currency: 'USD', perShare: true });
  money('Net income was $1.08 per diluted share.', '$1.08', { value: '1.08', resolution: '0.01', currency: 'USD', perShare: true });
  assert.equal(only('Revenue was $1.08 billion.', '$1.08 billion').perShare, undefined);
});

test('multiples and counts', () => {
  const t = 'Coverage of 1.17x, growth of 3 times, a three-fold rise, 6 new customers, 1,200 employees and 30 hospitals.';
  assert.deepEqual(core(only(t, '1.17x')), { kind: 'multiple', ...span(t, '1.17x'), value: '1.17', unit: 'x', resolution: '0.01' });
  assert.deepEqual(core(only(t, '3 times')), { kind: 'multiple', ...span(t, '3 times'), value: '3', unit: 'x', resolution: '1' });
  assert.deepEqual(core(only(t, 'three-fold')), { kind: 'multiple', ...span(t, 'three-fold'), value: '3', unit: 'x', resolution: '1' });
  assert.deepEqual(core(only(t, '6 new customers')), { kind: 'count', ...span(t, '6 new customers'), value: '6', unit: 'customers', resolution: '1' });
  assert.deepEqual(core(only(t, '1,200 employees')), { kind: 'count', ...span(t, '1,200 employees'), value: '1200', unit: 'employees', resolution: '1' });
  assert.deepEqual(core(only(t, '30 hospitals')), { kind: 'count', ...span(t, '30 hospitals'), value: '30', unit: 'hospitals', resolution: '1' });
  const q = 'We employ about 3,000 people in 12 countries.';
  assert.deepEqual(core(only(q, 'about 3,000 people')), { kind: 'count', ...span(q, 'about 3,000 people'), value: '3000', unit: 'people', resolution: '1', qualifier: 'approximately' });
});

test('signs: negative, minus, accounting parentheses, losses', () => {
  const t = 'Margin was negative 3.3%, minus 2% at worst; a charge (EUR 3.2m) and a loss of $5 million, then a gross loss of RMB30.7 million.';
  assert.deepEqual(core(only(t, 'negative 3.3%')), { kind: 'percent', ...span(t, 'negative 3.3%'), value: '-3.3', unit: '%', resolution: '0.1' });
  assert.deepEqual(core(only(t, 'minus 2%')), { kind: 'percent', ...span(t, 'minus 2%'), value: '-2', unit: '%', resolution: '1' });
  const paren = only(t, '(EUR 3.2m)');
  assert.deepEqual(core(paren), { kind: 'money', ...span(t, '(EUR 3.2m)'), value: '-3200000', currency: 'EUR', resolution: '100000' });
  assert.equal(paren.reading, 'accounting parentheses: negative');
  assert.deepEqual(core(only(t, '$5 million')), { kind: 'money', ...span(t, '$5 million'), value: '-5000000', currency: 'USD', resolution: '1000000' });
  assert.deepEqual(core(only(t, 'RMB30.7 million')), { kind: 'money', ...span(t, 'RMB30.7 million'), value: '-30700000', currency: 'CNY', resolution: '100000' });
  // `profit or loss of` is not a loss
  assert.equal(only('The profit or loss of $3 million.', '$3 million').value, '3000000');
});

test('qualifiers are part of the span', () => {
  const t = 'We saw approximately $600,000, about 25%, around $30 million, roughly 6.2%, more than 11%, over €300 million, at least $2 billion, less than 5%, under 10%, up to $40 billion.';
  const cases: Array<[string, string]> = [
    ['approximately $600,000', 'approximately'],
    ['about 25%', 'approximately'],
    ['around $30 million', 'approximately'],
    ['roughly 6.2%', 'approximately'],
    ['more than 11%', 'more-than'],
    ['over €300 million', 'more-than'],
    ['at least $2 billion', 'at-least'],
    ['less than 5%', 'less-than'],
    ['under 10%', 'less-than'],
    ['up to $40 billion', 'up-to'],
  ];
  for (const [phrase, q] of cases) {
    const e = only(t, phrase);
    assert.equal(e.qualifier, q, phrase);
    assert.deepEqual([e.start, e.end], [span(t, phrase).start, span(t, phrase).end], phrase);
  }
  assert.equal(only(t, 'approximately $600,000').value, '600000');
});

test('ranges are one entity with value low and high', () => {
  const t = 'Revenue of $1.62 billion to $1.64 billion, growth of five to seven percent, margins of 6% to 8%, and 12 to 15%, with capex between $6.50 billion and $6.70 billion, and 50 to $60 million of spend.';
  assert.deepEqual(core(only(t, '$1.62 billion to $1.64 billion')), { kind: 'money', ...span(t, '$1.62 billion to $1.64 billion'), value: '1620000000', high: '1640000000', currency: 'USD', resolution: '10000000' });
  assert.deepEqual(core(only(t, 'five to seven percent')), { kind: 'percent', ...span(t, 'five to seven percent'), value: '5', high: '7', unit: '%', resolution: '1' });
  assert.deepEqual(core(only(t, '6% to 8%')), { kind: 'percent', ...span(t, '6% to 8%'), value: '6', high: '8', unit: '%', resolution: '1' });
  assert.deepEqual(core(only(t, '12 to 15%')), { kind: 'percent', ...span(t, '12 to 15%'), value: '12', high: '15', unit: '%', resolution: '1' });
  assert.deepEqual(core(only(t, '$6.50 billion and $6.70 billion')), { kind: 'money', ...span(t, '$6.50 billion and $6.70 billion'), value: '6500000000', high: '6700000000', currency: 'USD', resolution: '10000000' });
  assert.deepEqual(core(only(t, '50 to $60 million')), { kind: 'money', ...span(t, '50 to $60 million'), value: '50000000', high: '60000000', currency: 'USD', resolution: '1000000' });
  // a change `from X to Y` is two figures
  const c = 'Costs fell from $10 million to $8 million.';
  assert.deepEqual(entities(c).map((e) => e.text), ['$10 million', '$8 million']);
});

test('speech-to-text spelled numbers', () => {
  const t = 'Sales were two point one five euros a unit, one point three three billion dollars in all, a hundred and thirty three point eight million dollars of cash, seven point six percent growth, three point one oh dollars a share and two dollars and twenty five for each.';
  money(t, 'two point one five euros', { value: '2.15', resolution: '0.01', currency: 'EUR' });
  money(t, 'one point three three billion dollars', { value: '1330000000', resolution: '10000000', currency: 'USD' });
  money(t, 'a hundred and thirty three point eight million dollars', { value: '133800000', resolution: '100000', currency: 'USD' });
  assert.deepEqual(core(only(t, 'seven point six percent')), { kind: 'percent', ...span(t, 'seven point six percent'), value: '7.6', unit: '%', resolution: '0.1' });
  money(t, 'three point one oh dollars', { value: '3.10', resolution: '0.01', currency: 'USD', perShare: true });
  const cents = only(t, 'two dollars and twenty five');
  assert.deepEqual(core(cents), { kind: 'money', ...span(t, 'two dollars and twenty five'), value: '2.25', resolution: '0.01', currency: 'USD' });
  assert.equal(cents.reading, '"and twenty five" read as cents');
  money('It was six and a half percent or a billion dollars.', 'a billion dollars', { value: '1000000000', resolution: '1000000000', currency: 'USD' });
  assert.equal(only('It was six and a half percent.', 'six and a half percent').value, '6.5');
});

test('years said as words are not money', () => {
  const t = 'In twenty twenty one we made two thousand twenty one sales; in nineteen ninety nine dollars were scarce.';
  assert.deepEqual(entities(t).filter((e) => e.kind === 'money'), []);
});

test('artefacts of scraped speech-to-text digits', () => {
  const t = 'Profit reached RMB207 1,000,000 and revenue were RMB18 35,400,000, of which RMB1159,500,000 came from cloud.';
  const a = only(t, 'RMB207 1,000,000');
  assert.deepEqual(core(a), { kind: 'money', ...span(t, 'RMB207 1,000,000'), value: '207000000', currency: 'CNY', resolution: '1000000' });
  assert.equal(a.reading, '`207 1,000,000` read as 207 × 1,000,000 (spoken scale written in digits)');
  const b = only(t, 'RMB18 35,400,000');
  assert.deepEqual(core(b), { kind: 'money', ...span(t, 'RMB18 35,400,000'), value: '1835400000', currency: 'CNY', resolution: '1' });
  assert.equal(b.reading, '`18 35,400,000` read as 1,835,400,000 (digits split by the transcriber)');
  const c = only(t, 'RMB1159,500,000');
  assert.deepEqual(core(c), { kind: 'money', ...span(t, 'RMB1159,500,000'), value: '1159500000', currency: 'CNY', resolution: '1' });
  const d = 'Revenues of COP23 .3 trillion.';
  assert.deepEqual(core(only(d, 'COP23 .3 trillion')), { kind: 'money', ...span(d, 'COP23 .3 trillion'), value: '23300000000000', currency: 'COP', resolution: '100000000000' });
  const e = 'It increased by 2 100 and 2 percent.';
  assert.deepEqual(core(only(e, '2 100 and 2 percent')), { kind: 'percent', ...span(e, '2 100 and 2 percent'), value: '202', unit: '%', resolution: '1' });
});

test('malformed figures carry the likely reading and the alternatives', () => {
  const t = 'Profit grew to RMB200.6.8 1,000,000, up 2 102 percent.';
  assert.deepEqual(core(only(t, 'RMB200.6.8 1,000,000')), {
    kind: 'money',
    ...span(t, 'RMB200.6.8 1,000,000'),
    value: '206800000',
    currency: 'CNY',
    resolution: '100000',
    malformed: { reason: '`200.6.8` has two decimal points; read as 206.8', alternatives: ['206800000', '200600000', '200680000'] },
  });
  assert.deepEqual(core(only(t, '2 102 percent')), {
    kind: 'percent',
    ...span(t, '2 102 percent'),
    value: '202',
    unit: '%',
    resolution: '1',
    malformed: { reason: '`2 102` is not a well-formed number; read as 202 ("2 hundred 2")', alternatives: ['202', '2102', '102'] },
  });
});

test('default currency: stated by the call, or by settings', () => {
  const t = 'Unless otherwise stated, all financial figures are denominated in RMB. Revenue of 206.8 million was up.';
  const e = only(t, '206.8 million');
  assert.deepEqual(core(e), { kind: 'money', ...span(t, '206.8 million'), value: '206800000', currency: 'CNY', resolution: '100000' });
  const eu = 'Unless otherwise stated, amounts are in euros. Net income of 12 million.';
  assert.equal(only(eu, '12 million').currency, 'EUR');
  const s = 'Net income of 12 million.';
  assert.equal(only(s, '12 million', { defaultCurrency: 'GBP' }).currency, 'GBP');
  // a bare number without a money word stays out
  const bare = 'We shipped 12 million last year.';
  const ly = span(bare, 'last year');
  assert.deepEqual(entities(bare), [{ kind: 'period', ...ly, period: { id: 'prior-year', text: 'last year', span: { start: ly.start, end: ly.end } } }]);
});

test('default currency said as "all figures are in ..." applies after it, also to per-share amounts without a sign', () => {
  const t = 'All figures are in euros unless stated otherwise. Net income was 96 million, or 1.12 per share. Our results are in Canadian dollars from here: we pay 0.50 a share. Shareholders get 10 votes per share. These numbers are in line with plan.';
  assert.deepEqual(core(only(t, '96 million')), { kind: 'money', ...span(t, '96 million'), value: '96000000', currency: 'EUR', resolution: '1000000' });
  assert.deepEqual(core(only(t, '1.12')), { kind: 'money', ...span(t, '1.12'), value: '1.12', currency: 'EUR', resolution: '0.01', perShare: true });
  assert.deepEqual(core(only(t, '0.50')), { kind: 'money', ...span(t, '0.50'), value: '0.50', currency: 'CAD', resolution: '0.01', perShare: true });
  assert.equal(only(t, '10 votes').kind, 'count');
});

test('not figures: timestamps, dates, years, sections, phone numbers, ordinals', () => {
  const t = 'Operator00:00:00Good day. Speaker 300:23:50Thanks. On June 30, 2023 and 8/22/2023, under Section 21E of the Act of 1934, call 1-800-555-0199. First of all, the 1st and 2nd items in 2023.';
  assert.deepEqual(entities(t).filter((e) => e.kind !== 'period'), []);
});

test('fiscal periods are normalised', () => {
  const t = 'In Q2 2023, the second quarter of 2023, FY24, fiscal 2024, the first half, H2, the same period last year, last quarter and the full year.';
  const periods = entities(t).filter((e) => e.kind === 'period').map((e) => [e.text, e.period?.id]);
  assert.deepEqual(periods, [
    ['Q2 2023', '2023-Q2'],
    ['second quarter of 2023', '2023-Q2'],
    ['FY24', 'FY2024'],
    ['fiscal 2024', 'FY2024'],
    ['first half', '2023-H1'],
    ['H2', '2023-H2'],
    ['same period last year', 'prior-year-quarter'],
    ['last quarter', 'prior-quarter'],
    ['full year', 'full-year'],
  ]);
});
