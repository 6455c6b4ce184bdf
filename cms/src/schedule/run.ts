import type { Core } from '@strapi/strapi';
import { ukDateTime } from '@guildhall/editorial';
import { SCHEDULED_TYPES, type ScheduledType } from './types';

// Publishes and unpublishes what is due. Several CMS instances may share one
// database and run this at the same moment: each due action is claimed with one
// conditional UPDATE, inside the same transaction as the publish itself. Only one
// instance's UPDATE can match (the others wait on the row, then find it already
// claimed), and if the CMS stops half-way the transaction rolls back and the
// action is still due, so nothing is done twice and nothing is lost.

type Action = 'publish' | 'unpublish';
const field = { publish: 'publishAt', unpublish: 'unpublishAt' } as const;

interface DueRow {
  id: number;
  documentId: string;
  publishAt?: Date | string;
  unpublishAt?: Date | string;
}

async function claimAndRun(strapi: Core.Strapi, uid: ScheduledType, action: Action, row: DueRow, now: Date) {
  const at = field[action];
  const query = strapi.db.query(uid);
  return strapi.db.transaction(async () => {
    const { count } = await query.updateMany({
      where: { id: row.id, [at]: { $lte: now } },
      data: { [at]: null },
    });
    if (count === 0) return false;
    if (action === 'publish') await strapi.documents(uid).publish({ documentId: row.documentId });
    else await strapi.documents(uid).unpublish({ documentId: row.documentId });
    return true;
  });
}

// By name: Strapi's own ValidationError and the yup error its schema checks throw both carry it.
const isRefusal = (error: unknown): error is Error =>
  error instanceof Error && error.name === 'ValidationError';

const words = {
  publish: { done: 'published', field: 'Publish at', by: 'publish it' },
  unpublish: { done: 'unpublished', field: 'Unpublish at', by: 'unpublish it' },
};

// The entry itself is refused (a rule it breaks, which waiting will not mend): the
// schedule ends and the editor sees why. The same conditional UPDATE as the claim, so
// when two instances both fail the reason is written once.
async function giveUp(
  strapi: Core.Strapi,
  uid: ScheduledType,
  action: Action,
  row: DueRow,
  now: Date,
  error: Error,
) {
  const at = field[action];
  const { done, field: label, by } = words[action];
  const scheduleProblem = `Not ${done} at ${ukDateTime(row[at] ?? now)}: ${error.message} Fix it, then ${by} or set a new ${label}.`;
  const { count } = await strapi.db.query(uid).updateMany({
    where: { id: row.id, [at]: { $lte: now } },
    data: { [at]: null, scheduleProblem },
  });
  if (count > 0) strapi.log.warn(`schedule: ${uid} ${row.documentId} ${scheduleProblem}`);
}

async function runDue(strapi: Core.Strapi, uid: ScheduledType, action: Action, now: Date) {
  const at = field[action];
  const due = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, [at]: { $lte: now } },
    select: ['id', 'documentId', at],
    orderBy: { [at]: 'asc' },
  })) as DueRow[];
  for (const row of due) {
    try {
      if (await claimAndRun(strapi, uid, action, row, now))
        strapi.log.info(`schedule: ${action}ed ${uid} ${row.documentId} (due ${ukDateTime(row[at] ?? now)})`);
    } catch (error) {
      if (isRefusal(error)) {
        await giveUp(strapi, uid, action, row, now, error);
      } else {
        // Anything else (the database busy or gone for a moment) may pass: the claim was
        // rolled back with the rest, so the time stays set and the next check tries again.
        strapi.log.error(
          `schedule: could not ${action} ${uid} ${row.documentId} (due ${ukDateTime(row[at] ?? now)}); the next check tries again: ${String(error)}`,
        );
      }
    }
  }
}

/**
 * Everything due by `now`. Publishes come first; one whose Unpublish at has passed too
 * (the CMS was down for the whole window) is refused, so it never flashes up on the site.
 */
export async function runDueSchedules(strapi: Core.Strapi, now = new Date()): Promise<void> {
  for (const action of ['publish', 'unpublish'] as const) {
    for (const uid of SCHEDULED_TYPES) await runDue(strapi, uid, action, now);
  }
}
