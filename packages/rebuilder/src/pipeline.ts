import { mkdir } from 'node:fs/promises';
import { startBuild, type RunningBuild } from './build-runner';
import type { RebuilderConfig } from './config';
import { newBuildId, siteFilesOf, type BuildTrigger, type SitesFolder } from './deploy';
import { checkIntegrity } from './integrity';
import type { BuildRecord, BuildResult, BuildSummary } from './status';

export interface PipelineContext {
  config: RebuilderConfig;
  sites: SitesFolder;
  record: BuildRecord;
  log: (line: string) => void;
  /** Told about the running build, so shutdown can kill it. */
  setRunning: (build: RunningBuild | null) => void;
}

const describeTrigger = ({ events }: BuildTrigger) =>
  events === 0 ? 'at startup' : `${events} event${events === 1 ? '' : 's'}`;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One build from start to finish: run the command into a fresh folder, check the
 * result, and either switch visitors to it or delete it. The live site is never touched
 * until the swap, so any failure on the way leaves the previous site serving.
 */
export async function buildAndDeploy(context: PipelineContext): Promise<void> {
  const { config, sites, record, log } = context;
  const started = new Date();
  const buildId = newBuildId(started);
  const trigger = record.buildStarted(buildId, started);
  log(`build ${buildId} started (${describeTrigger(trigger)})`);

  let result: BuildResult = 'failed';
  let error: string | null = null;
  let pages: number | null = null;
  let logTail: string[] = [];
  try {
    await mkdir(sites.buildsDir, { recursive: true });
    const running = startBuild({
      command: config.buildCommand,
      cwd: config.buildCwd,
      outDir: sites.buildDir(buildId),
      timeoutMs: config.buildTimeoutMs,
      secrets: [config.webhookSecret],
    });
    context.setRunning(running);
    const outcome = await running.done.finally(() => context.setRunning(null));
    logTail = outcome.logTail;
    error = outcome.error;
    if (outcome.ok) {
      const gate = await checkIntegrity(
        siteFilesOf(sites.buildDir(buildId)),
        record.live?.pages ?? null,
        config.maxPageDrop,
      );
      pages = gate.pages;
      error = gate.problem;
      if (gate.problem) result = 'refused';
      else {
        const live = {
          buildId,
          builtAt: new Date().toISOString(),
          pages,
          builtFrom: { cmsUrl: config.cmsUrl, trigger },
        };
        await sites.goLive(live);
        record.live = live;
        result = 'live';
      }
    }
  } catch (unexpected) {
    result = 'failed';
    error = `could not deploy the build: ${messageOf(unexpected)}`;
  }

  const finished = new Date();
  const summary: BuildSummary = {
    buildId,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
    result,
    error,
    pages,
    events: trigger.events,
  };
  record.buildFinished(summary, logTail);
  if (result === 'live') {
    log(`build ${buildId} live in ${(summary.durationMs / 1000).toFixed(1)} s (${pages} pages)`);
  } else {
    log(`build ${buildId} ${result}: ${error}`);
  }
  await cleanUp(context, buildId, result);
}

async function cleanUp(
  { config, sites, record, log }: PipelineContext,
  buildId: string,
  result: BuildResult,
) {
  try {
    if (result !== 'live') await sites.discard(buildId);
    const pruned = await sites.prune(config.keepBuilds);
    if (pruned.length) log(`removed old builds ${pruned.join(', ')}`);
  } catch (error) {
    const message = `could not clean up old builds: ${messageOf(error)}`;
    record.cleanupFailed(buildId, message, new Date());
    log(message);
  }
}
