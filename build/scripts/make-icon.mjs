#!/usr/bin/env node
// Renders the app icon (renderer/public/favicon.svg) to build/icons/icon.png at 1024×1024 with Chromium.
// electron-builder derives the .ico and .icns from that PNG. Run it after changing the SVG.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync(new URL('../../renderer/public/favicon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.METERSCOPE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(
  `<body style="margin:0">${svg.replace('<svg ', '<svg width="1024" height="1024" ')}</body>`,
);
await page.screenshot({ path: new URL('../icons/icon.png', import.meta.url).pathname, omitBackground: true });
await browser.close();
