export type { PersonSummaryView } from './lib/types';
export { initials } from './lib/initials';
export { PersonAvatar, type PersonAvatarProps } from './lib/person-avatar';
export { PersonCard, personPath, type PersonCardProps } from './lib/person-card';
export { PersonHeader, type PersonHeaderProps } from './lib/person-header';
export { ManagerChain, type ManagerChainProps } from './lib/manager-chain';
export { PeopleGrid, type PeopleGridProps } from './lib/people-grid';
