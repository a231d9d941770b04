// Digit grouping for messages and hovers. Written out rather than `toLocaleString('en-US')`: that call builds an ICU
// number format each time (~0.1 ms) and loads the locale data on first use (~15 ms), which a fresh server would pay
// on its first garbled figure.

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** `-1234567.5` → `-1,234,567.5`; anything that is not a plain decimal is returned unchanged. */
export function groupThousands(value: string | number): string {
  const s = String(value);
  if (!DECIMAL.test(s)) return s;
  const negative = s.startsWith('-');
  const [int, frac] = (negative ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
