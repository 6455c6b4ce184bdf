import { accepted, type AdminApi } from './admin-api';

/** Strapi's built-in admin roles below Super Admin, by their codes. */
export type BuiltInRole = 'strapi-editor' | 'strapi-author';

export interface AdminUser {
  email: string;
  password: string;
}

/**
 * A new admin user with one of Strapi's built-in roles, made the way a real one is:
 * a super admin invites them (Settings → Users), and they finish registering with the
 * invitation's token and their own password.
 */
export async function inviteAdminUser(
  superAdmin: AdminApi,
  cmsUrl: string,
  role: BuiltInRole,
  email: string,
): Promise<AdminUser> {
  const roles = await accepted(
    'listing the admin roles',
    superAdmin.request<{ data: { id: number; code: string }[] }>('GET', '/admin/roles'),
  );
  const roleId = roles.data.find((found) => found.code === role)?.id;
  if (roleId === undefined) throw new Error(`the CMS has no ${role} role: ${JSON.stringify(roles.data)}`);

  const names = { firstname: 'Invited', lastname: role };
  const invited = await accepted(
    `inviting ${email}`,
    superAdmin.request<{ data: { registrationToken: string } }>('POST', '/admin/users', {
      ...names,
      email,
      roles: [roleId],
    }),
  );
  const password = 'Invited-Passw0rd';
  const registered = await fetch(`${cmsUrl}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      registrationToken: invited.data.registrationToken,
      userInfo: { ...names, password },
    }),
  });
  if (!registered.ok)
    throw new Error(`${email} could not register: ${registered.status} ${await registered.text()}`);
  return { email, password };
}
