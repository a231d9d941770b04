// A change said as a multiple against its two values ("Adjusted EBITDA more than tripled to $30 million from $12
// million", "grew three-fold from $12 million to $36 million", "net loss halved to $5 million from $10 million"): the
// later value over the earlier one. Reported as margin-mismatch, the code the multiple rule uses.
import { div, overlaps } from '../interval';
import type { Finding } from '../types';
import { type Figure, sameQuantity } from './attribution';
import { OTHER_BASIS } from './growth';
import { boundOf, multipleMismatch } from './multiple';
import { type CheckRun, lowerAt } from './run';

/** The multiple is the verb ("tripled", "more than doubled"), or follows one ("grew three-fold", "up 3x"). */
const VERB_MULTIPLE = /(?:doubled|tripled|trebled|quadrupled|halved)$/;
const VERB_BEFORE = /\b(?:grew|increased|rose|jumped|climbed|expanded|(?:was|were|is|are)? ?up)\s+(?:by\s+)?$/;
const RATE_WORDS = String.raw`(?:(?:year[- ]over[- ]year|yoy|sequentially|quarter[- ]over[- ]quarter)\s*)?,?\s*`;
/** "tripled to X from Y": between the multiple and the later value, then between it and the earlier one (a period
 * of the later value may stand between: "to $30 million this quarter from $12 million"). */
const TO_FIRST = new RegExp(String.raw`^\s*${RATE_WORDS}to\s*$`);
const FROM_AFTER_TO = /^\s*(?:(?:in|for|during)\s+)?(?:(?:the|this)\s+(?:(?:first|second|third|fourth|current)\s+)?(?:fiscal\s+)?(?:quarter|period|year)\s*)?,?\s*(?:up\s+|down\s+)?(?:from|compared (?:with|to)|versus|vs\.?)\s*(?:the\s+)?$/;
/** "tripled from Y to X": "from" right after the multiple, then words without figures up to "to". */
const FROM_FIRST = new RegExp(String.raw`^\s*${RATE_WORDS}from\s*(?:the\s+)?$`);
const TO_AFTER_FROM = /^[^.;%\d]{0,70}?\bto\s*$/;
/** "from $12 million three years ago": a value further back than the change speaks of. */
const MULTI_YEAR = /^[^.;]*?\b(?:(?:two|three|four|five|2|3|4|5) years|pre-pandemic|before the pandemic)\b/;

function plainAmount(f: Figure | undefined, sentenceEnd: number): f is Figure {
  if (!f || f.entity.start >= sentenceEnd || f.entity.malformed || f.entity.value === undefined || f.entity.high !== undefined) return false;
  return f.entity.kind === 'money' || f.entity.kind === 'count';
}

export function checkMultipleChanges(run: CheckRun): Finding[] {
  const { figures } = run;
  const findings: Finding[] = [];
  for (const m of figures) {
    const e = m.entity;
    if (e.kind !== 'multiple' || e.malformed || e.value === undefined || e.high !== undefined) continue;
    const a = figures[m.index + 1];
    const b = figures[m.index + 2];
    if (!plainAmount(a, m.sentence.end) || !plainAmount(b, m.sentence.end) || !sameQuantity(a.entity, b.entity)) continue;
    const lower = e.text.toLowerCase();
    if (!VERB_MULTIPLE.test(lower) && !VERB_BEFORE.test(lowerAt(run, Math.max(m.sentence.start, e.start - 30), e.start))) continue;
    const first = lowerAt(run, e.end, a.entity.start);
    const second = lowerAt(run, a.entity.end, b.entity.start);
    let later: Figure;
    let earlier: Figure;
    if (TO_FIRST.test(first) && FROM_AFTER_TO.test(second)) [later, earlier] = [a, b];
    else if (FROM_FIRST.test(first) && TO_AFTER_FROM.test(second) && !/compared/.test(second)) [later, earlier] = [b, a];
    else continue;
    if (MULTI_YEAR.test(lowerAt(run, earlier.entity.end, Math.min(m.sentence.end, earlier.entity.end + 40)))) continue;
    if (OTHER_BASIS.test(lowerAt(run, m.sentence.start, m.sentence.end))) continue;
    const cur = run.interval(later.entity);
    const old = run.interval(earlier.entity);
    // A ratio of a loss or a value crossing zero says nothing about "tripled".
    if (!cur?.lo || !old?.lo || cur.lo.lte(0) || old.lo.lte(0)) continue;
    const ratio = div(cur, old);
    const rounded = run.interval(e);
    const stated = boundOf(m, rounded);
    if (!ratio || !stated || overlaps(ratio, stated)) continue;
    findings.push(
      multipleMismatch(e, ratio, rounded, stated, `${earlier.entity.text} → ${later.entity.text}`, [
        ['Earlier value', earlier.entity],
        ['Later value', later.entity],
      ]),
    );
  }
  return findings;
}
