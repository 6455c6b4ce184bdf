import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import type { AstroIntegration, RemotePattern } from 'astro';
import sitemap from '@astrojs/sitemap';
import tailwind from '@astrojs/tailwind';
import { ContentSourceError, contentSourceFromEnv } from '@guildhall/content';

const siteDir = path.dirname(fileURLToPath(import.meta.url));
const tokenFile = path.join(siteDir, '.env.cms');
const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
const outDir = path.resolve(siteDir, process.env.SITE_OUT_DIR || 'dist');
// Builds running side by side (the rebuild service, tests) each keep their own optimised-image cache.
const cacheDir = process.env.SITE_CACHE_DIR ? path.resolve(siteDir, process.env.SITE_CACHE_DIR) : undefined;

// The config only needs the CMS origin to allow its images; a missing token is
// reported, with its remedy, when the build first reads content.
function cmsUrl(): string {
  try {
    return contentSourceFromEnv(process.env, tokenFile).cmsUrl;
  } catch (error) {
    if (error instanceof ContentSourceError) return process.env.CMS_URL || 'http://localhost:1337';
    throw error;
  }
}

function remotePattern(origin: string): RemotePattern {
  const url = new URL(origin);
  const pathname = url.pathname.replace(/\/+$/, '');
  return {
    protocol: url.protocol.slice(0, -1),
    hostname: url.hostname,
    ...(url.port ? { port: url.port } : {}),
    ...(pathname ? { pathname: `${pathname}/**` } : {}),
  };
}

// Uploads kept on a cloud provider (S3, a CDN) come from other hosts than the CMS:
// CMS_MEDIA_ORIGINS lists them, comma-separated, e.g. "https://**.amazonaws.com".
const mediaOrigins = [
  cmsUrl(),
  ...(process.env.CMS_MEDIA_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean),
];

// Editors mark pages noindex in the CMS; the built page's own robots meta is the
// single record of that, so the sitemap reads it rather than refetching content.
function isIndexable(page: string): boolean {
  const file = path.join(outDir, new URL(page).pathname, 'index.html');
  return !existsSync(file) || !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
}

// Astro leaves empty content-layer modules in an outDir outside the project
// (withastro/astro#14903); they are build internals, not part of the site.
const removeStrayBuildFiles: AstroIntegration = {
  name: 'remove-stray-build-files',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const stray = ['content-assets.mjs', 'content-modules.mjs', 'data-store.json', 'settings.json'];
      await Promise.all(stray.map((name) => rm(new URL(name, dir), { force: true })));
    },
  },
};

export default defineConfig({
  site: siteUrl,
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  image: { remotePatterns: mediaOrigins.map(remotePattern) },
  integrations: [
    tailwind({ applyBaseStyles: false }),
    sitemap({ filter: isIndexable }),
    removeStrayBuildFiles,
  ],
  vite: {
    define: { 'import.meta.env.CMS_TOKEN_FILE_DEFAULT': JSON.stringify(tokenFile) },
  },
});
