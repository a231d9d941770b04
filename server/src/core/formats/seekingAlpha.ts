import type { FormatReader } from './format';

export const seekingAlphaReader: FormatReader = {
  id: 'seeking-alpha',
  detect: () => 0,
  segment: () => ({ format: 'seeking-alpha', turns: [], sections: [], participants: [] }),
};
