import type { QrCode } from '@shared/domain/hub/bookings';

/**
 * A QR code the backend made (a grid of dark modules, quiet zone included), drawn as SVG: one path, crisp at any
 * size, so the renderer needs no QR library of its own.
 */
export function QrCodeImage({ qr, label }: { qr: QrCode; label: string }) {
  const path = qr.modules.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={path} fill="#0b0c0c" />
    </svg>
  );
}
