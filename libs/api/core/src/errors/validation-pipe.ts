import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { BadUserInputError, type FieldProblem } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * The parameter types @nestjs/graphql hands to pipes (its GqlParamtype, which the package does not
 * export). The integration tests' BAD_USER_INPUT cases fail if ARGS ever stops matching.
 */
export const GRAPHQL_PARAM = { ROOT: 0, CONTEXT: 1, INFO: 2, ARGS: 3 } as const;
/** What a client sends: GraphQL arguments, and an HTTP request's body, query string and route params. */
const CLIENT_INPUT = new Set<unknown>([GRAPHQL_PARAM.ARGS, 'body', 'query', 'param']);

/**
 * Validates only client input. Nest applies global pipes to every parameter of every field resolver,
 * including `@Parent()`: validating the parent would copy it with class-transformer and walk it with
 * class-validator once per field of every row of a page (measured: a sixth of a search's CPU went to
 * pipes, promises and the garbage they leave), and it is our own object, not input.
 */
export class InputValidationPipe extends ValidationPipe {
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return CLIENT_INPUT.has(metadata.type) && super.toValidate(metadata);
  }
}

/** Input classes are validated with class-validator; failures become BAD_USER_INPUT naming the fields. */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const summary = fields.map((field) => field.problems.join('; ')).join('; ');
      return new BadUserInputError(summary ? `Invalid input: ${summary}.` : 'Invalid input.', fields);
    },
  });
}
