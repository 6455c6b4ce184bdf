import type { APIRoute, GetStaticPaths } from 'astro';
import { REDIRECTS_FILE_NAME, redirectsFile } from '@guildhall/redirects';
import { loadContent } from '../lib/content';
import { appliedRedirects } from '../lib/pages';

// `_redirects` for Netlify and Cloudflare Pages, read by the rebuild service too. A
// parameter, because Astro routes no file whose name starts with "_".
export const getStaticPaths = (() => [
  { params: { redirectsFile: REDIRECTS_FILE_NAME } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(redirectsFile(appliedRedirects(await loadContent())), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
