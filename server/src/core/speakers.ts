// Who is speaking: names, titles and firms from participant lists and labels, and — where the source has only
// `Speaker N` — from what the call itself says (introductions, hand-offs, self-introductions, thanks).
// A turn whose label belongs to a company speaker but which the operator introduced as an analyst's question is
// attributed to the analyst, and the user is told with a hint rather than silently.
import type { Participant, RawTurn } from './formats/format';
import {
  HAND_OFF,
  OPERATOR_INTRODUCTION,
  SELF_INTRODUCTION,
  THANKS,
  analystSelfIntroduction,
  cleanFirm,
  cleanName,
  cleanTitle,
  isBrokerName,
  parseHandOffTarget,
  rosterMentions,
  sameName,
  selfIntroducedTitle,
} from './speakerEvidence';
import type { Evidence, Finding, Section, Speaker, SpeakerRole } from './types';

export interface SpeakerResolution {
  speakers: Speaker[];
  /** Per raw turn: the label's speaker id. */
  speakerIds: string[];
  /** Per raw turn index: the speaker who actually speaks, where it differs from the label's. */
  attributed: Map<number, string>;
  findings: Finding[];
}

interface Claim {
  name?: string;
  title?: string;
  firm?: string;
  role?: SpeakerRole;
  /** Strong claims (participant list, label, introduction, hand-off, self-introduction) outrank thanks. */
  weight: number;
  evidence: Evidence;
}

/** How far from the end of a company speaker's turn a hand-off is looked for. */
const HAND_OFF_WINDOW = 400;
const GENERIC_LABEL = /^(?:speaker|participant|caller|unidentified|unknown)\b/i;
const OPERATOR_LABEL = /^(?:operator|moderator|conference operator|coordinator)$/i;
const OPERATOR_SPEECH = /\b(?:welcome to|listen[- ]only|being recorded|conference call|press star|star one|\*\s?1)\b/i;

const idCache = new Map<string, string>();

export function speakerId(label: string): string {
  let id = idCache.get(label);
  if (id === undefined) {
    id = label.toLowerCase().replace(/\s+/g, ' ').replace(/[.:,]+$/, '').trim();
    if (idCache.size > 10_000) idCache.clear(); // bounded: labels are few in a real call, not in junk
    idCache.set(label, id);
  }
  return id;
}

export function resolveSpeakers(text: string, turns: readonly RawTurn[], participants: readonly Participant[], sections: readonly Section[], repeatStart = Infinity): SpeakerResolution {
  const speakerIds = turns.map((t) => speakerId(t.label));
  const byId = new Map<string, { label: string; claims: Claim[]; turns: number[] }>();
  turns.forEach((t, i) => {
    const id = speakerIds[i];
    let s = byId.get(id);
    if (!s) byId.set(id, (s = { label: t.label, claims: [], turns: [] }));
    s.turns.push(i);
  });
  const considered = turns.filter((t) => t.start < repeatStart).length; // the repeat of a duplicated page adds nothing
  const operatorIds = findOperators(text, turns, speakerIds, considered);
  const attributed = new Map<number, string>();
  const analysts = new Map<string, { label: string; name: string; firm?: string; evidence: Evidence[] }>();
  const findings: Finding[] = [];
  const roster: { title: string; name?: string; evidence: Evidence }[] = [];
  const qa = sections.find((s) => s.kind === 'qa');
  /** The analyst each label was first introduced as: a second, different name means two people share a label. */
  const introducedAs = new Map<string, string>();

  const claim = (id: string, c: Claim) => byId.get(id)?.claims.push(c);
  const ev = (kind: Evidence['kind'], start: number, end: number): Evidence => ({ kind, start, end, text: text.slice(start, end) });

  // Labels and participant lists.
  for (const [id, s] of byId) {
    if (operatorIds.has(id)) continue;
    const first = turns[s.turns[0]];
    if (!GENERIC_LABEL.test(s.label)) claim(id, { name: s.label, weight: 3, evidence: ev('label', first.labelSpan.start, first.labelSpan.end) });
    for (const ti of s.turns) {
      const t = turns[ti];
      if (t.title || t.firm || t.role) {
        claim(id, { title: t.title, firm: t.firm, role: t.role, weight: 3, evidence: ev('label', t.labelSpan.start, t.body.start) });
        break;
      }
    }
    const p = participants.find((q) => sameName(q.name, s.label));
    if (p) claim(id, { name: p.name, title: p.title, firm: p.firm, role: p.role, weight: 3, evidence: ev('participant-list', p.span.start, p.span.end) });
  }

  const nextOther = nextOtherSpeakers(speakerIds, considered, operatorIds);
  for (let i = 0; i < considered; i++) {
    const t = turns[i];
    const id = speakerIds[i];
    const body = text.slice(t.body.start, t.body.end);
    const isOperator = operatorIds.has(id);
    const next = nextOther[i];

    // The operator introduces an analyst: the next non-operator turn is theirs.
    OPERATOR_INTRODUCTION.lastIndex = 0;
    let lastIntro: { name: string; firm?: string; evidence: Evidence } | undefined;
    for (const m of isOperator ? body.matchAll(OPERATOR_INTRODUCTION) : []) {
      const name = cleanName(m[1] ?? m[3] ?? m[5] ?? m[7] ?? '');
      // "Our next question comes from Goldman Sachs.": a firm said where a name would be names no one.
      if (!name || (m[7] !== undefined && isBrokerName(name))) continue;
      const firm = cleanFirm(m[2] ?? m[4] ?? m[6] ?? '');
      // The evidence ends with the firm as read, not with the words swallowed after it ("UBS. Please").
      const firmAt = (m.indices?.[2] ?? m.indices?.[4] ?? m.indices?.[6])?.[0];
      const end = firm && firmAt !== undefined ? firmAt + firm.length : m.index! + m[0].length;
      lastIntro = { name, firm, evidence: ev('operator-introduction', t.body.start + m.index!, t.body.start + end) };
    }
    if (lastIntro && next >= 0) {
      const analystId = speakerIds[next];
      const speaksForCompany = isCompanySpeaker(analystId, byId, turns, qa, operatorIds);
      const earlier = introducedAs.get(analystId);
      const sharedLabel = earlier !== undefined && !sameName(earlier, lastIntro.name);
      if (!earlier && !speaksForCompany) introducedAs.set(analystId, lastIntro.name);
      if (speaksForCompany || sharedLabel) {
        // Diarisation put the analyst under a company speaker's label: attribute the exchange's turns to the analyst.
        const virtualId = 'analyst:' + speakerId(lastIntro.name);
        const a = analysts.get(virtualId) ?? { label: byId.get(analystId)!.label, name: lastIntro.name, firm: lastIntro.firm, evidence: [] };
        a.evidence.push(lastIntro.evidence);
        analysts.set(virtualId, a);
        for (let k = next; k < considered && speakerIds[k] === analystId; k++) attributed.set(k, virtualId);
        const label = byId.get(analystId)!.label;
        findings.push({
          code: 'doubtful-attribution',
          severity: 'hint',
          start: turns[next].labelSpan.start,
          end: turns[next].labelSpan.end,
          message: `This turn is labelled ${label}, ${speaksForCompany ? 'who speaks for the company elsewhere' : `which earlier carried ${earlier}'s questions`}, but the operator has just introduced ${lastIntro.name}${lastIntro.firm ? ` (${lastIntro.firm})` : ''}: attributed to ${lastIntro.name}.`,
          related: [{ start: lastIntro.evidence.start, end: lastIntro.evidence.end, message: 'operator introduction' }],
        });
      } else {
        claim(analystId, { name: lastIntro.name, firm: lastIntro.firm, role: 'analyst', weight: 3, evidence: lastIntro.evidence });
      }
    }

    // A hand-off names whoever speaks next.
    // Speakers hand over at the end of their turn; the operator anywhere in its (short) turns.
    const handOffFrom = isOperator ? 0 : Math.max(0, body.length - HAND_OFF_WINDOW);
    const tail = handOffFrom ? body.slice(handOffFrom) : body;
    HAND_OFF.lastIndex = 0;
    for (const m of next < 0 || lastIntro ? [] : tail.matchAll(HAND_OFF)) {
      const target = parseHandOffTarget(m[1]);
      if (!target) continue;
      const at = t.body.start + handOffFrom + m.index!;
      const nextId = speakerIds[next];
      if (operatorIds.has(nextId)) continue;
      claim(nextId, { name: target.name, title: target.title, role: 'executive', weight: 3, evidence: ev('hand-off', at, at + m[0].length) });
      if (!isOperator) claim(id, { role: 'executive', weight: 1, evidence: ev('hand-off', at, at + m[0].length) });
    }

    if (isOperator) continue;
    const head = body.slice(0, 160);
    // Without an operator to introduce them, someone who first speaks in the Q&A and names their firm is an analyst
    // ("this is Bob Lee from Big Bank"). With one, its introductions name the analysts.
    const firstTurn = turns[byId.get(id)!.turns[0]];
    const unannounced = !operatorIds.size && qa && t.start >= qa.start && firstTurn.start >= qa.start;
    const intro = unannounced ? analystSelfIntroduction(body.slice(0, 200)) : undefined;
    if (intro) claim(id, { name: intro.name, firm: intro.firm, role: 'analyst', weight: 3, evidence: ev('self-introduction', t.body.start + intro.start, t.body.start + intro.end) });
    // Self-introduction near the start of a turn, with the title said after the name ("I'm Jane Doe, head of IR").
    const self = SELF_INTRODUCTION.exec(head);
    if (self && !(intro && intro.start <= self.index && self.index < intro.end)) {
      const name = cleanName(self[1]);
      let selfEnd = self.index + self[0].length;
      const said = name ? selfIntroducedTitle(body.slice(selfEnd, selfEnd + 120)) : undefined;
      if (said) selfEnd += said.end;
      if (name) claim(attributed.get(i) ?? id, { name, title: said?.title, weight: 3, evidence: ev('self-introduction', t.body.start + self.index, t.body.start + selfEnd) });
    }
    // Thanks at the start of a turn name the previous speaker (the name capitalised: "Thanks, it's Sue" names no one).
    const thanks = THANKS.exec(head);
    if (thanks && /^[A-Z]/.test(thanks[1]) && i > 0 && speakerIds[i - 1] !== id && !operatorIds.has(speakerIds[i - 1])) {
      const name = cleanName(thanks[1]);
      const prev = attributed.get(i - 1) ?? speakerIds[i - 1];
      if (name && !analysts.has(prev)) claim(prev, { name, weight: 1, evidence: ev('self-introduction', t.body.start + thanks.index, t.body.start + thanks.index + thanks[0].length) });
    }
    // The roster read out by the company ("our CFO, Mr. Henry He"), before the questions start.
    if (qa && t.start >= qa.start) continue;
    // A call presents a handful of people; past that the matches below (every speaker against every entry) would
    // grow with the square of the document.
    if (roster.length >= MAX_ROSTER) continue;
    for (const r of rosterMentions(body)) {
      const title = cleanTitle(r.title);
      if (title) roster.push({ title, name: r.name ? cleanName(r.name) : undefined, evidence: ev('participant-list', t.body.start + r.start, t.body.start + r.end) });
    }
  }

  const speakers: Speaker[] = [];
  for (const [id, s] of byId) {
    if (operatorIds.has(id)) {
      speakers.push({ id, label: s.label, name: GENERIC_LABEL.test(s.label) ? 'Operator' : undefined, role: 'operator', evidence: [] });
      continue;
    }
    const speaksBeforeQa = s.turns.some((ti) => turns[ti].start < (qa?.start ?? Infinity));
    // Unnamed in Q&A: whoever the operator hands the floor to is asking.
    const followsOperator = s.turns.some((ti) => ti > 0 && qa && turns[ti].start >= qa.start && operatorIds.has(speakerIds[ti - 1]));
    // Without an operator, someone who first speaks in the Q&A with a question, and whom the company did not
    // present in its roster, is asking.
    const asksUnannounced =
      !operatorIds.size && !!qa && !speaksBeforeQa && asks(text, turns[s.turns[0]]) && !roster.some((r) => r.name && s.claims.some((c) => c.name && sameName(c.name, r.name!)));
    speakers.push(combine(id, s.label, s.claims, speaksBeforeQa, followsOperator || asksUnannounced));
  }
  linkRoster(speakers, roster);
  for (const [id, a] of analysts) speakers.push({ id, label: a.label, name: a.name, firm: a.firm, role: 'analyst', evidence: a.evidence });
  return { speakers, speakerIds, attributed, findings };
}

export function findOperators(text: string, turns: readonly RawTurn[], ids: string[], considered: number): Set<string> {
  const ops = new Set<string>();
  for (let i = 0; i < considered; i++) if (OPERATOR_LABEL.test(turns[i].label)) ops.add(ids[i]);
  if (ops.size) return ops;
  // Unnamed labels: the operator opens the call and introduces the questions.
  for (let i = 0; i < considered; i++) {
    const body = text.slice(turns[i].body.start, Math.min(turns[i].body.end, turns[i].body.start + 2000));
    OPERATOR_INTRODUCTION.lastIndex = 0;
    if (OPERATOR_INTRODUCTION.test(body)) {
      ops.add(ids[i]);
      break;
    }
  }
  if (considered && GENERIC_LABEL.test(turns[0].label)) {
    const body = text.slice(turns[0].body.start, Math.min(turns[0].body.end, turns[0].body.start + 2000));
    if (OPERATOR_SPEECH.test(body)) ops.add(ids[0]);
  }
  return ops;
}

/** For each turn, the next turn by a different, non-operator speaker (-1 if none); linear, right to left. */
function nextOtherSpeakers(ids: string[], limit: number, operators: Set<string>): Int32Array {
  const next = new Int32Array(limit).fill(-1);
  let nextNonOperator = -1;
  for (let i = limit - 1; i >= 0; i--) {
    // Between i and nextNonOperator there are only operator turns.
    if (nextNonOperator >= 0) next[i] = ids[nextNonOperator] !== ids[i] ? nextNonOperator : next[nextNonOperator];
    if (!operators.has(ids[i])) nextNonOperator = i;
  }
  return next;
}

/** Whether a turn asks something (a question mark in its first few thousand characters). */
function asks(text: string, t: RawTurn): boolean {
  return text.slice(t.body.start, Math.min(t.body.end, t.body.start + 4000)).includes('?');
}

/** A label that speaks before the Q&A, or that is handed the call as an executive, speaks for the company. */
function isCompanySpeaker(id: string, byId: Map<string, { label: string; claims: Claim[]; turns: number[] }>, turns: readonly RawTurn[], qa: Section | undefined, operators: Set<string>): boolean {
  const s = byId.get(id);
  if (!s || operators.has(id)) return false;
  if (s.claims.some((c) => c.role === 'executive' && c.weight >= 3)) return true;
  return qa !== undefined && s.turns.some((ti) => turns[ti].start < qa.start);
}

function combine(id: string, label: string, claims: Claim[], speaksInPreparedRemarks: boolean, asksInQa: boolean): Speaker {
  const sorted = [...claims].sort((a, b) => b.weight - a.weight);
  const pick = <K extends 'name' | 'title' | 'firm'>(k: K): string | undefined => {
    let best: string | undefined;
    for (const c of sorted) {
      const v = c[k];
      if (!v) continue;
      if (!best) best = v;
      else if (k === 'name' && sameName(best, v) && v.length > best.length) best = v; // `Henry` -> `Henry He`
    }
    return best;
  };
  let role: SpeakerRole = sorted.find((c) => c.role && c.weight >= 3)?.role ?? sorted.find((c) => c.role)?.role ?? 'unknown';
  if (role === 'unknown' && speaksInPreparedRemarks) role = 'executive';
  const title = pick('title');
  if (role === 'unknown' && title) role = 'executive';
  if (role === 'unknown' && asksInQa) role = 'analyst';
  return { id, label, name: pick('name'), title, firm: pick('firm'), role, evidence: sorted.map((c) => c.evidence) };
}

/** Roster entries kept, in the order they are read out. */
const MAX_ROSTER = 64;

/** Fill names and titles from the roster, then assign the one remaining title by elimination. */
function linkRoster(speakers: Speaker[], roster: { title: string; name?: string; evidence: Evidence }[]): void {
  const used = new Set<number>();
  for (const s of speakers) {
    if (s.role !== 'executive') continue;
    const k = roster.findIndex((r, idx) => !used.has(idx) && ((s.name && r.name && sameName(s.name, r.name)) || (s.title && sameTitle(s.title, r.title))));
    if (k < 0) continue;
    used.add(k);
    const r = roster[k];
    if (r.name && (!s.name || (sameName(s.name, r.name) && r.name.length > s.name.length))) s.name = r.name;
    if (!s.title || (sameTitle(s.title, r.title) && r.title.length > s.title.length)) s.title = r.title; // `CEO` -> `Chief Executive Officer`
    s.evidence.push(r.evidence);
  }
  const open = roster.map((r, idx) => ({ r, idx })).filter(({ r, idx }) => !used.has(idx) && !speakers.some((s) => s.title && sameTitle(s.title, r.title)));
  const untitled = speakers.filter((s) => s.role === 'executive' && !s.title && !/investor relations|\bir\b/i.test(s.title ?? ''));
  const distinctOpen = [...new Map(open.map((o) => [o.r.title.toLowerCase(), o])).values()];
  if (distinctOpen.length === 1 && untitled.length === 1) {
    const { r } = distinctOpen[0];
    untitled[0].title = r.title;
    if (!untitled[0].name && r.name) untitled[0].name = r.name;
    untitled[0].evidence.push({ ...r.evidence, text: `${r.evidence.text} (the only executive on the roster not otherwise identified)` });
  }
}

function sameTitle(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/chief executive officer/g, 'ceo')
      .replace(/chief financial officer/g, 'cfo')
      .replace(/chief operating officer/g, 'coo');
  const x = norm(a);
  const y = norm(b);
  return x === y || x.endsWith(' ' + y) || y.endsWith(' ' + x) || x.includes(' and ' + y) || y.includes(' and ' + x);
}
