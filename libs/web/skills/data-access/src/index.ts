// One file per operation: the typed document and the hook that runs it.
export { SkillQuery, useSkill } from './skill.query';
export {
  SkillHoldersQuery,
  useSkillHolderPages,
  SKILL_HOLDERS_PAGE_SIZE,
  type SkillHolderEdge,
} from './skill-holders.query';
export { MySkillsOnProfileQuery, useMySkill, type MySkillHolding } from './my-skill.query';
export { AddMySkillMutation, useAddMySkill } from './add-my-skill.mutation';
export type { SkillQuery as SkillResult, SkillStatus, SkillSource } from '@ensemble/web/graphql';
