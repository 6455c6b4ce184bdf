import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  CONTENT_SNAPSHOT_SETTING,
  contentSnapshot,
  createContentSource,
  fetchSiteContent,
  readContentSnapshot,
} from '@guildhall/content';
import { replaceFile } from 'site/files';
import { loadSiteRenderer, type SiteRenderer } from 'site/renderer';
import type { SearchIndexInMemory } from 'site/search-index';
import { startBuild, type RunningBuild } from './build-runner';
import type { PendingChanges } from './changes';
import type { RebuilderConfig } from './config';
import { SITE_FILES, newBuildId, siteFilesOf, type BuildTrigger, type SitesFolder } from './deploy';
import {
  CONTENT_SNAPSHOT_FILE,
  NeedsFullBuild,
  makeIncrementalBuild,
  type IncrementalResult,
  planIncrementalRound,
  saveContentSnapshot,
  type IncrementalPlan,
} from './incremental';
import { ImageReferences } from './image-references';
import { checkIntegrity } from './integrity';
import { changedSearchPages, refreshSearchIndex } from './search-refresh';
import type { ChangesToRead, EntryUpdate, PublishedSite } from './published-site';
import type { BuildKind, BuildRecord, BuildResult, BuildSummary } from './status';
import type { SpareBuilds } from './spare-build';
import { Stopwatch } from './stopwatch';

export interface PipelineContext {
  config: RebuilderConfig;
  sites: SitesFolder;
  record: BuildRecord;
  changes: PendingChanges;
  log: (line: string) => void;
  /** Told about the running build, so shutdown can kill it. */
  setRunning: (build: RunningBuild | null) => void;
  /** What the live build was made from, when the service knows it (it then redraws single pages). */
  published: { site: PublishedSite | null };
  /** The live site's search index, kept between rounds so a round adds only its changed pages. */
  search: SearchIndexInMemory;
  /** The next round's build folder, made ahead from the live build. */
  spare: SpareBuilds;
}

/** Why the first round after a start is a full build: the site's code may have changed (a new deploy). */
export const SERVICE_STARTED = 'the service started';

/** Why the round after one that crashed is a full build: the crashed round's changes may not be on the site. */
export const LAST_ROUND_CRASHED = 'the last round crashed';

const describeTrigger = ({ events }: BuildTrigger) =>
  events === 0 ? 'at startup' : `${events} event${events === 1 ? '' : 's'}`;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "Published "Pay award", Updated "Ofsted"": what a round did to which entries, in editors' words. */
function describeUpdates(updates: EntryUpdate[], redirects: boolean): string {
  const told = updates
    .slice(0, 3)
    .map(({ before, after }) =>
      after
        ? `${before ? 'Updated' : 'Published'} "${after.title}"`
        : `Took down "${before?.title ?? 'an entry not on the site'}"`,
    );
  const entries = told.join(', ') + (updates.length > 3 ? ` and ${updates.length - 3} more` : '');
  if (!redirects) return entries;
  return entries ? `${entries}, and changed redirects` : 'Changed redirects';
}

interface RoundReport {
  kind: BuildKind;
  /** Where the round spent its time, for the log. */
  stopwatch?: Stopwatch;
  buildId: string;
  started: Date;
  trigger: BuildTrigger;
  result: BuildResult;
  error: string | null;
  pages: number | null;
  description: (durationMs: number) => string;
  changes?: BuildSummary['changes'];
  logTail?: string[];
}

function finishRound({ record, log }: PipelineContext, report: RoundReport): void {
  const finished = new Date();
  const durationMs = finished.getTime() - report.started.getTime();
  const summary: BuildSummary = {
    buildId: report.buildId,
    kind: report.kind,
    startedAt: report.started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs,
    result: report.result,
    error: report.error,
    pages: report.pages,
    events: report.trigger.events,
    changes: report.changes ?? null,
    searchMs: null,
    description: report.description(durationMs),
  };
  record.buildFinished(summary, report.logTail ?? []);
  const outcome =
    report.result === 'live'
      ? `live in ${seconds(durationMs)} (${count(report.pages ?? 0, 'page')})`
      : `${report.result}: ${report.error ?? summary.description}`;
  const stages = report.stopwatch ? ` (${String(report.stopwatch)})` : '';
  log(
    `build ${report.buildId} ${outcome}${report.kind === 'incremental' ? ` [${summary.description}]` : ''}${stages}`,
  );
}

/**
 * One round: what the events since the last round ask for. Changed articles and briefings
 * are redrawn page by page when the service knows what the live site was made from;
 * anything else, or a redraw that fails, runs a full build. Either way the live site is
 * never touched until the swap, so any failure on the way leaves the previous site serving.
 */
export async function runRound(context: PipelineContext): Promise<void> {
  const work = context.changes.take();
  let fullBuild = work.fullBuild;
  if (!fullBuild && work.entries.length === 0 && !work.redirects) return;
  if (!fullBuild && !context.config.incremental)
    fullBuild = 'page-by-page publishing is off (REBUILD_INCREMENTAL)';
  let trigger: BuildTrigger | null = null;
  if (!fullBuild) {
    const published = await knownSite(context);
    if (!published) fullBuild = 'the service does not know what the live site was made from';
    else {
      const handedOver = await incrementalRound(context, published, work);
      if (handedOver) ({ reason: fullBuild, trigger } = handedOver);
    }
  }
  if (fullBuild) await fullRound(context, fullBuild, trigger);
}

/**
 * Starts making the next round's build folder from the live build, when rounds redraw pages.
 * Called once the round has written everything into the live build (search index, snapshot)
 * and before it removes old builds, which takes as long again.
 */
async function prepareNextFolder({ config, sites, published, spare, log }: PipelineContext): Promise<void> {
  if (!published.site || !config.incremental || !config.contentSource) return;
  // Old builds about to be removed: the spare can be one of them, brought up to date.
  const removable = await sites.prunable(config.keepBuilds).catch((error: unknown) => {
    log(`could not list the old builds: ${messageOf(error)}`);
    return [];
  });
  await spare.prepare(published.site.buildId, removable);
}

/** What the live build was made from: in memory, or read back from its snapshot after a restart. */
async function knownSite(context: PipelineContext): Promise<PublishedSite | null> {
  const { sites, published, log } = context;
  const liveId = await sites.liveBuildId();
  if (published.site?.buildId === liveId) return published.site;
  published.site = null;
  const liveDir = await sites.liveRoot();
  if (!liveId || !liveDir) return null;
  try {
    const content = await readContentSnapshot(path.join(liveDir, CONTENT_SNAPSHOT_FILE));
    const plan = await (await loadSiteRenderer(liveDir)).plan(content);
    const images = await ImageReferences.scan(siteFilesOf(liveDir));
    published.site = { buildId: liveId, content, plan, images };
  } catch (error) {
    log(`cannot redraw pages of build ${liveId}: ${messageOf(error)}`);
  }
  return published.site;
}

/**
 * Redraws what changed entries and redirects touch. Returns null when done, or why a full build
 * must run instead, with the events it should count.
 */
async function incrementalRound(
  context: PipelineContext,
  live: PublishedSite,
  changes: ChangesToRead,
): Promise<{ reason: string; trigger: BuildTrigger | null } | null> {
  const { config, sites, record } = context;
  const started = new Date();
  const stopwatch = new Stopwatch();
  // A label until the round takes a folder, whose id it then is.
  let buildId = newBuildId(started);
  const failed = (trigger: BuildTrigger, error: unknown) => {
    finishRound(context, {
      kind: 'incremental',
      buildId,
      started,
      trigger,
      result: 'failed',
      error: `could not redraw the changed pages: ${messageOf(error)}`,
      pages: null,
      stopwatch,
      description: () => `Could not redraw the changed pages (${messageOf(error)}); a full build follows`,
    });
    return { reason: 'redrawing the changed pages failed', trigger: null };
  };

  let renderer: SiteRenderer;
  let planned: IncrementalPlan;
  try {
    if (!config.contentSource) throw new NeedsFullBuild('the service has no CMS address (CMS_URL)');
    renderer = await loadSiteRenderer(sites.buildDir(live.buildId));
    planned = await planIncrementalRound({
      live,
      renderer,
      source: createContentSource(config.contentSource()),
      changes,
      maxOutputs: config.incrementalMaxOutputs,
      stopwatch,
    });
    stopwatch.lap('plan');
  } catch (error) {
    if (error instanceof NeedsFullBuild) return { reason: error.message, trigger: null };
    return failed(record.buildStarted(buildId, started, 'incremental'), error);
  }

  const { updates, written, removed } = planned;
  const folder = written.length || removed.length ? await context.spare.take(live.buildId) : null;
  if (folder) buildId = folder.buildId;
  const trigger = record.buildStarted(buildId, started, 'incremental');
  const report = { kind: 'incremental' as const, buildId, started, trigger, stopwatch };
  if (!folder) {
    context.published.site = { ...live, content: planned.content, plan: planned.plan };
    finishRound(context, {
      ...report,
      result: 'unchanged',
      error: null,
      pages: record.live?.pages ?? null,
      changes: { written: 0, removed: 0 },
      description: () => `${describeUpdates(updates, changes.redirects)}: no page changed`,
    });
    return null;
  }

  let made: IncrementalResult;
  try {
    made = await makeIncrementalBuild(
      {
        folder,
        sites,
        live,
        renderer,
        siteUrl: config.siteUrl,
        maxPageDrop: config.maxPageDrop,
        livePages: record.live?.pages ?? null,
        stopwatch,
      },
      planned,
    );
    const liveBuild = {
      buildId,
      builtAt: new Date().toISOString(),
      pages: made.pageFiles.size,
      builtFrom: { cmsUrl: config.cmsUrl, trigger },
    };
    await sites.goLive(liveBuild);
    stopwatch.lap('go live');
    record.live = liveBuild;
    context.published.site = { buildId, content: planned.content, plan: planned.plan, images: made.images };
  } catch (error) {
    await folder.linked.catch(() => undefined);
    await sites.discard(buildId).catch(() => undefined);
    return failed(trigger, error);
  }

  finishRound(context, {
    ...report,
    result: 'live',
    error: null,
    pages: made.pageFiles.size,
    changes: { written: written.length, removed: removed.length },
    description: (ms) =>
      `${describeUpdates(updates, changes.redirects)} — live in ${seconds(ms)}, ${count(written.length, 'page')} updated` +
      (removed.length ? `, ${removed.length} removed` : ''),
  });
  const searchFiles = await refreshSearch(context, buildId, made.redrawn, removed);
  const snapshotSaved = await saveContentSnapshot(sites.buildDir(buildId), planned.content).then(
    () => true,
    (error: unknown) => {
      context.log(`could not save the content of build ${buildId}: ${messageOf(error)}`);
      return false;
    },
  );
  // Only a round whose every change is known can have its base brought up to date from it.
  if (searchFiles && snapshotSaved)
    context.spare.roundFinished({
      buildId,
      baseId: live.buildId,
      changed: [
        ...made.changed,
        ...searchFiles.map((file) => `${SITE_FILES}/${file}`),
        CONTENT_SNAPSHOT_FILE,
      ],
      pages: made.pageFiles,
    });
  await prepareNextFolder(context);
  await cleanUp(context, buildId, 'live');
  return null;
}

/**
 * Brings the live build's search index up to date with its redrawn and removed pages;
 * resolves to the files it changed (relative to the site folder), or null when it failed.
 */
async function refreshSearch(
  context: PipelineContext,
  buildId: string,
  redrawn: ReadonlyMap<string, string>,
  removed: readonly string[],
): Promise<string[] | null> {
  const started = Date.now();
  const buildDir = context.sites.buildDir(buildId);
  const siteDir = siteFilesOf(buildDir);
  try {
    const changed = changedSearchPages(siteDir, redrawn, removed);
    const { pages, whole, written, parts, changedFiles } = await refreshSearchIndex(
      context.search,
      siteDir,
      changed,
    );
    context.record.searchRefreshed(buildId, Date.now() - started);
    context.log(
      `build ${buildId} search index of ${pages} pages live in ${seconds(Date.now() - started)} ` +
        (whole
          ? `(made anew from every page, ${count(parts, 'part')})`
          : `(${written.length} of ${count(parts, 'part')} written)`),
    );
    return changedFiles;
  } catch (error) {
    // Pages are live; only search is behind. A full build brings it back in step.
    context.log(`build ${buildId} could not update the search index: ${messageOf(error)}`);
    context.changes.requireFullBuild('the search index could not be updated');
    return null;
  }
}

/**
 * A full build: read the whole published content (when the service knows the CMS) and
 * hand it to the site build as a snapshot, run the build into a fresh folder, check the
 * result, and either switch visitors to it or delete it.
 */
async function fullRound(
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
