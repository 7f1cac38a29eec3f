import { Box } from '@mantine/core';
import { useEffect, useState } from 'react';

/**
 * A QR code of the receipt's check link with its hash (issue 19 point 8), so a printed receipt is
 * checked by pointing a phone at it. Drawn as SVG in the browser; the encoder comes with the
 * receipt page only.
 */
export function ReceiptQr({ url, label }: { url: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then(({ default: qr }) => qr.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }))
      .then((drawn) => live && setSvg(drawn))
      .catch(() => live && setSvg(null));
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return null;
  return (
    <Box
      role="img"
      aria-label={label}
      data-testid="receipt-qr"
      data-url={url}
      w={140}
      h={140}
      // a QR code squeezed beside its text on a phone could no longer be read
      style={{ flex: 'none' }}
      // the encoder's own SVG of the link, nothing of the user's
      // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG drawn by the QR encoder from our own link
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
