import type { FormatReader } from './format';

export const flatScrapedReader: FormatReader = {
  id: 'flat-scraped',
  detect: () => 0,
  segment: () => ({ format: 'flat-scraped', turns: [], sections: [], participants: [] }),
};
