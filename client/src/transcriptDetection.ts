// Whether a plain-text file looks like an earnings call, by the core's format detector. No vscode import, so
// it is unit-testable.
import { detectFormat } from '../../server/src/core/segment';

/** Detection only looks at the head of a file; this bounds the copy we hand it. */
const HEAD_CHARS = 64 * 1024;
const MIN_CONFIDENCE = 0.5;

export function looksLikeTranscript(text: string): boolean {
  const { format, score } = detectFormat(text.slice(0, HEAD_CHARS));
  return format !== 'unknown' && score >= MIN_CONFIDENCE;
}
