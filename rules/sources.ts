/**
 * Where each point on the summary comes from: what kind of source it is, its citation as
 * published, and a locator anyone can look up (a DOI, a PubMed id, or a stable web address).
 * Citations are not translated (titles stay as published); the kind's name is, in each
 * language's `summary-page.json`. Every locator here was checked against the source itself, as
 * recorded in decision 0015; a unit test fails on a source with
 * no locator or with a working note instead of a citation. Society, government and peer-reviewed
 * sources come first; a clinic's page stays only where nothing better says the same, and prints
 * as a clinic website.
 */
export type SourceKind = 'peer-reviewed' | 'guideline' | 'government' | 'society' | 'reference' | 'clinic';

/** At least one way to find it: a DOI, a PubMed id, or a stable web address. */
export type Locator =
  | { readonly doi: string; readonly pmid?: string; readonly url?: string }
  | { readonly pmid: string; readonly url?: string }
  | { readonly url: string };

export interface Source {
  readonly kind: SourceKind;
  readonly citation: string;
  readonly locator: Locator;
}

export const SOURCES = {
  'stop-the-clot': {
    kind: 'society',
    citation:
      'National Blood Clot Alliance (Stop the Clot). Blood clot information: risks, signs and symptoms, prevention.',
    locator: { url: 'https://www.stoptheclot.org/about-clots/blood-clot-info/' },
  },
  'aesthetic-society-qualifications': {
    kind: 'society',
    citation: 'The Aesthetic Society. How to choose a plastic surgeon: qualifications.',
    locator: {
      url: 'https://theaestheticsociety.org/patient-resources/how-to-choose-a-plastic-surgeon/qualifications',
    },
  },
  'nhs-choosing-who': {
    kind: 'government',
    citation: 'NHS. Choosing who will do your cosmetic procedure.',
    locator: { url: 'https://www.nhs.uk/conditions/cosmetic-procedures/choosing-who-will-do-your-procedure/' },
  },
  'nhs-lipo-risks': {
    kind: 'government',
    citation: 'NHS. Liposuction: risks, recovery and results.',
    locator: { url: 'https://www.nhs.uk/conditions/liposuction/' },
  },
  'fda-consumer': {
    kind: 'government',
    citation: 'US Food and Drug Administration. The skinny on liposuction. FDA Consumer Update, 2007 (archived).',
    locator: {
      url: 'https://webarchive.library.unt.edu/eot2008/20080922152644/http://www.fda.gov/consumer/updates/liposuction082007.html',
    },
  },
  'training-study': {
    kind: 'peer-reviewed',
    citation:
      'Camp MC, Wong WW, Wong RY, et al. Who is providing aesthetic surgery? A detailed examination of the geographic distribution and training backgrounds of cosmetic practitioners in Southern California. Plast Reconstr Surg. 2010;125(4):1257-1262.',
    locator: { doi: '10.1097/PRS.0b013e3181d0accf' },
  },
  accreditation: {
    kind: 'society',
    citation:
      'Accreditation of surgery facilities: QUAD A (formerly AAAASF), the Accreditation Association for Ambulatory Health Care (AAAHC) and The Joint Commission.',
    locator: { url: 'https://www.aaaasf.org' },
  },
  'asa-care-team': {
    kind: 'society',
    citation: 'American Society of Anesthesiologists. Statement on the anesthesia care team (amended 2023).',
    locator: { url: 'https://asahq.org/standards-and-guidelines/statement-on-the-anesthesia-care-team' },
  },
  'lipedema-review': {
    kind: 'peer-reviewed',
    citation:
      'Peled AW, Kappos EA. Lipedema: diagnostic and management challenges. Int J Womens Health. 2016;8:389-395.',
    locator: { doi: '10.2147/IJWH.S106227' },
  },
  'lipedema-consensus': {
    kind: 'guideline',
    citation:
      'Herbst KL, Kahn LA, Iker E, et al. Standard of care for lipedema in the United States. Phlebology. 2021;36(10):779-796.',
    locator: { doi: '10.1177/02683555211015887', pmid: '34049453' },
  },
  'nice-lipoedema-liposuction': {
    kind: 'guideline',
    citation:
      'National Institute for Health and Care Excellence. Liposuction for chronic lipoedema. Interventional procedures guidance IPG721. 2022.',
    locator: { url: 'https://www.nice.org.uk/guidance/ipg721' },
  },
  lymphedema: {
    kind: 'government',
    citation: 'Wye Valley NHS Trust, lymphoedema service. What is lymphoedema?',
    locator: {
      url: 'https://wyevalley.nhs.uk/services/community-services/lymphoedema-service-overview/what-is-lymphoedema.aspx',
    },
  },
  'bhf-swollen-ankles': {
    kind: 'society',
    citation: 'British Heart Foundation. Swollen ankles (Heart Matters: ask the experts).',
    locator: {
      url: 'https://www.bhf.org.uk/informationsupport/heart-matters-magazine/medical/ask-the-experts/swollen-ankles',
    },
  },
  'ccb-ankle-swelling': {
    kind: 'reference',
    citation: 'GPnotebook. Ankle swelling and calcium channel blockers (a reference for doctors).',
    locator: { url: 'https://gpnotebook.com/pages/neurology/ankle-swelling-and-calcium-channel-blockers-ccbs' },
  },
  cvi: {
    kind: 'peer-reviewed',
    citation:
      'Youn YJ, Lee J. Chronic venous insufficiency and varicose veins of the lower extremities. Korean J Intern Med. 2019;34(2):269-283.',
    locator: { doi: '10.3904/kjim.2018.230' },
  },
  caprini: {
    kind: 'peer-reviewed',
    citation:
      'Pannucci CJ, Barta RJ, Portschy PR, et al. Assessment of postoperative venous thromboembolism risk in plastic surgery patients using the 2005 and 2010 Caprini Risk Score. Plast Reconstr Surg. 2012;130(2):343-353.',
    locator: { doi: '10.1097/PRS.0b013e3182589e49', pmid: '22495215' },
  },
  estrogen: {
    kind: 'peer-reviewed',
    citation:
      'Johnson RL, Hemington-Gorse SJ, Dhital SK. Aesthetic Plast Surg. 2008;32(5):743-747 (a survey of plastic surgeons on oral contraceptives before surgery).',
    locator: { doi: '10.1007/s00266-008-9156-4', pmid: '18446403' },
  },
  'blood-thinners': {
    kind: 'peer-reviewed',
    citation:
      "Yeung LYY, Sarani B, Weinberg JA, et al. Surgeon's guide to anticoagulant and antiplatelet medications part two: antiplatelet agents and perioperative management of long-term anticoagulation. Trauma Surg Acute Care Open. 2016;1(1):e000022.",
    locator: { doi: '10.1136/tsaco-2016-000022' },
  },
  supplements: {
    kind: 'peer-reviewed',
    citation:
      'Zwiebel SJ, Lee M, Alleyne B, Guyuron B. The incidence of vitamin, mineral, herbal, and other supplement use in facial cosmetic patients. Plast Reconstr Surg. 2013;132(1):78-82.',
    locator: { doi: '10.1097/PRS.0b013e3182910cd9' },
  },
  smoking: {
    kind: 'peer-reviewed',
    citation:
      'Sørensen LT. Wound healing and infection in surgery: the clinical impact of smoking and smoking cessation. Arch Surg. 2012;147(4):373-383.',
    locator: { doi: '10.1001/archsurg.2012.5', pmid: '22508785' },
  },
  diabetes: {
    kind: 'peer-reviewed',
    citation:
      'Goltsman D, Morrison KA, Ascherman JA. Defining the association between diabetes and plastic surgery outcomes: an analysis of nearly 40,000 patients. Plast Reconstr Surg Glob Open. 2017;5(8):e1461.',
    locator: { doi: '10.1097/GOX.0000000000001461', pmid: '28894673' },
  },
  glp1: {
    kind: 'guideline',
    citation:
      'Kindel TL, et al. Multisociety clinical practice guidance for the safe use of GLP-1 receptor agonists in the perioperative period (ASMBS, ASA, AGA, ISPCOP, SAGES). Surg Obes Relat Dis. 2024.',
    locator: { url: 'https://guidelinecentral.com/guideline/4050576' },
  },
  cosmetassure: {
    kind: 'peer-reviewed',
    citation:
      'Kaoutzanis C, Gupta V, Winocour J, et al. Cosmetic liposuction: preoperative risk factors, major complication rates, and safety of combined procedures. Aesthet Surg J. 2017;37(6):680-694.',
    locator: { doi: '10.1093/asj/sjw243' },
  },
  'quad-a-liposuction': {
    kind: 'society',
    citation: 'QUAD A (formerly AAAASF). Liposuction: what is safe? Standards, news and updates.',
    locator: { url: 'https://quada.org/en/standards-news-and-updates/liposuction' },
  },
  'bapras-surgery-abroad': {
    kind: 'society',
    citation:
      'British Association of Plastic, Reconstructive and Aesthetic Surgeons (BAPRAS). Cosmetic surgery abroad (patient information).',
    locator: { url: 'https://bapras.org.uk/public/patient-information/cosmetic-surgery/cosmetic-surgery-abroad' },
  },
  'rcoa-pre-assessment': {
    kind: 'society',
    citation: 'Royal College of Anaesthetists. Anaesthesia explained: the pre-assessment clinic (2019).',
    locator: { url: 'https://rcoa.ac.uk/documents/anaesthesia-explained/pre-assessment-clinic' },
  },
  'nhs-wales-liposuction': {
    kind: 'government',
    citation: 'NHS Wales 111. Liposuction (health A to Z).',
    locator: { url: 'https://111.wales.nhs.uk/Encyclopaedia/l/article/liposuction' },
  },
  'bleeding-after-surgery': {
    kind: 'reference',
    citation: 'WebMD. Reducing the risk of bleeding after surgery (medically reviewed 2022).',
    locator: { url: 'https://www.webmd.com/a-to-z-guides/reducing_your_risk_of_bleeding_after_surgery' },
  },
  'nidirect-pad': {
    kind: 'government',
    citation: 'nidirect (Northern Ireland government, NHS content). Peripheral arterial disease (PAD).',
    locator: { url: 'https://www.nidirect.gov.uk/conditions/peripheral-arterial-disease-pad' },
  },
  'kuroda-2017': {
    kind: 'peer-reviewed',
    citation:
      'Kuroda K, Yamamoto Y, Yanagisawa M, et al. Risk factors and a prediction model for lower limb lymphedema following lymphadenectomy in gynecologic cancer: a hospital-based retrospective cohort study. BMC Womens Health. 2017.',
    locator: { doi: '10.1186/s12905-017-0403-1' },
  },
  'teen-surgery': {
    kind: 'peer-reviewed',
    citation:
      'Rohrich RJ, Cho MJ. When is teenage plastic surgery versus cosmetic surgery okay? Reality versus hype: a systematic review. Plast Reconstr Surg. 2018;142(3):293e-302e.',
    locator: { doi: '10.1097/PRS.0000000000004630', pmid: '29878991' },
  },
  'hernandez-2011': {
    kind: 'peer-reviewed',
    citation:
      'Hernandez TL, Kittelson JM, Law CK, et al. Fat redistribution following suction lipectomy: defense of body fat and patterns of restoration. Obesity (Silver Spring). 2011;19(7):1388-1395.',
    locator: { doi: '10.1038/oby.2011.64', pmid: '21475140' },
  },
  'medscape-calf': {
    kind: 'reference',
    citation: 'Kim JYS. Calf and ankle liposuction: treatment and management. Medscape (eMedicine), article 1272349.',
    locator: { url: 'https://emedicine.medscape.com/article/1272349-treatment' },
  },
  'klein-textbook': {
    kind: 'reference',
    citation:
      'Klein JA. Tumescent technique: tumescent anesthesia and microcannular liposuction. Chapter 40: female legs and ankles.',
    locator: { url: 'https://liposuction101.com/?p=949' },
  },
  'calf-muscle': {
    kind: 'peer-reviewed',
    citation:
      'Lee HJ, Lee DW, Park YH, et al. Botulinum toxin A for aesthetic contouring of enlarged medial gastrocnemius muscle. Dermatol Surg. 2004;30(6):867-871.',
    locator: { doi: '10.1111/j.1524-4725.2004.30255.x', pmid: '15171764' },
  },
  'calf-neurectomy': {
    kind: 'peer-reviewed',
    citation:
      'Wang H, Xu X, Sun Z, Luo S. Safety and efficacy of selective neurectomy of the gastrocnemius muscle for calf reduction in 300 cases. Aesthetic Plast Surg. 2015;39:674-679.',
    locator: { doi: '10.1007/s00266-015-0535-3' },
  },
  'frick-lymph': {
    kind: 'peer-reviewed',
    citation:
      'Frick A, Hoffmann JN, Baumeister RGH, Putz R. Liposuction technique and lymphatic lesions in lower legs: anatomic study to reduce risks. Plast Reconstr Surg. 1999;103(7):1868-1873.',
    locator: {
      url: 'https://journals.lww.com/plasreconsurg/Abstract/1999/06000/Liposuction_Technique_and_Lymphatic_Lesions_in.9.aspx',
    },
  },
  contour: {
    kind: 'peer-reviewed',
    citation:
      'Dixit VV, Wagh MS. Unfavourable outcomes of liposuction and their management. Indian J Plast Surg. 2013;46(2):377.',
    locator: { doi: '10.4103/0970-0358.118617' },
  },
  'prado-rct': {
    kind: 'peer-reviewed',
    citation:
      'Prado A, Andrades P, Danilla S, et al. A prospective, randomized, double-blind, controlled clinical trial comparing laser-assisted lipoplasty with suction-assisted lipoplasty. Plast Reconstr Surg. 2006.',
    locator: { doi: '10.1097/01.prs.0000232428.37926.48' },
  },
  'laser-review': {
    kind: 'peer-reviewed',
    citation:
      'Laser-assisted liposuction (LAL) versus traditional liposuction: systematic review. Aesthetic Plast Surg. 2018.',
    locator: { doi: '10.1007/s00266-018-1085-2' },
  },
  'laser-burns': {
    kind: 'peer-reviewed',
    citation: 'Katz B, McBean J. Laser-assisted lipolysis: a report on complications. J Cosmet Laser Ther. 2008.',
    locator: { pmid: '19016103' },
  },
  'bdd-prevalence': {
    kind: 'peer-reviewed',
    citation:
      'Joseph AW, Ishii L, Joseph SS, et al. Prevalence of body dysmorphic disorder and surgeon diagnostic accuracy in facial plastic and oculoplastic surgery clinics. JAMA Facial Plast Surg. 2017.',
    locator: { doi: '10.1001/jamafacial.2016.1535' },
  },
  'bdd-outcome': {
    kind: 'peer-reviewed',
    citation:
      'Bowyer L, et al. A critical review of cosmetic treatment outcomes in body dysmorphic disorder. Body Image. 2016;19:1-8.',
    locator: { doi: '10.1016/j.bodyim.2016.07.001' },
  },
  'sure-test': {
    kind: 'peer-reviewed',
    citation:
      'Légaré F, Kearing S, Clay K, et al. Are you SURE? Assessing patient decisional conflict with a 4-item screening test. Can Fam Physician. 2010;56(8):e308-e314.',
    locator: { pmid: '20705870', url: 'https://www.cfp.ca/content/56/8/e308' },
  },
  'realself-qa': {
    kind: 'clinic',
    citation: 'RealSelf. Can SmartLipo be used on my ankles or calf area? Answers from two plastic surgeons.',
    locator: { url: 'https://www.realself.com/question/can-smartlipo-be-used-ankles-calf-area' },
  },
  'legs-ankles-technique': {
    kind: 'clinic',
    citation: 'Klein JA. Legs and ankles. liposuction.com (a surgeon’s practice website).',
    locator: { url: 'https://www.liposuction.com/legs-ankles.html' },
  },
  compression: {
    kind: 'clinic',
    citation: 'Balti (a surgeon’s practice website). Thinning down the calves and ankles with liposuction.',
    locator: { url: 'https://www.drbalti.net/thinning-down-the-calves-and-ankles-with-liposuction/' },
  },
  staining: {
    kind: 'clinic',
    citation: 'RealSelf. What is hemosiderin staining and how long does it last? Answers from plastic surgeons.',
    locator: { url: 'https://www.realself.com/question/hemosiderin-staining-long-last' },
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/** The address a locator opens: the DOI resolver, PubMed, or the page itself. */
export function locatorAddress(locator: Locator): string {
  if ('doi' in locator) return `https://doi.org/${locator.doi}`;
  if ('pmid' in locator) return `https://pubmed.ncbi.nlm.nih.gov/${locator.pmid}/`;
  return locator.url;
}
