"""Round 10, Spanish: the classes a blind set (holdout9) and a new development set still missed,
each read by a rule written for the class.

Every rule has paraphrases of our own, in other services and situations, with regional words,
missing accents and typos, that it must read as a turn (a score the tone watch alerts on after
calm messages: about -0.45 or lower), and look-alikes that must stay non-negative (calm questions
with numbers and dates, polite requests, the customer's own plans, procedural mentions of a
death or a diagnosis, genuine thanks).
"""

import pytest

from sentiment.engine import analyze

# a turning message after calm ones must score this or lower for the watch to alert at it
TURN = -0.45


def compound(text: str) -> float:
    return analyze(text, prior="es").compound


def assert_turn(text: str) -> None:
    score = compound(text)
    assert score <= TURN, (text, score)


def assert_calm(text: str) -> None:
    score = analyze(text, prior="es")
    assert score.label != "negative", (text, score.compound, score.drivers)


# ---------------------------------------------------------------- comparisons beyond one number

# the clock between asking and arriving; a dated act against today's date in another month; the
# weekday promised against today's; the month asked in against the month it is now; opening
# hours that shut each other out
CLOCKS_AND_CALENDARS = [
    "Llamé a la grúa a las 7:15 y apareció a las 10:40, con la niña en el coche.",
    "Avisamos de la fuga a las 8 y el fontanero vino a las 13:30.",
    "Entramos en urgencias a las 16:00 y nos atendieron a las 21:10.",
    "solicite el cerrajero a las 23.00 y llego a las 2.30",
    "Presentada el 4 de febrero. Hoy es 20 de abril.",
    "Mandé el parte del siniestro el 3 de octubre; hoy es 5 de diciembre.",
    "Me dijeron que el repartidor llegaba el lunes. Es jueves.",
    "El perito pasaba el martes, según la aseguradora. Es viernes.",
    "Encargué las gafas en febrero y ya estamos en mayo.",
    "Reclamé el reembolso en septiembre y ya casi es diciembre.",
    "Genial: el registro cierra a las 13 y el autobús del pueblo llega a las 14.",
]
CLOCKS_AND_CALENDARS_CALM = [
    "Pedí un taxi a las 10:00 y llegó a las 10:20, gracias.",
    "Llamé a las 9 y me atendieron a las 9:15, muy bien.",
    "La cita es el 3 de mayo y hoy es 28 de abril, ¿qué tengo que llevar?",
    "Envié los papeles el 1 de marzo y hoy es 5 de marzo, ¿ya los tienen?",
    "El técnico venía el jueves y vino el jueves, gracias.",
    "Pedí la cita en mayo y estamos en junio, ¿hay novedades?",
    "La oficina cierra a las 14 y abre a las 9, ¿verdad?",
    "El turno de mañana termina a las 15 y el de tarde empieza a las 14, ¿me confirman?",
]

# ---------------------------------------------------------------- facts alone

FACTS = [
    # a bill against another month's (the same home and habits named beside it)
    "Recibo de la luz de enero: 280 euros. Diciembre: 90. Con el mismo consumo de siempre.",
    "la boleta del gas de julio vino en 95 mil pesos y en junio fueron 30 mil, misma casa",
    # a fee for a failure of theirs
    "Me devolvieron el recibo de la matrícula con 6 € de gastos y tenía fondos de sobra.",
    "El banco devolvió la cuota del gimnasio aunque tengo saldo.",
    # paid for cover, charged in full all the same
    "Pago el seguro médico cada mes y la ecografía me la cobraron entera.",
    "pagamos la asistencia en carretera y la grua nos la cobran igualmente",
    # a charge nobody mentioned
    "El hotel me cargó 45 dólares de resort fee que nadie me mencionó.",
    "En la factura aparece un suplemento de 12 € que nunca se nos explicó.",
    # nothing in weeks; a status page stuck
    "La aseguradora no ha pagado nada en tres meses.",
    "Ni una respuesta en dos semanas.",
    "La app sigue poniendo 'pendiente' desde hace días.",
    "el portal continua mostrando en tramite, no se mueve",
    # what came instead of what was asked
    "En la lápida grabaron 1948 en vez de 1984.",
    "me mandaron la talla L en lugar de la S",
    # damaged on arrival, swapped for one that fails too
    "El colchón llegó con una mancha de humedad y sucio.",
    "Me cambiaron la nevera por otra que tampoco enfría.",
    # the share promised against the share paid, told in two sentences
    "La póliza decía que cubre el 70 %. Me pagaron el 20 %.",
    # a debtors' register; contact at all hours; not let go
    "Me reportaron a Datacrédito por una factura de 3 mil pesos.",
    "Aparezco en el fichero de morosos y nunca he dejado de pagar.",
    "Los de cobranza me llaman de madrugada.",
    "Me escriben diez veces al día por una deuda que no es mía.",
    "No me dejan darme de baja por teléfono ni por la web.",
    "no me quieren liberar el numero para la portabilidad",
    # a service paid for that does not come, absent for months
    "Pago igual la cuota del gimnasio aunque la piscina no funciona.",
    "El cartero no pasa por mi calle desde noviembre.",
    "El ascensor no funciona desde febrero.",
    # a rise told as a percentage
    "La cuota de la comunidad sube un 35 % sin explicación.",
    "El seguro del coche subió un 40 por ciento.",
]
FACTS_CALM = [
    "¿La factura de 80 € es con el mismo consumo que el mes pasado?",
    "El recibo de luz de 80 euros con el mismo consumo, ¿es correcto?",
    "Me llegan dos facturas: la de marzo de 60 y la de abril de 130.",
    "Factura de abril 45 €, mayo 47 €, ¿todo normal?",
    "Me echaron una mano en la tienda, muy amables.",
    "El técnico dejó todo abierto para que lo revisara, perfecto.",
    "La ventanilla cierra a las 2 y abre a las 4, ¿es así?",
    "Tengo que adivinar la contraseña, ¿cómo la recupero?",
    "Me cobraron 6 € de comisión, ¿me explican por qué si pagué tarde?",
    "Pago el seguro cada mes, ¿la ecografía está cubierta?",
    "No he pagado nada en tres meses gracias a la promoción, genial.",
    "¿Sigue en trámite mi solicitud?",
    "¿Me pueden mandar la talla M en vez de la L?",
    "Quiero que pongan mi segundo apellido en lugar del primero, ¿se puede?",
    "La póliza cubre el 70 % y me pagaron el 70 %, gracias.",
    "¿Cómo salgo del fichero de morosos si ya pagué la deuda?",
    "Me llaman todos los días a las 9 para recordarme la medicación, qué bien.",
    "Desde marzo no hay problemas, funciona perfecto.",
    "El IPC sube un 3 % este año, ¿cambia mi cuota?",
    "Subí 3 pisos andando, el ascensor ya funciona, gracias.",
]

# ---------------------------------------------------------------- threats and demands

THREATS = [
    "Si no me devuelven el dinero, voy a la OMIC.",
    "Esto lo va a saber Osiptel.",
    "Mañana voy a la Procuraduría del Consumidor.",
    "Lo llevo a la Asociación de Usuarios de Bancos.",
    "Voy a contar en todas las redes cómo tratan a los pacientes en esa clínica.",
    "Voy a publicar lo que me hicieron con la mudanza.",
    "Me devuelven el depósito esta semana o hablo con mi banco.",
    "Me reconectan la luz hoy o me quejo ante el ayuntamiento.",
    "Me activan la línea en dos horas o me cambio.",
    "Arreglan la caldera esta semana o la cancelo.",
    "No les pienso pagar ni un peso más.",
    "no les pago ni un euro mas hasta que vengan",
]
THREATS_CALM = [
    "¿Dónde está la oficina de atención al cliente?",
    "Voy a publicar en Facebook lo bien que me atendieron.",
    "¿Lo pago hoy o mañana?",
    "¿Pago con tarjeta o en efectivo?",
    "No hay que pagar ni un euro más, ¿verdad? Perfecto.",
    "Les cuento cómo me atendieron: de maravilla, gracias.",
]

DEMANDS = [
    "El reembolso ingresado antes del viernes.",
    "La póliza corregida, para mañana.",
    "Los papeles firmados para el lunes sin falta.",
    "Abonen el siniestro, el parte ya lo envié hace un mes.",
    "Tramiten la baja, que ya la pedí por escrito.",
    "No mando más fotos del golpe.",
    "No pienso enviar otro documento.",
]
DEMANDS_CALM = [
    "La póliza corregida la recibí ayer, gracias.",
    "¿Me pueden enviar la póliza corregida para el viernes?",
    "Abonen el siniestro cuando puedan, por favor.",
    "Les mando más fotos del golpe mañana.",
    "Tramiten la baja por favor, gracias.",
]

# ---------------------------------------------------------------- hazards, fragility, dignity

HARM = [
    "El técnico de la caldera dejó los cables pelados en el baño y tengo dos niños.",
    "Dejaron la zanja sin tapar delante de la puerta de mi casa.",
    "La cuadrilla dejó la tapa de la arqueta abierta en la acera.",
    "Después de la revisión olía a gas en toda la cocina.",
    "Del enchufe que instalaron salían chispas.",
    "Pedí la grúa a las 8 y llegó a las 11. Mi madre tiene 91 años.",
    "Mi abuelo merecía un trato digno.",
    "Mi madre merecía un mínimo de respeto en la residencia.",
    "Merecemos una explicación.",
]
HARM_CALM = [
    "Les dejo la llave en el buzón, la puerta queda abierta para el técnico.",
    "Mi madre tiene 91 años, ¿hay descuento para mayores?",
    "Tengo un bebé y quiero añadirlo al seguro médico.",
    "Estoy embarazada, ¿el seguro cubre el parto?",
    "Mi padre está con oxígeno en casa, ¿tienen tarifa para equipos médicos?",
    "Ustedes se merecen un aplauso, gracias.",
    "La instalación quedó perfecta, no salió ni una chispa de polvo.",
]

# ---------------------------------------------------------------- irony and despair

IRONY = [
    "Qué maravilla de seguro: pago 60 euros al mes y la radiografía me la cobran entera.",
    "Ah, perfecto, el seguro sube un 50 %.",
    "Excelente, pedí el certificado en marzo y ya estamos en julio 👏",
    "Claro, seguro que es culpa mía por querer cobrar mi pensión a tiempo.",
    "Sí, sí, mi culpa por pedir que me conecten el gas.",
    "El trámite se paga igual aunque nadie lo revise. Muy lógico todo.",
]
IRONY_CALM = [
    "Fue mi culpa, puse mal la fecha. ¿Me la cambian?",
    "Seguro que me ayudan, gracias de antemano.",
    "Perfecto, el seguro sube un 2 % y me lo avisaron con tiempo, gracias.",
    "Gracias por cambiarme la cita tan rápido.",
    "La app está muy bien pensada, felicidades.",
]

DESPAIR = [
    "Mi marido falleció ayer y no puedo ni dormir.",
    "No puedo ni pensar desde que me dieron el diagnóstico.",
    "Me acosan por teléfono todos los días por una deuda de mi difunto padre.",
    "Me siento indefensa ante esta aseguradora.",
    "Estamos incomunicados desde el temporal y nadie contesta.",
    "Llevo días rogándoles que me devuelvan la fianza.",
    "Estamos suplicando una respuesta.",
]
DESPAIR_CALM = [
    "Mi marido falleció ayer, ¿qué papeles necesito para la baja del seguro?",
    "No puedo pensar en otra cosa que en la mudanza, ¡qué ganas!",
    "Me siento muy protegido con ustedes, gracias.",
]

# ---------------------------------------------------------------- no complaint at all

NOT_COMPLAINTS = [
    # a harm prevented is a notice
    "Me voy de vacaciones, aviso para que no me corten el agua.",
    "Pago hoy para no perder el descuento.",
    "Pago hoy a fin de que no me corten la línea.",
    # a complaint disclaimed, a cover question's hypothetical, ten units
    "No es una queja, solo quiero saber cuándo vence la póliza.",
    "No es por quejarme, pero ¿cuándo llega la tarjeta?",
    "¿El seguro de hogar cubre si me roban la bici del trastero?",
    "Si me enfermo en el viaje, ¿a qué número llamo?",
    "hice una recarga de 10 y no se si ya entro",
    "Tengo un bono de 10 viajes, ¿sirve en el metro?",
    # a service named, a surname, the suspension of a fee, a resigned opener
    "Me mudo el 15, ¿a quién aviso para la recogida de basura?",
    "¿La tasa de basura va en la factura del agua?",
    "El titular es Javier Peña Ortiz, DNI 1234.",
    "Quisiera solicitar la suspensión temporal de la cuota por desempleo.",
    "Uf, qué día. Bueno, les escribo para consultar el saldo.",
]

THANKS = [
    "Quería agradecerles lo bien que atendieron a mi padre.",
    "Solo quería agradeceros la paciencia con mi reclamación.",
    "En el velatorio cuidaron cada detalle, gracias.",
]


# ---------------------------------------------------------------- situations no set had used

# claims adjusters, funerals, wards, pharmacies, debt collection, banking, travel, schools and
# repairs: a valuation far below the cost, more asked on top of what was paid, thrown out, sent
# home unwell, given the wrong one, told too late, charged though it did not work, billed by
# estimate, pay withheld, a collector at the family's door, blamed, stranded, lost in their
# hands, a paid booking missing, a rise overnight, paid and it happened anyway, the same fault
# after the repair, work nobody needed, each one saying something else, loyalty "para esto",
# giving up, the last time, regret, held responsible, a job at risk
SITUATIONS = [
    "El perito tasó la moto en 900 euros y arreglarla cuesta 3.500.",
    "Me ofrecen 200 euros por un tejado que cuesta 5.000 reparar.",
    "La indemnización no alcanza ni para la franquicia.",
    "Pagué el entierro completo y ahora me piden 250 más por la urna.",
    "En la residencia nos echaron a las 8 sin dejarnos recoger sus cosas.",
    "A mi madre le dieron el alta con fiebre y sin poder caminar.",
    "En la farmacia me dispensaron un medicamento que no era el mío.",
    "Nadie nos dijo que el vuelo había cambiado de hora hasta que llegamos al aeropuerto.",
    "Me dieron de alta en otra tarifa sin que yo la solicitara.",
    "Me cobraron la cuota del gimnasio aunque la piscina no funcionaba.",
    "van cuatro lecturas estimadas seguidas y el contador esta a la vista",
    "La financiera me cobró 40 euros por un retraso de 3 euros.",
    "Me embargaron la pensión sin ninguna notificación.",
    "Los de la agencia de cobros llamaron a mis padres.",
    "Dicen que es culpa mía que me clonaran la tarjeta.",
    "El autobús nos dejó en la estación sin transporte al hotel.",
    "Extraviaron la historia clínica de mi hijo.",
    "Llegamos al camping y no había reserva aunque estaba pagada.",
    "El colegio subió la matrícula de un año para otro.",
    "Les pagué 300 euros por la reparación y la lavadora pierde agua igual.",
    "Vino el técnico y la caldera hace el mismo ruido.",
    "Me hicieron un empaste que no hacía falta.",
    "Cada operador me dice una fecha distinta.",
    "Quince años de cliente para esto.",
    "Ya ni reclamo, total para qué.",
    "Es la última vez que reservo con esta agencia.",
    "Me arrepiento de haber firmado con ustedes.",
    "Si se pierde la cosecha por el corte de agua, los hago responsables.",
    "Como siga así me despiden.",
]
SITUATIONS_CALM = [
    "Me piden 20 euros más por el envío urgente, ¿vale la pena?",
    "Es la última vez que compro este mes, lo prometo jaja.",
    "Mi padre está en la UCI, ¿puedo usar su póliza para las visitas?",
    "Mi madre necesita oxígeno en casa, ¿cómo lo solicito?",
    "El entierro es a las 11 y la misa a las 12, ¿llega la corona?",
    "El perito tasó los daños en 2.000 euros y la reparación costó 2.300, bien.",
    "Me ofrecen 300 euros por el sofá viejo, ¿cuánto cuesta el nuevo?",
    "La indemnización llega a 2.000 euros, ¿cuándo la ingresan?",
    "Mi padre salió de alta ayer y está muy bien, gracias.",
    "¿Me pueden dispensar el medicamento genérico?",
    "Nadie me dijo nada malo, todo perfecto.",
    "Me cobraron la cuota del gimnasio, ¿me mandan la factura?",
    "¿La lectura de este mes es estimada?",
    "La financiera me cobró 4 euros de comisión, ¿por qué?",
    "¿Es culpa mía si pierdo la tarjeta?",
    "Cada operador me dio un trato excelente.",
    "Quince años de cliente y encantada, gracias.",
    "Es la primera vez que contrato con ustedes, ¿cómo va?",
    "No me arrepiento de nada, gracias por todo.",
    "¿Quién es responsable del contador, ustedes o yo?",
    "El técnico cambió la pieza que hacía falta, gracias.",
    "La caldera ya no hace el ruido de antes, gracias.",
]


# praise around a failure in situations no set had used: an appointment hours before the doctor,
# thanks for what came broken, applause for hours on the roadside, charged for anything, a bot
# that understands nothing, paid cover that does not cover, came-looked-left, a crumb of a
# refund, mock deference, guessing, someone else's name
SARCASM = [
    "Qué bien organizado: nos citan a las 9 y la doctora llega a las 12.",
    "Mil gracias por la tarta de cumpleaños, llegó aplastada y con 2 horas de retraso.",
    "Mil gracias por el ramo, llegó mojado. Un detalle.",
    "Un aplauso para su servicio de grúas, cuatro horas en la cuneta.",
    "Me encanta que ahora me cobren hasta por preguntar.",
    "Siempre es un placer hablar con un bot que no entiende nada.",
    "Estupendo, pagué el seguro de hogar y la gotera no entra.",
    "Muy profesional el fontanero, vino, miró y se fue.",
    "El electricista se fue sin arreglar nada.",
    "Excelente, me reembolsaron 5 euros de los 120 de la consulta.",
    "Ah claro, si la web pone que está entregado será verdad.",
    "Y yo tengo que adivinar que cambiaron el horario.",
    "Qué atención tan personalizada, en la carta pusieron el apellido de otra clienta.",
]
SARCASM_CALM = [
    "Mil gracias por la tarta, llegó perfecta y a tiempo.",
    "Gracias por la caja, llegó rota pero ya me mandaron otra.",
    "Un aplauso para el técnico, lo dejó perfecto.",
    "El técnico vino, lo arregló y se fue, todo perfecto.",
    "Pagué el seguro de viaje, ¿no entra el vuelo cancelado?",
    "Me devolvieron 300 euros de los 300, gracias.",
    "Pago 20 de los 100 euros ahora y el resto el mes que viene, ¿vale?",
    "Si la web dice que está entregado, ¿dónde lo dejaron?",
    "Qué bien organizado estuvo todo en el velatorio, gracias.",
    "¿Cobran por consultar el saldo en el cajero?",
]


# bodies at risk: a need unmet, someone in hospital or with a fit, left without treatment, harm
# done by what they installed, a near miss
BODIES = [
    "Mi suegra necesita la insulina hoy y la farmacia de guardia no la tiene.",
    "Mi hijo tiene convulsiones y nadie coge el teléfono del centro de salud.",
    "Si no aprueban la quimio mi mujer se queda sin tratamiento.",
    "Dependo de la silla eléctrica y el técnico no aparece.",
    "Mi padre está ingresado y el seguro no aprueba el traslado.",
    "Se nos inundó el baño por la caldera que instalaron.",
    "Casi se ahoga mi hijo en la piscina que dejaron destapada.",
]
BODIES_CALM = [
    "Necesito el certificado y no lo tengo, ¿me lo mandan?",
    "Casi me caigo de la silla de la alegría, gracias.",
    "Mi bebé tiene fiebre, ¿el seguro cubre urgencias?",
    "Mi padre está ingresado, ¿puedo pedir la baja de su línea?",
    "Necesito saber si hay cita y no encuentro el enlace.",
]


# regional and unaccented: had enough, taken for a fool, charged for what never happened
REGIONAL = [
    "oigan ya estuvo, quiero cancelar todo",
    "no me jodan, me cobraron la reconexion y nunca me cortaron",
    "me estan viendo la cara",
    "Me facturan la instalación y nunca vinieron a instalar.",
]
REGIONAL_CALM = [
    "Quiero cancelar todo lo del pedido anterior y hacer uno nuevo, ¿cómo?",
    "Me cobraron la cuota y no me llegó el recibo, ¿me lo mandan?",
]


@pytest.mark.parametrize(
    "text",
    CLOCKS_AND_CALENDARS
    + FACTS
    + THREATS
    + DEMANDS
    + HARM
    + IRONY
    + DESPAIR
    + SITUATIONS
    + SARCASM
    + BODIES
    + REGIONAL,
)
def test_round10_turns_reach_the_watch(text):
    assert_turn(text)


@pytest.mark.parametrize(
    "text",
    CLOCKS_AND_CALENDARS_CALM
    + FACTS_CALM
    + THREATS_CALM
    + DEMANDS_CALM
    + HARM_CALM
    + IRONY_CALM
    + DESPAIR_CALM
    + NOT_COMPLAINTS
    + SITUATIONS_CALM
    + SARCASM_CALM
    + BODIES_CALM
    + REGIONAL_CALM,
)
def test_round10_look_alikes_stay_calm(text):
    assert_calm(text)


@pytest.mark.parametrize("text", THANKS)
def test_round10_thanks_in_other_words_are_positive(text):
    assert analyze(text, prior="es").label == "positive"


def test_round10_someone_fragile_weighs_only_beside_a_grievance():
    # alone it is a fact; beside a late arrival it makes the wait heavier
    assert compound("Mi padre tiene 84 años.") == 0.0
    alone = compound("La ambulancia tardó 50 minutos.")
    assert compound("La ambulancia tardó 50 minutos. Mi padre tiene 84 años.") < alone


def test_round10_a_surname_keeps_its_accent():
    assert compound("A nombre de Lucía Peña.") == 0.0
    assert compound("Qué pena, no me llegó la carta.") < 0


def test_round10_a_sarcastic_turn_after_calm_messages_alerts_at_it():
    from sentiment.tone import ToneState, observe

    conversation = [
        "Hola, quería saber el horario de la oficina de tráfico.",
        "Ah ok, entonces tengo que pedir cita previa.",
        "Perfecto, la oficina cierra a las 2 y el primer tren llega a las 3. Muy bien pensado.",
    ]
    state, alerts = ToneState(), []
    for i, message in enumerate(conversation):
        state, shift = observe(state, compound(message))
        if shift:
            alerts.append(i)
    assert alerts == [2]
