// The part of the rebuild service's GET /status that the widget reads.
export interface RebuildStatus {
  state: 'idle' | 'waiting' | 'building';
  live: { buildId: string; builtAt: string; pages: number } | null;
  queue: { pending: boolean; eventsSinceLastBuild: number };
  lastBuild: { result: 'live' | 'failed' | 'refused'; finishedAt: string | null; error: string | null } | null;
}

export type Tone = 'good' | 'busy' | 'bad';

const time = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' }).format(
    new Date(iso),
  );

/** One line an editor can act on, e.g. "Live — built 22 Nov, 14:02 (42 pages)". */
export function describeStatus(status: RebuildStatus): { tone: Tone; headline: string; detail?: string } {
  const failed = status.lastBuild && status.lastBuild.result !== 'live' ? status.lastBuild : null;
  if (status.state === 'building') return { tone: 'busy', headline: 'Building the site with your changes…' };
  if (status.state === 'waiting' || status.queue.pending) {
    return { tone: 'busy', headline: 'Changes received, a build starts in a moment…' };
  }
  if (failed) {
    return {
      tone: 'bad',
      headline: 'Last publish failed: the live site still shows the previous version.',
      detail: failed.error ?? undefined,
    };
  }
  if (!status.live) return { tone: 'busy', headline: 'The site has not been built yet.' };
  return { tone: 'good', headline: `Live — built ${time(status.live.builtAt)} (${status.live.pages} pages)` };
}
