import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { databaseKinds } from '../helpers/databases';
import { getGraphql, graphql, isRefused, postGraphql, type GraphqlResult } from '../helpers/graphql';
import { CANARY_MARKER } from '../../cms/src/seed/canaries';

// Strapi answers 401 (no credentials) or 403 (not allowed); both are a refusal.
const refused = [401, 403];

const collections = ['articles', 'campaign-briefings', 'membership-categories', 'topics', 'authors'];

const CANARY = CANARY_MARKER;
const PREVIEW_ORIGIN = 'https://preview.nusl.example';
const LIVE_SITE_ORIGIN = 'https://www.nusl.example';
const draftRefusal = /Only the site preview token may read drafts/;

// Every main type's draft-only canary (cms/src/seed/canaries.ts), in one GraphQL query.
const allDraftsQuery = `query Drafts($status: PublicationStatus) {
  articles(status: $status, pagination: { limit: 100 }) { title }
  campaignBriefings(status: $status, pagination: { limit: 100 }) { title }
  membershipCategories(status: $status, pagination: { limit: 100 }) { name }
  topics(status: $status, pagination: { limit: 100 }) { name }
  authors(status: $status, pagination: { limit: 100 }) { name }
}`;

// A draft request the site build token makes is refused outright, naming the rule, and
// nothing of the drafts comes back.
function expectDraftRefusal(result: GraphqlResult): void {
  expect(result.status).toBe(403);
  expect(result.errors?.[0]?.message).toMatch(draftRefusal);
  expect(JSON.stringify(result)).not.toContain(CANARY);
}

describe.each(databaseKinds())('access rules on %s', (database) => {
  let cms: RunningCms;
  let canaryArticleId: string;
  beforeAll(async () => {
    cms = await startCms({
      database,
      env: { PREVIEW_URL: PREVIEW_ORIGIN, LIVE_SITE_URL: `${LIVE_SITE_ORIGIN}/` },
    });
    const found = await graphql<{ articles: { documentId: string }[] }>(
      cms.url,
      '{ articles(status: DRAFT, filters: { slug: { eq: "draft-canary-article" } }) { documentId } }',
      cms.previewToken(),
    );
    const id = found.data?.articles[0]?.documentId;
    if (!id) throw new Error(`the preview token found no draft canary article: ${JSON.stringify(found)}`);
    canaryArticleId = id;
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const rest = (path: string, init: RequestInit = {}, token?: string) =>
    fetch(`${cms.url}${path}`, {
      ...init,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });

  it.each(
    collections.flatMap((name) => [
      `/api/${name}`,
      `/api/${name}?status=draft`,
      `/api/${name}?status=published`,
    ]),
  )('refuses an anonymous REST read of %s', async (path) => {
    expect(refused).toContain((await rest(path)).status);
  });

  it.each(['/api/site-setting', '/api/site-setting?status=draft', '/api/upload/files', '/api/users'])(
    'refuses an anonymous REST read of %s',
    async (path) => {
      expect(refused).toContain((await rest(path)).status);
    },
  );

  it.each(collections)('refuses anonymous REST writes to %s', async (name) => {
    const body = JSON.stringify({ data: { title: 'Anonymous', name: 'Anonymous' } });
    expect(refused).toContain((await rest(`/api/${name}`, { method: 'POST', body })).status);
    expect(refused).toContain((await rest(`/api/${name}/any-id`, { method: 'PUT', body })).status);
    expect(refused).toContain((await rest(`/api/${name}/any-id`, { method: 'DELETE' })).status);
  });

  it('lets only the configured origins call the API from a browser, never any origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${cms.url}/api/articles`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
      });
    for (const origin of [PREVIEW_ORIGIN, LIVE_SITE_ORIGIN]) {
      const allowed = await preflight(origin);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    }
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses anonymous sign-up and login', async () => {
    const register = await rest('/api/auth/local/register', {
      method: 'POST',
      body: JSON.stringify({ username: 'someone', email: 'someone@example.org', password: 'Password123' }),
    });
    expect(refused).toContain(register.status);
    const login = await rest('/api/auth/local', {
      method: 'POST',
      body: JSON.stringify({ identifier: 'someone', password: 'Password123' }),
    });
    expect(refused).toContain(login.status);
  });

  it.each([
    ['published articles', '{ articles { title } }'],
    ['draft articles', '{ articles(status: DRAFT) { title } }'],
    ['draft briefings', '{ campaignBriefings(status: DRAFT) { title } }'],
    ['draft categories', '{ membershipCategories(status: DRAFT) { name } }'],
    ['the site settings', '{ siteSetting { siteName } }'],
    ['draft topics', '{ topics_connection(status: DRAFT) { nodes { name } } }'],
  ])('refuses an anonymous GraphQL query for %s', async (_name, query) => {
    const result = await graphql(cms.url, query);
    expect(isRefused(result)).toBe(true);
    expect(JSON.stringify(result.data ?? {})).not.toContain('CANARY');
  });

  it('refuses an anonymous GraphQL mutation', async () => {
    const result = await graphql(
      cms.url,
      'mutation { createTopic(data: { name: "Anonymous", slug: "anonymous" }) { documentId } }',
    );
    expect(isRefused(result)).toBe(true);
  });

  it('lets the site token read published content over GraphQL and REST', async () => {
    const result = await graphql<{
      articles_connection: { nodes: { title: string }[]; pageInfo: { total: number } };
    }>(
      cms.url,
      '{ articles_connection(status: PUBLISHED, pagination: { pageSize: 100 }) { nodes { title } pageInfo { total } } }',
      cms.token(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.articles_connection.pageInfo.total).toBeGreaterThanOrEqual(8);
    expect((await rest('/api/articles', {}, cms.token())).status).toBe(200);
  });

  it.each([
    ...[...collections, 'site-setting'].map((name) => `/api/${name}?status=draft`),
    '/api/articles/{canary}?status=draft',
    '/api/articles?publicationState=preview',
  ])('refuses the site build token a REST read of drafts at %s', async (template) => {
    const response = await rest(template.replace('{canary}', canaryArticleId), {}, cms.token());
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(JSON.parse(body).error.message).toMatch(draftRefusal);
    expect(body).not.toContain(CANARY);
  });

  it.each<[string, string, Record<string, unknown>?]>([
    ['written in the query', '{ articles(status: DRAFT) { title } }'],
    ['through a variable', allDraftsQuery, { status: 'DRAFT' }],
    [
      'through a variable default',
      'query ($status: PublicationStatus = DRAFT) { authors(status: $status) { name } }',
    ],
    ['on a _connection query', '{ topics_connection(status: DRAFT) { nodes { name } } }'],
    ['on the site settings', '{ siteSetting(status: DRAFT) { siteName } }'],
    [
      'beside published reads, under an alias in a fragment',
      '{ articles { title } ...Drafts } fragment Drafts on Query { drafts: membershipCategories(status: DRAFT) { name } }',
    ],
  ])('refuses the site build token GraphQL drafts asked %s', async (_how, query, variables) => {
    expectDraftRefusal(await graphql(cms.url, query, cms.token(), variables));
  });

  it('refuses the site build token one draft document by its documentId over GraphQL', async () => {
    const query = 'query ($id: ID!) { article(documentId: $id, status: DRAFT) { title } }';
    expectDraftRefusal(await graphql(cms.url, query, cms.token(), { id: canaryArticleId }));
  });

  it('refuses the site build token GraphQL drafts asked in a GET, literally or through a variable', async () => {
    expectDraftRefusal(
      await getGraphql(cms.url, '{ campaignBriefings(status: DRAFT) { title } }', cms.token()),
    );
    expectDraftRefusal(await getGraphql(cms.url, allDraftsQuery, cms.token(), { status: 'DRAFT' }));
  });

  it('refuses the site build token a batch of GraphQL requests when one asks for drafts', async () => {
    const batch = [{ query: '{ articles { title } }' }, { query: '{ topics(status: DRAFT) { name } }' }];
    expectDraftRefusal(await postGraphql(cms.url, batch, cms.token()));
  });

  it('does not run a persisted draft query for the site build token by its hash', async () => {
    const query = '{ articles(status: DRAFT) { title } }';
    const extensions = {
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
    };
    // Were persisted queries on, the preview token's request would store the query...
    await postGraphql(cms.url, { query, extensions }, cms.previewToken());
    // ...and the hash alone, with no query text to check, would run it for anyone.
    const byHash = await postGraphql(cms.url, { extensions }, cms.token());
    expect(JSON.stringify(byHash)).not.toContain(CANARY);
    expect(byHash.errors?.length).toBeGreaterThan(0);
  });

  it('lets the preview token read the DRAFT-CANARY drafts over REST', async () => {
    for (const name of collections) {
      const response = await rest(
        `/api/${name}?status=draft&pagination[pageSize]=100`,
        {},
        cms.previewToken(),
      );
      expect(response.status, name).toBe(200);
      expect(await response.text(), name).toContain(CANARY);
    }
    const one = await rest(`/api/articles/${canaryArticleId}?status=draft`, {}, cms.previewToken());
    expect(one.status).toBe(200);
    expect(await one.text()).toContain(`${CANARY} article`);
  });

  it('lets the preview token read the DRAFT-CANARY drafts over GraphQL, in a POST or a GET', async () => {
    for (const result of [
      await graphql(cms.url, allDraftsQuery, cms.previewToken(), { status: 'DRAFT' }),
      await getGraphql(cms.url, allDraftsQuery, cms.previewToken(), { status: 'DRAFT' }),
    ]) {
      expect(result.errors).toBeUndefined();
      for (const [type, entries] of Object.entries(result.data ?? {})) {
        expect(JSON.stringify(entries), type).toContain(CANARY);
      }
    }
    const one = await graphql<{ article: { title: string } | null }>(
      cms.url,
      'query ($id: ID!) { article(documentId: $id, status: DRAFT) { title } }',
      cms.previewToken(),
      { id: canaryArticleId },
    );
    expect(one.data?.article?.title).toBe(`${CANARY} article`);
  });

  it('does not let the preview token write, drafts included, and a refused write changes nothing', async () => {
    const token = cms.previewToken();
    const body = JSON.stringify({ data: { title: 'Written by the preview token', name: 'Written' } });
    expect(refused).toContain(
      (await rest('/api/topics?status=draft', { method: 'POST', body }, token)).status,
    );
    expect(refused).toContain(
      (await rest(`/api/articles/${canaryArticleId}?status=draft`, { method: 'PUT', body }, token)).status,
    );
    for (const mutation of [
      'mutation { createTopic(data: { name: "Preview", slug: "preview" }, status: DRAFT) { documentId } }',
      `mutation { updateArticle(documentId: "${canaryArticleId}", data: { title: "Preview" }, status: DRAFT) { title } }`,
    ]) {
      expect(isRefused(await graphql(cms.url, mutation, token)), mutation).toBe(true);
    }
    const after = await graphql(cms.url, allDraftsQuery, token, { status: 'DRAFT' });
    expect(JSON.stringify(after.data)).toContain(`${CANARY} article`);
    expect(JSON.stringify(after.data)).not.toMatch(/Written|Preview/);
  });

  it('still shows editors the drafts in the admin', async () => {
    const admin = await AdminApi.login(cms.url);
    const listed = await admin.list<{ title: string; status: string }>(
      'api::article.article',
      'pageSize=100',
    );
    expect(listed.status).toBe(200);
    expect(listed.body.results.find((entry) => entry.title.includes(CANARY))?.status).toBe('draft');
    const opened = await admin.request<{ data: { title: string } }>(
      'GET',
      `/content-manager/collection-types/api::article.article/${canaryArticleId}?status=draft`,
    );
    expect(opened.status).toBe(200);
    expect(opened.body.data.title).toBe(`${CANARY} article`);
  });

  it('never returns a DRAFT-CANARY entry to a PUBLISHED query', async () => {
    const query = `{
      articles(status: PUBLISHED, pagination: { limit: 100 }) { title summary }
      campaignBriefings(status: PUBLISHED, pagination: { limit: 100 }) { title summary }
      membershipCategories(status: PUBLISHED, pagination: { limit: 100 }) { name strapline }
      topics(status: PUBLISHED, pagination: { limit: 100 }) { name description }
      authors(status: PUBLISHED, pagination: { limit: 100 }) { name role }
    }`;
    const result = await graphql(cms.url, query, cms.token());
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('Middle leaders');
    expect(JSON.stringify(result.data)).not.toContain(CANARY);
  });

  it('does not let the site token write', async () => {
    const token = cms.token();
    const body = JSON.stringify({ data: { name: 'Written by the token', slug: 'written-by-the-token' } });
    expect(refused).toContain((await rest('/api/topics', { method: 'POST', body }, token)).status);
    const mutation = await graphql(
      cms.url,
      'mutation { createTopic(data: { name: "Token", slug: "token" }) { documentId } }',
      token,
    );
    expect(isRefused(mutation)).toBe(true);
    expect(refused).toContain((await rest('/api/users', {}, token)).status);
  });

  it('refuses a request with a wrong token', async () => {
    expect((await rest('/api/articles', {}, 'not-the-token')).status).toBe(401);
  });

  it('caps GraphQL page size at the configured maximum', async () => {
    const result = await graphql<{ articles_connection: { pageInfo: { pageSize: number } } }>(
      cms.url,
      '{ articles_connection(status: PUBLISHED, pagination: { pageSize: 1000 }) { pageInfo { pageSize } } }',
      cms.token(),
    );
    expect(result.data?.articles_connection.pageInfo.pageSize).toBe(100);
  });

  it('refuses queries nested deeper than the depth limit', async () => {
    // Depth 7; the site's own queries go 4 deep.
    const deep =
      '{ articles { topics { articles { topics { articles { topics { articles { topics { name } } } } } } } } }';
    const result = await graphql(cms.url, deep, cms.token());
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('has GraphQL introspection switched off in production', async () => {
    const result = await graphql(cms.url, '{ __schema { types { name } } }', cms.token());
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data?.__schema).toBeUndefined();
  });
});
