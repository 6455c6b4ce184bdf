import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { addSignedInAdminRoutes } from '../admin-routes';
import { moveEntry, previewMove } from './move';
import { bare, ENTRY_MOVES, isMovableType, type MovableType } from './types';

interface Context {
  params: { model: string; documentId: string };
  state: { userAbility: unknown; user?: { id: number } };
  body: unknown;
  set(name: string, value: string): void;
}

interface PermissionChecker {
  cannot: Record<'read' | 'create' | 'publish' | 'delete', (entry?: object) => boolean>;
}

// Strapi's route type knows Koa's context, not the router's params and the admin's state on it.
const handle = (handler: (ctx: Context) => Promise<void>) => (ctx: unknown) => handler(ctx as Context);

function movableModel(model: string): MovableType {
  if (!isMovableType(model))
    throw new errors.NotFoundError(`Entries of ${model} cannot be moved to another type.`);
  return model;
}

/**
 * Why the signed-in editor may not make this move, in their words, or null. A move
 * creates (and, for a published entry, publishes) in the target type and deletes from
 * the source, so their role must allow each, as the content manager would check.
 */
async function permissionProblem(strapi: Core.Strapi, ctx: Context, uid: MovableType) {
  const move = ENTRY_MOVES[uid];
  const checker = (model: MovableType) =>
    strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: ctx.state.userAbility, model }) as PermissionChecker;
  const source = checker(uid);
  const target = checker(move.target);
  // Each version, with its creator, for roles limited to their own entries (as the content manager checks).
  const versions = (await strapi.db.query(uid).findMany({
    where: { documentId: ctx.params.documentId },
    populate: ['createdBy'],
  })) as { publishedAt: unknown }[];
  const published = versions.some((version) => version.publishedAt);
  const cannot = (action: 'read' | 'delete') =>
    source.cannot[action]() || versions.some((version) => source.cannot[action](version));
  const sourceName = `${bare(move.sourceName)}s`;
  const targetName = `${bare(move.targetName)}s`;
  const missing = [
    cannot('read') && `read ${sourceName}`,
    cannot('delete') && `delete ${sourceName}`,
    target.cannot.create() && `create ${targetName}`,
    published && target.cannot.publish() && `publish ${targetName}`,
  ].filter(Boolean);
  if (missing.length === 0) return null;
  return `Your role may not ${missing.join(', ')}, so it cannot make this move. Ask an administrator.`;
}

/** "Move to campaign briefings" / "Move to news" in the edit view: what it would do, and doing it. */
export function registerEntryMoveRoutes(strapi: Core.Strapi): void {
  // Both refuse an editor who may not make the move: the dialog then says why instead of what it would do.
  const allowed = async (ctx: Context) => {
    const uid = movableModel(ctx.params.model);
    const forbidden = await permissionProblem(strapi, ctx, uid);
    // A PolicyError: Strapi replaces any other ForbiddenError's message with a bare "Forbidden".
    if (forbidden) throw new errors.PolicyError(forbidden);
    return uid;
  };
  addSignedInAdminRoutes(strapi, '/entry-moves', [
    {
      method: 'GET',
      path: '/:model/:documentId',
      handler: handle(async (ctx) => {
        const uid = await allowed(ctx);
        ctx.set('Cache-Control', 'no-store');
        ctx.body = await previewMove(strapi, uid, ctx.params.documentId);
      }),
    },
    {
      method: 'POST',
      path: '/:model/:documentId',
      handler: handle(async (ctx) => {
        const uid = await allowed(ctx);
        ctx.body = await moveEntry(strapi, uid, ctx.params.documentId, ctx.state.user?.id);
      }),
    },
  ]);
}
