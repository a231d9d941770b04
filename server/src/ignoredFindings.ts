// Findings the user chose to ignore, per document. The client stores them (workspaceState) and sends the list
// with the `earningsTranscript/ignoredFindings` notification; the key is the rule code, the flagged text and
// which occurrence of that pair it is, so it survives reloads and edits elsewhere in the file.
import type { Finding } from './core/types';

export const IGNORED_FINDINGS_NOTIFICATION = 'earningsTranscript/ignoredFindings';

export interface IgnoredFindingKey {
  code: string;
  /** The flagged text (first 200 characters). */
  text: string;
  /** 0 for the first finding with this code and text in the document, 1 for the second, ... */
  occurrence: number;
}

export interface IgnoredFindingsParams {
  uri: string;
  ignored: IgnoredFindingKey[];
}

const MAX_KEY_TEXT = 200;

export function keyString(k: IgnoredFindingKey): string {
  return JSON.stringify([k.code, k.text, k.occurrence]);
}

export function isIgnoredFindingKey(v: unknown): v is IgnoredFindingKey {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.code === 'string' && typeof o.text === 'string' && Number.isInteger(o.occurrence);
}

export interface KeyedFinding {
  finding: Finding;
  key: IgnoredFindingKey;
}

/** Every finding with its key, in document order. */
export function keyFindings(findings: readonly Finding[], text: string): KeyedFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  const seen = new Map<string, number>();
  return sorted.map((finding) => {
    const flagged = text.slice(finding.start, Math.min(finding.end, finding.start + MAX_KEY_TEXT));
    const pair = JSON.stringify([finding.code, flagged]);
    const occurrence = seen.get(pair) ?? 0;
    seen.set(pair, occurrence + 1);
    return { finding, key: { code: finding.code, text: flagged, occurrence } };
  });
}

export class IgnoredFindings {
  private readonly perUri = new Map<string, Set<string>>();

  set(uri: string, keys: unknown): void {
    const valid = Array.isArray(keys) ? keys.filter(isIgnoredFindingKey) : [];
    if (valid.length) this.perUri.set(uri, new Set(valid.map(keyString)));
    else this.perUri.delete(uri);
  }

  isIgnored(uri: string, key: IgnoredFindingKey): boolean {
    return this.perUri.get(uri)?.has(keyString(key)) ?? false;
  }

  /** The findings of a document the user has not ignored, in document order. */
  visible(uri: string, findings: readonly Finding[], text: string): KeyedFinding[] {
    const keyed = keyFindings(findings, text);
    const ignored = this.perUri.get(uri);
    return ignored ? keyed.filter((k) => !ignored.has(keyString(k.key))) : keyed;
  }
}
