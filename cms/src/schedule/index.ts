import type { Core } from '@strapi/strapi';
import { integerSetting } from '@guildhall/settings';
import { runDueSchedules } from './run';
import { scheduleStatus } from './status';

export { registerScheduleRules } from './rules';
export { registerScheduleStatusRoute } from './routes';

const SCHEDULE_CHECK_SECONDS_DEFAULT = 10;

/**
 * Checks for due schedules every SCHEDULE_CHECK_SECONDS, on the second hand so a
 * minute boundary (an embargo at 00:01) is checked the moment it arrives, and once at
 * start for whatever fell due while the CMS was down. A check still running when the
 * next is due is left to finish; the next one picks up anything it did not reach.
 */
export async function startScheduler(strapi: Core.Strapi): Promise<void> {
  const seconds = integerSetting(
    process.env,
    'SCHEDULE_CHECK_SECONDS',
    SCHEDULE_CHECK_SECONDS_DEFAULT,
    1,
    60,
  );
  scheduleStatus.checkEverySeconds = seconds;
  let running = false;
  const checkDue = async () => {
    if (running) return;
    running = true;
    const check = { startedAt: new Date().toISOString(), finishedAt: null as string | null };
    scheduleStatus.lastCheck = check;
    try {
      await runDueSchedules(strapi);
    } catch (error) {
      strapi.log.error(`schedule: the check failed and runs again in ${seconds} s: ${String(error)}`);
    } finally {
      check.finishedAt = new Date().toISOString();
      running = false;
    }
  };
  strapi.cron.add({
    'scheduled-publishing': {
      task: checkDue,
      options: { rule: seconds === 60 ? '0 * * * * *' : `*/${seconds} * * * * *` },
    },
  });
  await checkDue();
  strapi.log.info(`schedule: checking for entries to publish or unpublish every ${seconds} s`);
}
