import path from 'node:path';
import { contentSnapshot, type ContentSource, type SiteContent } from '@guildhall/content';
import { writeStaticImages, type SitePlan, type SiteRenderer, type StaticImage } from 'site/renderer';
import { replaceFile } from 'site/files';
import { outputFile, removeOutput } from './build-copy';
import { SITE_FILES, siteFilesOf, type SitesFolder } from './deploy';
import { checkIntegrity } from './integrity';
import type { ImageReferences } from './image-references';
import { checkRedrawnPages } from './page-check';
import type { FolderForRound } from './spare-build';
import type { Stopwatch } from './stopwatch';
import {
  withChangesReadAgain,
  type ChangesToRead,
  type EntryUpdate,
  type PublishedSite,
} from './published-site';

export const CONTENT_SNAPSHOT_FILE = 'content.json';

/** Not a failure: the change is one a full build handles better (or only a full build can). */
export class NeedsFullBuild extends Error {
  override name = 'NeedsFullBuild';
}

/** Where a round reads the changes and what it compares them with. */
export interface IncrementalInput {
  live: PublishedSite;
  renderer: SiteRenderer;
  source: ContentSource;
  changes: ChangesToRead;
  /** Above this many changed pages and files, a full build is the cheaper way. */
  maxOutputs: number;
  stopwatch: Stopwatch;
}

/** What a round found: the content after the change and which outputs it touches. */
export interface IncrementalPlan {
  content: SiteContent;
  plan: SitePlan;
  updates: EntryUpdate[];
  written: string[];
  removed: string[];
}

/** The paths whose fingerprint changed or that are new, and those that are gone. */
export function planDifference(before: SitePlan, after: SitePlan): { written: string[]; removed: string[] } {
  const written = Object.keys(after.outputs).filter(
    (output) => before.outputs[output] !== after.outputs[output],
  );
  const removed = Object.keys(before.outputs).filter((output) => !(output in after.outputs));
  return { written: written.sort(), removed: removed.sort() };
}

async function draw(
  renderer: SiteRenderer,
  content: SiteContent,
  urlPath: string,
): Promise<{ body: string; images: StaticImage[] }> {
  const drawn = await renderer.render({ mode: 'published', content, path: urlPath });
  if (!drawn.ok) {
    const problems = drawn.failure.problems.length ? ` (${drawn.failure.problems.join('; ')})` : '';
    throw new Error(`could not draw ${urlPath}: ${drawn.failure.message}${problems}`);
  }
  return drawn;
}

/**
 * Reads the changed entries (and redirects) again and works out which pages and files that changes.
 * Throws NeedsFullBuild when a full build is the better way.
 */
export async function planIncrementalRound(input: IncrementalInput): Promise<IncrementalPlan> {
  const { live, renderer } = input;
  const { content, updates } = await withChangesReadAgain(input.source, live.content, input.changes);
  input.stopwatch.lap('read');
  const plan = await renderer.plan(content);
  if (plan.frame !== live.plan.frame)
    throw new NeedsFullBuild('the change alters the header or footer every page shows');
  const { written, removed } = planDifference(live.plan, plan);
  if (written.length + removed.length > input.maxOutputs)
    throw new NeedsFullBuild(`the change touches ${written.length + removed.length} pages and files`);
  return { content, plan, updates, written, removed };
}

export interface IncrementalBuild {
  /** The folder to change: a copy of the live build, from SpareBuilds. */
  folder: FolderForRound;
  sites: SitesFolder;
  live: PublishedSite;
  renderer: SiteRenderer;
  siteUrl: string | null;
  maxPageDrop: number;
  livePages: number | null;
  stopwatch: Stopwatch;
}

/** A build folder made by a round, checked and ready to go live. */
export interface IncrementalResult {
  /** Its page files, as the integrity gate counted them. */
  pageFiles: Set<string>;
  images: ImageReferences;
  /** The redrawn pages: path → HTML. */
  redrawn: Map<string, string>;
  /** Every file written or removed, relative to the build folder ("client/news/a/index.html"). */
  changed: string[];
}

/**
 * Makes a new build folder from the live one with only the planned outputs redrawn or
 * removed, and checks it. Going live is the caller's step.
 * The live build is never written to.
 */
export async function makeIncrementalBuild(
  build: IncrementalBuild,
  planned: IncrementalPlan,
): Promise<IncrementalResult> {
  const { sites, renderer, stopwatch } = build;
  const drawn = new Map<string, string>();
  const images: StaticImage[] = [];
  for (const output of planned.written) {
    const page = await draw(renderer, planned.content, output);
    drawn.set(output, page.body);
    images.push(...page.images);
  }
  stopwatch.lap('draw');

  const { pages: pageFiles } = await build.folder.linked;
  stopwatch.lap('wait for the folder');
  const buildDir = sites.buildDir(build.folder.buildId);
  const siteDir = siteFilesOf(buildDir);
  const changed: string[] = [];
  const fileOf = (output: string) =>
    path.relative(siteDir, outputFile(siteDir, output)).split(path.sep).join('/');
  const change = (output: string) => changed.push(`${SITE_FILES}/${fileOf(output)}`);
  for (const [output, body] of drawn) {
    await replaceFile(outputFile(siteDir, output), body);
    change(output);
    if (fileOf(output).endsWith('.html')) pageFiles.add(fileOf(output));
  }
  for (const output of planned.removed) {
    await removeOutput(siteDir, output);
    change(output);
    pageFiles.delete(fileOf(output));
  }
  for (const image of await writeStaticImages(siteDir, images)) change(image);
  const pageChanges = new Map<string, string | null>([
    ...[...drawn].filter(([output]) => output.endsWith('/')),
    ...planned.removed.map((output): [string, null] => [output, null]),
  ]);
  const { references, unused } = build.live.images.after(pageChanges);
  for (const image of unused) {
    await removeOutput(siteDir, image);
    change(image);
  }

  const pages = new Map([...drawn].filter(([output]) => output.endsWith('/')));
  const problems = await checkRedrawnPages(siteDir, pages, build.siteUrl);
  if (problems.length) throw new Error(`the redrawn pages have problems: ${problems.slice(0, 5).join('; ')}`);
  const gate = await checkIntegrity(siteDir, build.livePages, build.maxPageDrop, pageFiles.size);
  if (gate.problem) throw new Error(gate.problem);
  stopwatch.lap('write and check');
  return { pageFiles, images: references, redrawn: pages, changed };
}

/** Keeps the content beside the build (never served), so a restarted service can carry on from it. */
export const saveContentSnapshot = (buildDir: string, content: SiteContent) =>
  replaceFile(path.join(buildDir, CONTENT_SNAPSHOT_FILE), contentSnapshot(content));
