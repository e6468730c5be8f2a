# Handover: español.
#
# Este catálogo tiene exactamente los mismos identificadores de mensaje que en.ftl (una prueba lo comprueba).
# Variables: $count es un número ya formateado para el idioma; $n es el mismo
# número para los selectores de plural. Los marcadores como { $title } se dejan
# tal cual; «Firmar» y los demás nombres de botón citados coinciden con el
# mensaje del propio botón.

## Todas las páginas

site-name = Handover
skip-to-content = Saltar al contenido
footer-privacy = Privacidad
footer-your-data = Sus datos
language-menu = Idioma
title-separator = ·

## Inicio

home-heading = Peticiones
home-empty = Todavía no hay peticiones. Un organizador puede añadir una con { $command }.
home-to = dirigida a { $recipient }

## Página de la petición

petition-to = Petición dirigida a { $recipient }
petition-signatures = Firmas
# Se muestra tras el número en negrita: «12.345 firmas verificadas».
petition-count-label =
    { $n ->
        [one] firma verificada
       *[other] firmas verificadas
    }
petition-goal = de un objetivo de { $count }
petition-organized-by = Organizada por { $organizer }
petition-not-open = Esta petición todavía no admite firmas. Vuelva cuando se abra.
petition-closed = Esta petición está cerrada y ya no admite firmas. Gracias a todas las personas que la firmaron.
points-heading = Firmas verificadas por punto de entrega
# Un punto de entrega en la lista de recuentos: «Embajada de X, Seúl: 1234».
point-count = { $name }, { $city }: { $count }

## El formulario de firma

sign-heading = Firmar la petición
errors-heading =
    { $n ->
        [one] Revise esta respuesta
       *[other] Revise estas { $count } respuestas
    }
error-prefix = Error:
field-name = Su nombre
field-email = Su dirección de correo electrónico
field-email-hint = Le enviamos un enlace para confirmar. Su dirección nunca se muestra a nadie ni se entrega a nadie.
field-country = País en el que vive
choose = Elija…
countries-with-points = Países con un punto de entrega
countries-all = Todos los países
field-city = Su ciudad
field-point = Dónde se entrega su firma
field-point-hint = Un grupo local entrega las firmas en persona en cada embajada o consulado.
field-packet = Cómo aparece su nombre en la lista que se entrega
field-packet-hint = La lista se entrega a funcionarios de { $recipient }. Si dar su nombre pudiera suponer un riesgo para usted o para su familia, elija las iniciales o «Anónimo»: su firma cuenta igual.
packet-full = Mi nombre completo, con mi ciudad, país, fecha de firma y comentario
packet-initials = Mis iniciales, con mi ciudad, país, fecha de firma y comentario
packet-anonymous = «Anónimo», solo con mi país y la fecha de firma (sin ciudad ni comentario)
field-comment = Un comentario para la lista
field-comment-hint = Opcional, hasta 500 caracteres.
honeypot = Deje este campo vacío
field-consent = Acepto que mi firma se guarde para contarla y entregarla tal como he elegido arriba. Mi dirección de correo electrónico nunca se muestra ni se entrega.
consent-privacy-link = Cómo protegemos sus datos
sign-button = Firmar

## Mensajes sobre las respuestas del formulario de firma

error-name-missing = Escriba su nombre.
error-name-too-long = El nombre puede tener como máximo 200 caracteres.
error-city-missing = Escriba su ciudad.
error-city-too-long = La ciudad puede tener como máximo 100 caracteres.
error-comment-too-long = El comentario puede tener como máximo 500 caracteres.
error-control-chars = Elimine los caracteres de control invisibles.
error-email-missing = Escriba su dirección de correo electrónico.
error-email-too-long = La dirección de correo electrónico puede tener como máximo 254 caracteres.
error-email-malformed = Esto no parece una dirección de correo electrónico (nombre@example.org).
error-country = Elija su país en la lista.
error-packet = Elija cómo aparece su nombre.
error-point = Elija dónde se entrega su firma.
error-slug-length = Use entre 1 y 64 caracteres.
error-slug-chars = Use solo letras minúsculas a–z, cifras y guiones sueltos, ni al principio ni al final.
error-role = El rol debe ser administrador, coordinador u organizador local.
error-password-short = La contraseña necesita al menos { $min_fmt } caracteres; una frase corta funciona bien.
error-password-long = La contraseña puede tener como máximo { $max_fmt } caracteres.
error-consent = Marque la casilla para dar su acuerdo; si no, no podemos guardar su firma.
error-form-expired = Este formulario había caducado. Sus respuestas se han conservado: pulse «Firmar» de nuevo.
error-disposable-domain = No se puede firmar con direcciones de este proveedor de correo, porque ofrece direcciones desechables. Use una dirección permanente.
error-blocked-network = Las firmas desde su red están bloqueadas por abusos cometidos desde ella. Inténtelo desde otra conexión; sus respuestas se conservan.
error-rate-limited =
    { $n ->
        [one] Muchas personas están firmando desde su red en este momento. Sus respuestas se conservan: pulse «Firmar» de nuevo dentro de un minuto.
       *[other] Muchas personas están firmando desde su red en este momento. Sus respuestas se conservan: pulse «Firmar» de nuevo dentro de { $count } minutos.
    }

## Después de firmar

thanks-title = Revise su correo
thanks-lead = Le hemos enviado un correo electrónico. Abra el enlace que contiene y pulse «Confirmar mi firma»: solo entonces cuenta su firma.
thanks-more = El correo puede tardar unos minutos. Si no lo ve, mire en la carpeta de correo no deseado (spam). Si ya había firmado antes con esta dirección, el correo se lo indicará; nadie se cuenta dos veces.
back-to = Volver a «{ $title }»

## Confirmación

verify-title = Confirme su firma
verify-button = Confirmar mi firma
verify-only-button = La firma solo se confirma al pulsar el botón. Si usted no ha firmado, cierre esta página: no se contará nada.
verify-form-expired = La página había caducado y todavía no se ha confirmado nada. Pulse el botón de nuevo.
verified-title = Gracias: su firma cuenta
verified-message = Su firma está confirmada y ya cuenta. Se entregará junto con las demás en el punto de entrega que eligió.
already-title = Ya confirmada
already-message = Su firma ya estaba confirmada. Cuenta una sola vez; no tiene que hacer nada más.
count-so-far =
    { $n ->
        [one] { $count } firma verificada hasta ahora.
       *[other] { $count } firmas verificadas hasta ahora.
    }
verify-not-open = Esta petición no admite firmas en este momento, así que no se ha podido confirmar su firma.
verify-withdrawn-title = Esta firma se ha retirado
verify-withdrawn-message = Usted retiró esta firma, así que no cuenta. Para volver a firmar, use el formulario de la página de la petición.
sign-again = Volver a firmar
verify-invalidated-title = Esta firma no cuenta
verify-invalidated-message = Los organizadores de la petición han apartado esta firma, normalmente porque muchas firmas parecidas parecían falsas. No cuenta y no se entregará. Si cree que se trata de un error, póngase en contacto con los organizadores.
link-expired-title = Este enlace ha caducado
link-expired-message = Este enlace de confirmación ya no es válido. Vuelva a firmar con la misma dirección de correo electrónico y le enviaremos un enlace nuevo; su firma no se contará dos veces.
get-new-link = Obtener un enlace nuevo
link-unknown-title = Este enlace no es válido
link-unknown-message = No reconocemos este enlace de confirmación. Compruebe que ha copiado el enlace completo del correo, o vuelva a firmar en la página de la petición para recibir uno nuevo.
find-petition = Buscar la petición

## Retirada de la firma

withdraw-title = Retirar su firma
withdraw-explain = Su firma dejará de contar de inmediato y, a partir de ahora, no figurará en ninguna lista que se entregue.
withdraw-button = Retirar mi firma
withdrawn-title = Su firma se ha retirado
withdrawn-message = Su firma ya no cuenta y no se entregará. Si cambia de opinión, puede volver a firmar.
withdraw-form-expired = Esta página había caducado y no se ha cambiado nada. Abra el enlace de nuevo.
already-withdrawn-title = Ya retirada
already-withdrawn-message = Esta firma ya se había retirado. No cuenta.
withdraw-link-unknown = No reconocemos este enlace de retirada, o ha caducado. Compruebe que ha copiado el enlace completo del correo.

## Privacidad

privacy-title = Privacidad
privacy-lead = Algunas personas que firman, o sus familias, podrían correr peligro si se supiera que han firmado. Guardamos lo mínimo posible y mostramos todavía menos.
privacy-store-heading = Qué guardamos
privacy-store-fields = Su nombre, su dirección de correo electrónico, su país, su ciudad, el punto de entrega que eligió, cómo debe aparecer su nombre y su comentario. Lo que escribe se guarda cifrado, con una clave que se conserva aparte de la base de datos: una copia robada de la base de datos no muestra nada de ello.
privacy-store-times = Cuándo firmó y cuándo confirmó la firma.
privacy-store-links = Solo una huella irreversible de los enlaces que le enviamos por correo, nunca los enlaces en sí.
privacy-store-ip = Una huella irreversible y protegida con clave de su dirección IP, para poder detectar y eliminar avalanchas de firmas desde una misma dirección; nunca la dirección en sí.
privacy-who-heading = Quién lo ve
privacy-who-public = El público solo ve recuentos, nunca nombres, y cualquier recuento inferior a tres se muestra como «<3», para que no se pueda distinguir una sola firma en un país o en un punto de entrega.
privacy-who-packet = El paquete que se entrega en el punto de entrega lleva su nombre tal como usted eligió (completo, iniciales o «Anónimo»), su país y la fecha y, salvo que haya elegido «Anónimo», su ciudad y su comentario. Nunca lleva su dirección de correo electrónico.
privacy-who-organizers = Los organizadores de la petición pueden ver las firmas de sus puntos de entrega.
privacy-who-nobody = Nadie, ni siquiera quien conozca su dirección de correo electrónico, puede averiguar a través de este sitio si usted firmó: todos los envíos reciben la misma respuesta y solo su buzón recibe contestación.
privacy-change-heading = Si cambia de opinión
privacy-change-withdraw = El correo en el que le pedimos la confirmación incluye también un enlace para retirar su firma, antes o después de confirmarla. Una firma retirada deja de contar de inmediato, queda fuera de todas las listas que se entreguen desde ese momento, y su nombre, su dirección de correo, su ciudad y su comentario se borran en el acto.
privacy-change-data = También puede ver todo lo que se guarda sobre su dirección de correo electrónico y borrarlo: enviamos un enlace a esa dirección, así que solo quien la utiliza puede consultarlo.
privacy-change-data-link = Ver o borrar sus datos
privacy-long-heading = Durante cuánto tiempo
privacy-long = Las firmas que nunca se confirman se borran cuando caduca su enlace de confirmación (a los 7 días, salvo que los organizadores fijen otro plazo). Su dirección de correo electrónico solo se usa para confirmar su firma y para responderle; nunca se muestra a nadie ni se entrega a nadie. Cuando una petición lleva cerrada todo su periodo de conservación (90 días, salvo que los organizadores fijen otro plazo), se borran las direcciones de correo electrónico y las huellas de IP de sus firmantes; se conservan la lista tal como se entregó y los recuentos.

## Datos de una persona firmante

my-data-title = Sus datos
my-data-request-heading = Ver o borrar sus datos
my-data-request-explain = Indique la dirección de correo electrónico con la que firmó. Si con ella se ha firmado alguna petición aquí, le enviaremos a esa dirección un enlace que muestra todo lo que se guarda sobre ella y le permite borrarlo. Por la seguridad de todas las personas, esta página da siempre la misma respuesta: solo su buzón sabrá si esa dirección firmó.
my-data-email = Dirección de correo electrónico
my-data-send = Enviarme el enlace
my-data-privacy-link = Qué se guarda, quién lo ve y durante cuánto tiempo
my-data-form-expired = Este formulario había caducado. Pulse «Enviarme el enlace» de nuevo.
my-data-rate-limited = Hay demasiadas solicitudes desde su red en este momento. Inténtelo de nuevo dentro de unos minutos.
my-data-sent-title = Revise su correo
my-data-sent-message = Si con esta dirección se ha firmado alguna petición aquí, le hemos enviado a esa dirección un enlace para ver y borrar lo que se guarda sobre ella. El enlace funciona durante un tiempo limitado. Si no le llega nada, revise la carpeta de correo no deseado (spam) o la dirección que escribió.
my-data-intro = Esto es todo lo que se guarda sobre su dirección de correo electrónico { $email }. Su dirección IP nunca se guarda como tal, solo una huella protegida con clave, que sirve para frenar avalanchas de firmas falsas.
my-data-state = Estado
my-data-name = Nombre
my-data-packet = En la lista entregada figura como
my-data-country = País
my-data-city = Ciudad
my-data-point = Se entrega en
my-data-comment = Comentario
my-data-signed = Firmada
my-data-confirmed = Confirmada
my-data-ip = Huella de la IP
my-data-receipt = Recibo
my-data-receipt-link = Descargar el recibo (cuando el paquete esté congelado)
my-data-receipt-warning = Un recibo guardado muestra que usted firmó.
my-data-none = no hay
my-data-stored = guardada
my-data-not-confirmed = sin confirmar
my-data-delete-heading = Borrarlo todo
my-data-delete-explain = Al borrar, todo lo anterior se elimina definitivamente: sus firmas dejan de contar de inmediato y, a partir de ahora, quedan fuera de todas las listas que se entreguen. Las listas que ya se entregaron no se pueden recuperar.
my-data-delete-button = Borrar todos mis datos
my-data-deleted-title = Sus datos se han borrado
my-data-deleted-message = Se ha borrado todo lo que se guardaba aquí sobre su dirección de correo electrónico. Sus firmas ya no cuentan y no se entregarán. Puede volver a firmar en cualquier momento.
my-data-link-unknown-title = Este enlace no es válido
my-data-link-unknown-message = No reconocemos este enlace, o ha caducado, o los datos que mostraba ya se han borrado. Puede pedir un enlace nuevo en la página «Sus datos».
my-data-new-link = Pedir un enlace nuevo
my-data-delete-form-expired = Esta página había caducado y no se ha borrado nada. Abra el enlace de nuevo.
state-pending = pendiente de que usted la confirme por correo electrónico
state-verified = confirmada: cuenta
state-withdrawn = retirada por usted: no cuenta
state-invalidated = apartada por los organizadores: no cuenta
packet-as-full = su nombre completo
packet-as-initials = sus iniciales
packet-as-anonymous = «Anónimo»

## Errores

error-page-home = Ir a la página de inicio
error-not-found-title = Página no encontrada
error-not-found = No hay ninguna página en esta dirección. Compruebe el enlace o empiece desde la página de inicio.
error-bad-request-title = Solicitud no comprendida
error-forbidden-title = No permitido
error-conflict-title = No es posible ahora
error-internal-title = Algo ha salido mal
error-internal = Algo ha salido mal por nuestra parte. No se debe a nada que usted haya hecho; inténtelo de nuevo dentro de un minuto.
error-unavailable-title = El sitio no está disponible por un momento
error-unavailable = Handover no puede acceder a su base de datos en este momento. No se guardó nada de lo que envió: vuelva atrás y envíelo de nuevo dentro de un minuto.
error-form-too-large-title = Formulario demasiado grande
error-form-too-large = El formulario que ha enviado es mucho más grande que cualquier firma real. Vuelva atrás y acórtelo.
error-form-timeout-title = El formulario tardó demasiado en llegar
error-form-timeout = Su conexión envió el formulario demasiado despacio, así que no se guardó nada. Vuelva atrás y envíelo de nuevo.
error-form-unreadable-title = Formulario no comprendido
error-form-unreadable = No se ha podido leer el formulario que ha enviado. Vuelva atrás y envíelo de nuevo.

## Páginas de organización

org-form-expired = Este formulario había caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.
org-only-admins-create = Solo los administradores pueden crear peticiones.
org-only-admins-audit = Solo los administradores pueden leer el registro de auditoría.
org-only-admins-people = Solo los administradores pueden gestionar a los organizadores.
org-point-has-signatures = Este punto de entrega tiene firmas y no se puede eliminar.
org-invite-link-unknown = Este enlace ha caducado o ya se ha usado. Pida una nueva invitación a un administrador.
org-log-in = Iniciar sesión
org-erased-cannot-reopen = Las direcciones de los firmantes de esta petición se borraron al terminar su periodo de conservación, así que no puede volver a abrirse. En su lugar, cree una petición nueva.
org-bar-label = Organización
org-dashboard = Panel
org-log-out = Cerrar sesión
org-role-admin = administrador
org-role-coordinator = coordinador
org-role-local = organizador local
org-your-petitions = Sus peticiones
org-no-petition = Todavía no tiene ninguna petición asignada.
org-mail-paused = El envío de correo está en pausa: el servidor de correo rechaza todos los mensajes desde { $since } (respuesta { $code }). Handover lo reintenta cada pocos minutos; no se pierde ningún correo ni se abandona a ningún firmante. Revise con su proveedor la dirección del remitente y la configuración SPF.
org-new-petition = Nueva petición
org-organizers = Organizadores
org-audit-log = Registro de auditoría
org-when-utc = Cuándo (UTC)
org-who = Quién
org-what = Qué
org-detail = Detalle
org-login-title = Acceso para organizadores
org-password = Contraseña
org-login-expired = Este formulario había caducado. Inicie sesión de nuevo.
org-login-refused = Esa dirección de correo electrónico y esa contraseña no corresponden a ninguna cuenta.
org-login-throttled =
    { $n ->
        [one] Demasiados intentos fallidos de inicio de sesión. Inténtelo de nuevo dentro de un minuto.
       *[other] Demasiados intentos fallidos de inicio de sesión. Inténtelo de nuevo dentro de { $n_fmt } minutos.
    }
org-setup-title = Crear el primer administrador
org-set-password-title = Establezca su contraseña
org-account = Cuenta: { $name } ({ $email })
org-new-password = Contraseña nueva
org-password-hint = Al menos 12 caracteres; una frase corta funciona bien.
org-password-again = Repita la contraseña
org-save-and-log-in = Guardar e iniciar sesión
org-passwords-differ = Las dos contraseñas no coinciden.
org-role = Rol
org-change-role = Cambiar rol y ámbito
org-invited = invitado
org-petition-slug = Petición (identificador)
org-points-slugs = Puntos de entrega (identificadores, para organizadores locales)
org-change = Cambiar
org-invite-heading = Invitar a un organizador
org-invite-petition = Petición (identificador; para coordinadores y organizadores locales)
org-invite-points = Puntos de entrega (identificadores separados por comas; para organizadores locales)
org-send-invitation = Enviar invitación
org-invite-sent = Invitación enviada a { $email }. También puede darle este enlace de un solo uso: { $link }
org-refused-no-petition = No existe ninguna petición «{ $slug }».
org-refused-needs-petition = El rol «{ $role }» necesita una petición.
org-refused-needs-point = Un organizador local necesita al menos un punto de entrega.
org-refused-no-point = La petición «{ $petition }» no tiene ningún punto de entrega «{ $slug }».
org-refused-name = Escriba un nombre de entre 1 y 200 caracteres.
org-refused-exists = Ya existe un organizador con esta dirección de correo electrónico.
org-refused-no-organizer = Ese organizador no existe.
org-refused-last-admin = No se puede quitar el rol al último administrador; antes, nombre administrador a otra persona.
org-verified = verificadas
org-pending = pendientes de confirmación
org-withdrawn = retiradas por sus firmantes
org-invalidated = invalidadas
org-edit-link = Editar la petición y sus puntos de entrega
org-by-point = Por punto de entrega
org-point = Punto de entrega
org-col-verified = Verificadas
org-col-pending = Pendientes
org-col-withdrawn = Retiradas
org-col-invalidated = Invalidadas
org-packet = Paquete
org-download-zip = Descargar ZIP
org-by-country = Por país de los firmantes
org-none-verified = Todavía no hay firmas verificadas.
org-per-day = Verificadas por día
org-sources = De dónde llegaron los firmantes
org-sources-none-yet = Todavía no hay firmas.
org-col-source = Origen (?src=)
org-col-signed = Firmadas
org-col-confirmed = Confirmadas
org-source-none = (sin origen)
org-activity-title = Última hora: qué parece anómalo
org-activity-summary = { $total_fmt } firmas enviadas en los últimos 60 minutos (UTC); minuto con más actividad: { $peak_fmt }. Las «sin confirmar» todavía no se han confirmado por correo electrónico: muchas firmas sin confirmar de un mismo origen suelen indicar direcciones inventadas.
org-activity-privacy = Los dominios y las redes solo se muestran a partir de { $min } firmas, para no señalar el lugar de trabajo ni la red doméstica de ningún firmante concreto. Las redes (una /24 en IPv4, una /48 en IPv6) se muestran mediante un código: las direcciones nunca se guardan.
org-activity-domains = Dominios de correo con más firmas
org-activity-networks = Redes con más firmas
org-activity-none = Ningún resultado con { $min } firmas o más.
org-activity-per-minute = Firmas por minuto
org-domain = Dominio
org-network = Red
org-unconfirmed = Sin confirmar
org-review = Revisar para invalidar
org-minute-utc = Minuto (UTC)
org-share-of-peak = Proporción respecto al minuto de más actividad
org-inv-title = Invalidar firmas
org-inv-explain = Las firmas invalidadas salen de los recuentos y de los paquetes. Cada invalidación queda registrada con su motivo y se puede deshacer.
org-inv-matches =
    { $n ->
        [one] Coincide una firma. Indique un motivo y pulse «Invalidar» para excluirla.
       *[other] Coinciden { $count } firmas. Indique un motivo y pulse «Invalidar» para excluirlas.
    }
org-inv-domain = Dominio de correo electrónico
org-inv-email = Una dirección de correo electrónico
org-inv-ip = Dirección IP o red
org-inv-ip-hint = Una dirección (203.0.113.7) o una red: 203.0.113.0/24, o 2001:db8:1::/48 en IPv6.
org-inv-network = Red #{ $code }, tal como aparece en la página de actividad.
org-inv-clear = Quitar
org-inv-from = Firmadas desde (UTC)
org-inv-to = Firmadas antes de (UTC)
org-inv-any = Cualquiera
org-inv-reason = Motivo (necesario para invalidar)
org-inv-count = Contar coincidencias
org-inv-apply = Invalidar
org-inv-past = Invalidaciones anteriores
org-inv-which = Cuáles
org-inv-reason-col = Motivo
org-inv-undo = Deshacer
org-inv-undone = deshecha el { $time }
org-inv-error-ip = Una dirección IP tiene la forma 203.0.113.7; una red, la forma 203.0.113.0/24 (IPv4) o 2001:db8:1::/48 (IPv6).
org-inv-error-link = El enlace de la red está dañado; ábralo de nuevo desde la página de actividad.
org-inv-error-domain = Un dominio de correo electrónico tiene la forma example.org.
org-inv-error-point = Elija un punto de entrega de la lista.
org-inv-error-no-criterion = Indique al menos un criterio: no está permitido invalidar una petición entera.
org-inv-error-reason = Indique un motivo (hasta 500 caracteres): quedará en el registro.
org-inv-error-preview-limit = Ha hecho { $count } vistas previas en la última hora, el máximo permitido. Cada una queda en el registro. Inténtelo más tarde.
org-edit-title = Editar «{ $title }»
org-state = Estado de esta petición: { $state }. Página pública:
org-state-open = abierta a firmas
org-state-closed = cerrada
org-state-not-open = todavía no abierta
org-state-new = nueva
org-counts-and-packets = Recuentos y paquetes
org-open-now = Abrir ahora
org-close-now = Cerrar ahora
org-web-address = Dirección web
org-web-address-hint = Letras minúsculas, cifras y guiones: /p/direccion
org-field-title = Título
org-field-recipient = Dirigida a
org-field-body = Texto
org-field-body-hint = Separe los párrafos con una línea vacía.
org-field-organizer = Grupo organizador (opcional)
org-field-goal = Objetivo (firmas)
org-field-opens = Apertura (UTC, opcional)
org-field-closes = Cierre (UTC, opcional)
org-field-retention = Conservar las direcciones de correo electrónico de los firmantes durante (días tras el cierre)
org-field-retention-hint = Después se borran las direcciones y las huellas de IP; se conservan los nombres, los recuentos y los paquetes.
org-field-lang = Idioma del título, el destinatario y el texto anteriores
org-translations = Traducciones
org-translations-hint = Los firmantes que leen uno de estos idiomas ven sus textos; los demás ven los textos de arriba. Rellene los tres campos de un idioma, o ninguno.
org-save = Guardar
org-create-petition = Crear petición
org-points-heading = Puntos de entrega
org-country-code = Código de país
org-address = Dirección
org-delivery-at = Entrega (UTC, opcional)
org-save-point = Guardar punto de entrega
org-remove-point = Eliminar (solo si nadie lo ha elegido)
org-add-point = Añadir punto de entrega
org-short-name = Nombre corto
org-short-name-hint = Para el nombre del archivo del paquete, p. ej. consulado-osaka
org-error-empty = Rellene este campo.
org-error-too-long = Use como máximo { $max_fmt } caracteres.
org-error-lang = Elija un idioma de la lista.
org-error-tr-own-lang = Este es el idioma propio de la petición: sus textos van en los campos principales de arriba. Muévalos allí o elija otro idioma para la petición.
org-error-goal = El objetivo debe ser un número entero entre 1 y 1000000000.
org-error-retention = Conserve las direcciones entre 1 y 3650 días tras el cierre.
org-error-closes-before-opens = La hora de cierre debe ser posterior a la de apertura.
org-error-time = Indique una fecha y una hora como 2026-12-05T14:00 (UTC).
org-error-slug-taken = Otra petición ya tiene esta dirección.
org-error-point-slug-taken = Esta petición ya tiene un punto de entrega con este nombre corto.

## Correo: confirmar una firma

mail-hello = Hola, { $name }:
mail-hello-anonymous = Hola:
mail-verify-subject = Confirme su firma: { $title }
mail-reminder-subject = Recordatorio: confirme su firma: { $title }
mail-reminder-lead = firmó «{ $title }», pero aún no ha confirmado su firma, así que todavía no cuenta. Este es el único recordatorio que recibirá.
mail-verify-thanks = Gracias por firmar «{ $title }».
mail-verify-counts-only = Su firma solo cuenta cuando la confirma. Abra este enlace y pulse «Confirmar mi firma»:
mail-verify-button = Confirmar mi firma
mail-link-until = El enlace funciona hasta el { $time }.
mail-verify-not-you = Si usted no ha firmado esta petición, ignore este correo: no se contará nada y no se avisará a nadie.
mail-verify-withdraw = ¿Ha cambiado de opinión, ahora o más adelante? Este enlace retira su firma, antes o después de confirmarla:
mail-verify-withdraw-link = Retirar su firma
mail-petition = La petición: { $link }
mail-petition-link = La petición

## Correo: ya firmada

mail-already-subject = Ya ha firmado: { $title }
mail-already-again = Alguien, probablemente usted, acaba de volver a firmar la petición «{ $title }» con esta dirección de correo electrónico.
mail-already-counts = Usted ya la había firmado y confirmado: su firma cuenta. No tiene que hacer nada más.

## Correo: datos de una persona firmante

mail-data-subject = Sus datos en { $site }
mail-data-asked =
    { $n ->
        [one] Alguien, probablemente usted, ha preguntado en { $site } qué se guarda sobre esta dirección de correo electrónico, con la que se ha firmado una petición en ese sitio.
       *[other] Alguien, probablemente usted, ha preguntado en { $site } qué se guarda sobre esta dirección de correo electrónico, con la que se han firmado { $count } peticiones en ese sitio.
    }
mail-data-see = Puede verlo, y borrarlo si lo desea, con este enlace:
mail-data-button = Ver y borrar mis datos
mail-data-only-you = Solo usted puede abrirlo: se ha enviado únicamente a esta dirección. Si no lo ha pedido, puede ignorar este correo: no cambia nada.

## Correo: invitación para organizar

mail-invite-subject = Invitación para organizar en Handover
mail-invite-given = Se le ha creado una cuenta de organizador (rol: { $role }) en Handover.
mail-invite-set = Establezca su contraseña con este enlace de un solo uso (funciona durante 72 horas):
mail-invite-button = Establecer su contraseña
mail-invite-ignore = Si no esperaba este mensaje, ignore este correo.

## El día de la entrega: el formulario de firma y la página de la petición

field-notify-delivery = Avisarme cuando se haya entregado mi firma
field-notify-delivery-hint = Un solo correo, después de la entrega en su punto de entrega. Si recibir más correo pudiera ponerle en riesgo, desmarque esta casilla.
error-point-closed = El paquete de este punto de entrega ya se ha impreso, así que no admite más firmas. Elija otro punto de entrega.
point-delivered-on = entregado el { $date }
point-status-open = abierto a firmas
point-status-printed = paquete impreso
point-status-delivered = entregado
point-status-refused = rechazado en la puerta
point-status-postponed = aplazado
delivery-progress = Entregada en { $delivered } de { $points } puntos de entrega
delivery-page-link = El día de la entrega: dónde y cuándo se entrega la petición

## El día de la entrega: la página pública

delivery-title = El día de la entrega
delivery-lead = Dónde y cuándo se entrega la petición, y qué ocurrió en cada embajada y consulado. Las horas son las locales de cada lugar.
delivery-when = Entrega
delivery-status = Estado
delivery-count = Firmas
delivery-digest = Huella del paquete
delivery-versions = Versiones impresas del paquete
delivery-version = Versión { $n }
delivery-photo-alt = La entrega en { $point }
delivery-delivered-at = Entregada el { $when }.
delivery-delivered-to = Entregada el { $when } a { $who }.
delivery-refused-at = Rechazada en la puerta el { $when }.
delivery-postponed-to = Aplazada al { $when }.

## Retirada de la firma después de la entrega

withdrawn-after-delivery = Su firma se ha retirado y sus datos se han borrado de este sitio. La lista en papel con su firma ya se había entregado, así que esa copia no se puede recuperar.

## Dejar de recibir correos sobre la entrega

unsubscribe-title = Dejar de recibir correos sobre esta petición
unsubscribe-explain = No recibirá más correos sobre esta petición: ni novedades ni avisos de la entrega. Su firma sigue contando.
unsubscribe-button = Dejar de recibir estos correos
unsubscribed-title = Hecho
unsubscribed-message = No recibirá más correos sobre esta petición: ni novedades ni avisos de la entrega. Su firma sigue contando.
unsubscribe-link-unknown = No reconocemos este enlace, o ha caducado.

## Correo: la entrega

mail-delivered-subject = Su firma se ha entregado: { $title }
mail-refused-subject = Se ha rechazado la entrega: { $title }
mail-postponed-subject = Se ha aplazado la entrega: { $title }
mail-delivered-headline = Su firma se entregó el { $when } en { $point }, { $city }, junto con las demás: { $count } firmas en total.
mail-refused-headline = La petición fue rechazada en la puerta en { $point }, { $city }, el { $when }.
mail-postponed-headline = La entrega en { $point }, { $city }, se ha aplazado al { $when }.
mail-delivered-page = Cómo fue el día en cada punto de entrega: { $link }
mail-delivered-page-link = Cómo fue el día en cada punto de entrega
mail-delivered-why = Recibe este único correo porque pidió que le avisáramos cuando se entregara su firma. Para dejar de recibir estos correos:
mail-delivered-stop = Dejar de recibir estos correos
mail-delivered-receipt = Su recibo demuestra, con un archivo pequeño y la raíz impresa en el paquete, que su firma estaba en la lista entregada; no nombra a nadie más. Guárdelo solo donde sea seguro: un recibo guardado muestra que usted firmó.
mail-delivered-receipt-link = Descargar su recibo

## Páginas de organización: el día de la entrega

error-time-zone = No conocemos esta zona horaria. Use un nombre como Asia/Seoul o America/Toronto.
org-time-zone = Zona horaria
org-time-zone-hint = Un nombre como Asia/Seoul o America/Toronto. Déjelo vacío si el país tiene una sola zona horaria. Las horas de abajo están en esta zona.
org-cutoff-at = Cierre del paquete
org-cutoff-at-hint = Momento en que se dejan de admitir firmas para este punto y se congela su paquete. Déjelo vacío para 12 horas antes de la entrega.
org-error-time-zone-needed = Este país tiene varias zonas horarias: indique la del punto de entrega.
org-error-cutoff-after-delivery = El cierre no puede ser posterior a la entrega.
org-delivery-day-link = El día de la entrega
delivery-day-title = El día de la entrega
delivery-public-page = La página pública de la entrega
delivery-cutoff = Cierre
delivery-frozen = Paquete congelado
delivery-recorded = Registrado
delivery-needs-reprint = Hay que reimprimir
delivery-overdue = Nada registrado
delivery-countdown = { $hours } h { $minutes } min
delivery-countdown-days = { $days } d { $hours } h
delivery-cutoff-in = dentro de { $left }
delivery-cutoff-passed = ya pasó
delivery-version-count = versión { $n }: { $count }
delivery-recorded-by = por { $who }, el { $when }
delivery-packet = El paquete
delivery-reprint-explain = Firmas de esta versión retiradas o invalidadas desde su impresión: { $n }. Vuelva a congelar el paquete e imprima la nueva versión.
delivery-not-frozen = Todavía no está congelado: las descargas muestran las firmas tal como están ahora.
delivery-version-col = Versión
delivery-frozen-at = Congelado
delivery-freeze-explain = Congelar imprime el paquete tal como está ahora: se dejan de admitir firmas para este punto y, desde entonces, cada descarga da exactamente esta versión.
delivery-freeze-again-explain = Volver a congelar crea una versión nueva con las firmas tal como están ahora; el registro conserva todas las versiones.
delivery-freeze-now = Congelar el paquete ahora
delivery-freeze-again = Volver a congelar
delivery-record-heading = La entrega
delivery-outcome = Qué ocurrió
delivery-happened-at = Cuándo
delivery-local-time-hint = Hora local ({ $zone }).
delivery-received-by = Recibida por (opcional)
delivery-note = Nota
delivery-postponed-to-field = Aplazada al
delivery-announce = Avisar a los firmantes si la entrega se rechaza o se aplaza
delivery-announce-hint = A los firmantes que lo pidieron se les avisa siempre una vez, cuando se entrega su firma.
delivery-save-record = Guardar el registro
delivery-error-outcome = Elija qué ocurrió.
delivery-error-too-long = Es demasiado largo.
delivery-error-when = Indique la fecha y la hora de la entrega.
delivery-error-postponed-to = Indique la nueva fecha y hora de la entrega.
delivery-error-not-frozen = Primero congele el paquete: no se puede entregar nada antes de imprimirlo.
delivery-error-already-delivered = Este paquete ya se entregó; no se puede volver a congelar.
delivery-photos = Fotos
delivery-photo-risk = Las personas que aparecen en una foto pueden correr peligro si se publica: muestre solo a quienes hayan dado su acuerdo. Antes de guardar cada foto se le quitan los datos de ubicación y de la cámara.
delivery-photo-field = Añadir una foto (JPEG, PNG o WebP, 15 MB como máximo)
delivery-photo-add = Añadir la foto
delivery-photo-remove = Quitar esta foto
delivery-photo-limit = Un punto de entrega tiene como máximo 5 fotos. Quite una primero.
delivery-photo-missing = Elija una foto para subir.
delivery-photo-too-large = Este archivo ocupa más de 15 MB.
delivery-photo-heic = Es una foto HEIC, que no podemos leer. En el teléfono, elija «Más compatible» (JPEG) en los ajustes de la cámara, o compártala como JPEG.
delivery-photo-not-image = No es una imagen JPEG, PNG ni WebP.
delivery-photo-too-many-pixels = Esta imagen es demasiado grande ({ $width } × { $height } píxeles).
delivery-photo-corrupt = Esta imagen está dañada y no se puede leer.

## Correo: hay que reimprimir un paquete

mail-reprint-subject = Hay que reimprimir un paquete: { $point }
mail-reprint-body = Desde que se congeló la versión { $version } del paquete de { $point }, se han retirado o invalidado firmas impresas en ella (en total: { $n }). Vuelva a congelar el paquete e imprima la nueva versión antes de la entrega.
mail-reprint-link = Abrir el punto de entrega

## El paquete de entrega: la lista de firmas (PDF y HTML)

# Encabezados de las columnas de la lista que se entrega.
packet-col-number = N.º
packet-col-name = Nombre
packet-col-city = Ciudad
packet-col-country = País
packet-col-signed-on = Fecha de firma
packet-col-comment = Comentario
packet-col-receipt = Recibo
# Cada 25 filas; $count ya está formateado: «Total acumulado: 1225».
packet-running-total = Total acumulado: { $count }
# La línea final de la lista.
packet-total =
    { $n ->
        [one] Total: { $count } firma verificada.
       *[other] Total: { $count } firmas verificadas.
    }
# Pie de cada página; $page y $pages son números.
packet-page = Página { $page } de { $pages }
# Encabezado de cada página: el destinatario y, después, el punto de entrega.
packet-to = Destinatario: { $recipient }
packet-at = Punto de entrega: { $point }
# Versión de un paquete congelado y cuándo se congeló: «Versión 2, congelada el 5 de diciembre de 2026 02:00 KST (UTC+09:00)».
packet-version = Versión { $version }, congelada el { $time }
# Un paquete descargado antes de haberse congelado nunca.
packet-preview = Vista previa: sin congelar, no imprimir
packet-part = Parte { $part } de { $parts }, filas { $first }–{ $last }
packet-digest = Huella
packet-root = Raíz de Merkle

## El paquete de entrega: la carta de presentación

letter-title = Carta de presentación
letter-to = Destinatario
# Lugar y fecha de la entrega: «Seúl, 5 de diciembre de 2026 14:00 KST (UTC+09:00)».
letter-place-date = { $place }, { $date }
letter-verified = Firmas verificadas
# La cifra en números y en letras: «1234 (mil doscientos treinta y cuatro)».
letter-count-words = { $count } ({ $words })
letter-collected = Período de recogida
letter-period = del { $first } al { $last }
letter-none = No se recogió ninguna firma verificada para este punto de entrega.
letter-organized-by = Organizada por
letter-local-group = Grupo local
letter-contact = Contacto
letter-version = Versión del paquete
letter-digest = Huella del paquete (SHA-256)
letter-proof = Prueba de inclusión
letter-proof-text = Raíz de Merkle de { $size } firmas (RFC 9162, SHA-256). Cada firmante conserva un recibo que demuestra, solo con esta raíz, que su línea figura en esta lista. La raíz se publicó cuando se congeló el paquete, en { $url }
letter-confirmed = Cada firma fue confirmada por su firmante mediante un enlace personal enviado por correo electrónico. La lista adjunta muestra cada nombre tal como su firmante eligió que apareciera.
# Título sobre el texto de la petición en un idioma del país del punto de entrega.
letter-translation = La petición en { $language }

## Páginas de organización: los campos de contacto de la carta de presentación

org-field-contact = Contacto para los funcionarios
org-field-contact-hint = Una dirección de correo electrónico, un teléfono o un sitio web, que se imprime en la carta de presentación de cada paquete. Opcional.
org-local-group = Grupo local
org-local-group-hint = El grupo que entrega este paquete; su nombre se imprime en la carta de presentación. Opcional.
org-field-embed-origins = Sitios que pueden mostrar el contador
org-field-embed-origins-hint = Orígenes como https://campana.example, uno por línea, cuyas páginas pueden mostrar el contador de esta petición (/p/…/embed) en un marco. Déjelo vacío para no permitir ninguno.
org-error-embed-origin = «{ $origin }» no es el origen de un sitio como https://campana.example (sin ruta ni comodín).
org-point-translations = Nombre y ciudad en otros idiomas
org-point-translations-hint = Se muestran a quienes leen ese idioma en cada página, correo y en el JSON. Déjelo vacío para mostrar el nombre de arriba.
embed-sign = Firmar esta petición
embed-new-tab = (se abre en una pestaña nueva)

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = Andorra
country-AE = Emiratos Árabes Unidos
country-AF = Afganistán
country-AG = Antigua y Barbuda
country-AI = Anguila
country-AL = Albania
country-AM = Armenia
country-AO = Angola
country-AQ = Antártida
country-AR = Argentina
country-AS = Samoa Americana
country-AT = Austria
country-AU = Australia
country-AW = Aruba
country-AX = Islas Aland
country-AZ = Azerbaiyán
country-BA = Bosnia y Herzegovina
country-BB = Barbados
country-BD = Bangladés
country-BE = Bélgica
country-BF = Burkina Faso
country-BG = Bulgaria
country-BH = Baréin
country-BI = Burundi
country-BJ = Benín
country-BL = San Bartolomé
country-BM = Bermudas
country-BN = Brunéi
country-BO = Bolivia
country-BQ = Caribe neerlandés
country-BR = Brasil
country-BS = Bahamas
country-BT = Bután
country-BV = Isla Bouvet
country-BW = Botsuana
country-BY = Bielorrusia
country-BZ = Belice
country-CA = Canadá
country-CC = Islas Cocos
country-CD = República Democrática del Congo
country-CF = República Centroafricana
country-CG = Congo
country-CH = Suiza
country-CI = Côte d’Ivoire
country-CK = Islas Cook
country-CL = Chile
country-CM = Camerún
country-CN = China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cabo Verde
country-CW = Curazao
country-CX = Isla de Navidad
country-CY = Chipre
country-CZ = Chequia
country-DE = Alemania
country-DJ = Yibuti
country-DK = Dinamarca
country-DM = Dominica
country-DO = República Dominicana
country-DZ = Argelia
country-EC = Ecuador
country-EE = Estonia
country-EG = Egipto
country-EH = Sáhara Occidental
country-ER = Eritrea
country-ES = España
country-ET = Etiopía
country-FI = Finlandia
country-FJ = Fiyi
country-FK = Islas Malvinas
country-FM = Micronesia
country-FO = Islas Feroe
country-FR = Francia
country-GA = Gabón
country-GB = Reino Unido
country-GD = Granada
country-GE = Georgia
country-GF = Guayana Francesa
country-GG = Guernesey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Groenlandia
country-GM = Gambia
country-GN = Guinea
country-GP = Guadalupe
country-GQ = Guinea Ecuatorial
country-GR = Grecia
country-GS = Islas Georgia del Sur y Sandwich del Sur
country-GT = Guatemala
country-GU = Guam
country-GW = Guinea-Bisáu
country-GY = Guyana
country-HK = RAE de Hong Kong (China)
country-HM = Islas Heard y McDonald
country-HN = Honduras
country-HR = Croacia
country-HT = Haití
country-HU = Hungría
country-ID = Indonesia
country-IE = Irlanda
country-IL = Israel
country-IM = Isla de Man
country-IN = India
country-IO = Territorio Británico del Océano Índico
country-IQ = Irak
country-IR = Irán
country-IS = Islandia
country-IT = Italia
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordania
country-JP = Japón
country-KE = Kenia
country-KG = Kirguistán
country-KH = Camboya
country-KI = Kiribati
country-KM = Comoras
country-KN = San Cristóbal y Nieves
country-KP = Corea del Norte
country-KR = Corea del Sur
country-KW = Kuwait
country-KY = Islas Caimán
country-KZ = Kazajistán
country-LA = Laos
country-LB = Líbano
country-LC = Santa Lucía
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesoto
country-LT = Lituania
country-LU = Luxemburgo
country-LV = Letonia
country-LY = Libia
country-MA = Marruecos
country-MC = Mónaco
country-MD = Moldavia
country-ME = Montenegro
country-MF = San Martín
country-MG = Madagascar
country-MH = Islas Marshall
country-MK = Macedonia del Norte
country-ML = Mali
country-MM = Myanmar (Birmania)
country-MN = Mongolia
country-MO = RAE de Macao (China)
country-MP = Islas Marianas del Norte
country-MQ = Martinica
country-MR = Mauritania
country-MS = Montserrat
country-MT = Malta
country-MU = Mauricio
country-MV = Maldivas
country-MW = Malaui
country-MX = México
country-MY = Malasia
country-MZ = Mozambique
country-NA = Namibia
country-NC = Nueva Caledonia
country-NE = Níger
country-NF = Isla Norfolk
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Países Bajos
country-NO = Noruega
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = Nueva Zelanda
country-OM = Omán
country-PA = Panamá
country-PE = Perú
country-PF = Polinesia Francesa
country-PG = Papúa Nueva Guinea
country-PH = Filipinas
country-PK = Pakistán
country-PL = Polonia
country-PM = San Pedro y Miquelón
country-PN = Islas Pitcairn
country-PR = Puerto Rico
country-PS = Territorios Palestinos
country-PT = Portugal
country-PW = Palaos
country-PY = Paraguay
country-QA = Catar
country-RE = Reunión
country-RO = Rumanía
country-RS = Serbia
country-RU = Rusia
country-RW = Ruanda
country-SA = Arabia Saudí
country-SB = Islas Salomón
country-SC = Seychelles
country-SD = Sudán
country-SE = Suecia
country-SG = Singapur
country-SH = Santa Elena
country-SI = Eslovenia
country-SJ = Svalbard y Jan Mayen
country-SK = Eslovaquia
country-SL = Sierra Leona
country-SM = San Marino
country-SN = Senegal
country-SO = Somalia
country-SR = Surinam
country-SS = Sudán del Sur
country-ST = Santo Tomé y Príncipe
country-SV = El Salvador
country-SX = Sint Maarten
country-SY = Siria
country-SZ = Esuatini
country-TC = Islas Turcas y Caicos
country-TD = Chad
country-TF = Territorios Australes Franceses
country-TG = Togo
country-TH = Tailandia
country-TJ = Tayikistán
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Turkmenistán
country-TN = Túnez
country-TO = Tonga
country-TR = Turquía
country-TT = Trinidad y Tobago
country-TV = Tuvalu
country-TW = Taiwán
country-TZ = Tanzania
country-UA = Ucrania
country-UG = Uganda
country-UM = Islas menores alejadas de EE. UU.
country-US = Estados Unidos
country-UY = Uruguay
country-UZ = Uzbekistán
country-VA = Ciudad del Vaticano
country-VC = San Vicente y las Granadinas
country-VE = Venezuela
country-VG = Islas Vírgenes Británicas
country-VI = Islas Vírgenes de EE. UU.
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis y Futuna
country-WS = Samoa
country-YE = Yemen
country-YT = Mayotte
country-ZA = Sudáfrica
country-ZM = Zambia
country-ZW = Zimbabue
share-heading = Compártela
share-lead = Una petición crece cuando la gente la comparte. Compártela con tus amigos:
share-text = He firmado «{ $title }». ¿Firmas tú también?
share-native = Compartir…
share-copy = Copiar enlace
share-copied = Enlace copiado
share-private = Estos enlaces abren la red que elija; esta página no carga nada de ninguna de ellas.

# The rally poster (src/delivery/poster.rs)
poster-scan = Escanee para firmar la petición
poster-or-open = O abra:
poster-title = Cartel de la concentración
poster-link = Cartel de la concentración para este lugar (para imprimir)
poster-download = Descargar el cartel (PDF, A4)
poster-no-rally = Este lugar no tiene hora de entrega, así que el enlace del cartel no lleva ficha de concentración: quienes firmen allí tienen el límite normal por dirección.
poster-qr-label = Código QR: abre el formulario de la petición con este lugar elegido

# Updates to signers (src/updates)
field-keep-informed = Mantenerme informado/a sobre esta petición
field-keep-informed-hint = Los organizadores podrán escribirle sobre cómo avanza: como mucho un correo cada tres días, cada uno aprobado por un administrador y con un enlace para dejar de recibirlos.
mail-update-why = Recibe este correo porque firmó «{ $title }» y pidió que le mantuvieran informado/a.
mail-update-stop = Para no recibir más correos sobre esta petición:
mail-update-stop-link = Dejar de recibir estos correos
update-too-soon = Una novedad por petición cada 72 horas: la siguiente podrá enviarse a partir del { $when }.
update-another-waiting = Otra novedad espera a un administrador: apruébela o descártela primero.
update-needs-another-admin = Otro administrador debe aprobar una novedad que usted escribió.
update-not-admin = Solo un administrador puede aprobar una novedad.
update-decided = Esta novedad ya se envió o se descartó.
update-state-awaiting = Esperando a un administrador
update-state-discarded = Descartada
update-state-sent = Enviada el { $when } a { $count } firmantes
updates-title = Novedades para los firmantes
updates-lead = Escriba a los firmantes confirmados que pidieron ser informados. Un administrador aprueba cada novedad antes de enviarla (si solo hay uno, la confirma); como mucho una cada 72 horas.
updates-none = Aún no hay novedades.
updates-written = Escrita el { $when }
updates-approve = Aprobar y enviar
updates-discard = Descartar
updates-write = Escribir una novedad
updates-write-hint = Un asunto y un texto en el idioma de la petición; los demás idiomas son opcionales (quien no lea ninguno recibe el idioma de la petición).
updates-optional = opcional
updates-subject = Asunto
updates-body = Texto
updates-send-for-approval = Enviar para aprobación
