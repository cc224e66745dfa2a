import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Banner } from './Layout';

/**
 * A destructive action that asks first: the button opens a warning saying what will happen, with "Yes" and Cancel;
 * only "Yes" runs it.
 */
export function ConfirmAction({
  label,
  confirmLabel,
  title = 'This cannot be undone.',
  pending = false,
  onConfirm,
  children,
}: {
  /** The button's words (a table row's names what it is about, for people who cannot see the row). */
  label: ReactNode;
  confirmLabel: string;
  title?: string;
  pending?: boolean;
  onConfirm: () => void;
  /** What will happen, in plain words. */
  children: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button variant="warning" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  return (
    <Banner tone="warning" title={title}>
      {children}
      <div className="button-row">
        <Button
          variant="warning"
          disabled={pending}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </div>
    </Banner>
  );
}
