// Renders the app's SVG icons to the PNGs an installable web app needs (home screens want PNG).
// The PNGs are checked in under packages/web/public/icons; run this after changing an SVG:
//   node scripts/render-icons.mjs
// It drives the same Chromium the browser tests use (CHROMIUM_PATH, default /usr/bin/chromium).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const assets = path.join(root, 'packages/web/src/assets');
const out = path.join(root, 'packages/web/public/icons');

// A maskable icon is cropped to a circle or squircle by the phone: its art must sit in the
// middle 80%, on a background that fills the whole square.
const ICONS = [
  { svg: 'favicon.svg', file: 'amend-192.png', size: 192, inset: 0, background: 'transparent' },
  { svg: 'favicon.svg', file: 'amend-512.png', size: 512, inset: 0, background: 'transparent' },
  {
    svg: 'favicon.svg',
    file: 'amend-maskable-512.png',
    size: 512,
    inset: 0.1,
    background: '#2c6a64',
  },
  {
    svg: 'neutral-icon.svg',
    file: 'notes-192.png',
    size: 192,
    inset: 0,
    background: 'transparent',
  },
  {
    svg: 'neutral-icon.svg',
    file: 'notes-512.png',
    size: 512,
    inset: 0,
    background: 'transparent',
  },
  {
    svg: 'neutral-icon.svg',
    file: 'notes-maskable-512.png',
    size: 512,
    inset: 0.1,
    background: '#f2efe8',
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = await readFile(path.join(assets, icon.svg), 'utf8');
    const pad = Math.round(icon.size * icon.inset);
    await page.setContent(
      `<html><body style="margin:0;background:${icon.background}">` +
        `<div style="padding:${pad}px;width:${icon.size - 2 * pad}px;height:${icon.size - 2 * pad}px">` +
        svg.replace('<svg ', '<svg width="100%" height="100%" ') +
        '</div></body></html>',
    );
    await page.screenshot({
      path: path.join(out, icon.file),
      omitBackground: icon.background === 'transparent',
    });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${ICONS.length} icons to ${out}`);
