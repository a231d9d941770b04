// SubRip captions: numbered cues `1` / `00:00:01,000 --> 00:00:04,000` / text. The speaker is named at the
// start of the cue text (`Name:`, `[Name]`, `>> Name:`); cues without a name continue the current speaker.
import type { FormatReader, Segmentation } from './format';
import { captionTurns } from './captions';
import { detectWindow, splitLines } from './lines';

export const srtReader: FormatReader = {
  id: 'srt',
  detect: detectSrt,
  segment: segmentSrt,
};

function detectSrt(text: string): number {
  const head = detectWindow(text);
  if (/^\s*WEBVTT/.test(head)) return 0.05;
  const timings = head.match(/^[ \t]*\d{1,3}:\d{2}:\d{2},\d{1,3}[ \t]*-->/gm)?.length ?? 0;
  if (/^\s*\d+[ \t]*\n[ \t]*\d{1,3}:\d{2}:\d{2},\d{1,3}[ \t]*-->/.test(head)) return 0.95;
  if (timings >= 2) return 0.7;
  return timings === 1 ? 0.4 : 0;
}

function segmentSrt(text: string): Segmentation {
  return { format: 'srt', turns: captionTurns(text, splitLines(text)), sections: [], participants: [] };
}
