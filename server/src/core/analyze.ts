// The one entry point of the core: text in, analysis out. Pure: no editor, no I/O.
import { runChecks } from './checks';
import { createEntityMemo, type EntityMemo, extractEntities } from './entities';
import { buildOutline } from './outline';
import { segment } from './segment';
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
  if (text.length > settings.maxFileSize) {
    skipped.push(
      `Figures and checks skipped: the document has ${text.length.toLocaleString('en-US')} characters, above the limit of ${settings.maxFileSize.toLocaleString('en-US')} (setting earningsTranscript.maxFileSize).`,
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
