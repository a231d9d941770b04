import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, MarkdownBuilder, md } from '../../server/src/handlers/markdown';
import { canonicalValue, compactReading } from '../../server/src/handlers/figureFormat';
import { groupThousands } from '../../server/src/core/text/digits';
import type { Entity } from '../../server/src/core/types';

test('escapeMarkdown escapes every markup character and flattens newlines', () => {
  assert.equal(escapeMarkdown('*a* _b_ `c` [d](command:x) <img> |e| \\f'), '\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(command\\:x\\) \\<img\\> \\|e\\| \\\\f');
  assert.equal(escapeMarkdown('# head\n1. item\n> quote'), '\\# head 1\\. item \\> quote');
  assert.equal(escapeMarkdown('$5 & ~x~ !y'), '\\$5 \\& \\~x\\~ \\!y');
  assert.equal(escapeMarkdown('plain words 42'), 'plain words 42');
  // Timestamps keep their colons; a scheme does not, so it cannot become a link.
  assert.equal(escapeMarkdown('at 00:04:23 see https://x.io'), 'at 00:04:23 see https\\://x\\.io');
});

test('MarkdownBuilder joins paragraphs, quotes and lists; drops empty parts', () => {
  const b = new MarkdownBuilder()
    .paragraph(md.bold('A*B'), undefined, md.text('c_d'))
    .quote('said [this]')
    .list([md.text('one'), md.italic('two')], 'Items:')
    .list([]);
  assert.equal(b.toString(), '**A\\*B** · c\\_d\n\n> said \\[this\\]\n\nItems:\n- one\n- *two*');
  assert.equal(new MarkdownBuilder().paragraph(undefined).isEmpty, true);
});

const entity = (e: Partial<Entity>): Entity => ({ kind: 'money', start: 0, end: 1, text: 'x', ...e });

test('canonical values: ISO code, full digits with separators, signs, units', () => {
  assert.equal(groupThousands('-1234567.50'), '-1,234,567.50');
  assert.equal(groupThousands('999'), '999');
  assert.equal(groupThousands('n/a'), 'n/a');
  assert.equal(canonicalValue(entity({ value: '207000000', currency: 'CNY' })), 'CNY 207,000,000');
  assert.equal(canonicalValue(entity({ value: '-0.30', currency: 'USD', perShare: true })), 'USD -0.30 per share');
  assert.equal(canonicalValue(entity({ kind: 'percent', value: '-3.3' })), '-3.3%');
  assert.equal(canonicalValue(entity({ kind: 'percentage-points', value: '5.3' })), '+5.3 pp');
  assert.equal(canonicalValue(entity({ kind: 'percentage-points', value: '-0.4' })), '-0.4 pp');
  assert.equal(canonicalValue(entity({ kind: 'basis-points', value: '25' })), '+25 bp');
  assert.equal(canonicalValue(entity({ kind: 'multiple', value: '1.17' })), '1.17x');
  assert.equal(canonicalValue(entity({ kind: 'count', value: '1250' })), '1,250');
  assert.equal(canonicalValue(entity({ value: '1620000000', high: '1640000000', currency: 'USD' })), 'USD 1,620,000,000 – 1,640,000,000');
  assert.equal(canonicalValue(entity({ kind: 'period', period: { id: '2023-Q2', text: 'second quarter' } })), '2023-Q2');
  assert.equal(canonicalValue(entity({ value: 'garbage' })), undefined);
});

test('compact readings: RMB for CNY, one or two decimals, nothing below a million', () => {
  assert.equal(compactReading(entity({ value: '207000000', currency: 'CNY' })), 'RMB 207.0 million');
  assert.equal(compactReading(entity({ value: '1835400000', currency: 'CNY' })), 'RMB 1.84 billion');
  assert.equal(compactReading(entity({ value: '412500000', currency: 'USD' })), 'USD 412.5 million');
  assert.equal(compactReading(entity({ value: '-46000000', currency: 'USD' })), 'USD -46.0 million');
  assert.equal(compactReading(entity({ value: '0.42', currency: 'USD' })), undefined);
  assert.equal(compactReading(entity({ kind: 'percent', value: '40000000' })), undefined);
});
