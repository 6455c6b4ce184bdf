import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminApi } from '../helpers/admin-api';
import { inviteAdminUser, type AdminUser } from '../helpers/admin-users';
import { runWithStrapi, startCms, type RunningCms } from '../helpers/cms';

const REDIRECT = 'api::redirect.redirect';

interface RolePermission {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

describe('who may change redirects', () => {
  let cms: RunningCms;
  let admin: AdminApi;
  let editor: AdminUser;
  let author: AdminUser;
  const signIn = (user: AdminUser) => AdminApi.login(cms.url, user.email, user.password);

  const editorRoleId = async () => {
    const roles = await admin.request<{ data: { id: number; code: string }[] }>('GET', '/admin/roles');
    const role = roles.body.data.find((found) => found.code === 'strapi-editor');
    if (!role) throw new Error('no Editor role');
    return role.id;
  };
  /** Takes every redirect permission away from the Editor role, as an administrator does in Settings → Roles. */
  const takeRedirectsFromEditors = async () => {
    const roleId = await editorRoleId();
    const all = await admin.request<{ data: RolePermission[] }>('GET', `/admin/roles/${roleId}/permissions`);
    const permissions = all.body.data
      .filter((permission) => permission.subject !== REDIRECT)
      .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
    const response = await admin.request('PUT', `/admin/roles/${roleId}/permissions`, { permissions });
    if (response.status !== 200) throw new Error(`permissions refused: ${JSON.stringify(response.body)}`);
  };
  const restart = async () => {
    await cms.restart();
    admin = await AdminApi.login(cms.url);
  };

  beforeAll(async () => {
    cms = await startCms({ seed: false });
    admin = await AdminApi.login(cms.url);
    editor = await inviteAdminUser(admin, cms.url, 'strapi-editor', 'editor@redirects.example.org');
    author = await inviteAdminUser(admin, cms.url, 'strapi-author', 'author@redirects.example.org');
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it('lets Editors manage redirects, and Authors, who cannot publish, only see them', async () => {
    const asEditor = await signIn(editor);
    const made = await asEditor.createDraft(REDIRECT, { from: '/made-by-an-editor/', to: '/news/' });
    expect(made.status).toBe(201);
    const { documentId } = made.body.data;
    expect((await asEditor.update(REDIRECT, documentId, { note: 'Checked.' })).status).toBe(200);

    const asAuthor = await signIn(author);
    const seen = await asAuthor.list<{ from: string }>(REDIRECT);
    expect(seen.status).toBe(200);
    expect(seen.body.results.map((redirect) => redirect.from)).toContain('/made-by-an-editor/');
    expect((await asAuthor.createDraft(REDIRECT, { from: '/made-by-an-author/', to: '/news/' })).status).toBe(
      403,
    );
    expect((await asAuthor.update(REDIRECT, documentId, { to: '/campaigns/' })).status).toBe(403);
    expect((await asAuthor.remove(REDIRECT, documentId)).status).toBe(403);
  });

  it('gives Editors redirects on an installation from before them, once, and then leaves an administrator’s choice alone', async () => {
    // An installation from before redirects: the Editor role has no permission on them,
    // and the CMS has never set them up (a new type goes to the Super Admin only).
    await takeRedirectsFromEditors();
    await cms.pause();
    await runWithStrapi(
      cms,
      `await strapi.store({ type: 'core', name: 'guildhall' }).delete({ key: 'redirect-permissions-set-up' });`,
    );
    await restart();
    const asEditor = await signIn(editor);
    expect((await asEditor.list(REDIRECT)).status).toBe(200);
    expect((await asEditor.createDraft(REDIRECT, { from: '/after-the-upgrade/', to: '/news/' })).status).toBe(
      201,
    );

    await takeRedirectsFromEditors();
    await restart();
    expect((await (await signIn(editor)).list(REDIRECT)).status).toBe(403);
  }, 300_000);
});
