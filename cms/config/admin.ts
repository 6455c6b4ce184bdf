import type { Core } from '@strapi/strapi';
import { DEFAULT_PREVIEW_LINK_MINUTES, previewLink, previewSecret } from '@guildhall/preview-link';
import { previewUrl as previewUrlOf } from '../src/preview/settings';

// Preview (Strapi's "Open preview" in the edit view): the admin frames the address the
// handler returns, a signed link for one version of one document on the preview server.
const previewConfig = ({ env }: Core.Config.Shared.ConfigParams) => {
  const previewUrl = previewUrlOf(env);
  const lifetimeMinutes = env.int('PREVIEW_LINK_MINUTES', DEFAULT_PREVIEW_LINK_MINUTES);
  return {
    enabled: true,
    config: {
      allowedOrigins: [new URL(previewUrl).origin],
      // The admin asks for the version its Draft / Published tab shows.
      async handler(uid: string, { documentId, status }: { documentId?: string; status?: string }) {
        return previewLink({
          previewUrl,
          // Read here, not when the config loads: `strapi build` loads it without secrets.
          // The CMS checks the secret on start (src/index.ts).
          secret: previewSecret(env('PREVIEW_SECRET')),
          uid,
          documentId,
          status: status === 'published' ? 'published' : 'draft',
          lifetimeMinutes,
        });
      },
    },
  };
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET')!,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT')!,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT')!,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY')!,
  },
  preview: previewConfig({ env }),
  flags: {
    nps: false,
    promoteEE: false,
  },
});

export default config;
