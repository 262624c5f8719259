import type { Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium), or the one named by CHROMIUM_PATH. */
export declare function chromiumPath(): string;
/** Launches headless Chromium with the flags that work on a machine with no outside network. */
export declare function launchChromium(extraArgs?: readonly string[]): Promise<Browser>;
