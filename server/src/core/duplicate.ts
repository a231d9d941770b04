import type { Span, Turn } from './types';

export function findDuplicateTranscript(_text: string, _turns: Turn[]): { original: Span; repeat: Span } | undefined {
  return undefined;
}
