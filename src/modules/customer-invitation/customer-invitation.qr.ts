import { toBuffer, toString as renderString } from 'qrcode';

/** Error correction M (15 %) survives a printed, slightly damaged code; 4 modules of quiet zone as the standard asks. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;
/** PNG side in pixels: sharp enough to scan from a screen or a poster. */
const PNG_WIDTH = 320;

/** The QR code of a link as a PNG (base64, no data: prefix). */
export async function qrPngBase64(link: string): Promise<string> {
  return (await toBuffer(link, { ...OPTIONS, type: 'png', width: PNG_WIDTH })).toString('base64');
}

/** The QR code of a link as an SVG document (scales to any size). */
export function qrSvg(link: string): Promise<string> {
  return renderString(link, { ...OPTIONS, type: 'svg' });
}
