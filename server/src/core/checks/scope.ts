// The adjustments a figure's own words state ("excluding the one-time gain", "as restated", "pro forma"): two figures
// of one metric and period stated with different adjustments are two measures, not one figure said twice.
import type { Figure } from './attribution';
import { type CheckRun, lowerAt } from './run';

const ADJUSTMENTS: [RegExp, string][] = [
  [/\b(?:excluding|excludes?|exclusive of|ex-|before (?:special|one-time|non-?recurring|unusual) items)/, 'excluding'],
  [/\b(?:adjusted|non-gaap|underlying|normali[sz]ed|core)\b/, 'adjusted'],
  [/\bpro[- ]forma\b/, 'pro forma'],
  [/\b(?:restated|recast|as revised)\b/, 'restated'],
  [/\b(?:(?:originally|previously) reported|as reported|reported basis)\b/, 'as reported'],
  [/\b(?:organic(?:ally)?|constant[- ]currency|like[- ]for[- ]like|comparable basis|fx[- ]neutral)\b/, 'organic'],
];

/** The adjustments said in the figure's stretch of its sentence: from the sentence start to the next figure (or the
 * sentence end), so "excluding X, EPS was $1.00" and "revenue was $470 million as originally reported" both count. */
export function adjustmentsOf(run: CheckRun, f: Figure): string {
  const next = run.figures[f.index + 1];
  const end = next && next.entity.start < f.sentence.end ? next.entity.start : f.sentence.end;
  const words = lowerAt(run, f.sentence.start, end);
  return ADJUSTMENTS.filter(([re]) => re.test(words))
    .map(([, name]) => name)
    .join(',');
}
