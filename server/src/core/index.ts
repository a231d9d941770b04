// Public surface of the core, for the server, the CLI, tests and benchmarks.
export { analyze, createAnalysisMemo, type AnalysisMemo } from './analyze';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export * from './types';
