import type { RebuilderStatus } from '@guildhall/rebuilder';

/**
 * What the admin's "Live site" widget is told: the rebuild service's state, without
 * the history, log tails or internal addresses only the people running the service need.
 */
export type RelayedStatus = Pick<RebuilderStatus, 'state' | 'lastBuild'> & {
  live: Pick<NonNullable<RebuilderStatus['live']>, 'buildId' | 'builtAt' | 'pages'> | null;
  queue: Pick<RebuilderStatus['queue'], 'pending'>;
};

/** The body of GET /live-site/status (an admin route: signed-in admin users only). */
export type LiveSiteStatus =
  | { reachable: false; liveSiteUrl: string; reason: string }
  | ({ reachable: true; liveSiteUrl: string } & RelayedStatus);
