import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FoiRequestEntity } from '../../entities/foi-request.entity';
import { MessageEntity } from '../../entities/message.entity';

/** What the statistics need of a sent request, and of its first response. */
export interface AnsweredFacts {
  request: Pick<FoiRequestEntity, 'id' | 'authorityId' | 'regime' | 'receivedOn' | 'clockEvents'>;
  response: Pick<MessageEntity, 'outcome' | 'exemptions'> | null;
}

/** The facts the statistics page works its figures out from. */
@Injectable()
export class RequestStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * What the statistics need of every sent request: its clock (for the due date and day count)
   * and its first response's outcome and exemptions. Only those columns, so 100,000 requests
   * read without their letters.
   */
  async findAnsweredFacts(): Promise<AnsweredFacts[]> {
    const [requests, responses] = await Promise.all([
      this.dataSource
        .getRepository(FoiRequestEntity)
        .createQueryBuilder('r')
        .select(['r.id', 'r.authorityId', 'r.regime', 'r.receivedOn', 'r.clockEvents'])
        .where('r.received_on IS NOT NULL')
        .getMany(),
      this.dataSource
        .getRepository(MessageEntity)
        .createQueryBuilder('m')
        .select(['m.id', 'm.requestId', 'm.outcome', 'm.exemptions', 'm.occurredAt'])
        .where("m.kind = 'response'")
        .orderBy('m.occurred_at', 'ASC')
        .getMany(),
    ]);
    const first = new Map<number, MessageEntity>();
    for (const m of responses) if (!first.has(m.requestId)) first.set(m.requestId, m);
    return requests.map((request) => ({ request, response: first.get(request.id) ?? null }));
  }
}
