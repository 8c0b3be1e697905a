import { PartialType } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { NATIONS, Nation, Regime, REGIMES } from '@app/domain';
import { referencePatternProblem } from '@app/platform';

/** Checked with the engine that will run it (RE2), so what is accepted here can always run. */
@ValidatorConstraint({ name: 'regex' })
class IsRegex implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return referencePatternProblem(String(value)) === null;
  }
  defaultMessage(args: ValidationArguments): string {
    return `referencePattern must be a regular expression RE2 accepts (no backreferences or lookarounds): ${referencePatternProblem(String(args.value))}`;
  }
}

export class CreateAuthorityDto {
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @IsEmail()
  @MaxLength(320)
  email!: string;

  @IsIn(NATIONS)
  nation!: Nation;

  @IsOptional()
  @IsIn(REGIMES)
  regime?: Regime;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Validate(IsRegex)
  referencePattern?: string;
}

export class UpdateAuthorityDto extends PartialType(CreateAuthorityDto) {}
