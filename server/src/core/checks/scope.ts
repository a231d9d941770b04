// The adjustments a figure's own words state ("excluding the one-time gain", "as restated", "pro forma", a time
// further back, "three years ago", or another source, "your largest competitor"): two figures of one metric and
// period stated with different adjustments are two measures, not one figure said twice.
import type { Figure } from './attribution';
import { type CheckRun, lowerAt } from './run';

/** Each adjustment's words, its name, and whether only the words before the figure count (a source named after a
 * figure, "... above the industry average", is something the figure is compared with). */
const ADJUSTMENTS: [RegExp, string, boolean?][] = [
  [/\b(?:excluding|excludes?|exclusive of|ex-|before (?:special|one-time|non-?recurring|unusual) items)/, 'excluding'],
  [/\b(?:adjusted|non-gaap|underlying|normali[sz]ed|core)\b/, 'adjusted'],
  [/\bpro[- ]forma\b/, 'pro forma'],
  [/\b(?:restated|recast|as revised)\b/, 'restated'],
  [/\b(?:(?:originally|previously) reported|as reported|reported basis)\b/, 'as reported'],
  [/\b(?:organic(?:ally)?|constant[- ]currency|like[- ]for[- ]like|comparable basis|fx[- ]neutral)\b/, 'organic'],
  // A time further back than the periods read from the words: "three years ago", "back in 2019", "before the pandemic".
  [
    /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|many) (?:years|quarters) ago|a decade ago|back in|before the (?:pandemic|acquisition|merger|spin-?off|ipo|deal)|pre-(?:pandemic|covid|acquisition|merger)|at the time|when we (?:acquired|bought|started|launched|founded|went public)|at (?:our |the )?ipo|historically|in the past)\b/,
    'earlier time',
  ],
  // Another company's figure or an estimate, often in a question: "your largest competitor", "I had revenue at X in my
  // model", "the street is at X".
  [
    /\b(?:competitors?|peers?|rivals?|industry|the street|consensus|(?:my|our|your) (?:model|numbers|estimates?|forecast)|i had|i've got|i was (?:modeling|modelling|expecting)|we had (?:modeled|modelled|expected))\b/,
    'another source',
    true,
  ],
];

/** The adjustments said in the figure's stretch of its sentence: from the last figure of its metric and kind before it
 * in the sentence (or the sentence start) to the end of its clause, so "excluding X, EPS was $1.00" and "revenue was
 * $470 million as originally reported" both count, and in "grew 9% to $2.31 billion, and excluding the acquisition,
 * grew 3% to $2.18 billion" only the second figure is said excluding it. */
export function adjustmentsOf(run: CheckRun, f: Figure): string {
  const { figures } = run;
  let start = f.sentence.start;
  for (let k = f.index - 1; k >= 0 && figures[k].entity.end > f.sentence.start; k--) {
    if (figures[k].metric === f.metric && figures[k].entity.kind === f.entity.kind) {
      start = figures[k].entity.end;
      break;
    }
  }
  const next = figures[f.index + 1];
  let end = next && next.entity.start < f.sentence.end ? next.entity.start : f.sentence.end;
  const clauseEnd = /[,;]/.exec(run.text.slice(f.entity.end, end));
  if (clauseEnd) end = f.entity.end + clauseEnd.index;
  const before = lowerAt(run, start, f.entity.start);
  const words = before + lowerAt(run, f.entity.start, end);
  return ADJUSTMENTS.filter(([re, , beforeOnly]) => re.test(beforeOnly ? before : words))
    .map(([, name]) => name)
    .join(',');
}
