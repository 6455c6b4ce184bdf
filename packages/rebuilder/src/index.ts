export { loadConfig, ConfigError, type RebuilderConfig } from './config';
export { startRebuilder, type RunningRebuilder } from './server';
export { Rebuilder, type BuildSummary } from './rebuilder';
