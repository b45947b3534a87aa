/** How a service's extractor reports a malformed entry: where it is and what is wrong with it. */
export type SttReport = (where: { start: number; end: number }, message: string) => void;
