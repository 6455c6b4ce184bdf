import { scheduleStatus } from '../../../schedule/status';

interface Context {
  body: unknown;
  set(name: string, value: string): void;
}

export default {
  status(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = scheduleStatus;
  },
};
