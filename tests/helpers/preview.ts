import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { previewLink, type PreviewStatus } from '@guildhall/preview-link';
import { repoRoot } from '@guildhall/launch/cms-build';
import type { RunningCms } from './cms';
import { freePort, waitFor } from './ports';
import { stopProcessGroup } from './process-group';

export interface RunningPreview {
  url: string;
  /** A signed link to preview one document, as the CMS's Preview button makes it. */
  link(uid: string, documentId: string | undefined, status?: PreviewStatus, now?: number): string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real preview server (as `pnpm start` does) for a CMS, reading the site
 * build in `buildDir` (with `client/` and `server/`) as the sites folder's live build.
 */
export async function startPreview(
  cms: RunningCms,
  buildDir: string,
  port: number | Promise<number> = freePort(),
): Promise<RunningPreview> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'guildhall-preview-'));
  const sitesDir = path.join(workDir, 'sites');
  mkdirSync(sitesDir);
  symlinkSync(buildDir, path.join(sitesDir, 'live'));
  const url = `http://127.0.0.1:${await port}`;
  const secret = cms.env.PREVIEW_SECRET ?? '';
  let output = '';
  const child: ChildProcess = spawn('pnpm', ['--filter', '@guildhall/preview', 'start'], {
    cwd: repoRoot,
    detached: true,
    env: {
      ...process.env,
      PORT: new URL(url).port,
      HOST: '127.0.0.1',
      PREVIEW_SECRET: secret,
      SITES_DIR: sitesDir,
      CMS_URL: cms.url,
      CMS_ADMIN_URL: cms.url,
      CMS_TOKEN_FILE: cms.tokenFile,
      CMS_API_TOKEN: '',
      CMS_PREVIEW_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor('the preview server', async () => {
    if (child.exitCode !== null) throw new Error(`the preview server exited:\n${output}`);
    return (await fetch(`${url}/healthz`)).ok ? true : undefined;
  });

  return {
    url,
    link: (uid, documentId, status = 'draft', now) => {
      const href = previewLink({ previewUrl: url, secret, uid, documentId, status, now });
      if (!href) throw new Error(`${uid} has no preview`);
      return href;
    },
    log: () => output,
    stop: async () => {
      await stopProcessGroup(child);
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
