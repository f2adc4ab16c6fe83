import { List, Text, ThemeIcon } from '@mantine/core';
import type { RoleSkillFit } from '@ensemble/web/projects/data-access';

/** One required skill against a person's level, in words. */
export function skillFitText(fit: RoleSkillFit, subject: 'you' | 'they'): string {
  const need = `${fit.mustHave ? 'must-have' : 'nice-to-have'}, level ${fit.minLevel}+`;
  let have: string;
  if (fit.level === null || fit.level === undefined) {
    have = subject === 'you' ? 'you do not list it' : 'not on their profile';
  } else {
    const at = subject === 'you' ? `you are at level ${fit.level}` : `level ${fit.level}`;
    have = fit.meetsMinimum ? `${at}: meets the minimum` : `${at}: below the minimum`;
  }
  const extras: string[] = [];
  if (fit.interested) extras.push(subject === 'you' ? 'you are interested' : 'interested');
  if (fit.endorsementCount > 0)
    extras.push(fit.endorsementCount === 1 ? '1 endorsement' : `${fit.endorsementCount} endorsements`);
  if (fit.evidenceCount > 0)
    extras.push(fit.evidenceCount === 1 ? '1 completed project' : `${fit.evidenceCount} completed projects`);
  return `${fit.skillName} (${need}): ${have}${extras.length ? `; ${extras.join(', ')}` : ''}`;
}

export interface SkillFitListProps {
  skills: readonly RoleSkillFit[];
  subject: 'you' | 'they';
  label: string;
}

/** Every required skill of a role, each with the person's level and whether it meets the minimum. */
export function SkillFitList({ skills, subject, label }: SkillFitListProps) {
  if (skills.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        This role asks for no particular skill.
      </Text>
    );
  }
  return (
    <List
      size="sm"
      spacing={4}
      aria-label={label}
      center
      icon={null}
      styles={{ itemWrapper: { alignItems: 'flex-start' } }}
    >
      {skills.map((fit) => (
        <List.Item
          key={fit.skillId}
          icon={
            <ThemeIcon
              size={18}
              radius="xl"
              color={fit.meetsMinimum ? 'green' : 'orange'}
              variant="light"
              aria-hidden="true"
            >
              <Text size="xs" fw={700} span>
                {fit.meetsMinimum ? '✓' : '!'}
              </Text>
            </ThemeIcon>
          }
        >
          {skillFitText(fit, subject)}
        </List.Item>
      ))}
    </List>
  );
}

/** Hours needed against the free hours, in words. */
export function hoursFitText(
  hoursNeeded: number,
  freeHours: number | null | undefined,
  subject: 'you' | 'they',
): string {
  const needed = `${hoursNeeded} h a week needed`;
  if (freeHours === null || freeHours === undefined) return needed;
  const free = subject === 'you' ? `you have ${freeHours} h free` : `${freeHours} h free`;
  return `${needed}, ${free}`;
}
