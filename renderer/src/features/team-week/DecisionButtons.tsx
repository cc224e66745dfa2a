import type { ReactNode } from 'react';
import { ConfirmAction } from '@renderer/components/ConfirmAction';

/** One side of a decision: its button, the confirm button, the question, and what will happen. */
export interface DecisionSide {
  label: string;
  confirmLabel: `Yes, ${string}`;
  title: string;
  detail: ReactNode;
}

/**
 * A yes-or-no decision on a swap or give-up (accept or decline, approve or decline): each button asks first and says
 * what will happen; only its "Yes, …" sends the answer.
 */
export function DecisionButtons({
  yes,
  no,
  about,
  pending,
  onDecide,
}: {
  yes: DecisionSide;
  no: DecisionSide;
  /** What the decision is about, read after each button's words by those who cannot see the table row. */
  about: string;
  pending: boolean;
  onDecide: (yes: boolean) => void;
}) {
  return (
    <div className="button-row">
      <ConfirmAction
        label={
          <>
            {yes.label}
            <span className="visually-hidden">{` ${about}`}</span>
          </>
        }
        confirmLabel={yes.confirmLabel}
        title={yes.title}
        variant="primary"
        pending={pending}
        onConfirm={() => onDecide(true)}
      >
        {yes.detail}
      </ConfirmAction>
      <ConfirmAction
        label={
          <>
            {no.label}
            <span className="visually-hidden">{` ${about}`}</span>
          </>
        }
        confirmLabel={no.confirmLabel}
        title={no.title}
        pending={pending}
        onConfirm={() => onDecide(false)}
      >
        {no.detail}
      </ConfirmAction>
    </div>
  );
}
