// Public surface of the web GraphQL layer: the typed `graphql()` document function and the generated
// operation types (both from graphql-codegen's client preset), and the urql client factory.
export { graphql } from './generated/gql';
export type * from './generated/graphql';
export { createGraphQLClient, type GraphQLClientOptions } from './client';
export { graphQLErrorCodes, hasGraphQLErrorCode } from './error-codes';
