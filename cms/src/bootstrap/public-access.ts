import type { Core } from '@strapi/strapi';

// The site is static: nothing may read or write the API anonymously. The
// users-permissions plugin grants the Public role a few auth actions on first
// start (login, register, password reset); those go too, and so does sign-up.
export async function lockDownPublicAccess(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] });
  if (!role) {
    throw new Error('users-permissions: the Public role is missing; the plugin did not bootstrap.');
  }

  const removed = await strapi.db
    .query('plugin::users-permissions.permission')
    .deleteMany({ where: { role: role.id } });
  if (removed.count > 0) {
    strapi.log.info(`access: removed ${removed.count} permission(s) from the Public role`);
  }

  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
}
