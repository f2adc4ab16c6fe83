import { useState } from 'react';
import { Group, Tabs, Text, Textarea } from '@mantine/core';
import { Markdown } from '@ensemble/web/ui';
import { FIELD_IDS } from './field-ids';
import { PROFILE_LIMITS } from './profile-form-values';
import classes from './my-profile.module.css';

export interface BioFieldProps {
  value: string;
  onChange: (bio: string) => void;
  error?: string;
}

/** The bio in Markdown, with a preview of how colleagues will see it. */
export function BioField({ value, onChange, error }: BioFieldProps) {
  const [tab, setTab] = useState<string | null>('write');
  return (
    <Tabs value={tab} onChange={setTab}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <Text component="label" htmlFor={FIELD_IDS.bio} size="sm" fw={500}>
          Bio
        </Text>
        <Tabs.List aria-label="Bio: write or preview">
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
      </Group>
      <Tabs.Panel value="write" pt="xs">
        <Textarea
          id={FIELD_IDS.bio}
          description="Markdown works: **bold**, *italic*, [a link](https://example.com), lists starting with “- ”."
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          minRows={5}
          autosize
          maxRows={16}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {value.length} of {PROFILE_LIMITS.bio} characters
        </Text>
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        <div className={classes.preview}>
          {value.trim() ? (
            <Markdown source={value} headingLevel={3} aria-label="Bio preview" />
          ) : (
            <Text c="dimmed">Nothing to preview yet: write your bio first.</Text>
          )}
        </div>
      </Tabs.Panel>
    </Tabs>
  );
}
