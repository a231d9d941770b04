// Consistency checks over the attributed figures. Each rule lives in its own file in this folder.
import type { Entity, Finding, Settings, Turn } from '../types';

export interface CheckContext {
  text: string;
  entities: Entity[];
  turns: Turn[];
  settings: Settings;
}

export function runChecks(_context: CheckContext): Finding[] {
  return [];
}
