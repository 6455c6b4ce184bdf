import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir } from '@guildhall/launch/cms-build';
import { startCms, type RunningCms } from '../helpers/cms';
import { publishedContent } from '../helpers/content';
import { graphql } from '../helpers/graphql';
import { buildSite, pageText } from '../helpers/site';

const run = promisify(execFile);
const transfer = (args: string[], env: NodeJS.ProcessEnv) =>
  run('node', [path.join(cmsDir, 'scripts', 'data-transfer.mjs'), ...args], {
    cwd: cmsDir,
    env,
    timeout: 300_000,
  });

const BACKUP_ENCRYPTION_KEY = 'a-test-backup-key-0123456789';

/**
 * When the CMS's compiled code was last written: Strapi's export and import compile it
 * again unless told not to, over files that a CMS starting meanwhile reads.
 */
const compiledCodeWritten = () =>
  ['src/index.js', 'src/api/author/content-types/author/schema.json'].map(
    (file) => statSync(path.join(cmsDir, 'dist', file)).mtimeMs,
  );

describe('a backup restored into an empty CMS', () => {
  let original: RunningCms;
  let restored: RunningCms;
  let archive: string;

  beforeAll(async () => {
    original = await startCms();
    restored = await startCms({ seed: false });
  });
  afterAll(async () => {
    await original?.stop();
    await restored?.stop();
  });

  it('exports the demo content to an encrypted archive, leaving the compiled CMS as it was', async () => {
    await original.pause();
    const base = path.join(original.workDir, 'backup');
    const compiled = compiledCodeWritten();
    await transfer(['backup', base], { ...original.env, BACKUP_ENCRYPTION_KEY });
    archive = `${base}.tar.gz.enc`;
    expect(existsSync(archive)).toBe(true);
    expect(compiledCodeWritten()).toEqual(compiled);
    await original.restart();
  });

  it('refuses to restore an encrypted archive without its key, changing nothing', async () => {
    const attempt = transfer(['restore', archive], { ...restored.env, BACKUP_ENCRYPTION_KEY: '' });
    await expect(attempt).rejects.toThrow(/is encrypted: set BACKUP_ENCRYPTION_KEY/);
    const articles = await graphql<{ articles_connection: { pageInfo: { total: number } } }>(
      restored.url,
      '{ articles_connection { pageInfo { total } } }',
      restored.token(),
    );
    expect(articles.data?.articles_connection.pageInfo.total).toBe(0);
  });

  it('builds the same site from the restored CMS, pictures included', async () => {
    await restored.pause();
    const compiled = compiledCodeWritten();
    await transfer(['restore', archive], { ...restored.env, BACKUP_ENCRYPTION_KEY });
    expect(compiledCodeWritten()).toEqual(compiled);
    await restored.restart();

    const [before, after] = await Promise.all([publishedContent(original), publishedContent(restored)]);
    expect(after.articles.map((article) => article.title)).toEqual(
      before.articles.map((article) => article.title),
    );
    const cover = after.articles.find((article) => article.coverImage)?.coverImage;
    expect(cover).toBeDefined();
    expect((await fetch(`${restored.url}${cover?.url}`)).status).toBe(200);

    const first = await buildSite({ CMS_TOKEN_FILE: original.tokenFile });
    const second = await buildSite({ CMS_TOKEN_FILE: restored.tokenFile });
    try {
      expect(second.ok, second.output.slice(-3000)).toBe(true);
      expect(second.pages().sort()).toEqual(first.pages().sort());
      for (const page of ['/', '/news/', '/membership/middle-leaders/']) {
        expect(pageText(second.read(page)), page).toEqual(pageText(first.read(page)));
      }
    } finally {
      first.remove();
      second.remove();
    }
  });
});
