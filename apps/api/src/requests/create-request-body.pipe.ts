import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { TemplateCatalog } from '@app/templates';
import { createValidationPipe } from '../common/validation';
import { CreateRequestDto } from './request.dto';

/**
 * The body of `POST /api/v1/requests`, checked whole: when its fields are wrong, the letter's
 * details (the template's variables) are checked in the same answer, so a client hears every
 * problem at once rather than one kind per try. A body whose fields are right goes on to the
 * service, which checks the details as it renders the letter.
 */
@Injectable()
export class CreateRequestBodyPipe implements PipeTransform<unknown, Promise<CreateRequestDto>> {
  private readonly validation = createValidationPipe();

  constructor(private readonly catalog: TemplateCatalog) {}

  async transform(value: unknown): Promise<CreateRequestDto> {
    try {
      return (await this.validation.transform(value, {
        type: 'body',
        metatype: CreateRequestDto,
      })) as CreateRequestDto;
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      const answer = error.getResponse() as { message: string; errors: Record<string, string[]> };
      const details = this.detailProblems(value);
      if (Object.keys(details).length === 0) throw error;
      const errors = { ...answer.errors, ...details };
      const message = `${Object.values(errors)
        .map(([first]) => first)
        .join('. ')}.`;
      throw new BadRequestException({ message, errors });
    }
  }

  /** The template's variables' problems, keyed `variables.<name>`; none if there is no template. */
  private detailProblems(value: unknown): Record<string, string[]> {
    if (typeof value !== 'object' || value === null) return {};
    const { templateId, variables } = value as { templateId?: unknown; variables?: unknown };
    if (typeof templateId !== 'string' || !this.catalog.get(templateId)) return {};
    if (variables !== undefined && (typeof variables !== 'object' || variables === null)) return {};
    const problems = this.catalog.checkVariables(
      templateId,
      (variables ?? {}) as Record<string, unknown>,
    );
    return Object.fromEntries(
      Object.entries(problems).map(([name, list]) => [`variables.${name}`, list]),
    );
  }
}
