// Attribution of figures: what each measures (metric), which period it belongs to, and who said it.
import { defineWordTag, tokenAt, type Token } from './entities/tokens';
import type { Entity, Turn } from './types';

/** Head words of metric phrases; the phrase grows around the head (`adjusted gross profit`). */
const METRIC_HEADS = defineWordTag([
  'revenue', 'revenues', 'sales', 'income', 'profit', 'profits', 'margin', 'margins', 'ebitda', 'ebit', 'eps', 'earnings',
  'cost', 'costs', 'expense', 'expenses', 'opex', 'capex', 'flow', 'expenditure', 'expenditures', 'debt', 'leverage',
  'dividend', 'dividends', 'backlog', 'bookings', 'billings', 'arr', 'cash', 'liquidity', 'price', 'prices', 'volume',
  'volumes', 'production', 'shipments', 'rate', 'ratio', 'roe', 'roa', 'loss', 'losses', 'gmv', 'users', 'subscribers',
  'headcount', 'inventory', 'inventories', 'receivables', 'payout', 'buyback', 'buybacks', 'repurchases', 'investment',
  'investments', 'spending', 'savings', 'proceeds', 'growth', 'guidance', 'outlook', 'share', 'yield', 'loans', 'deposits',
  'assets', 'equity', 'capital', 'provisions', 'ebitdar', 'sg&a', 'ffo', 'noi', 'occupancy', 'utilization', 'churn',
  'customers', 'contribution', 'dilution', 'comps', 'traffic', 'tax', 'charges', 'charge', 'impairment', 'amortization',
  'depreciation', 'interest', 'borrowings', 'output', 'throughput', 'reserves', 'nim', 'inflation', 'gdp',
  'impact', 'headwind', 'headwinds', 'tailwind', 'tailwinds',
  // Expense lines: `research and development`, `sales and marketing`, `general and administrative`.
  'development', 'marketing', 'administrative',
  // `charge-offs`, `write-offs`: read at their last part, the hyphen joins the rest.
  'offs',
  // Subscription metrics: `net revenue retention`, `remaining performance obligations`.
  'retention', 'obligations', 'nrr', 'rpo', 'crpo', 'acv', 'tcv', 'ndr',
  'realizations', 'realization', 'breakeven', 'breakevens', 'deliveries', 'orders',
  'transactions', 'ticket', 'basket', 'visits',
  'affo', 'ebitdare', 'leases', 'renewals', 'spreads',
  'premiums', 'premium', 'return', 'returns',
]);

/** Words that end a metric phrase when extending it to the left. */
const LEFT_STOP = defineWordTag([
  'the', 'a', 'an', 'our', 'its', 'their', 'this', 'that', 'these', 'those', 'was', 'were', 'is', 'are', 'be', 'been',
  'being', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'by', 'with', 'we', 'i', 'you', 'they', 'it', 'had', 'has', 'have',
  'at', 'as', 'from', 'than', 'but', 'so', 'which', 'while', 'also', 'both', 'quarter', 'year', 'million', 'billion',
  'increased', 'decreased', 'grew', 'rose', 'fell', 'reached', 'achieved', 'delivered', 'generated', 'reported', 'total',
  'recorded', 'saw', 'see', 'expect', 'expects', 'expected', 'about', 'approximately', 'around', 'over', 'up', 'down',
  'my', 'your', 'his', 'her', 'all', 'each', 'per', 'same', 'last', 'prior', 'previous', 'then', 'when', 'where', 'what',
  'representing', 'represented', 'represents', 'including', 'included', 'excluding', 'reaching', 'totaling', 'totalling',
  'compared', 'versus', 'vs', 'into', 'after', 'before', 'because', 'if', 'not', 'only', 'just', 'said', 'say', 'think',
  'continued', 'continue', 'improved', 'improve', 'narrowed', 'declined', 'dropped', 'turned', 'turning', 'positive',
  'negative', 'record', 'high', 'strong', 'higher', 'lower', 'both', 'well', 'very', 'still', 'again', 'through', 'via',
  'reduced', 'added', 'lowered', 'raised', 'boosted', 'impacted', 'hurt', 'helped', 'drove', 'affected', 'offset',
  'across', 'among',
]);
/** `total` starts phrases (`total revenue`) but is not a stop on the right. */
const LEFT_KEEP = defineWordTag(['total']);

const SENTENCE_END = new Set(['.', '?', '!', ';']);
/** Nouns of change after a figure (`a 10% increase in ...`). */
const CHANGE_NOUNS = defineWordTag(['increase', 'decrease', 'rise', 'decline', 'growth', 'reduction', 'improvement', 'drop', 'gain', 'cut', 'hike', 'expansion', 'contraction']);
const DETERMINERS = defineWordTag(['the', 'our', 'its', 'their']);
const PROVISION_WORDS = defineWordTag(['provision', 'provisions', 'allowance', 'allowances', 'reserve', 'reserves']);
/** Heads that pair with a second word across `and` into one expense line (`sales and marketing`). */
const PAIRED = defineWordTag(['sales', 'selling', 'research', 'general']);
const GUIDANCE = defineWordTag(['expect', 'expects', 'expected', 'guidance', 'outlook', 'anticipate', 'anticipates', 'forecast', 'guide', 'guiding', 'target', 'targeting', 'project', 'projects', 'estimate', 'estimates']);
/** Words that end the look for a period right after a figure: another clause begins. */
// `grew 12% over the same quarter last year`: a period after a comparison word is the base, not the figure's own.
/** Words that open what a multiple is of (`3 times the amount for ...`, `twice last year's`), unlike `1.4x at year end`. */
const MULTIPLE_BASE = defineWordTag(['the', 'that', 'what', 'last', 'our', 'its', 'their']);
const COMPARISON = defineWordTag(['compared', 'versus', 'vs', 'over', 'than', 'against', 'relative']);
const PERIOD_BREAK = defineWordTag(['and', 'but', 'which', 'while', 'whereas', 'or', 'as', 'because', 'representing', 'compared', 'versus', 'vs', 'from', 'over', 'than', 'against', 'relative']);

interface Located {
  entity: Entity;
  startTok: number;
  endTok: number;
}

function isBoundary(text: string, tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind === 'sym' && SENTENCE_END.has(t.text)) return true;
  // A line break separates turns in most layouts.
  if (j === 0) return false;
  for (let k = tokens[j - 1].end; k < t.start; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

export function attribute(text: string, tokens: Token[], entities: Entity[], turns: Turn[]): void {
  if (entities.length === 0) return; // most turns and every label say no figure: spare the token index
  const located: Located[] = entities.map((entity) => ({ entity, startTok: tokenAt(tokens, entity.start), endTok: tokenAt(tokens, entity.end) }));
  const owner = ownerBuffer(tokens.length);
  located.forEach((l, n) => {
    for (let j = l.startTok; j < l.endTok; j++) owner[j] = n;
  });
  const claimed = new Set<number>();
  for (let n = 0; n < located.length; n++) {
    const l = located[n];
    if (l.entity.kind === 'period') continue;
    const metric = l.entity.kind === 'count' && l.entity.unit ? countMetric(text, tokens, l, owner) : findMetric(text, tokens, l, owner);
    if (metric) l.entity.metric = metric;
    l.entity.period = findPeriod(text, tokens, located, n, owner, claimed);
  }
  attributeTurns(entities, turns);
}

/** Which entity owns each token (-1: none); one buffer reused, as attribution never runs twice at once. */
let OWNER = new Int32Array(4096);
function ownerBuffer(n: number): Int32Array {
  if (OWNER.length < n) OWNER = new Int32Array(Math.max(n, OWNER.length * 2));
  const owner = OWNER.subarray(0, n);
  owner.fill(-1);
  return owner;
}

function findMetric(text: string, tokens: Token[], l: Located, owner: Int32Array): Entity['metric'] {
  let head = -1;
  // `a 10% increase in the quarterly dividend`: the change noun names no metric, the words after it do.
  let from = l.endTok;
  if ((tokens[from]?.tags & CHANGE_NOUNS) !== 0 && owner[from] < 0 && (tokens[from + 1]?.lower === 'in' || tokens[from + 1]?.lower === 'of') && !isBoundary(text, tokens, from)) {
    from += 2;
    if ((tokens[from]?.tags & DETERMINERS) !== 0) from++;
  }
  // A metric named right after the figure wins (`negative 2.4% gross margin`, `$5 million in revenue`).
  for (let j = from, n = 0; j < tokens.length && n < 4 && owner[j] < 0 && tokens[j].kind === 'word' && !isBoundary(text, tokens, j); j++, n++) {
    if ((tokens[j].tags & METRIC_HEADS) !== 0) {
      // Take the last head of a run (`gross profit margin` → `margin`) so modifiers extend to the left.
      head = j;
      while (head + 1 < tokens.length && owner[head + 1] < 0 && (tokens[head + 1].tags & METRIC_HEADS) !== 0) head++;
      break;
    }
    // `$5 million of revenue` names the metric; `0.38% of average loans` names the base of a ratio.
    if (n === 0 && (tokens[j].lower === 'in' || (tokens[j].lower === 'of' && l.entity.kind !== 'percent'))) continue;
    if ((tokens[j].tags & LEFT_STOP) !== 0) break;
  }
  if (head >= 0) return metricPhrase(text, tokens, head, owner, from);
  for (let j = l.startTok - 1; j >= 0 && j >= l.startTok - 25; j--) {
    if (isBoundary(text, tokens, j + 1) && j + 1 < l.startTok) break;
    if (tokens[j].kind === 'sym' && SENTENCE_END.has(tokens[j].text)) break;
    // `The underlying combined ratio, excluding catastrophes and reserve development, improved 1.1 points`: the
    // aside between commas names what is left out, not the metric.
    if (tokens[j].text === ',') {
      const open = asideOpening(tokens, j);
      if (open >= 0) {
        j = open;
        continue;
      }
    }
    // The `share` of an earlier figure's `per share` names no metric (`$1.14 per share, up 5.6%`).
    if (owner[j] < 0 && ((tokens[j].tags & METRIC_HEADS) !== 0 || isAmpersandAcronym(tokens, j)) && !isPerShareTail(tokens, j, owner)) {
      head = j;
      break;
    }
  }
  if (head < 0) {
    for (let j = l.endTok; j < tokens.length && j < l.endTok + 6; j++) {
      if (isBoundary(text, tokens, j)) break;
      if (owner[j] < 0 && (tokens[j].tags & METRIC_HEADS) !== 0) {
        head = j;
        break;
      }
    }
  }
  if (head < 0) return undefined;
  if (head < l.startTok) {
    const source = revenueSource(text, tokens, head, l.endTok, owner);
    if (source) return source;
  }
  return metricPhrase(text, tokens, head, owner, -1);
}

/** `Total revenue of $100 million included $70 million from products`: revenue named earlier, its source after. */
function revenueSource(text: string, tokens: Token[], head: number, after: number, owner: Int32Array): Entity['metric'] {
  const word = tokens[head].lower;
  if ((word !== 'revenue' && word !== 'revenues' && word !== 'sales') || tokens[after]?.lower !== 'from') return undefined;
  let e = after + 1;
  while (e < tokens.length && e < after + 4 && owner[e] < 0 && tokens[e].kind === 'word' && (tokens[e].tags & LEFT_STOP) === 0 && !isBoundary(text, tokens, e)) e++;
  if (e === after + 1) return undefined;
  const start = tokens[after].start;
  const end = tokens[e - 1].end;
  return { text: `${word} ${text.slice(start, end).replace(/\s+/g, ' ').toLowerCase()}`, start, end };
}

/** Words that open an aside between commas (`, excluding catastrophes,`). */
const ASIDE = defineWordTag(['excluding', 'including', 'ex', 'before', 'net', 'adjusted', 'which']);

/** For the comma at j closing an aside, the index of the comma that opens it; -1 when j closes none. */
function asideOpening(tokens: Token[], j: number): number {
  for (let k = j - 1; k >= 0 && k >= j - 12; k--) {
    const t = tokens[k];
    if (t.kind === 'sym' && SENTENCE_END.has(t.text)) return -1;
    if (t.text === ',') return (tokens[k + 1]?.tags & ASIDE) !== 0 ? k : -1;
  }
  return -1;
}

/** The `share` of a figure's own `per share` / `per diluted share` (`$1.14 per share`, not `book value per share`). */
function isPerShareTail(tokens: Token[], j: number, owner: Int32Array): boolean {
  if (tokens[j].lower !== 'share') return false;
  const per = perShareAt(tokens, j - 1, owner) === j + 1 ? j - 1 : perShareAt(tokens, j - 2, owner) === j + 1 ? j - 2 : -1;
  return per > 0 && owner[per - 1] >= 0;
}

/** `R&D`, `G&A`, `SG&A`, `D&A`: expense lines written as an acronym around `&`, read at their last letter. */
function isAmpersandAcronym(tokens: Token[], j: number): boolean {
  const last = tokens[j];
  const amp = tokens[j - 1];
  const first = tokens[j - 2];
  if (!first || last.kind !== 'word' || amp.text !== '&' || amp.spaced || last.spaced || first.kind !== 'word') return false;
  if (last.end - last.start > 2 || first.end - first.start > 3 || last.text !== last.text.toUpperCase() || first.text !== first.text.toUpperCase()) return false;
  return !(first.text === 'Q' && last.text === 'A'); // Q&A is a part of the call
}

/** Words that may stand between a metric and its count: `headcount was 1,250 employees`, `subscribers of 2.1 million`. */
const COUNT_COPULA = defineWordTag(['was', 'were', 'is', 'are', 'of', 'reached', 'totaled', 'totalled', 'to', 'at', 'stood', 'grew', 'rose', 'increased', 'approximately', 'about', 'around', 'over', 'nearly', 'almost']);

/**
 * What a count measures: a metric named just before it (`headcount was 1,250 employees`), else what it counts
 * (`100.2 million diluted shares` measures diluted shares even in a sentence about EPS).
 */
function countMetric(text: string, tokens: Token[], l: Located, owner: Int32Array): Entity['metric'] {
  for (let j = l.startTok - 1, n = 0; j >= 0 && n < 3; j--, n++) {
    if (owner[j] >= 0 || isBoundary(text, tokens, j + 1) || tokens[j].kind !== 'word') break;
    if ((tokens[j].tags & METRIC_HEADS) !== 0) return metricPhrase(text, tokens, j, owner, -1);
    if ((tokens[j].tags & COUNT_COPULA) === 0) break;
  }
  const { start, end, unit } = l.entity;
  return { text: unit!, start, end };
}

/** The phrase around a head word; `floor` is the first token it may start at (-1: none). */
function metricPhrase(text: string, tokens: Token[], head: number, owner: Int32Array, floor: number): Entity['metric'] {
  let s = head;
  // Extend right over further heads (`cash flow`, `gross margin`) then over `of/from X Y` complements.
  let e = head + 1;
  while (e < tokens.length && owner[e] < 0 && tokens[e].spaced && (tokens[e].tags & METRIC_HEADS) !== 0 && !isBoundary(text, tokens, e)) e++;
  // `diluted earnings per share`: the per-share phrase is the metric, not its first half.
  const perShare = perShareAt(tokens, e, owner);
  if (perShare > e) e = perShare;
  const link = tokens[e]?.lower;
  if ((link === 'from' || link === 'of') && e + 1 < tokens.length && owner[e + 1] < 0) {
    let k = e + 1;
    while (k < tokens.length && k < e + 5 && owner[k] < 0 && tokens[k].kind === 'word' && (tokens[k].tags & LEFT_STOP) === 0 && !isBoundary(text, tokens, k)) k++;
    if (k > e + 1) e = k;
  }
  // Extend left over modifiers (`adjusted gross`, `non-GAAP`, `Enterprise Cloud`).
  for (let n = 0; n < 4 && s > 0 && s - 1 >= floor; n++) {
    const p = tokens[s - 1];
    if (isBoundary(text, tokens, s)) break;
    if (owner[s - 1] >= 0) break;
    // `R and D expenses`, `selling and marketing expenses`: `and` inside a modifier, not between two metrics.
    const innerAnd = p.lower === 'and' && s >= 2 && tokens[s - 2].kind === 'word' && (tokens[s - 2].tags & LEFT_STOP) === 0 && ((tokens[s - 2].tags & METRIC_HEADS) === 0 || (tokens[s - 2].tags & PAIRED) !== 0) && owner[s - 2] < 0;
    if (innerAnd) s--;
    // `G&A expenses`: the `A` of an acronym is no article.
    else if (s >= 3 && isAmpersandAcronym(tokens, s - 1) && owner[s - 3] < 0) s -= 3;
    // `net debt to EBITDA`: a ratio of two metrics is one name.
    else if (p.lower === 'to' && s >= 2 && owner[s - 2] < 0 && (tokens[s - 2].tags & METRIC_HEADS) !== 0) s -= 2;
    // `earnings per share`, `earnings per diluted share`: the head `share` takes the measure before `per`.
    else if (p.lower === 'per' && s >= 2 && perShareAt(tokens, s - 1, owner) === e && tokens[s - 2].kind === 'word' && (tokens[s - 2].tags & LEFT_STOP) === 0 && owner[s - 2] < 0) s -= 2;
    else if (p.kind === 'word' && ((p.tags & LEFT_STOP) === 0 || (p.tags & LEFT_KEEP) !== 0)) {
      s--;
      if ((p.tags & LEFT_KEEP) !== 0) break;
    } else if ((p.text === '-' || p.text === '&') && !p.spaced && s >= 2 && tokens[s - 2].kind === 'word') s -= 2;
    // `SG&A as a percent of sales`: the ratio is the name.
    else if (p.lower === 'of' && s >= 4 && (tokens[s - 2].lower === 'percent' || tokens[s - 2].lower === 'percentage') && tokens[s - 3].lower === 'a' && tokens[s - 4].lower === 'as' && owner[s - 4] < 0) s -= 4;
    // `return on equity`, `return on invested capital`: one name.
    else if (p.lower === 'on' && s >= 2 && owner[s - 2] < 0 && (tokens[s - 2].lower === 'return' || tokens[s - 2].lower === 'returns')) s -= 2;
    // `provision for credit losses`, `allowance for loan losses`: one name.
    else if (p.lower === 'for' && s >= 2 && owner[s - 2] < 0 && (tokens[s - 2].tags & PROVISION_WORDS) !== 0) s -= 2;
    // `CET1 ratio`, `Tier 1`: digits glued to a word belong to the name.
    else if (p.kind === 'num' && !p.spaced && s >= 2 && tokens[s - 2].kind === 'word' && owner[s - 2] < 0 && (tokens[s - 2].tags & LEFT_STOP) === 0) s -= 2;
    else break;
  }
  const start = tokens[s].start;
  const end = tokens[e - 1].end;
  return { text: text.slice(start, end).replace(/\s+/g, ' ').toLowerCase(), start, end };
}

/** End of `per share` / `per diluted share` starting at token j (unowned), or j when none starts there. */
function perShareAt(tokens: Token[], j: number, owner: Int32Array): number {
  if (tokens[j]?.lower !== 'per' || owner[j] >= 0) return j;
  let k = j + 1;
  if (tokens[k]?.lower === 'diluted' || tokens[k]?.lower === 'basic') k++;
  const w = tokens[k]?.lower;
  return (w === 'share' || w === 'ads' || w === 'adr') && owner[k] < 0 ? k + 1 : j;
}

function findPeriod(text: string, tokens: Token[], located: Located[], n: number, owner: Int32Array, claimed: Set<number>): Entity['period'] {
  const l = located[n];
  // A period right after the figure (`RMB616.6 million in the same period of last year`); after a multiple of
  // something or a comparison word it names the base (`3 times the amount for the same quarter last year`).
  let base = l.entity.kind === 'multiple' && (tokens[l.endTok]?.tags & MULTIPLE_BASE) !== 0;
  let after: NonNullable<Entity['period']> | undefined;
  for (let j = l.endTok; j < tokens.length && j < l.endTok + 6; j++) {
    if (isBoundary(text, tokens, j) && j > l.endTok) break;
    const o = owner[j];
    if (o >= 0 && located[o].entity.kind === 'period') {
      // A base is claimed all the same: a figure later in the sentence must not take it for its own period.
      claimed.add(o);
      if (!base) after = located[o].entity.period!;
      break;
    }
    if (o >= 0) break;
    if (tokens[j].kind !== 'word') break;
    if ((tokens[j].tags & PERIOD_BREAK) !== 0) {
      if ((tokens[j].tags & COMPARISON) === 0) break;
      base = true;
    }
  }
  // The nearest unclaimed period earlier in the sentence (`In Q2 2023, revenue was ...`).
  let guidance: Token | undefined;
  let earlier: NonNullable<Entity['period']> | undefined;
  for (let j = l.startTok - 1; j >= 0 && j >= l.startTok - 40; j--) {
    if (isBoundary(text, tokens, j + 1) && j + 1 < l.startTok) break;
    if (tokens[j].kind === 'sym' && SENTENCE_END.has(tokens[j].text)) break;
    const o = owner[j];
    if (!guidance && (tokens[j].tags & GUIDANCE) !== 0) guidance = tokens[j];
    // An outlook sentence (`we expect full year revenue of ...`) is guidance whatever period it names.
    if (o >= 0 && located[o].entity.kind === 'period' && !claimed.has(o) && !earlier) earlier = located[o].entity.period!;
  }
  const outlook = guidance && { id: 'guidance', text: guidance.text, span: { start: guidance.start, end: guidance.end } };
  // `we expect Zentra sales of $3.9 billion to $4.1 billion for the full year`: an outlook, whatever period it names
  // after the figure, unless that period is a past one the outlook is compared with.
  if (after) return outlook && !after.id.startsWith('prior-') ? outlook : { ...after };
  if (earlier && !outlook) return { ...earlier };
  return outlook || { id: 'current-quarter', text: 'default' };
}

/** turnIndex / speakerId by binary search over turns sorted by offset. */
export function attributeTurns(entities: Entity[], turns: Turn[]): void {
  if (!turns.length) return;
  for (const e of entities) {
    let lo = 0;
    let hi = turns.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (turns[mid].start <= e.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0 && e.start < turns[found].end) {
      e.turnIndex = turns[found].index;
      // A turn re-attributed by segmentation (an analyst under a company speaker's label) speaks for that person.
      e.speakerId = turns[found].attributedSpeakerId ?? turns[found].speakerId;
    }
  }
}
