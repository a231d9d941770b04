import type { FormatReader } from './format';

export const motleyFoolReader: FormatReader = {
  id: 'motley-fool',
  detect: () => 0,
  segment: () => ({ format: 'motley-fool', turns: [], sections: [], participants: [] }),
};
