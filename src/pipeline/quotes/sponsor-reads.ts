/*
 * Sponsor reads: a host reads an advertisement (`This episode is sponsored by…`, then what the
 * product does, then `visit talkpython.fm/connect`). Its sentences praise a product in the host's
 * voice and score like claims, one by one, so the read is found as a whole: from the sentence that
 * announces the sponsor to the one that sends the listener to them (an address, a code, a thank-you
 * for supporting the show), or at most `MAX_SENTENCES` on. Nothing in it goes on a slide.
 */

import type { Turn } from '../types.ts';
import type { TextRange } from './sentences.ts';

const OPENS = new RegExp(
  [
    String.raw`\b(?:sponsored|brought to you|supported|presented|made possible) by\b`,
    String.raw`\b(?:a (?:quick )?word from|thanks to|thank you to) our (?:sponsors?|partners?)\b`,
    String.raw`\bour sponsors? (?:today|this week|for this episode)\b`,
    // An advertisement's pitch: `Are you developing an application with GraphQL but don't know where to start?`
    String.raw`\b(?:are you|do you|have you ever been|tired of) (?:developing|building|looking for|struggling|tired of|wondering|trying to|wanting to)\b[^.!?]*\?`,
    String.raw`\b(?:gesponsert|präsentiert|unterstützt) von\b|\bsponsoris[ée]e? par\b|\bprésenté par\b|\bpatrocinad[oa] por\b|\bpresentad[oa] por\b`,
    String.raw`本期(?:节目|節目)?由|由.{1,20}(?:赞助|贊助|冠名)|の提供でお送り|スポンサーは`,
  ].join('|'),
  'iu',
);
const CLOSES = new RegExp(
  [
    String.raw`\b[a-z0-9-]+\.(?:com|fm|io|org|net|dev|ai|co)(?:\/[a-z0-9/_-]+|(?=[\s.,!]*$))`,
    String.raw`\b(?:download|get|grab) (?:the|your|a) free\b`,
    String.raw`\b(?:promo|discount|coupon) code\b|\bfree trial\b`,
    String.raw`\bfor (?:supporting|sponsoring)\b|\bsupport(?:ing)? (?:the|our) show\b`,
    String.raw`感谢.{0,20}(?:赞助|支持)|感謝.{0,20}(?:贊助|支持)|ご提供`,
  ].join('|'),
  'iu',
);
/** A read that never sends anyone anywhere still ends. */
const MAX_SENTENCES = 24;
// A full stop inside an address (`grandstack.io`) ends nothing.
const SENTENCE = /(?:[^.!?。！？]|[.!?](?=[\p{L}\p{N}]))+(?:[.!?。！？]+|$)/gu;

/** For each paragraph index of the turn, the ranges of its text that are a sponsor read. */
export function sponsorReads(turn: Turn): Map<number, TextRange[]> {
  const reads = new Map<number, TextRange[]>();
  let open = false;
  let sentences = 0;
  turn.paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    // Cheap test first: most paragraphs of most turns are no read and open none.
    if (!open && !OPENS.test(text)) return;
    for (const match of text.matchAll(SENTENCE)) {
      const start = match.index;
      const sentence = match[0];
      if (!open && OPENS.test(sentence)) {
        open = true;
        sentences = 0;
      }
      if (!open) continue;
      let end = start + sentence.length;
      const close = CLOSES.exec(sentence);
      // A read closed without a sentence end (raw captions run on into the talk): up to the close and the four words after it (`…for supporting talk python to me`).
      if (close && !/[.!?。！？]\s*$/u.test(sentence)) end = Math.min(end, start + close.index + close[0].length + (/^(?:\s+\S+){0,4}/u.exec(sentence.slice(close.index + close[0].length))?.[0].length ?? 0));
      const ranges = reads.get(index) ?? [];
      const last = ranges[ranges.length - 1];
      if (last && last.end >= start - 2) last.end = end;
      else ranges.push({ start, end });
      reads.set(index, ranges);
      if (close || ++sentences >= MAX_SENTENCES) open = false;
    }
  });
  return reads;
}
