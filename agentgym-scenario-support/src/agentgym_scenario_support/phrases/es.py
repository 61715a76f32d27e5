"""Spanish phrase families for customer_support tickets (format: PHRASES_SPEC.md).

Mixes Spain (vosotros, móvil, pasta) and Latin America (ustedes, celular, plata, vos).
"""

from __future__ import annotations

LANGUAGE = "es"

PROBLEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "No consigo acceder a mi cuenta desde {el [weekday]|hace unos días|anoche}.",
            "Me resulta imposible iniciar sesión en el área de clientes, la contraseña me aparece siempre como incorrecta.",
        ),
        (
            "no puedo entrar!! {:(|}",
            "olvidé la clave y no me deja ingresar",
            "no me deja loguearme desde {ayer|el [weekday]}, la pass está bien",
        ),
        (
            "Cambié la contraseña {la semana pasada|hace poco} y {no hay manera de acordarme|se me ha olvidado por completo}.",
            "El [weekday] puse una contraseña nueva y {en nada|enseguida} se me olvidó, {qué vergüenza|lo sé, soy un desastre}.",
        ),
        (
            "Cada vez que intento entrar aparece el mensaje «Credenciales no válidas», aunque el correo y la clave son correctos.",
            "Después de meter mis datos de acceso vuelvo {una y otra vez|en bucle} a la pantalla de login{, ya borré las cookies|, también en otro navegador}.",
        ),
        (
            "Se me deniega el acceso {desde primera hora|desde el finde|hace un par de días}.",
            "La contraseña de mi usuario ya no es aceptada por el sistema.",
        ),
        (
            "Cambié de celular y ya no me llegan los códigos de verificación en dos pasos, así que quedé afuera de la cuenta.",
            "El código de seis dígitos de la app autenticadora me lo da {siempre|todo el tiempo} por inválido y de ahí no paso.",
        ),
        (
            "El correo para restablecer {no me llega nunca|no me ha llegado}, {y tampoco está en spam|ni siquiera en la carpeta de correo no deseado}.",
            "Le di {tres veces|varias veces|mil veces} a «¿Olvidaste tu contraseña?» y {no recibo nada|nada de nada}.",
        ),
        (
            "Desde que la empresa pasó al inicio de sesión único (SSO), {no logro entrar|me es imposible ingresar}.",
            "Con el login de Google {me redirige bien|se abre la ventana}, pero {luego vuelvo a estar desconectado|sale «Acceso denegado»}.",
        ),
        (
            "¡Es la {tercera|enésima} vez {este mes|en poco tiempo} que me quedo bloqueado fuera de mi propia cuenta!",
            "Otra vez bloqueada. {Así no se puede trabajar.|Estoy harta.} Imposible entrar a mi perfil.",
        ),
        (
            "Me olvidé la contraseña, así que imposible ingresar al panel.",
            "Che, se me borró la clave de la cabeza y quedé sin acceso.",
        ),
        (
            "contraseña perdida, ayuda",
            "sin acceso{ !!|, socorro}",
            "no entro, {qué hago?|urgente}",
        ),
        (
            "Mi cuenta quedó bloqueada después de {varios|demasiados} intentos sin éxito.",
            "En el acceso sale «Cuenta bloqueada temporalmente» desde {hace más de una hora|toda la mañana}.",
            "Me equivoqué {tres veces|dos o tres veces} al poner la clave y ahora está trabada.",
        ),
        (
            "Ahorita no me deja iniciar sesión, {dice que la contraseña está mal|me marca error}, y sí es la correcta.",
            "Desde {ayer|el [weekday]} no puedo meterme a mi cuenta, ¿qué onda?",
            "Ya intenté mil veces y nomás no me deja pasar.",
        ),
        (
            "Qué pena con ustedes, pero el código por SMS nunca me llega y así no hay cómo validar el ingreso.",
            "Al ingresar me piden un código de seguridad por mensaje de texto {que no llega|que jamás recibo}.",
        ),
        (
            "A ver, esta mañana quise entrar como siempre, puse mi correo y mi clave y apareció {«contraseña incorrecta»|un error}, cuando llevo años usando la misma, total, no entiendo nada.",
            "Escribo la clave como siempre, le doy a Entrar y {pum|zas}, mensaje en rojo – {y así llevo horas|todo el día igual}.",
        ),
        (
            "Mi correo de antes lo cerraron, por eso el enlace para restablecer nunca me puede llegar.",
            "La cuenta sigue vinculada al mail de mi trabajo anterior, hoy inaccesible, y {no hay forma de recuperar la contraseña|estoy dando vueltas}.",
        ),
        (
            "Se me impide el acceso a la cuenta de usuario, dado que la contraseña aparentemente ha perdido su validez.",
            "Todo intento de autenticación resulta fallido desde la última modificación de la contraseña.",
        ),
        (
            "El sistema me obliga a cambiar la contraseña pero {rechaza todas las que pongo|no acepta ninguna}.",
            "Dice que mi clave caducó y al cambiarla sale {siempre|cada dos por tres} «La contraseña no cumple los requisitos».",
        ),
        (
            "Me robaron el móvil, donde tenía Google Authenticator, y me quedé sin forma de entrar.",
            "Perdí mis códigos de respaldo del 2FA y el teléfono viejo está roto.",
        ),
        (
            "Para colmo, el admin soy yo y me he dejado fuera a mí mismo.",
            "El dueño del workspace – o sea yo – se quedó en la puerta, mientras {el resto del equipo entra|los demás entran} sin problema.",
        ),
        (
            "El enlace que llega por correo está {siempre|cada vez} caducado cuando lo abro.",
            "Al pinchar en el link de restablecimiento sale «Enlace no válido o caducado».",
        ),
        (
            "Jo, no me deja entrar con mi clave de siempre, {estoy flipando|qué rabia}.",
            "Llevo toda la mañana intentando entrar y nada, {vaya tela|menudo rollo}.",
            "Tío, que me echa fuera en cuanto pongo la clave, {no hay quien lo entienda|alucino}.",
        ),
    ),
    "billing_inquiry": (
        (
            "En mi última factura figura un importe de [amount] sin explicación aparente.",
            "No me queda claro a qué corresponde la suma facturada {este mes|recientemente}, [amount] en total.",
        ),
        (
            "q es este cobro de [amount]??",
            "me cobraron [amount], {xq|por qué}?",
        ),
        (
            "Estoy en el plan [plan] pero {me han cobrado más de lo normal|el cargo es más alto de lo esperado}.",
            "Según su página de precios, [plan] cuesta {menos|bastante menos} de lo que me descontaron.",
        ),
        (
            "Revisando mis movimientos bancarios vi un cargo suyo de [amount] que no sé de dónde sale.",
            "Mi {contable|contador} me preguntó {hoy|el [weekday]} por el pago de [amount] a ustedes y {la verdad|sinceramente} no supe qué decirle.",
        ),
        (
            "El PDF de la factura no trae {el desglose|la relación de conceptos}, solo el total.",
            "En el comprobante aparecen conceptos {que no entiendo|que no me suenan de nada}.",
        ),
        (
            "No comprendo cómo se compone el importe de [amount], {sobre todo|especialmente} la parte del IVA.",
            "¿Por qué me aplican el 21 % de IVA si {tenemos el NIF intracomunitario registrado|somos una empresa de fuera de España}?",
        ),
        (
            "Parece que este mes me cobraron dos veces, ¿o es solo una retención temporal?",
            "En el resumen de la tarjeta veo dos movimientos de ustedes {el mismo día|seguidos}, ¿a qué se debe?",
        ),
        (
            "Al pasarme a [plan] apareció una línea prorrateada que no termino de entender.",
            "Desde la mejora de plan, el periodo de facturación {no me cuadra|me parece raro} y {los importes|las cantidades parciales} se me escapan.",
        ),
        (
            "Me apareció en la tarjeta un cargo de [amount] y no tengo idea de qué es.",
            "Ahorita vi un cobro por [amount] que no reconozco, ¿de qué se trata?",
        ),
        (
            "Oye, ¿por qué ahora pago [amount] al mes? Si no he cambiado nada.",
            "Una duda rápida: ¿{desde cuándo|cómo es que} esto me cuesta [amount]? Pensaba que era más barato.",
        ),
        (
            "Por lo visto subieron el precio sin avisarnos.",
            "Desde el último periodo, la cuota mensual ha subido – no vi ningún aviso al respecto.",
        ),
        (
            "Elegí pago anual y me están cobrando cada mes.",
            "Nos debitan mes a mes aunque optamos por el contrato anual, ¿cómo es eso?",
        ),
        (
            "En la factura figuran {doce|ocho} licencias y somos solo {cinco|tres}.",
            "El número de puestos facturados no cuadra con nuestro equipo, {¿de dónde salen los demás?|¿quiénes son esos usuarios?}",
            "¿Por qué pagamos {diez|siete} asientos si solo hay {cuatro|dos} activos?",
        ),
        (
            "factura rara",
            "¿y este concepto??",
            "¿y esos [amount] adicionales??",
        ),
        (
            "El cobro salió en dólares y no en euros; {el importe varía|no coincide con el presupuesto}.",
            "¿Por qué mi banco me aplicó comisión por cambio de divisa en su pago?",
        ),
        (
            "Uso el plan gratuito y aun así me descontaron [amount], ¿cómo puede ser?",
            "¿Cómo que me facturan algo si estoy en la versión gratis?",
        ),
        (
            "Al terminar el periodo de prueba llegó una factura y no entiendo qué cubre.",
            "Se acabó la prueba y ahora hay {un recibo|una factura} por [amount] – ¿qué servicio es?",
        ),
        (
            "Me llegó un cargo que dice «servicios adicionales» y la neta no sé qué es.",
            "Qué pena molestarlos: en la factura aparece un concepto de «gastos de gestión» y no sé a qué corresponde.",
        ),
        (
            "Para el cierre contable necesitamos justificar el pago del [weekday]: ¿a qué servicios corresponde?",
            "Al conciliar los asientos surgió una operación por [amount] sin periodo de servicio identificable.",
        ),
        (
            "Se cargó por domiciliación bancaria, pese a tener registrada {una tarjeta|una cuenta de PayPal}, ¿a qué concepto responde?",
            "¿Qué hace un pago por PayPal a ustedes si yo pago contra factura?",
        ),
        (
            "En la factura habla de exceso de consumo, no sabía que existía eso.",
            "La línea «Overage» no me dice nada, {¿sobre qué se calcula?|¿qué se contó ahí?}",
        ),
        (
            "Estaba revisando el home banking y me encontré un cobro de ustedes que {es más alto que de costumbre|no se parece a los otros meses}, y me pregunto si me agregaron algún módulo o qué pasó.",
            "Me debitaron [amount] de la tarjeta y no entiendo por qué, ¿es un cargo nuevo o qué?",
        ),
    ),
    "api_integration": (
        (
            "Nuestra integración recibe {de forma constante|de manera intermitente|cada vez más} errores 401 de su API desde el [weekday].",
            "La conexión de nuestro sistema con su interfaz de programación {no funciona bien|es inestable} desde {ayer|la última actualización}.",
        ),
        (
            "la api solo devuelve 429, {rate limit|too many requests} y casi no hacemos llamadas",
            "nos comemos 429 sin parar, {¿cambiaron algo?|qué onda}",
        ),
        (
            "El [weekday] desplegamos una nueva versión y desde entonces fallan las llamadas a su servicio.",
            "Tras {el último despliegue|mudarnos de servidores}, las peticiones a su API fallan {una de cada dos|casi todas}.",
        ),
        (
            "El endpoint {/v2/orders|/v1/contacts|/v2/invoices} devuelve 500 Internal Server Error en los POST; los GET van {bien|sin problema}.",
            "Una llamada a {/v2/orders|/v1/sync} responde {a veces|siempre} HTTP 500 con {el cuerpo vacío|«internal_error»}.",
        ),
        (
            "Nuestra API key parece haber dejado de valer: cada solicitud se rechaza con «invalid_api_key».",
            "Con {la key actual|nuestro token de siempre} solo obtenemos 401 Unauthorized.",
        ),
        (
            "Las peticiones se quedan colgadas y dan timeout a los {30|60} segundos más o menos, antes no pasaba.",
            "Su servidor tarda {una eternidad|muchísimo} en contestar y nuestro cliente corta por tiempo de espera agotado.",
        ),
        (
            "Ya no nos llegan sus webhooks {desde hace días|desde el fin de semana}, y eso frena nuestra sincronización.",
            "Las notificaciones de callback a nuestra URL {no llegan|llegan a cuentagotas}, {aunque|y eso que} la URL responde.",
        ),
        (
            "Nuestro módulo de tienda online ya no consigue conectarse a su plataforma; en los registros pone «unauthorized».",
            "El enlace entre {nuestro ERP|nuestro CRM|nuestro sistema de gestión} y su servicio {se cae a cada rato|ya no se establece}.",
        ),
        (
            "Desde {esta mañana|el mediodía}, {todas|casi todas} las solicitudes de nuestro backend son rechazadas con error.",
            "Nuestras llamadas automáticas {ahora|desde hace poco} están siendo {bloqueadas|denegadas} sin que hayamos cambiado nada.",
        ),
        (
            "Nuestro script recibe errores {en cada llamada|constantemente} aunque el token es {nuevo|recién generado}.",
            "Mi cliente en Python revienta en cuanto pega contra su API, ni idea de por qué.",
        ),
        (
            "Desde el cambio de permisos recibimos 403 Forbidden en {/v2/projects|/v1/users}.",
            "El token parece no tener los scopes correctos, la interfaz responde «insufficient_scope».",
        ),
        (
            "Renovar el access token con el refresh token falla ({invalid_grant|400 Bad Request}).",
            "Justo a la hora nuestros tokens OAuth caducan y {no hay forma de refrescarlos|el refresco revienta}.",
        ),
        (
            "api caída?",
            "la integración no responde",
            "502 en cada petición",
        ),
        (
            "La paginación devuelve duplicados y a partir de la página {3|5} el cursor desaparece.",
            "Siguiendo el cursor next acabamos recibiendo un 400 sin explicación.",
        ),
        (
            "La verificación de firma de sus webhooks falla en nuestro lado últimamente; la cabecera no coincide con el contenido.",
            "Sus eventos llegan, pero la firma HMAC {siempre es incorrecta|nunca valida}.",
        ),
        (
            "Tras actualizar a {la nueva versión del SDK|la v3 de su librería}, solo tenemos errores de deserialización.",
            "Su paquete de npm lanza {TypeError|excepciones al importar} desde la versión 2.4.",
            "El SDK oficial de Python peta al parsear la respuesta, {seguramente por un campo nuevo|desde que cambió el formato}.",
        ),
        (
            "Aunque respetamos la cuota documentada, la interfaz contesta {«quota exceeded»|que superamos la cuota}.",
            "La cabecera {X-RateLimit-Remaining|Retry-After} no tiene nada que ver con nuestro consumo real.",
        ),
        (
            "En sandbox todo funciona; en producción llueven errores.",
            "Con las claves live falla cada llamada, {con las de prueba|en modo test} no.",
        ),
        (
            "Nuestro Zap de Zapier conectado con ustedes {falla una y otra vez|muestra «Authentication failed»}.",
            "El escenario de Make {falla|se atasca} siempre en el módulo que trae sus datos.",
        ),
        (
            "Nuestro servidor no logra conectar con su host de API: {fallo en el handshake SSL|error de certificado}.",
            "Desde que cambiaron el certificado, nuestro cliente Java rechaza la conexión.",
        ),
        (
            "Al crear registros responden 422 Unprocessable Entity, aunque el JSON cumple el esquema.",
            "La validación rechaza nuestro payload diciendo que falta un campo que ni aparece en la documentación.",
        ),
        (
            "Nuestro proveedor dice que es su interfaz la que bloquea, y {los pedidos|los datos} ya no nos llegan.",
            "No soy técnico, pero la agencia dice que su sistema rechaza los accesos de nuestro software.",
        ),
    ),
    "refund_request": (
        (
            "Contraté {por error|por equivocación} el plan [plan] y solicito el reembolso de [amount].",
            "El pago de [amount] se hizo por error, por lo que les ruego que me lo devuelvan.",
        ),
        (
            "di de baja la suscripción y aun así me cobraron [amount]. quiero mi plata",
            "devuélvanme la plata porfa, {me di de baja hace rato|fue un error}",
        ),
        (
            "Cancelé hace [days] días y {aun así|igualmente} me volvieron a cobrar; quiero que me devuelvan ese dinero.",
            "Me di de baja el mes pasado y, sin embargo, me cargaron [amount] que {quiero recuperar|necesito que me reintegren}.",
        ),
        (
            "El servicio no cumple lo que promete, así que pido el reembolso completo.",
            "{Sinceramente|La verdad}, estoy {muy decepcionado|nada satisfecha} con el servicio y me gustaría recuperar lo que pagué.",
        ),
        (
            "Se me cobró [amount] por partida doble; uno de los dos cobros me lo tienen que devolver.",
            "El pago salió duplicado, por favor reintégrenme lo cobrado de más.",
        ),
        (
            "Me prometieron un reembolso de [amount], pero {todavía no lo he recibido|a los [days] días sigue sin aparecer}.",
            "El abono que me anunciaron no aparece {por ningún lado|todavía} en mi cuenta bancaria.",
        ),
        (
            "Al terminar la prueba gratuita se renovó {automáticamente|sin mi permiso} y me cobraron [amount]; exijo que me lo reintegren.",
            "No me di cuenta de la renovación automática, ¿se puede anular ese cargo y devolverme el importe?",
        ),
        (
            "El débito de [amount] fue un error mío, solicito amablemente la devolución.",
            "Quisiera que me reintegraran el valor, ya que nunca {usé|llegué a usar} el servicio.",
        ),
        (
            "Cogí el plan anual en vez del mensual sin querer, ¿me podéis devolver la pasta?",
            "Vaya, pagué dos veces: ¿me devolvéis los [amount]?",
        ),
        (
            "Me niego a pagar por un servicio que {lleva semanas fallando|no funciona nunca}: devuélvanme la cuota del mes.",
            "Por [days] días de caída exijo el reembolso {íntegro|total}, sin discusión.",
        ),
        (
            "pagué [amount] de más, {devuélvanlo|a devolver}",
            "cobro indebido → quiero devolución",
            "cargo que no pedí, regrésenme el dinero",
        ),
        (
            "Ejerzo mi derecho de desistimiento de 14 días y solicito que se me devuelvan los [amount] abonados.",
            "Por medio de la presente desisto del contrato del [weekday] y reclamo la restitución de lo pagado.",
        ),
        (
            "A mitad de mes me pasé a un plan más barato y pido que me reembolsen {la diferencia|lo pagado de más}.",
            "Tras bajar a [plan], me toca un reembolso proporcional, ¿no?",
        ),
        (
            "Borré mi cuenta {hace semanas|hace mucho}, pero me siguen cobrando – exijo recibir de vuelta todo lo descontado desde entonces.",
            "La cuenta ya no existe y me siguen debitando; esos pagos me los tienen que regresar.",
        ),
        (
            "O la plata regresa antes del {viernes|lunes}, o pido el contracargo al banco.",
            "Estoy cansado de esperar: reintégrenme los [amount] o desconozco el cargo ante la tarjeta.",
        ),
        (
            "El cambio a [plan] se hizo mientras trasteaba, exijo que me devuelvan el suplemento.",
            "Solo miré qué traía [plan] y zas, quedó contratado – el sobrecoste lo quiero de vuelta.",
        ),
        (
            "La función por la que pagué no existe en mi plan – quiero mi dinero de vuelta.",
            "Su producto no hace lo anunciado en la web; exijo la devolución.",
        ),
        (
            "Yo nunca autoricé este pago, alguien contrató con mi tarjeta. Cancelen ese pago y devuélvanme el dinero.",
            "Esos [amount] no los cargué yo; espero que los reviertan a mi tarjeta.",
        ),
        (
            "Pagamos durante [days] días licencias que ya nadie usaba tras reducir el equipo: queremos que nos reintegren ese importe.",
            "Por los puestos sin usar desde la salida de dos compañeros, pedimos una nota de crédito.",
        ),
        (
            "Me cobraron doble en {marzo|abril}, ¿me regresan uno de los cargos, porfa?",
            "De mi tarjeta de débito salieron [amount] indebidos, que me los regresen, ándale.",
        ),
        (
            "El cupón de descuento no se aplicó en la compra, reclamo la diferencia.",
            "Me habían prometido un {20|30} % de descuento y pagué precio completo; el excedente debe volver a mi cuenta.",
        ),
        (
            "Probé la herramienta una semana, vi que no le servía para nada a nuestro equipo y cancelé enseguida – pero ya me habían cobrado el año entero, y quisiera recuperarlo, aunque sea en parte.",
            "Me debitaron [amount] de la tarjeta por nada, che, devuélvanmelo ya.",
        ),
    ),
    "data_migration": (
        (
            "Estamos trasladando nuestros datos desde {nuestro sistema anterior|Jira|Trello|Asana} a su plataforma y queremos asegurarnos de que todo haya llegado bien.",
            "Se inició la transferencia de nuestro histórico desde {el software antiguo|la herramienta anterior}, pero {no sabemos si se completó|desconocemos si terminó correctamente}.",
        ),
        (
            "la importación está trabada desde {ayer|el [weekday]}, sigue en «en curso»",
            "migración {terminada?|ok o no?} no veo nada",
        ),
        (
            "Al importar el CSV {faltan|desaparecieron} {más o menos|aproximadamente} la mitad de los registros.",
            "Subí {un archivo CSV|varios archivos CSV} pero solo {aparecen|se cargaron} algunas de las filas.",
        ),
        (
            "Nos cambiamos de otro proveedor a ustedes y el [weekday] empezamos la mudanza de nuestros proyectos.",
            "{La semana pasada|Hace [days] días} decidimos pasarnos del todo con ustedes y empezamos a mover {los datos de clientes|todos los proyectos}.",
        ),
        (
            "El job de migración se detuvo con un error, {sin más detalles|no aparece ningún mensaje claro}.",
            "Nuestra tarea de migración {falló|se cayó} y solo muestra «failed».",
        ),
        (
            "El volcado de nuestros datos existentes en el nuevo espacio de trabajo no ha terminado y no sé si es normal.",
            "Nuestros {expedientes antiguos|registros históricos} se ven {solo en parte|a medias} en el nuevo espacio.",
        ),
        (
            "Después del traslado, las {asignaciones de usuarios|relaciones entre registros} y los adjuntos {no cuadran|están mal}.",
            "En las {incidencias|tareas} importadas faltan {los comentarios|los archivos adjuntos} y los responsables no coinciden.",
        ),
        (
            "Nuestros datos históricos se migraron solo {parcialmente|de forma incompleta}.",
            "De {los casi 5.000|los varios miles de} registros, {al parecer|por lo visto} no se importaron todos.",
        ),
        (
            "Pasé todos mis proyectos para acá pero no estoy seguro de que esté todo.",
            "Arranqué la mudanza {desde Notion|desde Excel|desde el programa viejo}, {parece que quedó incompleta|ni idea si funcionó}.",
        ),
        (
            "La herramienta de migración dice «completed», pero en la vista hay bastantes menos elementos que en el origen.",
            "Según el estado, el import {está terminado|acabó}, pero {el conteo|una comparación} muestra {una diferencia|discrepancias} con nuestra exportación.",
        ),
        (
            "Después de importar, todas las tildes salen rotas: «José» aparece como «JosÃ©».",
            "Las eñes y los acentos se {destrozan|ven mal} al leer el archivo, seguramente un tema de codificación.",
        ),
        (
            "Las fechas se {interpretan mal|invierten}: el 03/04 pasa a ser el 4 de marzo.",
            "Al mapear los campos, los teléfonos terminan en la columna de Notas.",
            "Tras la carga, {nombres y apellidos|calle y ciudad} quedan en los campos equivocados.",
        ),
        (
            "Nuestro Excel (xlsx) {no se deja subir|no se lee}, solo sale «Formato de archivo no admitido».",
            "La subida del listado de clientes se corta hacia {el 40 %|la mitad}.",
        ),
        (
            "Lanzamos la importación dos veces y ahora todo está duplicado.",
            "Una segunda ejecución del volcado generó {duplicados|contactos repetidos}.",
        ),
        (
            "traspaso colgado, ayuda",
            "¿la importación acabó o no?",
            "importados: 0 de {3.400|1.200} ???",
        ),
        (
            "Con motivo de la sustitución del sistema que usábamos, estamos cargando los datos existentes; la primera prueba mostró {discrepancias|inconsistencias}.",
            "La migración de prueba terminó, pero el control de calidad revela {campos vacíos|fichas incompletas}.",
        ),
        (
            "El wizard de importación se queda en el paso {3 de 5|«Correspondencia»}.",
            "En el asistente no logro pasar de la asignación de columnas, el botón Siguiente {no hace nada|está gris}.",
        ),
        (
            "Dejamos {nuestro ERP viejo|Odoo} por ustedes; en el traslado {las direcciones|los expedientes} quedaron incompletos.",
            "Durante el cambio desde la solución anterior, varias fichas se quedaron por el camino.",
        ),
        (
            "Todas las entradas migradas tienen la fecha de hoy en lugar de la de creación original.",
            "El historial (registro de cambios, marcas de tiempo) se perdió al traer los datos.",
        ),
        (
            "Nuestra importación lleva horas en cola y {nunca arranca|no se mueve}.",
            "Estado «queued» {todo el día|desde anteayer}, {no pasa nada|ni se inmuta}.",
        ),
        (
            "Metí todos mis contactos de Outlook en su herramienta y se esfumó la mitad.",
            "Subí el fichero de clientes entero en CSV y faltan {empresas|contactos|un montón de cuentas}.",
        ),
        (
            "La estructura de carpetas quedó aplanada en el traspaso, todo quedó al mismo nivel.",
            "Los subproyectos ya no están anidados tras la migración y las subtareas andan sueltas.",
        ),
    ),
}

REQUESTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "¿Podrían enviarme un enlace para restablecer la contraseña, por favor?",
            "Les agradecería que restablecieran mi contraseña.",
        ),
        (
            "link de reset porfa",
            "resetear pass xfa{, gracias|, grax|}",
        ),
        (
            "¿Me echas una mano para volver a entrar en mi cuenta?",
            "Estaría genial si me pudieras resetear la contraseña.",
        ),
        (
            "Necesito recuperar el acceso {urgentemente|hoy mismo}, hagan lo necesario.",
            "{Encárguense|Asegúrense}, por favor, de que pueda entrar otra vez {cuanto antes|ya mismo}.",
        ),
        (
            "¿Cómo hago para poner una clave nueva?",
            "¿Qué pasos tengo que seguir para {recuperar mis credenciales|restablecer mi acceso}?",
        ),
        (
            "¿Me podés mandar un mail para cambiar la clave?",
            "¿Me mandás un link nuevo para entrar?",
        ),
        (
            "Les ruego desbloquear mi cuenta{, para poder intentarlo de nuevo|}.",
            "¿Podrían quitar el bloqueo de mi acceso?",
        ),
        (
            "contraseña nueva porfa",
            "desbloqueen xfa",
            "un link para entrar, ya",
        ),
        (
            "¿Es posible desvincular el 2FA de mi teléfono anterior?",
            "Desactiven temporalmente el 2FA, mientras vinculo un dispositivo nuevo.",
        ),
        (
            "¿Me colaboran reseteando mi clave, porfis?",
            "Les agradezco si me regalan un link nuevecito para ingresar.",
        ),
        (
            "¡Desbloqueen mi cuenta {ya|de una vez}!",
            "Quiero entrar AHORA, hagan algo.",
        ),
        (
            "¿Hay alguna forma de restablecer la contraseña sin acceso a mi correo antiguo?",
            "¿Cómo consigo el enlace si no me llegan los correos?",
        ),
        (
            "Vuelvan a disparar el correo de restablecimiento, {si puede ser a otra dirección|cuanto antes}.",
            "¿Me reenvían el correo para poner otra clave?",
        ),
        (
            "Una contraseña provisional, que cambiaré al primer inicio, me vendría bien.",
            "Mándenme un código temporal por SMS, sería lo más sencillo.",
        ),
        (
            "Como titular del espacio, solicito recuperar los permisos de administrador.",
            "Ahorita urge que me den acceso otra vez, mis compañeros dependen de mí.",
        ),
    ),
    "billing_inquiry": (
        (
            "¿Podrían explicarme a qué corresponde este importe?",
            "Quisiera {una aclaración|una explicación detallada} sobre este cargo.",
        ),
        (
            "me explican porfa?",
            "es por qué exactamente? díganme",
        ),
        (
            "Envíenme, por favor, {el desglose|un detalle} de los servicios facturados.",
            "¿Pueden mandarme {una copia de la factura|el comprobante} con todas las líneas?",
        ),
        (
            "¿Puedes mirar qué me habéis cobrado y me dices algo?",
            "Dime {solo|simplemente} por qué me quitasteis ese dinero.",
        ),
        (
            "No pido ninguna devolución; mi única intención es entender qué estoy pagando.",
            "Se trata únicamente de una duda, {sin necesidad de reembolso|no hay nada que devolver}.",
        ),
        (
            "Les pido que comprueben que la facturación corresponde a mi plan [plan] y me respondan.",
            "¿Pueden verificar que el cobro está bien hecho?",
        ),
        (
            "Solicito que me desglosen la factura n.º {2024-1127|8841}, concepto a concepto.",
            "Se agradecería una relación de las distintas líneas.",
        ),
        (
            "explicación porfa",
            "¿qué es esta línea? detállenla",
            "detalle xfa",
        ),
        (
            "¿Sobre qué es exactamente esta suma? Necesito una respuesta que entienda mi {gestor|contador}.",
            "¿Me lo pueden explicar de forma que se lo pase a {contabilidad|mi jefa}?",
        ),
        (
            "Por favor emitan una factura con el IVA bien desglosado.",
            "Necesitaría un documento con las fechas del servicio y el NIF.",
        ),
        (
            "¿Qué servicios incluye el cargo del [weekday]?",
            "¿Qué módulos o licencias componen exactamente este monto?",
        ),
        (
            "Háganme la cuenta: ¿cómo llegan a [amount]?",
            "Desglósenme la factura paso a paso, {usuarios por precio|línea a línea}.",
        ),
        (
            "Solo quiero transparencia, ni abonos ni reembolsos: ¿qué representa esta cantidad?",
            "No reclamo dinero, únicamente una explicación de lo facturado.",
        ),
        (
            "¿Me podrían decir qué incluye el concepto «Opciones adicionales»?",
            "¿Qué es eso de «cargos por servicio»? Mil gracias por la info.",
        ),
        (
            "Díganme si está bien o si hay un error.",
            "Revisen si el total coincide con lo contratado y me avisan.",
        ),
    ),
    "api_integration": (
        (
            "¿Podrían {revisar|analizar} de dónde vienen estos errores de su lado?",
            "Les agradecería que investigaran los fallos de nuestras solicitudes.",
        ),
        (
            "porfa revisen logs",
            "pueden mirarlo asap? es producción",
        ),
        (
            "Por favor, generen una nueva clave de API.",
            "¿Nos pueden dar {una key nueva|otro token} si la anterior {no es válida|está revocada}?",
        ),
        (
            "¿Puedes echar un vistazo a ver si {algo está roto|hay algún problema} por vuestra parte?",
            "Avísame {si encuentras algo|de lo que salga en vuestros logs}.",
        ),
        (
            "¿Nos pueden indicar qué límites aplican a nuestro plan y cómo respetarlos?",
            "¿Qué tenemos que {cambiar|ajustar} para que las llamadas vuelvan a pasar?",
        ),
        (
            "Les pedimos que lo deriven a {su equipo técnico|los desarrolladores|un ingeniero}.",
            "Pásenle el caso a alguien que {conozca bien|sepa de verdad} la interfaz, por favor.",
        ),
        (
            "Por favor, suban el límite de peticiones de nuestra cuenta {temporalmente|de forma permanente}.",
            "¿Podemos tener una cuota de requests más alta?",
        ),
        (
            "¿Pueden buscar nuestro ID de petición {req_8f3a2c|4711-abc} en sus logs?",
            "Les paso los IDs de las llamadas fallidas, {rastréenlos en el servidor|crúcenlos con sus logs}.",
        ),
        (
            "arreglen la integración porfa",
            "rotar la key xfa",
            "los 500, arréglenlos ya",
        ),
        (
            "Confírmennos si tienen una incidencia abierta, y dígannos un plazo de solución.",
            "Necesitamos saber si hay una caída en curso y cuándo se resolverá.",
        ),
        (
            "Activen por favor los permisos (scopes) que faltan en nuestro token.",
            "Amplíen los derechos de nuestro cliente OAuth para que acceda a {facturas|proyectos}.",
        ),
        (
            "¿Pueden reenviar los webhooks pendientes?",
            "Reintenten los eventos fallidos hacia nuestra URL, por favor.",
        ),
        (
            "Agradeceríamos un ejemplo de llamada que funcione, para compararlo con nuestro código.",
            "¿Tienen un snippet de curl que funcione seguro?",
        ),
        (
            "Agreguen nuestras nuevas IP a la lista blanca.",
            "Parece que un firewall bloquea nuestras llamadas, {¿las pueden dejar pasar?|desbloquéenlas porfa}.",
        ),
        (
            "Según el SLA, esperamos respuesta de sus ingenieros en menos de {cuatro horas|un día hábil}.",
            "En virtud de nuestro contrato Enterprise solicitamos una escalación inmediata.",
        ),
    ),
    "refund_request": (
        (
            "Solicito el reembolso del importe de [amount].",
            "Les ruego que procedan a la devolución {íntegra|total} de este pago.",
        ),
        (
            "reembolso porfa",
            "devolución xfa, gracias",
        ),
        (
            "¿Pueden abonar el importe de nuevo en mi tarjeta?",
            "Por favor, reintegren los [amount] a {mi cuenta|mi tarjeta}.",
        ),
        (
            "¿Me devuelves la pasta?",
            "Estaría bien que anularas el cargo y me devolvieras el dinero.",
        ),
        (
            "Espero la devolución {en un plazo de [days] días|de inmediato}.",
            "Si no recibo respuesta, {haré un contracargo|reclamaré el cargo} con mi banco.",
        ),
        (
            "¿Cómo tengo que hacer para recuperar mi dinero?",
            "¿Qué trámite hay que hacer para que me anulen y reembolsen ese pago?",
        ),
        (
            "Háganme una transferencia por los [amount], les paso el IBAN.",
            "La devolución por transferencia me va perfecto, CBU a pedido.",
        ),
        (
            "devolución ya",
            "a reembolsar, gracias",
            "regrésenme el dinero porfa",
        ),
        (
            "Pido una nota de crédito por lo facturado de más.",
            "La diferencia entre el plan viejo y el nuevo me la tienen que reembolsar.",
        ),
        (
            "Anulen ese cobro y aquí no ha pasado nada.",
            "Una anulación del cargo y asunto cerrado.",
        ),
        (
            "¿Me pueden regresar la lana a mi tarjeta lo antes posible?",
            "Devuélvanme la lana, no es tan complicado.",
        ),
        (
            "¿Me pueden reembolsar por PayPal?",
            "Lo más fácil sería anular la transacción de PayPal.",
        ),
        (
            "Confírmenme por escrito que ya gestionaron la devolución.",
            "Espero confirmación de que el dinero vuelve, con {la fecha|la referencia de la operación}.",
        ),
        (
            "Reembolsarme a prorrata los meses que no usé sería lo mínimo.",
            "Devuélvanme al menos lo que queda del año.",
        ),
        (
            "Borren esa operación y denme de vuelta lo cobrado.",
            "Hagan que esa suma vuelva a mí {rápido|sin demora}.",
        ),
    ),
    "data_migration": (
        (
            "¿Podrían comprobar que la migración terminó {bien|correctamente}?",
            "Les agradecería que revisaran la importación por su lado.",
        ),
        (
            "pueden chequear si la importación está ok",
            "porfa miren rapidito si pasó todo",
        ),
        (
            "Por favor, terminen la transferencia por nosotros.",
            "¿Pueden {relanzar|completar} el job {atascado|interrumpido}?",
        ),
        (
            "¿Puedes mirar en los logs si el traspaso funcionó?",
            "Dime {rápido|porfa} si están todos mis datos.",
        ),
        (
            "Necesitamos una confirmación {escrita|formal} de que se han migrado todos los registros.",
            "Nos vendría {bien|muy bien} un informe del avance.",
        ),
        (
            "Por favor, que intervenga {un especialista|alguien del equipo de migraciones}.",
            "Me gustaría que un técnico revisara la importación fallida.",
        ),
        (
            "Por favor, reinicien la importación para empezar de cero.",
            "¿Pueden deshacer el volcado a medias para volver a empezar?",
        ),
        (
            "Borren primero los duplicados de la última pasada y repitan la carga.",
            "Hay que quitar los contactos repetidos y luego reimportar, porfa.",
        ),
        (
            "terminen el traspaso porfa",
            "relancen la importación, gracias",
            "vuelvan a subir todo xfa",
        ),
        (
            "¿Nos pueden decir qué registros no entraron?",
            "¿Qué filas se rechazaron? Un informe de errores nos ayudaría.",
        ),
        (
            "Solicitamos una conciliación entre el sistema de origen y el de destino.",
            "Comparen el número de entradas de nuestra exportación con lo que hay en su plataforma.",
        ),
        (
            "Ayúdennos con el mapeo de campos antes de cargar el resto de tablas.",
            "¿Cómo asigno bien las columnas? Una guía cortita sería genial.",
        ),
        (
            "¿Pueden pasar la importación a UTF-8 y volver a cargar los datos?",
            "Arreglen las tildes, como sea.",
        ),
        (
            "Queremos agendar la migración final para un sábado.",
            "¿Cuándo pueden programar el traspaso definitivo?",
        ),
        (
            "Lancen por separado el envío de los adjuntos, por favor.",
            "Recuperen del viejo entorno los archivos que faltan.",
        ),
    ),
}

STORIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Volví de {tres semanas de vacaciones|un viaje largo} y no había entrado desde entonces.",
            "La última vez que inicié sesión fue hace {unas semanas|[days] días} y todo iba normal.",
        ),
        (
            "Borré la caché, probé otro navegador, modo incógnito {también|igual}: nada.",
            "Lo intenté en el portátil y en el móvil, {lo mismo|mismo resultado}.",
        ),
        (
            "Nuestro departamento de IT cambió las políticas de seguridad {hace poco|la semana pasada}.",
            "En mi trabajo reinstalaron todos los equipos {el [weekday]|hace poco} y perdí mi gestor de contraseñas.",
        ),
        (
            "Tras {tres|varios} intentos fallidos me salió un aviso de que {la cuenta estaba bloqueada temporalmente|volviera a intentarlo más tarde}.",
            "En algún momento apareció algo sobre demasiados intentos.",
        ),
        (
            "A un compañero {le funciona sin problema|le deja entrar normal}, solo me pasa a mí.",
            "A {mi compañera|mi jefe} le va todo bien, así que debe ser algo de mi cuenta.",
        ),
        (
            "El autocompletado del navegador {seguramente|a lo mejor} mete una clave vieja.",
            "Mi gestor de claves rellena el campo solo, pero por lo visto con la antigua.",
        ),
        (
            "En el celular, por la aplicación, sigo {conectado|logueada}, solo en el navegador no.",
            "En el ordenador de la oficina la sesión sigue abierta, {curiosamente|no sé por qué}, pero en el mío personal no.",
        ),
        (
            "Revisé toda la bandeja de entrada, {promociones incluidas|spam incluido}, {nada de ustedes|ningún mensaje suyo}.",
            "Nuestro firewall a veces filtra correos externos, igual el problema está ahí.",
        ),
        (
            "Tras un hackeo en mi proveedor de correo cambié todas mis claves.",
            "Hubo una ola de phishing {en octubre|en primavera} en la oficina y ahora todos cambiamos contraseñas.",
        ),
        (
            "Soy {nueva|nuevo} en el equipo, acepté la invitación {el [weekday]|anteayer}.",
            "La cuenta me la creó mi jefa y la contraseña inicial sigue siendo la misma.",
        ),
    ),
    "billing_inquiry": (
        (
            "Hace poco cambié el método de pago.",
            "Mi tarjeta {caducó|se venció} {en verano|hace unas semanas} y registré una nueva.",
        ),
        (
            "Normalmente pagamos {siempre|cada mes} lo mismo, {nunca hubo dudas|nunca ha habido problema}.",
            "Hasta ahora la cuota mensual era {fija|siempre igual}, por eso me extraña.",
        ),
        (
            "Sumamos {dos personas|algunos usuarios} al equipo, no sé si influye.",
            "Puede que un compañero haya contratado {licencias extra|más puestos} sin avisarme.",
        ),
        (
            "El cargo entró el [weekday], {sin ningún correo previo|sin que me llegara factura}.",
            "No recibí {factura por correo|ningún aviso}, solo vi el movimiento en {el extracto|la app del banco}.",
        ),
        (
            "Ya miré en {mi área de cliente|el apartado de Facturación} {y no me aclaro|sin encontrar explicación}.",
            "Leí las preguntas frecuentes sobre tarifas, {pero no me sirven|y la respuesta no está ahí}.",
        ),
        (
            "En {primavera|marzo} pasamos del plan mensual al anual.",
            "Hace poco usé un código promocional suyo al pagar.",
        ),
        (
            "Nuestra empresa está en México, las facturas van a contabilidad en Monterrey.",
            "La dirección de facturación cambió {con la mudanza|este año}.",
        ),
        (
            "Descargué la última factura del portal y la comparé con la del mes anterior.",
            "Puse lado a lado los comprobantes de los últimos {tres|seis} meses y ninguno coincide.",
        ),
        (
            "El plan lo contrató {mi antecesor|el responsable anterior}, yo lo heredé.",
            "Llevo la parte financiera solo desde {este trimestre|hace nada}.",
        ),
        (
            "En mayo tenían una promoción y nos apuntamos.",
            "Por teléfono nos prometieron {un precio especial|un descuento}.",
        ),
    ),
    "api_integration": (
        (
            "Hasta {la semana pasada|hace [days] días} la integración funcionaba {sin fallos|perfecta} desde hacía meses.",
            "No hemos tocado {nada|ni una línea} del código.",
        ),
        (
            "Mandamos {unas|aproximadamente} {200|1.000} peticiones por minuto, {repartidas en varios workers|con un cron}.",
            "Las llamadas salen {de madrugada|cada hora} con una tarea programada.",
        ),
        (
            "Reproduje la petición con curl, {mismo resultado|mismo error}.",
            "En Postman {pasa exactamente igual|da el mismo fallo}.",
        ),
        (
            "La clave la creó {tiempo atrás|en primavera} un compañero que {ya no está en la empresa|se fue de la empresa}.",
            "{Seguramente|Probablemente} {revocamos sin querer la clave vieja|borramos por error la clave antigua}.",
        ),
        (
            "La página de estado del servicio {está toda en verde|no muestra incidencias}, {qué raro|curioso}.",
            "En el foro de desarrolladores no encontré nada al respecto.",
        ),
        (
            "Usamos {Node.js 20|Python 3.12|PHP 8} con su librería oficial.",
            "El cliente corre en un contenedor Docker detrás de un {proxy|balanceador de carga}.",
        ),
        (
            "La respuesta trae un ID de petición, se lo puedo mandar.",
            "Guardé la respuesta completa con las cabeceras.",
        ),
        (
            "Por nuestra parte solo cambió la IP del servidor, porque nos pasamos {a la nube|a AWS}.",
            "Nos mudamos a un centro de datos nuevo {el mes pasado|a principios de año}.",
        ),
        (
            "El fallo aparece {solo de noche|sobre todo en horas pico|solo con payloads grandes}.",
            "Las peticiones pequeñas pasan, {los lotes grandes|las llamadas masivas} fallan.",
        ),
        (
            "El desarrollador {anda de vacaciones|está de baja}, intento entenderlo yo.",
            "La integración la montó un freelance {al que no localizo|desaparecido del mapa}.",
        ),
    ),
    "refund_request": (
        (
            "Contraté el [weekday] y no he usado el producto {ni una vez|nunca}.",
            "El pago fue hace {unos|aproximadamente} [days] días.",
        ),
        (
            "Envié la baja {dentro de plazo|a tiempo} por correo y me llegó confirmación.",
            "Tengo incluso {el acuse de recibo|una confirmación por escrito} de la cancelación.",
        ),
        (
            "Mi marido compró {por error|sin querer} desde mi cuenta.",
            "Nuestro becario contrató {una mejora|una suscripción} {probando cosas|por curiosidad}.",
        ),
        (
            "En otras empresas esto se resuelve {sin discusión|en dos minutos}.",
            "Soy cliente desde hace {años|mucho tiempo} y jamás tuve líos.",
        ),
        (
            "{Su chat|El chatbot} me mandó a esta dirección.",
            "Por teléfono me dijeron que {abriera un ticket|lo pidiera por escrito}.",
        ),
        (
            "Me registré solo para probar y {pensé que era gratis|no sabía que habría cargos}.",
            "Al darme de alta no entendí que la tarjeta se cobraría {al instante|en el momento}.",
        ),
        (
            "Hace meses que sustituimos su servicio por otra herramienta.",
            "Aquí ya nadie entra desde {el verano|hace meses}.",
        ),
        (
            "Somos una asociación pequeña, [amount] es mucho para nosotros.",
            "Soy estudiante y cada euro cuenta.",
        ),
        (
            "Ese cargo me dejó en números rojos, {con comisiones y todo|genial}.",
            "Por ese cobro {me rebotaron otro pago|casi no me pasa el alquiler}.",
        ),
        (
            "En su web anuncian una garantía de satisfacción.",
            "Según sus condiciones hay un plazo de {treinta|catorce} días que todavía no ha vencido.",
        ),
    ),
    "data_migration": (
        (
            "Son {unos|cerca de} {3.000|12.000} registros de {cinco|varios} años.",
            "Los datos de origen vienen de {una base de Access|un SharePoint viejo}.",
        ),
        (
            "Lancé la importación el [weekday] {por la tarde|a última hora}.",
            "El job lleva {supuestamente|según la pantalla} [days] días corriendo.",
        ),
        (
            "Seguimos {al pie de la letra|paso a paso} la guía de su base de conocimiento.",
            "Antes mapeé los campos según su plantilla.",
        ),
        (
            "Nuestro contrato con {el proveedor anterior|la plataforma vieja} vence {a fin de mes|en [days] días}.",
            "El sistema antiguo se apaga {pronto|la semana que viene}, de ahí las prisas.",
        ),
        (
            "El equipo ya trabaja en paralelo en el entorno nuevo.",
            "Mientras tanto {alguien creó|algunos compañeros crearon} registros nuevos, {por si importa|por si molesta}.",
        ),
        (
            "Venimos de {Salesforce|HubSpot|Zendesk}, donde hicimos una exportación completa.",
            "La exportación desde {el CRM anterior|Pipedrive} salió {sin errores|sin problema}.",
        ),
        (
            "El archivo exportado pesa {unos 2 GB|bastante} e incluye adjuntos.",
            "Son {más de 40|unas 25} tablas relacionadas entre sí.",
        ),
        (
            "Una importación de prueba con {50|100} filas había salido bien antes.",
            "En la prueba con una muestra pequeña {todo salió limpio|no vimos nada raro}.",
        ),
        (
            "El CSV va separado por punto y coma y guardado en {Windows-1252|ANSI}, como lo saca Excel.",
            "Nuestro archivo de origen tiene separadores de miles y fechas en formato español.",
        ),
        (
            "De la migración se encarga {una agencia externa|un becario}, yo solo soy el contacto.",
            "Sistemas me pasó el proyecto {aunque no sé mucho del tema|y yo soy más bien usuaria}.",
        ),
    ),
}

MENTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Con mi acceso está todo bien, no va por ahí.",
            "Entro {sin problema|normal}, la contraseña no es el tema.",
        ),
        (
            "Una compañera restableció su contraseña {la semana pasada|hace poco} y {fue todo bien|fue rapidísimo}.",
            "Tuve que cambiar la clave {hace poco|igualmente} y {funcionó|ningún drama}.",
        ),
        (
            "Al principio pensé que tenía el acceso bloqueado, {pero no|pero no era eso}.",
            "Primero sospeché de mis credenciales, {pero nada|pero no era eso}.",
        ),
        (
            "(el login funciona, solo para que sepan)",
            "pass ok, entro bien",
        ),
        (
            "El 2FA va {perfecto|de maravilla}, por cierto.",
            "No me hace falta otro correo de reseteo, ya lo usé.",
        ),
        (
            "No vayan a pensar que me quedé fuera – {entro perfectamente|el login va}.",
            "No estoy bloqueado, por si es lo primero que se les ocurre.",
        ),
        (
            "Nuestro admin obligó {ayer|hace unos días} a todo el equipo a cambiar la clave, pero eso es otro asunto.",
            "Mi compañera tuvo líos para identificarse {hace nada|estos días}, yo no.",
        ),
        (
            "Tengo todas mis credenciales, {tranquilos|por ahí no va}.",
            "Me sé la contraseña, {entrar no es el problema|loguearme no me cuesta}.",
        ),
        (
            "Un reseteo de clave {no cambiaría nada|no sirve aquí}, eso ya lo descarté.",
            "Probé poniendo otra clave: {no cambió nada|siguió todo igual}.",
        ),
        (
            "El acceso por SSO {va|funciona} {perfecto|de lujo}, se lo aseguro.",
            "El SMS de verificación me llega {al instante|enseguida}, así que por el acceso no viene la cosa.",
        ),
    ),
    "billing_inquiry": (
        (
            "La factura en sí está correcta, {no es eso|la cuestión es otra}.",
            "Con la facturación está todo claro, ninguna duda.",
        ),
        (
            "La {factura mensual|última factura} llegó bien, como siempre.",
            "Está todo pagado, {incluido el plan [plan]|por si lo preguntan}.",
        ),
        (
            "Al principio creí que tenía que ver con el último cargo, {pero no|y no}.",
            "Los importes del extracto {están bien|cuadran}, es otra cosa.",
        ),
        (
            "factura ok",
            "pago hecho, {todo bien|nada raro}",
        ),
        (
            "Nuestra contabilidad ya {archivó|registró} las facturas.",
            "Lo de los precios lo consulto {en otro momento|aparte}, no viene al caso ahora.",
        ),
        (
            "Ninguna pregunta sobre lo facturado, está {clarísimo|bien explicado}.",
            "Lo que pone en la factura lo entiendo {perfectamente|sin problema}, mi duda es otra.",
        ),
        (
            "Lo que cuesta [plan] me parece {justo, por cierto|correcto}.",
            "Por lo que ofrece [plan], pago {con gusto|encantado}, dicho sea de paso.",
        ),
        (
            "El IVA ya viene bien indicado, {gracias|por fin}.",
            "La factura corregida del {mes pasado|mes de marzo} llegó y está bien.",
        ),
        (
            "Lo que pago al mes ya lo sé, {sobra hablarlo|no quiero entrar en eso}.",
            "Los costes, hoy, no vienen al caso{, aunque lo parezca|; no se confundan}.",
        ),
        (
            "El cargo de este mes entró {normal|como siempre}.",
            "El cobro se hizo {correctamente|en su fecha}, lo comprobé.",
        ),
    ),
    "api_integration": (
        (
            "La API no tiene nada que ver, funciona {perfectamente|sin fallos}.",
            "Nuestra integración técnica va {bien|sin errores}, no es eso.",
        ),
        (
            "Nuestro desarrollador está armando {un conector|una integración} con su servicio, pero es {otro tema|otra historia}.",
            "Usamos {también|además} sus webhooks y {van muy bien|no dan problemas}.",
        ),
        (
            "{Al principio|Primero} pensé en una clave de API caducada, {pero no|falsa alarma}.",
            "Los errores 429 de {hace unos días|la semana pasada} ya {desaparecieron|están resueltos}.",
        ),
        (
            "api ok, solo para info",
            "el token funciona",
        ),
        (
            "Otro token no lo necesitamos, el actual {es válido|funciona}.",
            "Me leí la documentación para desarrolladores, pero las peticiones no son el problema aquí.",
        ),
        (
            "Tenemos, sí, una conexión vía su interfaz, {pero no está afectada|pero queda al margen}.",
            "Nuestra integración no entra en juego, {hace lo que debe|va como un reloj}.",
        ),
        (
            "Códigos de error tipo 401 o 500 no vemos {ninguno|por ningún lado}, {por si lo pensaban|lo puedo descartar}.",
            "En nuestros logs no hay {ni una|ninguna} petición fallida, que conste.",
        ),
        (
            "Estamos {lejísimos|a años luz} del límite de peticiones.",
            "No llegamos a la cuota {ni de lejos|ni por asomo}.",
        ),
        (
            "Nuestro endpoint de webhooks recibe {todo|todos los eventos} {a tiempo|de forma fiable}.",
            "Token y clave están {recién generados|nuevecitos}, eso está resuelto.",
        ),
        (
            "Lo de programar {no es lo mío|me queda grande}, yo {solo hago clic en la página|uso la interfaz web}.",
            "No usamos ninguna API, {somos simples usuarios|ni idea de esas cosas}.",
        ),
    ),
    "refund_request": (
        (
            "No estoy pidiendo {ningún reembolso|que me devuelvan dinero}, que quede claro.",
            "No quiero recuperar dinero, es por otra cosa.",
        ),
        (
            "El año pasado {ya me reembolsaron|me hicieron una devolución} y fue {muy rápido|sin problemas}.",
            "Un amigo {recuperó su dinero|consiguió que le devolvieran} {en su momento|una vez} sin líos.",
        ),
        (
            "No hace falta ningún abono, {sigo siendo cliente|pago con gusto}.",
            "Pensé en reclamar el cargo al banco, {pero no lo haré|pero lo dejé estar}.",
        ),
        (
            "(no quiero devolución)",
            "nada de reembolsos, no va de eso",
        ),
        (
            "La devolución de la otra vez ya llegó, {gracias de nuevo|gracias por cierto}.",
            "La cancelación de {aquella vez|marzo} quedó resuelta, {todo bien|perfecto}.",
        ),
        (
            "De devolver, nada: {todo está en orden|todo pagado y perfecto}.",
            "No se trata de reembolsos, {al contrario|tranquilos}.",
        ),
        (
            "A diferencia de {mi compañero|mi compañera}, no busco que me devuelvan plata, quiero {información|ayuda}.",
            "Mi socio quería recuperar lo invertido, pero yo lo veo distinto.",
        ),
        (
            "Darme de baja y pedir el reembolso, {ya lo pensaré|eso es otra historia}.",
            "De una posible devolución hablamos {otro día|más adelante, si acaso}.",
        ),
        (
            "¿Anular el pago? No, {para nada|ni hablar}.",
            "cero devoluciones, todo ok",
        ),
        (
            "El contracargo que hizo mi banco en primavera {quedó resuelto|se regularizó hace tiempo}.",
            "La transferencia del reembolso del año pasado llegó {sin problema|sin líos}.",
        ),
    ),
    "data_migration": (
        (
            "La importación de datos salió {bien|perfecta}, eso no es.",
            "Nuestra migración está {terminada|completada}, no se trata de eso.",
        ),
        (
            "Pensamos migrar {proyectos antiguos|datos históricos} {más adelante|el próximo trimestre}, {pero no ahora|sin prisa}.",
            "Otro equipo está pasando {ahora mismo|pronto} sus proyectos a ustedes, {aparte de esto|no tiene relación}.",
        ),
        (
            "Primero creí que el traspaso de datos había salido mal, pero {está todo|los datos están completos}.",
            "Los CSV se importaron {todos|enteros}, {no es eso|el problema es otro}.",
        ),
        (
            "import terminado, fyi",
            "ya pasaron todos los datos",
        ),
        (
            "Todavía no {hemos abierto|usamos} el asistente de migración.",
            "Mover datos no lo tenemos previsto {hasta otoño|hasta el año que viene}.",
        ),
        (
            "El paso del sistema anterior al suyo lo acompañaron sus compañeros {de maravilla|muy bien}, {gracias otra vez|de paso}.",
            "Con la carga de datos, su equipo de onboarding nos ayudó {un montón|muchísimo}.",
        ),
        (
            "No importamos {nada|absolutamente nada}, {empezamos de cero|arrancamos desde cero}.",
            "Ningún dato histórico que traer, {todo se creará a mano|empezamos en blanco}.",
        ),
        (
            "La lista de Excel del lunes {entró bien|se cargó completa}, {tranquilos|todo ok}.",
            "Todos los contactos se cargaron bien, lo comprobé por muestreo.",
        ),
        (
            "El problema no viene de la importación, sino de {otra cosa|un tema totalmente distinto}.",
            "Mi consulta no toca el import {para nada|en absoluto}.",
        ),
        (
            "Es verdad que estamos migrando {ahora|en paralelo} contactos desde {HubSpot|Outlook}, pero va {aparte|independiente} sin problemas.",
            "El traslado de la herramienta vieja a la suya {sigue en curso|continúa}, pero mi correo va de otro tema.",
        ),
    ),
}

AMBIGUOUS: tuple[tuple[str, ...], ...] = (
    (
        "Algo no anda bien con mi cuenta. ¿Podrían revisarlo?",
        "Desde {el [weekday]|hace unos días} algo falla por mi lado. ¿Pueden mirarlo?",
    ),
    (
        "no funciona. ayuda",
        "otra vez falla {:(|!!}. alguien?",
    ),
    (
        "Tengo un problema y no sé muy bien a quién dirigirme. ¿Me pueden ayudar?",
        "No sé si estoy escribiendo al sitio correcto, pero necesito ayuda.",
    ),
    (
        "Últimamente algo no va como debería. Contáctenme {pronto|en cuanto puedan}.",
        "Algo salió mal{, creo|}. ¿Alguien se puede encargar?",
    ),
    (
        "Como hablamos por teléfono: es sobre mi cuenta. Llámenme, por favor.",
        "Ya escribí {la semana pasada|hace [days] días} y sigo sin noticias.",
    ),
    (
        "¿Podés fijarte en mi cuenta? Hay algo que no anda.",
        "¿Me das una mano? Me pasa algo raro.",
    ),
    (
        "¿Hola? ¿Hay alguien? Llevo {días|tiempo} esperando una solución.",
        "¿Alguien me lee? Por aquí nada se mueve.",
    ),
    (
        "Ya empezó otra vez. Respóndanme, porfa.",
        "El mismo lío que {el lunes pasado|el otro día}. Mírenlo, porfa.",
    ),
    (
        "Tengo un tema que me gustaría hablar {por teléfono|de viva voz}.",
        "¿Alguien me puede {llamar|devolver la llamada}? Por escrito cuesta explicarlo.",
    ),
    (
        "Una pregunta rápida sobre mi cuenta – ¿quién está disponible?",
        "Necesitaría {cinco minutos|un momento} con alguien de soporte.",
    ),
    (
        "¡¡¡No puede ser!!! Otra vez.",
        "Estoy muy enojado, esto se tiene que {resolver|acabar} ya.",
    ),
)

SUBJECTS_NEUTRAL: tuple[tuple[str, ...], ...] = (
    ("Consulta", "Pregunta", "Una duda"),
    ("Necesito ayuda", "Solicito ayuda"),
    ("urgente", "¡¡URGENTE!!", "es urgente"),
    ("Mi caso", "Petición", "Solicitud"),
    ("RE: Su mensaje", "RV: Soporte"),
    ("Soporte", "Ticket", "Reclamo de cliente"),
)

SUBJECTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        ("Restablecer contraseña", "Olvidé mi contraseña"),
        ("no puedo entrar", "no me deja loguear"),
        ("Sin acceso a mi cuenta", "¿Cuenta bloqueada?"),
        ("Solicitud: nueva clave", "Reset de pass porfa"),
        ("2FA / acceso", "Problema para iniciar sesión"),
        (
            "Contraseña perdida",
            "Perdí la contraseña",
        ),
        (
            "Cuenta bloqueada por errores al entrar",
            "Usuario bloqueado",
        ),
        (
            "No logro identificarme",
            "Problema con mis credenciales",
        ),
        (
            "Nunca recibo el mail de reseteo",
            "Link de reseteo vencido",
        ),
        (
            "Recuperar mi acceso",
            "Desbloqueo de cuenta, porfa",
        ),
    ),
    "billing_inquiry": (
        ("Consulta sobre mi factura", "Duda con la factura n.º {2024-0815|4711}"),
        ("cobro??", "qué es este cargo"),
        ("Cargo desconocido de [amount]", "Cobro no identificado"),
        ("Precio del plan [plan]", "Coste de {mi suscripción|mi plan}"),
        ("Facturación de {mayo|este mes}", "Aclaración sobre la facturación"),
        (
            "Consulta de facturación",
            "Línea rara en la factura",
        ),
        (
            "¿Subida de precio?",
            "¿Por qué más caro?",
        ),
        (
            "IVA en la factura",
            "¿IVA correcto?",
        ),
        (
            "Número de licencias facturadas",
            "¿Demasiados usuarios facturados?",
        ),
        (
            "Cobro del [weekday]",
            "Extracto bancario: movimiento raro",
        ),
    ),
    "api_integration": (
        ("Error 401 en la API", "La API devuelve errores"),
        ("429 rate limit", "500 todo el rato"),
        ("La integración ya no funciona", "¿Interfaz caída?"),
        ("Problema con la clave de API", "¿Key inválida?"),
        ("Webhooks / timeouts", "Peticiones que expiran"),
        (
            "403 Forbidden",
            "Error de permisos en la API",
        ),
        (
            "Firma de webhook inválida",
            "Fallan los webhooks",
        ),
        (
            "Problema de integración",
            "Fallos de conexión con la API",
        ),
        (
            "¿Token caducado?",
            "Error OAuth",
        ),
        (
            "Sandbox bien, producción no",
            "Errores en producción",
        ),
    ),
    "refund_request": (
        ("Reembolso", "Solicitud de reembolso"),
        ("devuélvanme la plata", "quiero mi dinero"),
        ("Abono de [amount]", "Devolución {pendiente|solicitada}"),
        ("Cobro por error – anular", "Anulación del pago"),
        ("Me cobraron tras cancelar", "Pago duplicado"),
        (
            "Devuélvanme el dinero",
            "Devolución del cobro",
        ),
        (
            "Desistimiento",
            "Ejercicio del derecho de desistimiento",
        ),
        (
            "Upgrade sin querer",
            "Anular upgrade y reembolsar",
        ),
        (
            "Nota de crédito",
            "Cobro excesivo – reintegro",
        ),
        (
            "Contracargo",
            "Anular la domiciliación",
        ),
    ),
    "data_migration": (
        ("Migración de datos", "Consulta sobre la migración"),
        ("importación atascada", "¿migración rota?"),
        ("Traspaso de nuestros datos", "Mudanza desde {el sistema viejo|Trello|Jira}"),
        ("Importación CSV incompleta", "Faltan registros tras importar"),
        ("Estado del job de migración", "¿Falló la migración?"),
        (
            "Traspaso de datos",
            "Problemas con el traspaso de datos",
        ),
        (
            "Importación: tildes rotas",
            "Caracteres raros tras importar",
        ),
        (
            "Duplicados tras importar",
            "Registros repetidos",
        ),
        (
            "Cambio desde {HubSpot|Salesforce}",
            "Llegamos desde otro proveedor – traslado de datos",
        ),
        (
            "Importar Excel",
            "Importación atascada en cola",
        ),
    ),
}

GREETINGS: tuple[tuple[str, ...], ...] = (
    ("Estimados señores:", "Estimado equipo de soporte:"),
    ("Hola,", "Hola a todos,", "Hola equipo,"),
    ("Buenas,", "Ey,", ""),
    ("Buenos días,", "Buenas tardes,", "Buenas noches,"),
    ("Qué tal,", "¿Qué tal?", "Hola, qué tal,"),
    ("A quien corresponda:", "Muy señores míos:"),
)

SIGNOFFS: tuple[tuple[str, ...], ...] = (
    ("Atentamente, [first_name]", "Atentamente", "Reciba un cordial saludo, [first_name]"),
    ("Saludos, [first_name]", "Saludos", "Un saludo"),
    ("¡Gracias!", "Gracias de antemano, [first_name]", "Mil gracias"),
    ("Un abrazo, [first_name]", "Abrazo", "Besos"),
    ("Quedo atento a su respuesta. [first_name]", "Quedo atenta a sus comentarios"),
    ("Slds, [first_name]", "Saludos cordiales", "Cordialmente, [first_name]"),
)

FILLERS: tuple[tuple[str, ...], ...] = (
    (
        "Les agradecería una respuesta {pronta|lo antes posible}.",
        "Una respuesta {antes del [weekday]|esta misma semana} sería {de gran ayuda|ideal}.",
    ),
    (
        "Por lo demás estoy {muy contento|encantada} con {su producto|la herramienta}.",
        "{Felicidades, por cierto|Por cierto, enhorabuena} a todo el equipo, la {nueva interfaz|última versión} está {genial|buenísima}.",
    ),
    (
        "Estuve {una eternidad|muchísimo rato} esperando al teléfono, {así que|por eso} escribo.",
        "Su chat estaba {otra vez fuera de línea|caído}.",
    ),
    (
        "Perdón por {la hora|lo largo del mensaje|el rollo}.",
        "Disculpen {las molestias|tantas preguntas|el desorden}.",
    ),
    (
        "Aquí llueve a cántaros {sin parar|hoy}, {el ánimo va a juego|en fin}.",
        "Estoy {en el tren|de viaje}, por eso voy al grano.",
    ),
    (
        "Me pueden localizar {mejor|por las mañanas} por correo.",
        "Si necesitan algo más, {me avisan|quedo a disposición}.",
    ),
    (
        "Me voy de vacaciones el [weekday], {estaría bien|lo ideal sería} dejarlo resuelto antes.",
        "Los próximos días {ando de viaje|estaré fuera}, contestaré a ratos.",
    ),
    (
        "¡Buen finde por adelantado!",
        "Y buen inicio de semana.",
    ),
    (
        "Escribo de parte de {mi jefe|mi jefa}, que está en reuniones hasta la noche.",
        "Este mensaje lo mando por {la dirección|mi superior}; escribe la asistente.",
    ),
    (
        "Ya es mi {segundo|tercer} intento de contactarlos.",
        "Al mail que mandé {ayer|el [weekday]} solo me respondió un contestador automático.",
    ),
)

BODY_EMAIL: tuple[tuple[str, ...], ...] = (
    ("Mi cuenta está registrada con el correo [email].", "Estoy dado de alta con [email]."),
    ("cuenta: [email]", "mail: [email]"),
    ("La dirección de correo de mi cuenta es [email].", "El correo que tienen registrado es [email]."),
    (
        "Uso {su servicio|la app} con [email], {por si quieres comprobarlo|para que lo busques}.",
        "Por si tienen que buscar: [email].",
    ),
    ("(Cuenta de cliente: [email])", "Mi usuario es [email]"),
    (
        "Suelo iniciar sesión con [email].",
        "Correo de acceso: [email]",
    ),
    (
        "La cuenta de usuario está ligada a [email], {no|y no} a la dirección desde la que escribo.",
        "Ojo, el titular es [email] – escribo {desde el celular|desde mi correo personal}.",
    ),
    (
        "Para su información, mi dirección con ustedes es [email].",
        "Con ustedes estoy registrada como [email].",
    ),
    (
        "Búsquenme como [email], gracias.",
        "Busquen [email], porfa.",
    ),
    (
        "En su día di de alta la cuenta con [email].",
        "El alta se hizo con [email].",
        "Mi correo en el sistema: [email].",
    ),
)

REPLY_EMAIL: tuple[tuple[str, ...], ...] = (
    ("La cuenta está a nombre de [email].", "Es [email]."),
    ("[email]", "[email] creo"),
    ("El correo es [email], gracias por preguntar.", "Usen [email], por favor."),
    ("Ay perdón, {me despisté|lo olvidé}: [email]", "ah sí: [email]"),
    (
        "Entro {siempre|normalmente} con [email], no con esta desde donde escribo.",
        "No la del remitente, sino [email].",
    ),
    (
        "Prueben con [email].",
        "Intenten con [email].",
    ),
    (
        "Debería ser [email].",
        "[email], {me parece|si no me equivoco}.",
    ),
    (
        "La cuenta se abrió con [email].",
        "Me registré con [email].",
    ),
    (
        "Mi correo del trabajo: [email].",
        "El corporativo, o sea [email].",
    ),
    (
        "Bueno, en realidad es [email] – me equivoqué antes.",
        "Disculpen, la buena es [email].",
    ),
)

REPLY_EMAIL_VAGUE: tuple[tuple[str, ...], ...] = (
    ("La que uso siempre.", "Mi correo de siempre."),
    ("la del trabajo {creo|me parece|seguramente}", "la de la oficina probablemente"),
    ("{La verdad|Sinceramente}, no estoy seguro.", "Ni idea, {hace mucho|tengo varias}."),
    ("Está {en mi perfil|en su sistema}, ¿no?", "Deberían {tenerla|poder verla}, ¿no?"),
    (
        "O la personal o la del curro, {una de las dos|ustedes verán}.",
        "Alguna de mis direcciones de {Gmail|Hotmail}.",
    ),
)

REPLY_NO_OTHER: tuple[tuple[str, ...], ...] = (
    ("Solo tengo esta dirección.", "No tengo ningún otro correo."),
    ("no tengo otra", "solo esa"),
    (
        "La dirección desde la que les escribo es {la única|la de la cuenta}.",
        "Es justo la misma desde la que mando este mensaje.",
    ),
    ("No hay otra, {de verdad|en serio}.", "Más direcciones no tengo."),
    (
        "Como dije, es la del remitente de este correo.",
        "La cuenta va asociada al correo que ven como remitente.",
    ),
    (
        "No, solo existe esta.",
        "No tengo más buzones de correo.",
    ),
    (
        "Esta, y ninguna otra.",
        "¿Una segunda dirección? No la tengo.",
    ),
    (
        "Solo uso este mail.",
        "Mi único buzón es este desde el que contesto ahora.",
    ),
    (
        "no, esa nomás",
        "nop, solo esta",
    ),
    (
        "Miren el remitente arriba: no hay más.",
        "Mi cuenta se creó con este mismo correo.",
    ),
)

REPLY_REQUEST: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        ("Restablezcan mi contraseña, por favor.", "Quiero un enlace para cambiar la contraseña."),
        ("nueva pass porfa", "link de reset xfa"),
        (
            "Solo quiero poder entrar de nuevo en mi cuenta, o sea, una contraseña nueva.",
            "Volver a iniciar sesión, {con un reset basta|me vale un enlace de restablecimiento}.",
        ),
        ("Mándenme un correo para elegir otra clave.", "Un correo para rehacer la contraseña, gracias."),
        ("Recuperar mi acceso, {nada más|eso es todo}.", "Solo quiero volver a tener mi login."),
        (
            "Desbloqueen mi cuenta, por favor.",
            "Quiten el bloqueo y yo me arreglo.",
        ),
        (
            "Resetear el 2FA para configurar mi celular nuevo.",
            "Quitar la verificación en dos pasos mientras cambio de teléfono.",
        ),
        (
            "Poder loguearme de nuevo, y punto.",
            "Que el login ande otra vez, suficiente.",
        ),
        (
            "Reenvíen el mensaje para resetear – y que llegue esta vez.",
            "El mail de la clave nueva, otra vez porfa.",
        ),
        (
            "Una clave provisoria por SMS, idealmente.",
            "Cualquier código temporal que me deje entrar.",
        ),
    ),
    "billing_inquiry": (
        (
            "Quisiera una explicación de los [amount] cobrados.",
            "Explíquenme este cargo {en detalle|con más precisión}.",
        ),
        ("solo que me expliquen el cobro", "saber para qué es esa plata"),
        (
            "Con una factura desglosada {me basta|es suficiente}.",
            "Mándenme {el detalle de la factura|un resumen de los costes}.",
        ),
        (
            "Nada de reembolsos, únicamente una aclaración sobre la factura.",
            "Solo quiero entender cómo se calcula el precio de [plan].",
        ),
        (
            "Comprueben si el último pago está bien y me avisan.",
            "Revisar que todo esté en orden, {gracias|con eso me basta}.",
        ),
        (
            "Que me expliquen qué hay detrás de ese importe.",
            "Saber a dónde va mi dinero.",
        ),
        (
            "La lista de todos los cargos desde {enero|principios de año}.",
            "Un listado de costes con sus fechas.",
        ),
        (
            "El detalle del cálculo, concepto por concepto.",
            "Entender cómo llegan a ese total.",
        ),
        (
            "Solo saber por qué la factura salió más alta – {nada de devolver|no pido ningún abono}.",
            "Explicaciones sí, dinero no.",
        ),
        (
            "Confirmarme que el IVA está bien.",
            "Díganme si el tipo de IVA es el correcto.",
        ),
    ),
    "api_integration": (
        (
            "Averigüen por qué fallan nuestras llamadas a la API, por favor.",
            "Quiero saber de dónde salen los errores {401|429|500}.",
        ),
        ("revisar logs y arreglar porfa", "que la api vuelva a andar"),
        (
            "Si la clave está {muerta|inválida}, {necesitamos una nueva|generen otra}.",
            "Una clave de API nueva, {si hace falta|si la vieja ya no sirve}.",
        ),
        (
            "Que nuestra integración vuelva a funcionar, {sin más|así de simple}.",
            "Que la interfaz responda {bien|como antes} otra vez.",
        ),
        (
            "Miren los errores en sus registros y {escálenlo|pásenlo a los técnicos} si es cosa suya.",
            "Un análisis técnico de las {peticiones fallidas|caídas}.",
        ),
        (
            "Subir el límite de peticiones, {porfa|y listo}.",
            "Permitir más llamadas por minuto.",
        ),
        (
            "Reenviar los webhooks perdidos.",
            "Volver a mandar los eventos que se perdieron.",
        ),
        (
            "Un desarrollador que mire nuestras peticiones, {nada más|con eso basta}.",
            "Que alguien técnico revise las llamadas con error.",
        ),
        (
            "Darle al token los permisos necesarios.",
            "Añadir los scopes para que desaparezca el 403.",
        ),
        (
            "Decirme si tienen una incidencia y cuándo se arregla.",
            "Info sobre la caída y un plazo estimado.",
        ),
    ),
    "refund_request": (
        ("Quiero que me reembolsen los [amount].", "Devuelvan el importe, por favor."),
        ("la plata de vuelta", "devolver y listo"),
        ("Anular el cobro y abonarlo en mi tarjeta.", "Devolver el dinero a {mi tarjeta|mi cuenta}."),
        (
            "Un reembolso completo, {como prometieron al comprar|como corresponde}.",
            "Recuperar {hasta el último céntimo|todo lo pagado}.",
        ),
        (
            "Reembólsenme lo último que me cobraron, {no uso el servicio|ya cancelé}.",
            "El último pago tiene que volver, {punto|y ya}.",
        ),
        (
            "Reembolsarme por transferencia, {a mi cuenta corriente|con el IBAN que les paso}.",
            "Transfiéranme la suma de vuelta.",
        ),
        (
            "Devolver los [amount], gracias.",
            "Un reembolso, sin más.",
        ),
        (
            "Anular el cargo, {lo antes posible|rapidito}.",
            "Cancelación del cargo con reintegro.",
        ),
        (
            "Abonar todo otra vez a la tarjeta de crédito.",
            "La suma completa de regreso a la tarjeta.",
        ),
        (
            "Reembolsar la diferencia con la tarifa inferior.",
            "Devolverme el excedente.",
        ),
    ),
    "data_migration": (
        (
            "Comprueben que la migración de datos está completa, por favor.",
            "Quiero que me confirmen que la migración terminó.",
        ),
        ("chequear la importación porfa", "ver si pasó todo"),
        (
            "Que {un técnico|alguien} revise el traspaso de nuestros datos y lo termine {si hace falta|de ser necesario}.",
            "Terminar la transferencia, o al menos ver si acabó.",
        ),
        (
            "Miren los logs del proceso de importación y me cuentan.",
            "Un vistazo al registro de la importación, gracias.",
        ),
        (
            "Si la mudanza falló, pásenlo a sus especialistas.",
            "Asegurarse de que nuestros proyectos llegaron {todos|completos}.",
        ),
        (
            "Relanzar la importación {esta vez|ya} sin duplicados.",
            "Otra pasada de carga, limpia.",
        ),
        (
            "Corregir las tildes y volver a cargar los datos.",
            "Arreglar los caracteres especiales.",
        ),
        (
            "La lista de fichas que faltan.",
            "Decirme qué filas no llegaron.",
        ),
        (
            "Terminar la migración antes de que apaguen nuestro sistema viejo.",
            "Cerrar la transición a tiempo, antes del apagón.",
        ),
        (
            "Confirmarme que el volcado está completo – y si no, {rellenar los huecos|completarlo}.",
            "Revisar y luego rescatar lo extraviado.",
        ),
    ),
}

REPLY_VAGUE: tuple[tuple[str, ...], ...] = (
    ("Arreglar el problema, {obviamente|qué más}.", "Pues que funcione otra vez."),
    ("arréglenlo porfa", "hagan lo que haya que hacer, gracias"),
    ("Ustedes sabrán mejor que yo, ¿no?", "Los expertos son ustedes."),
    ("Lo que haga falta.", "Lo que {sirva|sea necesario}."),
    (
        "Ni idea, {mientras funcione|cualquier cosa}.",
        "Me da igual cómo, solo quiero {tranquilidad|que me dejen en paz con esto}.",
    ),
    (
        "¡Pues ayudarme!",
        "Ayudarme, {para eso están, ¿no?|es su trabajo}.",
    ),
    (
        "Está todo en mi {primer|último} mensaje.",
        "Vuelvan a leer lo que escribí, porfa.",
    ),
    (
        "Lo de siempre.",
        "Lo que se hace normalmente en estos casos.",
    ),
    (
        "Encárguense ustedes y ya.",
        "Resuélvanlo como puedan.",
    ),
    (
        "Mírenlo y decidan ustedes.",
        "Ya encontrarán la forma, seguro.",
    ),
)

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "que": ("q", "k"),
    "porque": ("xq", "pq", "porq"),
    "por": ("x",),
    "también": ("tmb", "tb"),
    "mensaje": ("msj",),
    "gracias": ("grax", "grs"),
    "saludos": ("slds", "salu2"),
    "información": ("info",),
    "número": ("nro.", "núm."),
    "usted": ("Ud.",),
    "ustedes": ("Uds.",),
    "para": ("pa",),
    "teléfono": ("tel.",),
    "aproximadamente": ("aprox.",),
    "contraseña": ("pass",),
    "nada": ("nd",),
    "bien": ("bn",),
    "cuenta": ("cta.",),
    "de": ("d",),
    "besos": ("bss",),
    "mucho": ("mxo",),
    "cuando": ("cdo", "qdo"),
    "donde": ("dnd",),
    "dónde": ("dnd",),
    "qué": ("q", "k"),
    "verdad": ("vdd",),
    "señor": ("Sr.",),
    "señora": ("Sra.",),
    "departamento": ("depto.", "dpto."),
    "factura": ("fra.",),
    "aplicación": ("app",),
    "administrador": ("admin",),
    "lunes": ("lun.",),
    "martes": ("mar.",),
    "miércoles": ("miér.",),
    "jueves": ("jue.",),
    "viernes": ("vie.",),
    "sábado": ("sáb.",),
    "domingo": ("dom.",),
    "tampoco": ("tpc",),
    "ejemplo": ("ej.",),
    "atentamente": ("atte.",),
    "siguiente": ("sig.",),
    "mensajes": ("msjs",),
    "correo": ("mail",),
    "horas": ("hs",),
    "minutos": ("min",),
    "segundos": ("seg",),
}
