/* What the print page (src/client/print.ts) and the PDF exporter (src/pdf/) agree on. */

export type PrintMode = 'slides' | 'notes' | 'handout' | 'fragments';
export type PrintPaper = 'a4' | 'letter';

export interface PrintRequest {
  mode: PrintMode;
  paper: PrintPaper;
}

/** A slide as the PDF outline shows it. */
export interface PrintSlide {
  id: string;
  kind: string;
  /** The topic a section or quote slide belongs to (`topic-2`). */
  topic?: string;
  label: string;
  /** Fit-text's scale (`data-fit-scale`), 1 when nothing had to shrink. */
  fitScale: number;
}

/** What the exporter reads from the page once the pages are final. */
export interface PrintManifest {
  ready: boolean;
  mode: PrintMode;
  paper: PrintPaper;
  /** Pages of the PDF: slide pages and notes pages, or handout pages. */
  pdfPages: number;
  slides: PrintSlide[];
  /** Slides larger than their page even after fit-text, printed smaller as a whole. */
  shrunk: string[];
  /** Slides that still do not fit their page: cut in the PDF (should never happen). */
  clipped: string[];
  meta: { title: string; author: string; subject: string; keywords: string[]; lang: string };
}
