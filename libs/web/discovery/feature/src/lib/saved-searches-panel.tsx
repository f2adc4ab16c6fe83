import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { Link } from 'react-router';
import {
  useDeleteSavedSearch,
  useMySavedSearches,
  useSaveSearch,
  useSetSavedSearchAlerts,
  type SavedSearch,
} from '@ensemble/web/discovery/data-access';
import { ErrorState, LoadingState, mutationErrorMessage } from '@ensemble/web/ui';
import { peopleLabel } from './labels';
import {
  fromSavedCriteria,
  sameCriteria,
  searchPath,
  toSearchInput,
  type SearchCriteria,
} from './search-params';
import classes from './search-page.module.css';

/** The API's limits (libs/api/discovery saved-searches). */
export const SAVED_SEARCH_NAME_MAX = 80;
export const ALERT_MATCH_LIMIT = 2000;

const SAVE_ERRORS: Readonly<Record<string, string>> = {
  SAVED_SEARCH_LIMIT:
    'You already keep as many saved searches as you can (50). Delete one, then save this one.',
  SEARCH_EMPTY: 'There is nothing to save yet: type something to search for, or choose a filter.',
  SEARCH_QUERY_TOO_LONG: 'The search is too long to save: shorten it to at most 200 characters.',
  SKILL_NOT_FOUND: 'One of the chosen skills no longer exists: remove it, then save.',
};

function matchLabel(saved: SavedSearch): string {
  if (saved.tooBroad) return `More than ${ALERT_MATCH_LIMIT.toLocaleString('en')} people match.`;
  return `${peopleLabel(saved.matchCount)} matched at the last check.`;
}

interface SaveFormProps {
  criteria: SearchCriteria;
  defaultName: string;
  onDone: (saved: SavedSearch | null) => void;
}

function SaveForm({ criteria, defaultName, onDone }: SaveFormProps) {
  const [name, setName] = useState(defaultName.slice(0, SAVED_SEARCH_NAME_MAX));
  const [alerts, setAlerts] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, save] = useSaveSearch();
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toSearchInput(criteria);
    if (!name.trim()) {
      setProblem('Give the search a name.');
      nameRef.current?.focus();
      return;
    }
    if (!input) {
      setProblem(SAVE_ERRORS['SEARCH_EMPTY'] ?? null);
      return;
    }
    setProblem(null);
    const result = await save({ input: { name: name.trim(), alerts, search: input } });
    if (result.error || !result.data) {
      setProblem(mutationErrorMessage(result.error, SAVE_ERRORS));
      return;
    }
    onDone(result.data.saveSearch);
  };

  return (
    <form onSubmit={submit} aria-label="Save this search" noValidate>
      <Stack gap="sm">
        <TextInput
          ref={nameRef}
          label="Name"
          value={name}
          maxLength={SAVED_SEARCH_NAME_MAX}
          required
          error={problem && !name.trim() ? problem : undefined}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Switch
          label="Alert me when someone new matches"
          checked={alerts}
          onChange={(event) => setAlerts(event.currentTarget.checked)}
        />
        {problem && name.trim() ? (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            <Text size="sm">{problem}</Text>
          </Alert>
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={fetching}>
            Save
          </Button>
          <Button type="button" size="xs" variant="default" onClick={() => onDone(null)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SavedSearchItem({
  saved,
  current,
  onDeleted,
}: {
  saved: SavedSearch;
  current: boolean;
  onDeleted: (name: string) => void;
}) {
  const [, setAlerts] = useSetSavedSearchAlerts();
  const [{ fetching: deleting }, remove] = useDeleteSavedSearch();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [alertsPending, setAlertsPending] = useState<boolean | null>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const describedBy = useId();

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const toggleAlerts = async (alerts: boolean) => {
    setProblem(null);
    setAlertsPending(alerts);
    const result = await setAlerts({ id: saved.id, alerts });
    setAlertsPending(null);
    if (result.error) setProblem(mutationErrorMessage(result.error));
  };

  const confirmDelete = async () => {
    setProblem(null);
    const result = await remove({ id: saved.id });
    if (result.error) {
      setProblem(mutationErrorMessage(result.error));
      setConfirming(false);
      deleteRef.current?.focus();
      return;
    }
    onDeleted(saved.name);
  };

  const criteria = fromSavedCriteria(saved.criteria);
  const alertsOn = alertsPending ?? saved.alerts;
  return (
    <li className={classes.savedItem} data-testid="saved-search">
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={searchPath(criteria)}
          fw={600}
          className={classes.wrap}
          aria-current={current ? 'true' : undefined}
          aria-describedby={describedBy}
        >
          {saved.name}
        </Anchor>
        <Text size="sm" c="dimmed" id={describedBy}>
          {current ? 'On show now. ' : ''}
          {matchLabel(saved)}
        </Text>
        {saved.tooBroad ? (
          <Text size="sm" c="orange.9" fw={500}>
            Too broad to alert: narrow it down to get alerts.
          </Text>
        ) : null}
        <Switch
          size="sm"
          checked={alertsOn}
          disabled={alertsPending !== null}
          onChange={(event) => void toggleAlerts(event.currentTarget.checked)}
          label={
            <>
              Alerts
              <VisuallyHidden> for “{saved.name}”</VisuallyHidden>
            </>
          }
        />
        {confirming ? (
          <Group gap="xs" role="group" aria-label={`Delete “${saved.name}”?`}>
            <Text size="sm">Delete it?</Text>
            <Button size="compact-sm" color="red" loading={deleting} onClick={() => void confirmDelete()}>
              Delete<VisuallyHidden> “{saved.name}”</VisuallyHidden>
            </Button>
            <Button
              ref={keepRef}
              size="compact-sm"
              variant="default"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => deleteRef.current?.focus());
              }}
            >
              Keep it
            </Button>
          </Group>
        ) : (
          <div>
            <Button
              ref={deleteRef}
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
            >
              Delete<VisuallyHidden> “{saved.name}”</VisuallyHidden>
            </Button>
          </div>
        )}
        {problem ? (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        ) : null}
      </Stack>
    </li>
  );
}

export interface SavedSearchesPanelProps {
  criteria: SearchCriteria;
  /** A name to start from ("python in Berlin"). */
  defaultName: string;
}

/**
 * "Save this search" and my saved searches: each opens its search, shows how many people it matched at
 * the last check (or that it is too broad to alert on), and has an alerts switch and a delete button.
 */
export function SavedSearchesPanel({ criteria, defaultName }: SavedSearchesPanelProps) {
  const [{ data, error, fetching }, reexecute] = useMySavedSearches();
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const saveButtonRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  const searches = data?.mySavedSearches ?? [];
  const currentSaved = searches.find((saved) => sameCriteria(fromSavedCriteria(saved.criteria), criteria));
  const canSave = toSearchInput(criteria) !== null;

  let list;
  if (!data && error) {
    list = (
      <ErrorState
        error={error}
        title="Saved searches could not be loaded"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (!data) {
    list = fetching ? <LoadingState label="Loading saved searches…" /> : null;
  } else if (searches.length === 0) {
    list = (
      <Text size="sm" c="dimmed">
        None yet. Save a search to come back to it, and to hear when someone new matches.
      </Text>
    );
  } else {
    list = (
      <ul className={classes.savedList} aria-labelledby={headingId}>
        {searches.map((saved) => (
          <SavedSearchItem
            key={saved.id}
            saved={saved}
            current={saved.id === currentSaved?.id}
            onDeleted={(name) => {
              setStatus(`Deleted “${name}”.`);
              headingRef.current?.focus();
            }}
          />
        ))}
      </ul>
    );
  }

  return (
    <section aria-labelledby={headingId} className={classes.panel}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId} ref={headingRef} tabIndex={-1}>
          Saved searches
        </Title>
        {saving ? (
          <SaveForm
            criteria={criteria}
            defaultName={defaultName}
            onDone={(saved) => {
              setSaving(false);
              if (saved) {
                setStatus(
                  saved.tooBroad && saved.alerts
                    ? `Saved “${saved.name}”. It is too broad to alert on until you narrow it down.`
                    : `Saved “${saved.name}”.`,
                );
              }
              requestAnimationFrame(() => (saved ? headingRef.current : saveButtonRef.current)?.focus());
            }}
          />
        ) : currentSaved ? (
          <Text size="sm">
            This search is saved as <strong>{currentSaved.name}</strong>.
          </Text>
        ) : (
          <div>
            <Button
              ref={saveButtonRef}
              variant="light"
              size="sm"
              disabled={!canSave}
              onClick={() => {
                setStatus('');
                setSaving(true);
              }}
            >
              Save this search
            </Button>
            {!canSave ? (
              <Text size="xs" c="dimmed" mt={4}>
                Search for something first.
              </Text>
            ) : null}
          </div>
        )}
        <Text size="sm" role="status" aria-live="polite">
          {status}
        </Text>
        {list}
      </Stack>
    </section>
  );
}
