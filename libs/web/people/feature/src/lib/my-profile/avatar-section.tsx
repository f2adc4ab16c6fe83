import { useRef } from 'react';
import { Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import {
  AVATAR_TYPES,
  checkAvatarFile,
  useAvatar,
  type MyProfileResult,
} from '@ensemble/web/people/data-access';
import { SaveStatus, type SaveState } from '@ensemble/web/ui';
import { FIELD_IDS } from './field-ids';

export interface AvatarSectionProps {
  person: MyProfileResult['viewer'];
  /** Called after the picture changed, to refetch the profile (the picture is not GraphQL). */
  onChanged: () => void;
  /** fetch for the REST calls (tests); the browser's by default. */
  fetchImpl?: typeof fetch;
}

/** The profile picture: upload (PNG, JPEG, WebP or GIF up to 2 MB, checked here first) or remove. */
export function AvatarSection({ person, onChanged, fetchImpl }: AvatarSectionProps) {
  const { state, upload, remove, reject } = useAvatar(onChanged, fetchImpl);
  const resetRef = useRef<() => void>(null);
  const busy = state.status === 'uploading' || state.status === 'removing';

  const onFile = (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    const problem = checkAvatarFile(file);
    if (problem) {
      reject(problem);
      return;
    }
    void upload(file);
  };

  const saveState: SaveState =
    state.status === 'error' ? 'error' : busy ? 'saving' : state.status === 'idle' ? 'idle' : 'saved';

  return (
    <section aria-labelledby="photo-heading">
      <Title order={2} size="h4" mb="xs" id="photo-heading">
        Photo
      </Title>
      {/* The picture itself is shown once, beside the name at the top of the page. */}
      <Stack gap="xs">
        <Text size="sm" c="dimmed" id="avatar-rules">
          {person.avatarUrl ? 'Your photo is shown beside your name above. ' : ''}A PNG, JPEG, WebP or GIF
          image of at most 2 MB.
        </Text>
        <Group gap="sm">
          <FileButton onChange={onFile} accept={AVATAR_TYPES.join(',')} resetRef={resetRef} disabled={busy}>
            {(props) => (
              <Button
                {...props}
                id={FIELD_IDS.avatar}
                loading={state.status === 'uploading'}
                aria-describedby="avatar-rules"
              >
                {person.avatarUrl ? 'Upload a new photo' : 'Upload a photo'}
              </Button>
            )}
          </FileButton>
          {person.avatarUrl ? (
            <Button
              variant="default"
              onClick={() => void remove()}
              loading={state.status === 'removing'}
              disabled={busy}
            >
              Remove photo
            </Button>
          ) : null}
        </Group>
        <SaveStatus
          state={saveState}
          error={state.status === 'error' ? state.problem.message : null}
          savingLabel={state.status === 'removing' ? 'Removing your photo…' : 'Uploading your photo…'}
          savedLabel={state.status === 'removed' ? 'Photo removed' : 'Photo updated'}
        />
      </Stack>
    </section>
  );
}
