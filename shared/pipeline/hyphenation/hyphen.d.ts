// The parts of the `hyphen` package (ytiurin/hyphen 1.14, CommonJS, no types of its own) that the
// hyphenation stage uses: the Liang hyphenator factory and the TeX patterns of fr, en-us and es.

/** Compiled TeX patterns: a table of level vectors, a trie, and the pattern file's own exceptions. */
type HyphenPatterns = readonly [unknown, unknown, unknown?];

declare module 'hyphen/hyphen.js' {
  interface HyphenatorOptions {
    /** What to insert at a break (default U+00AD). */
    hyphenChar?: string;
    /** Words shorter than this are returned as they are (default 5). */
    minWordLength?: number;
    /** Skip HTML tags (default true). */
    html?: boolean;
    async?: false;
  }
  /** A synchronous hyphenator over `patterns`; it keeps every word it has seen in a cache of its own. */
  function createHyphenator(patterns: HyphenPatterns, options?: HyphenatorOptions): (text: string) => string;
  export default createHyphenator;
}

declare module 'hyphen/patterns/fr.js' {
  const patterns: HyphenPatterns;
  export default patterns;
}

declare module 'hyphen/patterns/en-us.js' {
  const patterns: HyphenPatterns;
  export default patterns;
}

declare module 'hyphen/patterns/es.js' {
  const patterns: HyphenPatterns;
  export default patterns;
}
