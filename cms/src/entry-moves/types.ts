// Which entries an editor may move to another type, and what the move is called.
// Shared by the server (cms/src/entry-moves) and the admin's document action, so both
// offer and perform the same moves. Pure data: the admin bundles it.

/** One way an entry may move: to which type, and the blocks fields the target fills by joining the source's. */
export interface EntryMove {
  target: MovableType;
  /** The action's label in the edit view, e.g. "Move to news". */
  label: string;
  /** The source and target as an editor names one of each, e.g. "an article", "a campaign briefing". */
  sourceName: string;
  targetName: string;
  /** Where the entry goes, as the move's label and the redirect's note say it, e.g. "news". */
  targetList: string;
  /**
   * A blocks field of the target filled from blocks fields of the source, in order. Every
   * other field goes across only where both types have it, under the same name and kind.
   */
  joined: { into: string; from: string[] };
}

/** The types an entry may move between. */
export type MovableType = 'api::article.article' | 'api::campaign-briefing.campaign-briefing';

export const ENTRY_MOVES: Readonly<Record<MovableType, EntryMove>> = {
  // "This news item is really a campaign briefing": the article's body is the briefing's context.
  'api::article.article': {
    target: 'api::campaign-briefing.campaign-briefing',
    label: 'Move to campaign briefings',
    sourceName: 'an article',
    targetName: 'a campaign briefing',
    targetList: 'campaign briefings',
    joined: { into: 'context', from: ['body'] },
  },
  // And back: an article has one body, so the briefing's conclusion follows its context.
  'api::campaign-briefing.campaign-briefing': {
    target: 'api::article.article',
    label: 'Move to news',
    sourceName: 'a campaign briefing',
    targetName: 'an article',
    targetList: 'news',
    joined: { into: 'body', from: ['context', 'conclusion'] },
  },
};

export const isMovableType = (uid: string): uid is MovableType => uid in ENTRY_MOVES;

/** What a move would do, as the confirmation dialog shows it before the editor confirms. */
export interface MovePreview {
  source: {
    uid: MovableType;
    title: string;
    path: string;
    published: boolean;
    changedSincePublished: boolean;
  };
  target: { uid: MovableType; path: string };
  /** Field labels that go across as they are, e.g. "Title", "Topics". */
  carried: string[];
  /** e.g. { into: "Context", from: ["Body"] }. */
  joined: { into: string; from: string[] };
  /** Fields of the source with content that the target has no place for, e.g. "Cover image". */
  dropped: string[];
  /** Why the move would be refused (e.g. the slug is taken), or null when it can go ahead. */
  refusal: string | null;
}

/** What a move did. */
export interface MoveResult {
  uid: MovableType;
  documentId: string;
  path: string;
  published: boolean;
  /** The redirect recorded from the old address, when the entry was published. */
  redirect: { from: string; to: string } | null;
}

/** "an article" → "article": for "this article", "the article "Pay talks"". */
export const bare = (name: string): string => name.replace(/^an? /, '');
