import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from '@renderer/components/Tabs';

const PARTS = [
  { key: 'about', label: 'About' },
  { key: 'team', label: 'Chosen team' },
  { key: 'travel', label: 'Travel times' },
] as const;

function Example() {
  const [tab, setTab] = useState<(typeof PARTS)[number]['key']>('about');
  return (
    <>
      <button type="button">Before</button>
      <Tabs label="About this person" tabs={PARTS} selected={tab} onSelect={setTab}>
        <p>Showing {tab}</p>
      </Tabs>
    </>
  );
}

describe('tabs', () => {
  it('take one tab stop, move with the arrow keys, Home and End, and show the chosen panel', async () => {
    const user = userEvent.setup();
    render(<Example />);
    expect(screen.getByRole('tablist', { name: 'About this person' })).toBeInTheDocument();
    const panel = screen.getByRole('tabpanel', { name: 'About' });
    expect(panel).toHaveTextContent('Showing about');

    screen.getByRole('button', { name: 'Before' }).focus();
    await user.tab();
    expect(screen.getByRole('tab', { name: 'About', selected: true })).toHaveFocus();
    // Only the selected tab is in the tab order; the next stop is the panel.
    await user.tab();
    expect(screen.getByRole('tabpanel')).toHaveFocus();
    await user.tab({ shift: true });

    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Chosen team', selected: true })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Chosen team' })).toHaveTextContent('Showing team');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Travel times', selected: true })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'About', selected: true })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Travel times', selected: true })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'About', selected: true })).toHaveFocus();
    expect(screen.getAllByRole('tab').map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);

    await user.click(screen.getByRole('tab', { name: 'Travel times' }));
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Showing travel');
  });
});
