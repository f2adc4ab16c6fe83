import { useEffect, useRef, useState } from 'react';
import { hasGraphQLErrorCode } from '@ensemble/web/graphql';
import { useUpdateMyProfile, type MyProfileResult } from '@ensemble/web/people/data-access';
import {
  draftKey,
  fieldProblems,
  mutationErrorMessage,
  readDraft,
  removeDraft,
  useUnsavedChangesGuard,
  writeDraft,
  type SaveState,
} from '@ensemble/web/ui';
import {
  changedFields,
  draftValues,
  formValuesOf,
  validateProfile,
  type ProfileFormErrors,
  type ProfileFormValues,
} from './profile-form-values';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired — sign in again; your changes are kept.';

/**
 * The profile form's working copy and its saving: what was typed and not saved is kept as a draft
 * (it comes back after a reload or after signing in again), checked before sending, and sent as only
 * the fields that changed.
 */
export function useProfileDraft(person: MyProfileResult['viewer']) {
  const storageKey = draftKey(person.id, 'profile');
  const [initial] = useState(() => {
    const savedValues = formValuesOf(person);
    return { saved: savedValues, draft: draftValues(readDraft(storageKey), savedValues) };
  });
  const [saved, setSaved] = useState(initial.saved);
  const [values, setValues] = useState(initial.draft ?? initial.saved);
  const [restored, setRestored] = useState(initial.draft !== null);
  const [errors, setErrors] = useState<ProfileFormErrors>({});
  const [state, setState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [sessionExpired, setSessionExpired] = useState(false);
  const [, update] = useUpdateMyProfile();
  const formRef = useRef<HTMLFormElement>(null);

  const dirty = Object.keys(changedFields(saved, values)).length > 0;
  useUnsavedChangesGuard(dirty);
  useEffect(() => {
    if (dirty) writeDraft(storageKey, values);
    else removeDraft(storageKey);
  }, [storageKey, dirty, values]);

  const set = <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));
    if (state === 'saved') setState('idle');
  };

  const save = async () => {
    const problems = validateProfile(values);
    if (Object.values(problems).some(Boolean)) {
      setErrors(problems);
      setState('error');
      setSessionExpired(false);
      setMessage('Some fields need a change before saving: see the messages next to them.');
      // Take keyboard users to the first field with a problem.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const input = changedFields(saved, values);
    if (Object.keys(input).length === 0) {
      setState('saved');
      setMessage(null);
      return;
    }
    setState('saving');
    setMessage(null);
    const result = await update({ input });
    if (result.error || !result.data) {
      // The form keeps every value typed; the draft in storage keeps them across signing in again.
      const expired = hasGraphQLErrorCode(result.error, 'UNAUTHENTICATED');
      setSessionExpired(expired);
      setErrors(fieldProblems(result.error) as ProfileFormErrors);
      setState('error');
      setMessage(expired ? SESSION_EXPIRED_MESSAGE : mutationErrorMessage(result.error));
      return;
    }
    const next = formValuesOf(result.data.updateMyProfile);
    setSaved(next);
    setValues(next);
    setErrors({});
    setRestored(false);
    setSessionExpired(false);
    setState('saved');
  };

  const discard = () => {
    setValues(saved);
    setErrors({});
    setState('idle');
    setMessage(null);
    setRestored(false);
    setSessionExpired(false);
  };

  return { values, errors, state, message, sessionExpired, restored, set, save, discard, formRef };
}
