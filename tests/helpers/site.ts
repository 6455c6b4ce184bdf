import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@guildhall/launch/cms-build';
import { SITE_BUILD_COMMAND } from '@guildhall/rebuilder/config';

export const SITE_URL = 'https://www.nusl.example';

export interface SiteBuild {
  ok: boolean;
  exitCode: number | null;
  output: string;
  /** The build folder (SITE_OUT_DIR): public files in `client/`, the on-demand renderer in `server/`. */
  outDir: string;
  /** The public files, as a host would serve them. */
  siteDir: string;
  /** Contents of a built file by URL path, e.g. "/news/" or "/rss.xml". */
  read(urlPath: string): string;
  exists(urlPath: string): boolean;
  /** Every built file, relative to the output folder. */
  files(): string[];
  /** URL paths of every HTML page, e.g. "/news/some-article/". */
  pages(): string[];
  remove(): void;
}

const filePathFor = (outDir: string, urlPath: string) =>
  path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

/**
 * Builds the site's pages from a CMS with the rebuild service's own command into a fresh
 * temporary folder. The type check (`astro check`) is left to `pnpm typecheck`.
 */
export function buildSite(env: Record<string, string>): Promise<SiteBuild> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'guildhall-site-'));
  const siteDir = path.join(outDir, 'client');
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(SITE_BUILD_COMMAND, {
      cwd: repoRoot,
      shell: true,
      env: {
        ...process.env,
        SITE_URL,
        SITE_OUT_DIR: outDir,
        SITE_CACHE_DIR: path.join(outDir, '..', `${path.basename(outDir)}-cache`),
        CMS_API_TOKEN: '',
        CMS_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (exitCode) => {
      resolve({
        ok: exitCode === 0,
        exitCode,
        output,
        outDir,
        siteDir,
        read: (urlPath) => readFileSync(filePathFor(siteDir, urlPath), 'utf8'),
        exists: (urlPath) => {
          try {
            return statSync(filePathFor(siteDir, urlPath)).isFile();
          } catch {
            return false;
          }
        },
        files: () => walk(siteDir),
        pages: () =>
          walk(siteDir)
            .filter((file) => file.endsWith('.html'))
            .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`),
        remove: () => {
          rmSync(outDir, { recursive: true, force: true });
          rmSync(`${outDir}-cache`, { recursive: true, force: true });
        },
      });
    });
  });
}

/** The en-GB date the site prints, e.g. "10 May 2021". */
export const ukDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The visible text of an HTML page (tags dropped, entities decoded, spaces collapsed). */
export const pageText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (match, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X'))
        return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
      return entities[code.toLowerCase()] ?? match;
    })
    .replace(/\s+/g, ' ');

/** Entries by the month they were first published, newest first (by title on the same day): "2024/05" → entries. */
export function entriesByMonth<T extends { firstPublished: string; title: string }>(
  entries: T[],
): Map<string, T[]> {
  const months = new Map<string, T[]>();
  const newestFirst = [...entries].sort(
    (a, b) => b.firstPublished.localeCompare(a.firstPublished) || a.title.localeCompare(b.title, 'en-GB'),
  );
  for (const entry of newestFirst) {
    const month = entry.firstPublished.slice(0, 7).replace('-', '/');
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  return months;
}

/** The en-GB name of a month, "2024/05" → "May 2024". */
export const ukMonth = (month: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month.replace('/', '-')}-01T00:00:00Z`),
  );

/** The slugs of entries a page links to in a section, in page order: "/news/pay-award/" → "pay-award". */
export const linkedSlugs = (html: string, section: string): string[] =>
  [...html.matchAll(new RegExp(`href="/${section}/([a-z0-9-]+)/"`, 'g'))].map((match) => match[1] ?? '');
