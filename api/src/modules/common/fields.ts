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
  ValidateIf,
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

/** Refuses null: a required field in an update input may be left out, but not cleared. */
@ValidatorConstraint({ name: "notNull" })
class NotNull implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return value !== null;
  }
  defaultMessage(args?: ValidationArguments): string {
    return `${args?.property ?? "value"} is required and cannot be cleared`;
  }
}

/** Optional, and an empty string means "clear it" (as null does), so its format is not checked. */
const IsOptionalOrEmpty = () =>
  ValidateIf(
    (_object, value) =>
      value !== null && value !== undefined && !(typeof value === "string" && value.trim() === ""),
  );

/** Left out keeps the stored value; given, it is validated and null is refused. */
const KeepOrChange = () =>
  compose(
    ValidateIf((_object, value) => value !== undefined),
    Validate(NotNull),
  );

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

/** A required text in an update input: may be left out, not cleared (null or blank). */
export function UpdateText(max: number, description?: string): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    KeepOrChange(),
    Length(1, max),
    Validate(NotBlank),
  );
}

export function OptionalEmail(): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true }),
    IsOptionalOrEmpty(),
    MaxLength(200),
    IsEmail(),
  );
}

export function OptionalPhone(): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true }),
    IsOptionalOrEmpty(),
    Matches(PHONE_PATTERN, { message: "phone must be a phone number (digits, spaces, + - ( ))" }),
  );
}

export function OptionalUrl(): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true }),
    IsOptionalOrEmpty(),
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

/** A required date in an update input: may be left out, not cleared. */
export function UpdateDate(description?: string): PropertyDecorator {
  return compose(
    Field(() => String, { nullable: true, description }),
    KeepOrChange(),
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

/** A required whole number in an update input: may be left out, not cleared. */
export function UpdateInt(min: number, max: number, description?: string): PropertyDecorator {
  return compose(
    Field(() => Int, { nullable: true, description }),
    KeepOrChange(),
    Min(min),
    Max(max),
  );
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

/** A required enum in an update input: may be left out, not cleared. */
export function UpdateEnum(type: object, description?: string): PropertyDecorator {
  return compose(
    Field(() => type, { nullable: true, description }),
    KeepOrChange(),
  );
}
