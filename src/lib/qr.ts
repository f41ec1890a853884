/**
 * QR codes as compact SVG for wallets to scan. Encoding is `uqr` (pure JS, no dependencies, runs in
 * workerd); rendering is ours: one <path> of horizontal runs in module units (so the SVG scales
 * without blur), a 4-module quiet zone as ISO/IEC 18004 asks, and error correction M (15 %), which
 * survives a smudged phone screen while keeping payment URIs at a low version.
 */
import { encode } from "uqr";

export interface QrSvgOptions {
  ecc?: "L" | "M" | "Q" | "H";
  /** Light margin around the code, in modules (the spec asks for 4). */
  quietZone?: number;
  /** Accessible name of the image. */
  title?: string;
}

export interface QrSvg {
  svg: string;
  /** Modules per side of the code itself (without the quiet zone). */
  size: number;
  version: number;
}

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);

/** The module matrix (true = dark), row by row. */
export function qrMatrix(text: string, ecc: QrSvgOptions["ecc"] = "M"): { matrix: boolean[][]; version: number } {
  const result = encode(text, { ecc, border: 0 });
  return { matrix: result.data, version: result.version };
}

export function qrSvg(text: string, options: QrSvgOptions = {}): QrSvg {
  const { matrix, version } = qrMatrix(text, options.ecc ?? "M");
  const quiet = options.quietZone ?? 4;
  const size = matrix.length;
  const total = size + 2 * quiet;
  let d = "";
  matrix.forEach((row, y) => {
    for (let x = 0; x < size; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && row[x + run]) run++;
      d += `M${x + quiet} ${y + quiet}h${run}v1h-${run}z`;
      x += run;
    }
  });
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : "";
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges" role="img">` +
    `${title}<rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
  return { svg, size, version };
}
