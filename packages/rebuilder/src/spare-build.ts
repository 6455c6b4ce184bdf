import { linkTree } from './build-copy';
import { newBuildId, type SitesFolder } from './deploy';

// A round that redraws a few pages needs a build folder holding every file of the live
// build. Linking ten thousand files takes seconds, so it is done ahead: once a build is
// live and its round has finished, the next round's folder is prepared in the background,
// and the round for the next publish starts from a ready folder. A folder handed to a round
// belongs to that round: it goes live or is discarded, never handed out twice.

/** A build folder made from another build's files (hard links), with the pages it holds. */
export interface LinkedBuild {
  buildId: string;
  /**
   * Its pages ("news/a/index.html", relative to the site files `client/`): the integrity
   * gate's count, without walking ten thousand folders again. The round keeps it up to date.
   */
  pages: Set<string>;
}

/** A folder being made (or made) for a round: its id at once, the folder when linked. */
export interface FolderForRound {
  buildId: string;
  linked: Promise<LinkedBuild>;
}

const SITE_FILES_PREFIX = 'client/';

const pagesAmong = (files: string[]) =>
  new Set(
    files
      .filter((file) => file.startsWith(SITE_FILES_PREFIX) && file.endsWith('.html'))
      .map((file) => file.slice(SITE_FILES_PREFIX.length)),
  );

export class SpareBuilds {
  private spare: (FolderForRound & { baseId: string }) | null = null;
  /** Linking and discarding still under way, so shutdown can wait for them. */
  private readonly working = new Set<Promise<unknown>>();

  constructor(
    private readonly sites: SitesFolder,
    private readonly log: (line: string) => void,
  ) {}

  /** Starts making a copy of build `baseId` for the next round, unless one is made or being made. */
  prepare(baseId: string): void {
    if (this.spare?.baseId === baseId) return;
    this.drop();
    const buildId = newBuildId();
    const linked = linkTree(this.sites.buildDir(baseId), this.sites.buildDir(buildId)).then(
      (files): LinkedBuild => ({ buildId, pages: pagesAmong(files) }),
    );
    this.track(linked);
    // A spare that could not be made is dropped; the round that wanted it makes its own and reports why.
    linked.catch((error: unknown) => {
      if (this.spare?.buildId === buildId) this.spare = null;
      this.discard(buildId);
      this.log(`could not prepare a build folder from build ${baseId}: ${messageOf(error)}`);
    });
    this.spare = { baseId, buildId, linked };
  }

  /** A copy of build `baseId` for a round to change: the spare when it is of that build, else one started now. */
  take(baseId: string): FolderForRound {
    this.prepare(baseId);
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

  /** Resolves once no folder is being linked or discarded (before shutdown). */
  async settle(): Promise<void> {
    while (this.working.size) await Promise.allSettled([...this.working]);
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
