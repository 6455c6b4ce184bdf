// A round that redraws only the pages its changed entries touch, in a folder linked from the live build.
import { createContentSource } from '@guildhall/content';
import { loadSiteRenderer, type SiteRenderer } from 'site/renderer';
import { SITE_FILES, newBuildId, siteFilesOf, type BuildTrigger } from './deploy';
import {
  CONTENT_SNAPSHOT_FILE,
  NeedsFullBuild,
  makeIncrementalBuild,
  type IncrementalResult,
  planIncrementalRound,
  saveContentSnapshot,
  type IncrementalPlan,
} from './incremental';
import type { ChangesToRead, EntryUpdate, PublishedSite } from './published-site';
import { count, finishRound, messageOf, seconds } from './round-report';
import { changedSearchPages, refreshSearchIndex } from './search-refresh';
import { cleanUp, prepareNextFolder, type PipelineContext } from './round-steps';
import { Stopwatch } from './stopwatch';

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

/**
 * Redraws what changed entries and redirects touch. Returns null when done, or why a full build
 * must run instead, with the events it should count.
 */
export async function incrementalRound(
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
