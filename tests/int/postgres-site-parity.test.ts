import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RunningCms } from '../helpers/cms';
import { databaseKinds } from '../helpers/databases';
import { graphql, isRefused } from '../helpers/graphql';
import { buildSite, pageText, type SiteBuild } from '../helpers/site';

// PostgreSQL is the production database: the same demo content must give the same site.
describe.skipIf(!databaseKinds().includes('postgres'))('the site built on PostgreSQL and on SQLite', () => {
  const cms: Partial<Record<'sqlite' | 'postgres', RunningCms>> = {};
  const sites: Partial<Record<'sqlite' | 'postgres', SiteBuild>> = {};

  beforeAll(async () => {
    for (const database of ['sqlite', 'postgres'] as const) {
      const running = await startCms({ database });
      cms[database] = running;
      const site = await buildSite({ CMS_TOKEN_FILE: running.tokenFile });
      sites[database] = site;
      if (!site.ok) throw new Error(`the ${database} build failed:\n${site.output.slice(-3000)}`);
    }
  }, 600_000);
  afterAll(async () => {
    for (const site of Object.values(sites)) site?.remove();
    for (const running of Object.values(cms)) await running?.stop();
  });

  it('has exactly the same pages', () => {
    expect(sites.postgres?.pages().sort()).toEqual(sites.sqlite?.pages().sort());
  });

  it('has the same words on every page', () => {
    for (const page of sites.sqlite?.pages() ?? []) {
      expect(pageText(sites.postgres?.read(page) ?? ''), page).toEqual(
        pageText(sites.sqlite?.read(page) ?? ''),
      );
    }
  });

  it('refuses anonymous reads of drafts on both', async () => {
    for (const running of Object.values(cms)) {
      const result = await graphql(running?.url ?? '', '{ articles(status: DRAFT) { title } }');
      expect(isRefused(result)).toBe(true);
    }
  });
});
