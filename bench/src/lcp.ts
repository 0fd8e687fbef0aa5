import { type Browser, chromium } from 'playwright-core';
import { startDashboardFixture } from './dashboard-setup.js';
import { percentiles } from './measure.js';

/**
 * Largest Contentful Paint of the progress dashboard for a couple with two years of history, in
 * headless Chromium with the CPU slowed 4× (a mid-range phone) on loopback, each load in a fresh
 * profile (nothing cached). The baseline, measured the same way in the same run, is the sign-in
 * page: the same app shell and bundle with no data to fetch or draw. Needs the built web app
 * (`npm run build`) and Chromium (CHROMIUM_PATH, default Debian's /usr/bin/chromium).
 */
const CPU_SLOWDOWN = 4;
const TARGET_MS = 1500;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function cookiesFor(appUrl: string, header: string) {
  return header
    .split('; ')
    .filter((pair) => pair.includes('='))
    .map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: appUrl };
    });
}

/** Loads `path` in a fresh profile with the CPU slowed: its LCP in milliseconds, and what it was. */
async function lcpOf(browser: Browser, appUrl: string, path: string, cookie: string | null) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
  });
  try {
    if (cookie) await context.addCookies(cookiesFor(appUrl, cookie));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${appUrl}${path}`, { waitUntil: 'networkidle' });
    if (new URL(page.url()).pathname !== path) {
      throw new Error(`${path} ended at ${page.url()}: the benchmark's session did not hold`);
    }
    if ((await page.locator('main').count()) === 0) {
      throw new Error(`${path} did not show the app (is packages/web/dist built?)`);
    }
    // The last candidate the browser reported is the page's LCP (no input has happened).
    // A string, because this package is type-checked for Node, not the browser's DOM.
    return await page.evaluate<{ ms: number; element: string }>(`new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1);
        const element = last?.element;
        resolve({
          ms: last ? last.startTime : Number.NaN,
          element: element ? element.tagName.toLowerCase() + ': ' + (element.textContent || '').trim().slice(0, 60) : '',
        });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    })`);
  } finally {
    await context.close();
  }
}

export async function benchDashboardLcp(loads = 5) {
  const fixture = await startDashboardFixture(10, {}, true);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const signInPage: number[] = [];
    const dashboard: number[] = [];
    let dashboardElement = '';
    // One unmeasured load of each warms the server's JIT and its kept dashboard.
    await lcpOf(browser, fixture.appUrl, '/sign-in', null);
    await lcpOf(browser, fixture.appUrl, '/progress', fixture.cookie);
    for (let load = 0; load < loads; load += 1) {
      signInPage.push((await lcpOf(browser, fixture.appUrl, '/sign-in', null)).ms);
      const loaded = await lcpOf(browser, fixture.appUrl, '/progress', fixture.cookie);
      dashboard.push(loaded.ms);
      dashboardElement = loaded.element;
    }
    const summary = (samples: number[]) => {
      const { p50 } = percentiles(samples);
      return {
        loads: samples.length,
        medianMs: Math.round(p50),
        maxMs: Math.round(Math.max(...samples)),
      };
    };
    const dashboardSummary = summary(dashboard);
    const baseline = summary(signInPage);
    return {
      cpuSlowdown: CPU_SLOWDOWN,
      baselineSignInPage: baseline,
      dashboard: dashboardSummary,
      /** The element Chromium chose as the dashboard's largest paint (charts draw on canvas, which LCP does not count). */
      dashboardLargestElement: dashboardElement,
      medianRatioToBaseline: Number((dashboardSummary.medianMs / baseline.medianMs).toFixed(2)),
      targetMs: TARGET_MS,
      meetsTarget: dashboardSummary.medianMs <= TARGET_MS,
    };
  } finally {
    await browser.close();
    await fixture.close();
  }
}
