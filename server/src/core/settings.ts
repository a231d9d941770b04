import type { Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  checks: {},
  tolerance: 0,
  maxFileSize: 20_000_000,
};

/** Merge user settings over the defaults, ignoring values of the wrong type rather than failing. */
export function resolveSettings(input: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, checks: {} };
  if (!input || typeof input !== 'object') return s;
  const o = input as Record<string, unknown>;
  if (typeof o.tolerance === 'number' && Number.isFinite(o.tolerance) && o.tolerance >= 0) s.tolerance = o.tolerance;
  if (typeof o.maxFileSize === 'number' && Number.isFinite(o.maxFileSize) && o.maxFileSize > 0) s.maxFileSize = o.maxFileSize;
  if (typeof o.defaultCurrency === 'string' && /^[A-Z]{3}$/.test(o.defaultCurrency)) s.defaultCurrency = o.defaultCurrency;
  if (o.checks && typeof o.checks === 'object') {
    for (const [k, v] of Object.entries(o.checks as Record<string, unknown>)) {
      if (v === 'error' || v === 'warning' || v === 'info' || v === 'hint' || v === 'off') s.checks[k] = v;
    }
  }
  return s;
}
