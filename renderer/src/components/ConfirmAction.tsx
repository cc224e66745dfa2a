import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

/**
 * The one way a destructive or far-reaching action asks first (GOV.UK warning + "Yes, …" / "No, go back"): the
 * button opens a panel saying exactly what will happen; only "Yes, …" runs the action. The panel takes focus when it
 * opens, Escape or "No, go back" closes it and returns focus to the button, so it works the same by keyboard.
 */
export function ConfirmAction({
  label,
  confirmLabel,
  title = 'This cannot be undone.',
  variant = 'warning',
  disabled = false,
  pending = false,
  onConfirm,
  children,
}: {
  /** The button's words (a table row's names what it is about, for people who cannot see the row). */
  label: ReactNode;
  /** The confirming button's words, starting "Yes, " and naming the action ("Yes, cancel the session"). */
  confirmLabel: `Yes, ${string}`;
  /** The question or warning at the top of the panel. */
  title?: string;
  /** The opening button's look: warning for destructive actions, primary or secondary for far-reaching ones. */
  variant?: 'warning' | 'primary' | 'secondary';
  disabled?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  /** What will happen, in plain words. */
  children: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  const titleId = useId();
  useEffect(() => {
    if (asking) panel.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [asking]);
  const goBack = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  if (!asking)
    return (
      <Button ref={opener} variant={variant} disabled={disabled || pending} onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      ref={panel}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        goBack();
      }}
    >
      <h2 className="confirm__title" id={titleId}>
        <span className="confirm__icon" aria-hidden="true">
          !
        </span>
        {title}
      </h2>
      <div className="confirm__body">{children}</div>
      <div className="button-row">
        <Button
          variant={variant === 'warning' ? 'warning' : 'primary'}
          disabled={pending}
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={goBack}>
          No, go back
        </Button>
      </div>
    </div>
  );
}
