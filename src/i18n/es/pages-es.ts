import type { Messages } from '../messages';

/** Every question page in Spanish (usted). Same keys as the English pages; see pages-en.ts. */
export const pagesEs: Messages['pages'] = {
  area: {
    title: '¿En qué parte de las piernas está pensando?',
    questions: {
      area: {
        legend: '¿Qué zona le gustaría cambiar?',
        shortLabel: 'Zona',
        options: {
          calves: 'Mis pantorrillas',
          ankles: 'Mis tobillos',
          both: 'Las pantorrillas y los tobillos',
        },
      },
      legs: {
        legend: '¿Es en una pierna o en las dos?',
        shortLabel: 'Piernas',
        options: {
          'both-legs': 'En las dos piernas',
          'one-leg': 'Solo en una pierna',
        },
      },
    },
  },
  concerns: {
    title: '¿Qué le molesta de sus pantorrillas o tobillos?',
    questions: {
      concerns: {
        legend: '¿Qué le molesta de sus pantorrillas o tobillos?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Lo que le molesta',
        options: {
          size: 'Se ven demasiado grandes',
          shape: { label: 'Su forma', hint: 'Por ejemplo, no se nota dónde termina la pantorrilla y empieza el tobillo.' },
          'legs-differ': 'Mis dos piernas se ven distintas entre sí',
          'clothes-fit': 'Cómo me quedan las botas, los pantalones o los zapatos',
          other: 'Otra cosa',
        },
      },
    },
  },
  'calf-feel': {
    title: '¿Cómo se sienten sus pantorrillas al ponerse de puntillas?',
    lead: 'Póngase de puntillas y apriete la parte más ancha de la pantorrilla. El músculo se pone duro y sobresale. La grasa sigue blanda y se puede pellizcar.',
    questions: {
      feel: {
        legend: '¿Cómo se sienten sus pantorrillas al ponerse de puntillas?',
        shortLabel: 'Pantorrillas de puntillas',
        options: {
          firm: 'Casi todo firme: se siente como músculo',
          soft: 'Casi todo blando: puedo pellizcar una capa de grasa',
          mixed: 'Un poco de las dos cosas',
          unsure: 'No lo sé',
        },
      },
    },
  },
  'ankle-feel': {
    title: '¿Cambia el tamaño de sus tobillos durante el día?',
    lead: 'Por ejemplo, los calcetines le dejan marcas más profundas o los zapatos le aprietan más al final del día que por la mañana.',
    questions: {
      changes: {
        legend: '¿Cambia el tamaño de sus tobillos durante el día?',
        shortLabel: 'Cambio de los tobillos durante el día',
        options: {
          changes: 'Sí, están más grandes al final del día',
          same: 'No, se ven iguales todo el día',
          unsure: 'No lo sé',
        },
      },
    },
  },
  'urgent-symptoms': {
    title: '¿Tiene ahora mismo alguno de estos síntomas?',
    lead: 'Pueden ser señales de un coágulo de sangre. Se lo preguntamos primero para que nada urgente tenga que esperar hasta el final.',
    questions: {
      symptoms: {
        legend: '¿Tiene ahora mismo alguno de estos síntomas?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Síntomas ahora',
        options: {
          'one-leg-swollen-painful': 'Tengo una pierna hinchada desde hace poco, con dolor, calor o enrojecimiento',
          'breathless-chest-pain': 'Falta de aire o dolor en el pecho que empezó de repente',
          none: 'Ninguno de estos',
        },
      },
    },
  },
  'fat-pattern': {
    title: '¿Alguna de estas frases describe sus piernas?',
    lead: 'Algunos problemas médicos se parecen a la grasa normal. Un médico puede diferenciarlos, y se tratan de otra manera.',
    questions: {
      signs: {
        legend: '¿Alguna de estas frases describe sus piernas?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Cómo es la grasa de sus piernas',
        options: {
          'both-legs-alike': 'La grasa de más está en las dos piernas y se ve más o menos igual en cada una',
          'feet-spared': 'La grasa termina en el tobillo y mis pies se ven normales',
          tender: 'Me duelen las piernas cuando las aprieto o me doy un golpe',
          'bruises-easily': 'Me salen moretones en las piernas con facilidad',
          'diet-resistant': 'La grasa de mis piernas no disminuye cuando bajo de peso',
          family: 'Mi madre o mi padre, una hermana u otro familiar tiene las piernas como las mías',
          none: 'Ninguna de estas',
        },
      },
    },
  },
  swelling: {
    title: '¿Tiene hinchazón de alguno de estos tipos?',
    questions: {
      signs: {
        legend: '¿Tiene hinchazón de alguno de estos tipos?',
        hint: 'Marque todas las opciones que correspondan. Si una pierna se le hinchó de repente y le duele, busque atención médica hoy mismo.',
        shortLabel: 'Hinchazón',
        options: {
          'foot-and-toes': 'Hinchazón que también afecta el pie y los dedos del pie',
          'one-side': 'Una pierna suele estar más hinchada que la otra',
          'both-legs': 'Se me hinchan las dos piernas o los dos tobillos, por ejemplo al final del día',
          none: 'Ninguno de estos',
        },
      },
    },
  },
  veins: {
    title: '¿Ha notado alguna de estas cosas en la parte baja de las piernas?',
    questions: {
      signs: {
        legend: '¿Ha notado alguna de estas cosas en la parte baja de las piernas?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Señales en las venas',
        options: {
          varicose: 'Venas abultadas y torcidas (várices o venas varicosas)',
          spider: 'Venitas finas de color rojo, azul o morado (arañas vasculares)',
          staining: 'Manchas marrones u oscuras en la piel alrededor de los tobillos',
          ulcers: 'Llagas o heridas que tardan mucho en sanar',
          'heavy-aching': 'Piernas que se sienten pesadas, cansadas o con dolor',
          none: 'Ninguna de estas',
        },
      },
    },
  },
  technique: {
    title: '¿Qué tipo de liposucción está considerando?',
    questions: {
      technique: {
        legend: '¿Qué tipo de liposucción está considerando?',
        shortLabel: 'Técnica',
        options: {
          traditional: { label: 'Liposucción tradicional', hint: 'También se llama liposucción tumescente o asistida por succión.' },
          laser: { label: 'Liposucción con láser', hint: 'Por ejemplo, SmartLipo.' },
          'other-energy': { label: 'Otro método que usa energía', hint: 'Por ejemplo, ultrasonido o radiofrecuencia.' },
          unsure: 'Todavía no lo sé',
        },
      },
    },
  },
  'technique-appeal': {
    title: '¿Qué le atrae de este método?',
    questions: {
      reasons: {
        legend: '¿Qué le atrae de este método?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Lo que le atrae',
        options: {
          'less-pain': 'Menos dolor',
          'skin-tightening': 'Que la piel quede más firme después',
          'faster-recovery': 'Una recuperación más rápida',
          'better-result': 'Un resultado que se vea mejor',
          'surgeon-suggested': 'Me lo sugirió un cirujano o una clínica',
          none: 'Ninguna de estas',
        },
      },
    },
  },
  'other-procedures': {
    title: '¿Piensa hacerse otros procedimientos el mismo día?',
    lead: 'Por ejemplo, liposucción en otra zona u otra operación distinta.',
    questions: {
      sameDay: {
        legend: '¿Piensa hacerse otros procedimientos el mismo día?',
        shortLabel: 'Otros procedimientos el mismo día',
        options: {
          yes: 'Sí',
          no: 'No',
          unsure: 'No lo sé',
        },
      },
    },
  },
  'body-size': {
    title: '¿Cuánto mide y cuánto pesa?',
    lead: 'Esta pregunta es opcional. Con estos datos calculamos su índice de masa corporal (IMC), algo que los cirujanos suelen preguntar. Los datos se quedan en este dispositivo.',
    questions: {
      units: {
        legend: '¿Qué unidades quiere usar?',
        shortLabel: 'Unidades',
        options: {
          imperial: 'Pies, pulgadas y libras',
          metric: 'Centímetros y kilogramos',
        },
      },
    },
  },
  'weight-history': {
    title: 'Su peso a lo largo del tiempo',
    lead: 'La liposucción cambia la forma de una zona; no sirve para bajar de peso. Mantener un peso estable ayuda a que el resultado dure.',
    questions: {
      change: {
        legend: '¿Cómo ha cambiado su peso en los últimos 12 meses?',
        shortLabel: 'Peso en los últimos 12 meses',
        options: {
          stable: { label: 'Se ha mantenido más o menos igual', hint: 'Ha variado unas 5 libras (2 kilogramos) o menos.' },
          lost: 'He bajado de peso',
          gained: 'He subido de peso',
          'up-and-down': 'Ha subido y bajado',
        },
      },
      plans: {
        legend: '¿Piensa bajar o subir de peso?',
        shortLabel: 'Planes sobre su peso',
        options: {
          none: 'No, pienso mantener más o menos el mismo peso',
          lose: 'Pienso bajar de peso',
          gain: 'Pienso subir de peso',
          unsure: 'No lo sé',
        },
      },
    },
  },
  'weight-medicine': {
    title: '¿Usa algún medicamento para bajar de peso, en inyección o en pastillas?',
    lead: 'Por ejemplo, semaglutida (Ozempic, Wegovy, Rybelsus) o tirzepatida (Mounjaro, Zepbound).',
    questions: {
      glp1: {
        legend: '¿Usa algún medicamento para bajar de peso, en inyección o en pastillas?',
        shortLabel: 'Medicamento para bajar de peso',
        options: {
          taking: 'Sí, uso uno ahora',
          planning: 'Pienso empezar a usar uno',
          stopped: 'Dejé de usar uno en los últimos meses',
          no: 'No',
        },
      },
    },
  },
  pregnancy: {
    title: '¿Está embarazada o amamantando, o podría quedar embarazada en el futuro?',
    questions: {
      pregnancy: {
        legend: '¿Está embarazada o amamantando, o podría quedar embarazada en el futuro?',
        shortLabel: 'Embarazo',
        options: {
          now: 'Estoy embarazada o amamantando ahora',
          'within-2-years': 'Es posible que intente tener un bebé en los próximos 2 años',
          'maybe-later': 'Tal vez, pero no en los próximos 2 años',
          no: 'No',
          'not-applicable': 'Esto no corresponde a mi caso',
        },
      },
    },
  },
  age: {
    title: '¿Qué edad tiene?',
    lead: 'El riesgo de un coágulo de sangre después de una cirugía aumenta con la edad.',
    questions: {
      age: {
        legend: '¿Qué edad tiene?',
        shortLabel: 'Edad',
        options: {
          '18-40': '18 a 40 años',
          '41-60': '41 a 60 años',
          '61-74': '61 a 74 años',
          '75-plus': '75 años o más',
        },
      },
    },
  },
  nicotine: {
    title: '¿Fuma, vapea o consume nicotina de cualquier forma?',
    lead: 'Esto incluye cigarrillos, vapeadores, chicles o parches de nicotina, y bolsitas de nicotina.',
    questions: {
      nicotine: {
        legend: '¿Fuma, vapea o consume nicotina de cualquier forma?',
        shortLabel: 'Nicotina',
        options: {
          daily: 'Sí, todos los días',
          sometimes: 'Sí, a veces',
          'stopped-recently': 'Lo dejé en las últimas 6 semanas',
          no: 'No',
        },
      },
    },
  },
  'clot-risk': {
    title: '¿Se encuentra en alguna de estas situaciones?',
    lead: 'Cada una de estas situaciones puede aumentar el riesgo de un coágulo de sangre después de la cirugía. Su cirujano necesita saberlo.',
    questions: {
      factors: {
        legend: '¿Se encuentra en alguna de estas situaciones?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Riesgos de coágulos',
        options: {
          'previous-clot': { label: 'He tenido un coágulo de sangre', hint: 'En una pierna (trombosis venosa profunda o TVP) o en un pulmón (embolia pulmonar).' },
          'family-clot': 'Uno de mis padres, hermanos o hijos ha tenido un coágulo de sangre',
          'clotting-disorder': 'Me han dicho que tengo un trastorno de la coagulación hereditario',
          estrogen: { label: 'Uso estrógeno', hint: 'Por ejemplo, la píldora anticonceptiva combinada, un parche o un anillo, o terapia hormonal para la menopausia.' },
          'recent-pregnancy': 'Estoy embarazada o tuve un bebé en los últimos 6 meses',
          'pregnancy-losses': 'He perdido varios embarazos',
          'long-travel': 'Tengo planeado un viaje de más de 4 horas cerca de la fecha de la cirugía',
          cancer: 'Tengo cáncer o recibí tratamiento para el cáncer hace poco',
          none: 'Ninguna de estas',
        },
      },
    },
  },
  medicines: {
    title: 'Medicamentos y suplementos',
    lead: 'Algunos de ellos afectan el sangrado. No deje de tomar por su cuenta un medicamento recetado.',
    questions: {
      items: {
        legend: '¿Toma alguno de estos medicamentos o suplementos?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Medicamentos y suplementos',
        options: {
          'blood-thinner': { label: 'Un medicamento para diluir la sangre (anticoagulante)', hint: 'Por ejemplo, warfarina, apixabán, rivaroxabán o clopidogrel.' },
          aspirin: 'Aspirina',
          'anti-inflammatory': { label: 'Medicamentos antiinflamatorios para el dolor', hint: 'Por ejemplo, ibuprofeno o naproxeno.' },
          'vitamin-e': 'Vitamina E',
          supplements: { label: 'Suplementos de hierbas u otros suplementos', hint: 'Por ejemplo, aceite de pescado, ginkgo, ajo, jengibre o ginseng.' },
          'blood-pressure': 'Un medicamento para la presión arterial',
          'other-prescribed': 'Otro medicamento recetado',
          none: 'Ninguno de estos',
        },
      },
      details: {
        label: 'Nombres y dosis, si quiere anotarlos (opcional)',
        hint: 'Esto solo aparece en su hoja impresa.',
        shortLabel: 'Sus notas sobre medicamentos',
      },
    },
  },
  conditions: {
    title: '¿Tiene alguna de estas enfermedades?',
    questions: {
      conditions: {
        legend: '¿Tiene alguna de estas enfermedades?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Enfermedades',
        options: {
          diabetes: 'Diabetes',
          heart: 'Una enfermedad del corazón',
          kidney: 'Una enfermedad de los riñones',
          liver: 'Una enfermedad del hígado',
          none: 'Ninguna de estas',
        },
      },
    },
  },
  'diabetes-control': {
    title: '¿Qué tan controlada está su diabetes?',
    lead: 'Es posible que su médico se lo haya dicho según un análisis de sangre, como la prueba de HbA1c.',
    questions: {
      control: {
        legend: '¿Qué tan controlada está su diabetes?',
        shortLabel: 'Control de la diabetes',
        options: {
          well: 'Bien controlada',
          'not-well': 'No está bien controlada',
          unsure: 'No lo sé',
        },
      },
    },
  },
  'leg-history': {
    title: '¿Le han hecho alguno de estos tratamientos en las piernas?',
    questions: {
      history: {
        legend: '¿Le han hecho alguno de estos tratamientos en las piernas?',
        hint: 'Marque todas las opciones que correspondan.',
        shortLabel: 'Tratamientos anteriores en las piernas',
        options: {
          liposuction: 'Liposucción',
          'vein-treatment': { label: 'Tratamiento de las venas', hint: 'Por ejemplo, cirugía, láser o inyecciones.' },
          'other-surgery': 'Otra operación en una pierna, rodilla o tobillo',
          none: 'Ninguno de estos',
        },
      },
    },
  },
  expectations: {
    title: '¿Cuánto cambio espera?',
    questions: {
      change: {
        legend: '¿Cuánto cambio espera?',
        shortLabel: 'Cambio que espera',
        options: {
          subtle: 'Un cambio pequeño: un contorno más delgado y parejo',
          clear: 'Un cambio claro que otras personas podrían notar',
          dramatic: 'Una forma totalmente distinta',
          unsure: 'No lo sé',
        },
      },
    },
  },
  recovery: {
    title: 'Tiempo de recuperación',
    lead: 'La parte baja de las piernas suele seguir hinchada durante meses, y es posible que tenga que usar prendas de compresión ajustadas durante semanas.',
    questions: {
      timeOff: {
        legend: '¿Cuánto tiempo podría dejar el trabajo o sus tareas diarias?',
        shortLabel: 'Tiempo de descanso',
        options: {
          'under-1-week': 'Menos de una semana',
          '1-2-weeks': '1 a 2 semanas',
          'over-2-weeks': 'Más de 2 semanas',
          unsure: 'No lo sé',
        },
      },
      support: {
        legend: '¿Alguien podría ayudarle en casa durante los primeros días?',
        shortLabel: 'Ayuda en casa',
        options: {
          yes: 'Sí',
          no: 'No',
          unsure: 'No lo sé',
        },
      },
    },
  },
  wellbeing: {
    title: 'Cómo se siente con sus piernas',
    lead: 'No hay respuestas correctas ni incorrectas. Muchas personas piensan en su apariencia. Estas preguntas les ayudan a usted y a su cirujano a hablar del tema.',
    questions: {
      worry: {
        legend: '¿Cuánto le preocupa cómo se ven sus piernas?',
        shortLabel: 'Preocupación por cómo se ven sus piernas',
        options: {
          'not-at-all': 'Nada',
          'a-little': 'Un poco',
          'quite-a-lot': 'Bastante',
          'a-great-deal': 'Muchísimo',
        },
      },
      thinkingTime: {
        legend: 'En un día normal, ¿cuánto tiempo pasa pensando en cómo se ven sus piernas?',
        shortLabel: 'Tiempo al día pensando en ello',
        options: {
          'under-1-hour': 'Menos de una hora',
          '1-3-hours': '1 a 3 horas',
          'over-3-hours': 'Más de 3 horas',
        },
      },
      holdsBack: {
        legend: '¿Le impide hacer cosas que le gustaría hacer?',
        hint: 'Por ejemplo, usar pantalones cortos o faldas, nadar o salir.',
        shortLabel: 'Le impide hacer cosas',
        options: {
          never: 'Nunca',
          sometimes: 'A veces',
          often: 'Con frecuencia',
        },
      },
    },
  },
  surgeon: {
    title: '¿Ya eligió a su cirujano?',
    questions: {
      status: {
        legend: '¿Ya eligió a su cirujano?',
        shortLabel: 'Cirujano',
        options: {
          chosen: 'Sí, ya lo elegí',
          comparing: 'Estoy comparando varios',
          'not-yet': 'Todavía no',
        },
      },
    },
  },
  'surgeon-board': {
    title: '¿Qué junta médica (board) certifica al cirujano?',
    lead: 'La certificación suele aparecer en el sitio web del cirujano o en el certificado que tiene en su consultorio.',
    questions: {
      board: {
        legend: '¿Qué junta médica (board) certifica al cirujano?',
        shortLabel: 'Certificación del cirujano',
        options: {
          'plastic-surgery': 'El American Board of Plastic Surgery',
          'other-board': 'Otra junta',
          unsure: 'No lo sé',
        },
      },
    },
  },
  facility: {
    title: '¿Dónde se haría la operación?',
    questions: {
      facility: {
        legend: '¿Dónde se haría la operación?',
        shortLabel: 'Dónde se haría la operación',
        options: {
          hospital: 'En un hospital',
          'accredited-center': 'En un centro quirúrgico acreditado',
          office: 'En una sala de procedimientos del consultorio del cirujano',
          unsure: 'No lo sé',
        },
      },
    },
  },
};
