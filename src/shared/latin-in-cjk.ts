/* Shared by the fonts of the built page (src/vite/fonts/) and the runs of the PowerPoint file (src/pptx/). */

/**
 * The characters the Latin face takes in a CJK page, where it joins the page's own family (rank 0)
 * under a `unicode-range`: Latin (Vietnamese included), Greek and Cyrillic letters, combining marks,
 * digits and ASCII punctuation, hyphens and the en dash, currency signs. Left out, so the CJK face
 * sets them at the width of the CJK text around them: the punctuation both scripts use (curly
 * quotes, the em dash, `…`, `·`, `‧`).
 */
export const LATIN_IN_CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x00b6],
  [0x00b8, 0x052f],
  [0x1ab0, 0x1aff],
  [0x1d00, 0x1fff],
  [0x2000, 0x2013],
  [0x2020, 0x2024],
  [0x2030, 0x205e],
  [0x2070, 0x20cf],
  [0x2c60, 0x2c7f],
  [0xa640, 0xa69f],
  [0xa720, 0xa7ff],
];
