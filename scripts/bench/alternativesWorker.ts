// Child process that runs another tool over a file chunk by chunk and reports progress to the parent after each
// chunk, so the parent can stop it at a time bound and still know how much of the text it got through.
// argv: <tool: recognizers|compromise> <input file> <budget ms>
import * as fs from 'node:fs';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import nlp from 'compromise';
import { chunkText } from './chunks';

type Extractor = (chunk: string) => number;

export interface Progress {
  /** Characters of the input processed so far. */
  chars: number;
  /** Entities the tool found so far. */
  entities: number;
  /** Milliseconds spent in the tool (setup excluded). */
  ms: number;
  done: boolean;
}

function loadExtractor(tool: string): Extractor {
  if (tool === 'recognizers') {
    const R = Recognizers;
    const culture = R.Culture.English;
    return (chunk) =>
      R.recognizeNumber(chunk, culture).length + R.recognizeCurrency(chunk, culture).length + R.recognizePercentage(chunk, culture).length;
  }
  if (tool === 'compromise') {
    return (chunk) => {
      const doc = nlp(chunk);
      return doc.numbers().length + doc.money().length + doc.percentages().length;
    };
  }
  throw new Error(`unknown tool ${tool}`);
}

function main(): void {
  const [tool, file, budgetArg] = process.argv.slice(2);
  const budget = Number(budgetArg);
  const extract = loadExtractor(tool);
  const text = fs.readFileSync(file, 'utf8');
  const chunks = chunkText(text);
  // Warm up outside the clock: both tools build their patterns lazily on the first call.
  extract('Revenue was $1.2 billion, up 3.5% from twenty five million dollars.');

  const send = (p: Progress) => process.send?.(p);
  let chars = 0;
  let entities = 0;
  let ms = 0;
  let lastReport = 0;
  for (const chunk of chunks) {
    const t0 = performance.now();
    entities += extract(chunk);
    ms += performance.now() - t0;
    chars += chunk.length;
    if (ms - lastReport > 100) {
      send({ chars, entities, ms, done: false });
      lastReport = ms;
    }
    if (ms > budget) break;
  }
  const done = chars >= chunks.reduce((n, c) => n + c.length, 0);
  // Chunks drop the newlines, so a finished run is reported as the whole text.
  send({ chars: done ? text.length : chars, entities, ms, done });
  process.disconnect?.();
}

main();
