import type { FormatReader } from './format';

export const refinitivReader: FormatReader = {
  id: 'refinitiv',
  detect: () => 0,
  segment: () => ({ format: 'refinitiv', turns: [], sections: [], participants: [] }),
};
