import { Avatar, type MantineSize } from '@mantine/core';
import { initials } from './initials';
import type { PersonSummaryView } from './types';

export interface PersonAvatarProps {
  person: Pick<PersonSummaryView, 'displayName' | 'givenName' | 'familyName' | 'avatarUrl'>;
  size?: MantineSize | number;
}

/**
 * The person's picture, or their initials when they have none. Decorative: the name is always
 * written next to it, so assistive technology skips it.
 */
export function PersonAvatar({ person, size = 'md' }: PersonAvatarProps) {
  return (
    <Avatar src={person.avatarUrl ?? null} alt="" size={size} radius="xl" color="blue" aria-hidden="true">
      {initials(person)}
    </Avatar>
  );
}
