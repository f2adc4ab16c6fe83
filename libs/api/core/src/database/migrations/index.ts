import { InitialSchema1764000000000 } from './1764000000000-initial-schema';

/**
 * The schema's whole history, in order. Listed explicitly (not globbed) so that it survives bundling
 * and so that a reviewer sees every migration that runs. See docs/adr/0003-one-migration-history.md.
 */
export const MIGRATIONS = [InitialSchema1764000000000];
