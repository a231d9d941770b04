import type { FormatReader } from './format';

export const srtReader: FormatReader = {
  id: 'srt',
  detect: () => 0,
  segment: () => ({ format: 'srt', turns: [], sections: [], participants: [] }),
};
