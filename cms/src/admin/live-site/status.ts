import type { LiveSiteStatus } from '../../api/live-site/live-site-status';

export type Tone = 'good' | 'busy' | 'bad';

const time = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    day: 'numeric',
    month: 'short',
  }).format(new Date(iso));

/** One line an editor can act on, e.g. "Live — built 22 Nov, 14:02 (42 pages)". */
export function describeStatus(status: LiveSiteStatus): { tone: Tone; headline: string; detail?: string } {
  if (!status.reachable) {
    return {
      tone: 'bad',
      headline: 'The rebuild service is not answering: publishing will not reach the live site.',
      detail: status.reason,
    };
  }
  if (status.state === 'building') return { tone: 'busy', headline: 'Building the site with your changes…' };
  if (status.state === 'waiting' || status.queue.pending) {
    return { tone: 'busy', headline: 'Changes received, a build starts in a moment…' };
  }
  const last = status.lastBuild;
  const failed = last && (last.result === 'failed' || last.result === 'refused') ? last : null;
  if (failed) {
    return {
      tone: 'bad',
      headline: 'Last publish failed: the live site still shows the previous version.',
      detail: failed.error ?? undefined,
    };
  }
  if (!status.live) return { tone: 'busy', headline: 'The site has not been built yet.' };
  // What the last round did, e.g. "Published "Pay award" — live in 1.2 s, 7 pages updated".
  return {
    tone: 'good',
    headline: `Live — built ${time(status.live.builtAt)} (${status.live.pages} pages)`,
    detail: last?.description,
  };
}
