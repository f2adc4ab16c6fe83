import { skillsProgress } from '../skills-completeness';

const skills = (levels: Array<number | null>) => levels.map((level) => ({ level }));

describe('skillsProgress', () => {
  it('asks a person without skills to add them, with nothing done', () => {
    expect(skillsProgress([])).toEqual({
      progress: 0,
      hint: 'Add your skills with a level for each: they are how colleagues and projects find you.',
    });
  });

  it('counts every skill with a level up to eight, so more skills always score more until then', () => {
    const five = skillsProgress(skills([3, 3, 3, 3, 3]));
    const seven = skillsProgress(skills([3, 3, 3, 3, 3, 2, 2]));
    expect(five).toEqual({ progress: 5 / 8, hint: 'Add 3 more skills with a level to show your range.' });
    expect(seven).toEqual({ progress: 7 / 8, hint: 'Add 1 more skill with a level to show your range.' });
    expect(skillsProgress(skills([1, 2, 3, 4, 5, 1, 2, 3]))).toBe(1);
    expect(skillsProgress(skills([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]))).toBe(1);
  });

  it('gives an interest-only skill half the credit and asks for its level first', () => {
    expect(skillsProgress(skills([3, null, null]))).toEqual({
      progress: 2 / 8,
      hint: 'Set a level on the 2 skills you added without one, and add more skills (8 or more show your range).',
    });
    expect(skillsProgress(skills([null]))).toMatchObject({
      progress: 0.5 / 8,
      hint: expect.stringMatching(/^Set a level on the skill you added without one/),
    });
  });
});
