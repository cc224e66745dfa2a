import { useState } from 'react';
import { Banner } from '@renderer/components/Layout';
import { ChangePasswordPage } from './ChangePasswordPage';

/** Change your own password from the signed-in shell. */
export function OwnPasswordPage() {
  const [done, setDone] = useState(false);
  if (done)
    return (
      <Banner tone="success" title="Password changed.">
        Use the new one next time you sign in.
      </Banner>
    );
  return <ChangePasswordPage required={false} onDone={async () => setDone(true)} />;
}
