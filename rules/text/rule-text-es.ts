import type { RuleTexts } from '../rule-text';

/** What each point says in Spanish, and why (usted). Keyed by rule id, like rule-text-en.ts. */
export const ruleTextEs: RuleTexts = {
  'ask-clot-risk-score': {
    point: 'Pida a su cirujano su puntuación de riesgo de coágulos de sangre (la escala de Caprini) y su plan para prevenir los coágulos.',
    why: 'Las sociedades profesionales de cirujanos plásticos recomiendan evaluar bien el riesgo de coágulos de cada paciente antes de la cirugía.',
  },
  'ask-clot-prevention-plan': {
    point: 'Pida a su cirujano que revise con usted sus factores de riesgo de coágulos y le explique cómo va a prevenir un coágulo: por ejemplo, levantarse a caminar pronto, usar compresión y, a veces, tomar medicamentos.',
    why: 'Usted marcó al menos una cosa que aumenta la probabilidad de un coágulo de sangre, y el plan de prevención debe corresponder a su nivel de riesgo.',
  },
  'age-clot-risk': {
    point: 'Pregunte cómo se tiene en cuenta su edad en su riesgo de coágulos de sangre.',
    why: 'La probabilidad de un coágulo de sangre después de una cirugía aumenta con la edad, por eso la edad es uno de los factores que cuenta una escala de riesgo de coágulos.',
  },
  'ask-long-travel': {
    point: 'Pregunte a su cirujano cuánto tiempo debe haber entre su cirugía y cualquier viaje largo.',
    why: 'Estar más de unas 4 horas de viaje sin moverse aumenta la probabilidad de un coágulo de sangre, y la cirugía también.',
  },
  'tell-previous-clot': {
    point: 'Cuéntele a su cirujano sobre el coágulo de sangre que tuvo antes (trombosis venosa profunda, TVP, o embolia pulmonar), cuándo fue y cómo se trató.',
    why: 'Haber tenido un coágulo aumenta la probabilidad de tener otro después de una cirugía.',
  },
  'tell-family-clot': {
    point: 'Dígale a su cirujano qué familiar cercano tuvo un coágulo de sangre.',
    why: 'Un coágulo de sangre en su padre o su madre, un hermano o una hermana, o un hijo o una hija puede indicar una tendencia a formar coágulos que viene de familia.',
  },
  'tell-clotting-disorder': {
    point: 'Dígale a su cirujano el nombre de su trastorno de la coagulación y quién se lo trata.',
    why: 'Un trastorno de la coagulación de nacimiento aumenta la probabilidad de un coágulo de sangre después de una cirugía.',
  },
  'tell-estrogen': {
    point: 'Cuéntele a su cirujano sobre el estrógeno que usa (píldora anticonceptiva, parche o anillo, o terapia hormonal para la menopausia), y pregúntele si debe suspenderlo por un tiempo, en vez de dejarlo por su cuenta.',
    why: 'El estrógeno aumenta el riesgo de coágulos, pero no todos los cirujanos están de acuerdo en suspenderlo, así que es una decisión que su cirujano debe tomar junto con usted.',
  },
  'tell-recent-pregnancy': {
    point: 'Cuéntele a su cirujano sobre su embarazo o parto reciente, y cuándo fue.',
    why: 'La probabilidad de un coágulo de sangre es mayor durante el embarazo y durante un tiempo después del parto.',
  },
  'tell-pregnancy-losses': {
    point: 'Cuéntele a su cirujano sobre los embarazos que perdió.',
    why: 'Perder varios embarazos puede estar relacionado con una tendencia a formar coágulos de sangre.',
  },
  'tell-cancer': {
    point: 'Cuéntele a su cirujano sobre su cáncer y sobre cualquier tratamiento para el cáncer.',
    why: 'El cáncer y algunos tratamientos contra el cáncer aumentan la probabilidad de un coágulo de sangre.',
  },
  'tell-nicotine': {
    point: 'Dígale a su cirujano si fuma, vapea o usa nicotina de otra forma, y pregúntele cuánto tiempo debe estar sin nicotina antes y después de la cirugía.',
    why: 'La nicotina hace que las heridas tarden más en sanar, y los cirujanos suelen pedir de 4 a 6 semanas sin nada de nicotina antes y después de la operación.',
  },
  'bring-medicine-list': {
    point: 'Lleve una lista de todos los medicamentos, vitaminas y suplementos que toma, con sus dosis.',
    why: 'Algunos medicamentos y suplementos afectan el sangrado, la coagulación o la anestesia, así que su cirujano necesita la lista completa para planear la cirugía de forma segura.',
  },
  'tell-alcohol': {
    point: 'Dígale a su cirujano cuánto alcohol suele beber, y pregúntele cuándo debe dejarlo antes de la cirugía.',
    why: 'El alcohol puede hacer que sangre más, y normalmente se pide dejar de beber unas 2 semanas antes de la cirugía.',
  },
  'tell-blood-thinner': {
    point: 'Cuéntele a su cirujano, y al médico que se lo receta, que toma un anticoagulante (un medicamento para diluir la sangre), y nunca lo deje por su cuenta.',
    why: 'Cada anticoagulante se suspende con una anticipación distinta, y algunas personas necesitan un sustituto de acción corta (una "terapia puente") para que sea seguro.',
  },
  'tell-bleeding-medicines': {
    point: 'Dígale a su cirujano que toma aspirina, analgésicos antiinflamatorios o vitamina E, y pregúntele cuándo debe dejarlos.',
    why: 'Pueden hacer que sangre más, por eso normalmente se dejan unas 2 semanas antes de la cirugía, si el médico que los recomendó está de acuerdo.',
  },
  'tell-supplements': {
    point: 'Cuéntele a su cirujano sobre todos los suplementos que toma, como aceite de pescado, ginkgo, ajo, jengibre o ginseng.',
    why: 'Algunos suplementos, entre ellos estos, pueden hacer que sangre más durante y después de la cirugía.',
  },
  'tell-other-prescribed': {
    point: 'Cuéntele a su cirujano sobre los otros medicamentos que le recetaron, con sus nombres y dosis.',
    why: 'Antes de planear la operación, su cirujano necesita revisar si cada medicamento afecta el sangrado, la cicatrización o la anestesia.',
  },
  'tell-diabetes': {
    point: 'Cuéntele a su cirujano sobre su diabetes y lleve sus resultados más recientes de azúcar en la sangre.',
    why: 'La diabetes aumenta la probabilidad de problemas después de una cirugía plástica, y los cirujanos a menudo piden primero un buen control del azúcar en la sangre.',
  },
  'diabetes-control-check': {
    point: 'Antes de planear una cirugía, pida al médico que trata su diabetes que revise qué tan bien está controlada y que le ayude a controlarla mejor.',
    why: 'Una diabetes mal controlada aumenta la probabilidad de problemas después de la cirugía, y los cirujanos a menudo quieren primero un buen control.',
  },
  'tell-earlier-leg-liposuction': {
    point: 'Cuéntele a su cirujano sobre la liposucción que ya se hizo en las piernas: cuándo fue, dónde y quién la hizo.',
    why: 'Una operación anterior cambia el tejido que hay bajo la piel, y su cirujano planea una segunda operación teniendo eso en cuenta.',
  },
  'tell-vein-treatment': {
    point: 'Cuéntele a su cirujano sobre cualquier tratamiento que haya tenido para las venas de las piernas, y cuándo fue.',
    why: 'Los problemas de las venas y su tratamiento pueden afectar la cicatrización y la hinchazón en la parte baja de la pierna.',
  },
  'tell-other-leg-surgery': {
    point: 'Cuéntele a su cirujano sobre cualquier otra operación que haya tenido en las piernas.',
    why: 'Una cirugía anterior puede dejar cicatrices y cambios bajo la piel que su cirujano necesita tener en cuenta al planear.',
  },
  'lipedema-check': {
    point: 'Antes de cualquier liposucción, pida a un médico que le examine en persona para ver si tiene lipedema.',
    why: 'El lipedema es una enfermedad fácil de confundir con grasa común, y los especialistas lo tratan de otra manera: a menudo primero sin cirugía y, si operan, con más cuidado para proteger los vasos linfáticos.',
  },
  'lymphedema-check': {
    point: 'Antes de cualquier liposucción, pida a un médico que revise si tiene linfedema.',
    why: 'Una hinchazón que llega al pie y a los dedos del pie, o que está sobre todo en una pierna, puede ser señal de linfedema, un problema en la forma en que el líquido sale de la pierna.',
  },
  'swelling-both-legs': {
    point: 'Antes de cualquier liposucción, pregunte a un médico por qué se le hinchan las dos piernas.',
    why: 'La hinchazón en las dos piernas puede venir del corazón, los riñones o el hígado, o de algunos medicamentos, como algunos para la presión arterial.',
  },
  'swelling-with-organ-condition': {
    point: 'Pregunte al médico que trata su enfermedad del corazón, los riñones o el hígado sobre la hinchazón de sus piernas.',
    why: 'Cuando estos órganos no funcionan bien, se puede acumular líquido en las dos piernas, y la liposucción quita grasa, no líquido.',
  },
  'swelling-with-blood-pressure-medicine': {
    point: 'Pregunte al médico que le receta el medicamento para la presión arterial si ese medicamento podría estar hinchándole las piernas.',
    why: 'Algunos medicamentos para la presión arterial pueden hacer que se hinchen los dos tobillos, y esa hinchazón puede parecer grasa.',
  },
  'vein-assessment': {
    point: 'Antes de cualquier liposucción, pida que le revisen las venas de las piernas con un ultrasonido (ecografía dúplex).',
    why: 'Las várices o arañas vasculares, las manchas marrones en la piel, las llagas que tardan en sanar y las piernas pesadas y adoloridas pueden ser señales de enfermedad de las venas, y la liposucción de la parte baja de la pierna puede empeorarla.',
  },
  'tell-vein-signs': {
    point: 'Cuéntele a su cirujano las señales en las venas que ha notado y lo que encontró la revisión de sus venas.',
    why: 'Los problemas de las venas o de las arterias hacen más probable que los cortes en la piel tarden en sanar.',
  },
  'tell-heart-kidney-liver': {
    point: 'Cuéntele a su cirujano y al equipo de anestesia sobre su enfermedad del corazón, los riñones o el hígado.',
    why: 'Estas enfermedades pueden hacer que se hinchen las piernas, y su cirujano necesita saber qué parte del tamaño de sus piernas es líquido y no grasa.',
  },
  'expectations-unsure': {
    point: 'Pida a su cirujano que le muestre resultados típicos en pantorrillas y tobillos como los suyos, no solo los mejores.',
    why: 'Ver fotos realistas de antes y después de pantorrillas y tobillos parecidos le ayuda a juzgar qué cambio puede esperar.',
  },
  'expectations-dramatic': {
    point: 'Pregunte a su cirujano qué cambio es realista para sus pantorrillas o tobillos.',
    why: 'La liposucción de pantorrillas y tobillos afina la forma pero no la transforma, porque el músculo y el hueso que hay debajo siguen igual.',
  },
  'realistic-benefit': {
    point: 'Pregunte a su cirujano qué beneficio podría esperar y cuánto tiempo duraría.',
    why: 'Las células de grasa que quita la liposucción no vuelven, y en manos expertas la liposucción de pantorrillas y tobillos puede dar un cambio de forma duradero y de aspecto natural.',
  },
  'risks-to-ask-about': {
    point: 'Pregunte a su cirujano con qué frecuencia les pasan estas cosas a sus pacientes: infección, coágulos de sangre, adormecimiento o daño en los nervios, bultos o hundimientos, piernas desiguales, cicatrices y cambios en la sensibilidad de la piel.',
    why: 'Los bultos y hundimientos (contornos irregulares) son el problema más frecuente y pueden necesitar más cirugía, y el daño en los nervios puede ser pasajero o permanente.',
  },
  'recovery-swelling': {
    point: 'Cuente con que sus pantorrillas y tobillos sigan hinchados durante meses, sobre todo los tobillos.',
    why: 'La hinchazón dura más en la parte baja de las piernas, así que el resultado final solo se puede valorar después de unos 6 meses.',
  },
  'recovery-compression': {
    point: 'Pregunte a su cirujano cuánto tiempo tendrá que usar medias o prendas de compresión.',
    why: 'La compresión se usa durante semanas después de la liposucción de pantorrillas y tobillos, y algunos cirujanos la piden hasta por unos 2 meses.',
  },
  'recovery-walking': {
    point: 'Planee levantarse y caminar poco después de la cirugía.',
    why: 'Se recomienda caminar pronto porque mantiene la sangre en movimiento en las piernas y reduce la probabilidad de un coágulo.',
  },
  'recovery-bruise-staining': {
    point: 'Pregunte a su cirujano cuánto suelen tardar en desaparecer las manchas de los moretones en la parte baja de las piernas.',
    why: 'Las manchas marrones que dejan los moretones en la parte baja de las piernas pueden tardar mucho en irse; según algunos informes, de uno a dos años.',
  },
  'ask-time-off': {
    point: 'Pregunte a su cirujano cuánto tiempo tendrá que dejar el trabajo o sus tareas diarias.',
    why: 'Las pantorrillas y los tobillos siguen hinchados durante semanas o meses y la compresión se usa durante semanas, lo que puede hacer difíciles los días largos de pie.',
  },
  'plan-help-at-home': {
    point: 'Planee quién podría ayudarle en casa durante los primeros días después de la cirugía.',
    why: 'Al principio tendrá las piernas adoloridas, hinchadas y vendadas, y aun así necesitará levantarse y caminar, así que la ayuda con las tareas de la casa y los traslados lo hace más fácil.',
  },
  'talk-about-feelings': {
    point: 'Hable con su cirujano o con su médico de familia sobre cómo se siente con sus piernas, no solo sobre la cirugía.',
    why: 'Alrededor de 1 de cada 10 personas que buscan una cirugía estética se preocupan mucho por su aspecto, y la cirugía por sí sola rara vez alivia ese tipo de preocupación.',
  },
  'no-surgery-is-an-option': {
    point: 'Recuerde que no hacerse la liposucción siempre es una opción, y tómese tiempo para pensarlo antes de programar la cirugía.',
    why: 'Darse un tiempo de reflexión después de la consulta le permite comparar el beneficio con los riesgos, la recuperación y el costo, sin presiones.',
  },
  'ask-board-certification': {
    point: 'Pregunte si su cirujano está certificado por el American Board of Plastic Surgery.',
    why: 'Es una de las principales juntas médicas de certificación de Estados Unidos (las juntas de la ABMS), y ninguna de esas juntas se llama junta de "cirugía estética" ("cosmetic surgery").',
  },
  'ask-hospital-privileges': {
    point: 'Pregunte si su cirujano tiene permiso para hacer liposucciones en un hospital (privilegios hospitalarios), y pida verlo por escrito.',
    why: 'Muchos médicos que ofrecen liposucción la aprendieron en un curso corto, algo que un hospital no aceptaría, así que los privilegios muestran que alguien revisó la formación del cirujano.',
  },
  'ask-lower-leg-experience': {
    point: 'Pregunte cuántas liposucciones de pantorrillas o tobillos hace su cirujano cada año, y pida ver fotos de antes y después de pantorrillas y tobillos.',
    why: 'Lo que cuenta es la experiencia con pantorrillas y tobillos en particular, y las fotos de vientre o muslos no la demuestran.',
  },
  'ask-facility-accreditation': {
    point: 'Pregunte dónde se hará la operación, quién acredita ese lugar y cómo le llevarían a un hospital si hubiera una emergencia.',
    why: 'Un lugar acreditado por AAAASF, The Joint Commission o AAAHC ha pasado inspecciones según normas de seguridad, que incluyen tener un plan para emergencias.',
  },
  'ask-anesthesia': {
    point: 'Pregunte quién le pondrá la anestesia y qué tipo de anestesia recibirá.',
    why: 'Debería ser un anestesiólogo certificado (board-certified) o un enfermero anestesista certificado (CRNA), y saber el tipo de anestesia le ayuda a prepararse.',
  },
  'ask-complications-and-costs': {
    point: 'Pregunte cómo se manejan los problemas y las operaciones repetidas y quién los paga, y pida un precio desglosado.',
    why: 'Un precio por escrito que detalle cada parte, y que diga qué pasa si hay que corregir algo, le ayuda a comparar cirujanos y a evitar cobros inesperados.',
  },
  'ask-lymph-protection': {
    point: 'Pregunte cómo protege su cirujano los vasos linfáticos de sus pantorrillas y tobillos; por ejemplo, en qué dirección mueve el tubo de succión (cánula) y de qué tamaño es.',
    why: 'Succionar a lo largo de la pierna con una cánula delgada daña menos vasos linfáticos que succionar de lado a lado, y los vasos linfáticos dañados pueden dejar una hinchazón duradera.',
  },
  'check-certification-before-booking': {
    point: 'Antes de programar la cirugía, busque a cada cirujano que esté considerando en el propio sitio web de la junta que lo certifica.',
    why: 'Verificarlo con la propia junta toma unos minutos y es más confiable que lo que diga un anuncio o el sitio web de una clínica.',
  },
  'ask-which-board': {
    point: 'Pregunte qué junta certifica a su cirujano, y verifique si es el American Board of Plastic Surgery.',
    why: 'Algunas juntas tienen nombres que suenan oficiales, pero ninguna de las juntas del American Board of Medical Specialties se llama junta de "cirugía estética" ("cosmetic surgery").',
  },
  'ask-office-facility': {
    point: 'Pregunte si el lugar donde se haría la cirugía está acreditado y tiene licencia del estado, y cuál es el plan por escrito para llevarle a un hospital si hubiera una emergencia.',
    why: 'No todos los quirófanos de consultorio se inspeccionan de la misma manera, así que la acreditación y la licencia estatal son la forma de saber si uno cumple las normas de seguridad.',
  },
  'ankle-size-changes': {
    point: 'Antes de cualquier liposucción, pregunte a un médico por qué sus tobillos cambian de tamaño durante el día.',
    why: 'Si los tobillos se hinchan y se deshinchan durante el día, es más probable que tengan líquido que grasa, y la liposucción quita grasa, no líquido.',
  },
  'calf-muscle-or-fat': {
    point: 'Pregunte a su cirujano qué parte del tamaño de sus pantorrillas es músculo y qué parte es grasa.',
    why: 'La liposucción solo quita grasa, así que no hace más pequeño un músculo de la pantorrilla grande.',
  },
  'ask-calf-muscle-options': {
    point: 'Pregunte qué otros tratamientos existen para un músculo de la pantorrilla grande, como inyecciones de toxina botulínica o una operación en el músculo, y cuáles son sus riesgos.',
    why: 'El músculo necesita un tratamiento distinto al de la grasa, y cada opción tiene sus pros y sus contras; por ejemplo, el efecto de la toxina botulínica se pasa después de algunos meses.',
  },
  'ankle-bone-and-tendon': {
    point: 'Pregunte a su cirujano qué parte del ancho de sus tobillos es grasa y qué parte es hueso o tendón.',
    why: 'La liposucción no puede cambiar el ancho que viene del hueso o del tendón, solo el que viene de la grasa.',
  },
  'legs-differ': {
    point: 'Pregunte a su cirujano por qué sus dos piernas se ven diferentes y qué tan parecidas pueden quedar.',
    why: 'Que las piernas queden desiguales después de la cirugía (asimetría) es un riesgo conocido, así que conviene saber qué es realista antes de empezar.',
  },
  'ask-lasting-swelling-and-numbness': {
    point: 'Pregunte a su cirujano qué tan probable es tener hinchazón y adormecimiento duraderos después de una liposucción de pantorrillas o tobillos.',
    why: 'En la parte baja de la pierna hay poca grasa profunda, así que se trabaja cerca de la piel, junto a vasos linfáticos y a un nervio de la piel (el nervio safeno) que se pueden dañar.',
  },
  'lower-leg-is-demanding': {
    point: 'Tenga en cuenta que la liposucción de pantorrillas y tobillos es uno de los tipos de liposucción más difíciles de hacer bien.',
    why: 'La parte baja de la pierna deja poco margen de error, y los contornos irregulares en esa zona pueden ser permanentes.',
  },
  'ask-laser-evidence': {
    point: 'Pregunte a su cirujano qué pruebas confiables muestran que la liposucción con láser da mejores resultados que la tradicional.',
    why: 'El único ensayo ciego y aleatorizado (25 pacientes) no encontró una ventaja clara del láser, salvo menos dolor, y las revisiones posteriores que encontraron más ventajas se basaron en estudios con alto riesgo de sesgo.',
  },
  'ask-laser-burns': {
    point: 'Pregunte cómo evita su cirujano las quemaduras del láser y con qué frecuencia han tenido quemaduras sus pacientes.',
    why: 'El láser calienta el tejido bajo la piel, así que las quemaduras son un riesgo propio del láser.',
  },
  'ask-laser-price': {
    point: 'Pida el precio de la liposucción con láser y el de la tradicional, uno al lado del otro.',
    why: 'La liposucción con láser suele costar más, aunque no hay pruebas confiables de que funcione mejor.',
  },
  'ask-energy-device-evidence': {
    point: 'Pregunte qué pruebas respaldan el aparato de ultrasonido o de radiofrecuencia, y cómo evita su cirujano las quemaduras y las lesiones por calor.',
    why: 'Los aparatos que calientan el tejido pueden quemar la piel o las capas que hay debajo, y no está comprobado de forma confiable que sean mejores que la liposucción tradicional.',
  },
  'ask-which-technique': {
    point: 'Pregunte qué técnica usa su cirujano en pantorrillas y tobillos, y por qué.',
    why: 'Conocer el método y el motivo de la elección le permite valorar las pruebas que lo respaldan, sus riesgos y su costo.',
  },
  'ask-why-this-device': {
    point: 'Pregunte a su cirujano por qué le sugiere este aparato para sus piernas, y si también ofrece liposucción tradicional.',
    why: 'En las pantorrillas y los tobillos, el resultado depende más de la técnica del cirujano que de la tecnología, así que importa el motivo de la elección.',
  },
  'skin-tightening-claims': {
    point: 'Pregunte a su cirujano qué pruebas muestran que el aparato tensa la piel.',
    why: 'Que el láser u otros aparatos de calor tensen la piel no se ha comprobado en estudios confiables.',
  },
  'less-pain-with-laser': {
    point: 'Compare la posibilidad de tener menos dolor con el costo y el riesgo de quemaduras del láser.',
    why: 'El ensayo ciego sí encontró que los pacientes tuvieron menos dolor en el lado tratado con láser, aunque no encontró ninguna otra ventaja clínica.',
  },
  'faster-or-better-claims': {
    point: 'Pregunte a su cirujano qué pruebas respaldan la promesa de una recuperación más rápida o de un mejor resultado con el aparato.',
    why: 'Las revisiones que informan esos beneficios se basan en estudios con alto riesgo de sesgo, así que la promesa no está comprobada de forma confiable.',
  },
  'ask-combined-procedures': {
    point: 'Pregunte si hacerse otros procedimientos el mismo día aumenta su riesgo, y si conviene hacerlos en momentos distintos.',
    why: 'En un estudio grande, los coágulos de sangre después de una liposucción sola fueron raros (unos 6 de cada 10,000), pero unas 5 veces más frecuentes cuando se combinó con otros procedimientos.',
  },
  'skill-over-device': {
    point: 'Elija a su cirujano por su habilidad con pantorrillas y tobillos, no por el aparato que usa.',
    why: 'Sea cual sea la técnica, los resultados en pantorrillas y tobillos dependen sobre todo de la habilidad y la experiencia del cirujano con esa parte de la pierna.',
  },
  'urgent-leg-clot-signs': {
    point: 'Busque atención médica hoy mismo por una pierna que se le hinchó hace poco y le duele. No espere a su consulta.',
    why: 'Una pierna que se hinchó hace poco y que además duele, está caliente o está roja puede ser señal de un coágulo de sangre, y hay que revisarla ese mismo día.',
  },
  'urgent-breathless-chest-pain': {
    point: 'Llame ahora al 911 o al número de emergencias de su zona.',
    why: 'La falta de aire repentina o el dolor en el pecho pueden significar que un coágulo de sangre llegó a los pulmones, y eso es una emergencia.',
  },
  'higher-bmi-weight-range': {
    point: 'Pregunte a su cirujano qué rango de peso busca antes de una liposucción de pantorrillas o tobillos.',
    why: 'La liposucción cambia la forma, no el peso, y muchos cirujanos prefieren un IMC por debajo de unos 30, o un peso que no pase de alrededor de un 30% por encima de un peso saludable, aunque no todos coinciden.',
  },
  'tell-higher-bmi-clot-risk': {
    point: 'Dígale a su cirujano su estatura y su peso, para que se tengan en cuenta en su riesgo de coágulos de sangre.',
    why: 'Un índice de masa corporal (IMC) más alto es uno de los factores que aumentan la probabilidad de un coágulo de sangre después de una cirugía.',
  },
  'weight-not-steady': {
    point: 'Pregunte a su cirujano cuánto tiempo debe estar estable su peso antes de la cirugía.',
    why: 'Los cirujanos suelen querer que su peso haya estado estable durante al menos 6 meses, y algunos piden 12.',
  },
  'weight-change-planned': {
    point: 'Pregunte a su cirujano si debe llegar antes de la cirugía al peso que quiere alcanzar.',
    why: 'Las células de grasa que se quitan no vuelven, pero el peso que se gane después se guarda en la grasa que queda, a menudo en otras partes del cuerpo, lo que puede cambiar el resultado y llevar a retoques.',
  },
  'tell-weight-loss-medicine': {
    point: 'Cuéntele a su cirujano y al equipo de anestesia sobre cualquier medicamento para bajar de peso, como semaglutida o tirzepatida, aunque ya lo haya dejado o apenas piense empezarlo.',
    why: 'Estos medicamentos hacen que el estómago se vacíe más despacio, lo cual importa para la anestesia, así que es posible que le pidan suspenderlos por un tiempo antes de la cirugía.',
  },
  'pregnant-now': {
    point: 'Pregunte a su cirujano cuánto tiempo debe esperar después del embarazo y la lactancia antes de planear la cirugía.',
    why: 'Una cirugía estética programada se deja para cuando hayan terminado el embarazo y la lactancia, y a menudo para algunos meses después.',
  },
  'pregnancy-later': {
    point: 'Pregunte a su cirujano cómo podría cambiar su resultado un embarazo después de la liposucción.',
    why: 'Los cambios de peso y del cuerpo que trae el embarazo pueden alterar la forma que dio la liposucción.',
  },
  'keep-weight-steady': {
    point: 'Piense en cómo mantendría estable su peso después de la cirugía.',
    why: 'El resultado se mantiene mejor con un peso estable, una alimentación sana y ejercicio, y aun así pueden hacer falta retoques.',
  },
};
