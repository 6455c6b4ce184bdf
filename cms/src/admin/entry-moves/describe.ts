import { bare, ENTRY_MOVES, type MovePreview, type MoveResult } from '../../entry-moves/types';

// What a move does, in the words of the confirmation dialog and the notice after it.

const list = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The dialog's sentences, in the order an editor needs them: what goes, what is lost, what happens on the site. */
export function moveSentences({ source, target, carried, joined, dropped }: MovePreview): string[] {
  const move = ENTRY_MOVES[source.uid];
  const sourceName = bare(move.sourceName);
  const targetName = bare(move.targetName);
  const [first, ...later] = joined.from;
  const sentences = [
    `“${source.title}” becomes ${move.targetName}.`,
    `${list(carried)} go across as they are.`,
    later.length === 0
      ? `Its ${first} becomes the ${targetName}’s ${joined.into}.`
      : `Its ${list(joined.from)} become the ${targetName}’s ${joined.into}, each after the first under its own heading.`,
  ];
  if (dropped.length > 0)
    sentences.push(`Not kept, as ${targetName}s have no place for them: ${list(dropped)}.`);
  sentences.push(`This ${sourceName} is deleted.`);
  sentences.push(
    source.published
      ? `It is published, so the ${targetName} is published at ${target.path} and ${source.path} redirects there (301, permanent).` +
          (source.changedSincePublished ? ` Its unpublished changes stay as the ${targetName}’s draft.` : '')
      : `It is a draft, so the ${targetName} stays a draft and no redirect is made.`,
  );
  return sentences;
}

/** The notice once the move is done. */
export const movedNotice = (result: MoveResult): string =>
  result.redirect
    ? `Moved and published at ${result.path}; ${result.redirect.from} now redirects there.`
    : `Moved: this is now ${ENTRY_MOVES[result.uid].sourceName}, still a draft.`;
