"""Spanish data for the engine: Faro's own lexicon, its modifiers and abbreviations, and the
Spanish contact-centre cues. Shared machinery is in `sentiment.rules`."""

from __future__ import annotations

import functools
import re

from sentiment.normalize import split_words
from sentiment.rules import (
    B_DECR,
    B_INCR,
    LEXICON_DIR,
    LanguageRules,
    build_phrases,
    compile_cues,
    emoticons,
    read_tsv,
)

ES_NEGATORS = frozenset(
    split_words(
        "no nunca jamas nadie nada ningun ninguno ninguna ningunos ningunas ni tampoco sin nop nel "
        "cero"
    )
    + ["para nada", "en absoluto", "ni siquiera", "en la vida", "no hay", "ni un", "ni una"]
    # "no ha vuelto a fallar": the negation reaches the verb after "vuelto a" (good news)
    + ["no ha vuelto a", "no han vuelto a", "no he vuelto a", "no hemos vuelto a"]
    + ["no volvio a", "no volvieron a"]
)

ES_BOOSTERS = {
    **dict.fromkeys(
        split_words(
            "muy super re recontra requete demasiado demasiada demasiados demasiadas bastante tan "
            "totalmente completamente absolutamente realmente sumamente extremadamente "
            "increiblemente terriblemente tremendamente enormemente profundamente altamente "
            "especialmente mucho mucha muchos muchas mas hiper ultra mega tremendo tremenda "
            "verdaderamente francamente rematadamente horriblemente sumamente"
        )
        + ["de verdad", "muy muy", "lo mas", "la mas"],
        B_INCR,
    ),
    **dict.fromkeys(
        split_words("algo medio casi apenas ligeramente relativamente levemente escasamente")
        + ["un poco", "un poquito", "un poquillo", "un tanto", "mas o menos", "poco"]
        # "hay algo de retraso", "un poco de lío": a little of a bad thing
        + ["algo de", "un poco de", "un poquito de"],
        B_DECR,
    ),
}

_ES_DURATION = (
    r"(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|"
    r"treinta|cuarenta|varios|varias|muchos|muchas|mas de (?:\d+|un|una|dos|tres|\w+)|"
    r"casi (?:\d+|un|una|dos|tres|\w+)|media|otro|otra|todo el|toda la) (?:minutos?|mins?|"
    r"horas?|hrs?|dias?|semanas?|mes|meses|anos?|manana|tarde|noche|dia)"
)

ES_CUES = [
    # repeat contact
    (
        r"(?:(?:por )?(?:segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima|"
        r"enesima|milesima|\d+(?:a|ra|ta|va|na|ma|ª)?) vez"
        # loyalty is no repeat contact: "es la segunda vez que contrato con ustedes"
        r"(?! que (?:contrato|contratamos|compro|compramos|renuevo|renovamos|elijo|elegimos|"
        r"confio|confiamos|me aseguro|nos aseguramos)))|(?:segunda|tercera|cuarta|quinta|"
        r"enesima) (?:cita|visita|llamada|reclamacion|queja|carta|correo|factura|tecnico|"
        r"averia|incidencia)",
        -1.8,
        "repeat contact",
        "vez segunda tercera cuarta quinta enesima",
    ),
    (
        r"(?:(?:otra vez|de nuevo|nuevamente)(?! para| solo para| con el| con la| los datos| el|"
        r" porque me falto| porque se me olvido| porque olvide)|una vez mas|"
        r"otra vuelta|"
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|muchas|mil|cien|"
        r"tantas|un monton de|mas de \w+) veces"
        r"(?! al dia| por dia| a la semana| por semana| al mes)|"
        # "no ha vuelto a fallar" is good news; "vuelvo a escribir para adjuntar…" a purpose
        r"(?<!no )(?:vuelvo|volvi|volvemos|vuelve|vuelven|"
        r"volvio|volvieron|(?:he|ha|han|hemos|habeis) vuelto) a (?:llamar|escribir|reclamar|"
        r"pedir|preguntar|tener|pasar|fallar|"
        r"cobrar|cortar|caer)(?! solo para| para (?:adjuntar|enviar|mandar|dar|anadir|"
        r"completar|confirmar|corregir|aclarar|agradecer|avisar))|"
        r"siempre (?:lo mismo|igual|la misma)|como siempre|cada vez que|"
        r"(?:sigo|seguimos) igual|"
        r"(?:sigue|siguen) (?:igual|pasando|fallando|sin|cortandose|cayendo|cayendose|"
        # with an enclitic pronoun too: "siguen reclamándole pagos", "siguen mandándome cartas"
        r"(?:llamando|cobrando|mandando|enviando|llegando|reclamando|pidiendo|escribiendo|"
        r"cortando|marcando|saliendo|apareciendo|dando)\w*)|"
        # a line that drops again and again: "se corta cada cinco minutos"
        r"se (?:corta|cae|va|desconecta|cuelga|reinicia|bloquea) (?:cada|a cada rato|todo el rato)|"
        # "ya van tres técnicos": the count of visits so far
        r"ya (?:van|son|llevo|llevamos) (?:\d+|dos|tres|cuatro|cinco|seis|varias|varios) "
        r"(?:tecnicos|llamadas|visitas|correos|mails|reclamaciones|citas|intentos|semanas|meses))",
        -1.4,
        "repeat contact",
        (
            "vez nuevo nuevamente vuelta veces vuelvo volvi volvemos vuelve vuelven volvio "
            "volvieron vuelto siempre cada sigue siguen sigo seguimos rato van son"
        ),
    ),
    # elapsed waiting
    (
        r"(?:llevo|llevamos|lleva|llevan|desde hace|ya son|ya van|van|sigo|seguimos|"
        r"ha pasado|han pasado|ya paso|ya pasaron|pasaron|"
        r"esperando|esperado|espera|esperar|todavia|aun)(?: \S+){0,5}? "
        + _ES_DURATION
        # "hace un mes" alone dates a fact ("murió hace un mes"); "hace un mes que espero" waits
        + r"|(?:hace|hacen) "
        + _ES_DURATION
        + r" que (?:espero|esperamos|estoy|estamos|llamo|"
        r"llame|pedi|pedimos|mande|envie|reclame|reclamo|no|nadie|sigo|seguimos)",
        -1.9,
        "waiting",
        (
            "minuto minutos min mins hora horas hr hrs dia dias semana semanas mes meses ano anos "
            "manana tarde noche"
        ),
    ),
    (
        _ES_DURATION + r"(?: \S+){0,3}? (?:esperando|sin|y nada|y nadie|y todavia|y aun|"
        r"y sigo|y seguimos|de espera|en espera|despues|y ni)",
        -1.9,
        "waiting",
        (
            "minuto minutos min mins hora horas hr hrs dia dias semana semanas mes meses ano anos "
            "manana tarde noche"
        ),
    ),
    (
        # "todavía no he decidido", "aún no sé si…": the customer's own indecision, not a wait
        r"(?:todavia no|aun no)(?! (?:lo |me )?(?:he |hemos )?(?:decidido|decidimos|decido|"
        r"elegido|pensado|se si|se que|se cual|sabemos))|"
        r"(?:sigo sin|seguimos sin|todavia sin|aun sin|sigo esperando|"
        r"seguimos esperando|sigue sin|siguen sin|sigo a la espera|a dia de hoy|hasta la fecha|"
        r"a la fecha|y nada|ni rastro|sin noticias|nadie me (?:dice|da|explica)|"
        r"esperando (?:respuesta|una respuesta|solucion|que))",
        -1.5,
        "waiting",
        "todavia aun sigo seguimos sigue siguen dia fecha nada rastro noticias nadie esperando",
    ),
    # broken promises
    (
        r"(?:quedaron|quedo|quedamos|quedaste|quedasteis|quedaron|habian quedado|han quedado|"
        r"habiamos quedado|dijeron|dijo|dijisteis|dijiste) en "
        r"(?:llamar|devolver|enviar|mandar|contactar|solucionar|resolver|avisar|venir|pasar|"
        r"arreglar|escribir)\w*|(?:me|nos) (?:dijeron|dijo|prometieron|prometio|aseguraron|"
        r"aseguro|garantizaron|garantizo|comentaron|indicaron|juraron|juro|juraste|prometiste|"
        r"prometisteis|aseguraste|dijiste) que"
        # an instruction passed on, in either subjunctive ("que llamara", Latin America "que
        # llame a este número"), is no promise
        r"(?! (?:le |les |os |lo |la |se lo |se la )?(?:enviara|mandara|llamara|escribiera|"
        r"trajera|adjuntara|rellenara|pidiera|hiciera|pasara|fuera|esperara|subiera|envie|mande|"
        r"llame|escriba|traiga|adjunte|rellene|pida|haga|pase|vaya|espere|suba)\b)"
        r"|supuestamente|"
        r"se supone que|me prometieron|nos prometieron|promesas|"
        r"(?:me|nos) (?:dijeron|dijo|habian dicho|han dicho|dijisteis) otra cosa",
        -1.6,
        "broken promise",
        (
            "quedaron quedo quedamos quedaste quedasteis quedado dijeron dijo dijisteis dijiste "
            "prometieron prometio aseguraron "
            "aseguro garantizaron garantizo comentaron indicaron juraron juro juraste "
            "prometiste prometisteis aseguraste "
            "supuestamente supone "
            "promesas"
        ),
    ),
    # exit and escalation threats
    (
        r"(?:hoja|libro|formulario) de reclamaciones|(?:poner|pondre|voy a poner|presentar|"
        r"interponer|meter) (?:una )?(?:queja|reclamacion|denuncia|demanda|reclamo)|"
        r"(?:mi|un|una|al|con) abogad[oa]|(?:via|accion|acciones|medidas) legal(?:es)?|"
        r"profeco|facua|ocu|defensa del consumidor|oficina del consumidor|"
        # the consumer office, not "el consumo de abril"
        r"(?:a|en|ante) consumo|oficina de consumo|sernac|"
        r"indecopi|superintendencia|defensor del (?:cliente|asegurado|pueblo)|"
        r"(?:hablar|comunicarme|comuniqueme|paseme|pasame|paseme|pasenme|quiero) (?:con )?"
        r"(?:un |el |tu |su |al |a un |a tu |a su )?(?:supervisor|superior|encargado|"
        r"responsable|jefe|gerente)|redes sociales|(?:cambiarme|cambiarnos|me cambio|"
        r"nos cambiamos|me voy|nos vamos|irme|irnos|me paso|me pasare|nos pasamos|pasarme|"
        r"pasarnos) (?:de|a) (?:compania|operador|empresa|"
        r"aseguradora|banco|proveedor|otra|la competencia)|me voy a la competencia",
        -2.1,
        "escalation threat",
        (
            "reclamaciones queja reclamacion denuncia demanda reclamo abogado abogada legal "
            "legales "
            "profeco facua ocu consumidor consumo sernac indecopi superintendencia defensor "
            "supervisor superior encargado responsable jefe gerente redes compania operador "
            "empresa "
            "aseguradora banco proveedor competencia"
        ),
    ),
    (
        r"(?:cancelar|anular|rescindir|dar de baja|darme de baja|darnos de baja|me doy de baja|"
        r"me dare de baja|cancelo|cancelare|anulo|cancelen|anulen) (?:el |mi |la |los |mis |"
        r"todo )?(?:contrato|contratos|servicio|servicios|poliza|cuenta|linea|suscripcion|"
        r"seguro|plan)|(?:cancelen|cancelad|anulen|anulad) todo(?! el| la| lo)",
        -1.5,
        "exit threat",
        "cancelar anular rescindir baja cancelo cancelare anulo cancelen anulen",
    ),
    # being passed around
    (
        r"de un lado (?:a|para) otro|de departamento en departamento|de area en area|"
        r"de (?:un|una) (?:agente|persona|operador|operadora) (?:a|en) otr[oa]|"
        r"me (?:pasan|transfieren|derivan|mandan|remiten|pasaron|transfirieron|derivaron|"
        r"mandaron|pasais|pasas) (?:de nuevo|otra vez|a otro|con otro|a otra|con otra|de un)|"
        r"nadie sabe nada|nadie se hace (?:cargo|responsable)|ping ?pong|"
        r"me (?:estan|tienen) (?:mareando|toreando|vacilando|paseando)|largas|"
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|varias|varios|muchas|muchos) (?:personas|"
        r"agentes|operadores|operadoras|asesores|departamentos) (?:distint[oa]s|diferentes)",
        -1.8,
        "passed around",
        (
            "lado departamento area agente persona operador operadora pasan transfieren derivan "
            "mandan remiten pasaron transfirieron derivaron mandaron pasais pasas nadie ping "
            "pingpong"
            " mareando toreando vacilando paseando largas distintos distintas diferentes"
        ),
    ),
]

ES_CUES += [
    # indignant disbelief opening a message: "¿cómo que no hay sala?", "¿CÓMO QUE RECHAZADO?"
    (r"^(?:pero |y |oiga |oigan |perdona |perdone )?como que", -1.6, "disbelief", "como"),
    # a supply or service cut off by the company
    (
        r"(?:me|nos) (?:cortan|cortaron|han cortado|cortasteis|corto|cortais|cortaste|quitan|"
        r"quitaron|han quitado|suspendieron|han suspendido|suspenden|bloquearon|han bloqueado) "
        r"(?:el|la|los|las|mi|mis) (?:luz|agua|gas|servicio|linea|internet|telefono|fibra|datos|"
        r"suministro|cuenta|tarjeta|movil|wifi|conexion)",
        -1.8,
        "service cut",
        (
            "cortan cortaron cortado cortasteis corto cortais cortaste quitan quitaron quitado "
            "suspendieron suspendido suspenden bloquearon bloqueado"
        ),
    ),
    # "por qué" about a grievance is negative (labelling guideline): a charge, a cut, a refusal
    (
        r"(?:por que|porque|xq) (?:me |nos )?(?:han |ha |habeis )?(?:cobran|cobraron|cobrado|"
        r"cobrais|cortan|cortaron|cortado|quitan|quitaron|quitado|suben|subieron|subido|"
        r"cancelan|cancelaron|cancelado|rechazan|rechazaron|rechazado|deniegan|denegaron|"
        r"denegado|bloquean|bloquearon|bloqueado|penalizan|penalizaron|multan|multaron)",
        -1.6,
        "grievance question",
        "que porque xq",
    ),
    # one thing agreed, another done: "el contrato decía una cosa y me cobran otra"
    (
        r"una cosa y (?:ahora |luego |despues |aqui |alli )?(?:me |nos )?(?:cobran|cobraron|"
        r"hacen|hicieron|dicen|dijeron|mandan|mandaron|ponen|pusieron|dan|dieron) otra",
        -1.8,
        "broken promise",
        "otra",
    ),
    # a price rise is a grievance even when it is asked about ("¿por qué ha subido la cuota?")
    (
        r"(?:(?:factura|facturas|cuota|cuotas|precio|precios|tarifa|tarifas|prima|recibo|recibos|"
        r"mensualidad|plan) (?:me |nos )?(?:ha |han )?(?:subido|aumentado|duplicado|doblado|"
        r"subio|subieron|aumento|aumentaron|sube|suben))|(?:ha |han |me |nos |por que )"
        r"(?:subido|aumentado|duplicado|doblado|subio|subieron) (?:la|el|las|los|mi|mis) "
        r"(?:factura|facturas|cuota|cuotas|precio|precios|tarifa|tarifas|prima|recibo|recibos|"
        r"mensualidad)|(?:factura|recibo|cuota|precio|tarifa|prima|cargo|cobro)(?: \S+){0,4}? "
        r"(?:es|viene|vino|llega|llego|sale|salio|ha venido|ha llegado) (?:el |al )?"
        r"(?:doble|triple)|(?:factura|recibo|cuota|precio|tarifa|prima)(?: \S+){0,3}? "
        r"(?:es|viene|vino|esta|llega|llego|sale|salio) (?:mucho |tan |bastante )?(?:mas alta|"
        r"mas alto|mas cara|mas caro|tan alta|tan alto|por las nubes)",
        -1.4,
        "price rise",
        "subido aumentado duplicado doblado subio subieron aumento aumentaron sube suben doble "
        "triple alta alto cara caro nubes",
    ),
    # "pedí cita hace un mes y …": elapsed time, unless it dates a death ("murió hace un mes y
    # quiero saber…"), which the engine checks (see ELAPSED_TIME in the engine)
    (
        r"(?:hace|hacen) " + _ES_DURATION + r" y",
        -1.6,
        "elapsed time",
        (
            "minuto minutos min mins hora horas hr hrs dia dias semana semanas mes meses ano anos "
            "manana tarde noche"
        ),
    ),
    # it should have been done by now
    (
        r"ya (?:deberia|deberian|tendria que|tendrian que|tenia que|tenian que) (?:estar|haber)"
        r"|(?:deberia|deberian|tendria que|tendrian que) haber(?:lo|la|me|nos)? (?:\w+ado|\w+ido)",
        -1.9,
        "broken promise",
        "deberia deberian tendria tendrian tenia tenian",
    ),
    (
        r"(?<!\bel )(?<!\bdel )(?<!\bal )(?<!\bla )(?:otro|otra) (?:mes|semana|dia|ano|corte|cargo|"
        r"cobro|aumento|subida|retraso|error|"
        r"fallo|problema|averia|excusa|tecnico|perito|agente|llamada|factura|vez mas)",
        -1.5,
        "repeat contact",
        "otro otra",
    ),
    (
        r"(?:deja|dejen|dejad|dejar|dejes|dejaran|dejasen) de (?:llamar|cobrar|molestar|enviar|"
        r"mandar|pasar|"
        r"marear|mentir|escribir|tomar)\w*|(?:devuelvan|devolvedme|devuelveme|devuelvanme|"
        r"devolverme|quiero) (?:mi|el|me) (?:dinero|plata|pasta|reembolso)|"
        r"(?:quiero|exijo|necesito) que me (?:devuelvan|reembolsen|abonen|paguen)|"
        r"(?:alguien|nadie) (?:me )?(?:va a|piensa|puede decirme|sabe|de verdad|realmente|lee|"
        r"leen|lee esto)|"
        r"no se (?:a quien|con quien|donde|que) (?:mas )?(?:acudir|recurrir|llamar|reclamar|hacer)"
        r"|que esta pasando|"
        r"me (?:subieron|suben|han subido|aumentaron) (?:la|el|las|los)|de un (?:departamento|"
        r"area|agente|sitio|lado|numero|telefono) (?:a|para|en) otro",
        -1.6,
        "demand",
        (
            "deja dejen dejad dejar dejes dejaran dejasen exijo necesito devuelvan devolvedme "
            "devuelveme devuelvanme devolverme "
            "quiero alguien nadie acudir recurrir pasando subieron suben subido aumentaron "
            "departamento area agente sitio lado numero telefono"
        ),
    ),
    (
        r"^(?:ay |oh )?(?:genial|perfecto|estupendo|fantastico|maravilloso|que bien|muy bien|"
        r"de maravilla|bravo|excelente) (?:otro|otra|otra vez|de nuevo)",
        -3.6,
        "sarcasm",
        "otro otra vez nuevo",
    ),
]

# "llevo desde ayer así", "llevamos desde el lunes sin agua": the wait dated by its start
ES_CUES += [
    # "ahora resulta que tengo que pagar yo": what was agreed turns out otherwise
    (r"(?:ahora|encima|y) resulta que", -1.6, "broken promise", "resulta"),
    # going public, going to court, returning the direct debits: exit and escalation threats
    (
        r"(?:contar|contarlo|publicar|publicarlo|subir|subirlo|poner|ponerlo|difundir|"
        r"denunciar|denunciarlo|compartir|exponer|escrachar)\w*(?: \S+){0,3} en (?:las )?redes"
        r"|(?:a|ante) (?:juicio|(?:los )?tribunales|(?:el |al )?juzgado)"
        r"|(?:devolver|devuelvo|devolvere|devolveremos|devolvemos)(?: todos)? (?:los|el|las|mis) "
        r"(?:recibos?|cargos?|domiciliacion(?:es)?)",
        -2.1,
        "escalation threat",
        "redes juicio tribunales juzgado devolver devuelvo devolvere devolveremos devolvemos",
    ),
    # disbelief at what happened: "no entiendo cómo pudo pasar"
    (
        r"no (?:entiendo|entendemos|me explico|comprendo) como (?:pudo|pudieron|puede ser|"
        r"es posible|ha podido|han podido|pueden)",
        -1.6,
        "disbelief",
        "entiendo entendemos explico comprendo",
    ),
    # "cortarme el internet justo el día de la mudanza": the cut named by its infinitive
    (
        r"cortar(?:me|nos|le|les) (?:el|la|los|las) (?:internet|luz|linea|agua|gas|telefono|"
        r"servicio|wifi|fibra|suministro|conexion)",
        -1.8,
        "service cut",
        "cortarme cortarnos cortarle cortarles",
    ),
    (
        # "tres meses para cambiar una dirección": the wait put as the price of a simple job
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|varias|varios|tantas|"
        r"tantos) (?:horas|dias|semanas|meses) (?:para|por) (?:un|una|el|la|mi|cambiar|arreglar|"
        r"poner|mandar|enviar|devolver|dar|hacer|contestar|responder|recibir|activar|instalar|"
        r"que)|(?:un|una) (?:mes|semana|ano) para que",
        -1.5,
        "waiting",
        "horas dias semanas meses mes semana ano",
    ),
    (
        r"llev(?:o|amos|a|an|as|ais) desde (?:ayer|anoche|antier|anteayer|esta manana|"
        r"esta tarde|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|mes)|"
        r"la semana|el mes|hace|principios|primera hora|las \d+|la una|el mediodia)",
        -1.5,
        "waiting",
        "llevo llevamos lleva llevan llevas llevais",
    ),
]

_ES_WEEKDAY = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"

# Complaints told by the facts alone, the commonest way a Spanish complaint goes unread: a charge
# for what was paid, returned or never ordered; two sides saying opposite things; the customer
# bounced between two places; a promise dated and then the day it is now; disbelief that it can
# be so; a curt order to fix or explain it; silence counted in calls; a day off spent waiting.
ES_CUES += [
    (
        r"(?:cobran|cobraron|cobrado|cobrando|cobrar|cobro|descontaron|descuentan|descontado|"
        r"cargaron|cargan|cargado|facturan|facturaron|facturado|intereses)(?: \S+){0,6}? "
        r"(?:que|lo que|los que|las que) (?:ya |nunca |no |yo no |nosotros no )?(?:lo |la |los |"
        r"las |le |les )?(?:pague|pagamos|pagado|pedi|pedimos|pedido|contrate|contratamos|"
        r"devolvi|devolvimos|devuelto|solicite|solicitamos|use|usamos|consumi|di de baja|"
        r"dimos de baja|cancele|cancelamos)\b"
        # "pagué la póliza y me sale como impagada": paid, and still owed
        r"|(?:pague|pagamos|he pagado|hemos pagado|ya pague)(?: \S+){0,4}? y (?:me |nos )?"
        r"(?:sale|salen|aparece|aparecen|figura|dicen|reclaman|cobran|siguen)",
        -1.8,
        "wrong charge",
        (
            "cobran cobraron cobrado cobrando cobrar cobro descontaron descuentan descontado "
            "cargaron cargan cargado facturan facturaron facturado intereses pague pagamos pagado"
        ),
    ),
    (
        # "la app dice pagado y ustedes dicen que debo", "allí me dijeron una cosa y aquí otra"
        r"(?:dijeron|dicen|dijo|dice|pone|ponia|decia|decian)(?: \S+){1,10}? y (?:aqui|ahora|"
        r"alli|alla|aca|luego|despues|ustedes|vosotros|en la tienda|el tecnico|el taller) (?:me |"
        r"nos )?(?:dicen|dijeron|dice|dijo|ponen|piden|mandan)"
        # "de la aseguradora al taller y del taller a la aseguradora"
        r"|del? (?:la |el )?(\w+(?: \w+){0,3}?) a(?:l| la| el) (\w+(?: \w+){0,3}?) y del? "
        r"(?:la |el )?\2 a(?:l| la| el) \1\b",
        -1.8,
        "passed around",
        "dijeron dicen dijo dice pone ponia decia decian del",
    ),
    (
        r"(?:lo|la|me|nos|te) (?:pasan|pasaron|pasaran|derivan|derivaron|mandan|mandaron|remiten|"
        r"transfieren|transfirieron) a otr[oa] (?:area|departamento|seccion|persona|agente|"
        r"companero|companera|oficina|sucursal)",
        -1.8,
        "passed around",
        "pasan pasaron pasaran derivan derivaron mandan mandaron remiten transfieren transfirieron",
    ),
    (
        # a promise dated, then the day it is now: "me dijeron el viernes que el lunes… y hoy es
        # miércoles"
        r"(?:dijeron|dijo|dijiste|prometieron|prometio|prometiste|quedaron|quedo|aseguraron)"
        r"(?: \S+){0,14}? (?:hoy es|ya es|estamos a|estamos en) " + _ES_WEEKDAY,
        -1.6,
        "broken promise",
        "lunes martes miercoles jueves viernes sabado domingo",
    ),
    (
        # "no es normal que tarde tanto" — but "¿no es posible que me lo manden?" asks a favour
        r"no (?:es|me parece) (?:posible|normal|logico|serio|aceptable) que"
        r"(?! (?:me |nos )?(?:lo |la |los |las )?(?:manden|envien|llamen|den|pasen|cambien|"
        r"hagan|atiendan|devuelvan)\b)|no es posible$|"
        r"en pleno (?:20\d\d|siglo (?:xxi|21))",
        -1.6,
        "disbelief",
        "posible normal logico serio aceptable pleno",
    ),
    (
        r"(?:arreglen|arreglad|arreglenlo|solucionen|solucionad|solucionenlo|resuelvan|"
        r"resolvedlo|expliquen|expliquenme|explicadme) (?:eso|esto|ya|de una vez|ahora mismo)"
        r"|(?:expliquen|expliquenme|explicadme)$",
        -1.6,
        "demand",
        (
            "arreglen arreglad arreglenlo solucionen solucionad solucionenlo resuelvan resolvedlo "
            "expliquen expliquenme explicadme"
        ),
    ),
    (
        # silence counted: "ni una llamada en tres semanas", "no me han devuelto ni un correo"
        r"ni (?:una|un) (?:sola |solo )?(?:llamada|respuesta|correo|mail|email|mensaje|aviso|"
        r"noticia|explicacion|disculpa)",
        -1.5,
        "waiting",
        "ni",
    ),
    (
        # the customer's day spent for nothing: "me pedí el día libre para esto"
        r"(?:pedi|me pedi|me tome|me cogi|perdi|he perdido|pedimos|perdimos) (?:el|un|medio|la|"
        r"toda la|todo el) (?:dia|manana|tarde)(?: libre| de trabajo| en el trabajo)? "
        r"(?:para esto|para nada|por nada|esperando)",
        -1.6,
        "wasted time",
        "pedi tome cogi perdi perdido pedimos perdimos",
    ),
    (
        # the visit that never happened, and nobody said so: "no vino nadie", "nadie nos avisó"
        r"no (?:vino|vinieron|aparecio|aparecieron|se presento|se presentaron|ha venido|han venido|"
        r"ha aparecido|se ha presentado) (?:nadie|el tecnico|la tecnica|el perito|el instalador|"
        r"el repartidor|el mensajero)|nadie (?:vino|aparecio|se presento|ha venido|"
        r"me aviso|nos aviso|me ha avisado|nos ha avisado|me informo|nos informo)",
        -1.8,
        "no-show",
        "vino vinieron aparecio aparecieron presento presentaron venido aparecido presentado nadie",
    ),
    (
        # the customer made to tell it again: "ya se lo expliqué a su compañera"
        r"ya (?:se |lo |les |te |os |se lo |se los )?(?:lo )?(?:explique|he explicado|conte|"
        r"he contado|hemos explicado|explicamos)",
        -1.4,
        "repeat contact",
        "explique explicado conte contado explicamos",
    ),
]

# Round 7: complaints told by facts alone, and threats or demands in words the cues above lack.
_ES_NUM = r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varias|muchas|unas)"
ES_CUES += [
    # "el técnico ni siquiera tocó el timbre", "ni siquiera me avisaron del corte"
    (
        r"ni siquiera (?:me |nos |le |les |se |lo |la )?(?!se\b|sabia|sabe|se si|hace falta)"
        r"\w+|ni se (?:molestaron|molesto|dignaron|digno)",
        -1.6,
        "not even",
        "siquiera molestaron molesto dignaron digno",
    ),
    # a polite last warning: "es la última vez que lo pido amablemente", "se lo pido por
    # última vez"
    (
        r"ultima vez que (?:se lo |te lo |os lo |se los |lo |la |les |le |os |te |se )?(?:pido|"
        r"digo|repito|aviso|advierto|solicito|reclamo|exijo|explico|pedimos|decimos)"
        r"|(?:pido|digo|repito|aviso|advierto|solicito|exijo|reclamo) por ultima vez"
        r"|por ultima vez(?: se lo| te lo| lo| les| le| os)? (?:pido|digo|repito|aviso|advierto|"
        r"solicito|exijo)|ultimo aviso",
        -2.1,
        "last warning",
        "ultima ultimo",
    ),
    # two sides that contradict each other: "en la tienda me dijeron una cosa y por teléfono
    # otra", "el banco dice que es cosa de ustedes"
    (
        r"una cosa y (?:\S+ ){0,6}?otra\b|un precio y (?:\S+ ){0,6}?otro\b"
        r"|que si y (?:\S+ ){0,5}?que no\b"
        r"|(?:dice|dicen|dijo|dijeron|insiste|insisten) que (?:es|era|fue) (?:cosa|culpa|problema|"
        r"error|responsabilidad|asunto) (?:de ustedes|suya|vuestra|vuestro|suyo|de la empresa|"
        r"del banco|de ellos)"
        r"|se (?:echan|tiran|pasan) la pelota|se culpan",
        -1.8,
        "passed around",
        "cosa precio si culpa problema error responsabilidad asunto pelota culpan",
    ),
    # a vulnerable person kept waiting: "lo tuvieron sentado 6 horas en un pasillo", "tuvieron
    # a mi padre de 80 años cuatro horas de pie"
    (
        r"(?:lo|la|los|las|me|nos|le|les) (?:tuvieron|dejaron|tienen|dejan|han tenido|han dejado|"
        r"tuvisteis|dejasteis) (?:\S+ ){0,3}?" + _ES_NUM + r" horas"
        r"|(?:tuvieron|dejaron|tienen|dejan|han tenido|han dejado) a (?:\S+ ){0,8}?"
        + _ES_NUM
        + r" horas",
        -1.9,
        "waiting",
        "tuvieron dejaron tienen dejan tenido dejado tuvisteis dejasteis",
    ),
    # a bill for an empty home: "me vinieron $48.000 de luz en un depto vacío"
    (
        r"(?:(?:en|por|de) (?:un|una|el|la|mi|nuestro|nuestra) (?:piso|depto|departamento|casa|"
        r"vivienda|local|apartamento|departamento) (?:vacio|vacia|deshabitado|deshabitada|"
        r"cerrado|cerrada|donde no vive nadie|en el que no vive nadie))",
        -1.8,
        "wrong charge",
        "vacio vacia deshabitado deshabitada cerrado cerrada nadie",
    ),
    # thanks for a harm: "gracias por cortarme la luz"
    (
        r"gracias (?:\S+ ){0,2}?por (?:cobrarme|cortarme|colgarme|cancelarme|ignorarme|"
        r"bloquearme|suspenderme|darme de baja|cobrarnos|cortarnos|ignorarnos|hacerme perder)",
        -1.6,
        "sarcastic thanks",
        "gracias",
    ),
    # a charge that is not the customer's: "me estáis cobrando algo que ya no existe", "yo nunca
    # firmé eso", "la factura del inquilino anterior"
    (
        r"(?:cobrando|cobrado|cobran|cobrais|cobraron|facturando|facturan|facturado|cobrandome|"
        r"cobrarme) (?:\S+ ){0,3}?(?:algo|un servicio|una cosa|por algo|cosas) que (?:ya )?no "
        r"(?:existe|tengo|uso|contrate|pedi|solicite|autorice)"
        r"|(?:yo )?nunca (?:firme|autorice|contrate|solicite|acepte|pedi)\b"
        r"|(?:del|de la) (?:inquilino|inquilina|dueno|duena|propietario|propietaria) anterior"
        r"|(?:del|de la) anterior (?:inquilino|inquilina|dueno|duena|propietario|propietaria)",
        -1.6,
        "wrong charge",
        "existe tengo uso contrate pedi solicite autorice nunca anterior",
    ),
    # the same for more: "o sea que pago 8 euros más por los mismos gigas"
    (
        r"(?:pago|pagar|pagamos|pagaria|cobran|cobrais|cobrarme|cobrarnos) (?:\S+ ){0,3}?mas por "
        r"(?:lo mismo|los mismos|las mismas|el mismo|la misma)",
        -1.6,
        "price rise",
        "mismo mismos misma mismas",
    ),
    # counterfactual praise: "Bacán la atención... si no fuera porque me colgaron dos veces"
    (r"si no (?:fuera|fuese) porque", -0.8, "counterfactual", "porque"),
]

ES_REQUEST = re.compile(
    r"\b(?:por favor|necesito|necesitamos|"
    # "os quiero dar las gracias por…" wants to thank, it asks for nothing
    r"(?:quiero|queria|quisiera|quisieramos|me gustaria|nos gustaria)(?! (?:dar|daros|darles|"
    r"darte|darle|agradecer|agradeceros|agradecerles|agradecerte|agradecerle)\b)|"
    r"podrian|podria|pueden|puede|puedes|podrias|me pueden|me puede|solicito|"
    r"solicitamos|les pido|le pido|os pido|ruego|agradeceria|agradeceriamos|de antemano|"
    r"por adelantado|espero (?:su|tu|vuestra) respuesta|quedo (?:atento|atenta|a la espera)|"
    r"como (?:puedo|hago|se)|me podrian|me podria|me indican|me indica|me dicen si|"
    r"me confirman|me confirma|favor de|dame un (?:segundo|momento|minuto)|"
    r"denme un (?:segundo|momento|minuto))\b"
)

ES_BEREAVEMENT = re.compile(
    r"\b(?:fallecio|fallecido|fallecida|fallecimiento|murio|muerte|defuncion|difunt[oa]|"
    r"funeral|funeraria|velorio|sepelio|entierro|herederos?|herencia|albacea|"
    r"en paz descanse|que en paz descanse|q e p d|viud[oa])\b"
)

ES_NEG_ONLY = {
    **dict.fromkeys(
        split_words(
            "funciona funcionan funciono funcionaba funcionando funcionar sirve sirven sirvio "
            "servido llega llegan llego llegaron llegado llegada contesta contestan contesto "
            "contestaron contestado contestar responde responden respondio respondieron "
            "respondido responder atiende atienden atendio atendieron atendido atender ayuda "
            "ayudan ayudo ayudaron ayudado ayudar llama llaman llamo llamaron llamado llamar "
            "devuelven devolvieron devuelto devolver reembolsan reembolsaron reembolsado "
            "reembolso solucion solucionan soluciono solucionaron solucionado solucionar "
            "resuelve resuelven resolvio resolvieron resuelto resolver arreglan arreglo "
            "arreglaron arreglado arreglar respuesta respuestas servicio senal internet luz agua "
            "linea conexion noticias atencion ayuda contestacion devolucion informan informaron "
            "avisan avisaron avisado explican explicaron escuchan escucharon cumplen cumplieron "
            "cumplido cumple hacen caso importa importamos importa interesa recibido "
            "recibi autorice autorizado autorizo autorizamos pedi pedido contrate contratado "
            "solicite solicitado cobertura firmado firme acepte aceptado vino vinieron ido "
            "venido trae traen trajo trajeron traido cubre cubren cubrio cubierto "
            "cubierta aparece aparecen aparecio presento presentaron presentado enciende "
            "encienden conecta conectan dicen dijeron explica informa cambiado"
        ),
        -1.8,
    ),
}

ES_ABBREVIATIONS = {
    "q": ("que",),
    "k": ("que",),
    "ke": ("que",),
    "qe": ("que",),
    "xq": ("porque",),
    "pq": ("porque",),
    "porq": ("porque",),
    "xk": ("porque",),
    "pk": ("porque",),
    "pork": ("porque",),
    "xke": ("porque",),
    "pke": ("porque",),
    "porfa": ("por", "favor"),
    "porfis": ("por", "favor"),
    "porfavor": ("por", "favor"),
    "xfa": ("por", "favor"),
    "xfavor": ("por", "favor"),
    "plis": ("por", "favor"),
    "pls": ("por", "favor"),
    "plz": ("por", "favor"),
    "tb": ("tambien",),
    "tmb": ("tambien",),
    "tbn": ("tambien",),
    "tmbn": ("tambien",),
    "tambn": ("tambien",),
    "d": ("de",),
    "dl": ("del",),
    "pa": ("para",),
    "xa": ("para",),
    "bn": ("bien",),
    "mxo": ("mucho",),
    "mxa": ("mucha",),
    "nd": ("nada",),
    "nunk": ("nunca",),
    "nunka": ("nunca",),
    "ntp": ("no", "te", "preocupes"),
    "sq": ("es", "que"),
    "xo": ("pero",),
    "toy": ("estoy",),
    "asta": ("hasta",),
    "aver": ("a", "ver"),
    "nose": ("no", "se"),
    "nesesito": ("necesito",),
    "nececito": ("necesito",),
    "nesecito": ("necesito",),
    "nesesitamos": ("necesitamos",),
    "kiero": ("quiero",),
    "kien": ("quien",),
    "aki": ("aqui",),
    "dnd": ("donde",),
    "cdo": ("cuando",),
    "tmpc": ("tampoco",),
    "tampoc": ("tampoco",),
    "nadien": ("nadie",),
    "haci": ("asi",),
    "grax": ("gracias",),
    "grx": ("gracias",),
    "grcs": ("gracias",),
    "grasias": ("gracias",),
    "thx": ("gracias",),
    "xfi": ("por", "favor"),
    "tqm": ("tqm",),
    "hiba": ("iba",),
    "ahy": ("ahi",),
    "ai": ("ahi",),
    "pos": ("pues",),
    "ps": ("pues",),
    "mñn": ("manana",),
    "mnn": ("manana",),
    "dsd": ("desde",),
    "xq?": ("porque",),
    "tdv": ("todavia",),
    "tdvia": ("todavia",),
    "aun": ("aun",),
}

# Spanish words that must not carry valence: polite conditionals and requests ("me
# encantaría saber…", "agradecería que…"), discourse markers.
ES_NEUTRAL = split_words(
    "encantaria gustaria agradeceria agradeceriamos encantarian gustarian disculpe disculpa "
    "disculpen perdone perdon perdona vale ok okey okay dale listo bueno"
)


# "si no fuera porque me colgaron": the clause after it decides, as after "pero", and its "no"
# negates nothing
ES_COUNTERFACTUAL = ("si no fuera porque", "si no fuese porque")
ES_PROMISE_WORDS = frozenset(
    split_words(
        "ilimitado ilimitada ilimitados inmediata inmediato inmediatos gratis gratuito gratuita "
        "garantizado garantizada prioritario prioritaria premium rapido rapida resuelto "
        "resuelta solucionado solucionada procesado procesada enviado enviada entregado "
        "entregada atencion ayuda express 24 horas reparado reparada arreglado proceso tramite "
        "arreglada mejora"
    )
)


@functools.cache
def spanish() -> LanguageRules:
    lexicon = read_tsv(LEXICON_DIR / "es.tsv")
    idioms = read_tsv(LEXICON_DIR / "es_idioms.tsv")
    lexicon.update(idioms)
    lexicon.update(emoticons())
    for word in ES_NEUTRAL:
        if word != "bueno":
            lexicon[word] = 0.0
    thanks = frozenset(
        [
            "gracias",
            "muchas gracias",
            "mil gracias",
            "muchisimas gracias",
            "agradezco",
            "agradecemos",
        ]
    )
    lexicon.setdefault("agradezco", 2.1)
    lexicon.setdefault("agradecemos", 2.1)
    # the phrase is one token (see `phrases` below): it needs its own valence, as "many thanks"
    lexicon.setdefault("muchas gracias", 2.2)
    cues = compile_cues(ES_CUES)
    function_phrases = [k for k in list(ES_NEGATORS) + list(ES_BOOSTERS) if " " in k]
    return LanguageRules(
        code="es",
        lexicon=lexicon,
        phrases=build_phrases(
            *idioms,
            *function_phrases,
            "por favor",
            "sin embargo",
            "no obstante",
            "aun asi",
            "a pesar de",
            "si bien",
            "muchas gracias",
            "mil gracias",
            "muchisimas gracias",
            "lo siento",
            "de acuerdo",
            *ES_COUNTERFACTUAL,
        ),
        negators=ES_NEGATORS,
        negator_valence={"nadie": -1.3, "nunca": -0.6, "jamas": -0.6},
        soft_negators=frozenset(["poco", "poca", "pocos", "pocas"]),
        boosters=ES_BOOSTERS,
        dual_boosters=frozenset(["bien", "super", "tremendo", "tremenda"]),
        contrast=frozenset(
            ["pero", "sino", "sin embargo", "no obstante", "aun asi", "but"]
            + ["lastima que", "una lastima que", "que pena que", "pena que"]
            + list(ES_COUNTERFACTUAL)
        ),
        concessive=frozenset(["aunque", "a pesar de", "si bien", "pese a"]),
        thanks=thanks,
        thanks_for=frozenset(["por", "a"]),  # "gracias a ustedes" thanks for something done
        thanks_that_done=frozenset(split_words("haya hayas hayan hayais hayamos")),
        emphatic_thanks=frozenset(["muchas gracias", "mil gracias", "muchisimas gracias"]),
        acknowledgements=frozenset(
            split_words(
                "ok okay okey vale recibido recibida recibidos entendido entendida anoto apunto "
                "anotado apuntado"
            )
            + ["de acuerdo", "tomo nota"]
        ),
        sarcastic_praise=frozenset(
            split_words(
                "genial perfecto estupendo fantastico maravilloso excelente fenomenal bravo "
                "magnifico buenisimo increible encantado encantada encantados impecable bacan "
                "barbaro"
            )
            + ["que bien", "muy bien", "de maravilla", "que maravilla", "que bonito", "que lindo"]
            + ["que linda", "que amable", "que amables", "que detalle", "que eficiencia"]
            + ["eficientes", "que eficientes", "que rapidez", "que rapidos", "que atentos"]
            # applause in a complaint claps at it
            + ["👏"]
        ),
        sarcastic_tags=frozenset(
            ["que bonito", "muy bonito", "que lindo", "que maravilla", "de lujo", "que eficiencia"]
            + ["que detalle", "bravo", "chapo", "chapeau", "precioso", "preciosa", "que precioso"]
            + [
                "todo un detalle",
                "todo un detalle por vuestra parte",
                "todo un detalle por su parte",
            ]
            + ["todo un detalle de vuestra parte", "todo un detalle de su parte"]
        ),
        # "ah bueno, qué maravilla, …": a resigned "bueno" leads the sarcasm like "ah" does
        sarcasm_lead=frozenset(split_words("oh ah ay vaya pues uy es bueno")),
        self_help=frozenset(
            split_words(
                "reiniciado reiniciar reinicie reinicio reseteado resetear desenchufado "
                "desenchufar enchufado apagado encendido reconectado"
            )
        ),
        own_error=re.compile(
            r"\b(?:puse|he puesto|pusimos|escribi|he escrito|meti|he metido|marque|he marcado|"
            r"rellene|he rellenado|apunte|he apuntado|di|he dado|teclee)(?: \S+){0,4}? "
            r"(?:mal|incorrect[oa]s?|equivocad[oa]s?)\b"
        ),
        self_slip=frozenset(
            ["se me olvido", "se me paso", "olvide", "me equivoque", "me confundi"]
        ),
        apologies=frozenset(
            [
                "perdon",
                "perdone",
                "perdona",
                "disculpa",
                "disculpe",
                "disculpen",
                "lo siento",
                "disculpad",
                "perdonad",
            ]
        ),
        never=frozenset(["nunca", "jamas"]),
        never_intensifiers=frozenset(["tan", "tanto", "tanta", "tantos", "tantas", "peor"]),
        neg_only=ES_NEG_ONLY,
        abbreviations=ES_ABBREVIATIONS,
        request=ES_REQUEST,
        cues=cues,
        cue_triggers=frozenset().union(*(cue.triggers for cue in cues)),
        bereavement=ES_BEREAVEMENT,
        fold_accents=True,
        collapse_order=(1, 2),
        openers=frozenset(["bueno", "buenos", "bien", "weno", "bueh"]),
        staff=frozenset(
            split_words(
                "enfermera enfermeras enfermero enfermeros medico medicos medica medicas doctor "
                "doctora doctores doctoras tecnico tecnicos tecnica chica chico chicas chicos "
                "senora senor senorita muchacha muchacho agente agentes operadora operador "
                "personal equipo companero companera recepcionista repartidor asesor asesora "
                "asesores cirujano cirujana matrona matronas celador celadores trabajador "
                "trabajadora trabajadores"
            )
        ),
        mild=frozenset(
            split_words("uf uff puf buf jo jolin ay lastima lioso liosa")
            + ["que lata", "que rollo", "que pena", "que lastima", "que lio", "menudo lio"]
            + ["vaya lio"]
        ),
        harm=frozenset(
            split_words(
                "herido herida heridos heridas lesionado lesionada lesionados lesiones dano danos"
            )
        ),
        ironic_praise=frozenset(
            split_words(
                "genial perfecto estupendo estupenda fantastico maravilloso maravillosa excelente "
                "fenomenal magnifico maravilla bravo"
            )
            + ["que maravilla", "de maravilla", "👏"]
        ),
        failure_fact=re.compile(
            r"\b(?:vaci[oa]s?|(?:lectura|consumo|factura) estimad[oa]|"
            r"(?:modem|router|movil|telefono|portatil|ordenador|tele|caldera|bateria) "
            r"se (?:ha )?murio|"
            r"(?:esta|estan|llego|llegaron|vino|venia|venian) (?:\S+ )?rot[oa]s?|"
            r"(?:se|lo|la|los|las|me|han|ha) (?:han |ha )?(?:perdido|roto|estropeado)|"
            r"faltan? (?:la mitad|piezas|cosas|\S+ productos)|dejo de funcionar|"
            r"cobrado (?:de mas|el doble)|cobrais|me (?:han )?anulado|sin tocar|"
            r"(?:nunca|no) (?:vino|llego|aparecio) (?:nadie|el tecnico))\b"
        ),
        ironic_tag=re.compile(
            r"\b(?:gracias por nada|lo que me faltaba|justo lo que necesitaba)\b"
        ),
        irony_triggers=frozenset(
            split_words(
                "vacio vacia vacios vacias estimada estimado murio roto rota rotos rotas perdido "
                "estropeado falta faltan dejo cobrado cobrais anulado tocar vino llego aparecio "
                "nada faltaba necesitaba"
            )
            + ["🙃", "🙄"]
        ),
        repaired=frozenset(
            split_words(
                "arreglado arreglada arreglaron reparado reparada solucionado solucionada resuelto "
                "resuelta cambiado cambiaron devuelto devolvieron reembolsado reembolso funciona"
            )
        ),
        demand_verbs=frozenset(
            split_words(
                "quiero queremos necesito necesitamos exijo exigimos arreglen rectifiquen "
                "solucionen devuelvan reembolsen manden envien arreglenlo solucionenlo "
                "devuelvanme rectifiquenlo quiten anulen cancelen resuelvan vengan regresenme "
                "cancelenlo anulenlo devuelvanlo reembolsenme"
            )
        ),
        demand_now=re.compile(
            r"(?:^| )(?:ya|ya mismo|hoy|hoy mismo|ahora mismo|de inmediato|inmediatamente|"
            r"cuanto antes|urgentemente)$"
        ),
        demand_now_words=frozenset(
            split_words("ya hoy mismo inmediato inmediatamente antes urgentemente")
        ),
        promise_words=ES_PROMISE_WORDS,
        distress=frozenset(
            ["no puedo parar de llorar", "no paro de llorar", "no puedo respirar", "hecha polvo"]
            + ["hecho polvo", "no tengo cabeza", "no puedo mas"]
        ),
    )
