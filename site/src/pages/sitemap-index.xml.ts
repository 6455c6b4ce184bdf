import type { APIRoute } from 'astro';
import { loadContent } from '../lib/content';
import { siteAddress } from '../lib/paths';
import { sitemapFiles, sitemapIndexXml } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapIndexXml(sitemapFiles(await loadContent()).length, siteAddress(site)), {
    headers: { 'Content-Type': 'application/xml' },
  });
