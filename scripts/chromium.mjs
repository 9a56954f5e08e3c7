// One place that knows how to start Debian's Chromium headless for every browser test and tool.
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The Chromium binary: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH`,
    );
  }
  return path;
}

/** Flags that keep a headless run quiet and offline (no background calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--no-default-browser-check',
  '--mute-audio',
  '--font-render-hinting=none',
];

/** Launch options for playwright's `chromium.launch` (and vitest's playwright provider). */
export function launchOptions(extraArgs = []) {
  return { executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] };
}

/** A fresh profile directory, so no state leaks between runs. */
export function freshProfileDir() {
  return mkdtempSync(join(tmpdir(), 'mittari-chromium-'));
}
