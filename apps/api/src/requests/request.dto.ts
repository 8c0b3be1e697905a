import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  DEADLINE_STATES,
  DeadlineState,
  Direction,
  DIRECTIONS,
  MESSAGE_KINDS,
  MessageKind,
  Outcome,
  Regime,
  REGIMES,
  REQUEST_STATUSES,
  RequestStatus,
  RESPONSE_OUTCOMES,
  REVIEW_OUTCOMES,
  SEND_METHODS,
  SendMethod,
} from '@app/domain';
import type { RequestSort } from '@app/persistence';
import { IsCalendarDate, IsEventDate } from '../common/date-validators';
import { MAX_ID } from '../common/id.pipe';
import { PageQuery } from '../common/paging';

/** From a template (`templateId` + `variables`) or as free text (`subject` + `body`). */
export class CreateRequestDto {
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  authorityId!: number;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  templateId?: string;

  @IsOptional()
  @IsObject()
  variables?: Record<string, unknown>;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsIn(REGIMES)
  regime?: Regime;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  campaign?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  subject?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  body?: string;
}

export const SORTS: readonly RequestSort[] = [
  'dueDate',
  '-dueDate',
  'createdAt',
  '-createdAt',
  'reference',
  '-reference',
];

export class ListRequestsQuery extends PageQuery {
  @IsOptional()
  @IsIn(REQUEST_STATUSES)
  status?: RequestStatus;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  authorityId?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  ownerId?: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  campaign?: string;

  @IsOptional()
  @IsIn(['true', 'false'])
  outstanding?: 'true' | 'false';

  @IsOptional()
  @IsIn(DEADLINE_STATES)
  deadlineState?: DeadlineState;

  /** Our reference, the authority's reference, the title or the authority's name contains it (any case). */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsIn(SORTS)
  sort?: RequestSort;
}

export class SendRequestDto {
  @IsOptional()
  @IsEventDate()
  sentAt?: string;

  @IsIn(SEND_METHODS)
  method!: SendMethod;

  /** When the authority got it: a date, or the instant an email arrived (its London date counts). */
  @IsOptional()
  @IsEventDate()
  receivedAt?: string;

  @IsOptional()
  @IsBoolean()
  deliver?: boolean;
}

export const OUTCOMES: readonly Outcome[] = [...RESPONSE_OUTCOMES, ...REVIEW_OUTCOMES];

export class CreateMessageDto {
  @IsIn(DIRECTIONS)
  direction!: Direction;

  @IsIn(MESSAGE_KINDS)
  kind!: MessageKind;

  @IsEventDate()
  occurredAt!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  subject?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  body?: string;

  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: Outcome;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  exemptions?: string[];

  @IsOptional()
  @IsCalendarDate()
  extendedTo?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  authorityReference?: string;
}

/** Defined, so `null` is refused: only the optional facts of a message can be cleared. */
const Given = () => ValidateIf((_, value: unknown) => value !== undefined);

/**
 * A correction to a logged message: only the fields given change. `null` clears an outcome,
 * exemptions, a stated extension date or the authority's reference.
 */
export class CorrectMessageDto {
  @Given()
  @IsEventDate()
  occurredAt?: string;

  @Given()
  @IsIn(MESSAGE_KINDS)
  kind?: MessageKind;

  @IsOptional()
  @IsIn(OUTCOMES)
  outcome?: Outcome | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  exemptions?: string[] | null;

  @IsOptional()
  @IsCalendarDate()
  extendedTo?: string | null;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  authorityReference?: string | null;
}
