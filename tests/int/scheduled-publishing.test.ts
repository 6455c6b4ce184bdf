import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleStatus } from '../../cms/src/schedule/status';
import { AdminApi } from '../helpers/admin-api';
import { inviteAdminUser } from '../helpers/admin-users';
import { startCms, type RunningCms } from '../helpers/cms';
import { databaseKinds } from '../helpers/databases';
import { graphql } from '../helpers/graphql';
import { waitFor } from '../helpers/ports';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

const ARTICLE = 'api::article.article';
const BRIEFING = 'api::campaign-briefing.campaign-briefing';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

let counter = 0;
const article = (overrides: Record<string, unknown> = {}) => {
  counter += 1;
  return {
    title: `Embargoed news ${counter}`,
    slug: `embargoed-news-${counter}-${Date.now()}`,
    summary: 'Goes out at a planned time.',
    body: [paragraph('The news itself.')],
    firstPublished: '2026-03-03',
    ...overrides,
  };
};

interface Scheduled {
  publishAt: string | null;
  unpublishAt: string | null;
  scheduleProblem: string | null;
  status: string;
}

/** Whether the site's token (published content only) can read the article. */
async function isLive(cms: RunningCms, documentId: string): Promise<boolean> {
  const result = await graphql<{ article: { documentId: string } | null }>(
    cms.url,
    'query ($id: ID!) { article(documentId: $id) { documentId } }',
    cms.token(),
    { id: documentId },
  );
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data?.article?.documentId === documentId;
}

/** This instance's scheduler, as a signed-in admin user reads it (an admin route). */
async function scheduleStatus(admin: AdminApi): Promise<ScheduleStatus> {
  const { status, body } = await admin.request<ScheduleStatus>('GET', '/schedule/status');
  if (status !== 200) throw new Error(`GET /schedule/status answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Waits until the instance `admin` is signed in to has finished a check that began after `since`: anything due by then is settled. */
const checkedSince = (admin: AdminApi, since: Date) =>
  waitFor(`the CMS to check the schedule after ${since.toISOString()}`, async () => {
    const check = (await scheduleStatus(admin)).lastCheck;
    return check?.finishedAt && new Date(check.startedAt) > since ? check : undefined;
  });

const liveWithin = (cms: RunningCms, documentId: string, live: boolean) =>
  waitFor(
    `article ${documentId} to be ${live ? 'live' : 'off the site'}`,
    async () => ((await isLive(cms, documentId)) === live ? true : undefined),
    { timeoutMs: 60_000 },
  );

describe.each(databaseKinds())('scheduled publishing on %s', (database) => {
  let cms: RunningCms;
  let admin: AdminApi;
  let webhook: WebhookReceiver;
  const entry = async (documentId: string, uid = ARTICLE) =>
    (await admin.get<Scheduled>(uid, documentId)).body.data;
  /** Waits for the webhook `event` about a document, then for a later check, and counts: a duplicate would have arrived by then. */
  const deliveries = async (event: string, documentId: string) => {
    await waitFor(`the ${event} webhook for ${documentId}`, async () =>
      webhook.count(event, documentId) > 0 ? true : undefined,
    );
    await checkedSince(admin, new Date());
    return webhook.count(event, documentId);
  };
  const draft = async (data: Record<string, unknown>, uid = ARTICLE) => {
    const created = await admin.createDraft(uid, data);
    if (created.status !== 201) throw new Error(`draft refused: ${JSON.stringify(created.body)}`);
    return created.body.data.documentId;
  };

  beforeAll(async () => {
    webhook = await startWebhookReceiver();
    cms = await startCms({
      database,
      seed: false,
      env: { ...webhook.cmsEnv, SCHEDULE_CHECK_SECONDS: '1' },
    });
    admin = await AdminApi.login(cms.url);
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
    await webhook?.stop();
  });

  it('tells signed-in admin users how this instance checks the schedule, and nobody else', async () => {
    expect(await scheduleStatus(admin)).toMatchObject({ checkEverySeconds: 1 });
    for (const [who, headers] of [
      ['anonymous', {}],
      ['the site build token', { Authorization: `Bearer ${cms.token()}` }],
    ] as const) {
      const response = await fetch(`${cms.url}/schedule/status`, { headers });
      expect(response.status, who).toBe(401);
      expect(await response.text(), who).not.toContain('lastCheck');
    }
    // The old public content-API address is gone, not merely protected.
    expect((await fetch(`${cms.url}/api/schedule/status`)).status).toBe(404);
  });

  it('publishes a draft at its Publish at time by itself, through the normal publish and its webhook', async () => {
    const documentId = await draft(article({ publishAt: secondsFromNow(3) }));
    expect((await entry(documentId)).status).toBe('draft');

    await liveWithin(cms, documentId, true);
    const published = await entry(documentId);
    expect(published.status).toBe('published');
    expect(published.publishAt).toBeNull();
    expect(await deliveries('entry.publish', documentId)).toBe(1);
  });

  it('schedules campaign briefings too', async () => {
    const documentId = await draft(
      {
        title: 'Response to the embargoed funding report',
        slug: `embargoed-briefing-${Date.now()}`,
        summary: 'Our response, out when the embargo lifts.',
        context: [paragraph('The report is published at 00:01.')],
        firstPublished: '2026-03-03',
        publishAt: secondsFromNow(2),
      },
      BRIEFING,
    );
    await waitFor('the briefing to be published', async () =>
      (await entry(documentId, BRIEFING)).status === 'published' ? true : undefined,
    );
    expect(await deliveries('entry.publish', documentId)).toBe(1);
  });

  it('leaves a draft scheduled for later alone, and the list says when it will publish', async () => {
    const publishAt = secondsFromNow(3600);
    const documentId = await draft(article({ publishAt }));
    await checkedSince(admin, new Date());

    expect(await isLive(cms, documentId)).toBe(false);
    const listed = await admin.list<Scheduled & { documentId: string }>(ARTICLE, 'pageSize=100');
    const row = listed.body.results.find((result) => result.documentId === documentId);
    expect(row?.status).toBe('draft');
    expect(new Date(row?.publishAt ?? '').toISOString()).toBe(publishAt);
  });

  it('cancels a schedule when Publish at is cleared', async () => {
    const publishAt = secondsFromNow(6);
    const documentId = await draft(article({ publishAt }));
    expect((await admin.update(ARTICLE, documentId, { publishAt: null })).status).toBe(200);
    await checkedSince(admin, new Date(publishAt));

    expect(await isLive(cms, documentId)).toBe(false);
    expect(await entry(documentId)).toMatchObject({ status: 'draft', publishAt: null });
    expect(webhook.count('entry.publish', documentId)).toBe(0);
  });

  it('keeps an invalid scheduled draft a draft and tells editors why, in the entry and in the list', async () => {
    const documentId = await draft(article({ body: [paragraph('')], publishAt: secondsFromNow(2) }));
    const failed = await waitFor('the reason the scheduled publish failed', async () => {
      const current = await entry(documentId);
      return current.scheduleProblem ? current : undefined;
    });

    expect(failed.status).toBe('draft');
    expect(failed.publishAt).toBeNull();
    expect(failed.scheduleProblem).toMatch(/^Not published at \d\d:\d\d on \w+day .* \(UK time\): /);
    expect(failed.scheduleProblem).toContain('Body is required');
    expect(await isLive(cms, documentId)).toBe(false);
    expect(webhook.count('entry.publish', documentId)).toBe(0);
    const listed = await admin.list<Scheduled & { documentId: string }>(ARTICLE, 'pageSize=100');
    expect(listed.body.results.find((row) => row.documentId === documentId)?.scheduleProblem).toBe(
      failed.scheduleProblem,
    );
  });

  it('keeps the reason out of an editor’s hands, and clears it when a new time is set', async () => {
    const documentId = await draft(article({ body: [paragraph('')], publishAt: secondsFromNow(1) }));
    const problem = await waitFor(
      'the scheduled publish to fail',
      async () => (await entry(documentId)).scheduleProblem ?? undefined,
    );

    await admin.update(ARTICLE, documentId, { scheduleProblem: 'edited by hand' });
    expect((await entry(documentId)).scheduleProblem).toBe(problem);
    await admin.update(ARTICLE, documentId, { publishAt: secondsFromNow(3600) });
    expect((await entry(documentId)).scheduleProblem).toBeNull();
  });

  it('refuses an Unpublish at that is not later than Publish at, naming both, and saves nothing', async () => {
    const data = article({ publishAt: secondsFromNow(3600), unpublishAt: secondsFromNow(1800) });
    const refused = await admin.createDraft(ARTICLE, data);

    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(
      /^Unpublish at \(.*\(UK time\)\) must be later than Publish at/,
    );
    const listed = await admin.list(ARTICLE, `filters[slug][$eq]=${data.slug}`);
    expect(listed.body.pagination.total).toBe(0);
  });

  it('publishing by hand before the time settles the schedule', async () => {
    const documentId = await draft(article({ publishAt: secondsFromNow(3600) }));
    expect((await admin.publish(ARTICLE, documentId)).status).toBe(200);
    expect(await entry(documentId)).toMatchObject({ status: 'published', publishAt: null });
  });

  it('unpublishes a published entry at its Unpublish at time', async () => {
    const created = await admin.createPublished(ARTICLE, article());
    const documentId = created.body.data.documentId;
    expect(await isLive(cms, documentId)).toBe(true);
    expect((await admin.update(ARTICLE, documentId, { unpublishAt: secondsFromNow(2) })).status).toBe(200);

    await liveWithin(cms, documentId, false);
    expect(await entry(documentId)).toMatchObject({ status: 'draft', unpublishAt: null });
    expect(await deliveries('entry.unpublish', documentId)).toBe(1);
  });

  it('refuses to publish by hand an entry whose Unpublish at has passed, saying so, and saves nothing', async () => {
    const documentId = await draft(article());
    const refused = await admin.publish(ARTICLE, documentId, { unpublishAt: secondsFromNow(-60) });

    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/^Unpublish at \(.*\(UK time\)\) has passed/);
    expect(await isLive(cms, documentId)).toBe(false);
    expect(await entry(documentId)).toMatchObject({ status: 'draft', unpublishAt: null });
  });

  it('publishes what fell due while it was down as soon as it starts again', async () => {
    // Checking only on the minute, an embargo at least 20 s before the next minute
    // cannot be caught before the CMS stops: it falls due while the CMS is down.
    cms.env.SCHEDULE_CHECK_SECONDS = '60';
    await cms.restart();
    const nextMinute = (time: number) => Math.ceil(time / 60_000) * 60_000;
    let due = Date.now() + 3000;
    if (nextMinute(due) - due < 20_000) due = nextMinute(due) + 3000;
    const documentId = await draft(article({ publishAt: new Date(due).toISOString() }));
    await cms.pause();
    if (Date.now() >= nextMinute(due))
      throw new Error('the CMS took 20 s to stop, past a check; the premise of this test failed');

    cms.env.SCHEDULE_CHECK_SECONDS = '1';
    await waitFor('the embargo to pass', async () => (Date.now() > due ? true : undefined));
    expect(webhook.count('entry.publish', documentId)).toBe(0);
    await cms.restart();
    admin = await AdminApi.login(cms.url);

    // The check at start runs before the CMS answers.
    expect(await isLive(cms, documentId)).toBe(true);
    expect(await entry(documentId)).toMatchObject({ status: 'published', publishAt: null });
    // Two restarts of the CMS and up to half a minute of waiting for the clock.
  }, 300_000);
});

describe.runIf(databaseKinds().includes('postgres'))('two CMS instances on one PostgreSQL', () => {
  let first: RunningCms;
  let second: RunningCms;
  let webhook: WebhookReceiver;

  beforeAll(async () => {
    webhook = await startWebhookReceiver();
    first = await startCms({
      database: 'postgres',
      seed: false,
      env: { ...webhook.cmsEnv, SCHEDULE_CHECK_SECONDS: '1' },
    });
    second = await startCms({ alongside: first });
  }, 300_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await webhook?.stop();
  });

  it('publishes each scheduled entry once, whichever instance gets there first', async () => {
    const admin = await AdminApi.login(first.url);
    const publishAt = secondsFromNow(4);
    const documentIds: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const created = await admin.createDraft(ARTICLE, article({ publishAt }));
      documentIds.push(created.body.data.documentId);
    }

    for (const documentId of documentIds) {
      await liveWithin(first, documentId, true);
      await waitFor(`the publish webhook for ${documentId}`, async () =>
        webhook.count('entry.publish', documentId) > 0 ? true : undefined,
      );
    }
    const allLive = new Date();
    await checkedSince(admin, allLive);
    await checkedSince(await AdminApi.login(second.url), allLive);

    for (const documentId of documentIds) expect(webhook.count('entry.publish', documentId)).toBe(1);
    const logged = (first.log() + second.log()).match(/schedule: published api::article\.article/g) ?? [];
    expect(logged).toHaveLength(documentIds.length);
  });
});

describe('roles made before scheduling existed', () => {
  let cms: RunningCms;
  let admin: AdminApi;

  interface RolePermission {
    action: string;
    subject: string | null;
    properties: { fields?: string[] } & Record<string, unknown>;
    conditions: string[];
  }
  const editorRole = async () => {
    const roles = await admin.request<{ data: { id: number; code: string }[] }>('GET', '/admin/roles');
    const role = roles.body.data.find((found) => found.code === 'strapi-editor');
    if (!role) throw new Error('no Editor role');
    return role.id;
  };
  const permissions = async (roleId: number) =>
    (await admin.request<{ data: RolePermission[] }>('GET', `/admin/roles/${roleId}/permissions`)).body.data;
  const articleFields = (all: RolePermission[], action: string) =>
    all.find((permission) => permission.subject === ARTICLE && permission.action === action)?.properties
      .fields ?? [];
  /** Sets the Editor role's article fields as an administrator does in Settings → Roles. */
  const setArticleFields = async (roleId: number, keep: (field: string) => boolean) => {
    const all = await permissions(roleId);
    const changed = all.map(({ action, subject, properties, conditions }) => ({
      action,
      subject,
      conditions,
      properties:
        subject === ARTICLE && properties.fields
          ? { ...properties, fields: properties.fields.filter(keep) }
          : properties,
    }));
    const response = await admin.request('PUT', `/admin/roles/${roleId}/permissions`, {
      permissions: changed,
    });
    if (response.status !== 200) throw new Error(`permissions refused: ${JSON.stringify(response.body)}`);
  };
  const scheduleFields = ['publishAt', 'unpublishAt', 'scheduleProblem'];
  const UPDATE = 'plugin::content-manager.explorer.update';

  beforeAll(async () => {
    cms = await startCms({ seed: false });
    admin = await AdminApi.login(cms.url);
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it('gives Editors the schedule fields on a role that has none of them, and leaves an administrator’s choice alone', async () => {
    const roleId = await editorRole();
    await setArticleFields(roleId, (field) => !scheduleFields.includes(field));
    expect(articleFields(await permissions(roleId), UPDATE)).not.toContain('publishAt');

    await cms.restart();
    admin = await AdminApi.login(cms.url);
    expect(articleFields(await permissions(roleId), UPDATE)).toEqual(expect.arrayContaining(scheduleFields));

    await setArticleFields(roleId, (field) => field !== 'publishAt' && field !== 'unpublishAt');
    await cms.restart();
    admin = await AdminApi.login(cms.url);
    const kept = articleFields(await permissions(roleId), UPDATE);
    expect(kept).toContain('scheduleProblem');
    expect(kept).not.toContain('publishAt');
  }, 300_000);
});

describe('who may schedule', () => {
  let cms: RunningCms;
  let admin: AdminApi;

  beforeAll(async () => {
    cms = await startCms({ seed: false });
    admin = await AdminApi.login(cms.url);
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it('refuses a new Publish at or Unpublish at from a role that may edit but not publish, and lets it clear one', async () => {
    const user = await inviteAdminUser(admin, cms.url, 'strapi-author', 'author@schedule.example.org');
    const author = await AdminApi.login(cms.url, user.email, user.password);

    const refused = await author.createDraft(ARTICLE, article({ publishAt: secondsFromNow(3600) }));
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toBe(
      'Publish at: your role may not publish articles, so it may not schedule them either. ' +
        'Clear Publish at, or ask an editor to schedule this.',
    );
    const saved = await author.createDraft(ARTICLE, article());
    expect(saved.status).toBe(201);
    const { documentId } = saved.body.data;
    const unpublish = await author.update(ARTICLE, documentId, { unpublishAt: secondsFromNow(7200) });
    expect(unpublish.status).toBe(400);
    expect(unpublish.body.error?.message).toMatch(/^Unpublish at: your role may not publish articles/);

    // Someone who may publish schedules the author's draft: the author may still edit
    // it (the form sends the time back unchanged) and may cancel the schedule.
    const publishAt = secondsFromNow(3600);
    expect((await admin.update(ARTICLE, documentId, { publishAt })).status).toBe(200);
    const edited = await author.update(ARTICLE, documentId, { summary: 'Edited by its author.', publishAt });
    expect(edited.status).toBe(200);
    expect((await author.update(ARTICLE, documentId, { publishAt: null })).status).toBe(200);
    const entry = (await admin.get<Scheduled>(ARTICLE, documentId)).body.data;
    expect(entry).toMatchObject({ status: 'draft', publishAt: null, summary: 'Edited by its author.' });
  });
});

describe.runIf(databaseKinds().includes('postgres'))('a scheduled publish the database holds up', () => {
  let cms: RunningCms;
  let admin: AdminApi;
  const databaseUrl = () => String(cms.env.DATABASE_URL);

  beforeAll(async () => {
    cms = await startCms({ database: 'postgres', seed: false, env: { SCHEDULE_CHECK_SECONDS: '1' } });
    // A statement kept waiting on a lock gives up after half a second, as on a busy server.
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      const name = new URL(databaseUrl()).pathname.slice(1);
      await client.query(`ALTER DATABASE ${name} SET lock_timeout = '500ms'`);
    } finally {
      await client.end();
    }
    await cms.restart();
    admin = await AdminApi.login(cms.url);
  }, 300_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it('keeps the schedule when publishing fails for a moment, and publishes at a later check', async () => {
    const created = await admin.createDraft(ARTICLE, article({ publishAt: secondsFromNow(2) }));
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    // Another connection holds the draft's row, so the scheduler's claim times out.
    const holder = new pg.Client({ connectionString: databaseUrl() });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(
        'SELECT id FROM articles WHERE document_id = $1 AND published_at IS NULL FOR UPDATE',
        [documentId],
      );
      await waitFor('the scheduler to fail and say it tries again', async () =>
        cms.log().includes(`could not publish ${ARTICLE} ${documentId}`) ? true : undefined,
      );
      const waiting = (await admin.get<Scheduled>(ARTICLE, documentId)).body.data;
      expect(waiting).toMatchObject({ status: 'draft', scheduleProblem: null });
      expect(waiting.publishAt).not.toBeNull();
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }

    await liveWithin(cms, documentId, true);
    expect((await admin.get<Scheduled>(ARTICLE, documentId)).body.data).toMatchObject({
      status: 'published',
      publishAt: null,
      scheduleProblem: null,
    });
    expect(cms.log().split(`schedule: published ${ARTICLE} ${documentId}`)).toHaveLength(2);
  });
});
