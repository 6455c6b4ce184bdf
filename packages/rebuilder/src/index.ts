export { loadConfig, ConfigError, REPO_ROOT, sitesDirFrom, type RebuilderConfig } from './config';
export { createRebuilder, type Rebuilder, type RebuilderOptions } from './server';
export { BuildScheduler, systemClock, type Clock, type SchedulerState } from './scheduler';
export { SitesFolder, newBuildId, type LiveBuild, type BuildTrigger } from './deploy';
export { checkIntegrity } from './integrity';
export { startBuild, type BuildOutcome, type RunningBuild } from './build-runner';
export type { RebuilderStatus, BuildSummary, BuildError, BuildResult, CleanupError } from './status';
export type { WebhookEvent } from './webhook';
export { serveLiveSite } from './static-files';
