import type { Page } from '@playwright/test';

export interface Watched {
  /** Messages of the dialogs that opened (each is dismissed). */
  dialogs: string[];
  /** Uncaught errors of the page. */
  errors: string[];
  /** Content-Security-Policy violations reported in the page so far: `directive blocked-uri`. */
  violations: () => Promise<string[]>;
}

/** Records dialogs, policy violations and page errors from the first script on. */
export async function watch(page: Page): Promise<Watched> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { dialogs, errors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}
