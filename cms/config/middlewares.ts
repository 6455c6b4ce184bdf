import type { Core } from '@strapi/strapi';
import { previewUrl } from '../src/preview/settings';

// With uploads on S3 (or a CDN in front of it) the admin shows pictures from
// that host, so the content security policy must allow it.
const mediaHosts = (env: Core.Config.Shared.ConfigParams['env']): string[] =>
  [env('S3_PUBLIC_URL'), env('S3_ENDPOINT')]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin);

// The only pages that may call the API from a browser on another origin: the preview
// server and the live site (and the admin, when PUBLIC_URL puts it elsewhere). The
// admin on its own origin needs no CORS; the site build and the preview server call
// from servers, where CORS does not apply.
const corsOrigins = (env: Core.Config.Shared.ConfigParams['env']): string[] =>
  [env('PUBLIC_URL'), previewUrl(env), env('LIVE_SITE_URL')]
    .filter((url): url is string => Boolean(url))
    .map((url) => new URL(url).origin);

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', 'market-assets.strapi.io', ...mediaHosts(env)],
          'media-src': ["'self'", 'data:', 'blob:', ...mediaHosts(env)],
          // "Open preview" frames the preview server's pages beside the edit form.
          'frame-src': ["'self'", new URL(previewUrl(env)).origin],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  { name: 'strapi::cors', config: { origin: corsOrigins(env) } },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // Only the site preview token may read drafts. After the parsers: it reads the query and body.
  'global::drafts-need-preview-token',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
