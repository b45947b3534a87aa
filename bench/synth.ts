/**
 * Synthetic transcripts N× the seed's size: the seed's header (lead, `以下是…:`) once, its topics
 * repeated with renumbered `主題:` titles, and its disclaimer once. Every repetition varies the text
 * (sentence order within a line, numbers, a few interchangeable words, chosen by a seeded PRNG) so
 * no two topics say exactly the same thing and the quote picker cannot shortcut on duplicates.
 */

export interface SeedParts {
  header: string;
  topics: { title: string; body: string[] }[];
  footer: string;
}

const TOPIC = /^主題[:：]\s*(.*)$/;
const FOOTER = /^(特別聲明|Notice:)/;

export function splitSeed(text: string): SeedParts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const header: string[] = [];
  const footer: string[] = [];
  const topics: SeedParts['topics'] = [];
  let section: 'header' | 'topics' | 'footer' = 'header';
  for (const line of lines) {
    const topic = TOPIC.exec(line);
    if (section !== 'footer' && FOOTER.test(line)) section = 'footer';
    else if (section !== 'footer' && topic) {
      section = 'topics';
      topics.push({ title: topic[1]!, body: [] });
      continue;
    }
    if (section === 'header') header.push(line);
    else if (section === 'topics') topics[topics.length - 1]!.body.push(line);
    else footer.push(line);
  }
  if (topics.length === 0) throw new Error('the seed has no `主題:` lines');
  return { header: header.join('\n'), topics, footer: footer.join('\n') };
}

/** mulberry32: small, fast and deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words whose characters carry no pinyin gloss in the seed, so they occur literally.
const SWAPS: [string, string][] = [
  ['很', '非常'],
  ['大家', '各位'],
  ['比如', '例如'],
  ['可能', '也許'],
  ['公司', '企業'],
  ['其實', '實際上'],
];

const LABEL = /^(\[[^\]]+\]\s*)/;

function varyLine(line: string, round: number, random: () => number): string {
  if (round === 0 || line.trim() === '') return line;
  const label = LABEL.exec(line)?.[1] ?? '';
  let text = line.slice(label.length);
  // Rotate the sentences of the line.
  const sentences = text.split(/(?<=[。！？!?；;])/).filter((s) => s.length > 0);
  if (sentences.length > 1) {
    const by = round % sentences.length;
    text = [...sentences.slice(by), ...sentences.slice(0, by)].join('');
  }
  // Shift the numbers.
  text = text.replace(/\d+/g, (n) => String(Number(n) + round));
  // Swap a few interchangeable words, each occurrence by chance.
  for (const [a, b] of SWAPS) {
    text = text.replace(new RegExp(a, 'g'), (m) => (random() < 0.5 ? b : m));
  }
  return label + text;
}

/** A transcript of about `factor` × the seed's bytes (factor 1 returns the seed unchanged). */
export function synthesize(seedText: string, factor: number): string {
  if (factor <= 1) return seedText;
  const parts = splitSeed(seedText);
  const encoder = new TextEncoder();
  const bytes = (s: string): number => encoder.encode(s).length;
  const seedBytes = bytes(seedText);
  const blockBytes = parts.topics.reduce((n, t) => n + bytes(`主題:${t.title}\n${t.body.join('\n')}\n`), 0);
  const fixed = seedBytes - blockBytes;
  const rounds = Math.max(1, Math.round((factor * seedBytes - fixed) / blockBytes));
  const random = prng(0x7d + factor);
  const out: string[] = [parts.header];
  let number = 0;
  for (let round = 0; round < rounds; round++) {
    for (const topic of parts.topics) {
      number++;
      out.push(`主題:${round === 0 ? topic.title : `${topic.title}(第${number}講)`}`);
      for (const line of topic.body) out.push(varyLine(line, round, random));
    }
  }
  out.push(parts.footer);
  return out.join('\n');
}
