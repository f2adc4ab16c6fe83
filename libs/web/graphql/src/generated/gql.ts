/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n': typeof types.DepartmentsDocument;
  '\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n    }\n  }\n': typeof types.MyProfileDocument;
  '\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n': typeof types.PeopleDirectoryDocument;
  '\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    location\n    bio\n    avatarUrl\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n  }\n': typeof types.PersonProfileFragmentDoc;
  '\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n': typeof types.PersonSummaryFragmentDoc;
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n  }\n': typeof types.PersonDocument;
};
const documents: Documents = {
  '\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n':
    types.ViewerDocument,
  '\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n':
    types.DepartmentsDocument,
  '\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n    }\n  }\n': types.MyProfileDocument,
  '\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n':
    types.PeopleDirectoryDocument,
  '\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    location\n    bio\n    avatarUrl\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n  }\n':
    types.PersonProfileFragmentDoc,
  '\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n':
    types.PersonSummaryFragmentDoc,
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n  }\n':
    types.PersonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      id\n      displayName\n      givenName\n      familyName\n      avatarUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n',
): (typeof documents)['\n  query Departments {\n    departments {\n      id\n      name\n      memberCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n    }\n  }\n',
): (typeof documents)['\n  query MyProfile {\n    viewer {\n      ...PersonProfile\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PeopleDirectory($first: Int!, $after: String, $filter: PeopleFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    location\n    bio\n    avatarUrl\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n  }\n',
): (typeof documents)['\n  fragment PersonProfile on Person {\n    id\n    email\n    displayName\n    givenName\n    familyName\n    title\n    location\n    bio\n    avatarUrl\n    department {\n      id\n      name\n    }\n    managerChain {\n      ...PersonSummary\n    }\n    directReports {\n      ...PersonSummary\n    }\n    directReportCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PersonSummary on Person {\n    id\n    displayName\n    givenName\n    familyName\n    title\n    avatarUrl\n    department {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n  }\n',
): (typeof documents)['\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonProfile\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
