import { linkTree, syncPaths } from './build-copy';
import { SITE_FILES, newBuildId, type SitesFolder } from './deploy';

// A round that redraws a few pages needs a build folder holding every file of the live
// build, and linking ten thousand files takes seconds (removing an old build as long
// again). So the next round's folder is made ahead, once a round has finished writing
// into the live build, and made cheaply: an old build that would be removed anyway is
// brought up to date with the live one instead, by re-linking only the files the rounds
// since changed (each round tells what it changed). Only when no such build is known
// (after a start or a full build) is a copy linked file by file, in the background.
// An old build can be recycled only once more builds have gone live than are kept, so
// the rounds before that would each wait for a copy linked file by file: when the spare
// is linked anew, as many reserve copies of the same build are linked after it, which
// those rounds bring up to date as they would an old build.
// A folder handed to a round belongs to that round: it goes live or is discarded,
// never handed out twice.

/** A build folder made from another build's files (hard links), with the pages it holds. */
export interface LinkedBuild {
  buildId: string;
  /**
   * Its pages ("news/a/index.html", relative to the site files `client/`): the integrity
   * gate's count, without walking ten thousand folders again. The round keeps it up to date.
   */
  pages: Set<string>;
}

/** A folder being made (or made) for a round: its id at once, the folder when ready. */
export interface FolderForRound {
  buildId: string;
  linked: Promise<LinkedBuild>;
}

/** What a round did to the folder it took, once everything is written (search index and snapshot too). */
export interface FinishedRound {
  buildId: string;
  /** The build its folder was a copy of. */
  baseId: string;
  /** Every path it wrote or removed, relative to the build folder ("client/news/a/index.html"). */
  changed: Iterable<string>;
  pages: Set<string>;
}

const SITE_FILES_PREFIX = `${SITE_FILES}/`;
// Rounds remembered: enough to reach back past every kept build (REBUILD_KEEP_BUILDS is 3 by default).
const ROUNDS_REMEMBERED = 32;

const pagesAmong = (files: string[]) =>
  new Set(
    files
      .filter((file) => file.startsWith(SITE_FILES_PREFIX) && file.endsWith('.html'))
      .map((file) => file.slice(SITE_FILES_PREFIX.length)),
  );

/** A copy of a build linked ahead, waiting to be brought up to date for a round. */
interface Reserve {
  buildId: string;
  copyOf: string;
  linked: Promise<unknown>;
}

export class SpareBuilds {
  private spare: (FolderForRound & { baseId: string }) | null = null;
  private reserves: Reserve[] = [];
  private readonly rounds = new Map<string, { baseId: string; changed: Set<string>; pages: Set<string> }>();
  /** Linking and discarding still under way, so shutdown can wait for them. */
  private readonly working = new Set<Promise<unknown>>();
  /** The rounds after a full build that find no old build to recycle: until more have gone live than are kept. */
  private readonly reserveCount: number;

  constructor(
    private readonly sites: SitesFolder,
    private readonly log: (line: string) => void,
    /** How many builds that went live pruning keeps (REBUILD_KEEP_BUILDS). */
    keepBuilds: number,
  ) {
    this.reserveCount = Math.max(0, keepBuilds - 1);
  }

  /** Remembers what a round changed, so a build it was made from can later be brought up to date. */
  roundFinished({ buildId, baseId, changed, pages }: FinishedRound): void {
    this.rounds.set(buildId, { baseId, changed: new Set(changed), pages: new Set(pages) });
    for (const old of [...this.rounds.keys()].slice(0, -ROUNDS_REMEMBERED)) this.rounds.delete(old);
  }

  /**
   * Starts making a copy of build `baseId` for the next round, unless one is made or being
   * made: from one of `removable` (old builds, which it then takes) when the rounds since
   * are known, else by linking every file. Resolves once any build it takes is its own.
   */
  async prepare(baseId: string, removable: string[] = []): Promise<void> {
    if (this.spare?.baseId === baseId) return;
    this.drop();
    const buildId = newBuildId();
    const recycled = await this.claimBuildToRecycle(baseId, removable, buildId);
    this.log(
      recycled
        ? `next build folder ${buildId}: old build ${recycled.oldId} brought up to date (${recycled.changed.size} paths re-linked)`
        : `next build folder ${buildId}: every file of build ${baseId} linked`,
    );
    const linked = recycled
      ? syncPaths(this.sites.buildDir(baseId), this.sites.buildDir(buildId), recycled.changed).then(
          (): LinkedBuild => ({ buildId, pages: new Set(recycled.pages) }),
        )
      : linkTree(this.sites.buildDir(baseId), this.sites.buildDir(buildId)).then(
          (files): LinkedBuild => ({ buildId, pages: pagesAmong(files) }),
        );
    this.track(linked);
    if (!recycled) this.linkReserves(baseId, linked);
    // A spare that could not be made is dropped; the round that wanted it makes its own and reports why.
    linked.catch((error: unknown) => {
      if (this.spare?.buildId === buildId) this.spare = null;
      this.discard(buildId);
      this.log(`could not prepare a build folder from build ${baseId}: ${messageOf(error)}`);
    });
    this.spare = { baseId, buildId, linked };
  }

  /** A copy of build `baseId` for a round to change: the spare when it is of that build, else one started now. */
  async take(baseId: string): Promise<FolderForRound> {
    await this.prepare(baseId);
    const { buildId, linked } = this.spare as FolderForRound;
    this.spare = null;
    return { buildId, linked };
  }

  /** Discards the spare, e.g. when a full build is about to replace the build it copies. */
  drop(): void {
    const spare = this.spare;
    this.spare = null;
    if (spare)
      void spare.linked.then(
        () => this.discard(spare.buildId),
        () => undefined,
      );
  }

  /** Replaces the reserves with copies of build `baseId`, linked one after another once `after` is done. */
  private linkReserves(baseId: string, after: Promise<unknown>): void {
    for (const reserve of this.reserves) this.discardWhenLinked(reserve);
    this.reserves = [];
    let previous = after.catch(() => undefined);
    for (let count = 0; count < this.reserveCount; count += 1) {
      const buildId = newBuildId();
      const linked = previous.then(() => linkTree(this.sites.buildDir(baseId), this.sites.buildDir(buildId)));
      this.track(linked);
      const reserve = { buildId, copyOf: baseId, linked };
      linked.catch((error: unknown) => {
        this.reserves = this.reserves.filter((kept) => kept !== reserve);
        this.discard(buildId);
        this.log(`could not link a reserve copy of build ${baseId}: ${messageOf(error)}`);
      });
      this.reserves.push(reserve);
      previous = linked.catch(() => undefined);
    }
  }

  private discardWhenLinked(reserve: Reserve): void {
    void reserve.linked.then(
      () => this.discard(reserve.buildId),
      () => undefined,
    );
  }

  /** Resolves once no folder is being linked or discarded (before shutdown). */
  async settle(): Promise<void> {
    while (this.working.size) await Promise.allSettled([...this.working]);
  }

  /**
   * The newest of `removable` that the remembered rounds lead from to `baseId`, renamed
   * to `buildId` and no longer counted as a build that went live; with what changed since
   * it and the pages of `baseId`. Null when there is none.
   */
  private async claimBuildToRecycle(
    baseId: string,
    removable: string[],
    buildId: string,
  ): Promise<{ oldId: string; changed: Set<string>; pages: Set<string> } | null> {
    const live = this.rounds.get(baseId);
    if (!live) return null;
    const changed = new Set<string>();
    const candidates = new Set(removable);
    for (let at = baseId, steps = 0; steps <= this.rounds.size; steps += 1) {
      const round = this.rounds.get(at);
      if (!round) return null;
      for (const file of round.changed) changed.add(file);
      at = round.baseId;
      const reserve = candidates.has(at) ? null : this.reserves.find((kept) => kept.copyOf === at);
      if (!candidates.has(at) && !reserve) continue;
      try {
        if (reserve) {
          // Taken from the list first: no other round can claim it while it finishes linking.
          this.reserves = this.reserves.filter((kept) => kept !== reserve);
          await reserve.linked;
          await this.sites.reuse(reserve.buildId, buildId);
          return { oldId: `${reserve.buildId} (a reserve copy of ${at})`, changed, pages: live.pages };
        }
        await this.sites.reuse(at, buildId);
      } catch (error) {
        if (reserve) this.discard(reserve.buildId);
        this.log(
          `could not reuse the old build ${reserve?.buildId ?? at}, so the next build folder is linked anew: ${messageOf(error)}`,
        );
        return null;
      }
      return { oldId: at, changed, pages: live.pages };
    }
    return null;
  }

  private discard(buildId: string): void {
    this.track(
      this.sites
        .discard(buildId)
        .catch((error: unknown) =>
          this.log(`could not remove the unused build folder ${buildId}: ${messageOf(error)}`),
        ),
    );
  }

  private track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.working.add(settled);
    void settled.then(() => this.working.delete(settled));
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
