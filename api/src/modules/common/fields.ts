/**
 * Field decorators that pair the GraphQL field with its validation, so every input type states
 * its rules once (STYLE.md §3).
 */
import {
  IsEmail,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from "class-validator";
import { Field, ID, Int } from "type-graphql";

/** Ids are short, printable and safe in URLs and CSV files. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

type PropertyDecorator = (target: object, propertyKey: string) => void;

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** Rejects strings that are blank after trimming, and NUL characters. */
@ValidatorConstraint({ name: "notBlank" })
class NotBlank implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === "string" && value.trim().length > 0 && !value.includes("\u0000");
  }
  defaultMessage(args?: ValidationArguments): string {
    return `${args?.property ?? "value"} must not be empty`;
  }
}

/** A calendar date as YYYY-MM-DD that exists (no 2024-02-31). */
@ValidatorConstraint({ name: "isCalendarDate" })
class IsCalendarDate implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== "string" || !DATE_PATTERN.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }
  defaultMessage(args?: ValidationArguments): string {
    return `${args?.property ?? "value"} must be a date as YYYY-MM-DD`;
  }
}

export function RequiredText(max: number, description?: string): PropertyDecorator {
  return compose(
    Field(() => String, { description }),
    Length(1, max),
    Validate(NotBlank),
  );
}

export function OptionalText(max: number, description?: string): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(max),
  );
}

export function OptionalEmail(): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true }),
    IsOptional(),
    MaxLength(200),
    IsEmail(),
  );
}

export function OptionalPhone(): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true }),
    IsOptional(),
    Matches(PHONE_PATTERN, { message: "phone must be a phone number (digits, spaces, + - ( ))" }),
  );
}

export function OptionalUrl(): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true }),
    IsOptional(),
    MaxLength(300),
    IsUrl({ protocols: ["http", "https"], require_protocol: true }),
  );
}

export function DateField(nullable: boolean, description?: string): PropertyDecorator {
  return nullable
    ? compose(
        Field(() => String, { nullable: true, description }),
        IsOptional(),
        Validate(IsCalendarDate),
      )
    : compose(
        Field(() => String, { description }),
        Validate(IsCalendarDate),
      );
}

export function IntField(
  min: number,
  max: number,
  options: { nullable?: boolean; description?: string } = {},
): PropertyDecorator {
  const field = Field(() => Int, { nullable: options.nullable, description: options.description });
  return options.nullable
    ? compose(field, IsOptional(), Min(min), Max(max))
    : compose(field, Min(min), Max(max));
}

export function OptionalId(description?: string): PropertyDecorator {
  return compose(
    Field(() => ID, { nullable: true, description }),
    IsOptional(),
    Matches(ID_PATTERN, { message: "id may hold letters, digits and _ . : - (at most 100)" }),
  );
}

export function RequiredId(description?: string): PropertyDecorator {
  return compose(
    Field(() => ID, { description }),
    Matches(ID_PATTERN, { message: "id may hold letters, digits and _ . : - (at most 100)" }),
  );
}

export function EnumField(
  type: object,
  nullable: boolean,
  description?: string,
): PropertyDecorator {
  return nullable
    ? compose(
        Field(() => type, { nullable: true, description }),
        IsOptional(),
      )
    : Field(() => type, { description });
}
