/** The browser tests launch Chromium as the PDF exporter does (src/io/chromium.ts). */
export { chromiumArgs, chromiumExecutable, launchOptions } from '../src/io/chromium.ts';
