// The service's data, as types only. The package's `types` entry points here for readers
// that resolve packages the old Node way and only ever read these shapes (the CMS server,
// compiled as CommonJS, which cannot compile the service's ES module sources).
export type { RebuilderStatus, BuildSummary, BuildError, BuildResult, CleanupError } from './status';
export type { LiveBuild, BuildTrigger } from './deploy';
export type { SchedulerState } from './scheduler';
export type { WebhookEvent } from './webhook';
