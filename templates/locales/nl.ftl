# Handover: Nederlands.
#
# Elke catalogus heeft precies dezelfde bericht-id's als en.ftl (een test controleert dat).
# Variabelen: $count is een getal dat al voor de taal is opgemaakt; $n is
# hetzelfde getal voor meervoudskeuzes. Laat plaatshouders zoals { $title } staan
# zoals ze zijn; houd “Ondertekenen” en andere geciteerde knopnamen gelijk aan het
# eigen bericht van de knop.

## Elke pagina

site-name = Handover
skip-to-content = Naar de inhoud
footer-privacy = Privacy
footer-your-data = Je gegevens
language-menu = Taal
title-separator = ·

## Start

home-heading = Petities
home-empty = Er zijn nog geen petities. Een organisator kan er een toevoegen met { $command }.
home-to = aan { $recipient }

## Petitiepagina

petition-to = Petitie aan { $recipient }
petition-signatures = Handtekeningen
# Getoond na het vetgedrukte getal: "12.345 geverifieerde handtekeningen".
petition-count-label =
    { $n ->
        [one] geverifieerde handtekening
       *[other] geverifieerde handtekeningen
    }
petition-goal = van de beoogde { $count }
petition-organized-by = Georganiseerd door { $organizer }
petition-not-open = Deze petitie is nog niet open voor ondertekening. Kom terug zodra ze opengaat.
petition-closed = Deze petitie is gesloten en neemt geen handtekeningen meer aan. Dank aan iedereen die heeft getekend.
points-heading = Geverifieerde handtekeningen per overhandigingspunt
# Een overhandigingspunt in de lijst met aantallen: "Ambassade van X, Seoel: 1.234".
point-count = { $name }, { $city }: { $count }

## Het ondertekeningsformulier

sign-heading = Onderteken de petitie
errors-heading =
    { $n ->
        [one] Controleer dit antwoord
       *[other] Controleer deze { $count } antwoorden
    }
error-prefix = Fout:
field-name = Je naam
field-email = Je e-mailadres
field-email-hint = We sturen je een link om te bevestigen. Je e-mailadres wordt nooit aan iemand getoond en nooit overhandigd.
field-country = Het land waar je woont
choose = Kies…
countries-with-points = Landen met een overhandigingspunt
countries-all = Alle landen
field-city = Je woonplaats
field-point = Waar je handtekening wordt overhandigd
field-point-hint = Een lokale groep overhandigt de handtekeningen persoonlijk bij elke ambassade of elk consulaat.
field-packet = Hoe je naam op de overhandigde lijst staat
field-packet-hint = De lijst wordt gegeven aan functionarissen van { $recipient }. Als je naam vermelden jou of je familie in gevaar kan brengen, kies dan initialen of “Anoniem”: je handtekening telt even zwaar.
packet-full = Mijn volledige naam, met mijn stad, land, datum van ondertekening en opmerking
packet-initials = Mijn initialen, met mijn stad, land, datum van ondertekening en opmerking
packet-anonymous = “Anoniem”, alleen met mijn land en datum van ondertekening (geen stad, geen opmerking)
field-comment = Een opmerking voor de lijst
field-comment-hint = Optioneel, maximaal 500 tekens.
honeypot = Laat dit veld leeg
field-consent = Ik ga ermee akkoord dat mijn handtekening wordt opgeslagen om te worden geteld en overhandigd zoals hierboven gekozen. Mijn e-mailadres wordt nooit getoond en nooit overhandigd.
consent-privacy-link = Hoe we je gegevens beschermen
sign-button = Ondertekenen

## Meldingen over de antwoorden in het ondertekeningsformulier

error-name-missing = Vul je naam in.
error-name-too-long = Een naam heeft maximaal 200 tekens.
error-city-missing = Vul je woonplaats in.
error-city-too-long = Een plaatsnaam heeft maximaal 100 tekens.
error-comment-too-long = Een opmerking heeft maximaal 500 tekens.
error-control-chars = Verwijder de onzichtbare stuurtekens.
error-email-missing = Vul je e-mailadres in.
error-email-too-long = Een e-mailadres heeft maximaal 254 tekens.
error-email-malformed = Dit lijkt geen e-mailadres (naam@example.org).
error-country = Kies je land uit de lijst.
error-packet = Kies hoe je naam wordt vermeld.
error-point = Kies waar je handtekening wordt overhandigd.
error-slug-length = Gebruik 1 tot 64 tekens.
error-slug-chars = Gebruik alleen kleine letters a–z, cijfers en losse koppeltekens, niet aan het begin of eind.
error-role = De rol moet admin, coordinator of local zijn.
error-password-short = Een wachtwoord heeft minstens { $min_fmt } tekens nodig; een korte zin werkt goed.
error-password-long = Een wachtwoord heeft maximaal { $max_fmt } tekens.
error-consent = Vink het vakje aan om akkoord te gaan, anders kan je handtekening niet worden bewaard.
error-form-expired = Dit formulier was verlopen. Je antwoorden zijn bewaard: druk nogmaals op “Ondertekenen”.
error-disposable-domain = Met adressen van deze e-mailprovider kun je niet tekenen: die geeft wegwerpadressen uit. Gebruik een vast e-mailadres.
error-blocked-network = Ondertekenen vanaf je netwerk is geblokkeerd, omdat het voor misbruik is gebruikt. Probeer het via een andere verbinding; je antwoorden zijn bewaard.
error-rate-limited =
    { $n ->
        [one] Er tekenen op dit moment veel mensen vanaf je netwerk. Je antwoorden zijn bewaard: druk over een minuut nogmaals op “Ondertekenen”.
       *[other] Er tekenen op dit moment veel mensen vanaf je netwerk. Je antwoorden zijn bewaard: druk over { $count } minuten nogmaals op “Ondertekenen”.
    }

## Na het ondertekenen

thanks-title = Kijk in je e-mail
thanks-lead = We hebben je een e-mail gestuurd. Open de link erin en druk op “Mijn handtekening bevestigen”: pas dan telt je handtekening.
thanks-more = De e-mail kan een paar minuten onderweg zijn. Zie je hem niet, kijk dan in je spammap. Heb je al eerder met dit adres getekend, dan staat dat in de e-mail; niemand wordt dubbel geteld.
back-to = Terug naar “{ $title }”

## Bevestigen

verify-title = Bevestig je handtekening
verify-button = Mijn handtekening bevestigen
verify-only-button = Alleen door op de knop te drukken bevestig je. Heb je niet getekend, sluit dan deze pagina: er wordt niets geteld.
verify-form-expired = Je pagina was verlopen en er is nog niets bevestigd. Druk nogmaals op de knop.
verified-title = Dank je: je handtekening telt
verified-message = Je handtekening is bevestigd en telt nu mee. Ze wordt samen met de andere overhandigd op het overhandigingspunt dat je hebt gekozen.
already-title = Al bevestigd
already-message = Je handtekening was al bevestigd. Ze telt één keer; je hoeft verder niets te doen.
count-so-far =
    { $n ->
        [one] Tot nu toe { $count } geverifieerde handtekening.
       *[other] Tot nu toe { $count } geverifieerde handtekeningen.
    }
verify-not-open = Deze petitie neemt op dit moment geen handtekeningen aan, dus je handtekening kon niet worden bevestigd.
verify-withdrawn-title = Deze handtekening is ingetrokken
verify-withdrawn-message = Je hebt deze handtekening ingetrokken, dus ze telt niet. Wil je opnieuw tekenen, gebruik dan het formulier op de petitiepagina.
sign-again = Opnieuw tekenen
verify-invalidated-title = Deze handtekening telt niet
verify-invalidated-message = De organisatoren van de petitie hebben deze handtekening terzijde gelegd, meestal omdat veel vergelijkbare handtekeningen nep leken. Ze telt niet en wordt niet overhandigd. Denk je dat dit een vergissing is, neem dan contact op met de organisatoren.
link-expired-title = Deze link is verlopen
link-expired-message = Deze bevestigingslink is niet meer geldig. Teken opnieuw met hetzelfde e-mailadres, dan sturen we je een nieuwe link; je wordt niet dubbel geteld.
get-new-link = Nieuwe link aanvragen
link-unknown-title = Deze link is niet geldig
link-unknown-message = We kennen deze bevestigingslink niet. Controleer of je de hele link uit de e-mail hebt gekopieerd, of teken opnieuw op de petitiepagina om een nieuwe link te krijgen.
find-petition = Naar de petitie

## Intrekken

withdraw-title = Je handtekening intrekken
withdraw-explain = Je handtekening telt dan meteen niet meer en staat vanaf nu op geen enkele lijst die wordt overhandigd.
withdraw-button = Mijn handtekening intrekken
withdrawn-title = Je handtekening is ingetrokken
withdrawn-message = Je handtekening telt niet meer en wordt niet overhandigd. Bedenk je je, dan kun je opnieuw tekenen.
withdraw-form-expired = Deze pagina was verlopen en er is niets gewijzigd. Open de link opnieuw.
already-withdrawn-title = Al ingetrokken
already-withdrawn-message = Deze handtekening was al ingetrokken. Ze telt niet.
withdraw-link-unknown = We kennen deze intrekkingslink niet, of hij is verlopen. Controleer of je de hele link uit de e-mail hebt gekopieerd.

## Privacy

privacy-title = Privacy
privacy-lead = Sommige mensen die tekenen, of hun familie, kunnen gevaar lopen als bekend zou worden dat ze hebben getekend. We bewaren zo weinig mogelijk en tonen nog minder.
privacy-store-heading = Wat we opslaan
privacy-store-fields = Je naam, e-mailadres, land en woonplaats, het overhandigingspunt dat je hebt gekozen, hoe je naam moet worden vermeld, en je opmerking. Wat je invult, wordt versleuteld opgeslagen met een sleutel die los van de database wordt bewaard: een gestolen kopie van de database toont er niets van.
privacy-store-times = Wanneer je hebt getekend en wanneer je hebt bevestigd.
privacy-store-links = Van de links die we je mailen alleen een onomkeerbare vingerafdruk, nooit de links zelf.
privacy-store-ip = Een onomkeerbare vingerafdruk van je IP-adres, gemaakt met een geheime sleutel, zodat massale inzendingen vanaf één adres kunnen worden opgespoord en verwijderd; nooit het adres zelf.
privacy-who-heading = Wie het ziet
privacy-who-public = Het publiek ziet alleen aantallen, nooit namen, en elk aantal onder de drie wordt getoond als “<3”, zodat één handtekening in één land of op één overhandigingspunt niet te herkennen is.
privacy-who-packet = Het pakket dat op het overhandigingspunt wordt overhandigd, bevat je naam zoals je die hebt gekozen (volledig, initialen of “Anoniem”), je land en de datum en, tenzij je “Anoniem” hebt gekozen, je woonplaats en je opmerking. Het bevat nooit je e-mailadres.
privacy-who-organizers = De organisatoren van de petitie kunnen de handtekeningen voor hun eigen overhandigingspunten zien.
privacy-who-nobody = Niemand, zelfs niet iemand die je e-mailadres kent, kan via deze site te weten komen of je hebt getekend: elke inzending krijgt hetzelfde antwoord, en alleen jouw mailbox krijgt bericht.
privacy-change-heading = Van gedachten veranderen
privacy-change-withdraw = De e-mail waarin we je vragen te bevestigen, bevat ook een link om je handtekening in te trekken, vóór of na het bevestigen. Een ingetrokken handtekening telt meteen niet meer, blijft vanaf dat moment buiten elke lijst die wordt overhandigd, en je naam, e-mailadres, woonplaats en opmerking worden meteen gewist.
privacy-change-data = Je kunt ook alles inzien wat over je e-mailadres is opgeslagen, en het verwijderen: we sturen een link naar dat adres, zodat alleen de eigenaar ervan kan kijken.
privacy-change-data-link = Je gegevens inzien of verwijderen
privacy-long-heading = Hoe lang
privacy-long = Handtekeningen die nooit worden bevestigd, worden verwijderd zodra hun bevestigingslink is verlopen (na 7 dagen, tenzij de organisatoren iets anders instellen). Je e-mailadres wordt alleen gebruikt om je handtekening te bevestigen en om je te antwoorden; het wordt nooit aan iemand getoond en nooit overhandigd. Zodra een petitie langer dan haar bewaartermijn gesloten is (90 dagen, tenzij de organisatoren iets anders instellen), worden de e-mailadressen en IP-vingerafdrukken van de ondertekenaars gewist; de lijst zoals die is overhandigd en de aantallen blijven bestaan.

## De gegevens van een ondertekenaar

my-data-title = Je gegevens
my-data-request-heading = Je gegevens inzien of verwijderen
my-data-request-explain = Vul het e-mailadres in waarmee je hebt getekend. Als daarmee hier een petitie is ondertekend, sturen we naar dat adres een link die alles toont wat erover is opgeslagen, en waarmee je het kunt verwijderen. Voor ieders veiligheid geeft deze pagina altijd hetzelfde antwoord: alleen je mailbox komt te weten of met het adres is getekend.
my-data-email = E-mailadres
my-data-send = Stuur mij de link
my-data-privacy-link = Wat er wordt opgeslagen, wie het ziet en hoe lang
my-data-form-expired = Dit formulier was verlopen. Druk nogmaals op “Stuur mij de link”.
my-data-rate-limited = Er komen op dit moment te veel verzoeken vanaf je netwerk. Probeer het over een paar minuten opnieuw.
my-data-sent-title = Kijk in je e-mail
my-data-sent-message = Als met dit adres hier een petitie is ondertekend, hebben we er een link naartoe gestuurd om in te zien en te verwijderen wat erover is opgeslagen. De link werkt een beperkte tijd. Komt er niets binnen, kijk dan in je spammap of controleer het adres dat je hebt ingetypt.
my-data-intro = Dit is alles wat over je e-mailadres { $email } is opgeslagen. Je IP-adres zelf wordt nooit opgeslagen, alleen een vingerafdruk ervan die met een geheime sleutel is gemaakt en die wordt gebruikt tegen massale nephandtekeningen.
my-data-state = Status
my-data-name = Naam
my-data-packet = Op de overhandigde lijst als
my-data-country = Land
my-data-city = Woonplaats
my-data-point = Overhandigd bij
my-data-comment = Opmerking
my-data-signed = Getekend
my-data-confirmed = Bevestigd
my-data-ip = IP-vingerafdruk
my-data-receipt = Ontvangstbewijs
my-data-receipt-link = Ontvangstbewijs downloaden (zodra het pakket bevroren is)
my-data-receipt-warning = Een bewaard ontvangstbewijs laat zien dat u getekend hebt.
my-data-none = geen
my-data-stored = opgeslagen
my-data-not-confirmed = niet bevestigd
my-data-delete-heading = Alles verwijderen
my-data-delete-explain = Verwijderen wist al het bovenstaande definitief: je handtekeningen tellen meteen niet meer en blijven vanaf nu buiten elke lijst die wordt overhandigd. Lijsten die al zijn overhandigd, kunnen niet worden teruggehaald.
my-data-delete-button = Al mijn gegevens verwijderen
my-data-deleted-title = Je gegevens zijn verwijderd
my-data-deleted-message = Alles wat hier over je e-mailadres was opgeslagen, is verwijderd. Je handtekeningen tellen niet meer en worden niet overhandigd. Je kunt altijd opnieuw tekenen.
my-data-link-unknown-title = Deze link is niet geldig
my-data-link-unknown-message = We kennen deze link niet, of hij is verlopen, of de gegevens die hij toonde zijn verwijderd. Je kunt een nieuwe link aanvragen op de pagina “Je gegevens”.
my-data-new-link = Nieuwe link aanvragen
my-data-delete-form-expired = Deze pagina was verlopen en er is niets verwijderd. Open de link opnieuw.
state-pending = wacht op je bevestiging per e-mail
state-verified = bevestigd: telt mee
state-withdrawn = door jou ingetrokken: telt niet mee
state-invalidated = door de organisatoren terzijde gelegd: telt niet mee
packet-as-full = je volledige naam
packet-as-initials = je initialen
packet-as-anonymous = “Anoniem”

## Fouten

error-page-home = Naar de startpagina
error-not-found-title = Pagina niet gevonden
error-not-found = Op dit adres staat geen pagina. Controleer de link, of begin op de startpagina.
error-bad-request-title = Verzoek niet begrepen
error-forbidden-title = Niet toegestaan
error-conflict-title = Nu niet mogelijk
error-internal-title = Er is iets misgegaan
error-internal = Er is aan onze kant iets misgegaan. Het komt niet door iets wat jij hebt gedaan; probeer het over een minuut opnieuw.
error-unavailable-title = De site is even niet beschikbaar
error-unavailable = Handover kan zijn database nu niet bereiken. Niets van wat je hebt verstuurd is opgeslagen: ga terug en verstuur het over een minuut opnieuw.
error-form-too-large-title = Formulier te groot
error-form-too-large = Het formulier dat je hebt verstuurd, is veel groter dan een echte handtekening ooit is. Ga terug en maak het korter.
error-form-timeout-title = Het formulier deed er te lang over
error-form-timeout = Je verbinding verstuurde het formulier te langzaam, dus er is niets opgeslagen. Ga terug en verstuur het opnieuw.
error-form-unreadable-title = Formulier niet begrepen
error-form-unreadable = Het formulier dat je hebt verstuurd, kon niet worden gelezen. Ga terug en verstuur het opnieuw.

## Pagina's voor organisatoren

org-form-expired = Dit formulier was verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.
org-only-admins-create = Alleen beheerders kunnen petities aanmaken.
org-only-admins-audit = Alleen beheerders kunnen het auditlogboek lezen.
org-only-admins-people = Alleen beheerders kunnen organisatoren beheren.
org-point-has-signatures = Dit overhandigingspunt heeft handtekeningen en kan niet worden verwijderd.
org-invite-link-unknown = Deze link is verlopen of al gebruikt. Vraag een beheerder om een nieuwe uitnodiging.
org-log-in = Inloggen
org-erased-cannot-reopen = De adressen van de ondertekenaars van deze petitie zijn aan het eind van haar bewaartermijn gewist, dus ze kan niet opnieuw worden geopend. Maak in plaats daarvan een nieuwe petitie aan.
org-bar-label = Organisator
org-dashboard = Dashboard
org-log-out = Uitloggen
org-role-admin = beheerder
org-role-coordinator = coördinator
org-role-local = lokale organisator
org-your-petitions = Je petities
org-no-petition = Er is nog geen petitie aan je toegewezen.
org-mail-paused = Het verzenden van e-mail is gepauzeerd: de mailserver weigert sinds { $since } elk bericht (antwoord { $code }). Handover probeert het om de paar minuten opnieuw; er gaat geen e-mail verloren en geen ondertekenaar wordt opgegeven. Controleer met je e-mailprovider het afzenderadres en de SPF-instellingen.
org-new-petition = Nieuwe petitie
org-organizers = Organisatoren
org-audit-log = Auditlogboek
org-when-utc = Wanneer (UTC)
org-who = Wie
org-what = Wat
org-detail = Details
org-login-title = Inloggen voor organisatoren
org-password = Wachtwoord
org-login-expired = Dit formulier was verlopen. Log opnieuw in.
org-login-refused = Dit e-mailadres en wachtwoord horen niet bij een account.
org-login-throttled =
    { $n ->
        [one] Te veel mislukte inlogpogingen. Probeer het over een minuut opnieuw.
       *[other] Te veel mislukte inlogpogingen. Probeer het over { $n_fmt } minuten opnieuw.
    }
org-setup-title = De eerste beheerder aanmaken
org-set-password-title = Stel je wachtwoord in
org-account = Account: { $name } ({ $email })
org-new-password = Nieuw wachtwoord
org-password-hint = Minstens 12 tekens; een korte zin werkt goed.
org-password-again = Nogmaals hetzelfde wachtwoord
org-save-and-log-in = Opslaan en inloggen
org-passwords-differ = De twee wachtwoorden zijn verschillend.
org-role = Rol
org-change-role = Rol en bereik wijzigen
org-invited = uitgenodigd
org-petition-slug = Petitie (slug)
org-points-slugs = Overhandigingspunten (slugs, voor lokale organisatoren)
org-change = Wijzigen
org-invite-heading = Een organisator uitnodigen
org-invite-petition = Petitie (slug; voor coördinatoren en lokale organisatoren)
org-invite-points = Overhandigingspunten (slugs gescheiden door komma's; voor lokale organisatoren)
org-send-invitation = Uitnodiging versturen
org-invite-sent = Uitnodiging verstuurd naar { $email }. Je kunt deze persoon ook deze eenmalige link geven: { $link }
org-refused-no-petition = Er is geen petitie “{ $slug }”.
org-refused-needs-petition = Een { $role } heeft een petitie nodig.
org-refused-needs-point = Een lokale organisator heeft minstens één overhandigingspunt nodig.
org-refused-no-point = Petitie “{ $petition }” heeft geen overhandigingspunt “{ $slug }”.
org-refused-name = Vul een naam in van 1 tot 200 tekens.
org-refused-exists = Er bestaat al een organisator met dit e-mailadres.
org-refused-no-organizer = Deze organisator bestaat niet.
org-refused-last-admin = De laatste beheerder kan niet worden teruggezet; maak eerst iemand anders beheerder.
org-verified = geverifieerd
org-pending = wacht op bevestiging
org-withdrawn = ingetrokken door de ondertekenaars
org-invalidated = ongeldig gemaakt
org-edit-link = De petitie en haar overhandigingspunten bewerken
org-by-point = Per overhandigingspunt
org-point = Overhandigingspunt
org-col-verified = Geverifieerd
org-col-pending = In afwachting
org-col-withdrawn = Ingetrokken
org-col-invalidated = Ongeldig gemaakt
org-packet = Pakket
org-download-zip = ZIP downloaden
org-by-country = Per land van de ondertekenaar
org-none-verified = Nog geen geverifieerde handtekeningen.
org-per-day = Geverifieerd per dag
org-sources = Waar ondertekenaars vandaan kwamen
org-sources-none-yet = Nog geen handtekeningen.
org-col-source = Bron (?src=)
org-col-signed = Ondertekend
org-col-confirmed = Bevestigd
org-source-none = (geen bron)
org-activity-title = Afgelopen uur: wat er verdacht lijkt
org-activity-summary = { $total_fmt } handtekeningen ingediend in de afgelopen 60 minuten (UTC), drukste minuut { $peak_fmt }. Handtekeningen onder “Onbevestigd” zijn nog niet per e-mail bevestigd: veel onbevestigde handtekeningen uit één bron wijzen vaak op verzonnen adressen.
org-activity-privacy = Domeinen en netwerken worden pas vanaf { $min } handtekeningen getoond, zodat niet naar de werkplek of het thuisnetwerk van één enkele ondertekenaar wordt gewezen. Netwerken (een /24 voor IPv4, een /48 voor IPv6) worden met een code getoond: adressen worden nooit opgeslagen.
org-activity-domains = Drukste e-maildomeinen
org-activity-networks = Drukste netwerken
org-activity-none = Geen met { $min } of meer handtekeningen.
org-activity-per-minute = Handtekeningen per minuut
org-domain = Domein
org-network = Netwerk
org-unconfirmed = Onbevestigd
org-review = Beoordelen voor ongeldigmaking
org-minute-utc = Minuut (UTC)
org-share-of-peak = Aandeel van de drukste minuut
org-inv-title = Handtekeningen ongeldig maken
org-inv-explain = Ongeldig gemaakte handtekeningen verdwijnen uit de aantallen en de pakketten. Elke ongeldigmaking wordt met de reden vastgelegd en kan ongedaan worden gemaakt.
org-inv-matches =
    { $n ->
        [one] Eén handtekening komt overeen. Geef een reden en druk op “Ongeldig maken” om haar eruit te halen.
       *[other] { $count } handtekeningen komen overeen. Geef een reden en druk op “Ongeldig maken” om ze eruit te halen.
    }
org-inv-domain = E-maildomein
org-inv-email = Eén e-mailadres
org-inv-ip = IP-adres of netwerk
org-inv-ip-hint = Eén adres (203.0.113.7), of een netwerk: 203.0.113.0/24, of 2001:db8:1::/48 voor IPv6.
org-inv-network = Netwerk #{ $code }, zoals getoond op de activiteitenpagina.
org-inv-clear = Wissen
org-inv-from = Getekend vanaf (UTC)
org-inv-to = Getekend vóór (UTC)
org-inv-any = Alle
org-inv-reason = Reden (nodig om ongeldig te maken)
org-inv-count = Overeenkomsten tellen
org-inv-apply = Ongeldig maken
org-inv-past = Eerdere ongeldigmakingen
org-inv-which = Welke
org-inv-reason-col = Reden
org-inv-undo = Ongedaan maken
org-inv-undone = ongedaan gemaakt op { $time }
org-inv-error-ip = Een IP-adres ziet eruit als 203.0.113.7; een netwerk als 203.0.113.0/24 (IPv4) of 2001:db8:1::/48 (IPv6).
org-inv-error-link = De netwerklink is beschadigd; open hem opnieuw vanaf de activiteitenpagina.
org-inv-error-domain = Een e-maildomein ziet eruit als example.org.
org-inv-error-point = Kies een overhandigingspunt uit de lijst.
org-inv-error-no-criterion = Geef minstens één criterium op: een hele petitie ongeldig maken is niet toegestaan.
org-inv-error-reason = Geef een reden op (maximaal 500 tekens): die wordt vastgelegd.
org-inv-error-preview-limit = Je hebt in het afgelopen uur { $count } voorbeelden bekeken, het toegestane maximum. Elk ervan staat in het logboek. Probeer het later opnieuw.
org-edit-title = “{ $title }” bewerken
org-state = Deze petitie is { $state }. Openbare pagina:
org-state-open = open voor ondertekening
org-state-closed = gesloten
org-state-not-open = nog niet open
org-state-new = nieuw
org-counts-and-packets = Aantallen en pakketten
org-open-now = Nu openen
org-close-now = Nu sluiten
org-web-address = Webadres
org-web-address-hint = Kleine letters, cijfers en koppeltekens: /p/adres
org-field-title = Titel
org-field-recipient = Gericht aan
org-field-body = Tekst
org-field-body-hint = Scheid alinea's met een lege regel.
org-field-organizer = Organiserende groep (optioneel)
org-field-goal = Doel (handtekeningen)
org-field-opens = Opent (UTC, optioneel)
org-field-closes = Sluit (UTC, optioneel)
org-field-retention = E-mailadressen van ondertekenaars bewaren gedurende (dagen na sluiting)
org-field-retention-hint = Daarna worden de adressen en IP-vingerafdrukken gewist; namen, aantallen en pakketten blijven bestaan.
org-field-lang = Taal van de titel, de geadresseerde en de tekst hierboven
org-translations = Vertalingen
org-translations-hint = Ondertekenaars die een van deze talen lezen, zien de teksten in die taal; de anderen zien de teksten hierboven. Vul alle drie de velden van een taal in, of geen enkel veld.
org-save = Opslaan
org-create-petition = Petitie aanmaken
org-points-heading = Overhandigingspunten
org-country-code = Landcode
org-address = Adres
org-delivery-at = Overhandiging (UTC, optioneel)
org-save-point = Overhandigingspunt opslaan
org-remove-point = Verwijderen (alleen als niemand het heeft gekozen)
org-add-point = Overhandigingspunt toevoegen
org-short-name = Korte naam
org-short-name-hint = Voor de bestandsnaam van het pakket, bijv. osaka-consulaat
org-error-empty = Vul dit veld in.
org-error-too-long = Gebruik maximaal { $max_fmt } tekens.
org-error-lang = Kies een taal uit de lijst.
org-error-tr-own-lang = Dit is de eigen taal van de petitie: de teksten horen in de hoofdvelden hierboven. Zet ze daar, of kies een andere taal voor de petitie.
org-error-goal = Het doel moet een geheel getal van 1 tot 1000000000 zijn.
org-error-retention = Bewaar adressen 1 tot 3650 dagen na sluiting.
org-error-closes-before-opens = Het sluitingstijdstip moet na het openingstijdstip liggen.
org-error-time = Vul een datum en tijd in, zoals 2026-12-05T14:00 (UTC).
org-error-slug-taken = Een andere petitie heeft dit adres al.
org-error-point-slug-taken = Deze petitie heeft al een overhandigingspunt met deze korte naam.

## E-mail: een handtekening bevestigen

mail-hello = Hallo { $name },
mail-hello-anonymous = Hallo,
mail-verify-subject = Bevestig je handtekening: { $title }
mail-reminder-subject = Herinnering: bevestig uw ondertekening: { $title }
mail-reminder-lead = u hebt “{ $title }” ondertekend maar uw ondertekening nog niet bevestigd, dus telt ze nog niet. Dit is de enige herinnering die u krijgt.
mail-verify-thanks = bedankt voor het ondertekenen van “{ $title }”.
mail-verify-counts-only = Je handtekening telt pas als je haar bevestigt. Open deze link en druk op “Mijn handtekening bevestigen”:
mail-verify-button = Mijn handtekening bevestigen
mail-link-until = De link werkt tot { $time }.
mail-verify-not-you = Heb je deze petitie niet ondertekend, negeer dan deze e-mail: er wordt niets geteld en niemand krijgt iets te horen.
mail-verify-withdraw = Bedenk je je, nu of later? Met deze link trek je je handtekening in, vóór of nadat je haar hebt bevestigd:
mail-verify-withdraw-link = Je handtekening intrekken
mail-petition = De petitie: { $link }
mail-petition-link = De petitie

## E-mail: al getekend

mail-already-subject = Je hebt al getekend: { $title }
mail-already-again = iemand, waarschijnlijk jij, heeft de petitie “{ $title }” zojuist opnieuw ingediend met dit e-mailadres.
mail-already-counts = Je hebt al getekend en bevestigd: je handtekening telt. Je hoeft verder niets te doen.

## E-mail: de gegevens van een ondertekenaar

mail-data-subject = Je gegevens op { $site }
mail-data-asked =
    { $n ->
        [one] iemand, waarschijnlijk jij, heeft op { $site } gevraagd wat er is opgeslagen over dit e-mailadres, waarmee daar één petitie is ondertekend.
       *[other] iemand, waarschijnlijk jij, heeft op { $site } gevraagd wat er is opgeslagen over dit e-mailadres, waarmee daar { $count } petities zijn ondertekend.
    }
mail-data-see = Met deze link kun je het inzien en, als je wilt, verwijderen:
mail-data-button = Mijn gegevens inzien en verwijderen
mail-data-only-you = Alleen jij kunt hem openen: hij is alleen naar dit adres gestuurd. Heb je er niet om gevraagd, dan kun je deze e-mail negeren: er verandert niets.

## E-mail: uitnodiging voor een organisator

mail-invite-subject = Je bent uitgenodigd om te organiseren op Handover
mail-invite-given = je hebt een organisatoraccount ({ $role }) gekregen op Handover.
mail-invite-set = Stel je wachtwoord in met deze eenmalige link (hij werkt 72 uur):
mail-invite-button = Je wachtwoord instellen
mail-invite-ignore = Had je dit niet verwacht, negeer dan deze e-mail.

## De overhandigingsdag: het ondertekeningsformulier en de petitiepagina

field-notify-delivery = Laat me weten wanneer mijn handtekening is overhandigd
field-notify-delivery-hint = Eén e-mail na de overhandiging op je overhandigingspunt. Kan meer e-mail je in gevaar brengen, vink dit dan uit.
error-point-closed = Het pakket voor dit overhandigingspunt is al afgedrukt, dus het neemt geen handtekeningen meer aan. Kies een ander overhandigingspunt.
point-delivered-on = overhandigd op { $date }
point-status-open = open voor ondertekening
point-status-printed = pakket afgedrukt
point-status-delivered = overhandigd
point-status-refused = aan de deur geweigerd
point-status-postponed = uitgesteld
delivery-progress = Overhandigd op { $delivered } van de { $points } overhandigingspunten
delivery-page-link = De overhandigingsdag: waar en wanneer de petitie wordt overhandigd

## De overhandigingsdag: de openbare pagina

delivery-title = De overhandigingsdag
delivery-lead = Waar en wanneer de petitie wordt overhandigd, en wat er bij elke ambassade en elk consulaat is gebeurd. Alle tijden zijn plaatselijke tijd.
delivery-when = Overhandiging
delivery-status = Status
delivery-count = Handtekeningen
delivery-digest = Vingerafdruk van het pakket
delivery-versions = Afgedrukte versies van het pakket
delivery-version = Versie { $n }
delivery-photo-alt = De overhandiging bij { $point }
delivery-delivered-at = Overhandigd op { $when }.
delivery-delivered-to = Op { $when } overhandigd aan { $who }.
delivery-refused-at = Op { $when } aan de deur geweigerd.
delivery-postponed-to = Uitgesteld tot { $when }.

## Intrekken na de overhandiging

withdrawn-after-delivery = Je handtekening is ingetrokken en je gegevens zijn van deze site verwijderd. De papieren lijst met je handtekening was al overhandigd; dat exemplaar kan niet worden teruggehaald.

## Geen e-mail meer over de overhandiging

unsubscribe-title = Geen e-mail meer over deze petitie
unsubscribe-explain = U krijgt geen e-mail meer over deze petitie: geen berichten en geen nieuws over de overhandiging. Uw ondertekening blijft tellen.
unsubscribe-button = Deze e-mail stoppen
unsubscribed-title = Klaar
unsubscribed-message = U krijgt geen e-mail meer over deze petitie: geen berichten en geen nieuws over de overhandiging. Uw ondertekening blijft tellen.
unsubscribe-link-unknown = We kennen deze link niet, of hij is verlopen.

## E-mail: de overhandiging

mail-delivered-subject = Je handtekening is overhandigd: { $title }
mail-refused-subject = De overhandiging is geweigerd: { $title }
mail-postponed-subject = De overhandiging is uitgesteld: { $title }
mail-delivered-headline = je handtekening is op { $when } overhandigd bij { $point } in { $city }, met in totaal { $count } handtekeningen.
mail-refused-headline = de petitie is op { $when } aan de deur geweigerd bij { $point } in { $city }.
mail-postponed-headline = de overhandiging bij { $point } in { $city } is uitgesteld tot { $when }.
mail-delivered-page = Hoe de dag verliep op elk overhandigingspunt: { $link }
mail-delivered-page-link = Hoe de dag verliep op elk overhandigingspunt
mail-delivered-why = Je krijgt deze ene e-mail omdat je hebt gevraagd om bericht zodra je handtekening is overhandigd. Zo stop je zulke e-mail:
mail-delivered-stop = Deze e-mail stoppen
mail-delivered-receipt = Uw ontvangstbewijs toont met een klein bestand en de op het pakket gedrukte wortel aan dat uw handtekening in de overhandigde lijst stond; het noemt niemand anders. Bewaar het alleen waar dat veilig is: een bewaard ontvangstbewijs laat zien dat u getekend hebt.
mail-delivered-receipt-link = Uw ontvangstbewijs downloaden

## Pagina's voor organisatoren: de overhandigingsdag

error-time-zone = Deze tijdzone kennen we niet. Gebruik een naam zoals Asia/Seoul of America/Toronto.
org-time-zone = Tijdzone
org-time-zone-hint = Een naam zoals Asia/Seoul of America/Toronto. Laat leeg als het land één tijdzone heeft. De tijden hieronder zijn in deze zone.
org-cutoff-at = Sluitingstijd van het pakket
org-cutoff-at-hint = Het moment waarop ondertekenen voor dit punt stopt en het pakket wordt bevroren. Laat leeg voor 12 uur vóór de overhandiging.
org-error-time-zone-needed = Dit land heeft meerdere tijdzones: geef de tijdzone van het punt op.
org-error-cutoff-after-delivery = De sluitingstijd mag niet na de overhandiging liggen.
org-delivery-day-link = De overhandigingsdag
delivery-day-title = De overhandigingsdag
delivery-public-page = De openbare overhandigingspagina
delivery-cutoff = Sluitingstijd
delivery-frozen = Bevroren pakket
delivery-recorded = Vastgelegd
delivery-needs-reprint = Opnieuw afdrukken
delivery-overdue = Niets vastgelegd
delivery-countdown = { $hours } u { $minutes } min
delivery-countdown-days = { $days } d { $hours } u
delivery-cutoff-in = over { $left }
delivery-cutoff-passed = verstreken
delivery-version-count = versie { $n }: { $count }
delivery-recorded-by = door { $who }, op { $when }
delivery-packet = Het pakket
delivery-reprint-explain = Handtekeningen uit deze versie die sindsdien zijn ingetrokken of ongeldig gemaakt: { $n }. Bevries het pakket opnieuw en druk de nieuwe versie af.
delivery-not-frozen = Nog niet bevroren: downloads tonen de handtekeningen zoals ze nu zijn.
delivery-version-col = Versie
delivery-frozen-at = Bevroren
delivery-freeze-explain = Bevriezen drukt het pakket af zoals het nu is: ondertekenen voor dit punt stopt, en elke download geeft vanaf dan precies deze versie.
delivery-freeze-again-explain = Opnieuw bevriezen maakt een nieuwe versie van de handtekeningen zoals ze nu zijn; elke versie blijft vastgelegd.
delivery-freeze-now = Het pakket nu bevriezen
delivery-freeze-again = Opnieuw bevriezen
delivery-record-heading = De overhandiging
delivery-outcome = Wat er gebeurde
delivery-happened-at = Wanneer
delivery-local-time-hint = Plaatselijke tijd ({ $zone }).
delivery-received-by = In ontvangst genomen door (optioneel)
delivery-note = Notitie
delivery-postponed-to-field = Uitgesteld tot
delivery-announce = De ondertekenaars laten weten dat de overhandiging is geweigerd of uitgesteld
delivery-announce-hint = Ondertekenaars die erom vroegen, krijgen altijd één keer bericht wanneer hun handtekening is overhandigd.
delivery-save-record = Verslag opslaan
delivery-error-outcome = Kies wat er gebeurde.
delivery-error-too-long = Dit is te lang.
delivery-error-when = Geef de datum en tijd van de overhandiging op.
delivery-error-postponed-to = Geef de nieuwe datum en tijd van de overhandiging op.
delivery-error-not-frozen = Bevries eerst het pakket: er kan niets worden overhandigd voordat het is afgedrukt.
delivery-error-already-delivered = Dit pakket is overhandigd; het kan niet opnieuw worden bevroren.
delivery-photos = Foto's
delivery-photo-risk = Mensen op een foto kunnen gevaar lopen als die wordt gepubliceerd: laat alleen mensen zien die ermee hebben ingestemd. Van elke foto worden de locatie- en cameragegevens verwijderd voordat hij wordt opgeslagen.
delivery-photo-field = Een foto toevoegen (JPEG, PNG of WebP, maximaal 15 MB)
delivery-photo-add = Foto toevoegen
delivery-photo-remove = Deze foto verwijderen
delivery-photo-limit = Een overhandigingspunt heeft maximaal 5 foto's. Verwijder er eerst een.
delivery-photo-missing = Kies een foto om te uploaden.
delivery-photo-too-large = Dit bestand is groter dan 15 MB.
delivery-photo-heic = Dit is een HEIC-foto, die we niet kunnen lezen. Kies op de telefoon “Meest compatibel” (JPEG) in de camera-instellingen, of deel de foto als JPEG.
delivery-photo-not-image = Dit is geen JPEG-, PNG- of WebP-afbeelding.
delivery-photo-too-many-pixels = Deze afbeelding is te groot ({ $width } × { $height } pixels).
delivery-photo-corrupt = Deze afbeelding is beschadigd en kan niet worden gelezen.

## E-mail: een pakket moet opnieuw worden afgedrukt

mail-reprint-subject = Een pakket moet opnieuw worden afgedrukt: { $point }
mail-reprint-body = sinds versie { $version } van het pakket voor { $point } werd bevroren, zijn er handtekeningen uit die versie ingetrokken of ongeldig gemaakt (aantal: { $n }). Bevries het pakket opnieuw en druk de nieuwe versie af vóór de overhandiging.
mail-reprint-link = Het overhandigingspunt openen

## Het overhandigingspakket: de lijst met handtekeningen (PDF en HTML)

# Kolomkoppen van de overhandigde lijst.
packet-col-number = Nr.
packet-col-name = Naam
packet-col-city = Woonplaats
packet-col-country = Land
packet-col-signed-on = Ondertekend op
packet-col-comment = Opmerking
packet-col-receipt = Ontvangstbewijs
# Na elke 25 regels; $count is opgemaakt: "Subtotaal: 1.225".
packet-running-total = Subtotaal: { $count }
# De slotregel van de lijst.
packet-total =
    { $n ->
        [one] Totaal: { $count } geverifieerde handtekening.
       *[other] Totaal: { $count } geverifieerde handtekeningen.
    }
# Voettekst van elke pagina; $page en $pages zijn getallen.
packet-page = Pagina { $page } van { $pages }
# Koptekst van elke pagina: de geadresseerde, daarna het overhandigingspunt.
packet-to = Aan: { $recipient }
packet-at = Overhandigd bij: { $point }
# De versie van een bevroren pakket, en wanneer het werd bevroren: "Versie 2, bevroren op 5 december 2026 02:00 KST (UTC+09:00)".
packet-version = Versie { $version }, bevroren op { $time }
# Een pakket dat is gedownload voordat het ooit werd bevroren.
packet-preview = Voorbeeld: niet bevroren, niet bedoeld om af te drukken
packet-part = Deel { $part } van { $parts }, rijen { $first }–{ $last }
packet-digest = Vingerafdruk
packet-root = Merkle-wortel

## Het overhandigingspakket: de begeleidende brief

letter-title = Begeleidende brief
letter-to = Aan
# Plaats en datum van de overhandiging: "Seoel, 5 december 2026 14:00 KST (UTC+09:00)".
letter-place-date = { $place }, { $date }
letter-verified = Geverifieerde handtekeningen
# Het aantal in cijfers en in woorden: "1.234 (duizend tweehonderdvierendertig)".
letter-count-words = { $count } ({ $words })
letter-collected = Verzamelperiode
letter-period = van { $first } tot en met { $last }
letter-none = Voor dit overhandigingspunt zijn geen geverifieerde handtekeningen verzameld.
letter-organized-by = Georganiseerd door
letter-local-group = Lokale groep
letter-contact = Contact
letter-version = Versie van het pakket
letter-digest = Vingerafdruk van het pakket (SHA-256)
letter-proof = Bewijs van opname in de lijst
letter-proof-text = Merkle-wortel over { $size } handtekeningen (RFC 9162, SHA-256). Elke ondertekenaar heeft een ontvangstbewijs dat alleen aan de hand van deze wortel aantoont dat zijn of haar regel in deze lijst staat. De wortel is gepubliceerd toen het pakket werd bevroren, op { $url }
letter-confirmed = Elke handtekening is door de ondertekenaar zelf bevestigd via een persoonlijke link die per e-mail is verstuurd. De bijgevoegde lijst toont elke naam in de vorm die de ondertekenaar daarvoor heeft gekozen.
# Kop boven de tekst van de petitie in een taal van het land van het overhandigingspunt.
letter-translation = De petitie in het { $language }

## Pagina's voor organisatoren: de contactvelden van de begeleidende brief

org-field-contact = Contact voor functionarissen
org-field-contact-hint = Een e-mailadres, telefoonnummer of website, die op de begeleidende brief van elk pakket wordt afgedrukt. Optioneel.
org-local-group = Lokale groep
org-local-group-hint = De groep die dit pakket overhandigt; de naam wordt op de begeleidende brief afgedrukt. Optioneel.
org-field-embed-origins = Sites die de teller mogen tonen
org-field-embed-origins-hint = Origins zoals https://campagne.example, één per regel, waarvan de pagina’s de teller van deze petitie (/p/…/embed) in een frame mogen tonen. Laat leeg om er geen toe te staan.
org-error-embed-origin = “{ $origin }” is geen site-origin zoals https://campagne.example (zonder pad, zonder jokerteken).
org-point-translations = Naam en stad in andere talen
org-point-translations-hint = Getoond aan lezers van die taal op elke pagina, in elke e-mail en in de JSON. Laat leeg om de naam hierboven te tonen.
embed-sign = Onderteken deze petitie
embed-new-tab = (opent in een nieuw tabblad)

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = Andorra
country-AE = Verenigde Arabische Emiraten
country-AF = Afghanistan
country-AG = Antigua en Barbuda
country-AI = Anguilla
country-AL = Albanië
country-AM = Armenië
country-AO = Angola
country-AQ = Antarctica
country-AR = Argentinië
country-AS = Amerikaans-Samoa
country-AT = Oostenrijk
country-AU = Australië
country-AW = Aruba
country-AX = Åland
country-AZ = Azerbeidzjan
country-BA = Bosnië en Herzegovina
country-BB = Barbados
country-BD = Bangladesh
country-BE = België
country-BF = Burkina Faso
country-BG = Bulgarije
country-BH = Bahrein
country-BI = Burundi
country-BJ = Benin
country-BL = Saint-Barthélemy
country-BM = Bermuda
country-BN = Brunei
country-BO = Bolivia
country-BQ = Caribisch Nederland
country-BR = Brazilië
country-BS = Bahama’s
country-BT = Bhutan
country-BV = Bouveteiland
country-BW = Botswana
country-BY = Belarus
country-BZ = Belize
country-CA = Canada
country-CC = Cocoseilanden
country-CD = Congo-Kinshasa
country-CF = Centraal-Afrikaanse Republiek
country-CG = Congo-Brazzaville
country-CH = Zwitserland
country-CI = Ivoorkust
country-CK = Cookeilanden
country-CL = Chili
country-CM = Kameroen
country-CN = China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Kaapverdië
country-CW = Curaçao
country-CX = Christmaseiland
country-CY = Cyprus
country-CZ = Tsjechië
country-DE = Duitsland
country-DJ = Djibouti
country-DK = Denemarken
country-DM = Dominica
country-DO = Dominicaanse Republiek
country-DZ = Algerije
country-EC = Ecuador
country-EE = Estland
country-EG = Egypte
country-EH = Westelijke Sahara
country-ER = Eritrea
country-ES = Spanje
country-ET = Ethiopië
country-FI = Finland
country-FJ = Fiji
country-FK = Falklandeilanden
country-FM = Micronesia
country-FO = Faeröer
country-FR = Frankrijk
country-GA = Gabon
country-GB = Verenigd Koninkrijk
country-GD = Grenada
country-GE = Georgië
country-GF = Frans-Guyana
country-GG = Guernsey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Groenland
country-GM = Gambia
country-GN = Guinee
country-GP = Guadeloupe
country-GQ = Equatoriaal-Guinea
country-GR = Griekenland
country-GS = Zuid-Georgia en Zuidelijke Sandwicheilanden
country-GT = Guatemala
country-GU = Guam
country-GW = Guinee-Bissau
country-GY = Guyana
country-HK = Hongkong SAR van China
country-HM = Heard en McDonaldeilanden
country-HN = Honduras
country-HR = Kroatië
country-HT = Haïti
country-HU = Hongarije
country-ID = Indonesië
country-IE = Ierland
country-IL = Israël
country-IM = Isle of Man
country-IN = India
country-IO = Brits Indische Oceaanterritorium
country-IQ = Irak
country-IR = Iran
country-IS = IJsland
country-IT = Italië
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordanië
country-JP = Japan
country-KE = Kenia
country-KG = Kirgizië
country-KH = Cambodja
country-KI = Kiribati
country-KM = Comoren
country-KN = Saint Kitts en Nevis
country-KP = Noord-Korea
country-KR = Zuid-Korea
country-KW = Koeweit
country-KY = Kaaimaneilanden
country-KZ = Kazachstan
country-LA = Laos
country-LB = Libanon
country-LC = Saint Lucia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesotho
country-LT = Litouwen
country-LU = Luxemburg
country-LV = Letland
country-LY = Libië
country-MA = Marokko
country-MC = Monaco
country-MD = Moldavië
country-ME = Montenegro
country-MF = Saint-Martin
country-MG = Madagaskar
country-MH = Marshalleilanden
country-MK = Noord-Macedonië
country-ML = Mali
country-MM = Myanmar (Birma)
country-MN = Mongolië
country-MO = Macau SAR van China
country-MP = Noordelijke Marianen
country-MQ = Martinique
country-MR = Mauritanië
country-MS = Montserrat
country-MT = Malta
country-MU = Mauritius
country-MV = Maldiven
country-MW = Malawi
country-MX = Mexico
country-MY = Maleisië
country-MZ = Mozambique
country-NA = Namibië
country-NC = Nieuw-Caledonië
country-NE = Niger
country-NF = Norfolk
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Nederland
country-NO = Noorwegen
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = Nieuw-Zeeland
country-OM = Oman
country-PA = Panama
country-PE = Peru
country-PF = Frans-Polynesië
country-PG = Papoea-Nieuw-Guinea
country-PH = Filipijnen
country-PK = Pakistan
country-PL = Polen
country-PM = Saint-Pierre en Miquelon
country-PN = Pitcairneilanden
country-PR = Puerto Rico
country-PS = Palestijnse gebieden
country-PT = Portugal
country-PW = Palau
country-PY = Paraguay
country-QA = Qatar
country-RE = Réunion
country-RO = Roemenië
country-RS = Servië
country-RU = Rusland
country-RW = Rwanda
country-SA = Saoedi-Arabië
country-SB = Salomonseilanden
country-SC = Seychellen
country-SD = Soedan
country-SE = Zweden
country-SG = Singapore
country-SH = Sint-Helena
country-SI = Slovenië
country-SJ = Spitsbergen en Jan Mayen
country-SK = Slowakije
country-SL = Sierra Leone
country-SM = San Marino
country-SN = Senegal
country-SO = Somalië
country-SR = Suriname
country-SS = Zuid-Soedan
country-ST = Sao Tomé en Principe
country-SV = El Salvador
country-SX = Sint-Maarten
country-SY = Syrië
country-SZ = Eswatini
country-TC = Turks- en Caicoseilanden
country-TD = Tsjaad
country-TF = Franse Gebieden in de zuidelijke Indische Oceaan
country-TG = Togo
country-TH = Thailand
country-TJ = Tadzjikistan
country-TK = Tokelau
country-TL = Oost-Timor
country-TM = Turkmenistan
country-TN = Tunesië
country-TO = Tonga
country-TR = Turkije
country-TT = Trinidad en Tobago
country-TV = Tuvalu
country-TW = Taiwan
country-TZ = Tanzania
country-UA = Oekraïne
country-UG = Oeganda
country-UM = Kleine afgelegen eilanden van de Verenigde Staten
country-US = Verenigde Staten
country-UY = Uruguay
country-UZ = Oezbekistan
country-VA = Vaticaanstad
country-VC = Saint Vincent en de Grenadines
country-VE = Venezuela
country-VG = Britse Maagdeneilanden
country-VI = Amerikaanse Maagdeneilanden
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis en Futuna
country-WS = Samoa
country-YE = Jemen
country-YT = Mayotte
country-ZA = Zuid-Afrika
country-ZM = Zambia
country-ZW = Zimbabwe
share-heading = Geef het door
share-lead = Een petitie groeit als mensen haar doorgeven. Deel haar met je vrienden:
share-text = Ik heb ‘{ $title }’ ondertekend. Teken jij ook?
share-native = Delen…
share-copy = Link kopiëren
share-copied = Link gekopieerd
share-private = Deze links openen het netwerk dat je kiest; deze pagina laadt niets van die netwerken.

# The rally poster (src/delivery/poster.rs)
poster-scan = Scan om de petitie te ondertekenen
poster-or-open = Of open:
poster-title = Affiche voor de bijeenkomst
poster-link = Affiche voor de bijeenkomst op deze plek (om af te drukken)
poster-download = Affiche downloaden (pdf, A4)
poster-no-rally = Deze plek heeft geen overhandigingstijd, dus de link op de affiche draagt geen bijeenkomsttoken: ondertekenaars daar houden de normale limiet per adres.
poster-qr-label = QR-code: opent het petitieformulier met deze plek gekozen

# Updates to signers (src/updates)
field-keep-informed = Houd me op de hoogte van deze petitie
field-keep-informed-hint = De organisatoren kunnen u schrijven over hoe het gaat: hoogstens één e-mail per drie dagen, elk goedgekeurd door een beheerder, elk met een link om ze te stoppen.
mail-update-why = U krijgt dit omdat u “{ $title }” hebt ondertekend en vroeg op de hoogte te worden gehouden.
mail-update-stop = Om geen e-mail meer over deze petitie te krijgen:
mail-update-stop-link = Stop deze e-mails
update-too-soon = Eén bericht per petitie per 72 uur: het volgende kan vanaf { $when } verstuurd worden.
update-another-waiting = Een ander bericht wacht op een beheerder: keur het eerst goed of verwerp het.
update-needs-another-admin = Een andere beheerder moet een bericht goedkeuren dat u schreef.
update-not-admin = Alleen een beheerder kan een bericht goedkeuren.
update-decided = Dit bericht is al verstuurd of verworpen.
update-state-awaiting = Wacht op een beheerder
update-state-discarded = Verworpen
update-state-sent = Verstuurd op { $when } aan { $count } ondertekenaars
updates-title = Berichten aan ondertekenaars
updates-lead = Schrijf de bevestigde ondertekenaars die op de hoogte willen blijven. Een beheerder keurt elk bericht goed voor het vertrekt (is er maar één, dan bevestigt die het); hoogstens één per 72 uur.
updates-none = Nog geen berichten.
updates-written = Geschreven op { $when }
updates-approve = Goedkeuren en versturen
updates-discard = Verwerpen
updates-write = Een bericht schrijven
updates-write-hint = Een onderwerp en een tekst in de taal van de petitie; de andere talen zijn optioneel (wie geen ervan leest, krijgt de taal van de petitie).
updates-optional = optioneel
updates-subject = Onderwerp
updates-body = Tekst
updates-send-for-approval = Ter goedkeuring versturen
