import { IsInt, Max } from 'class-validator';
import type { ArgumentMetadata } from '@nestjs/common';
import { GRAPHQL_PARAM as GqlParamtype, createValidationPipe } from '../errors/validation-pipe';

class PageInput {
  @IsInt() @Max(50) first!: number;
}

describe('the global validation pipe', () => {
  const pipe = createValidationPipe();
  const as = (type: unknown): ArgumentMetadata => ({ type: type as ArgumentMetadata['type'], metatype: PageInput });

  it('validates GraphQL arguments and HTTP input, naming the field', async () => {
    await expect(pipe.transform({ first: 51 }, as(GqlParamtype.ARGS))).rejects.toMatchObject({ message: expect.stringContaining('first must not be greater than 50') });
    await expect(pipe.transform({ first: 'x' }, as('body'))).rejects.toThrow(/first must be an integer/);
    expect(await pipe.transform({ first: 20 }, as(GqlParamtype.ARGS))).toBeInstanceOf(PageInput);
  });

  it("leaves a field resolver's parent and context alone (our objects, not input): no copy, no validation", async () => {
    const parent = { first: 'not checked' };
    expect(await pipe.transform(parent, as(GqlParamtype.ROOT))).toBe(parent);
    expect(await pipe.transform(parent, as(GqlParamtype.CONTEXT))).toBe(parent);
  });
});
