import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BOOKING_STATUS_LABELS, PERIOD_LABELS, type Booking } from '@shared/domain/hub/bookings';
import { SPACE_KIND_LABELS } from '@shared/domain/hub/setup';
import { formatDate, formatInstant } from '@shared/domain/time/format';
import { useApi } from '@renderer/api/api-context';
import { procedureQuery, useProcedureMutation } from '@renderer/api/queries';
import { Button } from '@renderer/components/Button';
import { ConfirmAction } from '@renderer/components/ConfirmAction';
import { downloadBase64 } from '@renderer/components/files';
import { Banner, Panel, QueryState, SummaryList } from '@renderer/components/Layout';
import { QrCodeImage } from './QrCodeImage';

/** The pass to show at the kiosk: the QR code and the code in letters for typing it in. */
function BookingPassView({ booking }: { booking: Booking }) {
  const api = useApi();
  const pass = useQuery(procedureQuery(api, 'hub.bookingPass', { bookingId: booking.id }));
  return (
    <QueryState isLoading={pass.isLoading} error={pass.error} what="the pass">
      {pass.data && (
        <div className="booking-pass">
          <QrCodeImage qr={pass.data.qr} label={`Pass for ${pass.data.spaceName} on ${formatDate(pass.data.date)}`} />
          <div>
            <p>Show this code at the front desk on {formatDate(pass.data.date)} to sign in.</p>
            <p>
              It works until {formatInstant(pass.data.validUntil)}. If the scanner cannot read it, type this code
              instead:
            </p>
            <p className="booking-pass__token">{pass.data.token}</p>
          </div>
        </div>
      )}
    </QueryState>
  );
}

/** One booking: what and where, its pass, adding it to a calendar, and cancelling it (after asking). */
export function BookingDetail({ booking, onClosed }: { booking: Booking; onClosed: () => void }) {
  const api = useApi();
  const cancel = useProcedureMutation('hub.cancelBooking');
  const [icsError, setIcsError] = useState<string | null>(null);
  const active = booking.status === 'booked' || booking.status === 'checked_in';
  const when = `${formatDate(booking.date)}, ${PERIOD_LABELS[booking.period].toLowerCase()}`;
  const addToCalendar = async () => {
    setIcsError(null);
    try {
      const file = await api.call('hub.bookingIcs', { bookingId: booking.id });
      downloadBase64(file.filename, file.mediaType, file.base64);
    } catch (error) {
      setIcsError(error instanceof Error ? error.message : 'The calendar file could not be made.');
    }
  };
  const doCancel = (wholeSeries: boolean) =>
    cancel.mutate({ bookingId: booking.id, wholeSeries }, { onSuccess: () => onClosed() });
  return (
    <Panel title={`${booking.spaceName}, ${when}`}>
      <SummaryList
        items={[
          { key: 'Space', value: `${booking.spaceName} (${SPACE_KIND_LABELS[booking.spaceKind]})` },
          { key: 'Floor', value: booking.floorName },
          { key: 'When', value: when },
          { key: 'Status', value: BOOKING_STATUS_LABELS[booking.status] },
          { key: 'Weekly series', value: booking.seriesId ? 'Yes' : 'No' },
        ]}
      />
      {booking.status === 'booked' && <BookingPassView booking={booking} />}
      {icsError && <Banner tone="error">{icsError}</Banner>}
      {cancel.error && (
        <Banner tone="error" title="The booking was not cancelled.">
          {cancel.error.message}
        </Banner>
      )}
      <div className="button-row">
        {active && (
          <Button variant="secondary" onClick={() => void addToCalendar()}>
            Add to your calendar
          </Button>
        )}
        {booking.status === 'booked' && (
          <ConfirmAction
            label="Cancel this booking"
            confirmLabel="Yes, cancel the booking"
            title={`Cancel ${booking.spaceName} on ${when}?`}
            pending={cancel.isPending}
            onConfirm={() => doCancel(false)}
          >
            <p>The space is freed for others. You can book it again while it is free.</p>
          </ConfirmAction>
        )}
        {booking.status === 'booked' && booking.seriesId && (
          <ConfirmAction
            label="Cancel this and the rest of the series"
            confirmLabel="Yes, cancel the rest of the series"
            title="Cancel the rest of the weekly series?"
            pending={cancel.isPending}
            onConfirm={() => doCancel(true)}
          >
            <p>This booking and every later one in the series are cancelled; earlier ones stay.</p>
          </ConfirmAction>
        )}
        <Button variant="link" onClick={onClosed}>
          Close
        </Button>
      </div>
    </Panel>
  );
}
