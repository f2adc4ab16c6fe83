/**
 * What graphql-js passes a field resolver for its arguments when the field takes none.
 *
 * Field resolvers without arguments are declared without parameter decorators, as
 * `(parent, args: NoArgs, context)`: @nestjs/graphql then calls them directly instead of through its
 * per-call context creator (parameter pipes and an interceptor chain: several promises per field per
 * row of a page). Fields with arguments keep `@Args()`, which the validation pipe checks. The lint
 * rule field-resolver-positional enforces this; docs/adr/0010-synchronous-field-resolvers.md says why.
 */
export type NoArgs = Record<string, never>;
