import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_TOKEN_NAME } from '../../cms/src/site-tokens';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { databaseKinds } from '../helpers/databases';

const secret = () => randomBytes(32).toString('hex');

// What a token gets for published content and for drafts (HTTP statuses).
async function reads(cms: RunningCms, token: string) {
  const status = async (path: string) =>
    (await fetch(`${cms.url}${path}`, { headers: { Authorization: `Bearer ${token}` } })).status;
  return { published: await status('/api/topics'), drafts: await status('/api/topics?status=draft') };
}

const buildReads = { published: 200, drafts: 403 };
const previewReads = { published: 200, drafts: 200 };

describe.each(databaseKinds())('the site tokens the CMS provisions, on %s', (database) => {
  describe('written to the token file', () => {
    let cms: RunningCms;
    beforeAll(async () => {
      cms = await startCms({ database, seed: false });
    });
    afterAll(async () => {
      await cms?.stop();
    });

    it('keeps the same build and preview tokens across a restart', async () => {
      const [build, preview] = [cms.token(), cms.previewToken()];
      expect(build).not.toBe(preview);
      await cms.restart();
      expect([cms.token(), cms.previewToken()]).toEqual([build, preview]);
      expect(await reads(cms, build)).toEqual(buildReads);
      expect(await reads(cms, preview)).toEqual(previewReads);
    });

    it('writes a new preview token after it is regenerated in the admin and the CMS restarts', async () => {
      const [build, preview] = [cms.token(), cms.previewToken()];
      const admin = await AdminApi.login(cms.url);
      const tokens = await admin.request<{ data: { id: number; name: string }[] }>(
        'GET',
        '/admin/api-tokens',
      );
      const id = tokens.body.data.find((token) => token.name === PREVIEW_TOKEN_NAME)?.id;
      expect((await admin.request('POST', `/admin/api-tokens/${id}/regenerate`)).status).toBe(201);
      await cms.restart();
      expect(cms.previewToken()).not.toBe(preview);
      expect(cms.token()).toBe(build);
      expect(await reads(cms, cms.previewToken())).toEqual(previewReads);
      expect((await reads(cms, preview)).published).toBe(401);
    });

    it('makes the stored preview token match CMS_PREVIEW_TOKEN once it is set, and leaves it out of the file', async () => {
      const [build, preview] = [cms.token(), cms.previewToken()];
      const fromEnv = secret();
      cms.env.CMS_PREVIEW_TOKEN = fromEnv;
      await cms.restart();
      expect(readFileSync(cms.tokenFile, 'utf8')).not.toMatch(/^CMS_PREVIEW_TOKEN=/m);
      expect(cms.token()).toBe(build);
      expect(await reads(cms, fromEnv)).toEqual(previewReads);
      expect((await reads(cms, preview)).published).toBe(401);
    });
  });

  it('takes both tokens from CMS_SITE_TOKEN and CMS_PREVIEW_TOKEN and writes no token file', async () => {
    const env = { CMS_SITE_TOKEN: secret(), CMS_PREVIEW_TOKEN: secret() };
    const cms = await startCms({ database, seed: false, env });
    try {
      expect(existsSync(cms.tokenFile)).toBe(false);
      expect(await reads(cms, env.CMS_SITE_TOKEN)).toEqual(buildReads);
      expect(await reads(cms, env.CMS_PREVIEW_TOKEN)).toEqual(previewReads);
    } finally {
      await cms.stop();
    }
  });
});
