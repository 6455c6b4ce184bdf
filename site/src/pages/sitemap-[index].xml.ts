import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../lib/content';
import { siteAddress } from '../lib/paths';
import { sitemapFiles, urlsetXml } from '../lib/sitemap';

export const getStaticPaths = (async () =>
  sitemapFiles(await loadContent()).map((pagePaths, index) => ({
    params: { index: String(index) },
    props: { pagePaths },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ pagePaths: string[] }> = ({ props, site }) =>
  new Response(urlsetXml(props.pagePaths, siteAddress(site)), {
    headers: { 'Content-Type': 'application/xml' },
  });
