import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { Skills1764100000000 } from './1764100000000-skills';
import { Profiles1764200000000 } from './1764200000000-profiles';
import { PersonSkills1764300000000 } from './1764300000000-person-skills';
import { Discovery1764400000000 } from './1764400000000-discovery';
import { NotificationsSavedSearches1764500000000 } from './1764500000000-notifications-saved-searches';
import { Projects1764600000000 } from './1764600000000-projects';
import { SearchIndex1764800000000 } from './1764800000000-search-index';
import { SamlBrowserBinding1764900000000 } from './1764900000000-saml-browser-binding';
import { RateLimits1764913000000 } from './1764913000000-rate-limits';
import { ProjectParts1765000000000 } from './1765000000000-project-parts';
import { SearchProjects1765100000000 } from './1765100000000-search-projects';
import { RoleJoinRequiresSkills1765220000000 } from './1765220000000-role-join-requires-skills';

/**
 * The schema's whole history, in order. Listed explicitly (not globbed) so that it survives bundling
 * and so that a reviewer sees every migration that runs. See docs/adr/0003-one-migration-history.md.
 */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  Skills1764100000000,
  Profiles1764200000000,
  PersonSkills1764300000000,
  Discovery1764400000000,
  NotificationsSavedSearches1764500000000,
  Projects1764600000000,
  SearchIndex1764800000000,
  SamlBrowserBinding1764900000000,
  RateLimits1764913000000,
  ProjectParts1765000000000,
  SearchProjects1765100000000,
  RoleJoinRequiresSkills1765220000000,
];
