import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
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

const reasonFor = (error: unknown): string =>
  error instanceof errors.ValidationError
    ? error.message
    : `the CMS could not publish it (${String(error)}).`;

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

// The publish did not go ahead: the schedule ends and the editor sees why. The same
// conditional UPDATE, so when two instances both fail the reason is written once.
async function recordProblem(
  strapi: Core.Strapi,
  uid: ScheduledType,
  row: DueRow,
  now: Date,
  error: unknown,
) {
  const scheduleProblem = `Not published at ${ukDateTime(row.publishAt ?? now)}: ${reasonFor(error)} Fix it, then publish or set a new Publish at.`;
  const { count } = await strapi.db.query(uid).updateMany({
    where: { id: row.id, publishAt: { $lte: now } },
    data: { publishAt: null, scheduleProblem },
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
      if (action === 'publish') await recordProblem(strapi, uid, row, now, error);
      else strapi.log.error(`schedule: could not unpublish ${uid} ${row.documentId}: ${String(error)}`);
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
