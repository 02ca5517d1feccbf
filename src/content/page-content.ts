import type { StepId } from '../answers/step-ids';
import { ageContent, clotRiskContent, conditionsContent, diabetesControlContent, legHistoryContent, medicinesContent, nicotineContent } from './health-content';
import { fatPatternContent, swellingContent, urgentSymptomsContent, veinsContent } from './look-alike-content';
import type { PageContent } from './page-content-types';
import { expectationsContent, recoveryContent, wellbeingContent } from './readiness-content';
import { facilityContent, surgeonBoardContent, surgeonContent } from './surgeon-content';
import { otherProceduresContent, techniqueAppealContent, techniqueContent } from './technique-content';
import { bodySizeContent, pregnancyContent, weightHistoryContent, weightMedicineContent } from './weight-content';
import { ankleFeelContent, areaContent, calfFeelContent, concernsContent } from './where-content';

/** The wording of every question page, keyed by step: a missing page fails to compile. */
export const pageContent: { [K in StepId]: PageContent<K> } = {
  area: areaContent,
  concerns: concernsContent,
  'calf-feel': calfFeelContent,
  'ankle-feel': ankleFeelContent,
  'urgent-symptoms': urgentSymptomsContent,
  'fat-pattern': fatPatternContent,
  swelling: swellingContent,
  veins: veinsContent,
  technique: techniqueContent,
  'technique-appeal': techniqueAppealContent,
  'other-procedures': otherProceduresContent,
  'body-size': bodySizeContent,
  'weight-history': weightHistoryContent,
  'weight-medicine': weightMedicineContent,
  pregnancy: pregnancyContent,
  age: ageContent,
  nicotine: nicotineContent,
  'clot-risk': clotRiskContent,
  medicines: medicinesContent,
  conditions: conditionsContent,
  'diabetes-control': diabetesControlContent,
  'leg-history': legHistoryContent,
  expectations: expectationsContent,
  recovery: recoveryContent,
  wellbeing: wellbeingContent,
  surgeon: surgeonContent,
  'surgeon-board': surgeonBoardContent,
  facility: facilityContent,
};

/** The sections in the order a person meets them, for the progress caption. */
export const SECTION_ORDER = [
  'Your legs',
  'Other possible causes',
  'The technique',
  'Your weight',
  'Your health',
  'Expectations and recovery',
  'Your surgeon',
] as const;
