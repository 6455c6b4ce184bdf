import { Agent, get as httpGet } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startService } from './test-helpers';

/** GET over a kept-alive connection; null when the page came back whole, else what went wrong. */
function getComplete(agent: Agent, url: string): Promise<string | null> {
  return new Promise((resolve) => {
    httpGet(url, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => resolve(`response error ${error.message}`));
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        if (response.statusCode !== 200) resolve(`status ${response.statusCode}`);
        else if (body.length !== Number(response.headers['content-length']) || !body.endsWith('</html>\n'))
          resolve(`cut off at ${body.length} of ${response.headers['content-length']}`);
        else resolve(null);
      });
    }).on('error', (error) => resolve(`request error ${error.message}`));
  });
}

describe('serving while deploying', () => {
  it('never answers an error or a cut-off page while new builds go live again and again', async () => {
    // Keeping a single build makes each old build disappear right after its swap.
    const service = await startService({
      build: { version: 1, pages: 6 },
      env: { REBUILD_KEEP_BUILDS: '1', REBUILD_QUIET_MS: '10' },
    });
    try {
      await service.settled();
      const agent = new Agent({ keepAlive: true, maxSockets: 8 });
      const problems: string[] = [];
      let requests = 0;
      let deploying = true;
      const reader = async () => {
        while (deploying) {
          for (const page of ['/', '/news/item-3/', '/news/item-6/']) {
            const problem = await getComplete(agent, `${service.url}${page}`);
            requests += 1;
            if (problem) problems.push(`${page}: ${problem}`);
          }
        }
      };
      const readers = Array.from({ length: 6 }, reader);
      for (let version = 2; version <= 9; version += 1) {
        service.setBuild({ version, pages: 6 });
        await service.post('{}');
        await service.settled();
      }
      deploying = false;
      await Promise.all(readers);
      agent.destroy();
      expect(problems).toEqual([]);
      expect(requests).toBeGreaterThan(100);
      expect(service.rebuilder.status().builds).toEqual({ started: 9, succeeded: 9, failed: 0 });
      expect(await service.page('/')).toContain('Home v9');
    } finally {
      await service.close();
    }
  });
});
