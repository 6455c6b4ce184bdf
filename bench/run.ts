import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContentSource, fetchSiteContent } from '@guildhall/content';
import { ensureCmsBuild, repoRoot } from '../scripts/lib/cms-build.mjs';
import { AdminApi } from '../tests/helpers/admin-api';
import { startCms } from '../tests/helpers/cms';
import { generatedArticle, publishGeneratedArticles } from '../tests/helpers/generated-content';
import { waitFor } from '../tests/helpers/ports';
import { reserveRebuildService, startRebuilder } from '../tests/helpers/rebuilder';
import { SITE_URL } from '../tests/helpers/site';
import { buildBaseline } from './baseline';
import { measure, percentile } from './measure';
import { pageWeight } from './page-weights';
import { report, type SizeResult } from './report';

// `pnpm bench [--quick] [--with-10000] [--publish-at-10000]`: prints figures, asserts nothing.
const args = new Set(process.argv.slice(2));
const sizes = args.has('--quick') ? [100] : [100, 1000, ...(args.has('--with-10000') ? [10_000] : [])];
const PUBLISHES = 10;

async function benchSize(count: number): Promise<SizeResult> {
  const runId = `bench${count}`;
  const address = await reserveRebuildService();
  const cms = await startCms({
    env: { REBUILD_WEBHOOK_URL: address.webhookUrl, REBUILD_WEBHOOK_SECRET: address.secret },
  });
  const work = mkdtempSync(path.join(tmpdir(), `guildhall-bench-${count}-`));
  try {
    const admin = await AdminApi.login(cms.url);
    const seeding = Date.now();
    await publishGeneratedArticles(admin, count, runId, 8);
    console.log(`bench: ${count} articles published in ${((Date.now() - seeding) / 1000).toFixed(0)} s`);

    const source = createContentSource({ cmsUrl: cms.url, token: cms.token() });
    const fetchStarted = Date.now();
    await fetchSiteContent(source);
    const fetchMs = Date.now() - fetchStarted;

    const outDir = path.join(work, 'site');
    const build = await measure('pnpm --filter site run build:pages', repoRoot, {
      ...process.env,
      SITE_URL,
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: path.join(work, 'cache'),
      CMS_TOKEN_FILE: cms.tokenFile,
      CMS_URL: '',
      CMS_API_TOKEN: '',
    });
    if (!build.ok) throw new Error(`site build failed:\n${build.output.slice(-3000)}`);
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

    const publishMs: number[] = [];
    if (count < 10_000 || args.has('--publish-at-10000')) {
      const rebuilder = await startRebuilder(address, {
        CMS_TOKEN_FILE: cms.tokenFile,
        SITES_DIR: path.join(work, 'sites'),
      });
      try {
        await rebuilder.settled(900_000);
        for (let index = 0; index < PUBLISHES; index += 1) {
          const article = generatedArticle(100_000 + index, runId);
          const started = Date.now();
          await admin.createPublished('api::article.article', article);
          await waitFor(
            'the published page',
            async () => ((await fetch(`${rebuilder.url}/news/${article.slug}/`)).ok ? true : undefined),
            {
              timeoutMs: 900_000,
              intervalMs: 100,
            },
          );
          publishMs.push(Date.now() - started);
          await rebuilder.settled(900_000);
        }
      } finally {
        await rebuilder.stop();
      }
    }
    return {
      count,
      fetchMs,
      graphqlRequests: source.requestCount,
      buildMs: build.ms,
      buildPeakBytes: build.peakBytes,
      baselineMs: baseline.ms,
      baselinePeakBytes: baseline.peakBytes,
      publishP50Ms: publishMs.length ? percentile(publishMs, 0.5) : null,
      publishP95Ms: publishMs.length ? percentile(publishMs, 0.95) : null,
      weights,
    };
  } finally {
    await cms.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

ensureCmsBuild();
const results: SizeResult[] = [];
for (const count of sizes) results.push(await benchSize(count));

const { table, markdown } = report(results);
console.log(table);
const dir = path.join(repoRoot, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const json = JSON.stringify({ at: new Date().toISOString(), results }, null, 2);
writeFileSync(path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`), json);
writeFileSync(path.join(dir, 'latest.json'), json);
writeFileSync(path.join(dir, 'latest.md'), markdown);
