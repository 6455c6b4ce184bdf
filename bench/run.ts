import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContentSource, fetchSiteContent } from '@guildhall/content';
import { ensureCmsBuild, repoRoot } from '@guildhall/launch/cms-build';
import { AdminApi, accepted } from '../tests/helpers/admin-api';
import { startCms, type RunningCms } from '../tests/helpers/cms';
import { generatedArticle, publishGeneratedArticles } from '../tests/helpers/generated-content';
import {
  reserveRebuildService,
  startRebuilder,
  type RebuildServiceAddress,
} from '../tests/helpers/rebuilder';
import { buildBaseline } from './baseline';
import { measureDrift } from './drift';
import { ARTICLE, CHANGE_TIMEOUT_MS, measureEditing, publishedTopics, type Topic } from './editorial';
import { percentile } from './measure';
import { pageWeight } from './page-weights';
import { report, type SizeResult } from './report';
import { buildSite } from './site-build';

// `pnpm bench [--quick] [--with-10000] [--seeded=<dir>]`: prints figures, asserts nothing.
const args = new Set(process.argv.slice(2));
// Seeding 10,000 articles through the admin API takes half an hour: with --seeded, each size's
// seeded CMS (its database and uploaded files) is kept in <dir> and later runs start from a copy.
const seededOption = [...args].find((arg) => arg.startsWith('--seeded='));
const seededDir = seededOption ? path.resolve(seededOption.slice('--seeded='.length)) : null;
const sizes = args.has('--quick') ? [100] : [100, 1000, ...(args.has('--with-10000') ? [10_000] : [])];
// Half of them are taken down by unpublishing, half by deleting: ten samples of each.
const PUBLISHES = 20;
// A full build of the same content for the drift check costs as much as the build measured
// above; at 10,000 articles that is minutes more, for a figure the 1,000 run already gives.
const DRIFT_UP_TO = 1000;

async function benchSize(count: number): Promise<SizeResult> {
  const runId = `bench${count}`;
  const address = await reserveRebuildService();
  const work = mkdtempSync(path.join(tmpdir(), `guildhall-bench-${count}-`));
  // The CMS's state: its database and its uploads (the demo content's pictures), kept together.
  const state = path.join(work, 'cms');
  const seeded = seededDir && path.join(seededDir, `articles-${count}`);
  const fromSeeded = seeded !== null && existsSync(seeded);
  if (fromSeeded) cpSync(seeded, state, { recursive: true });
  else mkdirSync(path.join(state, 'public', 'uploads'), { recursive: true });
  const cms = await startCms({
    env: {
      REBUILD_WEBHOOK_URL: address.webhookUrl,
      REBUILD_WEBHOOK_SECRET: address.secret,
      DATABASE_FILENAME: path.join(state, 'data.db'),
      PUBLIC_DIR: path.join(state, 'public'),
    },
  });
  try {
    const admin = await AdminApi.login(cms.url);
    if (fromSeeded) await expectSeeded(admin, count, runId, seeded);
    else {
      const seeding = Date.now();
      await publishGeneratedArticles(admin, count, runId, 8);
      console.log(`bench: ${count} articles published in ${((Date.now() - seeding) / 1000).toFixed(0)} s`);
      if (seeded) {
        await cms.pause();
        cpSync(state, seeded, { recursive: true });
        await cms.restart();
      }
    }
    return await measureSize(count, runId, address, cms, admin, work);
  } catch (error) {
    // The end of the CMS's own output says whether it failed, or only the request did.
    console.error(`--- CMS output ---\n${cms.log().slice(-6000)}`);
    throw error;
  } finally {
    await cms.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A CMS kept by --seeded must hold exactly the articles seeding would publish; fails naming its folder if not. */
async function expectSeeded(admin: AdminApi, count: number, runId: string, folder: string) {
  const prefix = generatedArticle(0, runId).slug.replace(/0$/, '');
  const { pagination } = await accepted(
    `counting the generated articles of ${folder}`,
    admin.list(ARTICLE, `filters[slug][$startsWith]=${prefix}&pageSize=1`),
  );
  if (pagination.total !== count)
    throw new Error(
      `${folder} holds ${pagination.total} generated articles, not ${count}: delete it to seed again`,
    );
  console.log(`bench: ${count} articles from ${folder}`);
}

async function measureSize(
  count: number,
  runId: string,
  address: RebuildServiceAddress,
  cms: RunningCms,
  admin: AdminApi,
  work: string,
): Promise<SizeResult> {
  const source = createContentSource({ cmsUrl: cms.url, token: cms.token() });
  const fetchStarted = Date.now();
  await fetchSiteContent(source);
  const fetchMs = Date.now() - fetchStarted;

  const outDir = path.join(work, 'site');
  const build = await buildSite(outDir, cms.tokenFile);
  console.log(`bench: full build of ${count} articles in ${(build.ms / 1000).toFixed(0)} s`);
  const weights = [
    '/',
    '/news/',
    `/news/${generatedArticle(0, runId).slug}/`,
    '/campaigns/fair-funding-for-pupils-with-send/',
    '/membership/middle-leaders/',
    '/topics/send/',
  ].map((page) => pageWeight(path.join(outDir, 'client'), page));

  const baseline = await buildBaseline(count, runId);
  rmSync(baseline.dir, { recursive: true, force: true });

  // CMS_URL is what lets the service read changed entries itself and redraw single pages.
  const rebuilder = await startRebuilder(address, { CMS_URL: cms.url, CMS_TOKEN_FILE: cms.tokenFile });
  try {
    await rebuilder.settled(CHANGE_TIMEOUT_MS);
    const topics = await publishedTopics(admin);
    const editing = await measureEditing(admin, rebuilder, topics[0] as Topic, runId, PUBLISHES);
    console.log(`bench: ${PUBLISHES} publishes and take-downs at ${count} articles done`);
    const drift =
      count <= DRIFT_UP_TO ? await measureDrift(admin, rebuilder, topics, runId, cms.tokenFile, work) : null;
    return {
      count,
      fetchMs,
      graphqlRequests: source.requestCount,
      buildMs: build.ms,
      buildPeakBytes: build.peakBytes,
      baselineMs: baseline.ms,
      baselinePeakBytes: baseline.peakBytes,
      publishP50Ms: percentile(editing.publishMs, 0.5),
      publishP95Ms: percentile(editing.publishMs, 0.95),
      unpublishP50Ms: percentile(editing.unpublishMs, 0.5),
      unpublishP95Ms: percentile(editing.unpublishMs, 0.95),
      deleteP50Ms: percentile(editing.deleteMs, 0.5),
      deleteP95Ms: percentile(editing.deleteMs, 0.95),
      takeDownPagesP50Ms: percentile(editing.takeDownPagesMs, 0.5),
      takeDownPagesP95Ms: percentile(editing.takeDownPagesMs, 0.95),
      editingRounds: editing.rounds,
      drift,
      weights,
    };
  } catch (error) {
    console.error(`--- rebuild service output ---\n${rebuilder.log().slice(-6000)}`);
    throw error;
  } finally {
    await rebuilder.stop();
  }
}

/** Prints the figures so far and writes them, so a run that fails at a larger size keeps the smaller ones. */
function saveReport(results: SizeResult[], startedAt: string) {
  const { table, markdown } = report(results);
  console.log(table);
  const dir = path.join(repoRoot, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify({ at: startedAt, results }, null, 2);
  writeFileSync(path.join(dir, `${startedAt.replace(/[:.]/g, '-')}.json`), json);
  writeFileSync(path.join(dir, 'latest.json'), json);
  writeFileSync(path.join(dir, 'latest.md'), markdown);
}

ensureCmsBuild();
const startedAt = new Date().toISOString();
const results: SizeResult[] = [];
for (const count of sizes) {
  results.push(await benchSize(count));
  saveReport(results, startedAt);
}
