// Cuts text into pieces of at most `max` characters at line, sentence or word ends, as the other tools are fed:
// they are too slow on one long line (Recognizers-Text's currency model can run for minutes).
export function chunkText(text: string, max = 1024): string[] {
  const chunks: string[] = [];
  for (const line of text.split('\n')) {
    let rest = line;
    while (rest.length > max) {
      const window = rest.slice(0, max);
      let cut = window.lastIndexOf('. ') + 1;
      if (cut < max / 2) cut = window.lastIndexOf(' ') + 1;
      if (cut < max / 2) cut = max;
      chunks.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest.length > 0) chunks.push(rest);
  }
  return chunks;
}
