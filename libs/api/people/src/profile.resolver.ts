import { Args, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser, whenReady, type GraphQLRequestContext, type NoArgs, type Principal } from '@ensemble/api/core';
import { Person, mapPerson } from './dto/person.type';
import { FieldVisibilitySetting, ProfileCompleteness, ProfileLink, SpokenLanguage } from './dto/profile.type';
import { SetMyFieldVisibilityArgs, UpdateMyProfileInput } from './dto/update-profile.input';
import { PROFILE_FIELDS, ProfileField, markdownToPlainText, visibilityOf } from './profile/profile-fields';
import { ProfileVisibilityService, viewerOf } from './profile/profile-visibility.service';
import { ProfileCompletenessRegistry } from './profile/profile-completeness';
import { ProfileService } from './services/profile.service';

/**
 * The profile: the owner's mutations and every field with a visibility. Each field resolver asks
 * ProfileVisibilityService, the one place where the privacy policy is applied; a hidden field is null.
 */
@Resolver(() => Person)
@Authenticated()
export class ProfileResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly visibility: ProfileVisibilityService,
    private readonly completeness: ProfileCompletenessRegistry,
  ) {}

  @Mutation(() => Person, {
    description: "Changes the signed-in person's profile; fields left out stay as they are.",
  })
  async updateMyProfile(
    @CurrentUser() principal: Principal,
    @Args('input') input: UpdateMyProfileInput,
  ): Promise<Person> {
    return mapPerson(await this.profiles.updateMyProfile(principal.personId, input));
  }

  @Mutation(() => Person, { description: "Sets who may see one of the signed-in person's profile fields." })
  async setMyFieldVisibility(
    @CurrentUser() principal: Principal,
    @Args() setting: SetMyFieldVisibilityArgs,
  ): Promise<Person> {
    return mapPerson(await this.profiles.updateMyProfile(principal.personId, { visibility: [setting] }));
  }

  @ResolveField(() => String, { nullable: true, description: 'One line about what the person does.' })
  headline(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(context, person, ProfileField.HEADLINE, person.profile.headline);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Markdown source exactly as written. Render it as Markdown without HTML; never as HTML.',
  })
  bio(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(context, person, ProfileField.BIO, person.profile.bio);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The bio with Markdown syntax removed, for previews.',
  })
  bioPlainText(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return whenReady(this.visibility.visible(context, person, ProfileField.BIO, person.profile.bio), (bio) =>
      bio === null ? null : markdownToPlainText(bio),
    );
  }

  @ResolveField(() => String, { nullable: true })
  location(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(context, person, ProfileField.LOCATION, person.profile.location);
  }

  @ResolveField(() => String, { nullable: true, description: 'IANA time zone name.' })
  timeZone(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(context, person, ProfileField.TIME_ZONE, person.profile.timeZone);
  }

  @ResolveField(() => [SpokenLanguage], { nullable: true, description: 'Null when hidden from the viewer.' })
  spokenLanguages(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(
      context,
      person,
      ProfileField.SPOKEN_LANGUAGES,
      person.profile.spokenLanguages,
    );
  }

  @ResolveField(() => [ProfileLink], { nullable: true, description: 'Null when hidden from the viewer.' })
  links(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(context, person, ProfileField.LINKS, person.profile.links);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Hours per week available for projects (0–40).' })
  hoursPerWeekAvailable(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(
      context,
      person,
      ProfileField.HOURS_PER_WEEK_AVAILABLE,
      person.profile.hoursPerWeekAvailable,
    );
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Null when hidden from the viewer.' })
  openToProjects(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(
      context,
      person,
      ProfileField.OPEN_TO_PROJECTS,
      person.profile.openToProjects,
    );
  }

  @ResolveField(() => [String], { nullable: true, description: 'Topics the person is passionate about.' })
  passions(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(context, person, ProfileField.PASSIONS, person.profile.passions);
  }

  @ResolveField(() => [String], {
    nullable: true,
    description: 'Topics colleagues may ask the person about.',
  })
  askMeAbout(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    return this.visibility.visible(context, person, ProfileField.ASK_ME_ABOUT, person.profile.askMeAbout);
  }

  @ResolveField(() => [FieldVisibilitySetting], {
    nullable: true,
    description:
      'Who may see each profile field. Only for the signed-in person themself (viewer); null otherwise.',
  })
  myFieldVisibility(person: Person, _args: NoArgs, context: GraphQLRequestContext): FieldVisibilitySetting[] | null {
    if (viewerOf(context).personId !== person.id) return null;
    return PROFILE_FIELDS.map((field) => ({
      field,
      visibility: visibilityOf(person.fieldVisibility, field),
    }));
  }

  @ResolveField(() => ProfileCompleteness, {
    nullable: true,
    description:
      'How complete the profile is and the next most useful step. Only for the person themself; null otherwise.',
  })
  profileCompleteness(person: Person, _args: NoArgs, context: GraphQLRequestContext) {
    // Others would learn from the score which private fields are filled in.
    if (viewerOf(context).personId !== person.id) return null;
    return this.completeness.evaluate(person, context);
  }
}
