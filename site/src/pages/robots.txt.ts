import type { APIRoute } from 'astro';
import { paths, siteAddress } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(paths.sitemapIndex, siteAddress(site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
