// The one entry point of the core: text in, analysis out. Pure: no editor, no I/O.
import { runChecks } from './checks';
import { createEntityMemo, type EntityMemo, extractEntities } from './entities';
import { buildOutline } from './outline';
import { segment } from './segment';
import { groupThousands } from './text/digits';
import { resolveSettings } from './settings';
import type { Analysis, Finding, Settings } from './types';

/** What one document's analyses may reuse from the previous one (e.g. the entities of unchanged turns). */
export interface AnalysisMemo {
  entities: EntityMemo;
}

export function createAnalysisMemo(): AnalysisMemo {
  return { entities: createEntityMemo() };
}

/** Analyses `text`. Pass the same `memo` for successive versions of one document so an edit re-reads only what
 * changed; the result is the same with or without it. */
export function analyze(text: string, settingsInput?: Partial<Settings> | unknown, memo?: AnalysisMemo): Analysis {
  const settings = resolveSettings(settingsInput);
  const skipped: string[] = [];
  const findings: Finding[] = [];

  const structure = segment(text);
  const { duplicate } = structure;
  const { exchanges } = buildOutline(text, structure);
  findings.push(...structure.findings);
  skipped.push(...structure.skipped);
  if (duplicate) {
    findings.push({
      code: 'duplicate-transcript',
      severity: 'hint',
      start: duplicate.repeat.start,
      end: Math.min(duplicate.repeat.end, duplicate.repeat.start + 200),
      message: 'The transcript appears a second time from here; the outline lists it once and figures in the repeat are not checked again.',
      related: [{ ...duplicate.original, end: Math.min(duplicate.original.end, duplicate.original.start + 200), message: 'first copy' }],
    });
  }

  let entities: Analysis['entities'] = [];
  const binary = binaryShare(text);
  if (!text.trim()) {
    skipped.length = 0;
    skipped.push('The document is empty.');
  } else if (binary > BINARY_SHARE) {
    skipped.push(`Figures and checks skipped: the document looks like binary data (${Math.round(binary * 100)}% of its first characters are control or replacement characters).`);
  } else if (text.length > settings.maxFileSize) {
    skipped.push(
      `Figures and checks skipped: the document has ${groupThousands(text.length)} characters, above the limit of ${groupThousands(settings.maxFileSize)} (setting earningsTranscript.maxFileSize).`,
    );
  } else {
    entities = extractEntities(text, { turns: structure.turns, speakers: structure.speakers, settings, memo: memo?.entities });
    const checked = duplicate ? entities.filter((e) => e.start < duplicate.repeat.start || e.start >= duplicate.repeat.end) : entities;
    findings.push(...runChecks({ text, entities: checked, turns: structure.turns, settings }));
  }

  return {
    length: text.length,
    format: structure.format,
    speakers: structure.speakers,
    turns: structure.turns,
    sections: structure.sections,
    exchanges,
    entities,
    findings: applyLevels(findings, settings),
    duplicate,
    skipped,
  };
}

/** Apply the user's per-rule levels; `off` removes the finding. */
function applyLevels(findings: Finding[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = settings.checks[f.code];
    if (level === 'off') continue;
    out.push(level ? { ...f, severity: level } : f);
  }
  return out;
}

/** Above this share of control characters in the head, the text is binary data, not a transcript. */
const BINARY_SHARE = 0.1;

/** Share of control characters (other than tab and line breaks), NULs and U+FFFD in the first 8,192 characters. */
function binaryShare(text: string): number {
  const n = Math.min(text.length, 8192);
  if (!n) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / n;
}
