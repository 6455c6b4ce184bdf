interface Context {
  body: unknown;
  set(name: string, value: string): void;
}

interface RebuildStatus {
  state: string;
  live: { builtAt: string; pages: number } | null;
  queue: { pending: boolean };
  lastBuild: { result: string; finishedAt: string | null; error: string | null } | null;
}

// The rebuild service answers on the origin the webhook goes to.
const rebuildServiceOrigin = () =>
  new URL(process.env.REBUILD_WEBHOOK_URL || 'http://localhost:4321/webhook').origin;

export default {
  async status(ctx: Context) {
    const origin = rebuildServiceOrigin();
    const liveSiteUrl = process.env.LIVE_SITE_URL || origin;
    try {
      const response = await fetch(`${origin}/status`, { signal: AbortSignal.timeout(3000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const { state, live, queue, lastBuild } = (await response.json()) as RebuildStatus;
      ctx.body = { reachable: true, liveSiteUrl, state, live, queue, lastBuild };
    } catch (error) {
      ctx.body = {
        reachable: false,
        liveSiteUrl,
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    ctx.set('Cache-Control', 'no-store');
  },
};
