import type { BuildTrigger } from './deploy';
import { fullRound } from './full-round';
import { incrementalRound } from './incremental-round';
import { knownSite, type PipelineContext } from './round-steps';

/**
 * One round: what the events since the last round ask for. Changed articles and briefings
 * are redrawn page by page when the service knows what the live site was made from;
 * anything else, or a redraw that fails, runs a full build. Either way the live site is
 * never touched until the swap, so any failure on the way leaves the previous site serving.
 */
export async function runRound(context: PipelineContext): Promise<void> {
  const work = context.changes.take();
  let fullBuild = work.fullBuild;
  if (!fullBuild && work.entries.length === 0 && !work.redirects) return;
  if (!fullBuild && !context.config.incremental)
    fullBuild = 'page-by-page publishing is off (REBUILD_INCREMENTAL)';
  let trigger: BuildTrigger | null = null;
  if (!fullBuild) {
    const published = await knownSite(context);
    if (!published) fullBuild = 'the service does not know what the live site was made from';
    else {
      const handedOver = await incrementalRound(context, published, work);
      if (handedOver) ({ reason: fullBuild, trigger } = handedOver);
    }
  }
  if (fullBuild) await fullRound(context, fullBuild, trigger);
}
