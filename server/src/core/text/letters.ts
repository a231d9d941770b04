// Letters for the name patterns, as the body of a character class. `\p{L}` would say it in three characters, but
// V8 compiles it into hundreds of ranges for every pattern that uses it, a few milliseconds each on first use, which
// a freshly started server pays before its first diagnostics. Names in transcripts are written in Latin (with its
// accents), Greek, Cyrillic or CJK characters; these ranges cover them.
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF`;
