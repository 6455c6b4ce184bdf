// What this CMS instance's scheduler has done, for GET /api/schedule/status: whether
// it runs, and when it last looked. Each instance answers for itself.

export interface ScheduleCheck {
  startedAt: string;
  finishedAt: string | null;
}

export const scheduleStatus: { checkEverySeconds: number | null; lastCheck: ScheduleCheck | null } = {
  checkEverySeconds: null,
  lastCheck: null,
};
