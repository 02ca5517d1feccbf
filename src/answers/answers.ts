import type { z } from 'zod/mini';
import type { StepId } from './step-ids';
import { ankleFeelSchema, areaSchema, calfFeelSchema, concernsSchema } from './schemas/where-schemas';
import { fatPatternSchema, swellingSchema, urgentSymptomsSchema, veinsSchema } from './schemas/look-alike-schemas';
import { otherProceduresSchema, techniqueAppealSchema, techniqueSchema } from './schemas/technique-schemas';
import { bodySizeSchema, pregnancySchema, weightHistorySchema, weightMedicineSchema } from './schemas/weight-schemas';
import {
  ageSchema,
  clotRiskSchema,
  conditionsSchema,
  diabetesControlSchema,
  legHistorySchema,
  medicinesSchema,
  nicotineSchema,
} from './schemas/health-schemas';
import { expectationsSchema, recoverySchema, wellbeingSchema } from './schemas/readiness-schemas';
import { facilitySchema, surgeonBoardSchema, surgeonSchema } from './schemas/surgeon-schemas';

/** The one schema per question page. Everything else (machine, pages, rules) is typed from this map. */
export const stepSchemas = {
  area: areaSchema,
  concerns: concernsSchema,
  'calf-feel': calfFeelSchema,
  'ankle-feel': ankleFeelSchema,
  'urgent-symptoms': urgentSymptomsSchema,
  'fat-pattern': fatPatternSchema,
  swelling: swellingSchema,
  veins: veinsSchema,
  technique: techniqueSchema,
  'technique-appeal': techniqueAppealSchema,
  'other-procedures': otherProceduresSchema,
  'body-size': bodySizeSchema,
  'weight-history': weightHistorySchema,
  'weight-medicine': weightMedicineSchema,
  pregnancy: pregnancySchema,
  age: ageSchema,
  nicotine: nicotineSchema,
  'clot-risk': clotRiskSchema,
  medicines: medicinesSchema,
  conditions: conditionsSchema,
  'diabetes-control': diabetesControlSchema,
  'leg-history': legHistorySchema,
  expectations: expectationsSchema,
  recovery: recoverySchema,
  wellbeing: wellbeingSchema,
  surgeon: surgeonSchema,
  'surgeon-board': surgeonBoardSchema,
  facility: facilitySchema,
} as const satisfies Record<StepId, z.ZodMiniType>;

export type StepSchemas = typeof stepSchemas;

/** What a page's form holds while the person is typing (strings from text boxes, null for an unanswered radio). */
export type StepInput<K extends StepId> = z.input<StepSchemas[K]>;

/** A page's validated answers. */
export type StepValues<K extends StepId> = z.output<StepSchemas[K]>;

export type AnswersByStep = { [K in StepId]: StepValues<K> };

/** Answers so far: a page that has not been answered (or lies off the current route) has no entry. */
export type Answers = Partial<AnswersByStep>;

/** One page's answers, tagged with its page, as carried by the machine's SUBMIT event. */
export type StepAnswer = { [K in StepId]: { step: K; values: StepValues<K> } }[StepId];
