import type { CDPSession, Page } from '@playwright/test';

/*
 * Which font rendered the text: Chromium's DevTools protocol tells which font rendered the glyphs
 * of a node's own text. It reports the name inside the font file ('Noto Serif TC SemiBold',
 * postScriptName 'NotoSerifTC-SemiBold'), not the CSS family ('TD Serif'), and whether it is a
 * web font (`isCustomFont`), which no installed font is.
 */

export interface PlatformFont {
  familyName: string;
  postScriptName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** A CDP session on `page` with DOM and CSS enabled. */
export async function fontSession(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return cdp;
}

/** The fonts that rendered the own text of each element matching `selector`, in document order. */
export async function platformFontsOfAll(cdp: CDPSession, selector: string): Promise<PlatformFont[][]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const fonts: PlatformFont[][] = [];
  for (const nodeId of nodeIds) fonts.push(((await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts ?? []) as PlatformFont[]);
  return fonts;
}
