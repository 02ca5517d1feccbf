// text-readability ships no types; these are the few counts the readability test uses.
declare module 'text-readability' {
  interface Readability {
    /** Syllables in the text (the `syllable` package, English). */
    syllableCount(text: string): number;
    /** Words, after punctuation is removed. */
    lexiconCount(text: string): number;
    /** Sentences; a "sentence" of two words or fewer is not counted, and never fewer than 1. */
    sentenceCount(text: string): number;
    /** Flesch-Kincaid grade, with the averages rounded to one decimal first (as textstat does). */
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
