import readability from 'text-readability';

/**
 * Names a patient must read as they are: medicines, techniques, conditions, tests and the bodies
 * that certify surgeons. A reader meets each as a label to recognise or ask about, and there is no
 * plainer word that means the same; but a formula that counts syllables scores "semaglutide" as
 * four hard syllables and would push us to drop the name. So, for measuring only, each is swapped
 * for a short common word ("thing", "cosa"): the rest of the sentence still has to be plain.
 * Longest names first, so a name inside a longer one is not swapped on its own.
 */
const NAMES_EN = [
  'American Board of Medical Specialties',
  'American Board of Plastic Surgery',
  'The Joint Commission',
  'pulmonary embolism',
  'radio-frequency',
  'anesthesiologists?',
  'anesthetists?',
  'anesthesia',
  'anticoagulants?',
  'antiplatelets?',
  'liposuctions?',
  'lipedema',
  'lymphedema',
  'semaglutide',
  'tirzepatide',
  'Ozempic',
  'Wegovy',
  'Rybelsus',
  'Mounjaro',
  'Zepbound',
  'warfarin',
  'apixaban',
  'rivaroxaban',
  'dabigatran',
  'edoxaban',
  'heparin',
  'clopidogrel',
  'ticagrelor',
  'prasugrel',
  'anti-inflammatory',
  'aspirin',
  'ibuprofen',
  'naproxen',
  'nicotine',
  'diabetes',
  'ginkgo',
  'ginseng',
  'botulinum',
  'Caprini',
  'ultrasound',
  'duplex',
  'compression',
  'cannulas?',
  'saphenous',
  'sural',
  'tumescent',
  'SmartLipo',
  'estrogen',
  'HbA1c',
  'AAAASF',
  'AAAHC',
];

const NAMES_ES = [
  'Consejo Estadounidense de Especialidades Médicas',
  'Consejo Estadounidense de Cirugía Plástica',
  'American Board of Medical Specialties',
  'American Board of Plastic Surgery',
  'The Joint Commission',
  'embolia pulmonar',
  'radiofrecuencia',
  'anestesiólog[oa]s?',
  'anestesistas?',
  'anestesia',
  'anticoagulantes?',
  'antiagregantes? plaquetarios?',
  'antiagregantes?',
  'liposucci(ón|ones)',
  'lipedema',
  'linfedema',
  'semaglutida',
  'tirzepatida',
  'Ozempic',
  'Wegovy',
  'Rybelsus',
  'Mounjaro',
  'Zepbound',
  'warfarina',
  'apixabán',
  'rivaroxabán',
  'dabigatrán',
  'edoxabán',
  'heparina',
  'clopidogrel',
  'ticagrelor',
  'prasugrel',
  'antiinflamatorios?',
  'aspirina',
  'ibuprofeno',
  'naproxeno',
  'nicotina',
  'diabetes',
  'ginkgo',
  'ginseng',
  'botulínica',
  'Caprini',
  'ecografía',
  'ultrasonido',
  'dúplex',
  'compresión',
  'cánulas?',
  'safeno',
  'sural',
  'tumescente',
  'SmartLipo',
  'estrógenos?',
  'HbA1c',
  'AAAASF',
  'AAAHC',
  'CRNA',
];

function namesPattern(names: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(${names.join('|')})(?![\\p{L}\\d])`, 'giu');
}

const NAMES_PATTERN_EN = namesPattern(NAMES_EN);
const NAMES_PATTERN_ES = namesPattern(NAMES_ES);

/**
 * The one frequent word the `syllable` package miscounts: it makes "surgeon" three syllables
 * (sur-ge-on); dictionaries give two (sur·geon). It is in nearly every point, so the error would
 * add about half a grade to each; it is measured as "doctor", which has the right count.
 */
const SURGEON = /\b([Ss])urgeon/g;

/** The text as measured: each allowed name replaced by a short common word. */
export function forMeasuringEn(text: string): string {
  return text.replace(NAMES_PATTERN_EN, 'thing').replace(SURGEON, (_, s: string) => (s === 'S' ? 'Doctor' : 'doctor'));
}

export function forMeasuringEs(text: string): string {
  return text.replace(NAMES_PATTERN_ES, 'cosa');
}

/**
 * Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59, from
 * text-readability's own counts of words, sentences and syllables. Its `fleschKincaidGrade` rounds
 * both averages to one decimal first (a textstat legacy), which moves a one-sentence text by up to
 * 0.6 of a grade; the unrounded formula is the published one.
 */
export function fleschKincaidGrade(text: string): number {
  const measured = forMeasuringEn(text);
  const words = readability.lexiconCount(measured);
  const sentences = readability.sentenceCount(measured);
  const syllables = readability.syllableCount(measured);
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

// --- Spanish ---------------------------------------------------------------------------------

const STRONG = new Set('aeoáéóíú');
const WEAK = new Set('iuü');

/**
 * Syllables in one Spanish word. Spanish spelling is regular enough to count vowel nuclei:
 * - a run of vowels is one syllable, except that two strong vowels side by side (a, e, o, or an
 *   accented í or ú) are a hiatus and start a new one: "le-ón", "dí-a", "re-ú-ne";
 *   a weak vowel (i, u, ü unaccented) joins its neighbour: "sie-te", "cui-da", "buey";
 * - the u of "que, qui, gue, gui" is silent ("que-so", "guí-a"); ü is sounded ("pin-güi-no");
 * - y is a vowel at the end of a word after a vowel ("hay", "muy") and as the word "y";
 * - h counts as a consonant ("pro-hi-bir");
 * - a number is read as words: one syllable per digit is close enough ("6" seis, "12" do-ce);
 * - a run of capitals is an abbreviation read letter by letter: one syllable a letter, near enough.
 */
export function spanishSyllables(word: string): number {
  if (/^\d[\d.,]*%?$/.test(word)) return Math.max(1, word.replace(/\D/g, '').length);
  if (/^[A-ZÁÉÍÓÚÑ]{2,}$/.test(word)) return word.length;
  let w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 0;
  if (w === 'y') return 1;
  w = w.replace(/([qg])u([eiéí])/g, '$1$2');
  w = w.replace(/([aeiouáéíóú])y$/, '$1i');
  let count = 0;
  let previous = '';
  for (const letter of w) {
    const vowel = STRONG.has(letter) || WEAK.has(letter);
    if (!vowel) {
      previous = '';
      continue;
    }
    // A new nucleus: after a consonant, or between two strong vowels (hiatus).
    if (previous === '' || (STRONG.has(previous) && STRONG.has(letter))) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

/** The words of a Spanish text: runs of letters and digits. */
function spanishWords(text: string): string[] {
  return text.match(/[\p{L}\d][\p{L}\d.,%]*(?<![.,])/gu) ?? [];
}

/** Sentences: ends marked by . ? ! (or … ) followed by a space or the end; at least one. */
function spanishSentences(text: string): number {
  const ends = text.trim().match(/[.?!…]+(?=\s|$)/g) ?? [];
  return Math.max(1, ends.length);
}

export interface SpanishCounts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

export function spanishCounts(text: string): SpanishCounts {
  const words = spanishWords(forMeasuringEs(text));
  return {
    words: words.length,
    sentences: spanishSentences(text),
    syllables: words.reduce((sum, word) => sum + spanishSyllables(word), 0),
  };
}

/**
 * Fernández Huerta's reading ease (1959), higher is easier: 206.84 − 60 × syllables per word −
 * 1.02 × words per sentence. Usually printed as 206.84 − 0.60 P − 1.02 F with P syllables and F
 * sentences per 100 words; but as printed, shorter sentences would score harder, the opposite of
 * the Flesch formula it adapts. F must be words per sentence (Law 2011, LINGUIST List 22.2332),
 * as the scale's users (legible.es, textstat) compute it. 70-80 is "fairly easy" (grade 6),
 * 60-70 "normal" (grades 7-8).
 */
export function fernandezHuerta(text: string): number {
  const { words, sentences, syllables } = spanishCounts(text);
  return 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences);
}

/**
 * Szigriszt-Pazos perspicuity (1993), the Flesch adaptation validated for Spanish, higher is
 * easier: 206.835 − 62.3 × syllables per word − words per sentence. On the INFLESZ scale
 * (Barrio-Cantalejo 2008, for health texts): 55-65 "normal", 65-80 "fairly easy", above 80 "very easy".
 */
export function szigrisztPazos(text: string): number {
  const { words, sentences, syllables } = spanishCounts(text);
  return 206.835 - 62.3 * (syllables / words) - words / sentences;
}

// --- Figures ---------------------------------------------------------------------------------

/** The value at a percentile, by nearest rank (the smallest value with at least p % at or below it). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(middle)] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

// --- The texts ---------------------------------------------------------------------------------

export interface LabelledText {
  readonly path: string;
  readonly text: string;
}

/** Each point's action and its reason, by rule id. */
export function pointTexts(
  points: Readonly<Record<string, { point: string; why: string }>>,
  part: 'point' | 'why',
): LabelledText[] {
  return Object.entries(points).map(([id, words]) => ({ path: `${id}.${part}`, text: words[part] }));
}

type PageWords = {
  title: string;
  lead?: string;
  questions: Record<
    string,
    {
      legend?: string;
      label?: string;
      hint?: string;
      options?: Record<string, string | { label: string; hint?: string }>;
    }
  >;
};

/**
 * What a person reads on the question pages: each page's title and lead; each question's legend
 * or label and hint; each option's label and hint. Short labels (the column headings of "check
 * your answers") are left out. A text that appears twice (a page title that is also its only
 * question's legend) is measured once.
 */
export function questionTexts(pages: Readonly<Record<string, PageWords>>): LabelledText[] {
  const found: LabelledText[] = [];
  for (const [step, page] of Object.entries(pages)) {
    found.push({ path: `${step}.title`, text: page.title });
    if (page.lead) found.push({ path: `${step}.lead`, text: page.lead });
    for (const [name, question] of Object.entries(page.questions)) {
      const at = `${step}.${name}`;
      if (question.legend) found.push({ path: `${at}.legend`, text: question.legend });
      if (question.label) found.push({ path: `${at}.label`, text: question.label });
      if (question.hint) found.push({ path: `${at}.hint`, text: question.hint });
      for (const [value, option] of Object.entries(question.options ?? {})) {
        if (typeof option === 'string') found.push({ path: `${at}.${value}`, text: option });
        else {
          found.push({ path: `${at}.${value}`, text: option.label });
          if (option.hint) found.push({ path: `${at}.${value}.hint`, text: option.hint });
        }
      }
    }
  }
  const seen = new Set<string>();
  return found.filter(({ text }) => !seen.has(text) && Boolean(seen.add(text)));
}
