/**
 * The names this app's FHIR resources go by. Canonical URLs are identifiers, not addresses: they
 * stay the same wherever the app is deployed, so a response saved from one clinic's copy loads
 * into another's. They sit under a w3id.org namespace, the permanent-identifier service for
 * projects without a domain of their own (docs/fhir.md; decision 0021).
 */
export const FHIR_BASE = 'https://w3id.org/calf-ankle-prep/fhir';

/** The Questionnaire's canonical URL; its `version` is the content version. */
export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/calf-ankle-prep`;

/** The code system of one choice question: its codes are the option values the answer schemas accept. */
export function answerSystem(linkId: string): string {
  return `${FHIR_BASE}/CodeSystem/${linkId}`;
}

/** A question's linkId: its page and field (`area.area`); a page's group is the page id itself. */
export function questionLinkId(step: string, field: string): string {
  return `${step}.${field}`;
}

/** Height and weight, in UCUM, as the body-size page takes them in either unit system. */
export const UCUM = 'http://unitsofmeasure.org';
export const HEIGHT_UNITS = { metric: 'cm', imperial: '[in_i]' } as const;
export const WEIGHT_UNITS = { metric: 'kg', imperial: '[lb_av]' } as const;

type UnitCode = (typeof HEIGHT_UNITS | typeof WEIGHT_UNITS)[keyof typeof HEIGHT_UNITS];

/**
 * The symbol a person reads for each unit. A UCUM code such as `[in_i]` is for machines: a form
 * tool shows a unit option's `display` in its unit list, and a response's `unit` is what a
 * clinician reads beside the number.
 */
export const UNIT_SYMBOL: Readonly<Record<UnitCode, string>> = { cm: 'cm', '[in_i]': 'in', kg: 'kg', '[lb_av]': 'lb' };

export const EXTENSIONS = {
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
  optionExclusive: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  unitOption: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption',
} as const;

export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

export const SDC_QUESTIONNAIRE_PROFILE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire';
export const SDC_RESPONSE_PROFILE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaireresponse';
