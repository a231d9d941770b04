// Runs the analysis once on a small authored transcript while the server initialises, so the regular expressions and
// hot functions are compiled before the user's first document arrives and its first diagnostics come quickly.
import { analyze } from './core';

const WARM_UP_TEXT = [
  'Operator00:00:00Welcome to the Example Corp second quarter 2024 earnings call. I would now like to hand the conference over to your speaker today, Ann Lee, Head of Investor Relations. Speaker 100:00:20Thank you. With me are our CEO, Mr. Bo Chen, and our CFO, Ms. Eva Ruiz. I will now hand the call over to our CEO, Bo.',
  'Speaker 200:01:00Revenue was RMB1,835.4 million, an increase of 9.5 percent from RMB1,676.1 million in the same period of last year. Gross profit reached RMB207 1,000,000, and gross margin was 11.3%, up 5.3 percentage points. Adjusted EBITDA was negative RMB59.9 million. Diluted EPS was -$0.30. We added 48 new customers.',
  'Operator00:05:00Our first question comes from the line of Tim Park from Goldman Sachs. Please go ahead. Speaker 300:05:10How should we think about margins in the second half? Speaker 200:05:30We expect about 12% for the full year.',
  'Jane Doe: Revenue was $412.5 million, up 8.4% from $380.6 million. Free cash flow was $46 million.',
  'John Roe: Thanks. What about two point one five euros per share, approximately 15%, and (EUR 3.2m)?',
].join('\n');

export function warmUp(): void {
  try {
    analyze(WARM_UP_TEXT);
  } catch {
    // A warm-up failure changes nothing for the user: the real analysis reports its own problems.
  }
}
