// WebVTT captions: a `WEBVTT` header, then cues `00:00:01.000 --> 00:00:04.000` whose text names the speaker
// with a `<v Name>` voice tag (or `Name:`). Cue turns are built in captions.ts.
import type { FormatReader, Segmentation } from './format';
import { captionTurns } from './captions';
import { detectWindow, splitLines } from './lines';

export const webvttReader: FormatReader = {
  id: 'webvtt',
  detect: detectWebVtt,
  segment: segmentWebVtt,
};

function detectWebVtt(text: string): number {
  const head = detectWindow(text);
  if (/^\s*WEBVTT(?:[ \t\n]|$)/.test(head)) return 1;
  // Without the header: dotted cue timings still read as WebVTT, less surely.
  const timings = head.match(/^[ \t]*(?:\d{1,3}:)?\d{1,2}:\d{2}\.\d{1,3}[ \t]*-->/gm)?.length ?? 0;
  if (timings === 0) return 0;
  return /<v[ .]/.test(head) ? 0.7 : timings >= 2 ? 0.5 : 0.3;
}

function segmentWebVtt(text: string): Segmentation {
  return { format: 'webvtt', turns: captionTurns(text, splitLines(text)), sections: [], participants: [] };
}
