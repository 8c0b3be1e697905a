import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import { AuthoritiesRepository, UserEntity } from '@app/persistence';
import { DomainError, TimeSource } from '@app/platform';
import {
  LetterTemplate,
  RenderedLetter,
  TemplateCatalog,
  UnknownTemplateError,
} from '@app/templates';
import { CurrentUser } from '../auth/current-user.decorator';
import { MAX_ID } from '../common/id.pipe';
import { ReadsOnly } from '../common/public.decorator';

export class PreviewDto {
  @IsObject()
  variables!: Record<string, unknown>;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  authorityId?: number;
}

@ApiTags('templates')
@ApiBearerAuth()
@Controller('api/v1/templates')
export class TemplatesController {
  constructor(
    private readonly catalog: TemplateCatalog,
    private readonly authorities: AuthoritiesRepository,
    private readonly time: TimeSource,
  ) {}

  @Get()
  list(): LetterTemplate[] {
    return this.catalog.list();
  }

  @Get(':id')
  show(@Param('id') id: string): LetterTemplate {
    const template = this.catalog.get(id);
    if (!template) throw new UnknownTemplateError(id);
    return template;
  }

  /** The letter as it would be sent; nothing is saved. Reading, so viewers may preview too. */
  @ReadsOnly()
  @Post(':id/preview')
  @HttpCode(200)
  async preview(
    @Param('id') id: string,
    @Body() body: PreviewDto,
    @CurrentUser() user: UserEntity,
  ): Promise<RenderedLetter> {
    this.show(id);
    const authority =
      body.authorityId === undefined ? null : await this.authorities.findById(body.authorityId);
    if (body.authorityId !== undefined && !authority)
      throw DomainError.notFound('authority', 'authorityId', body.authorityId);
    return this.catalog.render(id, body.variables, {
      authority: authority ? { name: authority.name, email: authority.email } : undefined,
      today: this.time.today(),
      sender: { name: user.name, email: user.email },
    });
  }
}
