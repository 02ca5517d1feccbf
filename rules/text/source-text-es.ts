import type { SourceTexts } from '../sources';

/**
 * How each source is cited in Spanish. Titles of published works (quoted titles, authors,
 * journals, organisations) stay as published, in English, so a patient can find them; the
 * descriptions and notes around them are translated. Weak sources say so, as in English.
 */
export const sourceTextEs: SourceTexts = {
  'seed-qa': {
    title: 'Dos cirujanos plásticos responden a un paciente que pregunta si SmartLipo se puede usar en las pantorrillas o los tobillos',
    address: 'Documento de partida entregado al proyecto (una página publicada de preguntas y respuestas con médicos)',
  },
  'seed-article': {
    title: 'Artículo: "Is liposuction a safe option for permanent leg slimming?"',
    address: 'Documento de partida entregado al proyecto (un artículo publicado de información para pacientes)',
  },
  'weniger-review': {
    title: 'Weniger, Calvert y Newton, "Liposuction of the legs and ankles: a review of the literature"',
    address: 'Plastic and Reconstructive Surgery (artículo de revista)',
  },
  'medscape-calf': {
    title: 'Medscape: Calf and ankle liposuction, treatment',
    address: 'https://emedicine.medscape.com/article/1272349-treatment',
  },
  'calf-muscle': {
    title: 'Toxina botulínica para dar forma a las pantorrillas; serie de casos de cirugía selectiva de nervios del músculo de la pantorrilla',
    address: 'https://pubmed.ncbi.nlm.nih.gov/15171764/ y https://doi.org/10.1007/s00266-015-0535-3',
  },
  'ankle-fluid': {
    title: 'Página de una clínica sobre la liposucción de tobillos (fuente menos sólida: el sitio web de una clínica)',
    address: 'https://mertdemirel.com/?p=41387',
  },
  'frick-lymph': {
    title: 'Frick et al., "Liposuction technique and lymphatic lesions in lower legs: anatomic study to reduce risks"',
    address: 'Plastic and Reconstructive Surgery, 1999, volumen 103, páginas 1868 a 1873',
  },
  'legs-ankles-technique': {
    title: 'Liposuction of the legs and ankles',
    address: 'https://www.liposuction.com/legs-ankles.html',
  },
  'saphenous': {
    title: 'Riesgos de la liposucción de pantorrillas (fuente menos sólida: el blog de una clínica)',
    address: 'https://memphisliposuction.com/blog/calf-liposuction-risks-revealed',
  },
  'lipedema-review': {
    title: 'Peled y Kappos, revisión sobre el diagnóstico y el tratamiento del lipedema, International Journal of Women\'s Health, 2016',
    address: 'https://doi.org/10.2147/IJWH.S106227',
  },
  'lipedema-consensus': {
    title: 'Guía de consenso de Estados Unidos sobre el estándar de atención del lipedema; guía NICE de procedimientos intervencionistas IPG721',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8652358/ y https://www.nice.org.uk/guidance/ipg721',
  },
  'lymphedema': {
    title: 'Lymphatic Education & Research Network: un enfoque estandarizado del linfedema, incluido el signo de Stemmer',
    address: 'https://lymphaticnetwork.org',
  },
  'cvi': {
    title: 'Revisión sobre la insuficiencia venosa crónica',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6406103/',
  },
  'calf-vein-risk': {
    title: 'Páginas de clínicas sobre la liposucción de pantorrillas y tobillos (fuentes menos sólidas: sitios web de clínicas)',
    address: 'peachliposuction.com.au y cosmetictown.com',
  },
  'edema-causes': {
    title: 'GPnotebook: leg oedema (hinchazón de las piernas)',
    address: 'https://gpnotebook.com',
  },
  'dvt-signs': {
    title: 'National Blood Clot Alliance: señales y síntomas de los coágulos de sangre',
    address: 'https://www.bloodclot.org',
  },
  'prado-rct': {
    title: 'Prado et al., ensayo aleatorizado doble ciego de la liposucción asistida por láser frente a la liposucción tradicional',
    address: 'Plastic and Reconstructive Surgery, 2006',
  },
  'laser-review': {
    title: 'Revisión sistemática de la liposucción asistida por láser, Aesthetic Plastic Surgery, 2018',
    address: 'https://doi.org/10.1007/s00266-018-1085-2',
  },
  'laser-burns': {
    title: 'Complicaciones en una serie de liposucciones asistidas por láser de un solo centro; informes de la reunión de ASAPS de 2010',
    address: 'https://pubmed.ncbi.nlm.nih.gov/19016103/',
  },
  'fda-consumer': {
    title: 'FDA Consumer, "The skinny on liposuction"',
    address: 'Revista FDA Consumer, U.S. Food and Drug Administration',
  },
  'bmi-candidacy': {
    title: 'Límites de IMC que los cirujanos suelen indicar para la liposucción (fuentes menos sólidas: sitios web de clínicas)',
    address: 'Varios sitios web de clínicas de cirugía plástica',
  },
  'stable-weight': {
    title: 'Cuánto tiempo debe estar estable el peso antes de la liposucción (fuentes menos sólidas: sitios web de clínicas)',
    address: 'Varios sitios web de clínicas de cirugía plástica',
  },
  'glp1': {
    title: 'American Society of Anesthesiologists: recomendaciones sobre los medicamentos GLP-1 antes de una cirugía',
    address: 'https://www.asahq.org',
  },
  'pregnancy-timing': {
    title: 'Consejos de cirujanos sobre la cirugía estética después del embarazo y la lactancia (fuentes menos sólidas)',
    address: 'Varios sitios web de clínicas de cirugía plástica',
  },
  'smoking': {
    title: 'Sørensen, revisión sistemática sobre el tabaquismo y la cicatrización de las heridas, Annals of Surgery, 2012',
    address: 'Annals of Surgery, 2012',
  },
  'vte-risk': {
    title: 'National Blood Clot Alliance: factores de riesgo de los coágulos de sangre',
    address: 'https://www.bloodclot.org',
  },
  'caprini': {
    title: 'Pannucci et al. 2012 sobre la escala de Caprini de riesgo de coágulos en cirugía plástica; Agrawal, Rohrich et al. 2022',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4505816/ y Plastic and Reconstructive Surgery, 2022',
  },
  'estrogen': {
    title: 'Manejo de las pastillas anticonceptivas alrededor de una cirugía estética: encuesta a miembros de la American Society of Plastic Surgeons',
    address: 'Artículo de revista (encuesta a miembros de la American Society of Plastic Surgeons)',
  },
  'cosmetassure': {
    title: 'Kaoutzanis et al., coágulos de sangre después de la liposucción sola y combinada con otros procedimientos, 2017',
    address: 'Aesthetic Surgery Journal, 2017',
  },
  'blood-thinners': {
    title: 'Manejo de los anticoagulantes alrededor de una cirugía',
    address: 'Trauma Surgery & Acute Care Open (artículo de revista)',
  },
  'supplements': {
    title: 'Suplementos que conviene evitar antes de una cirugía',
    address: 'Aesthetic Surgery Journal (lista publicada)',
  },
  'diabetes': {
    title: 'La diabetes y las complicaciones después de la cirugía plástica',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5585446/',
  },
  'nhs-lipo-risks': {
    title: 'NHS: liposuction, risks (liposucción, riesgos)',
    address: 'Sitio web del NHS, https://www.nhs.uk (busque "liposuction")',
  },
  'compression': {
    title: 'Compresión después de la liposucción de pantorrillas y tobillos (fuente menos sólida: el sitio web de una clínica)',
    address: 'drbalti.net',
  },
  'staining': {
    title: 'Cuánto tardan en desaparecer las manchas de los moretones después de la liposucción de piernas (fuente menos sólida: informes de cirujanos)',
    address: 'Informes publicados por cirujanos (sin una dirección única)',
  },
  'contour': {
    title: 'Los contornos irregulares como el problema más frecuente después de la liposucción (fuente menos sólida: el artículo de un cirujano)',
    address: 'Artículo publicado por un cirujano (sin una dirección única)',
  },
  'bdd-prevalence': {
    title: 'Detección de preocupaciones por la imagen corporal (trastorno dismórfico corporal) en 597 pacientes de cirugía',
    address: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5543317/',
  },
  'bdd-outcome': {
    title: 'Bowyer et al. 2016 sobre cómo les va a las personas con trastorno dismórfico corporal después de procedimientos estéticos',
    address: 'Bowyer et al., 2016 (citado de forma indirecta)',
  },
  'asps-questions': {
    title: 'American Society of Plastic Surgeons: preguntas para hacer en su consulta',
    address: 'https://www.plasticsurgery.org',
  },
  'training-study': {
    title: 'Estudio sobre la formación de quienes hacen liposucción en el sur de California, 2010',
    address: 'Plastic and Reconstructive Surgery, 2010',
  },
  'consult-questions': {
    title: 'Preguntas para hacer en una consulta de liposucción (páginas de varios cirujanos)',
    address: 'Varios sitios web de clínicas de cirugía plástica',
  },
  'accreditation': {
    title: 'Acreditación de centros quirúrgicos: AAAASF, The Joint Commission, AAAHC; licencias estatales',
    address: 'https://www.aaaasf.org, https://www.jointcommission.org y https://www.aaahc.org',
  },
  'anesthesia': {
    title: 'Quién administra la anestesia: anestesiólogos certificados (board-certified) y enfermeros anestesistas certificados (CRNA)',
    address: 'Recomendaciones profesionales sobre la atención de anestesia (sin una dirección única)',
  },
};
