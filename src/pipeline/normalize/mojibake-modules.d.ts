// Types for the data modules the scrambled-text pass reads (they ship without declarations).

/** Jun Da's Modern Chinese character frequency list (Simplified), via chinese-lexicon: char → count and rank. */
declare module 'chinese-lexicon/statistics/bookCharFrequency.js' {
  const frequencies: Record<string, { count: string; rank: number }>;
  export default frequencies;
}

/** BCC (Beijing Language and Culture University) corpus word frequencies (Simplified), via chinese-lexicon. */
declare module 'chinese-lexicon/statistics/bookWordFrequency.js' {
  const words: {
    bookWordFrequencies: Record<string, { count: number; rank: number }>;
  };
  export default words;
}

/** OpenCC's character tables: `from to|from to|…`. */
declare module 'opencc-js/dict/STCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TWVariants' {
  const dict: string;
  export default dict;
}

/** Unihan kHanyuPinlu readings with their frequencies, via chinese-lexicon: `一yī` → count. */
declare module 'chinese-lexicon/statistics/pinyinFrequency.js' {
  const readings: Record<string, string>;
  export default readings;
}

/** SUBTLEX-CH word frequencies (film subtitles, Simplified), via chinese-lexicon. */
declare module 'chinese-lexicon/statistics/movieWordFrequency.js' {
  const words: {
    movieWordFrequencies: Record<string, { count: number; contexts: string; rank: number }>;
  };
  export default words;
}
