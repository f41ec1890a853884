/**
 * Reads a QR code back from the SVG CorePort serves, the way a phone would: the SVG's module path is
 * painted into an RGBA image (4 pixels per module) and decoded by jsQR, an independent decoder.
 */
import jsQR from "jsqr";

const SCALE = 4;

export function decodeQrSvg(svg: string): string {
  const box = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const path = /<path fill="#000" d="([^"]*)"/.exec(svg);
  if (!box || !path) throw new Error("Not a CorePort QR SVG");
  const modules = Number(box[1]);
  const side = modules * SCALE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y, run] of path[1]!.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let dy = 0; dy < SCALE; dy++) {
      for (let dx = 0; dx < Number(run) * SCALE; dx++) {
        const offset = ((Number(y) * SCALE + dy) * side + Number(x) * SCALE + dx) * 4;
        pixels[offset] = pixels[offset + 1] = pixels[offset + 2] = 0;
      }
    }
  }
  const code = jsQR(pixels, side, side);
  if (!code) throw new Error("jsQR found no QR code in the image");
  return code.data;
}
