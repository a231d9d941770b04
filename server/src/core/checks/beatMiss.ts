// beat-miss-mismatch: actual against consensus and the stated difference
// ("Actual EPS -$0.30, Consensus EPS -$0.25, Missed by -$0.05").
import Decimal from 'decimal.js';
import { formatInterval, gap, overlaps, sub } from '../interval';
import type { Finding } from '../types';
import { finding, related } from './figure';
import { MONEY_PATTERN, readMoney } from './textFigures';

const M = `(${MONEY_PATTERN})`;
const TABLE = new RegExp(
  String.raw`actual\s+(eps|revenue)\s*:?\s*${M}[\s,;]*(?:consensus|expected|estimated?)\s+\1\s*:?\s*${M}[\s,;]*(?:beat\/miss\s*)?(beat|missed)\s+by\s*:?\s*${M}`,
  'gi',
);

/** Where a table can start: TABLE begins with these words, so it is tried only there (sticky), in order. */
const TABLE_START = /actual\s+(?:eps|revenue)/gi;

function* tables(text: string): Generator<RegExpExecArray> {
  const sticky = new RegExp(TABLE.source, 'iy');
  let from = 0;
  TABLE_START.lastIndex = 0;
  for (let c = TABLE_START.exec(text); c; c = TABLE_START.exec(text)) {
    if (c.index < from) continue;
    sticky.lastIndex = c.index;
    const m = sticky.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    TABLE_START.lastIndex = from;
    yield m;
  }
}

/** Prose: "EPS of $1.10 beat the consensus of $1.00 by $0.05", "$2.3 billion, topping estimates of $2.2 billion by
 * $0.1 billion". Found from the verb; the actual is the amount right before it. */
const PROSE = new RegExp(
  String.raw`\b(beat(?:ing)?|miss(?:ed|ing)?|exceed(?:ed|ing|s)?|top(?:ped|ping|s)?|surpass(?:ed|ing|es)?|fell short of|came in (?:above|below))\s+(?:the\s+|our\s+)?(?:[a-z]+\s+){0,2}?(?:consensus|estimates?|expectations?|forecasts?)(?:\s+(?:estimates?|forecasts?))?\s*(?:of\s+)?${M}\s+by\s+${M}`,
  'gi',
);
const ACTUAL_BEFORE = new RegExp(String.raw`(${MONEY_PATTERN})(?:\s+(?:per (?:diluted )?share))?\s*,?\s*$`, 'i');
const BY_MONEY = /\bby\s*[-−+]?\s?\$/g;
const SHORT = /^(?:miss|fell short|came in below)/i;

function* prose(text: string): Generator<{ index: number; what: string; actualRaw: string; consensusRaw: string; verdict: string; diffRaw: string; whole: string }> {
  // Every reading holds "by $": found by that literal first, the full pattern then tried on the words before it.
  const sticky = new RegExp(`(?:${PROSE.source})`, 'gi');
  let done = 0;
  BY_MONEY.lastIndex = 0;
  for (let b = BY_MONEY.exec(text); b; b = BY_MONEY.exec(text)) {
    sticky.lastIndex = Math.max(done, b.index - 160);
    const m = sticky.exec(text.slice(0, b.index + b[0].length + 40));
    if (!m || m.index + m[0].length < b.index) continue;
    done = m.index + m[0].length;
    const from = Math.max(0, m.index - 50);
    const a = ACTUAL_BEFORE.exec(text.slice(from, m.index));
    if (!a) continue;
    const actualAt = from + a.index + a[0].indexOf(a[1]);
    const subject = /\b(eps|earnings per share|revenues?|sales)\b[^.$]*$/i.exec(text.slice(from, actualAt));
    yield { index: actualAt, what: subject ? subject[1] : 'figure', actualRaw: a[1], consensusRaw: m[2], verdict: SHORT.test(m[1]) ? 'missed' : 'beat', diffRaw: m[3], whole: text.slice(actualAt, m.index + m[0].length) };
  }
}

function* readings(text: string) {
  for (const m of tables(text)) {
    const [, what, actualRaw, consensusRaw, verdict, diffRaw] = m;
    yield { index: m.index, what, actualRaw, consensusRaw, verdict, diffRaw, whole: m[0] };
  }
  yield* prose(text);
}

export function checkBeatMiss(text: string, tolerance: number): Finding[] {
  const findings: Finding[] = [];
  for (const m of readings(text)) {
    const { what, actualRaw, consensusRaw, verdict, diffRaw } = m;
    const actual = readMoney(actualRaw, tolerance);
    const consensus = readMoney(consensusRaw, tolerance);
    const diff = readMoney(diffRaw, tolerance);
    if (!actual || !consensus || !diff) continue;
    const missed = verdict.toLowerCase() === 'missed';
    // "Missed by $0.05" and "Missed by -$0.05" both say the actual is lower.
    const signed = missed && diff.lo!.gt(0) ? { lo: diff.hi!.neg(), hi: diff.lo!.neg() } : diff;
    const computed = sub(actual, consensus);
    const directionWrong = missed ? computed.hi!.gt(0) && computed.lo!.gt(0) : computed.hi!.lt(0);
    if (overlaps(computed, signed) && !directionWrong) continue;
    const start = m.index + m.whole.lastIndexOf(diffRaw);
    const spanOf = (raw: string, from: number) => {
      const s = text.indexOf(raw, from);
      return { start: s, end: s + raw.length };
    };
    const actualSpan = spanOf(actualRaw, m.index);
    const consensusSpan = spanOf(consensusRaw, actualSpan.end);
    const off = gap(computed, signed).toDecimalPlaces(4, Decimal.ROUND_FLOOR).toFixed();
    findings.push(
      finding({
        code: 'beat-miss-mismatch',
        target: { start, end: start + diffRaw.length },
        message: directionWrong && overlaps(computed, signed)
          ? `"${verdict} by ${diffRaw.trim()}" but actual ${what} ${actualRaw.trim()} against consensus ${consensusRaw.trim()} is a ${missed ? 'beat' : 'miss'}.`
          : `"${verdict} by ${diffRaw.trim()}" does not match actual ${what} ${actualRaw.trim()} minus consensus ${consensusRaw.trim()} = ${formatInterval(computed, 4)} (off by at least ${off}).`,
        related: [related(actualSpan, 'actual'), related(consensusSpan, 'consensus')],
        explanation: [
          ['Actual', actualRaw.trim()],
          ['Consensus', consensusRaw.trim()],
          ['Computed difference', formatInterval(computed, 4)],
          ['Stated difference', formatInterval(signed, 4)],
        ],
      }),
    );
  }
  return findings;
}
