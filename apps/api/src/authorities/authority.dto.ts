import { PartialType } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { NATIONS, Nation, Regime, REGIMES } from '@app/domain';

@ValidatorConstraint({ name: 'regex' })
class IsRegex implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    try {
      new RegExp(String(value));
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage(): string {
    return 'referencePattern must be a valid regular expression';
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
