# Handover: Deutsch.
#
# Jeder Katalog hat genau dieselben Nachrichten-IDs wie en.ftl (ein Test prüft das).
# Variablen: $count ist eine bereits für die Sprache formatierte Zahl; $n ist
# dieselbe Zahl für Plural-Auswahl. Platzhalter wie { $title } unverändert
# lassen; „Unterschreiben“ und andere zitierte Schaltflächen müssen genau der
# Nachricht der jeweiligen Schaltfläche entsprechen.

## Jede Seite

site-name = Handover
skip-to-content = Zum Inhalt springen
footer-privacy = Datenschutz
footer-your-data = Ihre Daten
language-menu = Sprache
title-separator = ·

## Startseite

home-heading = Petitionen
home-empty = Es gibt noch keine Petitionen. Organisierende können mit { $command } eine anlegen.
home-to = an { $recipient }

## Seite einer Petition

petition-to = Petition an { $recipient }
petition-signatures = Unterschriften
# Steht nach der fett gedruckten Zahl: „12.345 bestätigte Unterschriften“.
petition-count-label =
    { $n ->
        [one] bestätigte Unterschrift
       *[other] bestätigte Unterschriften
    }
petition-goal = von angestrebten { $count }
petition-organized-by = Organisiert von { $organizer }
petition-not-open = Diese Petition kann noch nicht unterschrieben werden. Bitte schauen Sie wieder vorbei, sobald sie geöffnet ist.
petition-closed = Diese Petition ist geschlossen und nimmt keine Unterschriften mehr an. Vielen Dank an alle, die unterschrieben haben.
points-heading = Bestätigte Unterschriften nach Übergabeort
# Ein Übergabeort in der Zählliste: „Botschaft von X, Seoul: 1.234“.
point-count = { $name }, { $city }: { $count }

## Das Formular zum Unterschreiben

sign-heading = Petition unterschreiben
errors-heading =
    { $n ->
        [one] Bitte prüfen Sie diese Angabe
       *[other] Bitte prüfen Sie diese { $count } Angaben
    }
error-prefix = Fehler:
field-name = Ihr Name
field-email = Ihre E-Mail-Adresse
field-email-hint = Wir senden Ihnen einen Link zur Bestätigung. Ihre Adresse wird niemals jemandem gezeigt oder weitergegeben.
field-country = Das Land, in dem Sie leben
choose = Bitte wählen…
countries-with-points = Länder mit Übergabeort
countries-all = Alle Länder
field-city = Ihr Wohnort
field-point = Wo Ihre Unterschrift übergeben wird
field-point-hint = Eine Gruppe vor Ort übergibt die Unterschriften persönlich bei der jeweiligen Botschaft oder dem jeweiligen Konsulat.
field-packet = Wie Ihr Name auf der übergebenen Liste erscheint
field-packet-hint = Die Liste wird offiziell an { $recipient } übergeben. Wenn die Nennung Ihres Namens Sie oder Ihre Familie gefährden könnte, wählen Sie Initialen oder „Anonym“: Ihre Unterschrift zählt genauso.
packet-full = Mein vollständiger Name, mit Stadt, Land, Datum der Unterschrift und Kommentar
packet-initials = Meine Initialen, mit Stadt, Land, Datum der Unterschrift und Kommentar
packet-anonymous = „Anonym“, nur mit Land und Datum der Unterschrift (ohne Stadt, ohne Kommentar)
field-comment = Ein Kommentar für die Liste
field-comment-hint = Freiwillig, bis zu 500 Zeichen.
honeypot = Dieses Feld bitte leer lassen
field-consent = Ich bin einverstanden, dass meine Unterschrift gespeichert wird, damit sie gezählt und wie oben gewählt übergeben werden kann. Meine E-Mail-Adresse wird niemals gezeigt oder weitergegeben.
consent-privacy-link = So schützen wir Ihre Daten
sign-button = Unterschreiben

## Meldungen zu den Angaben im Formular

error-name-missing = Bitte geben Sie Ihren Namen ein.
error-name-too-long = Ein Name darf höchstens 200 Zeichen haben.
error-city-missing = Bitte geben Sie Ihren Wohnort ein.
error-city-too-long = Ein Ortsname darf höchstens 100 Zeichen haben.
error-comment-too-long = Ein Kommentar darf höchstens 500 Zeichen haben.
error-control-chars = Bitte entfernen Sie die unsichtbaren Steuerzeichen.
error-email-missing = Bitte geben Sie Ihre E-Mail-Adresse ein.
error-email-too-long = Eine E-Mail-Adresse darf höchstens 254 Zeichen haben.
error-email-malformed = Das sieht nicht wie eine E-Mail-Adresse aus (name@example.org).
error-country = Bitte wählen Sie Ihr Land aus der Liste.
error-packet = Bitte wählen Sie, wie Ihr Name erscheinen soll.
error-point = Bitte wählen Sie, wo Ihre Unterschrift übergeben wird.
error-slug-length = Verwenden Sie 1 bis 64 Zeichen.
error-slug-chars = Verwenden Sie nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, nicht am Anfang oder Ende.
error-role = Die Rolle muss admin, coordinator oder local sein.
error-password-short = Ein Passwort braucht mindestens { $min_fmt } Zeichen; ein kurzer Satz eignet sich gut.
error-password-long = Ein Passwort darf höchstens { $max_fmt } Zeichen haben.
error-consent = Bitte setzen Sie das Häkchen zur Einwilligung, sonst kann Ihre Unterschrift nicht gespeichert werden.
error-form-expired = Dieses Formular war abgelaufen. Ihre Angaben bleiben erhalten: Bitte klicken Sie noch einmal auf „Unterschreiben“.
error-disposable-domain = Mit Adressen dieses E-Mail-Anbieters kann nicht unterschrieben werden, da er Wegwerfadressen vergibt. Bitte verwenden Sie eine dauerhafte Adresse.
error-blocked-network = Unterschreiben aus Ihrem Netzwerk ist gesperrt, weil es von dort missbraucht wurde. Bitte versuchen Sie es über eine andere Verbindung; Ihre Angaben bleiben erhalten.
error-rate-limited =
    { $n ->
        [one] Gerade unterschreiben viele Menschen aus Ihrem Netzwerk. Ihre Angaben bleiben erhalten: Bitte klicken Sie in einer Minute noch einmal auf „Unterschreiben“.
       *[other] Gerade unterschreiben viele Menschen aus Ihrem Netzwerk. Ihre Angaben bleiben erhalten: Bitte klicken Sie in { $count } Minuten noch einmal auf „Unterschreiben“.
    }

## Nach dem Unterschreiben

thanks-title = Bitte sehen Sie in Ihre E-Mails
thanks-lead = Wir haben Ihnen eine E-Mail geschickt. Öffnen Sie den Link darin und klicken Sie auf „Meine Unterschrift bestätigen“: Erst dann zählt Ihre Unterschrift.
thanks-more = Die E-Mail kann einige Minuten brauchen. Wenn Sie sie nicht sehen, schauen Sie in Ihrem Spam-Ordner nach. Falls Sie mit dieser Adresse schon einmal unterschrieben haben, steht das in der E-Mail; niemand wird doppelt gezählt.
back-to = Zurück zu „{ $title }“

## Bestätigen

verify-title = Bestätigen Sie Ihre Unterschrift
verify-button = Meine Unterschrift bestätigen
verify-only-button = Erst der Klick auf die Schaltfläche bestätigt Ihre Unterschrift. Wenn Sie nicht unterschrieben haben, schließen Sie diese Seite: Dann wird nichts gezählt.
verify-form-expired = Ihre Seite war abgelaufen, und es wurde noch nichts bestätigt. Bitte klicken Sie noch einmal auf die Schaltfläche.
verified-title = Vielen Dank: Ihre Unterschrift zählt
verified-message = Ihre Unterschrift ist bestätigt und zählt jetzt. Sie wird zusammen mit den anderen an dem von Ihnen gewählten Übergabeort übergeben.
already-title = Bereits bestätigt
already-message = Ihre Unterschrift wurde bereits bestätigt. Sie zählt einmal; Sie müssen nichts weiter tun.
count-so-far =
    { $n ->
        [one] Bisher { $count } bestätigte Unterschrift.
       *[other] Bisher { $count } bestätigte Unterschriften.
    }
verify-not-open = Diese Petition nimmt zurzeit keine Unterschriften an, daher konnte Ihre Unterschrift nicht bestätigt werden.
verify-withdrawn-title = Diese Unterschrift wurde zurückgezogen
verify-withdrawn-message = Sie haben diese Unterschrift zurückgezogen, daher zählt sie nicht. Um erneut zu unterschreiben, nutzen Sie das Formular auf der Seite der Petition.
sign-again = Erneut unterschreiben
verify-invalidated-title = Diese Unterschrift zählt nicht
verify-invalidated-message = Das Organisationsteam der Petition hat diese Unterschrift aussortiert, meist weil viele ähnliche Unterschriften gefälscht wirkten. Sie zählt nicht und wird nicht übergeben. Wenn Sie das für einen Irrtum halten, wenden Sie sich an das Organisationsteam.
link-expired-title = Dieser Link ist abgelaufen
link-expired-message = Dieser Bestätigungslink ist nicht mehr gültig. Unterschreiben Sie erneut mit derselben E-Mail-Adresse, dann senden wir Ihnen einen neuen Link; Sie werden nicht doppelt gezählt.
get-new-link = Neuen Link erhalten
link-unknown-title = Dieser Link ist ungültig
link-unknown-message = Wir kennen diesen Bestätigungslink nicht. Prüfen Sie, ob Sie den ganzen Link aus der E-Mail kopiert haben, oder unterschreiben Sie erneut auf der Seite der Petition, um einen neuen zu erhalten.
find-petition = Zur Petition

## Zurückziehen

withdraw-title = Unterschrift zurückziehen
withdraw-explain = Ihre Unterschrift zählt dann sofort nicht mehr und steht ab jetzt auf keiner Liste, die übergeben wird.
withdraw-button = Meine Unterschrift zurückziehen
withdrawn-title = Ihre Unterschrift ist zurückgezogen
withdrawn-message = Ihre Unterschrift zählt nicht mehr und wird nicht übergeben. Wenn Sie es sich anders überlegen, können Sie erneut unterschreiben.
withdraw-form-expired = Diese Seite war abgelaufen, und es wurde nichts geändert. Bitte öffnen Sie den Link noch einmal.
already-withdrawn-title = Bereits zurückgezogen
already-withdrawn-message = Diese Unterschrift wurde bereits zurückgezogen. Sie zählt nicht.
withdraw-link-unknown = Wir kennen diesen Link zum Zurückziehen nicht, oder er ist abgelaufen. Prüfen Sie, ob Sie den ganzen Link aus der E-Mail kopiert haben.

## Datenschutz

privacy-title = Datenschutz
privacy-lead = Manche Menschen, die unterschreiben, oder ihre Familien könnten gefährdet sein, wenn ihre Unterschrift bekannt würde. Wir speichern so wenig wie möglich und zeigen noch weniger.
privacy-store-heading = Was wir speichern
privacy-store-fields = Ihren Namen, Ihre E-Mail-Adresse, Ihr Land, Ihren Wohnort, den von Ihnen gewählten Übergabeort, wie Ihr Name erscheinen soll, und Ihren Kommentar. Was Sie eingeben, wird verschlüsselt gespeichert, mit einem Schlüssel, der getrennt von der Datenbank aufbewahrt wird: Eine gestohlene Kopie der Datenbank zeigt nichts davon.
privacy-store-times = Wann Sie unterschrieben und wann Sie bestätigt haben.
privacy-store-links = Von den Links, die wir Ihnen per E-Mail senden, nur einen nicht umkehrbaren Fingerabdruck, niemals die Links selbst.
privacy-store-ip = Einen nicht umkehrbaren, mit einem geheimen Schlüssel gebildeten Fingerabdruck Ihrer IP-Adresse, damit massenhafte Eingaben von einer Adresse erkannt und entfernt werden können; niemals die Adresse selbst.
privacy-who-heading = Wer sie sieht
privacy-who-public = Die Öffentlichkeit sieht nur Zahlen, niemals Namen, und jede Zahl unter drei wird als „<3“ angezeigt, damit eine einzelne Unterschrift in einem Land oder an einem Übergabeort nicht erkennbar ist.
privacy-who-packet = Die Liste, die am Übergabeort übergeben wird, enthält Ihren Namen in der von Ihnen gewählten Form (vollständig, Initialen oder „Anonym“), Ihr Land und das Datum und, sofern Sie nicht „Anonym“ gewählt haben, Ihren Wohnort und Ihren Kommentar. Ihre E-Mail-Adresse enthält sie niemals.
privacy-who-organizers = Das Organisationsteam der Petition kann die Unterschriften für die Übergabeorte sehen, für die es zuständig ist.
privacy-who-nobody = Niemand – auch nicht, wer Ihre Adresse kennt – kann über diese Website herausfinden, ob Sie unterschrieben haben: Jede Eingabe erhält dieselbe Antwort, und nur Ihr Postfach bekommt eine Rückmeldung.
privacy-change-heading = Wenn Sie es sich anders überlegen
privacy-change-withdraw = Die E-Mail, mit der wir Sie um Bestätigung bitten, enthält auch einen Link, mit dem Sie Ihre Unterschrift zurückziehen können – vor oder nach der Bestätigung. Eine zurückgezogene Unterschrift zählt sofort nicht mehr, fehlt ab dann auf jeder Liste, die übergeben wird, und Ihr Name, Ihre E-Mail-Adresse, Ihr Wohnort und Ihr Kommentar werden sofort gelöscht.
privacy-change-data = Sie können auch alles einsehen, was zu Ihrer E-Mail-Adresse gespeichert ist, und es löschen: Wir senden einen Link an diese Adresse, sodass nur nachsehen kann, wer Zugang zu diesem Postfach hat.
privacy-change-data-link = Ihre Daten einsehen oder löschen
privacy-long-heading = Wie lange
privacy-long = Unterschriften, die nie bestätigt werden, werden gelöscht, sobald ihr Bestätigungslink abgelaufen ist (nach 7 Tagen, sofern das Organisationsteam nichts anderes festlegt). Ihre E-Mail-Adresse wird nur verwendet, um Ihre Unterschrift zu bestätigen und Ihnen zu antworten; sie wird niemandem gezeigt und niemals weitergegeben. Wenn eine Petition für die Dauer ihrer Aufbewahrungsfrist geschlossen war (90 Tage, sofern das Organisationsteam nichts anderes festlegt), werden die E-Mail-Adressen und IP-Fingerabdrücke ihrer Unterzeichnenden gelöscht; die Liste in der übergebenen Form und die Zahlen bleiben erhalten.

## Die Daten einer unterzeichnenden Person

my-data-title = Ihre Daten
my-data-request-heading = Ihre Daten einsehen oder löschen
my-data-request-explain = Geben Sie die E-Mail-Adresse an, mit der Sie unterschrieben haben. Wurde mit ihr hier eine Petition unterschrieben, senden wir an diese Adresse einen Link, der alles dazu Gespeicherte zeigt und mit dem Sie es löschen können. Zur Sicherheit aller gibt diese Seite immer dieselbe Antwort: Nur Ihr Postfach erfährt, ob mit der Adresse unterschrieben wurde.
my-data-email = E-Mail-Adresse
my-data-send = Link zusenden
my-data-privacy-link = Was gespeichert wird, wer es sieht und wie lange
my-data-form-expired = Dieses Formular war abgelaufen. Bitte klicken Sie noch einmal auf „Link zusenden“.
my-data-rate-limited = Gerade kommen zu viele Anfragen aus Ihrem Netzwerk. Bitte versuchen Sie es in einigen Minuten noch einmal.
my-data-sent-title = Bitte sehen Sie in Ihre E-Mails
my-data-sent-message = Wenn mit dieser Adresse hier eine Petition unterschrieben wurde, haben wir an sie einen Link geschickt, mit dem Sie die dazu gespeicherten Daten einsehen und löschen können. Der Link ist nur begrenzte Zeit gültig. Wenn nichts ankommt, prüfen Sie Ihren Spam-Ordner oder die eingegebene Adresse.
my-data-intro = Das ist alles, was zu Ihrer E-Mail-Adresse { $email } gespeichert ist. Ihre IP-Adresse selbst wird nie gespeichert, nur ein mit geheimem Schlüssel gebildeter Fingerabdruck davon, der gegen massenhafte gefälschte Unterschriften eingesetzt wird.
my-data-state = Status
my-data-name = Name
my-data-packet = Name auf der übergebenen Liste
my-data-country = Land
my-data-city = Wohnort
my-data-point = Übergabeort
my-data-comment = Kommentar
my-data-signed = Unterschrieben
my-data-confirmed = Bestätigt
my-data-ip = IP-Fingerabdruck
my-data-receipt = Quittung
my-data-receipt-link = Quittung herunterladen (sobald das Paket eingefroren ist)
my-data-receipt-warning = Eine aufbewahrte Quittung zeigt, dass Sie unterschrieben haben.
my-data-none = nichts
my-data-stored = gespeichert
my-data-not-confirmed = nicht bestätigt
my-data-delete-heading = Alles löschen
my-data-delete-explain = Das Löschen entfernt alle oben genannten Angaben endgültig: Ihre Unterschriften zählen sofort nicht mehr und fehlen ab jetzt auf jeder Liste, die übergeben wird. Listen, die bereits übergeben wurden, können nicht zurückgeholt werden.
my-data-delete-button = Alle meine Daten löschen
my-data-deleted-title = Ihre Daten sind gelöscht
my-data-deleted-message = Alles, was hier zu Ihrer E-Mail-Adresse gespeichert war, ist gelöscht. Ihre Unterschriften zählen nicht mehr und werden nicht übergeben. Sie können jederzeit erneut unterschreiben.
my-data-link-unknown-title = Dieser Link ist ungültig
my-data-link-unknown-message = Wir kennen diesen Link nicht, oder er ist abgelaufen, oder die Daten, die er zeigte, wurden gelöscht. Einen neuen Link können Sie auf der Seite „Ihre Daten“ anfordern.
my-data-new-link = Neuen Link anfordern
my-data-delete-form-expired = Diese Seite war abgelaufen, und es wurde nichts gelöscht. Bitte öffnen Sie den Link noch einmal.
state-pending = wartet auf Ihre Bestätigung per E-Mail
state-verified = bestätigt: zählt
state-withdrawn = von Ihnen zurückgezogen: zählt nicht
state-invalidated = vom Organisationsteam aussortiert: zählt nicht
packet-as-full = Ihr vollständiger Name
packet-as-initials = Ihre Initialen
packet-as-anonymous = „Anonym“

## Fehler

error-page-home = Zur Startseite
error-not-found-title = Seite nicht gefunden
error-not-found = Unter dieser Adresse gibt es keine Seite. Prüfen Sie den Link oder beginnen Sie auf der Startseite.
error-bad-request-title = Anfrage nicht verstanden
error-forbidden-title = Nicht erlaubt
error-conflict-title = Zurzeit nicht möglich
error-internal-title = Etwas ist schiefgegangen
error-internal = Bei uns ist etwas schiefgegangen. Das lag nicht an Ihnen; bitte versuchen Sie es in einer Minute noch einmal.
error-unavailable-title = Die Seite ist kurz nicht erreichbar
error-unavailable = Handover erreicht seine Datenbank gerade nicht. Nichts von dem, was Sie gesendet haben, wurde gespeichert: Bitte gehen Sie zurück und senden Sie es in einer Minute erneut.
error-form-too-large-title = Formular zu groß
error-form-too-large = Das gesendete Formular ist viel größer als jede echte Unterschrift. Bitte gehen Sie zurück und kürzen Sie es.
error-form-timeout-title = Das Formular kam zu langsam an
error-form-timeout = Ihre Verbindung hat das Formular zu langsam gesendet, daher wurde nichts gespeichert. Bitte gehen Sie zurück und senden Sie es erneut.
error-form-unreadable-title = Formular nicht verstanden
error-form-unreadable = Das gesendete Formular konnte nicht gelesen werden. Bitte gehen Sie zurück und senden Sie es noch einmal ab.

## Seiten für Organisierende

org-form-expired = Dieses Formular war abgelaufen. Bitte gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
org-only-admins-create = Nur Admins können Petitionen anlegen.
org-only-admins-audit = Nur Admins können das Protokoll einsehen.
org-only-admins-people = Nur Admins können Organisierende verwalten.
org-point-has-signatures = Für diesen Übergabeort gibt es Unterschriften, daher kann er nicht entfernt werden.
org-invite-link-unknown = Dieser Link ist abgelaufen oder wurde bereits verwendet. Bitten Sie einen Admin um eine neue Einladung.
org-log-in = Anmelden
org-erased-cannot-reopen = Die Adressen der Unterzeichnenden dieser Petition wurden am Ende ihrer Aufbewahrungsfrist gelöscht, daher kann sie nicht wieder geöffnet werden. Legen Sie stattdessen eine neue Petition an.
org-bar-label = Organisationsbereich
org-dashboard = Übersicht
org-log-out = Abmelden
org-role-admin = Admin
org-role-coordinator = Koordination
org-role-local = Organisation vor Ort
org-your-petitions = Ihre Petitionen
org-no-petition = Ihnen ist noch keine Petition zugewiesen.
org-mail-paused = Der Mailversand ist pausiert: Der Mailserver lehnt seit { $since } jede Nachricht ab (Antwort { $code }). Handover versucht es alle paar Minuten erneut; keine Mail geht verloren und niemand wird aufgegeben. Prüfen Sie mit Ihrem Mailanbieter die Absenderadresse und die SPF-Einstellungen.
org-new-petition = Neue Petition
org-organizers = Organisierende
org-audit-log = Protokoll
org-when-utc = Wann (UTC)
org-who = Wer
org-what = Was
org-detail = Details
org-login-title = Anmeldung für Organisierende
org-password = Passwort
org-login-expired = Dieses Formular war abgelaufen. Bitte melden Sie sich erneut an.
org-login-refused = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.
org-login-throttled =
    { $n ->
        [one] Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in einer Minute noch einmal.
       *[other] Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in { $n_fmt } Minuten noch einmal.
    }
org-setup-title = Ersten Admin anlegen
org-set-password-title = Passwort festlegen
org-account = Konto: { $name } ({ $email })
org-new-password = Neues Passwort
org-password-hint = Mindestens 12 Zeichen; ein kurzer Satz eignet sich gut.
org-password-again = Dasselbe Passwort noch einmal
org-save-and-log-in = Speichern und anmelden
org-passwords-differ = Die beiden Passwörter stimmen nicht überein.
org-role = Rolle
org-change-role = Rolle und Zuständigkeit ändern
org-invited = eingeladen
org-petition-slug = Petition (Kurzname)
org-points-slugs = Übergabeorte (Kurznamen, für Organisation vor Ort)
org-change = Ändern
org-invite-heading = Organisierende einladen
org-invite-petition = Petition (Kurzname; für Koordination und Organisation vor Ort)
org-invite-points = Übergabeorte (Kurznamen durch Kommas getrennt; für Organisation vor Ort)
org-send-invitation = Einladung senden
org-invite-sent = Einladung an { $email } gesendet. Sie können der Person auch diesen Einmal-Link geben: { $link }
org-refused-no-petition = Es gibt keine Petition „{ $slug }“.
org-refused-needs-petition = Die Rolle „{ $role }“ braucht eine Petition.
org-refused-needs-point = Die Rolle „Organisation vor Ort“ braucht mindestens einen Übergabeort.
org-refused-no-point = Die Petition „{ $petition }“ hat keinen Übergabeort „{ $slug }“.
org-refused-name = Bitte geben Sie einen Namen mit 1 bis 200 Zeichen ein.
org-refused-exists = Es gibt bereits ein Konto für Organisierende mit dieser E-Mail-Adresse.
org-refused-no-organizer = Dieses Konto für Organisierende gibt es nicht.
org-refused-last-admin = Der letzte Admin kann nicht herabgestuft werden; machen Sie zuerst eine andere Person zum Admin.
org-verified = bestätigt
org-pending = wartet auf Bestätigung
org-withdrawn = von den Unterzeichnenden zurückgezogen
org-invalidated = für ungültig erklärt
org-edit-link = Petition und Übergabeorte bearbeiten
org-by-point = Nach Übergabeort
org-point = Übergabeort
org-col-verified = Bestätigt
org-col-pending = Ausstehend
org-col-withdrawn = Zurückgezogen
org-col-invalidated = Ungültig
org-packet = Paket
org-download-zip = ZIP herunterladen
org-by-country = Nach Land der Unterzeichnenden
org-none-verified = Noch keine bestätigten Unterschriften.
org-per-day = Bestätigt pro Tag
org-sources = Woher die Unterzeichnenden kamen
org-sources-none-yet = Noch keine Unterschriften.
org-col-source = Quelle (?src=)
org-col-signed = Unterschrieben
org-col-confirmed = Bestätigt
org-source-none = (keine Quelle)
org-activity-title = Letzte Stunde: Was auffällt
org-activity-summary = { $total_fmt } Unterschriften in den letzten 60 Minuten (UTC) abgegeben, in der stärksten Minute { $peak_fmt }. Unterschriften unter „Unbestätigt“ wurden noch nicht per E-Mail bestätigt: Viele unbestätigte Unterschriften aus einer Quelle deuten oft auf erfundene Adressen hin.
org-activity-privacy = Domains und Netzwerke werden erst ab { $min } Unterschriften aufgeführt, damit nicht auf den Arbeitsplatz oder das Heimnetz einer einzelnen unterzeichnenden Person gezeigt wird. Netzwerke (ein /24 bei IPv4, ein /48 bei IPv6) werden als Code angezeigt: Adressen werden nie gespeichert.
org-activity-domains = Häufigste E-Mail-Domains
org-activity-networks = Häufigste Netzwerke
org-activity-none = Keine mit { $min } oder mehr Unterschriften.
org-activity-per-minute = Unterschriften pro Minute
org-domain = Domain
org-network = Netzwerk
org-unconfirmed = Unbestätigt
org-review = Zur Ungültigerklärung prüfen
org-minute-utc = Minute (UTC)
org-share-of-peak = Anteil an der stärksten Minute
org-inv-title = Unterschriften für ungültig erklären
org-inv-explain = Für ungültig erklärte Unterschriften fallen aus den Zahlen und Paketen heraus. Jede Ungültigerklärung wird mit ihrem Grund protokolliert und kann rückgängig gemacht werden.
org-inv-matches =
    { $n ->
        [one] Eine Unterschrift passt. Geben Sie einen Grund an und klicken Sie auf „Für ungültig erklären“, um sie herauszunehmen.
       *[other] { $count } Unterschriften passen. Geben Sie einen Grund an und klicken Sie auf „Für ungültig erklären“, um sie herauszunehmen.
    }
org-inv-domain = E-Mail-Domain
org-inv-email = Eine E-Mail-Adresse
org-inv-ip = IP-Adresse oder Netzwerk
org-inv-ip-hint = Eine Adresse (203.0.113.7) oder ein Netzwerk: 203.0.113.0/24, oder 2001:db8:1::/48 für IPv6.
org-inv-network = Netzwerk #{ $code }, wie auf der Aktivitätsseite angezeigt.
org-inv-clear = Zurücksetzen
org-inv-from = Unterschrieben ab (UTC)
org-inv-to = Unterschrieben vor (UTC)
org-inv-any = Beliebig
org-inv-reason = Grund (für die Ungültigerklärung nötig)
org-inv-count = Treffer zählen
org-inv-apply = Für ungültig erklären
org-inv-past = Bisherige Ungültigerklärungen
org-inv-which = Welche
org-inv-reason-col = Grund
org-inv-undo = Rückgängig machen
org-inv-undone = rückgängig gemacht: { $time }
org-inv-error-ip = Eine IP-Adresse sieht aus wie 203.0.113.7, ein Netzwerk wie 203.0.113.0/24 (IPv4) oder 2001:db8:1::/48 (IPv6).
org-inv-error-link = Der Netzwerk-Link ist beschädigt; öffnen Sie ihn erneut über die Aktivitätsseite.
org-inv-error-domain = Eine E-Mail-Domain sieht aus wie example.org.
org-inv-error-point = Wählen Sie einen Übergabeort aus der Liste.
org-inv-error-no-criterion = Geben Sie mindestens ein Kriterium an: Eine ganze Petition für ungültig zu erklären ist nicht erlaubt.
org-inv-error-reason = Geben Sie einen Grund an (bis zu 500 Zeichen): Er wird protokolliert.
org-inv-error-preview-limit = Sie haben in der letzten Stunde { $count } Vorschauen abgerufen, mehr sind nicht erlaubt. Jede steht im Protokoll. Versuchen Sie es später erneut.
org-edit-title = „{ $title }“ bearbeiten
org-state = Diese Petition ist { $state }. Öffentliche Seite:
org-state-open = zum Unterschreiben geöffnet
org-state-closed = geschlossen
org-state-not-open = noch nicht geöffnet
org-state-new = neu
org-counts-and-packets = Zahlen und Pakete
org-open-now = Jetzt öffnen
org-close-now = Jetzt schließen
org-web-address = Webadresse
org-web-address-hint = Kleinbuchstaben, Ziffern und Bindestriche: /p/adresse
org-field-title = Titel
org-field-recipient = Gerichtet an
org-field-body = Text
org-field-body-hint = Trennen Sie Absätze durch eine Leerzeile.
org-field-organizer = Organisierende Gruppe (optional)
org-field-goal = Ziel (Unterschriften)
org-field-opens = Öffnet (UTC, optional)
org-field-closes = Schließt (UTC, optional)
org-field-retention = E-Mail-Adressen der Unterzeichnenden aufbewahren für (Tage nach Schließung)
org-field-retention-hint = Danach werden Adressen und IP-Fingerabdrücke gelöscht; Namen, Zahlen und Pakete bleiben erhalten.
org-field-lang = Sprache von Titel, Empfänger und Text oben
org-translations = Übersetzungen
org-translations-hint = Unterzeichnende, die eine dieser Sprachen lesen, sehen deren Texte; alle anderen sehen die Texte oben. Füllen Sie alle drei Felder einer Sprache aus oder keines.
org-save = Speichern
org-create-petition = Petition anlegen
org-points-heading = Übergabeorte
org-country-code = Ländercode
org-address = Adresse
org-delivery-at = Übergabe (UTC, optional)
org-save-point = Übergabeort speichern
org-remove-point = Entfernen (nur wenn niemand ihn gewählt hat)
org-add-point = Übergabeort hinzufügen
org-short-name = Kurzname
org-short-name-hint = Für den Dateinamen des Pakets, z. B. konsulat-osaka
org-error-empty = Bitte füllen Sie dieses Feld aus.
org-error-too-long = Verwenden Sie höchstens { $max_fmt } Zeichen.
org-error-lang = Wählen Sie eine Sprache aus der Liste.
org-error-tr-own-lang = Das ist die Sprache der Petition selbst: Ihre Texte gehören in die Hauptfelder oben. Verschieben Sie sie dorthin oder wählen Sie eine andere Sprache für die Petition.
org-error-goal = Das Ziel muss eine ganze Zahl von 1 bis 1000000000 sein.
org-error-retention = Adressen können 1 bis 3650 Tage nach Schließung aufbewahrt werden.
org-error-closes-before-opens = Der Schließzeitpunkt muss nach dem Öffnungszeitpunkt liegen.
org-error-time = Geben Sie Datum und Uhrzeit ein, etwa 2026-12-05T14:00 (UTC).
org-error-slug-taken = Eine andere Petition hat bereits diese Adresse.
org-error-point-slug-taken = Diese Petition hat bereits einen Übergabeort mit diesem Kurznamen.

## E-Mail: Unterschrift bestätigen

mail-hello = Hallo { $name },
mail-hello-anonymous = Hallo,
mail-verify-subject = Bitte bestätigen Sie Ihre Unterschrift: { $title }
mail-reminder-subject = Erinnerung: Bestätigen Sie Ihre Unterschrift: { $title }
mail-reminder-lead = Sie haben „{ $title }“ unterschrieben, Ihre Unterschrift aber noch nicht bestätigt; sie zählt deshalb noch nicht. Dies ist die einzige Erinnerung.
mail-verify-thanks = vielen Dank, dass Sie „{ $title }“ unterschrieben haben.
mail-verify-counts-only = Ihre Unterschrift zählt erst, wenn Sie sie bestätigen. Öffnen Sie diesen Link und klicken Sie auf „Meine Unterschrift bestätigen“:
mail-verify-button = Meine Unterschrift bestätigen
mail-link-until = Der Link ist gültig bis { $time }.
mail-verify-not-you = Wenn Sie diese Petition nicht unterschrieben haben, ignorieren Sie diese E-Mail: Dann wird nichts gezählt und niemand benachrichtigt.
mail-verify-withdraw = Sie haben es sich anders überlegt, jetzt oder später? Mit diesem Link ziehen Sie Ihre Unterschrift zurück, vor oder nach der Bestätigung:
mail-verify-withdraw-link = Unterschrift zurückziehen
mail-petition = Die Petition: { $link }
mail-petition-link = Die Petition

## E-Mail: bereits unterschrieben

mail-already-subject = Sie haben bereits unterschrieben: { $title }
mail-already-again = jemand, wahrscheinlich Sie, hat die Petition „{ $title }“ soeben noch einmal mit dieser E-Mail-Adresse abgeschickt.
mail-already-counts = Sie haben bereits unterschrieben und bestätigt: Ihre Unterschrift zählt. Sie müssen nichts weiter tun.

## E-Mail: Daten einer unterzeichnenden Person

mail-data-subject = Ihre Daten bei { $site }
mail-data-asked =
    { $n ->
        [one] jemand, wahrscheinlich Sie, hat bei { $site } angefragt, was zu dieser E-Mail-Adresse gespeichert ist. Mit ihr wurde dort eine Petition unterschrieben.
       *[other] jemand, wahrscheinlich Sie, hat bei { $site } angefragt, was zu dieser E-Mail-Adresse gespeichert ist. Mit ihr wurden dort { $count } Petitionen unterschrieben.
    }
mail-data-see = Mit diesem Link können Sie die Daten einsehen und, wenn Sie möchten, löschen:
mail-data-button = Meine Daten einsehen und löschen
mail-data-only-you = Nur Sie können ihn öffnen: Er wurde ausschließlich an diese Adresse geschickt. Wenn Sie nicht angefragt haben, können Sie diese E-Mail ignorieren: Es ändert sich nichts.

## E-Mail: Einladung für Organisierende

mail-invite-subject = Sie sind eingeladen, bei Handover mitzuorganisieren
mail-invite-given = für Sie wurde bei Handover ein Konto für Organisierende eingerichtet (Rolle: { $role }).
mail-invite-set = Legen Sie Ihr Passwort mit diesem Einmal-Link fest (er ist 72 Stunden gültig):
mail-invite-button = Passwort festlegen
mail-invite-ignore = Wenn Sie das nicht erwartet haben, ignorieren Sie diese E-Mail.

## Der Übergabetag: Formular zum Unterschreiben und Seite der Petition

field-notify-delivery = Ich möchte benachrichtigt werden, wenn meine Unterschrift übergeben ist
field-notify-delivery-hint = Eine einzige E-Mail nach der Übergabe an Ihrem Übergabeort. Wenn weitere E-Mails Sie gefährden könnten, entfernen Sie das Häkchen.
error-point-closed = Das Paket für diesen Übergabeort ist bereits gedruckt, daher nimmt er keine Unterschriften mehr an. Bitte wählen Sie einen anderen Übergabeort.
point-delivered-on = übergeben am { $date }
point-status-open = offen für Unterschriften
point-status-printed = Paket gedruckt
point-status-delivered = übergeben
point-status-refused = an der Tür abgewiesen
point-status-postponed = verschoben
delivery-progress = An { $delivered } von { $points } Übergabeorten übergeben
delivery-page-link = Der Übergabetag: wo und wann die Petition übergeben wird

## Der Übergabetag: die öffentliche Seite

delivery-title = Der Übergabetag
delivery-lead = Wo und wann die Petition übergeben wird und was an jeder Botschaft und jedem Konsulat geschah. Alle Zeiten sind Ortszeiten.
delivery-when = Übergabe
delivery-status = Status
delivery-count = Unterschriften
delivery-digest = Prüfsumme des Pakets
delivery-versions = Gedruckte Versionen des Pakets
delivery-version = Version { $n }
delivery-photo-alt = Die Übergabe bei { $point }
delivery-delivered-at = Übergeben am { $when }.
delivery-delivered-to = Am { $when } an { $who } übergeben.
delivery-refused-at = Am { $when } an der Tür abgewiesen.
delivery-postponed-to = Verschoben auf { $when }.

## Zurückziehen nach der Übergabe

withdrawn-after-delivery = Ihre Unterschrift ist zurückgezogen, und Ihre Daten wurden von dieser Website gelöscht. Die Papierliste mit Ihrer Unterschrift wurde bereits übergeben; dieses Exemplar kann nicht zurückgeholt werden.

## Keine E-Mails mehr zur Übergabe

unsubscribe-title = Keine E-Mails mehr zu dieser Petition
unsubscribe-explain = Sie erhalten keine E-Mails mehr zu dieser Petition: weder Neuigkeiten noch Nachricht von der Übergabe. Ihre Unterschrift zählt weiter.
unsubscribe-button = Diese E-Mails abbestellen
unsubscribed-title = Erledigt
unsubscribed-message = Sie erhalten keine E-Mails mehr zu dieser Petition: weder Neuigkeiten noch Nachricht von der Übergabe. Ihre Unterschrift zählt weiter.
unsubscribe-link-unknown = Wir kennen diesen Link nicht, oder er ist abgelaufen.

## E-Mail: die Übergabe

mail-delivered-subject = Ihre Unterschrift wurde übergeben: { $title }
mail-refused-subject = Die Übergabe wurde abgewiesen: { $title }
mail-postponed-subject = Die Übergabe wurde verschoben: { $title }
mail-delivered-headline = Ihre Unterschrift wurde am { $when } bei { $point } in { $city } übergeben; insgesamt waren es { $count } Unterschriften.
mail-refused-headline = die Petition wurde am { $when } an der Tür von { $point } in { $city } abgewiesen.
mail-postponed-headline = die Übergabe bei { $point } in { $city } wurde auf { $when } verschoben.
mail-delivered-page = So verlief der Tag an allen Übergabeorten: { $link }
mail-delivered-page-link = So verlief der Tag an allen Übergabeorten
mail-delivered-why = Sie erhalten diese eine E-Mail, weil Sie benachrichtigt werden wollten, wenn Ihre Unterschrift übergeben wird. So bestellen Sie solche E-Mails ab:
mail-delivered-stop = Diese E-Mails abbestellen
mail-delivered-receipt = Ihre Quittung beweist mit einer kleinen Datei und der auf dem Paket gedruckten Wurzel, dass Ihre Unterschrift in der übergebenen Liste stand; sie nennt niemanden sonst. Bewahren Sie sie nur auf, wo das sicher ist: Eine aufbewahrte Quittung zeigt, dass Sie unterschrieben haben.
mail-delivered-receipt-link = Quittung herunterladen

## Seiten für Organisierende: der Übergabetag

error-time-zone = Diese Zeitzone kennen wir nicht. Verwenden Sie einen Namen wie Asia/Seoul oder America/Toronto.
org-time-zone = Zeitzone
org-time-zone-hint = Ein Name wie Asia/Seoul oder America/Toronto. Leer lassen, wenn das Land nur eine Zeitzone hat. Die Zeiten unten gelten in dieser Zeitzone.
org-cutoff-at = Annahmeschluss für das Paket
org-cutoff-at-hint = Ab dann kann für diesen Übergabeort nicht mehr unterschrieben werden, und sein Paket wird eingefroren. Leer lassen für 12 Stunden vor der Übergabe.
org-error-time-zone-needed = Dieses Land hat mehrere Zeitzonen: Geben Sie die Zeitzone des Übergabeorts an.
org-error-cutoff-after-delivery = Der Annahmeschluss darf nicht nach der Übergabe liegen.
org-delivery-day-link = Der Übergabetag
delivery-day-title = Der Übergabetag
delivery-public-page = Die öffentliche Übergabeseite
delivery-cutoff = Annahmeschluss
delivery-frozen = Eingefrorenes Paket
delivery-recorded = Eingetragen
delivery-needs-reprint = Neudruck nötig
delivery-overdue = Nichts eingetragen
delivery-countdown = { $hours } Std. { $minutes } Min.
delivery-countdown-days = { $days } T. { $hours } Std.
delivery-cutoff-in = in { $left }
delivery-cutoff-passed = vorbei
delivery-version-count = Version { $n }: { $count }
delivery-recorded-by = von { $who }, am { $when }
delivery-packet = Das Paket
delivery-reprint-explain = Seit dem Druck dieser Version zurückgezogene oder für ungültig erklärte Unterschriften: { $n }. Frieren Sie das Paket erneut ein und drucken Sie die neue Version.
delivery-not-frozen = Noch nicht eingefroren: Downloads zeigen die Unterschriften im aktuellen Stand.
delivery-version-col = Version
delivery-frozen-at = Eingefroren
delivery-freeze-explain = Einfrieren druckt das Paket im aktuellen Stand: Für diesen Übergabeort kann nicht mehr unterschrieben werden, und jeder weitere Download liefert genau diese Version.
delivery-freeze-again-explain = Erneutes Einfrieren erzeugt eine neue Version aus den aktuellen Unterschriften; alle Versionen bleiben verzeichnet.
delivery-freeze-now = Paket jetzt einfrieren
delivery-freeze-again = Erneut einfrieren
delivery-record-heading = Die Übergabe
delivery-outcome = Was geschah
delivery-happened-at = Wann
delivery-local-time-hint = Ortszeit ({ $zone }).
delivery-received-by = Entgegengenommen von (optional)
delivery-note = Notiz
delivery-postponed-to-field = Verschoben auf
delivery-announce = Die Unterzeichnenden über eine Abweisung oder Verschiebung informieren
delivery-announce-hint = Wer darum gebeten hat, wird immer einmal benachrichtigt, wenn die eigene Unterschrift übergeben ist.
delivery-save-record = Eintrag speichern
delivery-error-outcome = Wählen Sie aus, was geschah.
delivery-error-too-long = Das ist zu lang.
delivery-error-when = Geben Sie Datum und Uhrzeit der Übergabe an.
delivery-error-postponed-to = Geben Sie das neue Datum und die neue Uhrzeit der Übergabe an.
delivery-error-not-frozen = Frieren Sie zuerst das Paket ein: Vor dem Druck kann nichts übergeben werden.
delivery-error-already-delivered = Dieses Paket wurde übergeben; es kann nicht erneut eingefroren werden.
delivery-photos = Fotos
delivery-photo-risk = Menschen auf einem Foto können gefährdet sein, wenn es veröffentlicht wird: Zeigen Sie nur Personen, die zugestimmt haben. Vor dem Speichern werden aus jedem Foto Standort- und Kameradaten entfernt.
delivery-photo-field = Ein Foto hinzufügen (JPEG, PNG oder WebP, höchstens 15 MB)
delivery-photo-add = Foto hinzufügen
delivery-photo-remove = Dieses Foto entfernen
delivery-photo-limit = Ein Übergabeort hat höchstens 5 Fotos. Entfernen Sie zuerst eines.
delivery-photo-missing = Wählen Sie ein Foto zum Hochladen.
delivery-photo-too-large = Diese Datei ist größer als 15 MB.
delivery-photo-heic = Dies ist ein HEIC-Foto, das wir nicht lesen können. Wählen Sie auf dem Telefon in den Kamera-Einstellungen „Maximale Kompatibilität“ (JPEG), oder teilen Sie das Foto als JPEG.
delivery-photo-not-image = Dies ist kein JPEG-, PNG- oder WebP-Bild.
delivery-photo-too-many-pixels = Dieses Bild ist zu groß ({ $width } × { $height } Pixel).
delivery-photo-corrupt = Dieses Bild ist beschädigt und kann nicht gelesen werden.

## E-Mail: ein Paket muss neu gedruckt werden

mail-reprint-subject = Ein Paket muss neu gedruckt werden: { $point }
mail-reprint-body = seit Version { $version } des Pakets für { $point } eingefroren wurde, sind darin gedruckte Unterschriften zurückgezogen oder für ungültig erklärt worden (Anzahl: { $n }). Frieren Sie das Paket erneut ein und drucken Sie die neue Version vor der Übergabe.
mail-reprint-link = Übergabeort öffnen

## Das Übergabepaket: die Liste der Unterschriften (PDF und HTML)

# Spaltenüberschriften der übergebenen Liste.
packet-col-number = Nr.
packet-col-name = Name
packet-col-city = Wohnort
packet-col-country = Land
packet-col-signed-on = Unterschrieben am
packet-col-comment = Kommentar
packet-col-receipt = Quittung
# Nach jeweils 25 Zeilen; $count ist formatiert: „Zwischensumme: 1.225“.
packet-running-total = Zwischensumme: { $count }
# Die Schlusszeile der Liste.
packet-total =
    { $n ->
        [one] Insgesamt: { $count } bestätigte Unterschrift.
       *[other] Insgesamt: { $count } bestätigte Unterschriften.
    }
# Fußzeile jeder Seite; $page und $pages sind Zahlen.
packet-page = Seite { $page } von { $pages }
# Kopfzeile jeder Seite: der Empfänger, dann der Übergabeort.
packet-to = An: { $recipient }
packet-at = Übergabeort: { $point }
# Version eines eingefrorenen Pakets und wann es eingefroren wurde: „Version 2, eingefroren am 5. Dezember 2026 02:00 KST (UTC+09:00)“.
packet-version = Version { $version }, eingefroren am { $time }
# Ein Paket, das heruntergeladen wurde, bevor es je eingefroren war.
packet-preview = Vorschau: nicht eingefroren, nicht zum Drucken bestimmt
packet-part = Teil { $part } von { $parts }, Zeilen { $first }–{ $last }
packet-digest = Prüfsumme
packet-root = Merkle-Wurzel

## Das Übergabepaket: das Begleitschreiben

letter-title = Begleitschreiben
letter-to = An
# Ort und Datum der Übergabe: „Seoul, 5. Dezember 2026 14:00 KST (UTC+09:00)“.
letter-place-date = { $place }, { $date }
letter-verified = Bestätigte Unterschriften
# Die Zahl in Ziffern und in Worten: „1.234 (eintausendzweihundertvierunddreißig)“.
letter-count-words = { $count } ({ $words })
letter-collected = Sammelzeitraum
letter-period = vom { $first } bis { $last }
letter-none = Für diesen Übergabeort wurden keine bestätigten Unterschriften gesammelt.
letter-organized-by = Organisiert von
letter-local-group = Gruppe vor Ort
letter-contact = Kontakt
letter-version = Version des Pakets
letter-digest = Prüfsumme des Pakets (SHA-256)
letter-proof = Nachweis der Aufnahme in die Liste
letter-proof-text = Merkle-Wurzel über { $size } Unterschriften (RFC 9162, SHA-256). Jede unterzeichnende Person besitzt eine Quittung, die allein anhand dieser Wurzel beweist, dass ihre Zeile in dieser Liste steht. Die Wurzel wurde beim Einfrieren des Pakets veröffentlicht, unter { $url }
letter-confirmed = Jede Unterschrift wurde von der unterzeichnenden Person über einen persönlichen Link bestätigt, der ihr per E-Mail zugesandt wurde. Die beigefügte Liste zeigt jeden Namen in der Form, die die unterzeichnende Person dafür gewählt hat.
# Überschrift über dem Text der Petition in einer Sprache des Landes, in dem der Übergabeort liegt.
letter-translation = Die Petition auf { $language }

## Seiten für Organisierende: die Kontaktfelder des Begleitschreibens

org-field-contact = Kontakt für Amtspersonen
org-field-contact-hint = Eine E-Mail-Adresse, Telefonnummer oder Website, die auf das Begleitschreiben jedes Pakets gedruckt wird. Optional.
org-local-group = Gruppe vor Ort
org-local-group-hint = Die Gruppe, die dieses Paket übergibt; ihr Name wird auf das Begleitschreiben gedruckt. Optional.
org-field-embed-origins = Websites, die den Zähler zeigen dürfen
org-field-embed-origins-hint = Ursprünge wie https://kampagne.example, einer pro Zeile, deren Seiten den Zähler dieser Petition (/p/…/embed) in einem Rahmen zeigen dürfen. Leer lassen, um keine zuzulassen.
org-error-embed-origin = „{ $origin }“ ist kein Website-Ursprung wie https://kampagne.example (ohne Pfad, ohne Platzhalter).
org-point-translations = Name und Stadt in anderen Sprachen
org-point-translations-hint = Wird Lesenden dieser Sprache auf jeder Seite, in jeder E-Mail und im JSON gezeigt. Leer lassen, um den Namen oben zu zeigen.
embed-sign = Diese Petition unterschreiben
embed-new-tab = (öffnet sich in einem neuen Tab)

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = Andorra
country-AE = Vereinigte Arabische Emirate
country-AF = Afghanistan
country-AG = Antigua und Barbuda
country-AI = Anguilla
country-AL = Albanien
country-AM = Armenien
country-AO = Angola
country-AQ = Antarktis
country-AR = Argentinien
country-AS = Amerikanisch-Samoa
country-AT = Österreich
country-AU = Australien
country-AW = Aruba
country-AX = Ålandinseln
country-AZ = Aserbaidschan
country-BA = Bosnien und Herzegowina
country-BB = Barbados
country-BD = Bangladesch
country-BE = Belgien
country-BF = Burkina Faso
country-BG = Bulgarien
country-BH = Bahrain
country-BI = Burundi
country-BJ = Benin
country-BL = St. Barthélemy
country-BM = Bermuda
country-BN = Brunei Darussalam
country-BO = Bolivien
country-BQ = Karibische Niederlande
country-BR = Brasilien
country-BS = Bahamas
country-BT = Bhutan
country-BV = Bouvetinsel
country-BW = Botsuana
country-BY = Belarus
country-BZ = Belize
country-CA = Kanada
country-CC = Kokosinseln
country-CD = Kongo-Kinshasa
country-CF = Zentralafrikanische Republik
country-CG = Kongo-Brazzaville
country-CH = Schweiz
country-CI = Côte d’Ivoire
country-CK = Cookinseln
country-CL = Chile
country-CM = Kamerun
country-CN = China
country-CO = Kolumbien
country-CR = Costa Rica
country-CU = Kuba
country-CV = Cabo Verde
country-CW = Curaçao
country-CX = Weihnachtsinsel
country-CY = Zypern
country-CZ = Tschechien
country-DE = Deutschland
country-DJ = Dschibuti
country-DK = Dänemark
country-DM = Dominica
country-DO = Dominikanische Republik
country-DZ = Algerien
country-EC = Ecuador
country-EE = Estland
country-EG = Ägypten
country-EH = Westsahara
country-ER = Eritrea
country-ES = Spanien
country-ET = Äthiopien
country-FI = Finnland
country-FJ = Fidschi
country-FK = Falklandinseln
country-FM = Mikronesien
country-FO = Färöer
country-FR = Frankreich
country-GA = Gabun
country-GB = Vereinigtes Königreich
country-GD = Grenada
country-GE = Georgien
country-GF = Französisch-Guayana
country-GG = Guernsey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Grönland
country-GM = Gambia
country-GN = Guinea
country-GP = Guadeloupe
country-GQ = Äquatorialguinea
country-GR = Griechenland
country-GS = Südgeorgien und die Südlichen Sandwichinseln
country-GT = Guatemala
country-GU = Guam
country-GW = Guinea-Bissau
country-GY = Guyana
country-HK = Sonderverwaltungsregion Hongkong
country-HM = Heard und McDonaldinseln
country-HN = Honduras
country-HR = Kroatien
country-HT = Haiti
country-HU = Ungarn
country-ID = Indonesien
country-IE = Irland
country-IL = Israel
country-IM = Isle of Man
country-IN = Indien
country-IO = Britisches Territorium im Indischen Ozean
country-IQ = Irak
country-IR = Iran
country-IS = Island
country-IT = Italien
country-JE = Jersey
country-JM = Jamaika
country-JO = Jordanien
country-JP = Japan
country-KE = Kenia
country-KG = Kirgisistan
country-KH = Kambodscha
country-KI = Kiribati
country-KM = Komoren
country-KN = St. Kitts und Nevis
country-KP = Nordkorea
country-KR = Südkorea
country-KW = Kuwait
country-KY = Kaimaninseln
country-KZ = Kasachstan
country-LA = Laos
country-LB = Libanon
country-LC = St. Lucia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesotho
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-LY = Libyen
country-MA = Marokko
country-MC = Monaco
country-MD = Republik Moldau
country-ME = Montenegro
country-MF = St. Martin
country-MG = Madagaskar
country-MH = Marshallinseln
country-MK = Nordmazedonien
country-ML = Mali
country-MM = Myanmar
country-MN = Mongolei
country-MO = Sonderverwaltungsregion Macau
country-MP = Nördliche Marianen
country-MQ = Martinique
country-MR = Mauretanien
country-MS = Montserrat
country-MT = Malta
country-MU = Mauritius
country-MV = Malediven
country-MW = Malawi
country-MX = Mexiko
country-MY = Malaysia
country-MZ = Mosambik
country-NA = Namibia
country-NC = Neukaledonien
country-NE = Niger
country-NF = Norfolkinsel
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Niederlande
country-NO = Norwegen
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = Neuseeland
country-OM = Oman
country-PA = Panama
country-PE = Peru
country-PF = Französisch-Polynesien
country-PG = Papua-Neuguinea
country-PH = Philippinen
country-PK = Pakistan
country-PL = Polen
country-PM = St. Pierre und Miquelon
country-PN = Pitcairninseln
country-PR = Puerto Rico
country-PS = Palästinensische Autonomiegebiete
country-PT = Portugal
country-PW = Palau
country-PY = Paraguay
country-QA = Katar
country-RE = Réunion
country-RO = Rumänien
country-RS = Serbien
country-RU = Russland
country-RW = Ruanda
country-SA = Saudi-Arabien
country-SB = Salomonen
country-SC = Seychellen
country-SD = Sudan
country-SE = Schweden
country-SG = Singapur
country-SH = St. Helena
country-SI = Slowenien
country-SJ = Spitzbergen und Jan Mayen
country-SK = Slowakei
country-SL = Sierra Leone
country-SM = San Marino
country-SN = Senegal
country-SO = Somalia
country-SR = Suriname
country-SS = Südsudan
country-ST = São Tomé und Príncipe
country-SV = El Salvador
country-SX = Sint Maarten
country-SY = Syrien
country-SZ = Eswatini
country-TC = Turks- und Caicosinseln
country-TD = Tschad
country-TF = Französische Süd- und Antarktisgebiete
country-TG = Togo
country-TH = Thailand
country-TJ = Tadschikistan
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Turkmenistan
country-TN = Tunesien
country-TO = Tonga
country-TR = Türkei
country-TT = Trinidad und Tobago
country-TV = Tuvalu
country-TW = Taiwan
country-TZ = Tansania
country-UA = Ukraine
country-UG = Uganda
country-UM = Amerikanische Überseeinseln
country-US = Vereinigte Staaten
country-UY = Uruguay
country-UZ = Usbekistan
country-VA = Vatikanstadt
country-VC = St. Vincent und die Grenadinen
country-VE = Venezuela
country-VG = Britische Jungferninseln
country-VI = Amerikanische Jungferninseln
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis und Futuna
country-WS = Samoa
country-YE = Jemen
country-YT = Mayotte
country-ZA = Südafrika
country-ZM = Sambia
country-ZW = Simbabwe
share-heading = Weitersagen
share-lead = Eine Petition wächst, wenn Menschen sie weitergeben. Teilen Sie sie mit Ihren Freunden:
share-text = Ich habe „{ $title }“ unterschrieben. Unterschreiben Sie auch?
share-native = Teilen …
share-copy = Link kopieren
share-copied = Link kopiert
share-private = Diese Links öffnen das Netzwerk Ihrer Wahl; diese Seite lädt nichts von ihnen.

# The rally poster (src/delivery/poster.rs)
poster-scan = Scannen und die Petition unterschreiben
poster-or-open = Oder öffnen Sie:
poster-title = Kundgebungsplakat
poster-link = Kundgebungsplakat für diesen Ort (zum Drucken)
poster-download = Plakat herunterladen (PDF, A4)
poster-no-rally = Dieser Ort hat keine Übergabezeit, daher trägt der Link des Plakats kein Kundgebungs-Token: Für Unterzeichnende dort gilt die normale Grenze pro Adresse.
poster-qr-label = QR-Code: öffnet das Petitionsformular mit diesem Ort ausgewählt

# Updates to signers (src/updates)
field-keep-informed = Mich über diese Petition auf dem Laufenden halten
field-keep-informed-hint = Die Organisatoren können Ihnen über den Fortgang schreiben: höchstens eine E-Mail alle drei Tage, jede von einem Admin freigegeben, jede mit einem Link zum Abbestellen.
mail-update-why = Sie erhalten diese E-Mail, weil Sie „{ $title }“ unterschrieben und darum gebeten haben, auf dem Laufenden gehalten zu werden.
mail-update-stop = Um keine E-Mails mehr zu dieser Petition zu erhalten:
mail-update-stop-link = Diese E-Mails abbestellen
update-too-soon = Eine Neuigkeit pro Petition alle 72 Stunden: Die nächste kann ab { $when } verschickt werden.
update-another-waiting = Eine andere Neuigkeit wartet auf einen Admin: Geben Sie sie zuerst frei oder verwerfen Sie sie.
update-needs-another-admin = Ein anderer Admin muss eine von Ihnen geschriebene Neuigkeit freigeben.
update-not-admin = Nur ein Admin kann eine Neuigkeit freigeben.
update-decided = Diese Neuigkeit wurde bereits verschickt oder verworfen.
update-state-awaiting = Wartet auf einen Admin
update-state-discarded = Verworfen
update-state-sent = Am { $when } an { $count } Unterzeichnende verschickt
updates-title = Neuigkeiten an Unterzeichnende
updates-lead = Schreiben Sie den bestätigten Unterzeichnenden, die auf dem Laufenden gehalten werden wollen. Ein Admin gibt jede Neuigkeit vor dem Versand frei (gibt es nur einen, bestätigt er sie); höchstens eine alle 72 Stunden.
updates-none = Noch keine Neuigkeiten.
updates-written = Geschrieben am { $when }
updates-approve = Freigeben und senden
updates-discard = Verwerfen
updates-write = Eine Neuigkeit schreiben
updates-write-hint = Betreff und Text in der Sprache der Petition; die anderen Sprachen sind optional (wer keine davon liest, erhält die Sprache der Petition).
updates-optional = optional
updates-subject = Betreff
updates-body = Text
updates-send-for-approval = Zur Freigabe senden
