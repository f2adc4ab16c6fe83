import { useId } from 'react';
import {
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { JOIN_POLICY_LABELS } from './labels';
import { LIMITS, type FieldErrors, type RoleDraft } from './project-form-model';
import { SkillPicker } from './skill-picker';

const LEVEL_OPTIONS = [1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: `Level ${level}+` }));

export interface RoleFieldsProps {
  index: number;
  role: RoleDraft;
  errors: FieldErrors;
  onChange: (role: RoleDraft) => void;
  onRemove: () => void;
  /** A saved role with members cannot be removed (the API refuses). */
  removable: boolean;
}

/** One role of the project form: title, description, seats, join policy, consent and required skills. */
export function RoleFields({ index, role, errors, onChange, onRemove, removable }: RoleFieldsProps) {
  const headingId = useId();
  const prefix = `roles.${index}.`;
  const label = role.title.trim() || `Role ${index + 1}`;
  const set = <K extends keyof RoleDraft>(key: K, value: RoleDraft[K]) => onChange({ ...role, [key]: value });
  const roleError = Object.entries(errors)
    .filter(
      ([key]) =>
        key.startsWith(prefix) &&
        !/\.(title|description|seats|consentDays|skills|joinPolicy|managerConsent)$/.test(key),
    )
    .map(([, message]) => message)
    .join(' ');

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="fieldset"
      aria-labelledby={headingId}
      style={{ margin: 0 }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            Role {index + 1}
          </Title>
          {removable ? (
            <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
              Remove role {label}
            </Button>
          ) : null}
        </Group>
        <TextInput
          label="Role title"
          required
          maxLength={LIMITS.title}
          value={role.title}
          error={errors[`${prefix}title`]}
          onChange={(event) => set('title', event.currentTarget.value)}
        />
        <Textarea
          label="Role description"
          autosize
          minRows={2}
          value={role.description}
          error={errors[`${prefix}description`]}
          onChange={(event) => set('description', event.currentTarget.value)}
        />
        <Group align="flex-start" gap="md" wrap="wrap">
          <NumberInput
            label="Seats"
            description="1 to 50"
            min={LIMITS.minSeats}
            max={LIMITS.maxSeats}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={role.seats}
            error={errors[`${prefix}seats`]}
            onChange={(value) => set('seats', value)}
            w={140}
          />
          <Radio.Group
            label="How people join"
            value={role.joinPolicy}
            error={errors[`${prefix}joinPolicy`]}
            onChange={(value) =>
              onChange({
                ...role,
                joinPolicy: value === 'APPLICATION' ? 'APPLICATION' : 'OPEN',
                managerConsent: value === 'APPLICATION' ? role.managerConsent : false,
              })
            }
          >
            <Stack gap={4} mt={4}>
              <Radio value="OPEN" label={JOIN_POLICY_LABELS.OPEN} />
              <Radio value="APPLICATION" label={JOIN_POLICY_LABELS.APPLICATION} />
            </Stack>
          </Radio.Group>
        </Group>
        {role.joinPolicy === 'OPEN' ? (
          <Checkbox
            label="Joining at once requires the must-have skills (others can apply, and a lead decides)"
            description="Off: anyone may join, and is warned first about must-have skills they lack."
            checked={role.joinRequiresSkills}
            onChange={(event) => set('joinRequiresSkills', event.currentTarget.checked)}
          />
        ) : null}
        {role.joinPolicy === 'APPLICATION' ? (
          <Group align="flex-end" gap="md">
            <Checkbox
              label="Ask each applicant’s manager to consent (silence past the deadline counts as yes)"
              checked={role.managerConsent}
              error={errors[`${prefix}managerConsent`]}
              onChange={(event) => set('managerConsent', event.currentTarget.checked)}
            />
            {role.managerConsent ? (
              <NumberInput
                label="Days the manager has"
                min={LIMITS.minConsentDays}
                max={LIMITS.maxConsentDays}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                value={role.consentDays}
                error={errors[`${prefix}consentDays`]}
                onChange={(value) => set('consentDays', value)}
                w={180}
              />
            ) : null}
          </Group>
        ) : null}
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Required skills
          </Text>
          {role.skills.length === 0 ? (
            <Text size="sm" c="dimmed">
              None yet: add the skills this role needs, so the right people are suggested.
            </Text>
          ) : (
            <Stack
              gap="xs"
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              aria-label={`Skills for ${label}`}
            >
              {role.skills.map((skill, skillIndex) => (
                <Group key={skill.skillId} component="li" gap="sm" wrap="wrap" align="flex-end">
                  <Text size="sm" fw={500} miw={140}>
                    {skill.name}
                  </Text>
                  <NativeSelect
                    label={`Minimum level for ${skill.name}`}
                    size="xs"
                    data={LEVEL_OPTIONS}
                    value={String(skill.minLevel)}
                    onChange={(event) => {
                      const skills = [...role.skills];
                      skills[skillIndex] = { ...skill, minLevel: Number(event.currentTarget.value) };
                      set('skills', skills);
                    }}
                  />
                  <NativeSelect
                    label={`Weight of ${skill.name}`}
                    size="xs"
                    data={[
                      { value: 'must', label: 'Must-have' },
                      { value: 'nice', label: 'Nice-to-have' },
                    ]}
                    value={skill.mustHave ? 'must' : 'nice'}
                    onChange={(event) => {
                      const skills = [...role.skills];
                      skills[skillIndex] = { ...skill, mustHave: event.currentTarget.value === 'must' };
                      set('skills', skills);
                    }}
                  />
                  <CloseButton
                    aria-label={`Remove ${skill.name} from ${label}`}
                    onClick={() =>
                      set(
                        'skills',
                        role.skills.filter((entry) => entry.skillId !== skill.skillId),
                      )
                    }
                  />
                </Group>
              ))}
            </Stack>
          )}
          <SkillPicker
            label={`Add a required skill to ${label}`}
            exclude={role.skills.map((skill) => skill.skillId)}
            disabled={role.skills.length >= LIMITS.roleSkills}
            error={errors[`${prefix}skills`]}
            onPick={(skill) =>
              set('skills', [
                ...role.skills,
                { skillId: skill.id, name: skill.name, minLevel: 3, mustHave: true },
              ])
            }
          />
        </Stack>
        {roleError ? (
          <Text size="sm" c="red.9" role="alert">
            {roleError}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
