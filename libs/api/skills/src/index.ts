export { SkillsModule } from './skills.module';
export { SkillsService, type SkillSuggestionResult, type MergeOutcome } from './services/skills.service';
export { SkillsResolver, SkillAdminResolver } from './skills.resolver';
export { PersonSkillsResolver, PersonSkillFieldsResolver, MySkillsResolver } from './person-skills.resolver';
export { SkillHoldersResolver, SkillHolderFieldsResolver } from './skill-holders.resolver';
export {
  SkillHoldersService,
  type SkillHolderRecord,
  type SkillHoldersPage,
  type SkillHoldersQuery,
  type SkillLevelCounts,
} from './services/skill-holders.service';
export { SkillHolder, SkillLevelCount } from './dto/skill-holders.type';
export {
  PersonSkillsService,
  MAX_ENDORSEMENT_NOTE,
  MAX_YEARS,
  TOP_ENDORSERS,
  type EndorsementRecord,
  type EndorserRecord,
  type EndorseRequest,
  type PersonSkillRecord,
  type SetSkillInput,
} from './services/person-skills.service';
export {
  ENDORSEMENT_EVIDENCE,
  NoProjectsEvidence,
  type EndorsementEvidence,
} from './endorsements/endorsement-evidence';
export { PersonSkill, Endorsement, Endorser, SkillLevel, InterestLevel } from './dto/person-skill.type';
export {
  EndorseSelfError,
  EvidenceNotFoundError,
  SkillNotFoundError,
  SkillNotOnProfileError,
  SkillRetiredError,
  SkillAlreadyMergedError,
  SkillMergeIntoItselfError,
  SkillMergeTargetInactiveError,
  SkillNameTakenError,
} from './skills.errors';
export {
  SkillEntity,
  SKILL_SOURCES,
  type SkillSourceName,
  type SkillStatusName,
} from './entities/skill.entity';
export { SkillAliasEntity } from './entities/skill-alias.entity';
export { PersonSkillEntity } from './entities/person-skill.entity';
export { EndorsementEntity } from './entities/endorsement.entity';
export { Skill, SkillSource, SkillStatus, SkillMatch, SkillSuggestion, mapSkill } from './dto/skill.type';
export {
  STARTER_TAXONOMY,
  STARTER_CATEGORIES,
  STARTER_KEY_PREFIX,
  starterSkillUri,
  type StarterCategory,
  type StarterSkill,
  SKILL_LEVELS,
  INTEREST_LEVELS,
} from '@ensemble/api/skills-data';
export { applyStarterTaxonomy, starterTaxonomyEntries } from './taxonomy/install-starter';
export {
  inTaxonomyTransaction,
  namespaceOf,
  upsertTaxonomy,
  type TaxonomyEntry,
  type TaxonomyProgress,
  type TaxonomyReport,
  type TaxonomySource,
  type UpsertTaxonomyOptions,
} from './taxonomy/upsert-taxonomy';
export {
  autocompleteStatement,
  matchOfTier,
  DEFAULT_SUGGESTIONS,
  MAX_SEARCH_LENGTH,
  MAX_SUGGESTIONS,
  type AutocompleteStatement,
  type SuggestionMatch,
} from './taxonomy/autocomplete';
export {
  MAX_SKILL_NAME_LENGTH,
  adjacentSwaps,
  cleanSkillName,
  escapeLike,
  normalizeSkillName,
  skillSlug,
} from './taxonomy/normalize';
export { recountHolderCounts, skillFromRow, type SkillRow } from './taxonomy/skill-rows';
export {
  CsvError,
  CsvParser,
  parseCsv,
  readCsvRecords,
  readCsvRows,
  type CsvOptions,
  type ReadProgress,
} from './import/csv';
export {
  ESCO_FILES,
  ESCO_GROUP_CATEGORY,
  buildEscoTaxonomy,
  importEsco,
  readEscoTaxonomy,
  type EscoBroaderRelation,
  type EscoConcept,
  type EscoImportOptions,
  type EscoImportReport,
  type EscoTaxonomy,
} from './import/esco-importer';
export {
  ONET_CLASS_CATEGORY,
  ONET_PRODUCT_CATEGORY,
  buildOnetTaxonomy,
  importOnet,
  type OnetImportOptions,
  type OnetImportReport,
  type OnetTaxonomy,
  type OnetTechnologyRow,
} from './import/onet-importer';
export { sharedDataDir } from './import/shared-data';
