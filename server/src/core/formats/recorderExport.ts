// Recorder exports (Otter.ai and the like, what an analyst gets from recording a call): a label line with the
// speaker's name and the time into the recording (`Jane Doe  0:42`, `Speaker 2  1:03:15`), then the spoken
// paragraphs until the next label line.
import type { FormatReader, RawTurn, Segmentation } from './format';
import type { LabelLine } from './labelLineTurns';
import { turnsFromLabelLines } from './labelLineTurns';
import { isOperatorLabel, looksLikeName } from './labels';
import type { Line } from './lines';
import { MAX_LABEL_LINE, detectWindow, nextNonBlank, splitLines } from './lines';

// A name of at most 60 characters, whitespace, a time of minutes or hours, nothing after.
const LABEL_TIME = /^([ \t]*)(\S.{0,59}?)[ \t]+((?:\d{1,2}:)?\d{1,2}:\d{2})[ \t]*$/;

interface Label extends LabelLine {
  timestamp: string;
  timestampStart: number;
}

/** The label of a line, when it is a name followed by a time and a spoken line follows it. */
function labelOf(lines: Line[], i: number): Label | undefined {
  const line = lines[i];
  if (line.text.length > MAX_LABEL_LINE) return undefined;
  const m = LABEL_TIME.exec(line.text);
  if (!m || !looksLikeName(m[2])) return undefined;
  const next = nextNonBlank(lines, i + 1);
  if (next >= lines.length || LABEL_TIME.test(lines[next].text)) return undefined;
  const start = line.start + m[1].length;
  const label: Label = {
    line: i,
    label: m[2],
    labelSpan: { start, end: start + m[2].length },
    timestamp: m[3],
    timestampStart: line.start + line.text.lastIndexOf(m[3]),
  };
  if (isOperatorLabel(m[2])) label.role = 'operator';
  return label;
}

function detectRecorderExport(text: string): number {
  const lines = splitLines(detectWindow(text));
  let labels = 0;
  for (let i = 0; i < lines.length && labels < 3; i++) if (labelOf(lines, i)) labels++;
  return labels >= 3 ? 0.8 : labels === 2 ? 0.5 : 0;
}

function seconds(time: string): number {
  return time.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function segmentRecorderExport(text: string): Segmentation {
  const lines = splitLines(text);
  const labels: Label[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = labelOf(lines, i);
    if (label) labels.push(label);
  }
  const turns: RawTurn[] = turnsFromLabelLines(text, lines, labels, []).map((turn, k) => {
    const { timestamp, timestampStart } = labels[k];
    return { ...turn, timestamp, timestampSpan: { start: timestampStart, end: timestampStart + timestamp.length }, seconds: seconds(timestamp) };
  });
  return { format: 'recorder-export', turns, sections: [], participants: [] };
}

export const recorderExportReader: FormatReader = {
  id: 'recorder-export',
  detect: detectRecorderExport,
  segment: segmentRecorderExport,
};
