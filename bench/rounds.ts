import type { RunningRebuilder } from '../tests/helpers/rebuilder';

/** How many rounds of each kind and result ran, e.g. { "incremental live": 9, "full live": 1 }. */
export type RoundTally = Record<string, number>;

/** The number of rounds the rebuild service has started so far, to count what follows from. */
export const roundsSoFar = async (rebuilder: RunningRebuilder) => (await rebuilder.status()).builds.started;

/**
 * Waits for the rebuild service to settle, then adds the rounds started since `before` to
 * `tally`, so the figures say whether changes went out page by page or by full builds.
 */
export async function settleAndCount(
  rebuilder: RunningRebuilder,
  before: number,
  tally: RoundTally,
  timeoutMs: number,
): Promise<void> {
  const status = await rebuilder.settled(timeoutMs);
  for (const round of status.history.slice(0, status.builds.started - before)) {
    const key = `${round.kind} ${round.result}`;
    tally[key] = (tally[key] ?? 0) + 1;
  }
}

export const describeTally = (tally: RoundTally) =>
  Object.entries(tally)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ') || 'none';
