// Section headings that transcripts write on a line of their own, in any format.
import type { SectionKind } from '../types';

const HEADINGS: [RegExp, SectionKind, string][] = [
  [/^(?:corporate |company |call |conference call )?participants:?$/i, 'participants', 'Participants'],
  [/^(?:prepared remarks|presentation|opening remarks|management remarks|management discussion(?: section)?):?$/i, 'prepared-remarks', 'Prepared Remarks'],
  [/^(?:questions? (?:and|&) answers?(?: session)?|question-and-answer session|q ?& ?a(?: session)?|q and a(?: session)?):?$/i, 'qa', 'Questions and Answers'],
  [/^(?:closing remarks|concluding remarks):?$/i, 'closing', 'Closing Remarks'],
];

export function sectionHeading(line: string): { kind: SectionKind; title: string } | undefined {
  const t = line.trim();
  if (t.length > 60 || t.length < 3) return undefined;
  for (const [re, kind, title] of HEADINGS) if (re.test(t)) return { kind, title };
  return undefined;
}
