/**
 * Element ids of the editor's controls, so the completeness meter's "next step" can take the person
 * straight to the field it names (ProfileNextStep.field from the API).
 */
export const FIELD_IDS = {
  headline: 'profile-headline',
  bio: 'profile-bio',
  avatar: 'profile-avatar-upload',
  location: 'profile-location',
  timeZone: 'profile-time-zone',
  spokenLanguages: 'profile-add-language',
  links: 'profile-add-link',
  hoursPerWeekAvailable: 'profile-hours',
  openToProjects: 'profile-open-to-projects',
  passions: 'profile-passions',
  askMeAbout: 'profile-ask-me-about',
  skills: 'skill-picker',
} as const;

/** The id of the control for a completeness check, when the editor has one. */
export function fieldIdForStep(step: string): string | null {
  if (step in FIELD_IDS) return FIELD_IDS[step as keyof typeof FIELD_IDS];
  // Checks the skills domain adds ("skills", "threeSkills", "endorsements"…) are about the skills section.
  if (/skill|endorse/i.test(step)) return FIELD_IDS.skills;
  return null;
}
