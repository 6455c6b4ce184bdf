import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';
import type { AstroIntegration, RemotePattern } from 'astro';
import node from '@astrojs/node';
import tailwind from '@astrojs/tailwind';
import { ContentSourceError, contentSourceFromEnv } from '@guildhall/content';
import { HEADERS_FILE_NAME, headersFile, securityHeaders } from '@guildhall/security-headers';
import { localUrl } from '@guildhall/settings';

const siteDir = path.dirname(fileURLToPath(import.meta.url));
const tokenFile = path.join(siteDir, '.env.cms');
const siteUrl = process.env.SITE_URL || localUrl('site');
const outDir = path.resolve(siteDir, process.env.SITE_OUT_DIR || 'dist');
// Builds running side by side (the rebuild service, tests) each keep their own optimised-image cache.
const cacheDir = process.env.SITE_CACHE_DIR ? path.resolve(siteDir, process.env.SITE_CACHE_DIR) : undefined;

// The config only needs the CMS origin to allow its images; a missing token is
// reported, with its remedy, when the build first reads content.
function cmsUrl(): string {
  try {
    return contentSourceFromEnv(process.env, tokenFile).cmsUrl;
  } catch (error) {
    if (error instanceof ContentSourceError) return process.env.CMS_URL || localUrl('cms');
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

// Static hosts (Netlify, Cloudflare Pages) read this file; the rebuild service sends the same headers.
const writeHeadersFile: AstroIntegration = {
  name: 'write-headers-file',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      await writeFile(new URL(HEADERS_FILE_NAME, dir), headersFile(securityHeaders(siteUrl)));
    },
  },
};

export default defineConfig({
  site: siteUrl,
  outDir,
  output: 'static',
  // The static pages, plus a server bundle that draws any page on demand (src/pages/on-demand.astro).
  // Without streaming a page is drawn whole before it is sent, so a failure can still be answered.
  adapter: node({ mode: 'middleware', experimentalDisableStreaming: true }),
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Stylesheets stay files, so the Content-Security-Policy allows styles from 'self' alone.
  build: { format: 'directory', inlineStylesheets: 'never' },
  image: { remotePatterns: mediaOrigins.map(remotePattern) },
  integrations: [tailwind({ applyBaseStyles: false }), removeStrayBuildFiles, writeHeadersFile],
  vite: {
    ssr: { noExternal: true, external: ['sharp'] },
    build: {
      // Scripts stay files, so the Content-Security-Policy allows scripts from 'self' with no
      // hashes (Astro would otherwise inline a small one, like search). Other assets: the default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        output: {
          // The server bundle is loaded from the sites folder, outside this project, so it
          // carries every dependency but sharp (native), which it imports from here.
          paths: { sharp: pathToFileURL(createRequire(import.meta.url).resolve('sharp')).href },
          // Rollup would name the shared stylesheet after whichever page it meets first, so
          // its name (in every page's HTML) would change whenever routes change.
          assetFileNames: (asset) =>
            `_astro/${asset.names.some((name) => name.endsWith('.css')) ? 'site' : '[name]'}.[hash][extname]`,
        },
      },
    },
    define: { 'import.meta.env.CMS_TOKEN_FILE_DEFAULT': JSON.stringify(tokenFile) },
  },
});
