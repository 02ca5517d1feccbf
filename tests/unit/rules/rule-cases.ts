import type { Answers } from '../../../src/answers/answers';
import { imperial, metric } from '../../support/answers/body-size-answers';
import { loud } from '../../support/answers/loud-answers';
import { quiet } from '../../support/answers/quiet-answers';

/**
 * For each rule: answers that must fire it and answers that must not. The silent cases are the
 * near misses (the neighbouring answer, one sign short, the page not answered), so a condition
 * that is too wide or too narrow fails here. Always-on rules are marked as such and are checked
 * against no answers, the quiet set and the loud set.
 */
export type RuleCase = 'always-on' | { fires: readonly Answers[]; silent: readonly Answers[] };

export const RULE_CASES: Record<string, RuleCase> = {
  // Urgent
  'urgent-leg-clot-signs': {
    fires: [
      { 'urgent-symptoms': { symptoms: ['one-leg-swollen-painful'] } },
      quiet({ 'urgent-symptoms': { symptoms: ['one-leg-swollen-painful', 'breathless-chest-pain'] } }),
    ],
    silent: [
      quiet(),
      quiet({ 'urgent-symptoms': { symptoms: ['breathless-chest-pain'] } }),
      loud({ 'urgent-symptoms': { symptoms: ['none'] } }),
    ],
  },
  'urgent-breathless-chest-pain': {
    fires: [
      { 'urgent-symptoms': { symptoms: ['breathless-chest-pain'] } },
      quiet({ 'urgent-symptoms': { symptoms: ['one-leg-swollen-painful', 'breathless-chest-pain'] } }),
    ],
    silent: [quiet(), quiet({ 'urgent-symptoms': { symptoms: ['one-leg-swollen-painful'] } })],
  },

  // Surgeon and facility
  'confirm-board-certification': {
    fires: [quiet(), { 'surgeon-board': { board: 'plastic-surgery' } }],
    silent: [quiet({ 'surgeon-board': { board: 'other-board' } }), quiet({ 'surgeon-board': { board: 'unsure' } }), {}],
  },
  'ask-hospital-privileges': {
    // A surgeon who operates in a hospital has privileges there.
    fires: [{}, quiet({ facility: { facility: 'office' } }), quiet({ facility: { facility: 'accredited-center' } })],
    silent: [quiet(), { facility: { facility: 'hospital' } }],
  },
  'ask-lower-leg-experience': 'always-on',
  'ask-facility-accreditation': {
    fires: [{}, quiet({ surgeon: { status: 'not-yet' }, 'surgeon-board': undefined, facility: undefined })],
    silent: [quiet(), quiet({ facility: { facility: 'office' } })],
  },
  'confirm-facility-accreditation': {
    fires: [quiet({ facility: { facility: 'accredited-center' } })],
    silent: [quiet(), quiet({ facility: { facility: 'office' } }), {}],
  },
  'ask-anesthesia': 'always-on',
  'check-certification-before-booking': {
    fires: [{ surgeon: { status: 'not-yet' } }, quiet({ surgeon: { status: 'not-yet' } })],
    silent: [quiet({ surgeon: { status: 'comparing' } }), quiet({ surgeon: { status: 'chosen' } })],
  },
  'ask-which-board': {
    fires: [quiet({ 'surgeon-board': { board: 'other-board' } }), { 'surgeon-board': { board: 'unsure' } }],
    silent: [quiet({ 'surgeon-board': { board: 'plastic-surgery' } }), quiet({ surgeon: { status: 'not-yet' } })],
  },
  'ask-office-facility': {
    fires: [quiet({ facility: { facility: 'office' } }), { facility: { facility: 'unsure' } }],
    silent: [quiet({ facility: { facility: 'hospital' } }), quiet({ facility: { facility: 'accredited-center' } })],
  },

  // Target area
  'ankle-size-changes': {
    fires: [quiet({ area: { area: 'ankles', legs: 'both-legs' }, 'ankle-feel': { changes: 'changes' } })],
    silent: [
      quiet({ area: { area: 'ankles', legs: 'both-legs' }, 'ankle-feel': { changes: 'same' } }),
      quiet({ area: { area: 'ankles', legs: 'both-legs' }, 'ankle-feel': { changes: 'unsure' } }),
    ],
  },
  'calf-muscle-or-fat': {
    // Only "unsure": someone whose calves feel firm gets the muscle point, which asks the same and more.
    fires: [quiet({ 'calf-feel': { feel: 'unsure' } }), { 'calf-feel': { feel: 'unsure' } }],
    silent: [quiet({ 'calf-feel': { feel: 'firm' } }), quiet({ 'calf-feel': { feel: 'mixed' } }), quiet()],
  },
  'ask-calf-muscle-options': {
    fires: [quiet({ 'calf-feel': { feel: 'firm' } }), { 'calf-feel': { feel: 'mixed' } }],
    silent: [quiet({ 'calf-feel': { feel: 'soft' } }), quiet({ 'calf-feel': { feel: 'unsure' } })],
  },
  'ankle-bone-and-tendon': {
    fires: [quiet({ area: { area: 'ankles', legs: 'both-legs' } }), quiet({ area: { area: 'both', legs: 'one-leg' } })],
    silent: [quiet({ area: { area: 'calves', legs: 'both-legs' } })],
  },
  'legs-differ': {
    fires: [
      quiet({ area: { area: 'calves', legs: 'one-leg' } }),
      quiet({ concerns: { concerns: ['shape', 'legs-differ'] } }),
    ],
    silent: [quiet({ concerns: { concerns: ['size', 'shape', 'clothes-fit', 'other'] } })],
  },

  // Look-alike conditions
  'lipedema-check': {
    fires: [
      quiet({ 'fat-pattern': { signs: ['both-legs-alike', 'tender'] } }),
      quiet({ 'fat-pattern': { signs: ['feet-spared', 'bruises-easily'] } }),
      quiet({ 'fat-pattern': { signs: ['family', 'diet-resistant'] } }),
      quiet({ 'fat-pattern': { signs: ['tender', 'bruises-easily'] } }),
    ],
    silent: [
      // One sign alone, even a telling one, is not the pattern.
      quiet({ 'fat-pattern': { signs: ['tender'] } }),
      quiet({ 'fat-pattern': { signs: ['diet-resistant'] } }),
      // Several signs, but none of the ones ordinary fat does not show.
      quiet({ 'fat-pattern': { signs: ['both-legs-alike', 'feet-spared', 'family'] } }),
      // "Not sure" is not a second sign.
      quiet({ 'fat-pattern': { signs: ['tender', 'unsure'] } }),
    ],
  },
  'lymphedema-check': {
    fires: [quiet({ swelling: { signs: ['foot-and-toes'] } }), quiet({ swelling: { signs: ['one-side'] } })],
    silent: [quiet({ swelling: { signs: ['both-legs'] } })],
  },
  'swelling-both-legs': {
    fires: [quiet({ swelling: { signs: ['both-legs'] } }), { swelling: { signs: ['foot-and-toes', 'both-legs'] } }],
    silent: [
      quiet({ swelling: { signs: ['foot-and-toes', 'one-side'] } }),
      // The doctor who treats the condition, or prescribes the medicine, is asked instead.
      quiet({ swelling: { signs: ['both-legs'] }, conditions: { conditions: ['heart'] } }),
      quiet({ swelling: { signs: ['both-legs'] }, medicines: { items: ['blood-pressure'], details: undefined } }),
    ],
  },
  'swelling-with-organ-condition': {
    fires: [
      quiet({ swelling: { signs: ['both-legs'] }, conditions: { conditions: ['heart'] } }),
      quiet({ swelling: { signs: ['both-legs'] }, conditions: { conditions: ['kidney'] } }),
      quiet({ swelling: { signs: ['both-legs'] }, conditions: { conditions: ['diabetes', 'liver'] } }),
    ],
    silent: [
      quiet({ swelling: { signs: ['both-legs'] }, conditions: { conditions: ['diabetes'] } }),
      quiet({ swelling: { signs: ['one-side'] }, conditions: { conditions: ['heart'] } }),
    ],
  },
  'swelling-with-blood-pressure-medicine': {
    fires: [
      quiet({ swelling: { signs: ['both-legs'] }, medicines: { items: ['blood-pressure'], details: undefined } }),
    ],
    silent: [
      quiet({ swelling: { signs: ['both-legs'] }, medicines: { items: ['other-prescribed'], details: undefined } }),
      quiet({ swelling: { signs: ['foot-and-toes'] }, medicines: { items: ['blood-pressure'], details: undefined } }),
      // With a heart, kidney or liver condition, that doctor is asked, about the medicines too.
      quiet({
        swelling: { signs: ['both-legs'] },
        medicines: { items: ['blood-pressure'], details: undefined },
        conditions: { conditions: ['kidney'] },
      }),
    ],
  },
  'vein-assessment': {
    fires: [
      quiet({ veins: { signs: ['varicose'] } }),
      quiet({ veins: { signs: ['staining'] } }),
      quiet({ veins: { signs: ['ulcers'] } }),
      quiet({ veins: { signs: ['heavy-aching'] } }),
      quiet({ veins: { signs: ['spider', 'varicose'] } }),
    ],
    // Spider veins alone rarely mean vein disease: they get their own, milder point.
    silent: [quiet({ veins: { signs: ['none'] } }), quiet({ veins: { signs: ['spider'] } })],
  },
  'spider-veins-check': {
    fires: [quiet({ veins: { signs: ['spider'] } }), { veins: { signs: ['spider'] } }],
    silent: [quiet({ veins: { signs: ['spider', 'heavy-aching'] } }), quiet({ veins: { signs: ['none'] } })],
  },
  // "I am not sure" makes a point of its own; a sign the person is sure of brings that page's
  // check, which covers the doubt too.
  'unsure-fat-pattern': {
    fires: [
      quiet({ 'fat-pattern': { signs: ['unsure'] } }),
      // One sign is not the pattern, so the doubt still needs the check.
      quiet({ 'fat-pattern': { signs: ['family', 'unsure'] } }),
      { 'fat-pattern': { signs: ['unsure'] } },
    ],
    silent: [
      quiet({ 'fat-pattern': { signs: ['tender', 'bruises-easily', 'unsure'] } }),
      quiet({ 'fat-pattern': { signs: ['family'] } }),
    ],
  },
  'unsure-swelling': {
    fires: [quiet({ swelling: { signs: ['unsure'] } }), { swelling: { signs: ['unsure'] } }],
    silent: [
      quiet({ swelling: { signs: ['both-legs', 'unsure'] } }),
      quiet({ swelling: { signs: ['one-side', 'unsure'] } }),
      quiet({ swelling: { signs: ['none'] } }),
    ],
  },
  'unsure-veins': {
    fires: [quiet({ veins: { signs: ['unsure'] } }), { veins: { signs: ['unsure'] } }],
    silent: [
      quiet({ veins: { signs: ['spider', 'unsure'] } }),
      quiet({ veins: { signs: ['varicose', 'unsure'] } }),
      quiet({ veins: { signs: ['none'] } }),
    ],
  },
  'tell-heart-kidney-liver': {
    fires: [
      quiet({ conditions: { conditions: ['heart'] } }),
      quiet({ conditions: { conditions: ['kidney'] } }),
      quiet({ conditions: { conditions: ['liver'] } }),
    ],
    silent: [quiet({ conditions: { conditions: ['diabetes'] } })],
  },

  // Technique
  'ask-laser-evidence': {
    fires: [quiet({ technique: { technique: 'laser' } })],
    silent: [quiet({ technique: { technique: 'other-energy' } }), quiet({ technique: { technique: 'unsure' } })],
  },
  'ask-laser-burns': {
    fires: [quiet({ technique: { technique: 'laser' } })],
    silent: [quiet({ technique: { technique: 'other-energy' } }), quiet({ technique: { technique: 'traditional' } })],
  },
  'ask-energy-device-evidence': {
    fires: [quiet({ technique: { technique: 'other-energy' } })],
    silent: [quiet({ technique: { technique: 'laser' } }), quiet({ technique: { technique: 'unsure' } })],
  },
  'ask-which-technique': {
    fires: [quiet({ technique: { technique: 'unsure' } })],
    silent: [quiet({ technique: { technique: 'laser' } }), quiet({ technique: { technique: 'traditional' } })],
  },
  'ask-why-this-device': {
    fires: [
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['surgeon-suggested'] } }),
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['less-pain', 'surgeon-suggested'] } }),
    ],
    silent: [
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['less-pain', 'better-result'] } }),
      quiet({
        technique: { technique: 'laser' },
        'technique-appeal': { reasons: ['surgeon-suggested', 'better-result'] },
      }),
    ],
  },
  'device-claims': {
    fires: [
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['skin-tightening'] } }),
      quiet({
        technique: { technique: 'other-energy' },
        'technique-appeal': { reasons: ['less-pain', 'faster-recovery'] },
      }),
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['better-result'] } }),
    ],
    silent: [
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['less-pain'] } }),
      quiet({
        technique: { technique: 'laser' },
        'technique-appeal': { reasons: ['skin-tightening', 'surgeon-suggested'] },
      }),
    ],
  },
  'device-claims-and-why': {
    fires: [
      quiet({
        technique: { technique: 'laser' },
        'technique-appeal': { reasons: ['skin-tightening', 'surgeon-suggested'] },
      }),
    ],
    silent: [
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['surgeon-suggested'] } }),
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['faster-recovery'] } }),
    ],
  },
  'less-pain-with-laser': {
    fires: [quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['less-pain'] } })],
    silent: [
      // The trial was about laser: it says nothing about other devices.
      quiet({ technique: { technique: 'other-energy' }, 'technique-appeal': { reasons: ['less-pain'] } }),
      quiet({ technique: { technique: 'laser' }, 'technique-appeal': { reasons: ['skin-tightening'] } }),
    ],
  },
  'ask-combined-procedures': {
    fires: [quiet({ 'other-procedures': { sameDay: 'yes' } }), quiet({ 'other-procedures': { sameDay: 'unsure' } })],
    silent: [quiet({ 'other-procedures': { sameDay: 'no' } })],
  },

  // Weight
  'higher-bmi-weight-range': {
    fires: [
      // 200 cm and 120 kg is BMI 30.0 exactly; 29.96 is shown as 30.0, so it counts too.
      quiet(metric(200, 120)),
      quiet(metric(200, 119.85)),
      quiet(imperial(5, 4, 200)),
      // Not a weight-loss treatment: that matters to anyone hoping to lose weight.
      quiet({ 'weight-history': { change: 'stable', plans: 'lose' } }),
      quiet({ 'weight-medicine': { glp1: 'taking' } }),
      quiet({ 'weight-medicine': { glp1: 'planning' } }),
    ],
    silent: [
      quiet(metric(200, 119.7)),
      quiet(imperial(5, 10, 160)),
      quiet({ 'body-size': { units: 'metric', centimetres: undefined, kilograms: undefined } }),
      quiet({ 'weight-history': { change: 'stable', plans: 'gain' } }),
      quiet({ 'weight-medicine': { glp1: 'stopped' } }),
    ],
  },
  'weight-not-steady': {
    fires: [
      quiet({ 'weight-history': { change: 'lost', plans: 'none' } }),
      // However much: sources give no size of change that would not matter (decision 0017).
      quiet({
        'weight-history': { change: 'lost', plans: 'none' },
        'weight-change-amount': { amount: 'under-5-percent' },
      }),
      quiet({
        'weight-history': { change: 'gained', plans: 'none' },
        'weight-change-amount': { amount: 'over-10-percent' },
      }),
      quiet({ 'weight-history': { change: 'gained', plans: 'none' } }),
      quiet({ 'weight-history': { change: 'up-and-down', plans: 'none' } }),
    ],
    silent: [
      quiet({ 'weight-history': { change: 'stable', plans: 'lose' } }),
      quiet({ 'weight-history': { change: 'lost', plans: 'lose' } }),
    ],
  },
  'weight-change-planned': {
    fires: [
      quiet({ 'weight-history': { change: 'stable', plans: 'lose' } }),
      quiet({ 'weight-history': { change: 'stable', plans: 'gain' } }),
      quiet({ 'weight-history': { change: 'stable', plans: 'unsure' } }),
    ],
    silent: [
      quiet({ 'weight-history': { change: 'lost', plans: 'none' } }),
      quiet({ 'weight-history': { change: 'gained', plans: 'gain' } }),
    ],
  },
  'weight-changing': {
    fires: [
      quiet({ 'weight-history': { change: 'lost', plans: 'lose' } }),
      quiet({ 'weight-history': { change: 'up-and-down', plans: 'unsure' } }),
    ],
    silent: [
      quiet({ 'weight-history': { change: 'lost', plans: 'none' } }),
      quiet({ 'weight-history': { change: 'stable', plans: 'gain' } }),
    ],
  },
  'tell-weight-loss-medicine': {
    fires: [
      quiet({ 'weight-medicine': { glp1: 'taking' } }),
      quiet({ 'weight-medicine': { glp1: 'planning' } }),
      quiet({ 'weight-medicine': { glp1: 'stopped' } }),
    ],
    silent: [quiet({ 'weight-medicine': { glp1: 'no' } })],
  },
  'pregnant-now': {
    fires: [quiet({ pregnancy: { pregnancy: 'now' } })],
    silent: [
      quiet({ pregnancy: { pregnancy: 'within-2-years' } }),
      quiet({ pregnancy: { pregnancy: 'not-applicable' } }),
      // "Prefer not to say" is no information, never a yes.
      quiet({ pregnancy: { pregnancy: 'prefer-not-to-say' } }),
    ],
  },
  'pregnancy-later': {
    fires: [quiet({ pregnancy: { pregnancy: 'within-2-years' } }), quiet({ pregnancy: { pregnancy: 'maybe-later' } })],
    silent: [
      quiet({ pregnancy: { pregnancy: 'now' } }),
      quiet({ pregnancy: { pregnancy: 'not-applicable' } }),
      quiet({ pregnancy: { pregnancy: 'prefer-not-to-say' } }),
    ],
  },
  'keep-weight-steady': {
    fires: [{}, quiet()],
    silent: [
      quiet({ 'weight-history': { change: 'stable', plans: 'lose' } }),
      quiet({ 'weight-history': { change: 'gained', plans: 'none' } }),
    ],
  },

  // Health and clot risk
  'ask-clot-risk-score': {
    // Not knowing is no risk told: everyone's question, with its own point beside it.
    fires: [{}, quiet(), quiet(metric(160, 64)), quiet({ 'clot-risk': { factors: ['unsure'] } })],
    silent: [
      quiet({ 'clot-risk': { factors: ['long-travel'] } }),
      quiet({ age: { age: '41-60' } }),
      quiet(metric(160, 64.3)),
    ],
  },

  'clot-risk-factors': {
    fires: [
      quiet({ 'clot-risk': { factors: ['previous-clot'] } }),
      quiet({ 'clot-risk': { factors: ['estrogen', 'cancer'] } }),
      quiet({ age: { age: '41-60' } }),
      quiet({ age: { age: '75-plus' } }),
      // The Caprini score counts a BMI over 25: 160 cm and 64.3 kg is BMI 25.1.
      quiet(metric(160, 64.3)),
      quiet(metric(160, 90)),
    ],
    silent: [
      quiet({ 'clot-risk': { factors: ['none'] } }),
      quiet({ 'clot-risk': { factors: ['unsure'] } }),
      // 160 cm and 64 kg is BMI 25.0: not over 25.
      quiet(metric(160, 64)),
      quiet({ age: { age: '18-40' } }),
    ],
  },

  'ask-long-travel': {
    fires: [quiet({ 'clot-risk': { factors: ['long-travel'] } })],
    silent: [quiet({ 'clot-risk': { factors: ['previous-clot', 'cancer'] } })],
  },
  'under-18': {
    fires: [quiet({ age: { age: 'under-18' } }), loud({ age: { age: 'under-18' } })],
    silent: [quiet(), quiet({ age: { age: '18-40' } }), loud(), {}],
  },
  'tell-estrogen': {
    fires: [quiet({ 'clot-risk': { factors: ['estrogen'] } })],
    silent: [quiet({ 'clot-risk': { factors: ['recent-pregnancy'] } })],
  },
  'tell-nicotine': {
    fires: [
      quiet({ nicotine: { nicotine: 'daily' } }),
      quiet({ nicotine: { nicotine: 'sometimes' } }),
      quiet({ nicotine: { nicotine: 'stopped-recently' } }),
    ],
    silent: [quiet({ nicotine: { nicotine: 'no' } })],
  },
  'bring-medicine-list': {
    fires: [{}, quiet(), quiet({ medicines: { items: ['unsure'], details: undefined } })],
    silent: [
      quiet({ medicines: { items: ['vitamin-e'], details: undefined } }),
      quiet({ medicines: { items: ['blood-thinner'], details: undefined } }),
    ],
  },
  'tell-blood-thinner': {
    fires: [
      quiet({ medicines: { items: ['blood-thinner'], details: undefined } }),
      quiet({ medicines: { items: ['blood-thinner', 'aspirin'], details: 'apixaban' } }),
    ],
    silent: [quiet({ medicines: { items: ['aspirin', 'anti-inflammatory'], details: undefined } })],
  },
  'tell-medicines': {
    fires: [
      quiet({ medicines: { items: ['aspirin'], details: undefined } }),
      quiet({ medicines: { items: ['anti-inflammatory'], details: undefined } }),
      quiet({ medicines: { items: ['vitamin-e'], details: undefined } }),
      quiet({ medicines: { items: ['supplements'], details: 'fish oil' } }),
      quiet({ medicines: { items: ['blood-pressure'], details: undefined } }),
      quiet({ medicines: { items: ['other-prescribed'], details: undefined } }),
    ],
    // A blood thinner gets its own wording, which asks for the list too.
    silent: [quiet({ medicines: { items: ['blood-thinner', 'supplements'], details: undefined } })],
  },
  'tell-diabetes': {
    fires: [
      quiet({ conditions: { conditions: ['diabetes'] } }),
      quiet({ conditions: { conditions: ['diabetes', 'heart'] } }),
    ],
    silent: [quiet({ conditions: { conditions: ['heart', 'kidney', 'liver'] } })],
  },
  'diabetes-control-check': {
    fires: [
      quiet({ conditions: { conditions: ['diabetes'] }, 'diabetes-control': { control: 'not-well' } }),
      quiet({ conditions: { conditions: ['diabetes'] }, 'diabetes-control': { control: 'unsure' } }),
    ],
    silent: [quiet({ conditions: { conditions: ['diabetes'] }, 'diabetes-control': { control: 'well' } })],
  },
  'tell-leg-history': {
    fires: [
      quiet({ 'leg-history': { history: ['liposuction'] } }),
      quiet({ 'leg-history': { history: ['vein-treatment', 'other-surgery'] } }),
      quiet({ 'leg-history': { history: ['other-surgery', 'lymph-nodes'] } }),
    ],
    // Lymph-node treatment alone has its own point.
    silent: [quiet({ 'leg-history': { history: ['none'] } }), quiet({ 'leg-history': { history: ['lymph-nodes'] } })],
  },
  'tell-bleeding-history': {
    fires: [
      quiet({ conditions: { conditions: ['bleeding'] } }),
      { conditions: { conditions: ['diabetes', 'bleeding'] } },
    ],
    silent: [quiet({ conditions: { conditions: ['circulation'] } })],
  },
  'circulation-check': {
    fires: [
      quiet({ conditions: { conditions: ['circulation'] } }),
      { conditions: { conditions: ['heart', 'circulation'] } },
    ],
    silent: [quiet({ conditions: { conditions: ['heart', 'bleeding'] } })],
  },
  'lymph-node-treatment': {
    fires: [
      quiet({ 'leg-history': { history: ['lymph-nodes'] } }),
      { 'leg-history': { history: ['liposuction', 'lymph-nodes'] } },
    ],
    silent: [quiet({ 'leg-history': { history: ['liposuction', 'vein-treatment', 'other-surgery'] } })],
  },

  'unsure-clot-risk': {
    fires: [
      quiet({ 'clot-risk': { factors: ['unsure'] } }),
      // Sure of one factor, unsure of the rest.
      quiet({ 'clot-risk': { factors: ['estrogen', 'unsure'] } }),
    ],
    silent: [quiet({ 'clot-risk': { factors: ['none'] } }), quiet({ 'clot-risk': { factors: ['family-clot'] } })],
  },
  'unsure-medicines': {
    fires: [
      quiet({ medicines: { items: ['unsure'], details: undefined } }),
      quiet({ medicines: { items: ['aspirin', 'unsure'], details: 'aspirin 75 mg' } }),
    ],
    silent: [quiet(), quiet({ medicines: { items: ['aspirin'], details: undefined } })],
  },
  'unsure-conditions': {
    fires: [quiet({ conditions: { conditions: ['unsure'] } }), { conditions: { conditions: ['diabetes', 'unsure'] } }],
    silent: [quiet(), quiet({ conditions: { conditions: ['heart'] } })],
  },
  'unsure-leg-history': {
    fires: [
      quiet({ 'leg-history': { history: ['unsure'] } }),
      { 'leg-history': { history: ['liposuction', 'unsure'] } },
    ],
    silent: [quiet(), quiet({ 'leg-history': { history: ['lymph-nodes'] } })],
  },

  // Expectations, recovery and readiness
  'expectations-unsure': {
    fires: [quiet({ expectations: { change: 'unsure' } })],
    silent: [quiet({ expectations: { change: 'dramatic' } }), quiet({ expectations: { change: 'clear' } })],
  },
  'expectations-dramatic': {
    fires: [quiet({ expectations: { change: 'dramatic' } })],
    silent: [quiet({ expectations: { change: 'clear' } }), quiet({ expectations: { change: 'unsure' } })],
  },
  'realistic-benefit': 'always-on',
  'risks-to-ask-about': 'always-on',
  'ask-complications-and-costs': 'always-on',
  'ask-time-off': {
    fires: [
      quiet({ recovery: { timeOff: 'under-1-week', support: 'yes' } }),
      quiet({ recovery: { timeOff: 'unsure', support: 'yes' } }),
    ],
    silent: [quiet({ recovery: { timeOff: '1-2-weeks', support: 'no' } })],
  },
  'ask-recovery': {
    fires: [{}, quiet(), quiet({ recovery: { timeOff: '1-2-weeks', support: 'no' } })],
    silent: [quiet({ recovery: { timeOff: 'under-1-week', support: 'yes' } })],
  },
  'plan-help-at-home': {
    fires: [
      quiet({ recovery: { timeOff: 'over-2-weeks', support: 'no' } }),
      quiet({ recovery: { timeOff: 'over-2-weeks', support: 'unsure' } }),
    ],
    silent: [quiet({ recovery: { timeOff: 'under-1-week', support: 'yes' } })],
  },
  'talk-about-feelings': {
    fires: [
      quiet({ wellbeing: { worry: 'quite-a-lot', thinkingTime: '1-3-hours', holdsBack: 'sometimes' } }),
      quiet({ wellbeing: { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'often' } }),
    ],
    silent: [
      // Each part of the pattern missing in turn.
      quiet({ wellbeing: { worry: 'a-little', thinkingTime: 'over-3-hours', holdsBack: 'often' } }),
      quiet({ wellbeing: { worry: 'a-great-deal', thinkingTime: 'under-1-hour', holdsBack: 'often' } }),
      quiet({ wellbeing: { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'never' } }),
      // "Prefer not to say" in any part is no information: no point from a guess.
      quiet({ wellbeing: { worry: 'prefer-not-to-say', thinkingTime: 'over-3-hours', holdsBack: 'often' } }),
      quiet({ wellbeing: { worry: 'a-great-deal', thinkingTime: 'prefer-not-to-say', holdsBack: 'often' } }),
      quiet({ wellbeing: { worry: 'a-great-deal', thinkingTime: 'over-3-hours', holdsBack: 'prefer-not-to-say' } }),
    ],
  },
  'no-surgery-is-an-option': 'always-on',
};
