/*
 * Whether a line leans on what was said before it: its first word that counts is a pronoun or a
 * demonstrative (`he`, `that's why`, `他`, `这个`, `これは`) whose meaning is elsewhere. Its own file
 * because both the units (sentences.ts, which keeps such a line with the one before) and the
 * rejections (markers.ts) ask.
 */

// A stance or a connective before the first word that counts (`I think that`, `我觉得`, `其实`).
const STANCE_LATIN = /^(?:(?:i think|i guess|i feel like|i believe|i mean|honestly|actually|basically|maybe|probably|really|and|but|so|yeah|well|now)\b[,\s]*)*(?:that\s+(?=(?:that|this|it|they|he|she)\b))?/iu;
const STANCE_HAN = /^(?:(?:我个人觉得|我觉得|我认为|我相信|我想|其实|但是|但|而且|所以|可能|就是)[，,\s]*)*/u;
// Personal pronouns, an `it` that stands for no clause after it, a demonstrative standing for a thing (`that's`, `this is`, `those were`).
const LEANS_LATIN =
  /^(?:(?:he|she|they|them|him|his|her|their|its)\b|it\b(?!(?:'s| is| was| will be| would be| has been| can be| could be| might be| becomes| became| seems| seemed| turns out| turned out| takes| took| makes sense| matters| doesn't matter)\b[^.!?]*\b(?:to|that|how|when|whether|if|what|who)\b)|(?:this|that|these|those)(?:'s|'re|'ll|\s+(?:is|was|are|were|will|would|can|could|has|had|have|means|meant|makes|made|does|did|gets|got|goes|went|seems|sounds|looks|happens|happened|helps|works|one|ones|kind|sort|part|stuff|thing|way|said)\b))/iu;
// `他` `她` `它`, `这` `那` (not the intensifier `这么` `那么`, nor `这几年`); Japanese `これ` `それ` `あれ` (not `これから` `それぞれ`), `彼`, `そういう`.
const LEANS_HAN = /^(?:本案|该案|かかる|他|她|它|这(?!么|(?:几|两|些)?年)|那(?!么)|これ(?!から|まで)|それ(?!から|ぞれ|でも|に|とも)|あれ(?!これ)|彼|そういう|こういう|ああいう)/u;
// A demonstrative the sentence goes on to name, by a colon soon after it: `This is the lesson: …`, `这一点很重要：…`.
const RESOLVES = /^(?:this|that|these|those|这|那|これ|それ)[^:：]{0,24}[:：]/iu;

/** Whether the line's first word leans on what was said before (a pronoun, a demonstrative), with nothing in the line to resolve it. */
export function leansOnBefore(simp: string): boolean {
  const body = simp.trim();
  const rest = body.replace(/[A-Za-z]/u.test(body.slice(0, 2)) ? STANCE_LATIN : STANCE_HAN, '');
  if (!LEANS_LATIN.test(rest) && !LEANS_HAN.test(rest)) return false;
  return !RESOLVES.test(rest);
}
