import { useState } from 'react';
import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDepartments } from '@ensemble/web/people/data-access';
import { useSkillName } from '@ensemble/web/discovery/data-access';
import { STATUS_LABELS, STATUS_ORDER } from './labels';
import {
  EMPTY_MARKETPLACE_CRITERIA,
  MAX_SKILL_FILTERS,
  hasCriteria,
  type MarketplaceCriteria,
} from './marketplace-params';
import { SkillPicker } from './skill-picker';

/** The parts of the marketplace (ProjectsView in the API). */
const VIEW_OPTIONS = [
  { value: 'JOINABLE', label: 'Projects you can join' },
  { value: 'ENDED', label: 'Ended projects' },
  { value: 'ALL', label: 'All projects' },
];

function SkillChipView({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <Group gap={4} wrap="nowrap" component="li">
      <Text size="sm">{name}</Text>
      <CloseButton size="sm" aria-label={`Remove skill filter ${name}`} onClick={onRemove} />
    </Group>
  );
}

/** A skill filter that came from the URL (which holds only its id): its name is looked up. */
function UrlSkillChip({ id, onRemove }: { id: string; onRemove: () => void }) {
  const [{ data }] = useSkillName(id);
  return <SkillChipView name={data?.skill.name ?? 'Skill'} onRemove={onRemove} />;
}

export interface MarketplaceFiltersProps {
  criteria: MarketplaceCriteria;
  onChange: (next: MarketplaceCriteria) => void;
}

/** Text, skills (autocomplete), department, maximum hours, which projects and statuses; every change lands in the URL. */
export function MarketplaceFilters({ criteria, onChange }: MarketplaceFiltersProps) {
  const [text, setText] = useState(criteria.text);
  const [hours, setHours] = useState<string | number>(criteria.maxHours ?? '');
  const [names, setNames] = useState<Record<string, string>>({});
  const [{ data: departments }] = useDepartments();

  // When the URL changes (back, forward, "Clear all filters"), the fields follow it.
  const [shown, setShown] = useState({ text: criteria.text, maxHours: criteria.maxHours });
  if (shown.text !== criteria.text || shown.maxHours !== criteria.maxHours) {
    setShown({ text: criteria.text, maxHours: criteria.maxHours });
    setText(criteria.text);
    setHours(criteria.maxHours ?? '');
  }

  const removeSkill = (id: string) =>
    onChange({ ...criteria, skillIds: criteria.skillIds.filter((skill) => skill !== id) });

  const applyHours = (value: string | number) => {
    const parsed = typeof value === 'number' ? value : Number.parseInt(value, 10);
    const maxHours = Number.isFinite(parsed) && parsed >= 1 && parsed <= 40 ? parsed : null;
    if (maxHours !== criteria.maxHours) onChange({ ...criteria, maxHours });
  };

  return (
    <Stack gap="sm">
      <form
        role="search"
        aria-label="Projects"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...criteria, text });
        }}
      >
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label="Words in the title, summary or description"
            value={text}
            maxLength={200}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit">Search</Button>
        </Group>
      </form>
      <Group align="flex-start" gap="md" wrap="wrap">
        <div style={{ minWidth: 240 }}>
          <SkillPicker
            label="Needs the skill"
            description="Projects with a role requiring any of these skills."
            exclude={criteria.skillIds}
            disabled={criteria.skillIds.length >= MAX_SKILL_FILTERS}
            onPick={(skill) => {
              setNames((current) => ({ ...current, [skill.id]: skill.name }));
              onChange({ ...criteria, skillIds: [...criteria.skillIds, skill.id] });
            }}
          />
        </div>
        <NativeSelect
          label="Department"
          value={criteria.departmentId ?? ''}
          onChange={(event) => onChange({ ...criteria, departmentId: event.currentTarget.value || null })}
          data={[
            { value: '', label: 'Any department' },
            ...(departments?.departments ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            })),
            ...(criteria.departmentId &&
            !departments?.departments.some((department) => department.id === criteria.departmentId)
              ? [{ value: criteria.departmentId, label: 'The chosen department' }]
              : []),
          ]}
        />
        <NumberInput
          label="At most hours a week"
          min={1}
          max={40}
          allowDecimal={false}
          allowNegative={false}
          value={hours}
          onChange={setHours}
          onBlur={() => applyHours(hours)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') applyHours(hours);
          }}
          w={170}
        />
      </Group>
      {criteria.skillIds.length > 0 ? (
        <Group
          gap="sm"
          component="ul"
          aria-label="Skill filters"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {criteria.skillIds.map((id) =>
            names[id] ? (
              <SkillChipView key={id} name={names[id]} onRemove={() => removeSkill(id)} />
            ) : (
              <UrlSkillChip key={id} id={id} onRemove={() => removeSkill(id)} />
            ),
          )}
        </Group>
      ) : null}
      <NativeSelect
        label="Show"
        description="Ended: completed, cancelled, or past their end date."
        value={criteria.view}
        onChange={(event) =>
          onChange({ ...criteria, view: event.currentTarget.value as MarketplaceCriteria['view'] })
        }
        data={VIEW_OPTIONS}
        maw={360}
      />
      <Checkbox.Group
        label="Status"
        value={criteria.statuses}
        onChange={(value) =>
          onChange({
            ...criteria,
            statuses: STATUS_ORDER.filter((status) => value.includes(status)),
          })
        }
      >
        <Group gap="md" mt={4}>
          {STATUS_ORDER.map((status) => (
            <Checkbox key={status} value={status} label={STATUS_LABELS[status]} />
          ))}
        </Group>
      </Checkbox.Group>
      {hasCriteria(criteria) ? (
        <Group>
          <Button variant="subtle" size="xs" onClick={() => onChange(EMPTY_MARKETPLACE_CRITERIA)}>
            Clear all filters
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
