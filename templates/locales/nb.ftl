# Handover: norsk bokmål.
#
# Hver katalog har nøyaktig de samme meldings-ID-ene som en.ftl (en test sjekker det).
# Variabler: $count er et tall som allerede er formatert for språket; $n er det
# samme tallet for flertallsvalg. Behold plassholdere som { $title } uendret;
# knappenavn i anførselstegn skal være like knappens egen melding.

## Alle sider

site-name = Handover
skip-to-content = Gå til innholdet
footer-privacy = Personvern
footer-your-data = Dine data
language-menu = Språk
title-separator = ·

## Forside

home-heading = Opprop
home-empty = Det finnes ingen opprop ennå. En arrangør kan legge til et med { $command }.
home-to = til { $recipient }

## Oppropsside

petition-to = Opprop til { $recipient }
petition-signatures = Underskrifter
# Vises etter tallet i fet skrift: «12 345 bekreftede underskrifter».
petition-count-label =
    { $n ->
        [one] bekreftet underskrift
       *[other] bekreftede underskrifter
    }
petition-goal = av et mål på { $count }
petition-organized-by = Arrangert av { $organizer }
petition-not-open = Dette oppropet er ikke åpnet for underskrifter ennå. Kom gjerne tilbake når det åpner.
petition-closed = Dette oppropet er avsluttet og tar ikke lenger imot underskrifter. Takk til alle som skrev under.
points-heading = Bekreftede underskrifter per overleveringssted
# Et overleveringssted i tellelisten: «Ambassaden til X, Seoul: 1 234».
point-count = { $name }, { $city }: { $count }

## Underskriftsskjemaet

sign-heading = Skriv under på oppropet
errors-heading =
    { $n ->
        [one] Sjekk dette svaret
       *[other] Sjekk disse { $count } svarene
    }
error-prefix = Feil:
field-name = Navnet ditt
field-email = E-postadressen din
field-email-hint = Vi sender deg en lenke som du bekrefter med. Adressen vises aldri til noen og overleveres aldri.
field-country = Landet du bor i
choose = Velg …
countries-with-points = Land med et overleveringssted
countries-all = Alle land
field-city = Hjemstedet ditt
field-point = Hvor underskriften din overleveres
field-point-hint = En lokal gruppe overleverer underskriftene personlig ved hver ambassade eller hvert konsulat.
field-packet = Slik vises navnet ditt på listen som overleveres
field-packet-hint = Listen overleveres til representanter for { $recipient }. Hvis navnet ditt kan sette deg eller familien din i fare, velg initialer eller «Anonym»: underskriften din teller like mye.
packet-full = Hele navnet mitt, med by, land, dato for underskriften og kommentar
packet-initials = Initialene mine, med by, land, dato for underskriften og kommentar
packet-anonymous = «Anonym», bare med land og dato for underskriften (uten by og kommentar)
field-comment = En kommentar til listen
field-comment-hint = Valgfritt, opptil 500 tegn.
honeypot = La dette feltet stå tomt
field-consent = Jeg godtar at underskriften min lagres for å bli talt og overlevert slik jeg har valgt ovenfor. E-postadressen min blir aldri vist eller overlevert.
consent-privacy-link = Slik beskytter vi dataene dine
sign-button = Skriv under

## Meldinger om svarene i underskriftsskjemaet

error-name-missing = Skriv inn navnet ditt.
error-name-too-long = Et navn kan ha høyst 200 tegn.
error-city-missing = Skriv inn hjemstedet ditt.
error-city-too-long = Et hjemsted kan ha høyst 100 tegn.
error-comment-too-long = En kommentar kan ha høyst 500 tegn.
error-control-chars = Fjern de usynlige kontrolltegnene.
error-email-missing = Skriv inn e-postadressen din.
error-email-too-long = En e-postadresse kan ha høyst 254 tegn.
error-email-malformed = Dette ser ikke ut som en e-postadresse (navn@example.org).
error-country = Velg landet ditt fra listen.
error-packet = Velg hvordan navnet ditt skal vises.
error-point = Velg hvor underskriften din skal overleveres.
error-slug-length = Bruk 1 til 64 tegn.
error-slug-chars = Bruk bare små bokstaver a–z, sifre og enkle bindestreker, ikke først eller sist.
error-role = Rollen må være admin, coordinator eller local.
error-password-short = Et passord må ha minst { $min_fmt } tegn; en kort setning fungerer godt.
error-password-long = Et passord kan ha høyst { $max_fmt } tegn.
error-consent = Kryss av i boksen for å samtykke, ellers kan ikke underskriften din lagres.
error-form-expired = Dette skjemaet var utløpt. Svarene dine er tatt vare på: trykk «Skriv under» igjen.
error-disposable-domain = Adresser fra denne e-postleverandøren kan ikke brukes til å skrive under: leverandøren deler ut engangsadresser. Bruk en permanent adresse.
error-blocked-network = Underskrifter fra nettverket ditt er blokkert på grunn av misbruk derfra. Prøv fra en annen tilkobling; svarene dine er tatt vare på.
error-rate-limited =
    { $n ->
        [one] Mange skriver under fra nettverket ditt akkurat nå. Svarene dine er tatt vare på: trykk «Skriv under» igjen om ett minutt.
       *[other] Mange skriver under fra nettverket ditt akkurat nå. Svarene dine er tatt vare på: trykk «Skriv under» igjen om { $count } minutter.
    }

## Etter underskrift

thanks-title = Sjekk e-posten din
thanks-lead = Vi har sendt deg en e-post. Åpne lenken i den og trykk «Bekreft underskriften min»: først da teller underskriften din.
thanks-more = Det kan ta noen minutter før e-posten kommer. Hvis du ikke ser den, se i søppelpostmappen. Hvis du har skrevet under med denne adressen før, står det i e-posten; ingen telles to ganger.
back-to = Tilbake til «{ $title }»

## Bekreftelse

verify-title = Bekreft underskriften din
verify-button = Bekreft underskriften min
verify-only-button = Underskriften bekreftes bare når du trykker på knappen. Hvis du ikke har skrevet under, kan du lukke denne siden: ingenting blir talt.
verify-form-expired = Siden din var utløpt, og ingenting er bekreftet ennå. Trykk på knappen igjen.
verified-title = Takk: underskriften din teller
verified-message = Underskriften din er bekreftet og teller nå. Den blir overlevert sammen med de andre på overleveringsstedet du valgte.
already-title = Allerede bekreftet
already-message = Underskriften din var allerede bekreftet. Den teller én gang; du trenger ikke gjøre noe mer.
count-so-far =
    { $n ->
        [one] { $count } bekreftet underskrift så langt.
       *[other] { $count } bekreftede underskrifter så langt.
    }
verify-not-open = Dette oppropet tar ikke imot underskrifter nå, så underskriften din kunne ikke bekreftes.
verify-withdrawn-title = Denne underskriften er trukket tilbake
verify-withdrawn-message = Du har trukket tilbake denne underskriften, så den teller ikke. Hvis du vil skrive under igjen, bruker du skjemaet på siden til oppropet.
sign-again = Skriv under igjen
verify-invalidated-title = Denne underskriften teller ikke
verify-invalidated-message = Arrangørene av oppropet har lagt denne underskriften til side, vanligvis fordi mange lignende underskrifter så falske ut. Den teller ikke og blir ikke overlevert. Hvis du tror dette er en feil, kan du kontakte arrangørene.
link-expired-title = Denne lenken er utløpt
link-expired-message = Denne bekreftelseslenken er ikke lenger gyldig. Skriv under igjen med den samme e-postadressen, så sender vi deg en ny lenke; du blir ikke talt to ganger.
get-new-link = Få en ny lenke
link-unknown-title = Denne lenken er ikke gyldig
link-unknown-message = Vi kjenner ikke igjen denne bekreftelseslenken. Sjekk at du har kopiert hele lenken fra e-posten, eller skriv under igjen på siden til oppropet for å få en ny.
find-petition = Finn oppropet

## Tilbaketrekking

withdraw-title = Trekk tilbake underskriften din
withdraw-explain = Underskriften din slutter å telle med én gang og kommer ikke med på noen liste som overleveres fra nå av.
withdraw-button = Trekk tilbake underskriften min
withdrawn-title = Underskriften din er trukket tilbake
withdrawn-message = Underskriften din teller ikke lenger og blir ikke overlevert. Hvis du ombestemmer deg, kan du skrive under igjen.
withdraw-form-expired = Denne siden var utløpt, og ingenting ble endret. Åpne lenken på nytt.
already-withdrawn-title = Allerede trukket tilbake
already-withdrawn-message = Denne underskriften var allerede trukket tilbake. Den teller ikke.
withdraw-link-unknown = Vi kjenner ikke igjen denne lenken for tilbaketrekking, eller den er utløpt. Sjekk at du har kopiert hele lenken fra e-posten.

## Personvern

privacy-title = Personvern
privacy-lead = Noen som skriver under, eller familiene deres, kan komme i fare hvis det ble kjent at de har skrevet under. Vi lagrer så lite vi kan, og viser enda mindre.
privacy-store-heading = Hva vi lagrer
privacy-store-fields = Navnet ditt, e-postadressen din, landet og hjemstedet ditt, overleveringsstedet du valgte, hvordan navnet ditt skal vises, og kommentaren din. Det du skriver, lagres kryptert med en nøkkel som oppbevares atskilt fra databasen: en stjålet kopi av databasen viser ingenting av det.
privacy-store-times = Når du skrev under, og når du bekreftet.
privacy-store-links = Bare et enveis fingeravtrykk av lenkene vi sender deg på e-post, aldri selve lenkene.
privacy-store-ip = Et nøkkelbasert enveis fingeravtrykk av IP-adressen din, slik at masseinnsendinger fra én adresse kan oppdages og fjernes – aldri selve adressen.
privacy-who-heading = Hvem som ser det
privacy-who-public = Offentligheten ser bare antall, aldri navn, og ethvert antall under tre vises som «<3», slik at én enkelt underskrift i ett land eller på ett overleveringssted ikke kan skilles ut.
privacy-who-packet = Pakken som overleveres på overleveringsstedet, inneholder navnet ditt slik du valgte det (fullt navn, initialer eller «Anonym»), landet ditt og datoen, og, med mindre du valgte «Anonym», hjemstedet og kommentaren din. Den inneholder aldri e-postadressen din.
privacy-who-organizers = Arrangørene av oppropet kan se underskriftene for sine overleveringssteder.
privacy-who-nobody = Ingen – heller ikke noen som kjenner e-postadressen din – kan finne ut på dette nettstedet om du har skrevet under: alle innsendinger får det samme svaret, og bare e-postinnboksen din får vite mer.
privacy-change-heading = Hvis du ombestemmer deg
privacy-change-withdraw = E-posten som ber deg bekrefte, inneholder også en lenke for å trekke tilbake underskriften din, før eller etter at du har bekreftet. En underskrift som er trukket tilbake, slutter å telle med én gang, holdes utenfor alle lister som overleveres fra da av, og navnet, e-postadressen, hjemstedet og kommentaren din slettes med én gang.
privacy-change-data = Du kan også se alt som er lagret om e-postadressen din, og slette det: vi sender en lenke til den adressen, så bare den som eier adressen, kan se det.
privacy-change-data-link = Se eller slett dataene dine
privacy-long-heading = Hvor lenge
privacy-long = Underskrifter som aldri blir bekreftet, slettes når bekreftelseslenken er utløpt (etter 7 dager, med mindre arrangørene har bestemt noe annet). E-postadressen din brukes bare til å bekrefte underskriften din og til å svare deg; den vises aldri til noen og overleveres aldri. Når et opprop har vært avsluttet i hele oppbevaringstiden (90 dager, med mindre arrangørene har bestemt noe annet), slettes e-postadressene og IP-fingeravtrykkene til dem som skrev under; listen slik den ble overlevert, og tellingene blir værende.

## Dataene til en som har skrevet under

my-data-title = Dine data
my-data-request-heading = Se eller slett dataene dine
my-data-request-explain = Oppgi e-postadressen du skrev under med. Hvis adressen er brukt til å skrive under på et opprop her, sender vi en lenke til den som viser alt som er lagret om adressen, og som lar deg slette det. Av hensyn til alles sikkerhet gir denne siden alltid det samme svaret: bare e-postinnboksen din får vite om adressen er brukt til å skrive under.
my-data-email = E-postadresse
my-data-send = Send meg lenken
my-data-privacy-link = Hva som lagres, hvem som ser det, og hvor lenge
my-data-form-expired = Dette skjemaet var utløpt. Trykk «Send meg lenken» igjen.
my-data-rate-limited = For mange forespørsler fra nettverket ditt akkurat nå. Prøv igjen om noen minutter.
my-data-sent-title = Sjekk e-posten din
my-data-sent-message = Hvis denne adressen er brukt til å skrive under på et opprop her, har vi sendt en lenke til den der du kan se og slette det som er lagret om adressen. Lenken virker bare en begrenset tid. Hvis ingenting kommer, sjekk søppelpostmappen eller adressen du skrev inn.
my-data-intro = Dette er alt som er lagret om e-postadressen din { $email }. Selve IP-adressen din lagres aldri, bare et nøkkelbasert fingeravtrykk av den, som brukes mot flommer av falske underskrifter.
my-data-state = Status
my-data-name = Navn
my-data-packet = På den overleverte listen som
my-data-country = Land
my-data-city = Hjemsted
my-data-point = Overleveres ved
my-data-comment = Kommentar
my-data-signed = Underskrevet
my-data-confirmed = Bekreftet
my-data-ip = IP-fingeravtrykk
my-data-receipt = Kvittering
my-data-receipt-link = Last ned kvitteringen (når pakken er fryst)
my-data-receipt-warning = En kvittering du tar vare på, viser at du har skrevet under.
my-data-none = ingen
my-data-stored = lagret
my-data-not-confirmed = ikke bekreftet
my-data-delete-heading = Slett alt
my-data-delete-explain = Sletting fjerner alt ovenfor for godt: underskriftene dine slutter å telle med én gang og holdes utenfor alle lister som overleveres fra nå av. Lister som allerede er overlevert, kan ikke tas tilbake.
my-data-delete-button = Slett alle dataene mine
my-data-deleted-title = Dataene dine er slettet
my-data-deleted-message = Alt som var lagret her om e-postadressen din, er slettet. Underskriftene dine teller ikke lenger og blir ikke overlevert. Du kan skrive under igjen når som helst.
my-data-link-unknown-title = Denne lenken er ikke gyldig
my-data-link-unknown-message = Vi kjenner ikke igjen denne lenken, eller den er utløpt, eller dataene den viste, er slettet. Du kan be om en ny lenke på siden «Dine data».
my-data-new-link = Be om en ny lenke
my-data-delete-form-expired = Denne siden var utløpt, og ingenting ble slettet. Åpne lenken på nytt.
state-pending = venter på at du bekrefter via e-post
state-verified = bekreftet: den teller
state-withdrawn = trukket tilbake av deg: den teller ikke
state-invalidated = lagt til side av arrangørene: den teller ikke
packet-as-full = hele navnet ditt
packet-as-initials = initialene dine
packet-as-anonymous = «Anonym»

## Feil

error-page-home = Gå til forsiden
error-not-found-title = Fant ikke siden
error-not-found = Det finnes ingen side på denne adressen. Sjekk lenken, eller begynn på forsiden.
error-bad-request-title = Forespørselen ble ikke forstått
error-forbidden-title = Ikke tillatt
error-conflict-title = Ikke mulig nå
error-internal-title = Noe gikk galt
error-internal = Noe gikk galt hos oss. Det skyldes ikke noe du har gjort; prøv igjen om et minutt.
error-unavailable-title = Nettstedet er utilgjengelig en kort stund
error-unavailable = Handover får ikke kontakt med databasen sin akkurat nå. Ingenting av det du sendte ble lagret: gå tilbake og send det på nytt om et minutt.
error-form-too-large-title = Skjemaet er for stort
error-form-too-large = Skjemaet du sendte, er langt større enn noen ekte underskrift. Gå tilbake og gjør det kortere.
error-form-timeout-title = Skjemaet brukte for lang tid
error-form-timeout = Tilkoblingen din sendte skjemaet for sakte, så ingenting ble lagret. Gå tilbake og send det på nytt.
error-form-unreadable-title = Skjemaet ble ikke forstått
error-form-unreadable = Skjemaet du sendte, kunne ikke leses. Gå tilbake og send det inn på nytt.

## Sider for arrangører

org-form-expired = Dette skjemaet var utløpt. Gå tilbake, last inn siden på nytt og prøv igjen.
org-only-admins-create = Bare administratorer kan opprette opprop.
org-only-admins-audit = Bare administratorer kan lese revisjonsloggen.
org-only-admins-people = Bare administratorer kan administrere arrangører.
org-point-has-signatures = Dette overleveringsstedet har underskrifter og kan ikke fjernes.
org-invite-link-unknown = Denne lenken er utløpt eller allerede brukt. Be en administrator om en ny invitasjon.
org-log-in = Logg inn
org-erased-cannot-reopen = E-postadressene til dem som skrev under på dette oppropet, ble slettet da oppbevaringstiden var over, så det kan ikke åpnes igjen. Opprett heller et nytt opprop.
org-bar-label = Arrangør
org-dashboard = Oversikt
org-log-out = Logg ut
org-role-admin = administrator
org-role-coordinator = koordinator
org-role-local = lokal arrangør
org-your-petitions = Dine opprop
org-no-petition = Du har ikke fått tildelt noe opprop ennå.
org-mail-paused = E-postutsending er satt på pause: e-postserveren har avvist alle meldinger siden { $since } (svar { $code }). Handover prøver igjen med noen minutters mellomrom; ingen e-post går tapt, og ingen underskriver blir gitt opp. Sjekk avsenderadressen og SPF-innstillingene hos e-postleverandøren.
org-new-petition = Nytt opprop
org-organizers = Arrangører
org-audit-log = Revisjonslogg
org-when-utc = Når (UTC)
org-who = Hvem
org-what = Hva
org-detail = Detaljer
org-login-title = Innlogging for arrangører
org-password = Passord
org-login-expired = Dette skjemaet var utløpt. Logg inn på nytt.
org-login-refused = E-postadressen og passordet stemmer ikke med noen konto.
org-login-throttled =
    { $n ->
        [one] For mange mislykkede innlogginger. Prøv igjen om ett minutt.
       *[other] For mange mislykkede innlogginger. Prøv igjen om { $n_fmt } minutter.
    }
org-setup-title = Opprett den første administratoren
org-set-password-title = Angi passordet ditt
org-account = Konto: { $name } ({ $email })
org-new-password = Nytt passord
org-password-hint = Minst 12 tegn; en kort setning fungerer godt.
org-password-again = Det samme passordet en gang til
org-save-and-log-in = Lagre og logg inn
org-passwords-differ = De to passordene er ulike.
org-role = Rolle
org-change-role = Endre rolle og omfang
org-invited = invitert
org-petition-slug = Opprop (kortnavn i nettadressen)
org-points-slugs = Overleveringssteder (kortnavn, for lokale arrangører)
org-change = Endre
org-invite-heading = Inviter en arrangør
org-invite-petition = Opprop (kortnavn i nettadressen; for koordinatorer og lokale arrangører)
org-invite-points = Overleveringssteder (kortnavn atskilt med komma; for lokale arrangører)
org-send-invitation = Send invitasjon
org-invite-sent = Invitasjonen er sendt til { $email }. Du kan også gi personen denne engangslenken: { $link }
org-refused-no-petition = Det finnes ikke noe opprop «{ $slug }».
org-refused-needs-petition = Rollen { $role } krever et opprop.
org-refused-needs-point = En lokal arrangør må ha minst ett overleveringssted.
org-refused-no-point = Oppropet «{ $petition }» har ikke noe overleveringssted «{ $slug }».
org-refused-name = Skriv inn et navn på 1 til 200 tegn.
org-refused-exists = Det finnes allerede en arrangør med denne e-postadressen.
org-refused-no-organizer = Det finnes ingen slik arrangør.
org-refused-last-admin = Den siste administratoren kan ikke degraderes; gjør først en annen til administrator.
org-verified = bekreftet
org-pending = venter på bekreftelse
org-withdrawn = trukket tilbake av dem som skrev under
org-invalidated = ugyldiggjort
org-edit-link = Rediger oppropet og overleveringsstedene
org-by-point = Per overleveringssted
org-point = Overleveringssted
org-col-verified = Bekreftet
org-col-pending = Venter
org-col-withdrawn = Trukket tilbake
org-col-invalidated = Ugyldiggjort
org-packet = Pakke
org-download-zip = Last ned ZIP
org-by-country = Etter landet til den som skrev under
org-none-verified = Ingen bekreftede underskrifter ennå.
org-per-day = Bekreftet per dag
org-sources = Hvor underskriverne kom fra
org-sources-none-yet = Ingen underskrifter ennå.
org-col-source = Kilde (?src=)
org-col-signed = Signert
org-col-confirmed = Bekreftet
org-source-none = (ingen kilde)
org-activity-title = Siste time: hva som ser galt ut
org-activity-summary = { $total_fmt } underskrifter sendt inn de siste 60 minuttene (UTC), travleste minutt { $peak_fmt }. Underskrifter merket «Ubekreftet» er ikke bekreftet via e-post ennå: mange ubekreftede underskrifter fra én kilde betyr ofte oppdiktede adresser.
org-activity-privacy = Domener og nettverk vises bare fra { $min } underskrifter og oppover, slik at ingen enkelt underskrivers arbeidsplass eller hjemmenettverk blir utpekt. Nettverk (et /24 for IPv4, et /48 for IPv6) vises med en kode: adresser lagres aldri.
org-activity-domains = Travleste e-postdomener
org-activity-networks = Travleste nettverk
org-activity-none = Ingen med { $min } eller flere underskrifter.
org-activity-per-minute = Underskrifter per minutt
org-domain = Domene
org-network = Nettverk
org-unconfirmed = Ubekreftet
org-review = Vurder for ugyldiggjøring
org-minute-utc = Minutt (UTC)
org-share-of-peak = Andel av det travleste minuttet
org-inv-title = Ugyldiggjør underskrifter
org-inv-explain = Ugyldiggjorte underskrifter fjernes fra tellingene og pakkene. Hver ugyldiggjøring registreres med begrunnelse og kan angres.
org-inv-matches =
    { $n ->
        [one] Én underskrift samsvarer. Oppgi en begrunnelse og trykk «Ugyldiggjør» for å ta den ut.
       *[other] { $count } underskrifter samsvarer. Oppgi en begrunnelse og trykk «Ugyldiggjør» for å ta dem ut.
    }
org-inv-domain = E-postdomene
org-inv-email = Én e-postadresse
org-inv-ip = IP-adresse eller nettverk
org-inv-ip-hint = Én adresse (203.0.113.7), eller et nettverk: 203.0.113.0/24, eller 2001:db8:1::/48 for IPv6.
org-inv-network = Nettverk #{ $code }, slik det vises på aktivitetssiden.
org-inv-clear = Fjern
org-inv-from = Underskrevet fra (UTC)
org-inv-to = Underskrevet før (UTC)
org-inv-any = Alle
org-inv-reason = Begrunnelse (påkrevd for å ugyldiggjøre)
org-inv-count = Tell treff
org-inv-apply = Ugyldiggjør
org-inv-past = Tidligere ugyldiggjøringer
org-inv-which = Hvilke
org-inv-reason-col = Begrunnelse
org-inv-undo = Angre
org-inv-undone = angret { $time }
org-inv-error-ip = En IP-adresse ser ut som 203.0.113.7; et nettverk som 203.0.113.0/24 (IPv4) eller 2001:db8:1::/48 (IPv6).
org-inv-error-link = Nettverkslenken er skadet; åpne den på nytt fra aktivitetssiden.
org-inv-error-domain = Et e-postdomene ser ut som example.org.
org-inv-error-point = Velg et overleveringssted fra listen.
org-inv-error-no-criterion = Oppgi minst ett kriterium: det er ikke tillatt å ugyldiggjøre et helt opprop.
org-inv-error-reason = Oppgi en begrunnelse (opptil 500 tegn): den føres inn i loggen.
org-inv-error-preview-limit = Du har kjørt { $count } forhåndsvisninger den siste timen, det meste som er tillatt. Hver av dem står i loggen. Prøv igjen senere.
org-edit-title = Rediger «{ $title }»
org-state = Dette oppropet er { $state }. Offentlig side:
org-state-open = åpent for underskrifter
org-state-closed = avsluttet
org-state-not-open = ikke åpnet ennå
org-state-new = nytt
org-counts-and-packets = Tellinger og pakker
org-open-now = Åpne nå
org-close-now = Avslutt nå
org-web-address = Nettadresse
org-web-address-hint = Små bokstaver, sifre og bindestreker: /p/adresse
org-field-title = Tittel
org-field-recipient = Rettet til
org-field-body = Tekst
org-field-body-hint = Skill avsnitt med en tom linje.
org-field-organizer = Arrangerende gruppe (valgfritt)
org-field-goal = Mål (underskrifter)
org-field-opens = Åpner (UTC, valgfritt)
org-field-closes = Stenger (UTC, valgfritt)
org-field-retention = Behold e-postadressene til dem som skrev under, i (dager etter avslutning)
org-field-retention-hint = Deretter slettes adressene og IP-fingeravtrykkene; navn, tellinger og pakker blir værende.
org-field-lang = Språket i tittelen, mottakeren og teksten ovenfor
org-translations = Oversettelser
org-translations-hint = De som leser ett av disse språkene, ser tekstene på det språket; de andre ser tekstene ovenfor. Fyll ut alle tre feltene for et språk, eller ingen av dem.
org-save = Lagre
org-create-petition = Opprett opprop
org-points-heading = Overleveringssteder
org-country-code = Landkode
org-address = Adresse
org-delivery-at = Overlevering (UTC, valgfritt)
org-save-point = Lagre overleveringssted
org-remove-point = Fjern (bare hvis ingen har valgt det)
org-add-point = Legg til overleveringssted
org-short-name = Kortnavn
org-short-name-hint = Til filnavnet for pakken, f.eks. osaka-konsulat
org-error-empty = Fyll ut dette feltet.
org-error-too-long = Bruk høyst { $max_fmt } tegn.
org-error-lang = Velg et språk fra listen.
org-error-tr-own-lang = Dette er oppropets eget språk: tekstene hører hjemme i hovedfeltene ovenfor. Flytt dem dit, eller velg et annet språk for oppropet.
org-error-goal = Målet må være et heltall fra 1 til 1000000000.
org-error-retention = Behold adressene i 1 til 3650 dager etter avslutning.
org-error-closes-before-opens = Tidspunktet for stenging må være etter tidspunktet for åpning.
org-error-time = Skriv inn dato og klokkeslett, for eksempel 2026-12-05T14:00 (UTC).
org-error-slug-taken = Et annet opprop har allerede denne adressen.
org-error-point-slug-taken = Dette oppropet har allerede et overleveringssted med dette kortnavnet.

## E-post: bekreft en underskrift

mail-hello = Hei { $name },
mail-hello-anonymous = Hei,
mail-verify-subject = Bekreft underskriften din: { $title }
mail-reminder-subject = Påminnelse: bekreft signaturen din: { $title }
mail-reminder-lead = du signerte «{ $title }», men har ikke bekreftet signaturen ennå, så den teller ikke. Dette er den eneste påminnelsen du får.
mail-verify-thanks = Takk for at du skrev under på «{ $title }».
mail-verify-counts-only = Underskriften din teller først når du har bekreftet den. Åpne denne lenken og trykk «Bekreft underskriften min»:
mail-verify-button = Bekreft underskriften min
mail-link-until = Lenken virker til { $time }.
mail-verify-not-you = Hvis du ikke har skrevet under på dette oppropet, kan du se bort fra denne e-posten: ingenting blir talt, og ingen får beskjed.
mail-verify-withdraw = Har du ombestemt deg, nå eller senere? Denne lenken trekker tilbake underskriften din, før eller etter at du har bekreftet den:
mail-verify-withdraw-link = Trekk tilbake underskriften din
mail-petition = Oppropet: { $link }
mail-petition-link = Oppropet

## E-post: allerede underskrevet

mail-already-subject = Du har allerede skrevet under: { $title }
mail-already-again = Noen, sannsynligvis du, sendte nettopp inn oppropet «{ $title }» på nytt med denne e-postadressen.
mail-already-counts = Du har allerede skrevet under og bekreftet: underskriften din teller. Du trenger ikke gjøre noe mer.

## E-post: dataene til en som har skrevet under

mail-data-subject = Dataene dine på { $site }
mail-data-asked =
    { $n ->
        [one] Noen, sannsynligvis du, har spurt på { $site } hva som er lagret om denne e-postadressen, som er brukt til å skrive under på ett opprop der.
       *[other] Noen, sannsynligvis du, har spurt på { $site } hva som er lagret om denne e-postadressen, som er brukt til å skrive under på { $count } opprop der.
    }
mail-data-see = Se dataene, og slett dem hvis du vil, med denne lenken:
mail-data-button = Se og slett dataene mine
mail-data-only-you = Bare du kan åpne den: den ble sendt bare til denne adressen. Hvis du ikke har bedt om dette, kan du se bort fra denne e-posten: ingenting endres.

## E-post: invitasjon til en arrangør

mail-invite-subject = Du er invitert til å være arrangør på Handover
mail-invite-given = Du har fått en arrangørkonto ({ $role }) på Handover.
mail-invite-set = Angi passordet ditt med denne engangslenken (den virker i 72 timer):
mail-invite-button = Angi passordet ditt
mail-invite-ignore = Hvis du ikke ventet dette, kan du se bort fra denne e-posten.

## Overleveringsdagen: underskriftsskjemaet og oppropssiden

field-notify-delivery = Gi meg beskjed når underskriften min er overlevert
field-notify-delivery-hint = Én e-post etter overleveringen på overleveringsstedet ditt. Hvis mer e-post kan sette deg i fare, fjern krysset.
error-point-closed = Pakken for dette overleveringsstedet er skrevet ut, så det tar ikke imot flere underskrifter. Velg et annet overleveringssted.
point-delivered-on = overlevert { $date }
point-status-open = åpent for underskrifter
point-status-printed = pakken er skrevet ut
point-status-delivered = overlevert
point-status-refused = avvist ved døren
point-status-postponed = utsatt
delivery-progress = Overlevert på { $delivered } av { $points } overleveringssteder
delivery-page-link = Overleveringsdagen: hvor og når oppropet overleveres

## Overleveringsdagen: den offentlige siden

delivery-title = Overleveringsdagen
delivery-lead = Hvor og når oppropet overleveres, og hva som skjedde ved hver ambassade og hvert konsulat. Tidene er lokal tid på hvert sted.
delivery-when = Overlevering
delivery-status = Status
delivery-count = Underskrifter
delivery-digest = Fingeravtrykk for pakken
delivery-versions = Utskrevne versjoner av pakken
delivery-version = Versjon { $n }
delivery-photo-alt = Overleveringen ved { $point }
delivery-delivered-at = Overlevert { $when }.
delivery-delivered-to = Overlevert { $when } til { $who }.
delivery-refused-at = Avvist ved døren { $when }.
delivery-postponed-to = Utsatt til { $when }.

## Tilbaketrekking etter overleveringen

withdrawn-after-delivery = Underskriften din er trukket tilbake, og dataene dine er fjernet fra dette nettstedet. Papirlisten med underskriften din var allerede overlevert, så det eksemplaret kan ikke tas tilbake.

## Ingen flere e-poster om overleveringen

unsubscribe-title = Ingen flere e-poster om dette oppropet
unsubscribe-explain = Du får ingen flere e-poster om dette oppropet: verken oppdateringer eller nytt om overleveringen. Signaturen din teller fortsatt.
unsubscribe-button = Stopp disse e-postene
unsubscribed-title = Ferdig
unsubscribed-message = Du får ingen flere e-poster om dette oppropet: verken oppdateringer eller nytt om overleveringen. Signaturen din teller fortsatt.
unsubscribe-link-unknown = Vi kjenner ikke igjen denne lenken, eller den er utløpt.

## E-post: overleveringen

mail-delivered-subject = Underskriften din er overlevert: { $title }
mail-refused-subject = Overleveringen ble avvist: { $title }
mail-postponed-subject = Overleveringen er utsatt: { $title }
mail-delivered-headline = Underskriften din ble overlevert ved { $point } i { $city } { $when }, med { $count } underskrifter i alt.
mail-refused-headline = Oppropet ble avvist ved døren til { $point } i { $city } { $when }.
mail-postponed-headline = Overleveringen ved { $point } i { $city } er utsatt til { $when }.
mail-delivered-page = Slik gikk dagen på hvert overleveringssted: { $link }
mail-delivered-page-link = Slik gikk dagen på hvert overleveringssted
mail-delivered-why = Du får denne ene e-posten fordi du ba om å få vite når underskriften din blir overlevert. Slik stopper du slike e-poster:
mail-delivered-stop = Stopp disse e-postene
mail-delivered-receipt = Kvitteringen din beviser, med en liten fil og roten som er trykt på pakken, at underskriften din var med i listen som ble overlevert; den nevner ingen andre. Ta vare på den bare der det er trygt: en kvittering viser at du har skrevet under.
mail-delivered-receipt-link = Last ned kvitteringen

## Sider for arrangører: overleveringsdagen

error-time-zone = Denne tidssonen kjenner vi ikke. Bruk et navn som Asia/Seoul eller America/Toronto.
org-time-zone = Tidssone
org-time-zone-hint = Et navn som Asia/Seoul eller America/Toronto. La feltet stå tomt der landet har én tidssone. Tidene nedenfor er i denne sonen.
org-cutoff-at = Frist for pakken
org-cutoff-at-hint = Når det ikke lenger går an å skrive under for dette stedet, og pakken fryses. La feltet stå tomt for 12 timer før overleveringen.
org-error-time-zone-needed = Dette landet har flere tidssoner: oppgi tidssonen for overleveringsstedet.
org-error-cutoff-after-delivery = Fristen kan ikke være etter overleveringen.
org-delivery-day-link = Overleveringsdagen
delivery-day-title = Overleveringsdagen
delivery-public-page = Den offentlige overleveringssiden
delivery-cutoff = Frist
delivery-frozen = Fryst pakke
delivery-recorded = Registrert
delivery-needs-reprint = Må skrives ut på nytt
delivery-overdue = Ingenting registrert
delivery-countdown = { $hours } t { $minutes } min
delivery-countdown-days = { $days } d { $hours } t
delivery-cutoff-in = om { $left }
delivery-cutoff-passed = passert
delivery-version-count = versjon { $n }: { $count }
delivery-recorded-by = av { $who }, { $when }
delivery-packet = Pakken
delivery-reprint-explain = Underskrifter i denne versjonen som siden er trukket tilbake eller ugyldiggjort: { $n }. Frys pakken på nytt og skriv ut den nye versjonen.
delivery-not-frozen = Ikke fryst ennå: nedlastinger viser underskriftene slik de er nå.
delivery-version-col = Versjon
delivery-frozen-at = Fryst
delivery-freeze-explain = Å fryse skriver ut pakken slik den er nå: det går ikke lenger an å skrive under for dette stedet, og hver nedlasting fra da av gir nøyaktig denne versjonen.
delivery-freeze-again-explain = Å fryse på nytt lager en ny versjon av underskriftene slik de er nå; alle versjonene blir tatt vare på.
delivery-freeze-now = Frys pakken nå
delivery-freeze-again = Frys på nytt
delivery-record-heading = Overleveringen
delivery-outcome = Hva som skjedde
delivery-happened-at = Når
delivery-local-time-hint = Lokal tid ({ $zone }).
delivery-received-by = Mottatt av (valgfritt)
delivery-note = Notat
delivery-postponed-to-field = Utsatt til
delivery-announce = Gi dem som skrev under, beskjed om avvisning eller utsettelse
delivery-announce-hint = De som ba om det, får alltid én beskjed når underskriften deres er overlevert.
delivery-save-record = Lagre registreringen
delivery-error-outcome = Velg hva som skjedde.
delivery-error-too-long = Dette er for langt.
delivery-error-when = Oppgi dato og klokkeslett for overleveringen.
delivery-error-postponed-to = Oppgi ny dato og nytt klokkeslett for overleveringen.
delivery-error-not-frozen = Frys pakken først: ingenting kan overleveres før det er skrevet ut.
delivery-error-already-delivered = Denne pakken er overlevert; den kan ikke fryses på nytt.
delivery-photos = Bilder
delivery-photo-risk = Folk på et bilde kan komme i fare hvis det publiseres: vis bare dem som har sagt ja. Posisjons- og kameradata fjernes fra hvert bilde før det lagres.
delivery-photo-field = Legg til et bilde (JPEG, PNG eller WebP, høyst 15 MB)
delivery-photo-add = Legg til bildet
delivery-photo-remove = Fjern dette bildet
delivery-photo-limit = Et overleveringssted kan ha høyst 5 bilder. Fjern ett først.
delivery-photo-missing = Velg et bilde å laste opp.
delivery-photo-too-large = Denne filen er større enn 15 MB.
delivery-photo-heic = Dette er et HEIC-bilde, som vi ikke kan lese. På telefonen velger du «Mest kompatibel» (JPEG) i kamerainnstillingene, eller du deler bildet som JPEG.
delivery-photo-not-image = Dette er ikke et JPEG-, PNG- eller WebP-bilde.
delivery-photo-too-many-pixels = Dette bildet er for stort ({ $width } × { $height } piksler).
delivery-photo-corrupt = Dette bildet er skadet og kan ikke leses.

## E-post: en pakke må skrives ut på nytt

mail-reprint-subject = En pakke må skrives ut på nytt: { $point }
mail-reprint-body = Siden versjon { $version } av pakken for { $point } ble fryst, er underskrifter som står i den, trukket tilbake eller ugyldiggjort (antall: { $n }). Frys pakken på nytt og skriv ut den nye versjonen før overleveringen.
mail-reprint-link = Åpne overleveringsstedet

## Overleveringspakken: listen over underskrifter (PDF og HTML)

# Kolonneoverskriftene i listen som overleveres.
packet-col-number = Nr.
packet-col-name = Navn
packet-col-city = Hjemsted
packet-col-country = Land
packet-col-signed-on = Dato for underskrift
packet-col-comment = Kommentar
packet-col-receipt = Kvittering
# Etter hver 25. rad; $count er formatert: «Løpende sum: 1 225».
packet-running-total = Løpende sum: { $count }
# Sluttlinjen i listen.
packet-total =
    { $n ->
        [one] Totalt: { $count } bekreftet underskrift.
       *[other] Totalt: { $count } bekreftede underskrifter.
    }
# Bunnteksten på hver side; $page og $pages er tall.
packet-page = Side { $page } av { $pages }
# Toppteksten på hver side: mottakeren, deretter overleveringsstedet.
packet-to = Til: { $recipient }
packet-at = Overlevert ved: { $point }
# Versjonen av en fryst pakke, og når den ble fryst: «Versjon 2, fryst 5. desember 2026 02:00 KST (UTC+09:00)».
packet-version = Versjon { $version }, fryst { $time }
# En pakke som er lastet ned før den noen gang er fryst.
packet-preview = Forhåndsvisning: ikke fryst, ikke for utskrift
packet-part = Del { $part } av { $parts }, rad { $first }–{ $last }
packet-digest = Fingeravtrykk
packet-root = Merkle-rot

## Overleveringspakken: følgebrevet

letter-title = Følgebrev
letter-to = Til
# Sted og tidspunkt for overleveringen: «Seoul, 5. desember 2026 14:00 KST (UTC+09:00)».
letter-place-date = { $place }, { $date }
letter-verified = Bekreftede underskrifter
# Antallet med tall og med ord: «1 234 (ett tusen to hundre og trettifire)».
letter-count-words = { $count } ({ $words })
letter-collected = Innsamlingsperiode
letter-period = fra { $first } til { $last }
letter-none = Det ble ikke samlet inn noen bekreftede underskrifter for dette overleveringsstedet.
letter-organized-by = Arrangert av
letter-local-group = Lokal gruppe
letter-contact = Kontakt
letter-version = Versjon av pakken
letter-digest = Fingeravtrykk for pakken (SHA-256)
letter-proof = Bevis for inkludering i listen
letter-proof-text = Merkle-rot over { $size } underskrifter (RFC 9162, SHA-256). Alle som har skrevet under, har en kvittering som ut fra denne roten alene beviser at linjen deres står i denne listen. Roten ble publisert da pakken ble fryst, på { $url }
letter-confirmed = Hver underskrift ble bekreftet av den som skrev under, gjennom en personlig lenke sendt på e-post. Den vedlagte listen viser hvert navn i den formen den som skrev under, valgte for det.
# Overskrift over teksten i oppropet på et språk i landet der overleveringsstedet ligger.
letter-translation = Oppropet på { $language }

## Sider for arrangører: kontaktfeltene i følgebrevet

org-field-contact = Kontakt for mottakerens representanter
org-field-contact-hint = En e-postadresse, et telefonnummer eller et nettsted, som trykkes på følgebrevet til hver pakke. Valgfritt.
org-local-group = Lokal gruppe
org-local-group-hint = Gruppen som overleverer denne pakken; navnet trykkes på følgebrevet. Valgfritt.
org-field-embed-origins = Nettsteder som kan vise telleren
org-field-embed-origins-hint = Opphav som https://kampanje.example, ett per linje, der sidene kan vise telleren for dette oppropet (/p/…/embed) i en ramme. La stå tomt for å ikke tillate noen.
org-error-embed-origin = «{ $origin }» er ikke et nettstedsopphav som https://kampanje.example (uten sti, uten jokertegn).
org-point-translations = Navn og by på andre språk
org-point-translations-hint = Vises for lesere av det språket på hver side, i hver e-post og i JSON. La stå tomt for å vise navnet ovenfor.
embed-sign = Signer dette oppropet
embed-new-tab = (åpnes i en ny fane)

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = Andorra
country-AE = De forente arabiske emirater
country-AF = Afghanistan
country-AG = Antigua og Barbuda
country-AI = Anguilla
country-AL = Albania
country-AM = Armenia
country-AO = Angola
country-AQ = Antarktis
country-AR = Argentina
country-AS = Amerikansk Samoa
country-AT = Østerrike
country-AU = Australia
country-AW = Aruba
country-AX = Åland
country-AZ = Aserbajdsjan
country-BA = Bosnia-Hercegovina
country-BB = Barbados
country-BD = Bangladesh
country-BE = Belgia
country-BF = Burkina Faso
country-BG = Bulgaria
country-BH = Bahrain
country-BI = Burundi
country-BJ = Benin
country-BL = Saint-Barthélemy
country-BM = Bermuda
country-BN = Brunei
country-BO = Bolivia
country-BQ = Karibisk Nederland
country-BR = Brasil
country-BS = Bahamas
country-BT = Bhutan
country-BV = Bouvetøya
country-BW = Botswana
country-BY = Belarus
country-BZ = Belize
country-CA = Canada
country-CC = Kokosøyene
country-CD = Kongo
country-CF = Den sentralafrikanske republikk
country-CG = Kongo-Brazzaville
country-CH = Sveits
country-CI = Elfenbenskysten
country-CK = Cookøyene
country-CL = Chile
country-CM = Kamerun
country-CN = Kina
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Kapp Verde
country-CW = Curaçao
country-CX = Christmasøya
country-CY = Kypros
country-CZ = Tsjekkia
country-DE = Tyskland
country-DJ = Djibouti
country-DK = Danmark
country-DM = Dominica
country-DO = Den dominikanske republikk
country-DZ = Algerie
country-EC = Ecuador
country-EE = Estland
country-EG = Egypt
country-EH = Vest-Sahara
country-ER = Eritrea
country-ES = Spania
country-ET = Etiopia
country-FI = Finland
country-FJ = Fiji
country-FK = Falklandsøyene
country-FM = Mikronesiaføderasjonen
country-FO = Færøyene
country-FR = Frankrike
country-GA = Gabon
country-GB = Storbritannia
country-GD = Grenada
country-GE = Georgia
country-GF = Fransk Guyana
country-GG = Guernsey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Grønland
country-GM = Gambia
country-GN = Guinea
country-GP = Guadeloupe
country-GQ = Ekvatorial-Guinea
country-GR = Hellas
country-GS = Sør-Georgia og Sør-Sandwichøyene
country-GT = Guatemala
country-GU = Guam
country-GW = Guinea-Bissau
country-GY = Guyana
country-HK = Hongkong SAR Kina
country-HM = Heard- og McDonaldøyene
country-HN = Honduras
country-HR = Kroatia
country-HT = Haiti
country-HU = Ungarn
country-ID = Indonesia
country-IE = Irland
country-IL = Israel
country-IM = Man
country-IN = India
country-IO = Det britiske territoriet i Indiahavet
country-IQ = Irak
country-IR = Iran
country-IS = Island
country-IT = Italia
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordan
country-JP = Japan
country-KE = Kenya
country-KG = Kirgisistan
country-KH = Kambodsja
country-KI = Kiribati
country-KM = Komorene
country-KN = Saint Kitts og Nevis
country-KP = Nord-Korea
country-KR = Sør-Korea
country-KW = Kuwait
country-KY = Caymanøyene
country-KZ = Kasakhstan
country-LA = Laos
country-LB = Libanon
country-LC = St. Lucia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesotho
country-LT = Litauen
country-LU = Luxemburg
country-LV = Latvia
country-LY = Libya
country-MA = Marokko
country-MC = Monaco
country-MD = Moldova
country-ME = Montenegro
country-MF = Saint-Martin
country-MG = Madagaskar
country-MH = Marshalløyene
country-MK = Nord-Makedonia
country-ML = Mali
country-MM = Myanmar (Burma)
country-MN = Mongolia
country-MO = Macao SAR Kina
country-MP = Nord-Marianene
country-MQ = Martinique
country-MR = Mauritania
country-MS = Montserrat
country-MT = Malta
country-MU = Mauritius
country-MV = Maldivene
country-MW = Malawi
country-MX = Mexico
country-MY = Malaysia
country-MZ = Mosambik
country-NA = Namibia
country-NC = Ny-Caledonia
country-NE = Niger
country-NF = Norfolkøya
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Nederland
country-NO = Norge
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = New Zealand
country-OM = Oman
country-PA = Panama
country-PE = Peru
country-PF = Fransk Polynesia
country-PG = Papua Ny-Guinea
country-PH = Filippinene
country-PK = Pakistan
country-PL = Polen
country-PM = Saint-Pierre-et-Miquelon
country-PN = Pitcairnøyene
country-PR = Puerto Rico
country-PS = Det palestinske området
country-PT = Portugal
country-PW = Palau
country-PY = Paraguay
country-QA = Qatar
country-RE = Réunion
country-RO = Romania
country-RS = Serbia
country-RU = Russland
country-RW = Rwanda
country-SA = Saudi-Arabia
country-SB = Salomonøyene
country-SC = Seychellene
country-SD = Sudan
country-SE = Sverige
country-SG = Singapore
country-SH = St. Helena
country-SI = Slovenia
country-SJ = Svalbard og Jan Mayen
country-SK = Slovakia
country-SL = Sierra Leone
country-SM = San Marino
country-SN = Senegal
country-SO = Somalia
country-SR = Surinam
country-SS = Sør-Sudan
country-ST = São Tomé og Príncipe
country-SV = El Salvador
country-SX = Sint Maarten
country-SY = Syria
country-SZ = Eswatini
country-TC = Turks- og Caicosøyene
country-TD = Tsjad
country-TF = De franske sørterritorier
country-TG = Togo
country-TH = Thailand
country-TJ = Tadsjikistan
country-TK = Tokelau
country-TL = Øst-Timor
country-TM = Turkmenistan
country-TN = Tunisia
country-TO = Tonga
country-TR = Tyrkia
country-TT = Trinidad og Tobago
country-TV = Tuvalu
country-TW = Taiwan
country-TZ = Tanzania
country-UA = Ukraina
country-UG = Uganda
country-UM = USAs ytre øyer
country-US = USA
country-UY = Uruguay
country-UZ = Usbekistan
country-VA = Vatikanstaten
country-VC = St. Vincent og Grenadinene
country-VE = Venezuela
country-VG = De britiske jomfruøyene
country-VI = De amerikanske jomfruøyene
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis og Futuna
country-WS = Samoa
country-YE = Jemen
country-YT = Mayotte
country-ZA = Sør-Afrika
country-ZM = Zambia
country-ZW = Zimbabwe
share-heading = Spre ordet
share-lead = Et opprop vokser når folk deler det. Del det med vennene dine:
share-text = Jeg har skrevet under på «{ $title }». Vil du også?
share-native = Del …
share-copy = Kopier lenken
share-copied = Lenken er kopiert
share-private = Lenkene åpner nettverket du velger; denne siden laster ingenting fra dem.

# The rally poster (src/delivery/poster.rs)
poster-scan = Skann for å signere oppropet
poster-or-open = Eller åpne:
poster-title = Plakat for markeringen
poster-link = Plakat for markeringen på dette stedet (til utskrift)
poster-download = Last ned plakaten (PDF, A4)
poster-no-rally = Dette stedet har ikke noe overleveringstidspunkt, så lenken på plakaten har ingen markeringsnøkkel: de som signerer der, har den vanlige grensen per adresse.
poster-qr-label = QR-kode: åpner oppropsskjemaet med dette stedet valgt

# Updates to signers (src/updates)
field-keep-informed = Hold meg oppdatert om dette oppropet
field-keep-informed-hint = Arrangørene kan skrive til deg om hvordan det går: høyst én e-post hver tredje dag, hver godkjent av en administrator og med en lenke for å stoppe dem.
mail-update-why = Du får dette fordi du signerte «{ $title }» og ba om å bli holdt oppdatert.
mail-update-stop = For å ikke få flere e-poster om dette oppropet:
mail-update-stop-link = Stopp disse e-postene
update-too-soon = Én oppdatering per opprop hver 72. time: den neste kan sendes fra { $when }.
update-another-waiting = En annen oppdatering venter på en administrator: godkjenn eller forkast den først.
update-needs-another-admin = En annen administrator må godkjenne en oppdatering du skrev.
update-not-admin = Bare en administrator kan godkjenne en oppdatering.
update-decided = Denne oppdateringen er allerede sendt eller forkastet.
update-state-awaiting = Venter på en administrator
update-state-discarded = Forkastet
update-state-sent = Sendt { $when } til { $count } som har signert
updates-title = Oppdateringer til dem som har signert
updates-lead = Skriv til de bekreftede som ba om å bli holdt oppdatert. En administrator godkjenner hver oppdatering før den sendes (finnes det bare én, bekrefter hen den); høyst én hver 72. time.
updates-none = Ingen oppdateringer ennå.
updates-written = Skrevet { $when }
updates-approve = Godkjenn og send
updates-discard = Forkast
updates-write = Skriv en oppdatering
updates-write-hint = Et emne og en tekst på oppropets språk; de andre språkene er valgfrie (de som ikke leser noen av dem, får oppropets språk).
updates-optional = valgfritt
updates-subject = Emne
updates-body = Tekst
updates-send-for-approval = Send til godkjenning
