import type { SourceTexts } from '../sources';

/** How each source is cited in English. Sources the brief marks as weak say so, so a reader can weigh them. */
export const sourceTextEn: SourceTexts = {
  'seed-qa': {
    title: 'Two plastic surgeons answer a patient asking whether SmartLipo can be used on the calves or ankles',
    address: 'Seed document provided to the project (a published doctor question-and-answer page)',
  },
  'seed-article': {
    title: 'Article: is liposuction a safe option for permanent leg slimming?',
    address: 'Seed document provided to the project (a published patient information article)',
  },
  'weniger-review': {
    title: 'Weniger, Calvert and Newton, "Liposuction of the legs and ankles: a review of the literature"',
    address: 'Plastic and Reconstructive Surgery (journal article)',
  },
  'medscape-calf': {
    title: 'Medscape: Calf and ankle liposuction, treatment',
    address: 'https://emedicine.medscape.com/article/1272349-treatment',
  },
  'calf-muscle': {
    title: 'Botulinum toxin for calf contouring; a case series of selective nerve surgery on the calf muscle',
    address: 'https://pubmed.ncbi.nlm.nih.gov/15171764/ and https://doi.org/10.1007/s00266-015-0535-3',
  },
  'ankle-fluid': {
    title: 'Clinic page on ankle liposuction (a weaker source: a clinic website)',
    address: 'https://mertdemirel.com/?p=41387',
  },
  'frick-lymph': {
    title: 'Frick et al., "Liposuction technique and lymphatic lesions in lower legs: anatomic study to reduce risks"',
    address: 'Plastic and Reconstructive Surgery, 1999, volume 103, pages 1868 to 1873',
  },
  'legs-ankles-technique': {
    title: 'Liposuction of the legs and ankles',
    address: 'https://www.liposuction.com/legs-ankles.html',
  },
  'saphenous': {
    title: 'Calf liposuction risks (a weaker source: a clinic blog)',
    address: 'https://memphisliposuction.com/blog/calf-liposuction-risks-revealed',
  },
  'lipedema-review': {
    title: 'Peled and Kappos, review of lipedema diagnosis and management, International Journal of Women\'s Health, 2016',
    address: 'https://doi.org/10.2147/IJWH.S106227',
  },
  'lipedema-consensus': {
    title: 'US consensus guideline on the standard of care for lipedema; NICE interventional procedures guidance IPG721',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8652358/ and https://www.nice.org.uk/guidance/ipg721',
  },
  'lymphedema': {
    title: 'Lymphatic Education & Research Network: a standardized approach to lymphedema, including the Stemmer sign',
    address: 'https://lymphaticnetwork.org',
  },
  'cvi': {
    title: 'Review of chronic venous insufficiency',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6406103/',
  },
  'calf-vein-risk': {
    title: 'Clinic pages on calf and ankle liposuction (weaker sources: clinic websites)',
    address: 'peachliposuction.com.au and cosmetictown.com',
  },
  'edema-causes': {
    title: 'GPnotebook: leg oedema (swelling)',
    address: 'https://gpnotebook.com',
  },
  'dvt-signs': {
    title: 'National Blood Clot Alliance: signs and symptoms of blood clots',
    address: 'https://www.bloodclot.org',
  },
  'prado-rct': {
    title: 'Prado et al., randomized double-blind trial of laser-assisted versus traditional liposuction',
    address: 'Plastic and Reconstructive Surgery, 2006',
  },
  'laser-review': {
    title: 'Systematic review of laser-assisted liposuction, Aesthetic Plastic Surgery, 2018',
    address: 'https://doi.org/10.1007/s00266-018-1085-2',
  },
  'laser-burns': {
    title: 'Complications in a single-center series of laser-assisted liposuction; reports from the 2010 ASAPS meeting',
    address: 'https://pubmed.ncbi.nlm.nih.gov/19016103/',
  },
  'fda-consumer': {
    title: 'FDA Consumer, "The skinny on liposuction"',
    address: 'FDA Consumer magazine, U.S. Food and Drug Administration',
  },
  'bmi-candidacy': {
    title: 'BMI limits that surgeons commonly give for liposuction (weaker sources: clinic websites)',
    address: 'Several plastic surgery clinic websites',
  },
  'stable-weight': {
    title: 'How long weight should be stable before liposuction (weaker sources: clinic websites)',
    address: 'Several plastic surgery clinic websites',
  },
  'glp1': {
    title: 'American Society of Anesthesiologists: guidance on GLP-1 medicines before surgery',
    address: 'https://www.asahq.org',
  },
  'pregnancy-timing': {
    title: 'Surgeons\' advice on cosmetic surgery after pregnancy and breastfeeding (weaker sources)',
    address: 'Several plastic surgery clinic websites',
  },
  'smoking': {
    title: 'Sørensen, systematic review of smoking and wound healing, Annals of Surgery, 2012',
    address: 'Annals of Surgery, 2012',
  },
  'vte-risk': {
    title: 'National Blood Clot Alliance: blood clot risk factors',
    address: 'https://www.bloodclot.org',
  },
  'caprini': {
    title: 'Pannucci et al. 2012 on the Caprini clot-risk score in plastic surgery; Agrawal, Rohrich et al. 2022',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4505816/ and Plastic and Reconstructive Surgery, 2022',
  },
  'estrogen': {
    title: 'Managing birth-control pills around cosmetic surgery: a survey of American Society of Plastic Surgeons members',
    address: 'Journal article (survey of American Society of Plastic Surgeons members)',
  },
  'cosmetassure': {
    title: 'Kaoutzanis et al., blood clots after liposuction alone and combined with other procedures, 2017',
    address: 'Aesthetic Surgery Journal, 2017',
  },
  'blood-thinners': {
    title: 'Managing blood thinners around surgery',
    address: 'Trauma Surgery & Acute Care Open (journal article)',
  },
  'supplements': {
    title: 'Supplements to avoid before surgery',
    address: 'Aesthetic Surgery Journal (published list)',
  },
  'diabetes': {
    title: 'Diabetes and complications after plastic surgery',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5585446/',
  },
  'nhs-lipo-risks': {
    title: 'NHS: liposuction, risks',
    address: 'NHS website, https://www.nhs.uk (search "liposuction")',
  },
  'compression': {
    title: 'Compression after calf and ankle liposuction (a weaker source: a clinic website)',
    address: 'drbalti.net',
  },
  'staining': {
    title: 'How long bruise staining takes to fade after leg liposuction (a weaker source: surgeons\' reports)',
    address: 'Surgeons\' published reports (no single address)',
  },
  'contour': {
    title: 'Uneven contours as the most common problem after liposuction (a weaker source: a surgeon\'s article)',
    address: 'A surgeon\'s published article (no single address)',
  },
  'bdd-prevalence': {
    title: 'Screening for body image worries (body dysmorphic disorder) in 597 surgery patients',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5543317/',
  },
  'bdd-outcome': {
    title: 'Bowyer et al. 2016 on how people with body dysmorphic disorder fare after cosmetic procedures',
    address: 'Bowyer et al., 2016 (cited second-hand)',
  },
  'asps-questions': {
    title: 'American Society of Plastic Surgeons: questions to ask at your consultation',
    address: 'https://www.plasticsurgery.org',
  },
  'training-study': {
    title: 'Study of the training of liposuction providers in Southern California, 2010',
    address: 'Plastic and Reconstructive Surgery, 2010',
  },
  'consult-questions': {
    title: 'Questions to ask at a liposuction consultation (several surgeons\' pages)',
    address: 'Several plastic surgery clinic websites',
  },
  'accreditation': {
    title: 'Accreditation of surgery facilities: AAAASF, The Joint Commission, AAAHC; state licensing',
    address: 'https://www.aaaasf.org, https://www.jointcommission.org and https://www.aaahc.org',
  },
  'anesthesia': {
    title: 'Who gives anesthesia: board-certified anesthesiologists and certified registered nurse anesthetists',
    address: 'Professional guidance on anesthesia care (no single address)',
  },
};
