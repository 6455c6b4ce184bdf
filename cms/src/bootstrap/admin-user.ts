import type { Core } from '@strapi/strapi';
import { localUrl } from '@guildhall/settings';

// Strapi's own rule for admin passwords, checked here so a weak ADMIN_PASSWORD
// fails at start with a message instead of deep inside the admin service.
const strongPassword = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/;

export async function ensureAdminUser(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.ADMIN_PASSWORD;
  const loginUrl = `${strapi.config.get('server.absoluteUrl', localUrl('cms'))}/admin`;

  if (!email || !password) {
    const users = await strapi.db.query('admin::user').count();
    if (users === 0) {
      strapi.log.info(`admin: no admin yet; create the first one at ${loginUrl}`);
    }
    return;
  }
  if (!strongPassword.test(password)) {
    throw new Error(
      'ADMIN_PASSWORD must be at least 8 characters with an upper-case letter, a lower-case letter and a number.',
    );
  }

  const users = strapi.service('admin::user');
  if (await users.exists({ email })) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('admin: the Super Admin role is missing; the admin did not bootstrap.');
  await users.create({
    email,
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Site',
    lastname: process.env.ADMIN_LASTNAME ?? 'Administrator',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`admin: created ${email}; log in at ${loginUrl}`);
}
