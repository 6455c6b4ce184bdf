import type { Core } from '@strapi/strapi';
import { REDIRECT_UID } from '../redirects/store';

// A redirect works on the live site as soon as it is saved: there is no draft and no
// Publish button. So changing one is publishing, and belongs to the roles that publish:
// Editors manage redirects, Authors (who cannot publish) see them.
const explorer = (action: string) => `plugin::content-manager.explorer.${action}`;
const WANTED: Record<string, string[]> = {
  'strapi-editor': ['create', 'read', 'update', 'delete'].map(explorer),
  'strapi-author': [explorer('read')],
};

// Which roles this step has set up, kept in the database: each is set up once, so an
// administrator who later takes every redirect permission away from a role is obeyed.
const DONE_KEY = 'redirect-permissions-set-up';

interface Permission {
  id: number;
  action: string;
  conditions?: string[] | null;
}

interface AdminServices {
  actions: { get(actionId: string): unknown };
  withFields(actions: unknown[]): { action: string; subject: string; properties: object }[];
  addPermissions(roleId: number, permissions: object[]): Promise<unknown>;
}

// Strapi's admin services are not in its public types; these are the three used here.
function adminServices(strapi: Core.Strapi): AdminServices {
  const permission = strapi.service('admin::permission') as unknown as {
    actionProvider: AdminServices['actions'];
  };
  const contentType = strapi.service('admin::content-type') as unknown as {
    getPermissionsWithNestedFields: AdminServices['withFields'];
  };
  const role = strapi.service('admin::role') as unknown as Pick<AdminServices, 'addPermissions'>;
  return {
    actions: permission.actionProvider,
    withFields: (actions) => contentType.getPermissionsWithNestedFields(actions),
    addPermissions: (roleId, permissions) => role.addPermissions(roleId, permissions),
  };
}

/** What a new database gives Authors on every type: their own entries, to write. Not for redirects. */
const isStrapiAuthorDefault = (permissions: Permission[]) =>
  permissions.length > 0 &&
  permissions.every((permission) => permission.conditions?.includes('admin::is-creator'));

/**
 * Strapi gives a content type added to an existing installation to the Super Admin
 * only, so Editors there would never see Redirects; and on a new database it lets
 * Authors write their own. Each role is set up once: one without any redirect
 * permission, or with Strapi's Author default, gets what WANTED says; one an
 * administrator has set otherwise is left alone.
 */
export async function grantRedirectPermissions(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'guildhall' });
  const done = ((await store.get({ key: DONE_KEY })) as string[] | null) ?? [];
  const services = adminServices(strapi);
  for (const [code, actions] of Object.entries(WANTED)) {
    if (done.includes(code)) continue;
    const role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
    if (!role) continue;
    const current = (await strapi.db.query('admin::permission').findMany({
      where: { role: { id: role.id }, subject: REDIRECT_UID },
    })) as Permission[];
    const authorDefault = code === 'strapi-author' && isStrapiAuthorDefault(current);
    if (current.length === 0 || authorDefault) {
      if (authorDefault)
        await strapi.db.query('admin::permission').deleteMany({
          where: { id: { $in: current.map((permission) => permission.id) } },
        });
      const permissions = services
        .withFields(actions.map((action) => services.actions.get(action)))
        .filter((permission) => permission.subject === REDIRECT_UID);
      await services.addPermissions(role.id, permissions);
      const verbs = actions.map((action) => action.slice(action.lastIndexOf('.') + 1));
      strapi.log.info(`redirects: the ${code} role may now ${verbs.join(', ')} redirects`);
    }
    done.push(code);
    await store.set({ key: DONE_KEY, value: done });
  }
}
