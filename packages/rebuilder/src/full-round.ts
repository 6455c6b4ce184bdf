// A round that builds the whole site with `astro build`, the fallback and the reference.
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  CONTENT_SNAPSHOT_SETTING,
  contentSnapshot,
  createContentSource,
  fetchSiteContent,
} from '@guildhall/content';
import { replaceFile } from 'site/files';
import { startBuild } from './build-runner';
import { newBuildId, siteFilesOf, type BuildTrigger } from './deploy';
import { CONTENT_SNAPSHOT_FILE } from './incremental';
import { checkIntegrity } from './integrity';
import { count, finishRound, messageOf, seconds } from './round-report';
import { cleanUp, knownSite, prepareNextFolder, type PipelineContext } from './round-steps';
import type { BuildResult } from './status';

/** Why the first round after a start is a full build: the site's code may have changed (a new deploy). */
export const SERVICE_STARTED = 'the service started';

/** Why the round after one that crashed is a full build: the crashed round's changes may not be on the site. */
export const LAST_ROUND_CRASHED = 'the last round crashed';

const describeTrigger = ({ events }: BuildTrigger) =>
  events === 0 ? 'at startup' : `${events} event${events === 1 ? '' : 's'}`;

/**
 * A full build: read the whole published content (when the service knows the CMS) and
 * hand it to the site build as a snapshot, run the build into a fresh folder, check the
 * result, and either switch visitors to it or delete it.
 */
export async function fullRound(
  context: PipelineContext,
  reason: string,
  handedOver: BuildTrigger | null,
): Promise<void> {
  const { config, sites, record, log } = context;
  const started = new Date();
  const buildId = newBuildId(started);
  const trigger = record.buildStarted(buildId, started, 'full', handedOver ?? undefined);
  log(
    `build ${buildId} started (${describeTrigger(trigger)}${reason === SERVICE_STARTED ? '' : `; ${reason}`})`,
  );

  let result: BuildResult = 'failed';
  let error: string | null = null;
  let pages: number | null = null;
  let logTail: string[] = [];
  const snapshotFile = path.join(sites.buildsDir, `${buildId}.${CONTENT_SNAPSHOT_FILE}`);
  let stage = 'read the content from the CMS';
  try {
    await mkdir(sites.buildsDir, { recursive: true });
    const content = config.contentSource
      ? await fetchSiteContent(createContentSource(config.contentSource()))
      : null;
    if (content) await replaceFile(snapshotFile, contentSnapshot(content));
    stage = 'build the site';
    const running = startBuild({
      command: config.buildCommand,
      cwd: config.buildCwd,
      outDir: sites.buildDir(buildId),
      timeoutMs: config.buildTimeoutMs,
      secrets: [config.webhookSecret],
      env: content ? { ...process.env, [CONTENT_SNAPSHOT_SETTING]: snapshotFile } : process.env,
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
        stage = 'deploy the build';
        const live = {
          buildId,
          builtAt: new Date().toISOString(),
          pages,
          builtFrom: { cmsUrl: config.cmsUrl, trigger },
        };
        if (content) await rename(snapshotFile, path.join(sites.buildDir(buildId), CONTENT_SNAPSHOT_FILE));
        await sites.goLive(live);
        record.live = live;
        result = 'live';
      }
    }
  } catch (unexpected) {
    result = 'failed';
    error = `could not ${stage}: ${messageOf(unexpected)}`;
  } finally {
    await rm(snapshotFile, { force: true }).catch(() => undefined);
  }

  finishRound(context, {
    kind: 'full',
    buildId,
    started,
    trigger,
    result,
    error,
    pages,
    logTail,
    description: (ms) =>
      result === 'live'
        ? `Full build (${reason}) — live in ${seconds(ms)}, ${count(pages ?? 0, 'page')}`
        : `Full build ${result}: ${error}`,
  });
  if (result === 'live') {
    // The new build wrote its own search index; the one in memory describes the old site.
    context.search.forget();
    context.published.site = null;
    await knownSite(context);
    await prepareNextFolder(context);
  } else {
    // Changes this build was to show are not on the site; only a full build can be sure to catch up.
    context.changes.requireFullBuild(
      `the last full build ${result === 'refused' ? 'was refused' : 'failed'}`,
    );
  }
  await cleanUp(context, buildId, result);
}
