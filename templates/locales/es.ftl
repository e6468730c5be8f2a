# Handover: English (the reference catalog).
#
# Every other catalog has exactly these message ids (a test checks it).
# Variables: $count is a number already formatted for the language; $n is the
# same number for plural selectors. Keep placeholders such as { $title } as
# they are; keep “Sign” and other quoted button names equal to the button's own
# message.

## Every page

site-name = Handover
skip-to-content = Skip to content
footer-privacy = Privacy
footer-your-data = Your data
language-menu = Language
title-separator = ·

## Home

home-heading = Petitions
home-empty = There are no petitions yet. An organizer can add one with { $command }.
home-to = to { $recipient }

## Petition page

petition-to = Petition to { $recipient }
petition-signatures = Signatures
# Shown after the number in bold: "12,345 verified signatures".
petition-count-label =
    { $n ->
        [one] verified signature
       *[other] verified signatures
    }
petition-goal = of a goal of { $count }
petition-organized-by = Organized by { $organizer }
petition-not-open = This petition is not open for signatures yet. Please come back when it opens.
petition-closed = This petition is closed and no longer takes signatures. Thank you to everyone who signed.
points-heading = Verified signatures by delivery point
# A delivery point in the counts list: "Embassy of X, Seoul: 1,234".
point-count = { $name }, { $city }: { $count }

## The sign form

sign-heading = Sign the petition
errors-heading =
    { $n ->
        [one] Please check this answer
       *[other] Please check these { $count } answers
    }
error-prefix = Error:
field-name = Your name
field-email = Your email address
field-email-hint = We send you a link to confirm. It is never shown to anyone or handed over.
field-country = The country you live in
choose = Choose…
countries-with-points = Countries with a delivery point
countries-all = All countries
field-city = Your city
field-point = Where your signature is handed over
field-point-hint = A local group delivers the signatures in person at each embassy or consulate.
field-packet = How your name appears on the list handed over
field-packet-hint = The list is given to officials of { $recipient }. If naming yourself could put you or your family at risk, choose initials or “Anonymous”: your signature counts the same.
packet-full = My full name
packet-initials = My initials only
packet-anonymous = “Anonymous”
field-comment = A comment for the list
field-comment-hint = Optional, up to 500 characters.
honeypot = Leave this field empty
field-consent = I agree that my signature is stored to be counted and delivered as chosen above. My email address is never shown or handed over.
consent-privacy-link = How we protect your data
sign-button = Sign

## Messages about the sign form's answers

error-name-missing = Please enter your name.
error-name-too-long = A name has at most 200 characters.
error-city-missing = Please enter your city.
error-city-too-long = A city has at most 100 characters.
error-comment-too-long = A comment has at most 500 characters.
error-control-chars = Please remove the invisible control characters.
error-email-missing = Please enter your email address.
error-email-too-long = An email address has at most 254 characters.
error-email-malformed = This does not look like an email address (name@example.org).
error-country = Please choose your country from the list.
error-packet = Please choose how your name appears.
error-point = Please choose where your signature is delivered.
error-consent = Please tick the box to agree, or your signature cannot be kept.
error-form-expired = This form had expired. Your answers are kept: please press “Sign” again.
error-disposable-domain = Addresses from this email provider cannot sign: it hands out throwaway addresses. Please use a permanent address.
error-blocked-network = Signing from your network is blocked because of abuse from it. Please try from another connection; your answers are kept.
error-rate-limited =
    { $n ->
        [one] Many people are signing from your network right now. Your answers are kept: please press “Sign” again in one minute.
       *[other] Many people are signing from your network right now. Your answers are kept: please press “Sign” again in { $count } minutes.
    }

## After signing

thanks-title = Check your email
thanks-lead = We have sent you an email. Open the link in it and press “Confirm my signature”: your signature counts only then.
thanks-more = The email can take a few minutes. If you do not see it, look in your spam folder. If you signed before with this address, the email tells you so; nobody is counted twice.
back-to = Back to “{ $title }”

## Confirming

verify-title = Confirm your signature
verify-button = Confirm my signature
verify-only-button = Only pressing the button confirms. If you did not sign, close this page: nothing will be counted.
verify-form-expired = This page had expired. Please press “Confirm my signature” again.
verified-title = Thank you: your signature counts
verified-message = Your signature is confirmed and now counts. It will be handed over with the others at the delivery point you chose.
already-title = Already confirmed
already-message = Your signature was already confirmed. It counts once; there is nothing more to do.
count-so-far =
    { $n ->
        [one] { $count } verified signature so far.
       *[other] { $count } verified signatures so far.
    }
verify-not-open = This petition is not taking signatures now, so your signature could not be confirmed.
verify-withdrawn-title = This signature was withdrawn
verify-withdrawn-message = You withdrew this signature, so it does not count. To sign again, use the form on the petition page.
sign-again = Sign again
verify-invalidated-title = This signature does not count
verify-invalidated-message = The petition's organizers set this signature aside, usually because many signatures like it looked fake. It does not count and will not be handed over. If you think this is a mistake, contact the organizers.
link-expired-title = This link has expired
link-expired-message = This confirmation link is no longer valid. Sign again with the same email address and we will send you a new link; you will not be counted twice.
get-new-link = Get a new link
link-unknown-title = This link is not valid
link-unknown-message = We do not know this confirmation link. Check that you copied the whole link from the email, or sign again on the petition page to get a new one.
find-petition = Find the petition

## Withdrawing

withdraw-title = Withdraw your signature
withdraw-explain = Your signature will stop counting at once and will not be in any list handed over from now on.
withdraw-button = Withdraw my signature
withdrawn-title = Your signature is withdrawn
withdrawn-message = Your signature no longer counts and will not be handed over. If you change your mind, you can sign again.
withdraw-form-expired = This page had expired. Please press “Withdraw my signature” again.
withdraw-link-unknown = We do not know this withdrawal link, or it has expired. Use the newest link from your confirmation email.

## Privacy

privacy-title = Privacy
privacy-lead = Some people who sign, or their families, may be at risk if their signature became known. We keep as little as we can and show less.
privacy-store-heading = What we store
privacy-store-fields = Your name, email address, country, city, the delivery point you chose, how your name should appear, and your comment.
privacy-store-times = When you signed and when you confirmed.
privacy-store-links = Only a one-way fingerprint of the links we email you, never the links themselves.
privacy-store-ip = A keyed one-way fingerprint of your IP address, so that floods from one address can be found and removed; never the address itself.
privacy-who-heading = Who sees it
privacy-who-public = The public sees only counts, never names.
privacy-who-packet = The packet handed over at the delivery point carries your name as you chose it (full, initials or “Anonymous”), your city and country, the date and your comment. It never carries your email address.
privacy-who-organizers = The petition's organizers can see signatures for their delivery points.
privacy-who-nobody = Nobody, not even someone who knows your address, can learn from this site whether you signed: every submission gets the same answer, and only your mailbox hears back.
privacy-change-heading = Changing your mind
privacy-change-withdraw = The email that asks you to confirm also holds a link to withdraw your signature, before or after you confirm. A withdrawn signature stops counting at once and is left out of every list handed over from then on.
privacy-change-data = You can also see everything stored about your email address, and delete it: we send a link to that address, so only its owner can look.
privacy-change-data-link = See or delete your data
privacy-long-heading = How long
privacy-long = Signatures that are never confirmed are deleted once their confirmation link has expired (after 7 days unless the organizers set otherwise). Your email address is used only to confirm your signature and to answer you; it is never shown to anyone and never handed over. When a petition has been closed for its retention period (90 days unless the organizers set otherwise), the email addresses and IP fingerprints of its signers are erased; the list as delivered and the counts remain.

## A signer's data

my-data-title = Your data
my-data-request-heading = See or delete your data
my-data-request-explain = Give the email address you signed with. If it signed a petition here, we send it a link that shows everything stored about it and lets you delete it. For everyone's safety this page always gives the same answer: only your mailbox learns whether the address signed.
my-data-email = Email address
my-data-send = Send me the link
my-data-privacy-link = What is stored, who sees it, and for how long
my-data-form-expired = This form had expired. Please press “Send me the link” again.
my-data-rate-limited = Too many requests from your network right now. Please try again in a few minutes.
my-data-sent-title = Check your email
my-data-sent-message = If this address has signed a petition here, we have sent it a link to see and delete what is stored about it. The link works for a limited time. If nothing arrives, check your spam folder, or the address you typed.
my-data-intro = This is everything stored about your email address { $email }. Your IP address itself is never stored, only a keyed fingerprint of it, used against floods of fake signatures.
my-data-state = State
my-data-name = Name
my-data-packet = In the delivered list as
my-data-country = Country
my-data-city = City
my-data-point = Delivered at
my-data-comment = Comment
my-data-signed = Signed
my-data-confirmed = Confirmed
my-data-ip = IP fingerprint
my-data-none = none
my-data-stored = stored
my-data-not-confirmed = not confirmed
my-data-delete-heading = Delete everything
my-data-delete-explain = Deleting removes all of the above for good: your signatures stop counting at once and are left out of every list handed over from now on. Lists that were already handed over cannot be taken back.
my-data-delete-button = Delete all my data
my-data-deleted-title = Your data is deleted
my-data-deleted-message = Everything stored about your email address here is deleted. Your signatures no longer count and will not be handed over. You can sign again at any time.
my-data-link-unknown-title = This link is not valid
my-data-link-unknown-message = We do not know this link, or it has expired, or the data it showed was deleted. You can ask for a new link on the “Your data” page.
my-data-delete-expired = This page had expired. Please press “Delete all my data” again.
state-pending = waiting for you to confirm by email
state-verified = confirmed: it counts
state-withdrawn = withdrawn by you: it does not count
state-invalidated = set aside by the organizers: it does not count
packet-as-full = your full name
packet-as-initials = your initials
packet-as-anonymous = “Anonymous”

## Errors

error-page-home = Go to the home page
error-not-found-title = Page not found
error-not-found = There is no page at this address. Check the link, or start from the home page.
error-bad-request-title = Request not understood
error-forbidden-title = Not allowed
error-conflict-title = Not possible now
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Nothing you did caused it; please try again in a minute.
error-form-too-large-title = Form too large
error-form-too-large = The form you sent is far larger than any real signature. Please go back and shorten it.
error-form-unreadable-title = Form not understood
error-form-unreadable = The form you sent could not be read. Please go back and submit it again.

## Mail: confirm a signature

mail-hello = Hello { $name },
mail-hello-anonymous = Hello,
mail-verify-subject = Confirm your signature: { $title }
mail-verify-thanks = thank you for signing “{ $title }”.
mail-verify-counts-only = Your signature counts only once you confirm it. Open this link and press “Confirm my signature”:
mail-verify-button = Confirm my signature
mail-link-until = The link works until { $time }.
mail-verify-not-you = If you did not sign this petition, ignore this email: nothing will be counted and nobody will be told.
mail-verify-withdraw = Changed your mind, now or later? This link withdraws your signature, before or after you confirm it:
mail-verify-withdraw-link = Withdraw your signature
mail-petition = The petition: { $link }
mail-petition-link = The petition

## Mail: already signed

mail-already-subject = You have already signed: { $title }
mail-already-again = someone, probably you, just submitted the petition “{ $title }” again with this email address.
mail-already-counts = You have already signed and confirmed it: your signature counts. There is nothing more to do.

## Mail: a signer's data

mail-data-subject = Your data on { $site }
mail-data-asked =
    { $n ->
        [one] someone, probably you, asked on { $site } what is stored about this email address, which has signed one petition there.
       *[other] someone, probably you, asked on { $site } what is stored about this email address, which has signed { $count } petitions there.
    }
mail-data-see = See it, and delete it if you wish, with this link:
mail-data-button = See and delete my data
mail-data-only-you = Only you can open it: it was sent to this address alone. If you did not ask, you can ignore this mail: nothing changes.

## Mail: an organizer's invitation

mail-invite-subject = You are invited to organize on Handover
mail-invite-given = you have been given an organizer account ({ $role }) on Handover.
mail-invite-set = Set your password with this one-time link (it works for 72 hours):
mail-invite-ignore = If you did not expect this, ignore this email.

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
