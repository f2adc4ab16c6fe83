import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FieldVisibility, LanguageProficiency, ProfileField } from '../profile/profile-fields';

registerEnumType(FieldVisibility, {
  name: 'FieldVisibility',
  description: 'Who may see a profile field. Each level is seen by a subset of the level above it.',
  valuesMap: {
    EVERYONE: { description: 'Every signed-in person.' },
    MANAGER_CHAIN_AND_TEAM: {
      description: 'My managers up the chain, my direct reports, my peers under the same manager, and HR.',
    },
    HR_ONLY: { description: 'People with the hr or admin role.' },
    ONLY_ME: { description: 'Nobody but me.' },
  },
});
registerEnumType(ProfileField, {
  name: 'ProfileField',
  description: 'A profile field whose visibility its owner chooses.',
});
registerEnumType(LanguageProficiency, { name: 'LanguageProficiency' });

@ObjectType('SpokenLanguage')
export class SpokenLanguage {
  @Field({ description: 'BCP 47 language tag, canonicalised (e.g. "en-US", "de").' }) language!: string;
  @Field(() => LanguageProficiency) proficiency!: LanguageProficiency;
}

@ObjectType('ProfileLink')
export class ProfileLink {
  @Field() label!: string;
  @Field({ description: 'An http or https URL.' }) url!: string;
}

@ObjectType('FieldVisibilitySetting')
export class FieldVisibilitySetting {
  @Field(() => ProfileField) field!: ProfileField;
  @Field(() => FieldVisibility) visibility!: FieldVisibility;
}

@ObjectType('ProfileNextStep', { description: 'The most useful thing to add to a profile next.' })
export class ProfileNextStep {
  @Field({ description: 'Stable id of the check, e.g. "headline" or "skills".' }) field!: string;
  @Field({ description: 'What to do, written for the person.' }) hint!: string;
}

@ObjectType('ProfileCompleteness')
export class ProfileCompleteness {
  @Field(() => Int, { description: '0 to 100: the weighted share of checks that pass.' }) percent!: number;
  @Field(() => ProfileNextStep, { nullable: true, description: 'Null when the profile is complete.' })
  nextStep!: ProfileNextStep | null;
  @Field(() => [ProfileNextStep], {
    description: 'Every missing step, the most useful first (nextStep is the first); empty when complete.',
  })
  nextSteps!: ProfileNextStep[];
}
