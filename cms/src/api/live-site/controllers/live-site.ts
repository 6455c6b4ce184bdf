import type { RebuilderStatus } from '@guildhall/rebuilder';
import { liveSiteUrl, rebuildStatusUrl } from '../../../rebuild-service';
import type { LiveSiteStatus, RelayedStatus } from '../live-site-status';

interface Context {
  body: unknown;
  set(name: string, value: string): void;
}

const relayed = ({ state, live, queue, lastBuild }: RebuilderStatus): RelayedStatus => ({
  state,
  live: live && { buildId: live.buildId, builtAt: live.builtAt, pages: live.pages },
  queue: { pending: queue.pending },
  lastBuild,
});

async function readStatus(): Promise<LiveSiteStatus> {
  const url = rebuildStatusUrl();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
    const status = (await response.json()) as RebuilderStatus;
    return { reachable: true, liveSiteUrl: liveSiteUrl(), ...relayed(status) };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { reachable: false, liveSiteUrl: liveSiteUrl(), reason: `${url}: ${problem}` };
  }
}

export default {
  async status(ctx: Context) {
    ctx.body = await readStatus();
    ctx.set('Cache-Control', 'no-store');
  },
};
