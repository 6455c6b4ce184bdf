// How a round tells what it did: the status record, the admin widget's line and the log.
import type { PipelineContext } from './round-steps';
import type { BuildTrigger } from './deploy';
import type { BuildKind, BuildResult, BuildSummary } from './status';
import type { Stopwatch } from './stopwatch';

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export interface RoundReport {
  kind: BuildKind;
  /** Where the round spent its time, for the log. */
  stopwatch?: Stopwatch;
  buildId: string;
  started: Date;
  trigger: BuildTrigger;
  result: BuildResult;
  error: string | null;
  pages: number | null;
  description: (durationMs: number) => string;
  changes?: BuildSummary['changes'];
  logTail?: string[];
}

export function finishRound({ record, log }: PipelineContext, report: RoundReport): void {
  const finished = new Date();
  const durationMs = finished.getTime() - report.started.getTime();
  const summary: BuildSummary = {
    buildId: report.buildId,
    kind: report.kind,
    startedAt: report.started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs,
    result: report.result,
    error: report.error,
    pages: report.pages,
    events: report.trigger.events,
    changes: report.changes ?? null,
    searchMs: null,
    description: report.description(durationMs),
  };
  record.buildFinished(summary, report.logTail ?? []);
  const outcome =
    report.result === 'live'
      ? `live in ${seconds(durationMs)} (${count(report.pages ?? 0, 'page')})`
      : `${report.result}: ${report.error ?? summary.description}`;
  const stages = report.stopwatch ? ` (${String(report.stopwatch)})` : '';
  log(
    `build ${report.buildId} ${outcome}${report.kind === 'incremental' ? ` [${summary.description}]` : ''}${stages}`,
  );
}
