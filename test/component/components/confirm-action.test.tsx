import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from '@renderer/components/ConfirmAction';

function renderCancel(onConfirm: () => void) {
  render(
    <ConfirmAction
      label="Cancel session"
      title="Cancel this session?"
      confirmLabel="Yes, cancel the session"
      onConfirm={onConfirm}
    >
      <p>The 4 people booked on it get a notice that it is cancelled.</p>
    </ConfirmAction>,
  );
}

describe('confirmation before a destructive action', () => {
  it('says what will happen and runs nothing until "Yes, …" is chosen', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    renderCancel(onConfirm);
    expect(screen.queryByText(/get a notice/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel session' }));
    const dialog = screen.getByRole('alertdialog', { name: /Cancel this session\?/ });
    expect(dialog).toHaveTextContent('The 4 people booked on it get a notice that it is cancelled.');
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the session' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('works by keyboard: focus goes to the warning; Escape or "No, go back" return to the button', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    renderCancel(onConfirm);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel session' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel session' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'No, go back' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Cancel session' })).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Yes, cancel the session' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
