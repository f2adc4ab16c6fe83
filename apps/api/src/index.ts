/**
 * `@ensemble/apps/api`: the composed API for the tools and benchmarks that need all of it (schema
 * emission, benchmarks that boot the real app in process). Only bench/ and tools/ may import it
 * (eslint.config.mjs); libraries never depend on the app.
 */
export { AppModule } from './app.module';
export { API_RESOLVERS } from './schema-resolvers';
