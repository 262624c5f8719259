// Launching Debian's Chromium for browser tests and benchmarks (never a downloaded browser).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium), or the one named by CHROMIUM_PATH. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  return path;
}

/** Launches headless Chromium with the flags that work on a machine with no outside network. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
