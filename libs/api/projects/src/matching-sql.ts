/**
 * Secondary entry point `@ensemble/api/projects/matching-sql`: the SQL fragments and weights role
 * matching scores with, for the PostgreSQL-only candidates baseline in bench/ (ADR 0008), which must
 * rank with the service's own formula for the two answers to be comparable. Not for other domains.
 */
export { MATCHING } from './matching/matching-weights';
export { FIT, HOURS_FIT, LOAD, SCORE, SKILL_FITS, WEIGHT } from './matching/matching.sql';
