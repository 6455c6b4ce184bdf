import { isExternal, pathOf, RedirectRuleError } from './normalise';

// Visitors take one hop, never a chain: a redirect always points at its final
// destination, and redirects that pointed at a path that now moves on are pointed
// past it. A redirect that would lead back to where it starts is refused.

/** A redirect as stored, with canonical paths (see normalise.ts). */
export interface StoredRedirect {
  id: string;
  from: string;
  to: string;
}

export interface RedirectPlan {
  /** Where the redirect should go: its "to", or the end of the chain that "to" starts. */
  to: string;
  /** Existing redirects that pointed at the new redirect's "from", pointed on to its destination. */
  retarget: { id: string; to: string }[];
}

const loop = (hops: string[]) =>
  new RedirectRuleError(
    `This redirect would make a loop (${hops.join(' → ')}), so visitors would never arrive. ` +
      `Change "To", or first remove the redirect from ${hops[1]}.`,
  );

/** How to save a new or edited redirect among the existing ones; `wanted.id` is the one being edited. */
export function planRedirect(
  existing: readonly StoredRedirect[],
  wanted: { id?: string; from: string; to: string },
): RedirectPlan {
  const others = existing.filter((redirect) => redirect.id !== wanted.id);
  const byFrom = new Map(others.map((redirect) => [redirect.from, redirect]));
  const clash = byFrom.get(wanted.from);
  if (clash)
    throw new RedirectRuleError(
      `From: there is already a redirect from ${wanted.from} (to ${clash.to}); edit that one instead.`,
    );
  if (!isExternal(wanted.to) && pathOf(wanted.to) === wanted.from)
    throw new RedirectRuleError(
      `To: ${wanted.to} is the same address as "From"; a redirect must go elsewhere.`,
    );

  const hops = [wanted.from];
  let to = wanted.to;
  for (let next = byFrom.get(pathOf(to)); !isExternal(to) && next; next = byFrom.get(pathOf(to))) {
    hops.push(pathOf(to));
    to = next.to;
    if (!isExternal(to) && hops.includes(pathOf(to))) throw loop([...hops, pathOf(to)]);
  }
  const retarget = others
    .filter((redirect) => !isExternal(redirect.to) && pathOf(redirect.to) === wanted.from)
    .map((redirect) => ({ id: redirect.id, to }));
  return { to, retarget };
}

export interface MovePlan {
  /** The redirect from the old path to update (an editor's, until now overruled by the page), if any. */
  id?: string;
  /** Redirects from the page's new path: the page is there now, and they would lead visitors away or round in a loop. */
  remove: string[];
}

/**
 * What to change before recording that a page moved from one path to another; the
 * redirect from → to is then saved like any other (planRedirect), which collapses chains.
 */
export function planMove(existing: readonly StoredRedirect[], from: string, to: string): MovePlan {
  return {
    id: existing.find((redirect) => redirect.from === from)?.id,
    remove: existing.filter((redirect) => redirect.from === to).map((redirect) => redirect.id),
  };
}
