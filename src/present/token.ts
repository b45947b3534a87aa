import { randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * The presenter's secret: 144 random bits in the presenter address (`/presenter/<token>/`), the
 * only thing that lets a page drive the deck or fetch the copy with the speaker notes.
 */

export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

/** Whether `given` is the token, compared in constant time (no timing tells how much of it was right). */
export function isToken(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
