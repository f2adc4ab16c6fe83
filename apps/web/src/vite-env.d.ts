/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** GraphQL endpoint; "/graphql" (same origin) when unset. Validated by src/app/env.ts. */
  readonly VITE_GRAPHQL_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
