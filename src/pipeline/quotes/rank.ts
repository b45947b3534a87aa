/*
 * Centrality and similarity over content words: TF-IDF vectors, cosine similarity, and TextRank
 * (PageRank over the similarity graph) within a window of neighbours, so the work grows linearly
 * with the transcript however long a topic is.
 */

/** A sparse TF-IDF vector and its length. */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

/** Document frequencies over a set of word lists. */
export class Idf {
  private readonly df = new Map<string, number>();
  private documents = 0;

  add(words: readonly string[]): void {
    this.documents++;
    for (const word of new Set(words)) this.df.set(word, (this.df.get(word) ?? 0) + 1);
  }

  weight(word: string): number {
    return Math.log((this.documents + 1) / ((this.df.get(word) ?? 0) + 0.5));
  }

  vector(words: readonly string[]): Vector {
    const weights = new Map<string, number>();
    for (const word of words) weights.set(word, (weights.get(word) ?? 0) + 1);
    let sum = 0;
    for (const [word, tf] of weights) {
      const w = (1 + Math.log(tf)) * this.weight(word);
      weights.set(word, w);
      sum += w * w;
    }
    return { weights, norm: Math.sqrt(sum) };
  }
}

export function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, w] of small.weights) {
    const v = large.weights.get(word);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/**
 * TextRank scores (normalised so the most central is 1) of vectors in reading order; each is
 * linked to the `window` before and after it.
 */
export function textRank(vectors: readonly Vector[], window = 24, damping = 0.85): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  if (n === 1) return [1];
  const edges: Array<Array<[number, number]>> = vectors.map(() => []);
  const strength = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + window + 1); j++) {
      const w = cosine(vectors[i]!, vectors[j]!);
      if (w <= 0.02) continue;
      edges[i]!.push([j, w]);
      edges[j]!.push([i, w]);
      strength[i]! += w;
      strength[j]! += w;
    }
  }
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      if (strength[j] === 0) continue;
      const share = (damping * rank[j]!) / strength[j]!;
      for (const [i, w] of edges[j]!) next[i]! += share * w;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (delta < 1e-7) break;
  }
  const max = Math.max(...rank);
  return rank.map((r) => (max > 0 ? r / max : 0));
}
