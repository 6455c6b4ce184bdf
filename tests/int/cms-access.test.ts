import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type RunningCms } from '../helpers/cms';
import { databaseKinds } from '../helpers/databases';
import { graphql, isRefused } from '../helpers/graphql';

// Strapi answers 401 (no credentials) or 403 (not allowed); both are a refusal.
const refused = [401, 403];

const collections = ['articles', 'campaign-briefings', 'membership-categories', 'topics', 'authors'];

describe.each(databaseKinds())('access rules on %s', (database) => {
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await startCms({ database });
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
    expect(JSON.stringify(result.data)).not.toContain('DRAFT-CANARY');
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
