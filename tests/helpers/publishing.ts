import { AdminApi } from './admin-api';
import { startCms, type RunningCms } from './cms';
import { reserveRebuildService, startRebuilder, type RunningRebuilder } from './rebuilder';

export interface Publishing {
  cms: RunningCms;
  site: RunningRebuilder;
  admin: AdminApi;
  stop(): Promise<void>;
}

/**
 * A CMS whose webhook reaches a real rebuild service building the real site, with an
 * editor signed in, once the first build is live. `cmsEnv` adds to the CMS's settings.
 */
export async function startPublishing(cmsEnv: Record<string, string> = {}): Promise<Publishing> {
  const address = await reserveRebuildService();
  const cms = await startCms({
    env: { REBUILD_WEBHOOK_URL: address.webhookUrl, REBUILD_WEBHOOK_SECRET: address.secret, ...cmsEnv },
  });
  const site = await startRebuilder(address, { CMS_TOKEN_FILE: cms.tokenFile });
  // The CMS is stopped even when stopping the service fails, so no test leaves it running.
  const stop = async () => {
    try {
      await site.stop();
    } finally {
      await cms.stop();
    }
  };
  try {
    const admin = await AdminApi.login(cms.url);
    const first = await site.settled();
    if (!first.live) throw new Error(`the first build did not go live:\n${site.log().slice(-4000)}`);
    return { cms, site, admin, stop };
  } catch (error) {
    // The caller gets no handle to stop them with, so nothing started here outlives the failure.
    await stop();
    throw error;
  }
}
