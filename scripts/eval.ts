// Measures money / percent recognition against the Earnings-21 / Earnings-22 gold spans (overlap match) and
// checks the values of matched entities against an independent reading of the gold text.
// Usage: npm run eval [-- --verbose]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/core';
import type { Entity } from '../server/src/core';

interface Gold {
  type: string;
  start: number;
  end: number;
  text: string;
}

const verbose = process.argv.includes('--verbose');
const repoRoot = path.resolve(__dirname, '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const TYPES = { MONEY: 'money', PERCENT: 'percent' } as const;
type GoldType = keyof typeof TYPES;

const NAMED_CURRENCY = /(^|[^A-Za-z])(pesos?|COP|RMB|CNY|yuan|renminbi|euros?|EUR|USD|dollars?)(?![A-Za-z])|[$€£₱¥]/;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORDS: Record<string, number> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Independent reading of a gold phrase's low value (`$329.3 million` → 329300000; `56 cents` → 0.56). */
function goldValue(g: Gold): number | undefined {
  const words = g.text.toLowerCase().replace(/[$€£₱,]/g, (c) => (c === ',' ? '' : ' ')).split(/\s+/).filter(Boolean);
  let value: number | undefined;
  let k = 0;
  for (; k < words.length; k++) {
    const w = words[k].replace(/%$/, '').replace(/-$/, '');
    if (w === 'a' && !(words[k + 1] in SCALE) && words[k + 1] !== 'dollar') continue; // `a record $25`
    if (/^-?\d+(\.\d+)?$/.test(w)) {
      value = Number(w);
      break;
    }
    if (w in WORDS) {
      value = WORDS[w];
      break;
    }
  }
  if (value === undefined) return undefined;
  // A range's low end takes the scale of the high end when it has none (`50 to $60 million`).
  let scale = 1;
  for (let j = k + 1; j < words.length; j++) {
    if (words[j] in SCALE) {
      scale = SCALE[words[j]];
      break;
    }
  }
  if (g.type === 'MONEY' && /\bcents?\b/.test(g.text) && !g.text.includes('$')) scale = 0.01;
  return value * scale;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

interface Tally {
  gold: number;
  predicted: number;
  goldFound: number;
  predictedRight: number;
  valued: number;
  valuesAgree: number;
  /** Money predictions naming a currency where the gold tags only the number (CARDINAL / ALPHANUMERIC). */
  namedAsNumber: number;
  /** Agreeing values the recogniser made negative from context (`loss of`, `negative`). */
  negated: number;
  /** Predictions overlapping no gold span, by what kind of form they are (to tell annotation gaps from errors). */
  unmatchedBy: Map<string, number>;
}

/** An amount whose currency is a word after the number (`1.1 billion dollars`, `1.5 trillion pesos`, `seven cents`):
 * how often the gold tags these as MONEY shows its convention, independently of any prediction. */
const WORD_CURRENCY_AMOUNT = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)(?:\s+(?:thousand|million|billion|trillion))?\s+(?:dollars?|euros?|pesos?|cents?|yuan)\b/gi;

function unmatchedReason(e: Entity): string {
  if (e.reading?.includes('bare amount')) return 'bare amount in money context';
  if (e.kind === 'money' && e.currency && e.currency !== 'USD' && e.currency !== 'EUR') return `${e.currency} amount`;
  if (/[a-z]/i.test(e.text.replace(/\b(percent|million|billion|trillion|thousand|dollars?|cents?|euros?|to|and|approximately|about|around|roughly|more|than|over)\b/gi, ''))) return 'spelled number';
  return 'other';
}

function evalCorpus(name: string): Record<GoldType, Tally> | undefined {
  const dir = path.join(corpus, name, 'gold');
  if (!fs.existsSync(dir)) {
    console.log(`${name}: not found at ${dir}, skipped`);
    return undefined;
  }
  const tally = {} as Record<GoldType, Tally>;
  for (const t of Object.keys(TYPES) as GoldType[]) tally[t] = { gold: 0, predicted: 0, goldFound: 0, predictedRight: 0, valued: 0, valuesAgree: 0, negated: 0, namedAsNumber: 0, unmatchedBy: new Map() };
  let ms = 0;
  const wordCurrency = { amounts: 0, tagged: 0 };
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const gold: Gold[] = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
    for (const m of text.matchAll(WORD_CURRENCY_AMOUNT)) {
      wordCurrency.amounts++;
      if (gold.some((x) => x.type === 'MONEY' && x.start < m.index + m[0].length && m.index < x.end)) wordCurrency.tagged++;
    }
    const t0 = performance.now();
    const analysis = analyze(text);
    ms += performance.now() - t0;
    for (const type of Object.keys(TYPES) as GoldType[]) {
      const kind = TYPES[type];
      const g = gold.filter((x) => x.type === type);
      const p = analysis.entities.filter((e) => e.kind === kind);
      const tl = tally[type];
      tl.gold += g.length;
      tl.predicted += p.length;
      for (const x of g) {
        const hit = p.find((e) => e.start < x.end && x.start < e.end);
        if (!hit) {
          if (verbose) console.log(`  MISS ${name}/${f} ${type} ${JSON.stringify(x.text)} …${context(text, x.start, x.end)}…`);
          continue;
        }
        tl.goldFound++;
        const want = goldValue(x);
        if (want === undefined || hit.value === undefined) continue;
        tl.valued++;
        // Gold sometimes tags only one end of a range the recogniser reads whole (`95 to [97%]`).
        // The sign of `a loss of $5 million` / `negative €33 million` comes from words outside the gold span.
        const abs = (v: string) => Math.abs(Number(v));
        if (close(abs(hit.value), Math.abs(want)) || (hit.high !== undefined && close(abs(hit.high), Math.abs(want)))) {
          tl.valuesAgree++;
          if (hit.value.startsWith('-')) tl.negated++;
        }
        else if (verbose) console.log(`  VALUE ${name}/${f} ${type} ${JSON.stringify(x.text)} gold=${want} predicted=${hit.value} (${JSON.stringify(hit.text)})`);
      }
      const numberSpans = gold.filter((x) => x.type === 'CARDINAL' || x.type === 'ALPHANUMERIC' || x.type === 'YEAR');
      for (const e of p) {
        if (g.some((x) => e.start < x.end && x.start < e.end)) {
          tl.predictedRight++;
          continue;
        }
        // An amount that names its currency (`COP23 .3 trillion`, `1.5 trillion pesos`) where the gold has only a
        // CARDINAL / ALPHANUMERIC number: an annotation convention (only `$`-signed amounts are MONEY there).
        const reason = kind === 'money' && NAMED_CURRENCY.test(e.text) && numberSpans.some((x) => e.start < x.end && x.start < e.end) ? 'names a currency, gold has a plain number' : unmatchedReason(e);
        if (reason.startsWith('names a currency')) tl.namedAsNumber++;
        tl.unmatchedBy.set(reason, (tl.unmatchedBy.get(reason) ?? 0) + 1);
        if (verbose) console.log(`  FALSE ${name}/${f} ${type} ${JSON.stringify(e.text)} …${context(text, e.start, e.end)}…`);
      }
    }
  }
  console.log(`\n${name} (analyze total ${ms.toFixed(0)} ms)`);
  console.log('type     gold  pred  TP(gold) TP(pred) precision recall   F1     values agree');
  for (const type of Object.keys(TYPES) as GoldType[]) {
    const t = tally[type];
    const precision = t.predicted ? t.predictedRight / t.predicted : 0;
    const recall = t.gold ? t.goldFound / t.gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    console.log(
      `${type.padEnd(8)} ${String(t.gold).padStart(4)}  ${String(t.predicted).padStart(4)}  ${String(t.goldFound).padStart(8)} ${String(t.predictedRight).padStart(8)}  ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(6)} ${f1.toFixed(3).padStart(6)}   ${t.valuesAgree}/${t.valued}${t.negated ? ` (${t.negated} negative from context)` : ''}`,
    );
  }
  for (const type of Object.keys(TYPES) as GoldType[]) {
    const t = tally[type];
    if (t.namedAsNumber) {
      const precision = (t.predictedRight + t.namedAsNumber) / t.predicted;
      const recall = t.goldFound / t.gold;
      console.log(
        `  ${type}: ${t.namedAsNumber} predictions name a currency where the gold tags only a CARDINAL/ALPHANUMERIC/YEAR number; counted as right: precision ${precision.toFixed(3)}, F1 ${((2 * precision * recall) / (precision + recall)).toFixed(3)}`,
      );
    }
  }
  console.log(`  gold convention: ${wordCurrency.tagged} of ${wordCurrency.amounts} amounts written with a currency word (\`1.1 billion dollars\`, \`1.5 trillion pesos\`, \`seven cents\`) are MONEY in the gold`);
  for (const type of Object.keys(TYPES) as GoldType[]) {
    const by = [...tally[type].unmatchedBy].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
    if (by) console.log(`  ${type} predictions outside gold spans: ${by}`);
  }
  return tally;
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 40), start)}[${text.slice(start, end)}]${text.slice(end, end + 30)}`.replace(/\s+/g, ' ');
}

for (const name of ['earnings21', 'earnings22']) evalCorpus(name);
export type { Entity };
