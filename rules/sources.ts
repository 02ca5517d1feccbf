/**
 * Where each point on the summary comes from. The ids are the content brief's ids and are what
 * rules cite. What the summary prints for a source (its title and an address a patient can look
 * up: a web address, or a journal citation where the brief gives none, never a file path inside
 * the project) is in each language's catalog (`sources.json` under `src/i18n/`): titles of
 * published works stay as published, while the notes around them (such as "a weaker source")
 * are translated.
 */
export const SOURCE_IDS = [
  'seed-qa',
  'seed-article',
  'weniger-review',
  'medscape-calf',
  'calf-muscle',
  'ankle-fluid',
  'frick-lymph',
  'legs-ankles-technique',
  'saphenous',
  'lipedema-review',
  'lipedema-consensus',
  'lymphedema',
  'cvi',
  'calf-vein-risk',
  'edema-causes',
  'dvt-signs',
  'prado-rct',
  'laser-review',
  'laser-burns',
  'fda-consumer',
  'bmi-candidacy',
  'stable-weight',
  'glp1',
  'pregnancy-timing',
  'smoking',
  'vte-risk',
  'caprini',
  'estrogen',
  'cosmetassure',
  'blood-thinners',
  'supplements',
  'diabetes',
  'nhs-lipo-risks',
  'compression',
  'staining',
  'contour',
  'bdd-prevalence',
  'bdd-outcome',
  'asps-questions',
  'training-study',
  'consult-questions',
  'accreditation',
  'anesthesia',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];
