import type { Browser, BrowserContextOptions, Page } from '@playwright/test';

/*
 * Pages of a deck served by `transcript-deck present`, as the browser test and the benchmark drive
 * them: opened, stepped, and timed by the page's own `td:followed` events (src/client/follow.ts).
 */

export interface Followed {
  seq: number;
  state: { indexh: number; indexv: number; indexf: number };
  /** Date.now() when shown, when the step arrived; the server's clock when it sent it. */
  at: number;
  receivedAt: number;
  sentAt: number;
}

// Without slide transitions: six pages animating on one loaded 2-core machine measure the machine,
// where each phone in a room animates on its own processor.
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' };
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' };

/** A page of the deck, ready, recording every time it followed the presenter. */
export async function openDeck(browser: Browser, url: string, options: BrowserContextOptions = PHONE): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log: unknown[] = [];
    (window as unknown as { followed: unknown[] }).followed = log;
    window.addEventListener('td:followed', (event) => log.push((event as CustomEvent).detail));
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
  return page;
}

export const stateOf = (page: Page): Promise<Followed['state']> =>
  page.evaluate(() => {
    const { indexh, indexv, indexf } = (window as unknown as { Reveal: { getState(): { indexh: number; indexv: number; indexf?: number } } }).Reveal.getState();
    return { indexh, indexv, indexf: indexf ?? -1 };
  });

/** Steps the presenter's deck (`next`, `prev`) and returns the time of the step by the page's clock (the machine's). */
export const step = (page: Page, how: 'next' | 'prev' = 'next'): Promise<number> =>
  page.evaluate((how) => {
    const at = Date.now();
    (window as unknown as { Reveal: Record<string, () => void> }).Reveal[how]!();
    return at;
  }, how);

/**
 * The page's first following of `want` at or after `since`: waited for in the page (no polling from
 * outside, which would load the machine). No named functions inside: tsx would wrap them in a helper
 * the page does not have.
 */
export const followed = (page: Page, want: Followed['state'], since: number): Promise<Followed> =>
  page.evaluate(
    ({ want, since }) =>
      new Promise<Followed>((done) => {
        const log = (window as unknown as { followed: Followed[] }).followed;
        const stop = new AbortController();
        // The init script's listener, registered first, has logged each event before this one looks.
        window.addEventListener(
          'td:followed',
          () => {
            const hit = log.find((f) => f.at >= since && f.state.indexh === want.indexh && f.state.indexv === want.indexv && f.state.indexf === want.indexf);
            if (!hit) return;
            stop.abort();
            done(hit);
          },
          { signal: stop.signal },
        );
        const seen = log.find((f) => f.at >= since && f.state.indexh === want.indexh && f.state.indexv === want.indexv && f.state.indexf === want.indexf);
        if (seen) {
          stop.abort();
          done(seen);
        }
      }),
    { want, since },
  );

/**
 * A phone's settling after load (the far slides' text is fitted while idle), before anything is
 * timed: until the page's main thread has a whole idle period (40 ms or more) to spare, 5 s at most.
 */
export async function settle(pages: readonly Page[]): Promise<void> {
  await Promise.all(
    pages.map((page) =>
      page.evaluate(async () => {
        const until = Date.now() + 5000;
        while (Date.now() < until) {
          const spare = await new Promise<number>((done) => window.requestIdleCallback((deadline) => done(deadline.timeRemaining()), { timeout: 1000 }));
          if (spare >= 40) return;
        }
      }),
    ),
  );
}

/**
 * `steps` steps of the presenter (forward, and back once the deck's end is near), each followed by
 * every audience page: the latencies, step to shown, in ms, and the part before the server's send.
 */
export async function timeSteps(presenter: Page, audience: readonly Page[], steps: number, slides: number): Promise<{ shown: number[]; toServer: number[]; perStep: number[] }> {
  const shown: number[] = [];
  const toServer: number[] = [];
  const perStep: number[] = [];
  let at = (await stateOf(presenter)).indexh;
  let forward = true;
  for (let i = 0; i < steps; i++) {
    if (forward && at >= slides - 1) forward = false;
    if (!forward && at <= 0) forward = true;
    const t = await step(presenter, forward ? 'next' : 'prev');
    const want = await stateOf(presenter);
    at = want.indexh;
    const arrived = await Promise.all(audience.map((page) => followed(page, want, t)));
    shown.push(...arrived.map((f) => f.at - t));
    toServer.push(...arrived.map((f) => f.sentAt - t));
    perStep.push(Math.max(...arrived.map((f) => f.at - t)));
  }
  return { shown, toServer, perStep };
}
