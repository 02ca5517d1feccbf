import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStepId } from '../../../src/answers/step-ids';
import { buildQuestionnaire } from '../../../src/fhir/questionnaire';
import { routeOf } from '../../../src/flow/route';
import { catalogEn } from '../../../src/i18n/en/catalog-en';
import { catalogEs } from '../../../src/i18n/es/catalog-es';
import { urgentPoints } from '../../../rules/urgent-points';
import { completeAnswers } from '../property/answer-arbitraries';
import { enabledItems } from '../../support/fhir/enabled-items';
import { givenCodes } from '../../support/fhir/given-codes';

const questionnaire = buildQuestionnaire({ en: catalogEn, es: catalogEs });

describe("the exported enableWhen and the app's route", () => {
  it('enable exactly the pages routeOf visits, for any answers', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const enabled = enabledItems(questionnaire, givenCodes(answers)).filter(isStepId);
        expect(enabled).toEqual(routeOf(answers).answered);
      }),
      { numRuns: 500 },
    );
  });

  it('show an urgent notice exactly when the app raises that urgent point', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const enabled = new Set(enabledItems(questionnaire, givenCodes(answers)));
        const notices = questionnaire.item
          ?.flatMap((group) => group.item ?? [])
          .filter((item) => item.type === 'display' && item.linkId.startsWith('urgent-symptoms.'))
          .filter((item) => enabled.has(item.linkId))
          .map((item) => item.linkId.replace('urgent-symptoms.', ''));
        expect(new Set(notices)).toEqual(new Set(urgentPoints(answers).map((point) => point.id)));
      }),
    );
  });

  it('are unconditional only for the pages every route passes', () => {
    const conditional = questionnaire.item?.filter((group) => group.enableWhen).map((group) => group.linkId);
    expect(conditional).toEqual([
      'calf-feel',
      'ankle-feel',
      'technique-appeal',
      'weight-change-amount',
      'diabetes-control',
      'surgeon-board',
      'facility',
    ]);
  });
});
