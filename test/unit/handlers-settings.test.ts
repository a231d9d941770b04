import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toServerSettings } from '../../server/src/settingsStore';

test('server settings: valid values kept, wrong types fall back to defaults, never throws', () => {
  const good = toServerSettings({ checks: { 'restated-figure': 'error', other: 'loud' }, tolerance: 0.01, maxFileSize: 500, inlayHints: { enabled: false }, defaultCurrency: 'EUR' });
  assert.deepEqual(good.core, { checks: { 'restated-figure': 'error' }, tolerance: 0.01, maxFileSize: 500, defaultCurrency: 'EUR' });
  assert.equal(good.inlayHints, false);
  assert.equal(good.key, JSON.stringify(good.core));
  for (const garbage of [null, undefined, 42, 'x', [], { checks: 'x', tolerance: 'wide', maxFileSize: -3, inlayHints: 'no', defaultCurrency: 7 }, { inlayHints: { enabled: 'yes' } }]) {
    const s = toServerSettings(garbage);
    assert.deepEqual(s.core, { checks: {}, tolerance: 0, maxFileSize: 20_000_000 });
    assert.equal(s.inlayHints, true);
  }
});
