import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { startCms, type RunningCms } from '../helpers/cms';
import { freePort } from '../helpers/ports';
import { buildSite } from '../helpers/site';
import { setAlternativeText, uploadPicture } from '../helpers/uploads';

describe('a site build in trouble', () => {
  let cms: RunningCms;
  beforeAll(async () => {
    cms = await startCms();
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('fails, naming the URL, when the CMS is down', async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const site = await buildSite({ CMS_URL: deadUrl, CMS_API_TOKEN: cms.token() });
    site.remove();
    expect(site.ok).toBe(false);
    expect(site.output).toContain(`Cannot reach the CMS at ${deadUrl}/graphql`);
    expect(site.output).toContain('CMS_URL');
  });

  it('fails, saying where the token came from, when the token is wrong', async () => {
    const wrongTokenFile = path.join(cms.workDir, 'wrong-token.env');
    writeFileSync(wrongTokenFile, `CMS_URL=${cms.url}\nCMS_API_TOKEN=wrong-token\n`);
    const site = await buildSite({ CMS_TOKEN_FILE: wrongTokenFile });
    site.remove();
    expect(site.ok).toBe(false);
    expect(site.output).toContain(`The CMS at ${cms.url}/graphql refused the site's API token (HTTP 401)`);
    expect(site.output).toContain(wrongTokenFile);
  });

  it('builds again without its heap cap when astro outgrows it, and the site is whole', async () => {
    const site = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile, SITE_BUILD_HEAP_MIB: '16' });
    try {
      expect(site.ok).toBe(true);
      expect(site.output).toContain('astro build needs more than 16 MiB of heap (SITE_BUILD_HEAP_MIB)');
      expect(site.pages()).toContain('/news/');
      expect(site.exists('/pagefind/parts.json')).toBe(true);
    } finally {
      site.remove();
    }
  });

  it('fails with one line naming the setting when the heap cap is not a whole number of MiB', async () => {
    const site = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile, SITE_BUILD_HEAP_MIB: 'lots' });
    site.remove();
    expect(site.ok).toBe(false);
    expect(site.output).toMatch(
      /^Error: SITE_BUILD_HEAP_MIB must be a whole number from 16 to \d+ \(got "lots"\)$/m,
    );
    expect(site.output).not.toMatch(/^\s+at /m);
  });

  it('fails with one line naming the entry and field when an entry is invalid', async () => {
    const admin = await AdminApi.login(cms.url);
    const picture = await uploadPicture(cms.url, admin, 'cover.png', 'A blue square');
    const created = await admin.createPublished('api::article.article', {
      title: 'An article whose picture loses its description',
      slug: 'picture-loses-its-description',
      summary: 'Published with alternative text, which is then cleared in the Media Library.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Body.' }] }],
      firstPublished: '2026-02-01',
      coverImage: picture,
    });
    expect(created.status).toBe(200);
    await setAlternativeText(admin, picture, '');
    const site = await buildSite({ CMS_TOKEN_FILE: cms.tokenFile });
    site.remove();
    expect(site.ok).toBe(false);
    expect(site.output).toContain(
      `article "picture-loses-its-description" (documentId ${created.body.data.documentId}): coverImage.alternativeText:`,
    );
  });
});
