// What both kinds of round share: the context they run in, and the steps around going live.
import path from 'node:path';
import { readContentSnapshot } from '@guildhall/content';
import { loadSiteRenderer } from 'site/renderer';
import type { SearchIndexInMemory } from 'site/search-index';
import type { RunningBuild } from './build-runner';
import type { PendingChanges } from './changes';
import type { RebuilderConfig } from './config';
import { siteFilesOf, type SitesFolder } from './deploy';
import { CONTENT_SNAPSHOT_FILE } from './incremental';
import { ImageReferences } from './image-references';
import type { PublishedSite } from './published-site';
import { messageOf } from './round-report';
import type { BuildRecord, BuildResult } from './status';
import type { SpareBuilds } from './spare-build';

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

/**
 * Starts making the next round's build folder from the live build, when rounds redraw pages.
 * Called once the round has written everything into the live build (search index, snapshot)
 * and before it removes old builds, which takes as long again.
 */
export async function prepareNextFolder({
  config,
  sites,
  published,
  spare,
  log,
}: PipelineContext): Promise<void> {
  if (!published.site || !config.incremental || !config.contentSource) return;
  // Old builds about to be removed: the spare can be one of them, brought up to date.
  const removable = await sites.prunable(config.keepBuilds).catch((error: unknown) => {
    log(`could not list the old builds: ${messageOf(error)}`);
    return [];
  });
  await spare.prepare(published.site.buildId, removable);
}

/** What the live build was made from: in memory, or read back from its snapshot after a restart. */
export async function knownSite(context: PipelineContext): Promise<PublishedSite | null> {
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

export async function cleanUp(
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
