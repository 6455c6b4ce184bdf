export { loadConfig, ConfigError, REPO_ROOT, sitesDirFrom, type RebuilderConfig } from './config';
export { createRebuilder, type Rebuilder, type RebuilderOptions } from './server';
export { BuildScheduler, systemClock, type Clock } from './scheduler';
export { SitesFolder, newBuildId } from './deploy';
export { checkIntegrity } from './integrity';
export { startBuild, type BuildOutcome, type RunningBuild } from './build-runner';
export type * from './types';
export { serveLiveSite } from './static-files';
