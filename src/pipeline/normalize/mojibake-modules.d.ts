// Types for the data modules the scrambled-text pass imports (they ship without declarations).

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
