import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { UserEntity } from '@app/persistence';
import { CurrentUser } from '../auth/current-user.decorator';
import { IdPipe, MessageIdPipe } from '../common/id.pipe';
import {
  CorrectMessageDto,
  CreateMessageDto,
  CreateRequestDto,
  ListRequestsQuery,
  SendRequestDto,
} from './request.dto';
import { CreateRequestBodyPipe } from './create-request-body.pipe';
import { RequestLifecycleService } from './request-lifecycle.service';
import { RequestView } from './request-view';
import { RequestsService } from './requests.service';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('api/v1/requests')
export class RequestsController {
  constructor(
    private readonly requests: RequestsService,
    private readonly lifecycle: RequestLifecycleService,
  ) {}

  @Post()
  @ApiBody({ type: CreateRequestDto })
  create(
    // Typed unknown so the global pipe leaves it to this one, which reports every problem at once.
    @Body(CreateRequestBodyPipe) body: unknown,
    @CurrentUser() user: UserEntity,
  ): Promise<RequestView> {
    return this.requests.create(body as CreateRequestDto, user);
  }

  /** `{items, total, page, pageSize}`, sent as ready-made JSON text (see RequestsService.listJson). */
  @Get()
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOkResponse({ description: 'RequestList: { items, total, page, pageSize }' })
  list(@Query() query: ListRequestsQuery): Promise<string> {
    return this.requests.listJson(query);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: number): Promise<RequestView> {
    return this.requests.show(id);
  }

  /** Starts the clock. Returns the request with its new deadline. */
  @Post(':id/send')
  @HttpCode(200)
  async send(
    @Param('id', IdPipe) id: number,
    @Body() body: SendRequestDto,
    @CurrentUser() user: UserEntity,
  ): Promise<RequestView> {
    await this.lifecycle.send(id, body, user);
    return this.requests.show(id);
  }

  /** Logs a message from or to the authority; 409 when it cannot follow the history. */
  @Post(':id/messages')
  async addMessage(
    @Param('id', IdPipe) id: number,
    @Body() body: CreateMessageDto,
    @CurrentUser() user: UserEntity,
  ): Promise<RequestView> {
    await this.lifecycle.addMessage(id, body, user);
    return this.requests.show(id);
  }

  /** Corrects a logged message (the sent request's date too); the clock is replayed. */
  @Patch(':id/messages/:messageId')
  async correctMessage(
    @Param('id', IdPipe) id: number,
    @Param('messageId', MessageIdPipe) messageId: number,
    @Body() body: CorrectMessageDto,
    @CurrentUser() user: UserEntity,
  ): Promise<RequestView> {
    await this.lifecycle.correctMessage(id, messageId, body, user);
    return this.requests.show(id);
  }

  /** Removes a message logged in error (never the sent request); the clock is replayed. */
  @Delete(':id/messages/:messageId')
  async removeMessage(
    @Param('id', IdPipe) id: number,
    @Param('messageId', MessageIdPipe) messageId: number,
    @CurrentUser() user: UserEntity,
  ): Promise<RequestView> {
    await this.lifecycle.removeMessage(id, messageId, user);
    return this.requests.show(id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  async withdraw(
    @Param('id', IdPipe) id: number,
    @CurrentUser() user: UserEntity,
  ): Promise<RequestView> {
    await this.lifecycle.withdraw(id, user);
    return this.requests.show(id);
  }
}
