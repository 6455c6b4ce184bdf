// What this CMS instance's scheduler has done, for GET /schedule/status (admin only): whether
// it runs, and when it last looked. Each instance answers for itself.

export interface ScheduleCheck {
  startedAt: string;
  finishedAt: string | null;
}

/** The body of GET /schedule/status. */
export interface ScheduleStatus {
  checkEverySeconds: number | null;
  lastCheck: ScheduleCheck | null;
}

export const scheduleStatus: ScheduleStatus = {
  checkEverySeconds: null,
  lastCheck: null,
};
