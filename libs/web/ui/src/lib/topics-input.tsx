import { useId, useState, type KeyboardEvent } from 'react';
import { Button, CloseButton, Group, Text, TextInput } from '@mantine/core';
import classes from './topics-input.module.css';

export interface TopicsInputProps {
  /** The field's label, e.g. "Passions". */
  label: string;
  description?: string;
  value: readonly string[];
  onChange: (topics: string[]) => void;
  /** Most topics allowed. */
  max: number;
  /** Longest topic, in characters. */
  maxLength: number;
  error?: string | null;
  /** For the add box, e.g. "Add a passion". */
  addLabel: string;
  id?: string;
}

function normalize(topic: string): string {
  return topic.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A list of short topics: type one and press Enter (or Add; commas split several), remove one with its
 * × button. Duplicates (ignoring case) are not added twice, as the API would merge them anyway.
 */
export function TopicsInput({
  label,
  description,
  value,
  onChange,
  max,
  maxLength,
  error,
  addLabel,
  id,
}: TopicsInputProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const candidates = text.split(',').map(normalize).filter(Boolean);
    if (candidates.length === 0) return;
    const next = [...value];
    const seen = new Set(next.map((topic) => topic.toLocaleLowerCase('en')));
    for (const topic of candidates) {
      if (topic.length > maxLength) {
        setProblem(`“${topic.slice(0, 20)}…” is longer than ${maxLength} characters.`);
        return;
      }
      if (seen.has(topic.toLocaleLowerCase('en'))) continue;
      if (next.length >= max) {
        setProblem(`At most ${max} topics fit here.`);
        break;
      }
      seen.add(topic.toLocaleLowerCase('en'));
      next.push(topic);
    }
    onChange(next);
    setText('');
    if (next.length < max) setProblem(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <fieldset className={classes.fieldset}>
      <legend className={classes.legend}>{label}</legend>
      {value.length > 0 ? (
        <ul className={classes.topics} aria-label={label}>
          {value.map((topic) => (
            <li key={topic} className={classes.topic}>
              <Text size="sm" span>
                {topic}
              </Text>
              <CloseButton
                size="sm"
                aria-label={`Remove ${topic}`}
                onClick={() => {
                  onChange(value.filter((other) => other !== topic));
                  setProblem(null);
                }}
              />
            </li>
          ))}
        </ul>
      ) : (
        <Text size="sm" c="dimmed" mt={4}>
          None yet.
        </Text>
      )}
      <Group gap="xs" mt="xs" align="flex-start" wrap="nowrap">
        <TextInput
          id={inputId}
          aria-label={addLabel}
          description={description}
          placeholder={addLabel}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          disabled={value.length >= max}
          error={problem ?? error ?? undefined}
          className={classes.grow}
        />
        <Button variant="default" onClick={add} disabled={!text.trim() || value.length >= max}>
          Add
        </Button>
      </Group>
    </fieldset>
  );
}
