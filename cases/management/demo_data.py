"""The content of the demo organisation loaded by ``manage.py seed_demo``: teams, staff logins,
customers and the scripts of their cases. Only data lives here; ``seed_demo`` plays it through
``cases.services``.

Texts may use ``{name}`` (the customer's first name), ``{ref}`` (a claim number) and ``{amount}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cases.models import Channel, Direction, Severity

# The demo logins' shared password, printed by seed_demo and scripts/run-dev.sh.
PASSWORD = "faro-demo-2026"  # noqa: S105

# slug -> (name, description)
TEAMS: dict[str, tuple[str, str]] = {
    "hospital-admissions": (
        "Hospital · Admisiones",
        "Ingresos, altas y traslados; familias de pacientes ingresados.",
    ),
    "hospital-oncology": (
        "Hospital · Oncología",
        "Pacientes de oncología y sus familias: citas, tratamientos, resultados.",
    ),
    "hospital-patient-care": (
        "Hospital · Atención al paciente",
        "Citas, portal del paciente, telemonitorización en casa y quejas.",
    ),
    "insurer-claims": (
        "Seguros · Siniestros",
        "Accidentes, daños en el hogar, asistencia en viaje y decesos.",
    ),
    "insurer-billing": (
        "Seguros · Facturación",
        "Recibos, devoluciones, fraccionamientos y errores de cobro.",
    ),
    "funeral-arrangements": (
        "Funeraria · Servicios",
        "Acompañamiento a familias tras un fallecimiento: servicio, traslados y trámites.",
    ),
}

# slug -> (Spanish name, English name)
CATEGORIES: dict[str, tuple[str, str]] = {
    "admission": ("Ingreso hospitalario", "Hospital admission"),
    "appointments": ("Citas y pruebas", "Appointments and tests"),
    "diagnosis": ("Diagnóstico y tratamiento", "Diagnosis and treatment"),
    "technical-issue": ("Incidencia técnica", "Technical issue"),
    "claim": ("Siniestro", "Claim"),
    "billing-error": ("Error de facturación", "Billing error"),
    "payment-plan": ("Pagos y fraccionamientos", "Payments and instalments"),
    "funeral-service": ("Servicio funerario", "Funeral service"),
    "documents": ("Documentación y trámites", "Documents and paperwork"),
    "complaint": ("Queja", "Complaint"),
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str
    teams: tuple[str, ...]
    is_staff: bool = False


USERS = (
    DemoUser("manager", "Marina", "Vidal", "manager", (), is_staff=True),
    DemoUser(
        "supervisor",
        "Sergio",
        "Campos",
        "supervisor",
        (
            "hospital-admissions",
            "hospital-oncology",
            "hospital-patient-care",
            "insurer-claims",
            "funeral-arrangements",
        ),
    ),
    DemoUser("agent", "Alex", "Moreno", "agent", ("hospital-admissions", "insurer-claims")),
    DemoUser(
        "agente.lucia",
        "Lucía",
        "Navas",
        "agent",
        ("hospital-oncology", "hospital-patient-care", "funeral-arrangements"),
    ),
    DemoUser(
        "agent.tom",
        "Tom",
        "Fletcher",
        "agent",
        ("insurer-billing", "insurer-claims", "hospital-patient-care"),
    ),
    DemoUser(
        "agente.pablo",
        "Pablo",
        "Serrano",
        "agent",
        ("funeral-arrangements", "hospital-admissions", "insurer-billing", "hospital-oncology"),
    ),
)


@dataclass(frozen=True)
class DemoCustomer:
    name: str
    language: str
    country: str  # decides the phone number's country

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


# The two customers of the required stories come first; the seed tells them apart by name.
STORY_THIS_WEEK = DemoCustomer("Carmen Ortega Ruiz", "es", "ES")
STORY_SEVENTH_CONTACT = DemoCustomer("Daniel Whitaker", "en", "GB")
# A calm claim whose tone turns today: an open tone alert waits for its agent.
STORY_TONE_TURNS = DemoCustomer("Alba Ferrer Soler", "es", "ES")

CUSTOMERS = (
    DemoCustomer("Lucía Fernández Gil", "es", "ES"),
    DemoCustomer("Manuel Ortiz Navarro", "es", "ES"),
    DemoCustomer("Rosa María Delgado", "es", "ES"),
    DemoCustomer("Javier Molina Serrano", "es", "ES"),
    DemoCustomer("Isabel Castro Vidal", "es", "ES"),
    DemoCustomer("Antonio Herrera Ramos", "es", "ES"),
    DemoCustomer("Pilar Romero Santos", "es", "ES"),
    DemoCustomer("Francisco Jiménez Blanco", "es", "ES"),
    DemoCustomer("Elena Márquez Rubio", "es", "ES"),
    DemoCustomer("José Luis Prieto", "es", "ES"),
    DemoCustomer("Marta Sanz Iglesias", "es", "ES"),
    DemoCustomer("Andrés Cabrera Muñoz", "es", "CO"),
    DemoCustomer("Gabriela Rojas Pérez", "es", "MX"),
    DemoCustomer("Diego Alvarado Soto", "es", "MX"),
    DemoCustomer("Valentina Acosta", "es", "AR"),
    DemoCustomer("Fernando Ibáñez Lara", "es", "ES"),
    DemoCustomer("Nuria Pascual Vega", "es", "ES"),
    DemoCustomer("Alberto Domínguez Cruz", "es", "ES"),
    DemoCustomer("Teresa Gallego Moya", "es", "ES"),
    DemoCustomer("Raúl Medina Campos", "es", "ES"),
    DemoCustomer("Silvia Reyes Cano", "es", "CO"),
    DemoCustomer("Ignacio Vázquez Peña", "es", "ES"),
    DemoCustomer("Beatriz León Carmona", "es", "ES"),
    DemoCustomer("Ramón Aguilar Fuentes", "es", "ES"),
    DemoCustomer("Cristina Morales Pardo", "es", "ES"),
    DemoCustomer("Hugo Carrasco Nieto", "es", "AR"),
    DemoCustomer("Alicia Sáez Benítez", "es", "ES"),
    DemoCustomer("Óscar Lozano Herrero", "es", "ES"),
    DemoCustomer("Dolores Cortés Marín", "es", "ES"),
    DemoCustomer("Miguel Ángel Soler", "es", "ES"),
    DemoCustomer("Paula Esteban Rivas", "es", "MX"),
    DemoCustomer("Tomás Bravo Guerrero", "es", "ES"),
    DemoCustomer("Sarah Mitchell", "en", "GB"),
    DemoCustomer("James O'Connor", "en", "IE"),
    DemoCustomer("Emily Hughes", "en", "GB"),
    DemoCustomer("Michael Turner", "en", "US"),
    DemoCustomer("Hannah Brooks", "en", "GB"),
    DemoCustomer("David Patel", "en", "GB"),
    DemoCustomer("Olivia Bennett", "en", "US"),
    DemoCustomer("Thomas Reid", "en", "GB"),
    DemoCustomer("Grace Sullivan", "en", "IE"),
    DemoCustomer("Robert Hayes", "en", "US"),
    DemoCustomer("Chloe Foster", "en", "GB"),
    DemoCustomer("William Grant", "en", "GB"),
    DemoCustomer("Amelia Clarke", "en", "GB"),
    DemoCustomer("Peter Lawson", "en", "US"),
    DemoCustomer("Laura Simmons", "en", "GB"),
    DemoCustomer("Mark Donnelly", "en", "IE"),
)


# --- Scripts -------------------------------------------------------------------------------------

MESSAGE, REPLY, CALL, NOTE, SWITCH, HANDOFF, PROMISE, VISIT = (
    "message",
    "reply",
    "call",
    "note",
    "switch",
    "handoff",
    "promise",
    "visit",
)


@dataclass(frozen=True)
class Step:
    kind: str
    channel: str = ""
    text: str = ""
    direction: str = ""
    minutes: int = 0  # a call's duration; for a promise, the hours until it is due
    team: str = ""  # where a hand-off goes

    @property
    def answers_customer(self) -> bool:
        """An agent reaching the customer: what keeps a promise."""
        return self.kind == REPLY or (self.kind == CALL and self.direction == Direction.OUTBOUND)


def message(channel: str, text: str) -> Step:
    return Step(MESSAGE, channel, text, Direction.INBOUND)


def reply(channel: str, text: str) -> Step:
    return Step(REPLY, channel, text, Direction.OUTBOUND)


def call(channel: str, direction: str, minutes: int, summary: str) -> Step:
    return Step(CALL, channel, summary, direction, minutes)


def note(text: str) -> Step:
    return Step(NOTE, Channel.NOTE, text, Direction.INTERNAL)


def switch(channel: str, why: str) -> Step:
    return Step(SWITCH, channel, why)


def handoff(team: str, context: str) -> Step:
    return Step(HANDOFF, text=context, team=team)


def promise(text: str, hours: int) -> Step:
    return Step(PROMISE, text=text, minutes=hours)


def visit(summary: str) -> Step:
    return Step(VISIT, Channel.IN_PERSON, summary, Direction.INBOUND)


@dataclass(frozen=True)
class Scenario:
    language: str
    team: str
    category: str
    subject: str
    steps: tuple[Step, ...]
    severity: int = Severity.NORMAL
    sensitivity: str = ""


IN, OUT = Direction.INBOUND, Direction.OUTBOUND
CHAT, PHONE, VIDEO, EMAIL, SMS, IN_APP = (
    Channel.CHAT,
    Channel.PHONE,
    Channel.VIDEO,
    Channel.EMAIL,
    Channel.SMS,
    Channel.IN_APP,
)

SPANISH_SCENARIOS = (
    Scenario(
        "es",
        "hospital-admissions",
        "admission",
        "Ingreso por urgencias: la familia no recibe información",
        (
            message(
                CHAT,
                "Buenas noches. Mi madre ingresó por urgencias hace seis horas y nadie nos dice "
                "si le van a dar habitación. Tiene 84 años y está muy asustada.",
            ),
            reply(
                CHAT,
                "Hola, {name}, siento mucho la espera. Estoy consultando ahora mismo con la "
                "supervisora de urgencias y le escribo en cuanto tenga información.",
            ),
            note("Urgencias confirma ingreso en Medicina Interna, pendiente de cama en planta 4."),
            reply(
                CHAT,
                "Ya tengo noticias: su madre ingresa en Medicina Interna, planta 4. La cama "
                "estará lista en una hora aproximadamente y puede acompañarla una persona.",
            ),
            message(CHAT, "Muchísimas gracias, de verdad. Es un alivio saberlo."),
        ),
        severity=Severity.HIGH,
    ),
    Scenario(
        "es",
        "hospital-admissions",
        "admission",
        "Dudas antes de la cirugía de cadera de su padre",
        (
            message(
                EMAIL,
                "Hola, a mi padre le operan de la cadera el día 14 y no sabemos qué papeles hay "
                "que traer ni si tiene que venir en ayunas. ¿Me pueden ayudar?",
            ),
            reply(
                EMAIL,
                "Buenos días, {name}. Le adjunto la lista de documentos para el ingreso. Sí, debe "
                "venir en ayunas desde las 00:00. Si lo prefiere, le llamamos y lo repasamos.",
            ),
            message(
                EMAIL,
                "Sí, por favor, llámenme por la tarde. Mi padre oye poco y prefiero entenderlo "
                "bien yo.",
            ),
            switch(PHONE, "La familia prefiere repasar las instrucciones por teléfono."),
            call(
                PHONE,
                OUT,
                9,
                "Repasamos ayuno, medicación (suspender el anticoagulante cinco días antes, "
                "confirmado con Anestesia) y documentos. La hija queda tranquila.",
            ),
            promise("Enviar por SMS la hora exacta de ingreso el día anterior", 48),
            reply(
                SMS,
                "Hospital: el ingreso de su padre es mañana a las 7:30 en Admisiones, planta 0. "
                "Venga en ayunas. Un saludo.",
            ),
        ),
    ),
    Scenario(
        "es",
        "hospital-admissions",
        "complaint",
        "Petición de cambio de habitación",
        (
            message(
                IN_APP,
                "Mi marido lleva tres noches sin dormir porque su compañero de habitación grita "
                "por las noches. ¿Es posible cambiarle de habitación?",
            ),
            reply(
                IN_APP,
                "Lamento mucho la situación, {name}. Lo hablo con la supervisora de planta y le "
                "digo algo hoy mismo.",
            ),
            note("Supervisora de planta 3: mañana por la mañana queda libre una individual."),
            reply(
                IN_APP,
                "Mañana a primera hora le trasladan a una habitación individual en la misma "
                "planta. Gracias por avisarnos.",
            ),
            message(
                IN_APP, "Gracias. Ojalá nos lo hubieran ofrecido antes, pero lo agradezco mucho."
            ),
        ),
    ),
    Scenario(
        "es",
        "hospital-admissions",
        "admission",
        "Alta hospitalaria: la ambulancia de traslado no llega",
        (
            call(
                PHONE,
                IN,
                5,
                "Llama la hija: a su padre le dieron el alta a las 12:00 y la ambulancia de "
                "traslado no ha llegado. Son las 17:00 y el paciente está agotado.",
            ),
            note("Empresa de ambulancias: retraso por un servicio urgente. Nueva hora: 18:15."),
            call(
                PHONE,
                OUT,
                3,
                "Informamos a la familia de la nueva hora (18:15). Pedimos a planta que le den "
                "la merienda y un sillón cómodo mientras espera.",
            ),
            message(SMS, "Ya estamos en casa. Gracias por estar pendientes."),
        ),
        severity=Severity.HIGH,
    ),
    Scenario(
        "es",
        "hospital-oncology",
        "diagnosis",
        "Diagnóstico reciente: sin cita con Oncología",
        (
            call(
                PHONE,
                IN,
                7,
                "Llama la paciente: hace diez días le comunicaron un diagnóstico de cáncer de "
                "mama y aún no tiene cita con Oncología. Está muy angustiada.",
            ),
            note(
                "La derivación quedó en «pendiente de validación» por un código de prioridad "
                "erróneo. Corregido a preferente."
            ),
            promise("Llamar a la paciente con la fecha de la primera consulta", 44),
            call(
                PHONE,
                OUT,
                6,
                "Le damos cita con la Dra. Salas el lunes a las 10:00. Le explicamos qué traer y "
                "que puede venir acompañada. Agradece mucho la llamada.",
            ),
            message(SMS, "Muchas gracias por llamarme. Allí estaré el lunes."),
        ),
        severity=Severity.HIGH,
        sensitivity="serious-diagnosis",
    ),
    Scenario(
        "es",
        "hospital-patient-care",
        "diagnosis",
        "Fiebre durante la quimioterapia",
        (
            message(
                CHAT,
                "Hola, mi hermano está en tratamiento de quimioterapia y desde ayer tiene fiebre "
                "de 38,2. En la consulta de Oncología no cogen el teléfono. ¿Qué hacemos?",
            ),
            reply(
                CHAT,
                "Gracias por escribir, {name}. Con fiebre durante la quimioterapia hay que "
                "consultarlo hoy. Le paso ahora mismo con el equipo de Oncología.",
            ),
            handoff(
                "hospital-oncology",
                "Paciente en quimioterapia con fiebre de 38,2 desde ayer. La familia no consigue "
                "contactar con la consulta. Necesita valoración hoy.",
            ),
            switch(PHONE, "Enfermería de Oncología llama directamente a la familia."),
            call(
                PHONE,
                OUT,
                12,
                "Enfermería de Oncología valora por teléfono: acudir esta tarde al hospital de "
                "día oncológico para analítica. Se avisa a la consulta.",
            ),
            message(CHAT, "Ya estamos en el hospital de día. Gracias por moverlo tan rápido."),
        ),
        severity=Severity.CRITICAL,
        sensitivity="serious-diagnosis",
    ),
    Scenario(
        "es",
        "hospital-oncology",
        "appointments",
        "Videoconsulta de resultados: el enlace no funciona",
        (
            message(
                EMAIL,
                "Mañana tengo una videoconsulta con mi oncólogo para los resultados del TAC y el "
                "enlace que me mandaron no funciona. Estoy muy nerviosa, no quiero perder la cita.",
            ),
            reply(
                EMAIL,
                "Buenos días, {name}. Entiendo lo importante que es esta cita. Le enviamos un "
                "enlace nuevo y, si quiere, hacemos hoy una prueba de conexión con usted.",
            ),
            message(EMAIL, "Sí, por favor, hagamos la prueba."),
            switch(VIDEO, "Prueba de conexión para la videoconsulta de resultados."),
            call(
                VIDEO,
                OUT,
                6,
                "Prueba de videollamada correcta desde la tablet de la paciente. Le explicamos "
                "cómo activar el micrófono. Queda tranquila para mañana.",
            ),
        ),
        sensitivity="serious-diagnosis",
    ),
    Scenario(
        "es",
        "hospital-oncology",
        "documents",
        "Copia de la historia clínica para una segunda opinión",
        (
            message(
                EMAIL,
                "Queremos pedir una segunda opinión sobre el tratamiento de mi marido en otro "
                "hospital. ¿Cómo consigo una copia de su historia clínica?",
            ),
            reply(
                EMAIL,
                "Hola, {name}: es su derecho y le ayudamos encantados. Necesitamos la "
                "autorización firmada de su marido; le enviamos el formulario.",
            ),
            message(EMAIL, "Les adjunto la autorización firmada."),
            promise("Enviar la copia completa de la historia clínica", 168),
            reply(
                EMAIL,
                "Le enviamos la historia clínica completa y las imágenes en un enlace seguro "
                "válido durante 30 días. Mucho ánimo a los dos.",
            ),
        ),
        sensitivity="serious-diagnosis",
    ),
    Scenario(
        "es",
        "hospital-patient-care",
        "appointments",
        "Resonancia cancelada tres veces",
        (
            call(
                PHONE,
                IN,
                6,
                "El paciente cuenta que le han cancelado tres veces la resonancia. Tiene dolor "
                "y no puede trabajar.",
            ),
            note("Agenda de resonancia: hay un hueco el martes a las 8:15 por una anulación."),
            call(
                PHONE,
                OUT,
                3,
                "Le ofrecemos la cita del martes a las 8:15 y la acepta. Le pedimos disculpas "
                "por las cancelaciones.",
            ),
            reply(
                SMS,
                "Hospital: su resonancia es el martes a las 8:15. Venga 15 minutos antes. "
                "Disculpe las molestias.",
            ),
        ),
    ),
    Scenario(
        "es",
        "hospital-patient-care",
        "technical-issue",
        "La app no abre los resultados de los análisis",
        (
            message(
                IN_APP,
                "La app dice que mis análisis están disponibles pero al abrirlos sale un error. "
                "Llevo dos días intentándolo.",
            ),
            reply(
                IN_APP,
                "Gracias por avisar, {name}. Es un fallo que estamos corrigiendo. Mientras tanto "
                "le enviamos los resultados por email en un documento protegido.",
            ),
            reply(
                EMAIL,
                "Le enviamos sus resultados en un documento protegido. La contraseña es su fecha "
                "de nacimiento (DDMMAAAA).",
            ),
            message(IN_APP, "Recibido, gracias."),
        ),
        severity=Severity.LOW,
    ),
    Scenario(
        "es",
        "hospital-patient-care",
        "complaint",
        "Queja por la espera sin información en urgencias",
        (
            visit(
                "La madre acude a Atención al Paciente: esperó siete horas en urgencias sin "
                "ninguna información sobre su hija de 16 años."
            ),
            note("Solicitado informe a la jefa de Urgencias."),
            promise("Responder por escrito a la queja", 240),
            reply(
                EMAIL,
                "Estimada {name}: lamentamos profundamente la espera sin información. Lo hemos "
                "revisado con Urgencias y ahora se informa a las familias cada hora.",
            ),
            message(EMAIL, "Agradezco la respuesta. Espero que no le pase a nadie más."),
        ),
    ),
    Scenario(
        "es",
        "hospital-patient-care",
        "billing-error",
        "Factura de urgencias que debía cubrir el seguro",
        (
            message(
                EMAIL,
                "Me ha llegado una factura de {amount} por la visita de mi hijo a urgencias, "
                "pero tenemos seguro con ustedes y nos dijeron que estaba cubierto.",
            ),
            reply(
                EMAIL,
                "Hola, {name}, siento el susto. Reviso con Facturación si se aplicó bien el "
                "seguro y le respondo hoy.",
            ),
            handoff(
                "insurer-billing",
                "Factura de urgencias pediátricas emitida al cliente en vez de a la aseguradora. "
                "Póliza vigente: hay que anular y refacturar.",
            ),
            note("Confirmado: error al registrar la póliza en Admisión. Factura anulada."),
            reply(
                EMAIL,
                "Le confirmo que la factura está anulada: fue un error nuestro al registrar la "
                "póliza. No tiene que pagar nada. Disculpe las molestias.",
            ),
            message(EMAIL, "Gracias por resolverlo tan rápido."),
        ),
    ),
    Scenario(
        "es",
        "insurer-claims",
        "claim",
        "Accidente en la autopista: grúa y coche de sustitución",
        (
            call(
                PHONE,
                IN,
                14,
                "El cliente llama desde la autopista tras un golpe por alcance. Están bien, "
                "con dos niños pequeños, y el coche no arranca. Enviamos grúa y taxi. "
                "Siniestro {ref}.",
            ),
            note("Grúa asignada, llegada estimada en 40 minutos. Taxi para la familia."),
            message(
                SMS, "La grúa aún no ha llegado y hace mucho frío. Los niños están en el coche."
            ),
            call(
                PHONE,
                OUT,
                4,
                "Llamamos para disculparnos por el retraso: la grúa llega en 10 minutos y el "
                "taxi ya está en camino.",
            ),
            promise("Confirmar el coche de sustitución", 20),
            reply(
                SMS,
                "Seguros: su coche de sustitución estará listo mañana a las 10:00 en el taller. "
                "Siniestro {ref}. Cuídense.",
            ),
            message(SMS, "Gracias por todo, de verdad."),
        ),
        severity=Severity.HIGH,
    ),
    Scenario(
        "es",
        "insurer-claims",
        "claim",
        "Inundación en casa: peritación por videollamada",
        (
            message(
                CHAT,
                "Se ha reventado una tubería y se ha inundado la cocina y el salón. El agua ha "
                "llegado al piso de abajo. ¿Qué tengo que hacer?",
            ),
            reply(
                CHAT,
                "Lo siento mucho, {name}. Cierre la llave de paso si aún no lo ha hecho y haga "
                "fotos de los daños. Abrimos el siniestro {ref} y hoy le enviamos un fontanero.",
            ),
            switch(PHONE, "La clienta prefiere hablar por teléfono."),
            call(
                PHONE,
                OUT,
                6,
                "Explicamos la cobertura de daños por agua y la responsabilidad civil con el "
                "vecino. Proponemos peritar por videollamada para no esperar la visita.",
            ),
            switch(VIDEO, "Peritación por videollamada."),
            call(
                VIDEO,
                OUT,
                22,
                "Peritación por videollamada: daños en el suelo de cocina y salón y en el mueble "
                "del fregadero. Los daños del vecino entran en responsabilidad civil.",
            ),
            promise("Enviar el informe pericial por email", 72),
            reply(
                EMAIL,
                "Le enviamos el informe de la peritación y los próximos pasos. El fontanero irá "
                "el jueves por la mañana.",
            ),
        ),
        severity=Severity.HIGH,
    ),
    Scenario(
        "es",
        "insurer-claims",
        "complaint",
        "Siniestro de cristales rechazado por error",
        (
            message(
                EMAIL,
                "Han rechazado mi siniestro {ref} diciendo que la póliza no cubre la rotura del "
                "cristal, pero en las condiciones pone lo contrario. Adjunto la página.",
            ),
            reply(
                EMAIL,
                "Gracias por enviarnos la página, {name}. Pido una segunda revisión y le digo "
                "algo en 48 horas.",
            ),
            note(
                "La póliza incluye cristales desde la renovación de enero; se usaron las "
                "condiciones antiguas."
            ),
            reply(
                EMAIL,
                "Tiene usted razón: aplicamos por error las condiciones anteriores. Hemos "
                "aprobado el siniestro y el cristalero le llamará para darle cita.",
            ),
            message(EMAIL, "Me alegra que lo hayan revisado. Gracias."),
        ),
    ),
    Scenario(
        "es",
        "insurer-claims",
        "funeral-service",
        "Fallecimiento del asegurado: seguro de decesos",
        (
            call(
                PHONE,
                IN,
                9,
                "Llama la hija del asegurado: su padre ha fallecido esta madrugada en casa. "
                "Tiene seguro de decesos; le explicamos que la funeraria se ocupa de todo.",
            ),
            handoff(
                "funeral-arrangements",
                "Fallecimiento en el domicilio esta madrugada. Decesos con cobertura completa. "
                "La familia quiere velatorio en el tanatorio más cercano. Hija muy afectada: "
                "llamarla con calma.",
            ),
            call(
                PHONE,
                OUT,
                16,
                "La funeraria llama a la familia: traslado al tanatorio a las 11:00, sala 2. "
                "Ceremonia civil mañana a las 17:00.",
            ),
            promise("Enviar a la familia por email el resumen del servicio y los horarios", 6),
            reply(
                EMAIL,
                "Estimada {name}: le enviamos el resumen del servicio de su padre: velatorio en "
                "la sala 2 hasta las 22:00 y ceremonia mañana a las 17:00. Estamos a su lado "
                "para lo que necesiten.",
            ),
            message(EMAIL, "Gracias por la delicadeza con la que nos han tratado."),
        ),
        severity=Severity.HIGH,
        sensitivity="bereavement",
    ),
    Scenario(
        "es",
        "insurer-claims",
        "claim",
        "Robo en la vivienda de una clienta mayor",
        (
            call(
                PHONE,
                IN,
                11,
                "Clienta de 78 años: han entrado a robar en su casa esta noche. Está sola y "
                "asustada. Le indicamos cómo denunciar y enviamos un cerrajero urgente. "
                "Siniestro {ref}.",
            ),
            note("Cerrajero asignado, llega en una hora. Avisar a su hijo (autorizado)."),
            call(
                PHONE,
                OUT,
                5,
                "Hablamos con el hijo, que va hacia casa de su madre. El cerrajero ya ha "
                "cambiado la cerradura.",
            ),
            message(
                EMAIL,
                "Les envío la denuncia y la lista de lo que se llevaron. Mi hijo me ha ayudado a "
                "escribirla. Gracias por cuidarme esta mañana.",
            ),
            reply(
                EMAIL,
                "Recibido, {name}. Con la denuncia tramitamos la indemnización; tendrá "
                "respuesta en diez días como máximo.",
            ),
        ),
        severity=Severity.HIGH,
    ),
    Scenario(
        "es",
        "insurer-billing",
        "billing-error",
        "Recibo cobrado dos veces",
        (
            message(
                CHAT,
                "Me han cobrado dos veces el recibo del seguro de hogar este mes ({amount} cada "
                "uno). Estoy en paro y me han dejado la cuenta en negativo.",
            ),
            reply(
                CHAT,
                "Lo siento mucho, {name}. Veo los dos cargos: es un error nuestro. Pido ahora "
                "mismo la devolución del cargo duplicado.",
            ),
            promise("Confirmar la devolución del cargo duplicado", 72),
            note("Devolución pedida a Tesorería con prioridad; el cliente está en paro."),
            reply(
                SMS,
                "Seguros: hemos devuelto {amount} a su cuenta por el cargo duplicado. Disculpe "
                "las molestias.",
            ),
            message(SMS, "Recibido, muchas gracias."),
        ),
        sensitivity="financial-hardship",
    ),
    Scenario(
        "es",
        "insurer-billing",
        "payment-plan",
        "Fraccionar el pago del seguro",
        (
            message(
                EMAIL,
                "Este año no puedo pagar el seguro de golpe; me han reducido la jornada. ¿Puedo "
                "fraccionarlo sin perder la cobertura?",
            ),
            reply(
                EMAIL,
                "Hola, {name}, claro que sí: podemos fraccionarlo en pagos mensuales sin recargo "
                "y sin perder cobertura. ¿Le llamo para explicarle las opciones?",
            ),
            message(EMAIL, "Sí, por favor. Mejor por la mañana."),
            call(
                PHONE,
                OUT,
                10,
                "Acordamos pago mensual sin recargo durante 12 meses. La clienta se queda "
                "aliviada; le enviamos la confirmación por escrito.",
            ),
            reply(
                EMAIL,
                "Le confirmamos el fraccionamiento en 12 pagos mensuales sin recargo. Su "
                "cobertura sigue completa.",
            ),
        ),
        sensitivity="financial-hardship",
    ),
    Scenario(
        "es",
        "insurer-billing",
        "complaint",
        "Subida de la prima sin aviso",
        (
            call(
                PHONE,
                IN,
                8,
                "Cliente molesto: la prima de su seguro de salud ha subido un 18 % sin aviso. "
                "Pide una explicación y habla de darse de baja.",
            ),
            reply(
                EMAIL,
                "Buenos días, {name}: le detallamos el motivo de la actualización de la prima y "
                "las alternativas que mantienen el precio anterior.",
            ),
            message(EMAIL, "Sigo sin entender por qué no me avisaron con antelación."),
            note("La carta de renovación se envió a una dirección antigua. Avisado Operaciones."),
            reply(
                EMAIL,
                "Tiene razón: la carta se envió a una dirección antigua. Le mantenemos el precio "
                "anterior hasta la próxima renovación.",
            ),
        ),
    ),
    Scenario(
        "es",
        "insurer-billing",
        "billing-error",
        "Siguen cobrando el seguro de su madre fallecida",
        (
            message(
                EMAIL,
                "Mi madre falleció en enero y di de baja su seguro, pero siguen cobrando el "
                "recibo de su cuenta. Cada cargo me lo recuerda.",
            ),
            reply(
                EMAIL,
                "Estimado {name}, le acompañamos en el sentimiento y le pedimos disculpas. "
                "Anulamos hoy la póliza con fecha de enero y le devolvemos todos los recibos.",
            ),
            note("La baja se registró sin fecha de efecto. Corregido; devolución de 3 recibos."),
            promise("Confirmar la devolución de los recibos", 96),
            reply(
                EMAIL,
                "Le confirmamos la devolución de los tres recibos. No habrá más cargos. Sentimos "
                "mucho el mal rato que le hemos causado.",
            ),
        ),
        sensitivity="bereavement",
    ),
    Scenario(
        "es",
        "funeral-arrangements",
        "funeral-service",
        "Fallecimiento en el hospital: organizar el servicio",
        (
            call(
                PHONE,
                IN,
                12,
                "Llama el hijo: su madre ha fallecido esta tarde en el hospital. No sabe por "
                "dónde empezar. Le acompañamos paso a paso: traslado, documentos y ceremonia.",
            ),
            note("La familia prefiere incineración y una ceremonia íntima."),
            call(
                PHONE,
                OUT,
                10,
                "Confirmamos el traslado al tanatorio a las 20:00 y quedamos mañana a las 10:00 "
                "para elegir el servicio.",
            ),
            visit(
                "Reunión en el tanatorio con el hijo y la nieta: incineración y ceremonia civil "
                "el jueves a las 12:00, con la música que ha elegido la familia."
            ),
            reply(
                EMAIL,
                "Estimado {name}: le acompañamos en el sentimiento. Le enviamos el resumen de la "
                "ceremonia del jueves y la documentación que le entregaremos después.",
            ),
            promise("Entregar a la familia las cenizas y la documentación", 96),
        ),
        severity=Severity.HIGH,
        sensitivity="bereavement",
    ),
    Scenario(
        "es",
        "funeral-arrangements",
        "documents",
        "Certificado de defunción para la pensión",
        (
            message(
                EMAIL,
                "Buenas tardes. Mi marido falleció hace tres semanas y me piden el certificado "
                "literal de defunción para la pensión. ¿Me pueden ayudar a pedirlo?",
            ),
            reply(
                EMAIL,
                "Estimada {name}, le acompañamos en el sentimiento. Sí, lo pedimos nosotros al "
                "Registro Civil y se lo enviamos en cuanto lo tengamos.",
            ),
            promise("Enviar el certificado literal de defunción", 120),
            note("Solicitado al Registro Civil por la sede electrónica."),
            reply(
                EMAIL,
                "Le enviamos el certificado literal de defunción. Si necesita ayuda con la "
                "solicitud de la pensión, podemos orientarle.",
            ),
            message(EMAIL, "Muchísimas gracias. Ha sido un alivio no tener que hacerlo sola."),
        ),
        sensitivity="bereavement",
    ),
    Scenario(
        "es",
        "funeral-arrangements",
        "complaint",
        "Error en el nombre de la esquela",
        (
            message(
                CHAT,
                "En la esquela del periódico han escrito mal el nombre de mi padre. Es lo último "
                "que podemos hacer por él y está mal.",
            ),
            reply(
                CHAT,
                "Lo sentimos muchísimo, {name}. Es un error nuestro y lo corregimos hoy mismo. "
                "¿Me confirma cómo debe aparecer exactamente?",
            ),
            message(CHAT, "José Antonio Lázaro Benítez, con tilde en Lázaro."),
            note("El periódico publica la corrección mañana sin coste para la familia."),
            switch(PHONE, "La responsable del servicio llama para disculparse en persona."),
            call(
                PHONE,
                OUT,
                7,
                "La responsable pide disculpas en persona. La esquela corregida sale mañana y la "
                "funeraria asume el coste. La familia lo agradece.",
            ),
        ),
        severity=Severity.HIGH,
        sensitivity="bereavement",
    ),
    Scenario(
        "es",
        "funeral-arrangements",
        "funeral-service",
        "Repatriación a Guayaquil",
        (
            call(
                PHONE,
                IN,
                15,
                "Llama la hermana de un fallecido ecuatoriano: la familia quiere repatriar el "
                "cuerpo a Guayaquil. Le explicamos plazos, documentos y costes.",
            ),
            reply(
                EMAIL,
                "Estimada {name}: le enviamos la lista de documentos para la repatriación y el "
                "presupuesto detallado. Nosotros coordinamos todo con el consulado.",
            ),
            message(
                EMAIL,
                "¿Cuántos días puede tardar? Mi madre está esperando allí y no quiero darle "
                "fechas falsas.",
            ),
            reply(
                EMAIL,
                "Prefiero ser honesta con usted: entre cinco y siete días, según el consulado. "
                "Le llamaremos cada día con las novedades.",
            ),
            promise("Llamar a la familia con el vuelo confirmado", 96),
            call(
                PHONE,
                OUT,
                6,
                "Vuelo confirmado para el sábado. Informamos a la familia de la hora de llegada "
                "a Guayaquil.",
            ),
        ),
        severity=Severity.HIGH,
        sensitivity="bereavement",
    ),
)

ENGLISH_SCENARIOS = (
    Scenario(
        "en",
        "insurer-claims",
        "claim",
        "Car accident on holiday in Málaga",
        (
            call(
                PHONE,
                IN,
                13,
                "Customer on holiday in Málaga: rear-ended at a roundabout, nobody hurt but "
                "shaken. Rental car cannot be driven. Walked through the accident report form "
                "step by step. Claim {ref}.",
            ),
            reply(
                EMAIL,
                "Hi {name}, as promised, here is a summary of the next steps and the accident "
                "report form in English. Your claim number is {ref}.",
            ),
            message(
                EMAIL,
                "Thanks. The other driver's insurer hasn't contacted us. We fly home on Sunday; "
                "will that be a problem?",
            ),
            reply(
                EMAIL,
                "Not at all: we deal with the other insurer directly and everything can carry "
                "on by email once you are home.",
            ),
            promise("Email the customer when the other insurer accepts liability", 120),
        ),
    ),
    Scenario(
        "en",
        "insurer-billing",
        "billing-error",
        "Charged after cancelling the policy",
        (
            message(
                CHAT,
                "I cancelled my policy last month but I've just been charged {amount} again. "
                "Can you please check?",
            ),
            reply(
                CHAT,
                "I'm sorry about that, {name}. I can see the cancellation and the charge; it "
                "should not have happened. I've requested a full refund.",
            ),
            promise("Confirm the refund has been sent", 72),
            reply(
                EMAIL,
                "The refund of {amount} is on its way and should reach your account within "
                "three working days.",
            ),
            message(EMAIL, "Received, thank you."),
        ),
    ),
    Scenario(
        "en",
        "hospital-admissions",
        "admission",
        "Father admitted after a fall; family abroad",
        (
            message(
                EMAIL,
                "My father was admitted yesterday after a fall. I live in London and can't fly "
                "out until Friday. Is there any way to get an update from his doctor?",
            ),
            reply(
                EMAIL,
                "Dear {name}, I'm sorry to hear about your father. With his consent we can set "
                "up a video call with the ward doctor this afternoon.",
            ),
            message(EMAIL, "Yes please, any time works."),
            switch(VIDEO, "Video call with the ward doctor for the family abroad."),
            call(
                VIDEO,
                OUT,
                15,
                "Video call with Dr Romero, the patient and his son: hip fracture, surgery "
                "tomorrow morning. The son is reassured and will call the ward daily at 18:00.",
            ),
            message(EMAIL, "Thank you so much for arranging that. It meant a lot to see him."),
        ),
        severity=Severity.HIGH,
    ),
    Scenario(
        "en",
        "hospital-oncology",
        "appointments",
        "Biopsy results letter in Spanish",
        (
            message(
                CHAT,
                "I received a letter about my wife's biopsy results appointment but it's in "
                "Spanish and we don't understand it. We're really worried.",
            ),
            reply(
                CHAT,
                "I'm sorry, {name}, that must be stressful. The letter is an appointment with "
                "Oncology on Monday at 11:00. I'll book an English-speaking interpreter.",
            ),
            promise("Confirm the interpreter for Monday's appointment", 48),
            reply(
                SMS,
                "Hospital: an English interpreter will meet you at Oncology reception on Monday "
                "at 10:45.",
            ),
            message(SMS, "Thank you, that's a huge relief."),
        ),
        sensitivity="serious-diagnosis",
    ),
    Scenario(
        "en",
        "funeral-arrangements",
        "funeral-service",
        "Husband died on holiday: repatriation",
        (
            call(
                PHONE,
                IN,
                18,
                "The customer's husband died suddenly on holiday. She is alone and does not "
                "speak Spanish. Explained repatriation; her travel insurance covers it. One "
                "coordinator will be her single point of contact.",
            ),
            note("Travel insurer confirmed cover. British consulate informed."),
            reply(
                EMAIL,
                "Dear {name}, I am so sorry for your loss. I am your coordinator and you can "
                "reach me directly. Attached is a plain-English summary of the next steps.",
            ),
            message(EMAIL, "Thank you for being so kind. Can I see him before he is flown home?"),
            reply(
                EMAIL,
                "Of course. We have arranged a private room for you tomorrow at 10:00, for as "
                "long as you need.",
            ),
            promise("Call with the confirmed repatriation flight", 72),
        ),
        severity=Severity.CRITICAL,
        sensitivity="bereavement",
    ),
    Scenario(
        "en",
        "funeral-arrangements",
        "billing-error",
        "Funeral invoice higher than the quote",
        (
            message(
                EMAIL,
                "The final invoice for my mother's funeral is {amount} more than the quote we "
                "agreed. Nobody explained the extra charges.",
            ),
            reply(
                EMAIL,
                "Dear {name}, I'm very sorry. You should never find a surprise like this at such "
                "a time. I'm reviewing the invoice line by line and will call you tomorrow.",
            ),
            call(
                PHONE,
                OUT,
                9,
                "Went through the invoice together: flowers were charged twice and the extra car "
                "was never requested. Both removed; the new invoice matches the quote.",
            ),
            message(EMAIL, "Thank you for sorting it out, and for calling."),
        ),
        sensitivity="bereavement",
    ),
    Scenario(
        "en",
        "hospital-patient-care",
        "complaint",
        "Appointment reminders for a patient who has died",
        (
            message(
                SMS,
                "Please stop sending appointment reminders to my late husband. He passed away "
                "two months ago. This is the third one.",
            ),
            reply(
                SMS,
                "We are so sorry, {name}. We have cancelled all his appointments and reminders "
                "today. Please accept our apologies.",
            ),
            handoff(
                "hospital-admissions",
                "The patient died two months ago but his record is still active, so reminders "
                "keep going out. Please update the record and check for other appointments.",
            ),
            note("Record updated; two more appointments found and cancelled."),
            message(SMS, "Thank you."),
        ),
        sensitivity="bereavement",
    ),
    Scenario(
        "en",
        "insurer-claims",
        "claim",
        "Storm damage: roof open over the children's bedroom",
        (
            message(
                IN_APP,
                "A storm ripped part of our roof off last night. Water is coming into the kids' "
                "bedroom. What do we do?",
            ),
            reply(
                IN_APP,
                "I'm so sorry, {name}. Please move everyone to a dry room. We are sending an "
                "emergency roofer today to make it safe. Claim {ref}.",
            ),
            message(IN_APP, "The roofer hasn't arrived and it's getting dark."),
            switch(PHONE, "Calling the family with news of the emergency roofer."),
            call(
                PHONE,
                OUT,
                5,
                "Roofer delayed by storm call-outs; arriving at 19:30. Offered a hotel night; "
                "the family prefers to stay.",
            ),
            promise("Call the customer after the roofer's visit", 8),
        ),
        severity=Severity.HIGH,
    ),
    Scenario(
        "en",
        "insurer-billing",
        "payment-plan",
        "Direct debit failed: is the cover still valid?",
        (
            message(
                EMAIL,
                "My direct debit failed because I was between jobs. Am I still covered? My son "
                "has a hospital appointment next week.",
            ),
            reply(
                EMAIL,
                "Hi {name}, yes, you are still covered: there is a 30-day grace period. We can "
                "move your payment date or split the payment, whichever helps.",
            ),
            message(EMAIL, "Could we move it to the 5th of each month?"),
            reply(
                EMAIL,
                "Done: from next month your payment will be taken on the 5th. Good luck with "
                "your son's appointment.",
            ),
        ),
        sensitivity="financial-hardship",
    ),
    Scenario(
        "en",
        "hospital-admissions",
        "complaint",
        "Hearing aids not returned at discharge",
        (
            message(
                EMAIL,
                "My father was discharged on Tuesday and his hearing aids were not returned. "
                "Without them he can't follow a conversation.",
            ),
            reply(
                EMAIL,
                "I'm sorry, {name}. I've asked the ward and the lost property office to search "
                "for them today.",
            ),
            note("Hearing aids found in a drawer at the ward's nurse station."),
            call(
                PHONE,
                OUT,
                4,
                "Hearing aids found; the family will collect them tomorrow at reception. "
                "Apologised for the trouble.",
            ),
        ),
    ),
    Scenario(
        "en",
        "hospital-oncology",
        "appointments",
        "Transport to 25 radiotherapy sessions",
        (
            call(
                PHONE,
                IN,
                8,
                "Patient starting 25 radiotherapy sessions lives 60 km away and can neither "
                "drive nor afford daily taxis. Asked about transport.",
            ),
            note("Requested non-urgent patient transport for the radiotherapy schedule."),
            promise("Confirm transport for the radiotherapy sessions", 48),
            call(
                PHONE,
                OUT,
                3,
                "Transport confirmed for every session, pick-up at 8:00. The patient is relieved.",
            ),
        ),
        sensitivity="financial-hardship",
    ),
    Scenario(
        "en",
        "hospital-patient-care",
        "complaint",
        "Cut off three times while asking about surgery",
        (
            message(
                EMAIL,
                "I called three times yesterday to ask about my wife's surgery and was put on "
                "hold and cut off every time.",
            ),
            reply(
                EMAIL,
                "Dear {name}, I'm truly sorry; that is not the care we want to give. I'll call "
                "you personally today and give you a direct line to the surgical ward.",
            ),
            call(
                PHONE,
                OUT,
                6,
                "Called the customer: the surgery went well and his wife is in recovery. Gave "
                "him the ward's direct number.",
            ),
            message(EMAIL, "Thank you for calling. It made a real difference."),
        ),
    ),
    Scenario(
        "en",
        "insurer-claims",
        "claim",
        "Daughter in hospital abroad: asked to pay upfront",
        (
            message(
                CHAT,
                "My daughter is in hospital in Barcelona with appendicitis. The hospital is "
                "asking us to pay upfront. Are we covered?",
            ),
            reply(
                CHAT,
                "Yes, {name}, you are covered. I'm contacting the hospital now to arrange "
                "direct payment so you don't have to pay anything.",
            ),
            note("Guarantee of payment sent to the hospital."),
            reply(
                CHAT,
                "All sorted: the hospital has our guarantee of payment. Please focus on your "
                "daughter; we hope she feels better soon.",
            ),
            message(CHAT, "Thank you so much."),
        ),
        severity=Severity.HIGH,
    ),
)
