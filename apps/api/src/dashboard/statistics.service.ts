import { Injectable } from '@nestjs/common';
import { authorityStatistics, AnsweredFacts, untilFirstResponse } from '@app/domain';
import { AuthoritiesRepository, RequestStatisticsRepository } from '@app/persistence';
import { DeadlineService } from '../requests/deadline.service';

/** Worked out at most this often: every sent request's clock is replayed for it. */
const FRESH_MS = 60_000;
const CHART_WIDTH = 240;

/** Per authority: requests made, share answered in time, median days to answer, exemptions cited. */
@Injectable()
export class StatisticsService {
  private kept: { at: number; value: Promise<Record<string, unknown>> } | null = null;

  constructor(
    private readonly requests: RequestStatisticsRepository,
    private readonly authorities: AuthoritiesRepository,
    private readonly deadlines: DeadlineService,
  ) {}

  build(): Promise<Record<string, unknown>> {
    const now = this.deadlines.time.now().getTime();
    if (!this.kept || now - this.kept.at > FRESH_MS) {
      const value = this.compute();
      this.kept = { at: now, value };
      value.catch(() => (this.kept = null));
    }
    return this.kept.value;
  }

  private async compute(): Promise<Record<string, unknown>> {
    const [rows, authorities] = await Promise.all([
      this.requests.findAnsweredFacts(),
      this.authorities.listByName(),
    ]);
    const byId = new Map(authorities.map((a) => [a.id, a]));
    const facts: AnsweredFacts[] = rows.map(({ request, response }) => {
      const authority = byId.get(request.authorityId);
      const { events: clock, answeredOn } = untilFirstResponse(request.clockEvents);
      const view = this.deadlines.viewFor({ ...request, clockEvents: clock, authority }, false);
      return {
        authorityId: request.authorityId,
        answeredOn,
        dueDate: view.dueDate,
        workingDaysToAnswer: answeredOn ? view.workingDaysElapsed : null,
        outcome: response?.outcome ?? null,
        exemptions: response?.exemptions ?? null,
      };
    });
    const stats = authorityStatistics(facts).sort((a, b) => b.requests - a.requests);
    return {
      asOf: this.deadlines.time.now(),
      authorities: stats.map((s) => {
        const top = s.refusalsByExemption.slice(0, 8);
        const most = Math.max(1, ...top.map((e) => e.count));
        return {
          ...s,
          name: byId.get(s.authorityId)?.name ?? `authority ${s.authorityId}`,
          onTimePercent: s.onTimeShare === null ? null : Math.round(s.onTimeShare * 100),
          onTimeWidth: s.onTimeShare === null ? 0 : Math.round(s.onTimeShare * CHART_WIDTH),
          chartWidth: CHART_WIDTH,
          // Each exemption's label on its own line, above its bar, so a long one is never hidden.
          exemptionChart: {
            bars: top.map((e) => ({
              ...e,
              width: Math.max(2, Math.round((e.count / most) * (CHART_WIDTH - 40))),
            })),
          },
        };
      }),
    };
  }
}
