import type { PagesText } from '../page-text-types';

/** Every question page in English. `satisfies` checks fields and options against the schemas. */
export const pagesEn = {
  area: {
    title: 'Which part of your legs are you thinking about?',
    questions: {
      area: {
        legend: 'Which area would you like to change?',
        shortLabel: 'Area',
        options: {
          calves: 'My calves',
          ankles: 'My ankles',
          both: 'Both my calves and my ankles',
        },
      },
      legs: {
        legend: 'Is it one leg or both?',
        shortLabel: 'Legs',
        options: {
          'both-legs': 'Both legs',
          'one-leg': 'One leg only',
        },
      },
    },
  },
  concerns: {
    title: 'What bothers you about them?',
    questions: {
      concerns: {
        legend: 'What bothers you about them?',
        hint: 'Select all that apply.',
        shortLabel: 'What bothers you',
        options: {
          size: 'They look too big',
          shape: { label: 'Their shape', hint: 'For example, no clear line between calf and ankle.' },
          'legs-differ': 'My two legs look different from each other',
          'clothes-fit': 'How boots, trousers or shoes fit',
          other: 'Something else',
        },
      },
    },
  },
  'calf-feel': {
    title: 'How do your calves feel when you stand on tiptoe?',
    lead: 'Stand on your toes and press the widest part of your calf. Muscle goes hard and bulges. Fat stays soft and you can pinch it.',
    questions: {
      feel: {
        legend: 'How do your calves feel when you stand on tiptoe?',
        shortLabel: 'Calves on tiptoe',
        options: {
          firm: 'Mostly firm: it feels like muscle',
          soft: 'Mostly soft: I can pinch a layer of fat',
          mixed: 'Some of each',
          unsure: 'I am not sure',
        },
      },
    },
  },
  'ankle-feel': {
    title: 'Do your ankles change size during the day?',
    lead: 'For example, socks leave deeper marks or shoes feel tighter in the evening than in the morning.',
    questions: {
      changes: {
        legend: 'Do your ankles change size during the day?',
        shortLabel: 'Ankles change during the day',
        options: {
          changes: 'Yes, they are bigger later in the day',
          same: 'No, they look the same all day',
          unsure: 'I am not sure',
        },
      },
    },
  },
  'urgent-symptoms': {
    title: 'Do you have any of these right now?',
    lead: 'These can be signs of a blood clot. We ask first so that nothing urgent waits until the end.',
    questions: {
      symptoms: {
        legend: 'Do you have any of these right now?',
        hint: 'Select all that apply.',
        shortLabel: 'Symptoms right now',
        options: {
          'one-leg-swollen-painful': 'One leg has newly swollen and is painful, warm or red',
          'breathless-chest-pain': 'Sudden shortness of breath or chest pain',
          none: 'None of these',
        },
      },
    },
  },
  'fat-pattern': {
    title: 'Do any of these describe your legs?',
    lead: 'Some medical conditions look like ordinary fat. A doctor can tell them apart, and they are treated differently.',
    questions: {
      signs: {
        legend: 'Do any of these describe your legs?',
        hint: 'Select all that apply.',
        shortLabel: 'How the fat on your legs behaves',
        options: {
          'both-legs-alike': 'The extra fat is on both legs and looks about the same on each',
          'feet-spared': 'The fat stops at the ankle and my feet look normal',
          tender: 'My legs hurt when they are pressed or knocked',
          'bruises-easily': 'My legs bruise easily',
          'diet-resistant': 'The fat on my legs does not shrink when I lose weight',
          family: 'A parent, sister or other relative has legs like mine',
          none: 'None of these',
        },
      },
    },
  },
  swelling: {
    title: 'Do you have any swelling like this?',
    questions: {
      signs: {
        legend: 'Do you have any swelling like this?',
        hint: 'Select all that apply. If a leg has suddenly swollen and hurts, get medical help today.',
        shortLabel: 'Swelling',
        options: {
          'foot-and-toes': 'Swelling that includes my foot and toes',
          'one-side': 'One leg is often more swollen than the other',
          'both-legs': 'Both legs or ankles swell, for example by the evening',
          none: 'None of these',
        },
      },
    },
  },
  veins: {
    title: 'Have you noticed any of these on your lower legs?',
    questions: {
      signs: {
        legend: 'Have you noticed any of these on your lower legs?',
        hint: 'Select all that apply.',
        shortLabel: 'Vein signs',
        options: {
          varicose: 'Bulging, twisted veins (varicose veins)',
          spider: 'Small red, blue or purple thread veins (spider veins)',
          staining: 'Brown or darker patches of skin around the ankles',
          ulcers: 'Sores that are slow to heal',
          'heavy-aching': 'Legs that feel heavy, tired or achy',
          none: 'None of these',
        },
      },
    },
  },
  technique: {
    title: 'Which kind of liposuction are you considering?',
    questions: {
      technique: {
        legend: 'Which kind of liposuction are you considering?',
        shortLabel: 'Technique',
        options: {
          traditional: { label: 'Traditional liposuction', hint: 'Also called tumescent or suction-assisted liposuction.' },
          laser: { label: 'Laser liposuction', hint: 'For example SmartLipo.' },
          'other-energy': { label: 'Another energy-based method', hint: 'For example ultrasound or radio-frequency.' },
          unsure: 'I am not sure yet',
        },
      },
    },
  },
  'technique-appeal': {
    title: 'What draws you to this method?',
    questions: {
      reasons: {
        legend: 'What draws you to this method?',
        hint: 'Select all that apply.',
        shortLabel: 'What draws you to it',
        options: {
          'less-pain': 'Less pain',
          'skin-tightening': 'Tighter skin afterwards',
          'faster-recovery': 'A quicker recovery',
          'better-result': 'A better-looking result',
          'surgeon-suggested': 'A surgeon or clinic suggested it',
          none: 'None of these',
        },
      },
    },
  },
  'other-procedures': {
    title: 'Are you thinking of having other procedures on the same day?',
    lead: 'For example, liposuction of another area or a different operation.',
    questions: {
      sameDay: {
        legend: 'Are you thinking of having other procedures on the same day?',
        shortLabel: 'Other procedures the same day',
        options: {
          yes: 'Yes',
          no: 'No',
          unsure: 'I am not sure',
        },
      },
    },
  },
  'body-size': {
    title: 'What are your height and weight?',
    lead: 'This is optional. We use it to work out your body-mass index (BMI), which surgeons often ask about. It stays on this device.',
    questions: {
      units: {
        legend: 'Which units do you want to use?',
        shortLabel: 'Units',
        options: {
          imperial: 'Feet, inches and pounds',
          metric: 'Centimetres and kilograms',
        },
      },
    },
  },
  'weight-history': {
    title: 'Your weight over time',
    lead: 'Liposuction reshapes an area; it is not a way to lose weight. A steady weight helps the result last.',
    questions: {
      change: {
        legend: 'How has your weight changed in the last 12 months?',
        shortLabel: 'Weight in the last 12 months',
        options: {
          stable: { label: 'It has stayed about the same', hint: 'Within about 5 pounds (2 kilograms).' },
          lost: 'I have lost weight',
          gained: 'I have gained weight',
          'up-and-down': 'It has gone up and down',
        },
      },
      plans: {
        legend: 'Do you plan to lose or gain weight?',
        shortLabel: 'Weight plans',
        options: {
          none: 'No, I plan to stay about the same',
          lose: 'I plan to lose weight',
          gain: 'I plan to gain weight',
          unsure: 'I am not sure',
        },
      },
    },
  },
  'weight-medicine': {
    title: 'Do you take a weight-loss medicine given by injection or as a tablet?',
    lead: 'For example semaglutide (Ozempic, Wegovy, Rybelsus) or tirzepatide (Mounjaro, Zepbound).',
    questions: {
      glp1: {
        legend: 'Do you take a weight-loss medicine given by injection or as a tablet?',
        shortLabel: 'Weight-loss medicine',
        options: {
          taking: 'Yes, I take one now',
          planning: 'I plan to start one',
          stopped: 'I stopped one in the last few months',
          no: 'No',
        },
      },
    },
  },
  pregnancy: {
    title: 'Are you pregnant or breastfeeding, or might you be pregnant in the future?',
    questions: {
      pregnancy: {
        legend: 'Are you pregnant or breastfeeding, or might you be pregnant in the future?',
        shortLabel: 'Pregnancy',
        options: {
          now: 'I am pregnant or breastfeeding now',
          'within-2-years': 'I may try for a baby in the next 2 years',
          'maybe-later': 'Maybe, but not in the next 2 years',
          no: 'No',
          'not-applicable': 'This does not apply to me',
        },
      },
    },
  },
  age: {
    title: 'How old are you?',
    lead: 'The chance of a blood clot after surgery goes up with age.',
    questions: {
      age: {
        legend: 'How old are you?',
        shortLabel: 'Age',
        options: {
          '18-40': '18 to 40',
          '41-60': '41 to 60',
          '61-74': '61 to 74',
          '75-plus': '75 or older',
        },
      },
    },
  },
  nicotine: {
    title: 'Do you smoke, vape or use nicotine in any form?',
    lead: 'This includes cigarettes, vapes, nicotine gum or patches, and pouches.',
    questions: {
      nicotine: {
        legend: 'Do you smoke, vape or use nicotine in any form?',
        shortLabel: 'Nicotine',
        options: {
          daily: 'Yes, every day',
          sometimes: 'Yes, sometimes',
          'stopped-recently': 'I stopped in the last 6 weeks',
          no: 'No',
        },
      },
    },
  },
  'clot-risk': {
    title: 'Do any of these apply to you?',
    lead: 'Each of these can make a blood clot after surgery more likely. Your surgeon needs to know.',
    questions: {
      factors: {
        legend: 'Do any of these apply to you?',
        hint: 'Select all that apply.',
        shortLabel: 'Blood-clot risks',
        options: {
          'previous-clot': { label: 'I have had a blood clot', hint: 'In a leg (DVT) or in a lung (pulmonary embolism).' },
          'family-clot': 'A parent, brother, sister or child has had a blood clot',
          'clotting-disorder': 'I have been told I have an inherited clotting condition',
          estrogen: { label: 'I take estrogen', hint: 'For example the combined pill, a patch or ring, or hormone therapy for menopause.' },
          'recent-pregnancy': 'I am pregnant or had a baby in the last 6 months',
          'pregnancy-losses': 'I have had several pregnancy losses',
          'long-travel': 'I plan a trip of more than 4 hours around the time of surgery',
          cancer: 'I have cancer or had treatment for it recently',
          none: 'None of these',
        },
      },
    },
  },
  medicines: {
    title: 'Medicines and supplements',
    lead: 'Some of these affect bleeding. Do not stop a prescribed medicine on your own.',
    questions: {
      items: {
        legend: 'Do you take any of these?',
        hint: 'Select all that apply.',
        shortLabel: 'Medicines and supplements',
        options: {
          'blood-thinner': { label: 'A blood thinner', hint: 'For example warfarin, apixaban, rivaroxaban or clopidogrel.' },
          aspirin: 'Aspirin',
          'anti-inflammatory': { label: 'Anti-inflammatory painkillers', hint: 'For example ibuprofen or naproxen.' },
          'vitamin-e': 'Vitamin E',
          supplements: { label: 'Herbal or other supplements', hint: 'For example fish oil, ginkgo, garlic, ginger or ginseng.' },
          'blood-pressure': 'A medicine for blood pressure',
          'other-prescribed': 'Another prescribed medicine',
          none: 'None of these',
        },
      },
      details: {
        label: 'Names and doses, if you want to note them (optional)',
        hint: 'This goes on your printout only.',
        shortLabel: 'Your notes on medicines',
      },
    },
  },
  conditions: {
    title: 'Do you have any of these conditions?',
    questions: {
      conditions: {
        legend: 'Do you have any of these conditions?',
        hint: 'Select all that apply.',
        shortLabel: 'Conditions',
        options: {
          diabetes: 'Diabetes',
          heart: 'A heart condition',
          kidney: 'A kidney condition',
          liver: 'A liver condition',
          none: 'None of these',
        },
      },
    },
  },
  'diabetes-control': {
    title: 'How well controlled is your diabetes?',
    lead: 'Your doctor may have told you this from a blood test, such as HbA1c.',
    questions: {
      control: {
        legend: 'How well controlled is your diabetes?',
        shortLabel: 'Diabetes control',
        options: {
          well: 'Well controlled',
          'not-well': 'Not well controlled',
          unsure: 'I am not sure',
        },
      },
    },
  },
  'leg-history': {
    title: 'Have you had any of these on your legs?',
    questions: {
      history: {
        legend: 'Have you had any of these on your legs?',
        hint: 'Select all that apply.',
        shortLabel: 'Earlier treatment on your legs',
        options: {
          liposuction: 'Liposuction',
          'vein-treatment': { label: 'Treatment for veins', hint: 'For example surgery, laser or injections.' },
          'other-surgery': 'Another operation on a leg, knee or ankle',
          none: 'None of these',
        },
      },
    },
  },
  expectations: {
    title: 'How much change are you hoping for?',
    questions: {
      change: {
        legend: 'How much change are you hoping for?',
        shortLabel: 'Change hoped for',
        options: {
          subtle: 'A small change: a slimmer, smoother outline',
          clear: 'A clear change that others might notice',
          dramatic: 'A completely different shape',
          unsure: 'I am not sure',
        },
      },
    },
  },
  recovery: {
    title: 'Time to recover',
    lead: 'Lower legs often stay swollen for months, and you may wear tight garments for weeks.',
    questions: {
      timeOff: {
        legend: 'How much time could you take off work or daily tasks?',
        shortLabel: 'Time off',
        options: {
          'under-1-week': 'Less than a week',
          '1-2-weeks': '1 to 2 weeks',
          'over-2-weeks': 'More than 2 weeks',
          unsure: 'I am not sure',
        },
      },
      support: {
        legend: 'Would someone be able to help you at home for the first few days?',
        shortLabel: 'Help at home',
        options: {
          yes: 'Yes',
          no: 'No',
          unsure: 'I am not sure',
        },
      },
    },
  },
  wellbeing: {
    title: 'How you feel about your legs',
    lead: 'There are no right or wrong answers. Many people think about their looks; these questions help you and your surgeon talk about it.',
    questions: {
      worry: {
        legend: 'How much do you worry about how your legs look?',
        shortLabel: 'Worry about how your legs look',
        options: {
          'not-at-all': 'Not at all',
          'a-little': 'A little',
          'quite-a-lot': 'Quite a lot',
          'a-great-deal': 'A great deal',
        },
      },
      thinkingTime: {
        legend: 'On a typical day, how long do you spend thinking about how your legs look?',
        shortLabel: 'Time spent thinking about it each day',
        options: {
          'under-1-hour': 'Less than an hour',
          '1-3-hours': '1 to 3 hours',
          'over-3-hours': 'More than 3 hours',
        },
      },
      holdsBack: {
        legend: 'Does it stop you from doing things you would like to do?',
        hint: 'For example wearing shorts or skirts, swimming, or going out.',
        shortLabel: 'Stops you doing things',
        options: {
          never: 'Never',
          sometimes: 'Sometimes',
          often: 'Often',
        },
      },
    },
  },
  surgeon: {
    title: 'Have you chosen a surgeon?',
    questions: {
      status: {
        legend: 'Have you chosen a surgeon?',
        shortLabel: 'Surgeon',
        options: {
          chosen: 'Yes, I have chosen one',
          comparing: 'I am comparing a few',
          'not-yet': 'Not yet',
        },
      },
    },
  },
  'surgeon-board': {
    title: 'Which board certifies the surgeon?',
    lead: 'Board certification is usually listed on the surgeon’s website or on the certificate in their office.',
    questions: {
      board: {
        legend: 'Which board certifies the surgeon?',
        shortLabel: 'Surgeon’s board certification',
        options: {
          'plastic-surgery': 'The American Board of Plastic Surgery',
          'other-board': 'Another board',
          unsure: 'I do not know',
        },
      },
    },
  },
  facility: {
    title: 'Where would the operation happen?',
    questions: {
      facility: {
        legend: 'Where would the operation happen?',
        shortLabel: 'Where the operation would happen',
        options: {
          hospital: 'In a hospital',
          'accredited-center': 'In an accredited surgery centre',
          office: 'In a procedure room at the surgeon’s office',
          unsure: 'I do not know',
        },
      },
    },
  },
} satisfies PagesText;
