import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import {
  useAddProjectRole,
  useCreateProject,
  useProject,
  useRemoveProjectRole,
  useUpdateProject,
  useUpdateProjectRole,
  type ProjectResult,
  type ProjectVisibility,
} from '@ensemble/web/projects/data-access';
import {
  ErrorState,
  LoadingState,
  PageTitle,
  useUnsavedChangesGuard,
  mutationErrorCode,
  mutationErrorMessage,
} from '@ensemble/web/ui';
import { PROJECT_ERROR_MESSAGES, PROJECT_NOT_FOUND_MESSAGES, VISIBILITY_LABELS, projectPath } from './labels';
import {
  LIMITS,
  apiFieldErrors,
  createInput,
  draftFromProject,
  emptyDraft,
  newRoleDraft,
  revalidate,
  roleInput,
  updateInput,
  validateDraft,
  type FieldErrors,
  type ProjectDraft,
} from './project-form-model';
import { RoleFields } from './role-fields';
import './mantine-feature-styles';
import classes from './projects.module.css';

const VISIBILITIES: readonly ProjectVisibility[] = ['COMPANY', 'DEPARTMENT', 'INVITE_ONLY'];
const FIELDS_NEED_CHANGE = 'Some fields need a change: see the messages next to them.';

/** Moves focus to the first field with a problem, so keyboard and screen-reader users find it. */
function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}

interface ProjectFormProps {
  initial: ProjectDraft;
  /** The project being edited; absent when proposing a new one. */
  project?: ProjectResult['project'];
}

function ProjectForm({ initial, project }: ProjectFormProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Warns before Cancel, a link, a reload or closing the tab would drop what was typed.
  useUnsavedChangesGuard(JSON.stringify(draft) !== JSON.stringify(initial));
  const [, create] = useCreateProject();
  const [, update] = useUpdateProject();
  const [, addRole] = useAddProjectRole();
  const [, updateRole] = useUpdateProjectRole();
  const [, removeRole] = useRemoveProjectRole();
  const removedRoleIds = (project?.roles ?? [])
    .map((role) => role.id)
    .filter((id) => !draft.roles.some((role) => role.id === id));

  // Every change re-checks the fields it touched, so a problem goes away as soon as it is fixed.
  const change = (next: ProjectDraft) => {
    const remaining = revalidate(errors, draft, next);
    if (remaining !== errors) {
      setErrors(remaining);
      if (Object.keys(remaining).length === 0 && formError === FIELDS_NEED_CHANGE) setFormError(null);
    }
    setDraft(next);
  };
  const set = <K extends keyof ProjectDraft>(key: K, value: ProjectDraft[K]) =>
    change({ ...draft, [key]: value });

  const fail = (error: unknown, prefix = ''): false => {
    const fields = apiFieldErrors(error, prefix);
    setErrors(fields);
    const code = mutationErrorCode(error);
    setFormError(
      Object.keys(fields).length > 0 && code === 'BAD_USER_INPUT'
        ? FIELDS_NEED_CHANGE
        : mutationErrorMessage(error, PROJECT_ERROR_MESSAGES),
    );
    return false;
  };

  const saveEdits = async (projectId: string): Promise<boolean> => {
    const result = await update({ projectId, input: updateInput(draft) });
    if (result.error) return fail(result.error);
    for (const id of removedRoleIds) {
      const removed = await removeRole({ roleId: id });
      if (removed.error) return fail(removed.error);
    }
    for (const [index, role] of draft.roles.entries()) {
      const input = roleInput(role);
      const saved = role.id
        ? await updateRole({ roleId: role.id, input })
        : await addRole({ projectId, input });
      if (saved.error) return fail(saved.error, `roles.${index}.`);
    }
    return true;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const problems = validateDraft(draft);
    setErrors(problems);
    setFormError(null);
    if (Object.keys(problems).length > 0) {
      setFormError(FIELDS_NEED_CHANGE);
      focusFirstInvalid(form);
      return;
    }
    setSaving(true);
    try {
      if (project) {
        if (await saveEdits(project.id)) void navigate(projectPath(project.id));
        else focusFirstInvalid(form);
      } else {
        const result = await create({ input: createInput(draft) });
        if (result.error || !result.data) {
          fail(result.error);
          focusFirstInvalid(form);
        } else {
          void navigate(projectPath(result.data.createProject.id));
        }
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md" maw={760}>
        <TextInput
          label="Title"
          required
          maxLength={LIMITS.title}
          value={draft.title}
          error={errors['title']}
          onChange={(event) => set('title', event.currentTarget.value)}
        />
        <Textarea
          label="Summary"
          description="One or two sentences shown in the list of projects (at most 500 characters)."
          autosize
          minRows={2}
          value={draft.summary}
          error={errors['summary']}
          onChange={(event) => set('summary', event.currentTarget.value)}
        />
        <Textarea
          label="Description"
          description="Markdown: **bold**, *italic*, lists, links."
          autosize
          minRows={5}
          value={draft.description}
          error={errors['description']}
          onChange={(event) => set('description', event.currentTarget.value)}
        />
        <Textarea
          label="Goals"
          description="One goal per line (at most 20)."
          autosize
          minRows={3}
          value={draft.goals}
          error={errors['goals']}
          onChange={(event) => set('goals', event.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label="Starts on"
            required
            value={draft.startsOn}
            error={errors['startsOn']}
            onChange={(event) => set('startsOn', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Ends on"
            required
            value={draft.endsOn}
            error={errors['endsOn']}
            onChange={(event) => set('endsOn', event.currentTarget.value)}
          />
          <NumberInput
            label="Hours a week"
            description="Per member, 1 to 40"
            required
            min={LIMITS.minHours}
            max={LIMITS.maxHours}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            value={draft.hoursPerWeek}
            error={errors['hoursPerWeek']}
            onChange={(value) => set('hoursPerWeek', value)}
          />
        </Group>
        <Group align="flex-end">
          <TextInput
            label="Location"
            description="Office or city, if any"
            value={draft.location}
            error={errors['location']}
            onChange={(event) => set('location', event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Checkbox
            label="Remote is fine"
            checked={draft.remote}
            onChange={(event) => set('remote', event.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Radio.Group
          label="Who sees the project"
          value={draft.visibility}
          error={errors['visibility']}
          onChange={(value) => set('visibility', VISIBILITIES.find((entry) => entry === value) ?? 'COMPANY')}
        >
          <Stack gap={4} mt={4}>
            {VISIBILITIES.map((visibility) => (
              <Radio key={visibility} value={visibility} label={VISIBILITY_LABELS[visibility]} />
            ))}
          </Stack>
        </Radio.Group>

        <Title order={2} size="h3">
          Roles
        </Title>
        {errors['roles'] ? (
          <Alert color="red" variant="light">
            {errors['roles']}
          </Alert>
        ) : null}
        {draft.roles.map((role, index) => {
          const saved = project?.roles.find((entry) => entry.id === role.id);
          return (
            <RoleFields
              key={role.key}
              index={index}
              role={role}
              errors={errors}
              removable={!saved || saved.members.length === 0}
              onChange={(next) =>
                change({
                  ...draft,
                  roles: draft.roles.map((entry) => (entry.key === role.key ? next : entry)),
                })
              }
              onRemove={() =>
                change({ ...draft, roles: draft.roles.filter((entry) => entry.key !== role.key) })
              }
            />
          );
        })}
        <Group>
          <Button
            variant="default"
            disabled={draft.roles.length >= LIMITS.roles}
            onClick={() => set('roles', [...draft.roles, newRoleDraft()])}
          >
            Add a role
          </Button>
        </Group>

        {formError ? (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {formError}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={saving}>
            {project ? 'Save changes' : 'Propose the project'}
          </Button>
          <Button component={Link} to={project ? projectPath(project.id) : '/projects'} variant="default">
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** `/projects/new`: propose a project with its roles. */
export function NewProjectPage() {
  const [initial] = useState(emptyDraft);
  return (
    <Stack gap="md" className={classes.page}>
      <PageTitle>Propose a project</PageTitle>
      <ProjectForm initial={initial} />
    </Stack>
  );
}

/** `/projects/:id/edit`: change a project and its roles (owner and co-leads). */
export function EditProjectPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useProject(id);
  if (!data && fetching) return <LoadingState pageTitle="Edit project" label="Loading the project…" />;
  if (!data)
    return (
      <Stack gap="md" className={classes.page}>
        <PageTitle>Edit project</PageTitle>
        <ErrorState
          error={error}
          messages={PROJECT_NOT_FOUND_MESSAGES}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </Stack>
    );
  if (!data.project.viewerIsLead)
    return (
      <Stack gap="md" className={classes.page}>
        <PageTitle>Edit project</PageTitle>
        <Alert color="red" variant="light" role="alert">
          Only the project’s owner and co-leads can change it.
        </Alert>
      </Stack>
    );
  return (
    <Stack gap="md" className={classes.page}>
      <PageTitle documentTitle={`Edit ${data.project.title}`}>Edit “{data.project.title}”</PageTitle>
      {/* The form keeps its own copy: later refetches of the project do not overwrite what is being typed. */}
      <ProjectForm initial={draftFromProject(data.project)} project={data.project} />
    </Stack>
  );
}
