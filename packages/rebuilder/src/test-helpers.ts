import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config';
import { startRebuilder, type RunningRebuilder } from './server';

const fakeBuild = fileURLToPath(new URL('../test-fixtures/fake-site-build.mjs', import.meta.url));
export const SECRET = 'test-secret-0123456789';

export interface FakeBuild {
  version: number;
  pages: number;
  delayMs?: number;
  fail?: false | 'exit' | 'kill' | 'hang';
}

export interface Harness {
  service: RunningRebuilder;
  url: string;
  dir: string;
  setBuild(build: FakeBuild): void;
  settled(): Promise<void>;
  post(body: string, secret?: string): Promise<Response>;
  close(): Promise<void>;
}

/** A real rebuild service on a free port, building with the fake build script. */
export async function harness(
  first: FakeBuild,
  env: Record<string, string> = {},
  dir = mkdtempSync(path.join(tmpdir(), 'rebuilder-')),
): Promise<Harness> {
  const control = path.join(dir, 'control.json');
  const setBuild = (build: FakeBuild) => writeFileSync(control, JSON.stringify(build));
  setBuild(first);
  process.env.FAKE_BUILD_CONTROL = control;
  const service = await startRebuilder(
    loadConfig({
      REBUILD_WEBHOOK_SECRET: SECRET,
      PORT: '0',
      HOST: '127.0.0.1',
      SITES_DIR: path.join(dir, 'sites'),
      REBUILD_COMMAND: `node ${fakeBuild}`,
      REBUILD_QUIET_MS: '100',
      ...env,
    }),
  );
  const url = `http://127.0.0.1:${service.port}`;
  const settled = async () => {
    for (;;) {
      const status = service.rebuilder.status();
      if (status.state === 'idle' && !status.queue.pending) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    service,
    url,
    dir,
    setBuild,
    settled,
    post: (body, secret = SECRET) =>
      fetch(`${url}/webhook`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body,
      }),
    close: async () => {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
