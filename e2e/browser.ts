import fs from 'node:fs';
import { type Browser, type BrowserServer, chromium } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core; no browser is ever downloaded. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser suite cannot run here, or null when it can. */
export function browserUnavailableReason(): string | null {
  if (process.env.SHEKARA_E2E === 'skip') return 'SHEKARA_E2E=skip: the browser suite runs on its own as `npm run e2e`';
  if (!fs.existsSync(chromiumPath))
    return `no Chromium at ${chromiumPath} (install Debian's chromium package, or set CHROMIUM_PATH)`;
  return null;
}

/**
 * Chromium's features the tests have no use for. Headless Chromium still opens a window for every
 * browser context, and each window loads the address bar's pop-up, a web page of Chromium's own
 * (chrome://omnibox-popup.top-chrome), in a renderer of its own: about a CPU-second a context, which
 * the suite paid 26 times. Chromium takes only the last `--disable-features`, so the list repeats
 * Playwright's own (less those for Edge and Windows).
 */
const disabledFeatures = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
  'PreloadTopChromeWebUI',
  'AimEnabled',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsFirstBalancedModeAutoEnable',
  'HttpsUpgrades',
  'LensOverlay',
  'MediaRouter',
  'NetworkTimeServiceQuerying',
  'OptimizationHints',
  'PaintHolding',
  'PreconnectToSearch',
  'ThirdPartyStoragePartitioning',
];

/** One Chromium for the whole run, which the specs reach with `connectChromium`. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: chromiumPath,
    // Without the networking switches Chromium keeps trying to reach Google's hosts.
    args: [
      `--disable-features=${disabledFeatures.join(',')}`,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A connection of one spec to the run's Chromium; closing it closes that spec's contexts only. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
