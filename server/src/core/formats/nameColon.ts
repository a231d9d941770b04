import type { FormatReader } from './format';

export const nameColonReader: FormatReader = {
  id: 'name-colon',
  detect: () => 0,
  segment: () => ({ format: 'name-colon', turns: [], sections: [], participants: [] }),
};
