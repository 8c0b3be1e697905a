import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength, ArrayMaxSize } from 'class-validator';
import {
  ClockEvent,
  computeDeadlines,
  DeadlineInputError,
  eventDay,
  DeadlineView,
  NATIONS,
  Nation,
  parseEventText,
  Regime,
  REGIMES,
  WorkingDayCalendar,
} from '@app/domain';
import { APP_CONFIG, AppConfig, TimeSource } from '@app/platform';
import { IsCalendarDate, IsEventDate } from '../common/date-validators';

export class DeadlineQueryDto {
  @IsIn(REGIMES)
  regime!: Regime;

  @IsEventDate()
  receivedAt!: string;

  @IsOptional()
  @IsIn(NATIONS)
  nation?: Nation;

  /** `kind@DATE[:UNTIL]`, repeatable: `?event=fee-notice@2025-01-15&event=fee-paid@2025-02-03`. */
  @IsOptional()
  @Transform(({ value }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  event?: string[];

  @IsOptional()
  @IsCalendarDate()
  today?: string;

  @IsOptional()
  @IsIn(['ico', 'next-working-day'])
  receiptRule?: 'ico' | 'next-working-day';
}

/** The calculator: the deadline view for any inputs, the same engine as every request uses. */
@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('api/v1/deadlines')
export class DeadlinesController {
  constructor(
    private readonly calendar: WorkingDayCalendar,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly time: TimeSource,
  ) {}

  @Get()
  calculate(@Query() query: DeadlineQueryDto): DeadlineView {
    const events = (query.event ?? []).map(eventOfQuery);
    return withQueryFieldNames(() =>
      computeDeadlines(
        { regime: query.regime, receivedAt: query.receivedAt, nation: query.nation, events },
        this.calendar,
        {
          today: query.today ?? this.time.today(),
          receiptRule: query.receiptRule ?? this.config.receiptRule,
          dueSoonWorkingDays: this.config.dueSoonWorkingDays,
        },
      ),
    );
  }
}

/**
 * `kind@DATE[:UNTIL]` from the query. The engine (and the CLI) still read a time without a zone as
 * London's; the API takes only a date or an instant with its zone, as for every date of an event.
 */
function eventOfQuery(text: string, i: number): ClockEvent {
  const field = `event[${i}]`;
  const event = parseEventText(text, field);
  if (Number.isNaN(eventDay(event.on))) {
    throw new DeadlineInputError(
      field,
      `${field} "${text}": the date must be a real date (YYYY-MM-DD) or an instant with a time zone (RFC 3339)`,
    );
  }
  return event;
}

/** The engine names `events[0].on`; here the caller sent `event=…`, so name that. */
function withQueryFieldNames(compute: () => DeadlineView): DeadlineView {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof DeadlineInputError)) throw error;
    const field = error.field.replace(/^events\[(\d+)\].*$/, 'event[$1]');
    throw new DeadlineInputError(field, error.message.replace(/^events\[(\d+)\]/, 'event[$1]'));
  }
}
