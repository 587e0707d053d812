// Draws the app's icon (a white check on a teal rounded square) at every size the web app's
// manifest and the browser extension ask for. Run once after changing it: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const TEAL = [11, 122, 107];

/** `maskable`: a full square, the mark inside the safe zone (the platform cuts the corners). */
function icon(size, { maskable = false } = {}) {
  const png = new PNG({ width: size, height: size });
  const radius = maskable ? 0 : size * 0.22;
  const scale = maskable ? 0.6 : 1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      const inside = radius === 0 || Math.hypot(dx, dy) <= radius;
      const u = 0.5 + (x / size - 0.5) / scale;
      const v = 0.5 + (y / size - 0.5) / scale;
      const w = 0.09;
      const short = u > 0.24 && u < 0.44 && Math.abs(v - 0.52 - (u - 0.28)) / Math.SQRT2 < w;
      const long = u > 0.4 && u < 0.78 && Math.abs(v - 0.72 + (u - 0.42)) / Math.SQRT2 < w;
      const [r, g, b] = short || long ? [255, 255, 255] : TEAL;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

mkdirSync('extension/public/icon', { recursive: true });
for (const size of [16, 32, 48, 128])
  writeFileSync(`extension/public/icon/${size}.png`, icon(size));
mkdirSync('web/public/icons', { recursive: true });
for (const size of [192, 512]) writeFileSync(`web/public/icons/icon-${size}.png`, icon(size));
writeFileSync('web/public/icons/maskable-512.png', icon(512, { maskable: true }));
writeFileSync('web/public/icons/apple-touch-icon.png', icon(180, { maskable: true }));
