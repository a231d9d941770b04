import type { FormatReader } from './format';

export const webvttReader: FormatReader = {
  id: 'webvtt',
  detect: () => 0,
  segment: () => ({ format: 'webvtt', turns: [], sections: [], participants: [] }),
};
