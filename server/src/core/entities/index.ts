// Financial entities: find figures in the text, normalise them, attribute metric / period / speaker.
import type { Entity, Settings, Speaker, Turn } from '../types';

export interface EntityContext {
  turns: Turn[];
  speakers: Speaker[];
  settings: Settings;
}

export function extractEntities(_text: string, _context: EntityContext): Entity[] {
  return [];
}
