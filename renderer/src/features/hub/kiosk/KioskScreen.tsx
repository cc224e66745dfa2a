import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KioskReceipt, KioskStatus } from '@shared/domain/hub/kiosk';
import { formatDate, formatMinute } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { Banner, QueryState } from '@renderer/components/Layout';
import {
  ContractorSignInForm,
  ExitKioskForm,
  NameSignInForm,
  PassSignInForm,
  SignOutForm,
  StaffForm,
} from './KioskForms';
import { useIdleReset } from './use-idle-reset';
import './kiosk.css';

type Step = 'start' | 'pass' | 'name' | 'contractor' | 'staff-in' | 'staff-out' | 'sign-out' | 'exit' | 'done';

const STEP_TITLES: Record<Exclude<Step, 'start' | 'done'>, string> = {
  pass: 'Sign in with your booking code',
  name: 'Sign in with your name',
  contractor: 'Sign in as a contractor',
  'staff-in': 'Staff: sign in to the building',
  'staff-out': 'Staff: sign out of the building',
  'sign-out': 'Sign out',
  exit: 'End the kiosk',
};

/** Back to the start after this long without a touch. */
const IDLE_MS = 60_000;
/** The "you are signed in" screen stays this long. */
const RECEIPT_MS = 10_000;
// The start screen asks again this often, for the clock and for an evacuation that has just begun.
const STATUS_POLL_MS = 15_000;

function StartChoices({ status, go }: { status: KioskStatus; go: (step: Step) => void }) {
  const signInsStopped = status.evacuation || !status.open;
  return (
    <>
      {status.evacuation && (
        <Banner tone="error" title="Evacuation: do not sign in.">
          Leave the building by the nearest fire exit and go to the assembly point.
        </Banner>
      )}
      {!status.evacuation && !status.open && (
        <Banner tone="warning" title="The hub is closed today.">
          {status.closedReason ?? 'Come back on a day it is open.'}
        </Banner>
      )}
      {!signInsStopped && (
        <section aria-label="Sign in" className="kiosk__choices">
          <h2>Arriving?</h2>
          <Button onClick={() => go('pass')}>I have a booking code</Button>
          <Button onClick={() => go('name')}>Sign in with my name</Button>
          <Button variant="secondary" onClick={() => go('contractor')}>
            I am a contractor
          </Button>
          <Button variant="secondary" onClick={() => go('staff-in')}>
            I work here
          </Button>
        </section>
      )}
      <section aria-label="Sign out" className="kiosk__choices">
        <h2>Leaving?</h2>
        <Button variant="secondary" onClick={() => go('sign-out')}>
          Sign out
        </Button>
        <Button variant="secondary" onClick={() => go('staff-out')}>
          I work here: sign out
        </Button>
      </section>
    </>
  );
}

/**
 * The hub's front-desk kiosk: the whole window, with no way into the app. People sign in by booking code, by name and
 * organisation (walk-ins get a free space), as contractors or as staff, accept the house rules, and sign out. It shows
 * nothing about anyone but the person at it, goes back to the start after a minute untouched, and a manager ends it
 * with their own credentials.
 */
export function KioskScreen({ onExit }: { onExit: () => void }) {
  const api = useApi();
  const status = useQuery({ ...procedureQuery(api, 'hub.kioskStatus', {}), refetchInterval: STATUS_POLL_MS });
  const [step, setStep] = useState<Step>('start');
  const [receipt, setReceipt] = useState<KioskReceipt | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const toStart = useCallback(() => {
    setReceipt(null);
    setStep('start');
  }, []);
  useIdleReset(step !== 'start' && step !== 'done', IDLE_MS, toStart);
  useEffect(() => {
    if (step !== 'done') return undefined;
    const timer = window.setTimeout(toStart, RECEIPT_MS);
    return () => window.clearTimeout(timer);
  }, [step, toStart]);
  useEffect(() => heading.current?.focus(), [step]);
  const done = (r: KioskReceipt) => {
    setReceipt(r);
    setStep('done');
  };
  const s = status.data;
  return (
    <div className="kiosk">
      <header className="kiosk__header">
        <span className="kiosk__brand">{s?.branchName ?? 'Neighbourhood Hub'}</span>
        {s && (
          <span>
            {formatDate(s.today)}, {formatMinute(s.minute)}
          </span>
        )}
      </header>
      <main className="kiosk__main">
        <QueryState isLoading={status.isLoading} error={status.error} what="the kiosk">
          {s && (
            <>
              <h1 ref={heading} tabIndex={-1}>
                {step === 'start' ? 'Welcome' : step === 'done' ? 'Thank you' : STEP_TITLES[step]}
              </h1>
              {step === 'start' && <StartChoices status={s} go={setStep} />}
              {step === 'pass' && <PassSignInForm status={s} onDone={done} onCancel={toStart} />}
              {step === 'name' && <NameSignInForm status={s} onDone={done} onCancel={toStart} />}
              {step === 'contractor' && <ContractorSignInForm status={s} onDone={done} onCancel={toStart} />}
              {step === 'sign-out' && <SignOutForm status={s} onDone={done} onCancel={toStart} />}
              {step === 'staff-in' && <StaffForm direction="in" onDone={done} onCancel={toStart} />}
              {step === 'staff-out' && <StaffForm direction="out" onDone={done} onCancel={toStart} />}
              {step === 'exit' && <ExitKioskForm onDone={onExit} onCancel={toStart} />}
              {step === 'done' && receipt && (
                <>
                  <Banner tone="success" title={receipt.message}>
                    {receipt.spaceName
                      ? `Your space: ${receipt.spaceName}${receipt.floorName ? `, ${receipt.floorName}` : ''}.`
                      : ''}
                  </Banner>
                  <Button onClick={toStart}>Done</Button>
                </>
              )}
            </>
          )}
        </QueryState>
      </main>
      {step === 'start' && (
        <footer className="kiosk__footer">
          <Button variant="link" onClick={() => setStep('exit')}>
            End the kiosk (managers)
          </Button>
        </footer>
      )}
    </div>
  );
}
