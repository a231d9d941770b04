// An authored call in `Name: text` form for the LSP tests: operator, CEO, CFO, two analysts introduced by the
// operator, a consistent revenue growth statement and a restated free cash flow figure.
export const CALL = [
  'Harbor Freightways Q1 2025 Earnings Call',
  '',
  'Operator: Good morning and welcome to the Harbor Freightways first quarter 2025 earnings call. I will now hand the call to our Chief Executive Officer, Lena Ortiz.',
  'Lena Ortiz: Thank you. This was a solid quarter with 320 new shipping contracts. I will now pass the call over to our CFO, Raj Patel.',
  'Raj Patel: Thanks, Lena. Revenue was $412.5 million, up 8.4% from $380.6 million a year ago. Free cash flow was $46 million. With that, operator, please open the line for questions.',
  'Operator: Thank you. Our first question comes from the line of Mia Chen from Goldman Sachs. Please go ahead.',
  'Mia Chen: Thanks. How should we think about fuel costs for the rest of the year?',
  'Raj Patel: We expect fuel costs to stay flat. Free cash flow was $40 million this quarter.',
  'Operator: Our next question comes from the line of Owen Hart from Jefferies. Please go ahead.',
  'Owen Hart: What drove the new contracts?',
  'Lena Ortiz: Mostly demand from retailers.',
  'Operator: This concludes our question and answer session. I would like to turn the call back to Lena Ortiz for closing remarks.',
  'Lena Ortiz: Thank you all for joining us today.',
  '',
].join('\n');
