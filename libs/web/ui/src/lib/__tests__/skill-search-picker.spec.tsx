import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestProviders, createMockClient } from '../testing';
import { SkillSearchPicker, type PickedSkill, type UseSkillSuggestions } from '../skill-search-picker';

const SKILLS = [
  { matchedAlias: null, skill: { id: 's-ts', name: 'TypeScript', category: 'engineering' } },
  { matchedAlias: 'typo', skill: { id: 's-type', name: 'Typography', category: 'design' } },
];

/** Answers like the `skills(search)` autocomplete: the skills whose name starts with the text. */
const useSuggestions: UseSkillSuggestions = (search) => [
  {
    data: search
      ? { skills: SKILLS.filter((entry) => entry.skill.name.toLowerCase().startsWith(search.toLowerCase())) }
      : null,
    fetching: false,
  },
];

function renderUi(ui: React.ReactNode) {
  return render(<TestProviders client={createMockClient(() => undefined)}>{ui}</TestProviders>);
}

beforeAll(() => {
  // jsdom has no layout: Mantine's combobox scrolls the highlighted option into view.
  Element.prototype.scrollIntoView = jest.fn();
});

describe('SkillSearchPicker', () => {
  it('offers matching skills with their category and alias, and empties the box after each pick', async () => {
    const user = userEvent.setup();
    const picks: PickedSkill[] = [];
    renderUi(
      <SkillSearchPicker
        label="Add a skill"
        exclude={['s-ts']}
        onPick={(skill) => picks.push(skill)}
        useSuggestions={useSuggestions}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'Add a skill' });
    await user.type(box, 'typ');
    // TypeScript is chosen already, so only Typography is offered.
    const option = await screen.findByRole('option', { name: /^Typography/ }, { timeout: 5000 });
    expect(option).toHaveTextContent('Typography · Design · also known as typo');
    expect(screen.queryByRole('option', { name: /^TypeScript/ })).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(picks).toEqual([{ id: 's-type', name: 'Typography' }]);
    expect(box).toHaveValue('');
  });

  it('keeps the picked skill in the box until the form clears it; typing over it unpicks it', async () => {
    const user = userEvent.setup();
    function Form() {
      const [picked, setPicked] = useState<PickedSkill | null>(null);
      return (
        <>
          <SkillSearchPicker
            label="Skill"
            picked={picked}
            onPick={setPicked}
            onUnpick={() => setPicked(null)}
            useSuggestions={useSuggestions}
          />
          <p>Picked: {picked?.name ?? 'nothing'}</p>
          <button type="button" onClick={() => setPicked(null)}>
            Added
          </button>
        </>
      );
    }
    renderUi(<Form />);
    const box = screen.getByRole('combobox', { name: 'Skill' });
    await user.type(box, 'types');
    await user.click(await screen.findByRole('option', { name: /^TypeScript/ }, { timeout: 5000 }));
    expect(box).toHaveValue('TypeScript');
    expect(screen.getByText('Picked: TypeScript')).toBeInTheDocument();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();

    await user.type(box, 'x');
    expect(screen.getByText('Picked: nothing')).toBeInTheDocument();
    expect(box).toHaveValue('TypeScriptx');

    await user.clear(box);
    await user.type(box, 'typo');
    await user.click(await screen.findByRole('option', { name: /^Typography/ }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Added' }));
    expect(box).toHaveValue('');
  });
});
