import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir } from '@guildhall/launch/cms-build';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { databaseKinds } from '../helpers/databases';
import { graphql } from '../helpers/graphql';
import { CANARY_MARKER } from '../../cms/src/seed/canaries';

const run = promisify(execFile);

interface Counts {
  [type: string]: number;
}

const countQuery = `{
  membershipCategories_connection(status: PUBLISHED) { pageInfo { total } }
  articles_connection(status: PUBLISHED) { pageInfo { total } }
  campaignBriefings_connection(status: PUBLISHED) { pageInfo { total } }
  topics_connection(status: PUBLISHED) { pageInfo { total } }
  authors_connection(status: PUBLISHED) { pageInfo { total } }
}`;

async function publishedCounts(cms: RunningCms): Promise<Counts> {
  const result = await graphql<Record<string, { pageInfo: { total: number } }>>(
    cms.url,
    countQuery,
    cms.token(),
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(
    Object.entries(result.data ?? {}).map(([key, value]) => [key, value.pageInfo.total]),
  );
}

const draftUids = [
  'api::article.article',
  'api::campaign-briefing.campaign-briefing',
  'api::membership-category.membership-category',
  'api::topic.topic',
  'api::author.author',
];

describe.each(databaseKinds())('demo content on %s', (database) => {
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await startCms({ database });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('fills an empty database on first start', async () => {
    const counts = await publishedCounts(cms);
    expect(counts.membershipCategories_connection).toBeGreaterThanOrEqual(3);
    expect(counts.articles_connection).toBeGreaterThanOrEqual(8);
    expect(counts.campaignBriefings_connection).toBeGreaterThanOrEqual(2);
    expect(counts.topics_connection).toBeGreaterThanOrEqual(3);
    expect(counts.authors_connection).toBeGreaterThanOrEqual(2);
  });

  it('gives every membership category roles, join contacts and three help areas', async () => {
    const result = await graphql<{
      membershipCategories: {
        slug: string;
        eligibleRoles: unknown[];
        join: { phone: string; email: string } | null;
        helpAreas: unknown[];
      }[];
    }>(
      cms.url,
      '{ membershipCategories(status: PUBLISHED) { slug eligibleRoles { name } join { phone email joinUrl } helpAreas { title } } }',
      cms.token(),
    );
    const categories = result.data?.membershipCategories ?? [];
    expect(categories.map((category) => category.slug)).toEqual(
      expect.arrayContaining(['middle-leaders', 'school-business-leaders', 'headteachers']),
    );
    for (const category of categories) {
      expect(category.eligibleRoles.length, category.slug).toBeGreaterThan(0);
      expect(category.join?.phone, category.slug).toBeTruthy();
      expect(category.join?.email, category.slug).toMatch(/@/);
      expect(category.helpAreas, category.slug).toHaveLength(3);
    }
  });

  it('includes a long adviser summary with sections, lists, a nested list, a quote and links', async () => {
    const result = await graphql<{
      articles: { body: { type: string; level?: number; children?: unknown[] }[] }[];
    }>(
      cms.url,
      '{ articles(filters: { slug: { eq: "send-code-of-practice-what-leaders-need-to-know" } }) { body } }',
      cms.token(),
    );
    const body = result.data?.articles[0]?.body ?? [];
    const json = JSON.stringify(body);
    expect(
      body.filter((block) => block.type === 'heading' && block.level === 2).length,
    ).toBeGreaterThanOrEqual(5);
    expect(body.some((block) => block.type === 'heading' && block.level === 3)).toBe(true);
    expect(json).toContain('"format":"unordered"');
    expect(json).toContain('"format":"ordered"');
    expect(
      body.some((block) => block.type === 'list' && JSON.stringify(block.children).includes('"type":"list"')),
    ).toBe(true);
    expect(body.some((block) => block.type === 'quote')).toBe(true);
    expect(json).toMatch(/"url":"https:\/\//);
    expect(json).toContain('"url":"mailto:');
  });

  it('gives briefings a source report and five or more recommendation and action groups', async () => {
    const result = await graphql<{
      campaignBriefings: {
        sourceReport: { title: string; quote: string } | null;
        recommendations: unknown[];
        callsToAction: unknown[];
      }[];
    }>(
      cms.url,
      '{ campaignBriefings { sourceReport { title quote } recommendations { heading points { text } } callsToAction { heading points { text } } } }',
      cms.token(),
    );
    for (const briefing of result.data?.campaignBriefings ?? []) {
      expect(briefing.sourceReport?.quote).toBeTruthy();
      expect(briefing.recommendations.length).toBeGreaterThanOrEqual(5);
      expect(briefing.callsToAction.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('processes a cover image through the CMS with its alternative text', async () => {
    const result = await graphql<{
      articles: { coverImage: { url: string; alternativeText: string; formats: unknown } | null }[];
    }>(
      cms.url,
      '{ articles(pagination: { limit: 100 }) { coverImage { url alternativeText formats } } }',
      cms.token(),
    );
    const covers = (result.data?.articles ?? []).flatMap((article) =>
      article.coverImage ? [article.coverImage] : [],
    );
    expect(covers.length).toBeGreaterThanOrEqual(1);
    expect(covers[0]?.alternativeText).toBeTruthy();
    expect(covers[0]?.formats).toBeTruthy();
    expect((await fetch(`${cms.url}${covers[0]?.url}`)).status).toBe(200);
  });

  it('keeps one DRAFT-CANARY draft of each main type, never published', async () => {
    const admin = await AdminApi.login(cms.url);
    for (const uid of draftUids) {
      const { body } = await admin.list<{ status: string; title?: string; name?: string }>(
        uid,
        'pageSize=100',
      );
      const canaries = body.results.filter((entry) => `${entry.title ?? entry.name}`.includes(CANARY_MARKER));
      expect(canaries, uid).toHaveLength(1);
      expect(canaries[0]?.status, uid).toBe('draft');
    }
  });

  it('re-runs the seed without duplicating anything', async () => {
    const before = await publishedCounts(cms);
    await cms.pause();
    const { stdout } = await run('node', [path.join(cmsDir, 'scripts', 'seed.mjs')], {
      cwd: cmsDir,
      env: cms.env,
      timeout: 180_000,
    });
    expect(stdout).toMatch(/seed: done \(0 created, \d+ already there\)/);
    await cms.restart();
    expect(await publishedCounts(cms)).toEqual(before);
  });
});
