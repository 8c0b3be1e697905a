import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FoiRequestEntity } from '../../entities/foi-request.entity';
import { MessageEntity } from '../../entities/message.entity';
import { ReminderEntity } from '../../entities/reminder.entity';
import { RequestEventEntity } from '../../entities/request-event.entity';

/** One request, as its page and its forms read it. */
@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The draft a dashboard form made, if that form was sent before. */
  findIdByFormToken(formToken: string): Promise<number | null> {
    return this.dataSource
      .getRepository(FoiRequestEntity)
      .findOne({ where: { formToken }, select: { id: true } })
      .then((row) => row?.id ?? null);
  }

  findById(id: number): Promise<FoiRequestEntity | null> {
    return this.dataSource
      .getRepository(FoiRequestEntity)
      .findOne({ where: { id }, relations: { authority: true, owner: true } });
  }

  findMessages(requestId: number): Promise<MessageEntity[]> {
    return this.dataSource
      .getRepository(MessageEntity)
      .find({ where: { requestId }, order: { id: 'ASC' } });
  }

  findReminders(requestId: number): Promise<ReminderEntity[]> {
    return this.dataSource
      .getRepository(ReminderEntity)
      .find({ where: { requestId }, order: { fireAt: 'ASC', id: 'ASC' } });
  }

  /** The request with everything a person reads on its page. */
  async findWithHistory(id: number): Promise<{
    request: FoiRequestEntity;
    messages: MessageEntity[];
    events: RequestEventEntity[];
  } | null> {
    const request = await this.findById(id);
    if (!request) return null;
    const [messages, events] = await Promise.all([
      this.findMessages(id),
      this.dataSource
        .getRepository(RequestEventEntity)
        .find({ where: { requestId: id }, relations: { actor: true }, order: { id: 'ASC' } }),
    ]);
    return { request, messages, events };
  }
}
