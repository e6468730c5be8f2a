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
packet-full = My full name, with my city, country, signing date and comment
packet-initials = My initials, with my city, country, signing date and comment
packet-anonymous = “Anonymous”, with only my country and signing date (no city, no comment)
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
error-slug-length = Use 1 to 64 characters.
error-slug-chars = Use only lowercase letters a–z, digits and single hyphens, not at the start or end.
error-role = The role must be admin, coordinator or local.
error-password-short = A password needs at least { $min_fmt } characters; a short sentence works well.
error-password-long = A password has at most { $max_fmt } characters.
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
verify-form-expired = Your page had expired and nothing was confirmed yet. Please press the button again.
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
withdraw-form-expired = This page had expired and nothing was changed. Please open the link again.
already-withdrawn-title = Already withdrawn
already-withdrawn-message = This signature was already withdrawn. It does not count.
withdraw-link-unknown = We do not know this withdrawal link, or it has expired. Check that you copied the whole link from the email.

## Privacy

privacy-title = Privacy
privacy-lead = Some people who sign, or their families, may be at risk if their signature became known. We keep as little as we can and show less.
privacy-store-heading = What we store
privacy-store-fields = Your name, email address, country, city, the delivery point you chose, how your name should appear, and your comment. What you type is stored encrypted, under a key kept apart from the database: a stolen copy of the database shows none of it.
privacy-store-times = When you signed and when you confirmed.
privacy-store-links = Only a one-way fingerprint of the links we email you, never the links themselves.
privacy-store-ip = A keyed one-way fingerprint of your IP address, so that floods from one address can be found and removed; never the address itself.
privacy-who-heading = Who sees it
privacy-who-public = The public sees only counts, never names, and any count below three is shown as “<3”, so that one signature in one country or at one delivery point cannot be told apart.
privacy-who-packet = The packet handed over at the delivery point carries your name as you chose it (full, initials or “Anonymous”), your country and the date, and, unless you chose “Anonymous”, your city and your comment. It never carries your email address.
privacy-who-organizers = The petition's organizers can see signatures for their delivery points.
privacy-who-nobody = Nobody, not even someone who knows your address, can learn from this site whether you signed: every submission gets the same answer, and only your mailbox hears back.
privacy-change-heading = Changing your mind
privacy-change-withdraw = The email that asks you to confirm also holds a link to withdraw your signature, before or after you confirm. A withdrawn signature stops counting at once, is left out of every list handed over from then on, and your name, email address, city and comment are erased at once.
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
my-data-receipt = Receipt
my-data-receipt-link = Download the receipt (once the packet is frozen)
my-data-receipt-warning = A kept receipt shows that you signed.
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
my-data-new-link = Ask for a new link
my-data-delete-form-expired = This page had expired and nothing was deleted. Please open the link again.
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
error-unavailable-title = The site is briefly unavailable
error-unavailable = Handover cannot reach its database right now. Nothing you sent was saved: please go back and send it again in a minute.
error-form-too-large-title = Form too large
error-form-too-large = The form you sent is far larger than any real signature. Please go back and shorten it.
error-form-timeout-title = The form took too long to arrive
error-form-timeout = Your connection sent the form too slowly, so nothing was saved. Please go back and send it again.
error-form-unreadable-title = Form not understood
error-form-unreadable = The form you sent could not be read. Please go back and submit it again.

## Organizer pages

org-form-expired = This form had expired. Please go back, reload the page and try again.
org-only-admins-create = Only admins can create petitions.
org-only-admins-audit = Only admins can read the audit log.
org-only-admins-people = Only admins can manage organizers.
org-point-has-signatures = This delivery point has signatures and cannot be removed.
org-invite-link-unknown = This link has expired or was used already. Ask an admin for a new invitation.
org-log-in = Log in
org-erased-cannot-reopen = This petition's signer addresses were erased at the end of its retention period, so it cannot open again. Create a new petition instead.
org-bar-label = Organizer
org-dashboard = Dashboard
org-log-out = Log out
org-role-admin = admin
org-role-coordinator = coordinator
org-role-local = local organizer
org-your-petitions = Your petitions
org-no-petition = No petition is assigned to you yet.
org-mail-paused = Mail is paused: the mail server has refused every message since { $since } (reply { $code }). Handover tries again every few minutes; no mail is lost and no signer is given up on. Check the sender address and SPF settings with your mail provider.
org-new-petition = New petition
org-organizers = Organizers
org-audit-log = Audit log
org-when-utc = When (UTC)
org-who = Who
org-what = What
org-detail = Detail
org-login-title = Organizer login
org-password = Password
org-login-expired = This form had expired. Please log in again.
org-login-refused = That email address and password do not match an account.
org-login-throttled =
    { $n ->
        [one] Too many failed logins. Please try again in one minute.
       *[other] Too many failed logins. Please try again in { $n_fmt } minutes.
    }
org-setup-title = Create the first admin
org-set-password-title = Set your password
org-account = Account: { $name } ({ $email })
org-new-password = New password
org-password-hint = At least 12 characters; a short sentence works well.
org-password-again = The same password again
org-save-and-log-in = Save and log in
org-passwords-differ = The two passwords differ.
org-role = Role
org-change-role = Change role and scope
org-invited = invited
org-petition-slug = Petition (slug)
org-points-slugs = Delivery points (slugs, for local organizers)
org-change = Change
org-invite-heading = Invite an organizer
org-invite-petition = Petition (slug; for coordinators and local organizers)
org-invite-points = Delivery points (slugs separated by commas; for local organizers)
org-send-invitation = Send invitation
org-invite-sent = Invitation sent to { $email }. You can also give them this one-time link: { $link }
org-refused-no-petition = There is no petition “{ $slug }”.
org-refused-needs-petition = A { $role } needs a petition.
org-refused-needs-point = A local organizer needs at least one delivery point.
org-refused-no-point = Petition “{ $petition }” has no delivery point “{ $slug }”.
org-refused-name = Please enter a name of 1 to 200 characters.
org-refused-exists = An organizer with this email address already exists.
org-refused-no-organizer = There is no such organizer.
org-refused-last-admin = The last admin cannot be demoted; make someone else admin first.
org-verified = verified
org-pending = waiting for confirmation
org-withdrawn = withdrawn by their signers
org-invalidated = invalidated
org-edit-link = Edit the petition and its delivery points
org-by-point = By delivery point
org-point = Delivery point
org-col-verified = Verified
org-col-pending = Pending
org-col-withdrawn = Withdrawn
org-col-invalidated = Invalidated
org-packet = Packet
org-download-zip = Download ZIP
org-by-country = By signer's country
org-none-verified = No verified signatures yet.
org-per-day = Verified per day
org-sources = Where signers came from
org-sources-none-yet = No signatures yet.
org-col-source = Source (?src=)
org-col-signed = Signed
org-col-confirmed = Confirmed
org-source-none = (no source)
org-activity-title = Last hour: what looks wrong
org-activity-summary = { $total_fmt } signatures submitted in the last 60 minutes (UTC), busiest minute { $peak_fmt }. “Unconfirmed” ones have not been confirmed by email yet: many unconfirmed signatures from one source often mean made-up addresses.
org-activity-privacy = Domains and networks are listed only from { $min } signatures up, so that no single signer's workplace or home network is pointed at. Networks (a /24 for IPv4, a /48 for IPv6) are shown by a code: addresses are never stored.
org-activity-domains = Busiest email domains
org-activity-networks = Busiest networks
org-activity-none = None with { $min } or more signatures.
org-activity-per-minute = Signatures per minute
org-domain = Domain
org-network = Network
org-unconfirmed = Unconfirmed
org-review = Review for invalidation
org-minute-utc = Minute (UTC)
org-share-of-peak = Share of the busiest minute
org-inv-title = Invalidate signatures
org-inv-explain = Invalidated signatures leave the counts and the packets. Every invalidation is recorded with its reason and can be undone.
org-inv-matches =
    { $n ->
        [one] One signature matches. Give a reason and press “Invalidate” to take it out.
       *[other] { $count } signatures match. Give a reason and press “Invalidate” to take them out.
    }
org-inv-domain = Email domain
org-inv-email = One email address
org-inv-ip = IP address or network
org-inv-ip-hint = One address (203.0.113.7), or a network: 203.0.113.0/24, or 2001:db8:1::/48 for IPv6.
org-inv-network = Network #{ $code }, as shown on the activity page.
org-inv-clear = Clear
org-inv-from = Signed from (UTC)
org-inv-to = Signed before (UTC)
org-inv-any = Any
org-inv-reason = Reason (needed to invalidate)
org-inv-count = Count matches
org-inv-apply = Invalidate
org-inv-past = Past invalidations
org-inv-which = Which
org-inv-reason-col = Reason
org-inv-undo = Undo
org-inv-undone = undone { $time }
org-inv-error-ip = An IP address looks like 203.0.113.7; a network like 203.0.113.0/24 (IPv4) or 2001:db8:1::/48 (IPv6).
org-inv-error-link = The network link is damaged; open it again from the activity page.
org-inv-error-domain = An email domain looks like example.org.
org-inv-error-point = Choose a delivery point from the list.
org-inv-error-no-criterion = Give at least one criterion: invalidating a whole petition is not allowed.
org-inv-error-reason = Give a reason (up to 500 characters): it goes into the record.
org-inv-error-preview-limit = You have run { $count } previews in the last hour, the most allowed. Each one is in the audit log. Try again later.
org-edit-title = Edit “{ $title }”
org-state = This petition is { $state }. Public page:
org-state-open = open for signatures
org-state-closed = closed
org-state-not-open = not open yet
org-state-new = new
org-counts-and-packets = Counts and packets
org-open-now = Open now
org-close-now = Close now
org-web-address = Web address
org-web-address-hint = Lowercase letters, digits and hyphens: /p/address
org-field-title = Title
org-field-recipient = Addressed to
org-field-body = Text
org-field-body-hint = Separate paragraphs with an empty line.
org-field-organizer = Organizing group (optional)
org-field-goal = Goal (signatures)
org-field-opens = Opens (UTC, optional)
org-field-closes = Closes (UTC, optional)
org-field-retention = Keep signers' email addresses for (days after closing)
org-field-retention-hint = Then addresses and IP fingerprints are erased; names, counts and packets remain.
org-field-lang = Language of the title, recipient and text above
org-translations = Translations
org-translations-hint = Signers who read one of these languages see its texts; the others see the texts above. Fill in all three fields of a language, or none.
org-save = Save
org-create-petition = Create petition
org-points-heading = Delivery points
org-country-code = Country code
org-address = Address
org-delivery-at = Delivery (UTC, optional)
org-save-point = Save delivery point
org-remove-point = Remove (only if nobody chose it)
org-add-point = Add delivery point
org-short-name = Short name
org-short-name-hint = For the packet's file name, e.g. osaka-consulate
org-error-empty = Please fill in this field.
org-error-too-long = Use at most { $max_fmt } characters.
org-error-lang = Choose a language from the list.
org-error-tr-own-lang = This is the petition's own language: its texts go in the main fields above. Move them there, or choose another language for the petition.
org-error-goal = The goal must be a whole number from 1 to 1000000000.
org-error-retention = Keep addresses for 1 to 3650 days after closing.
org-error-closes-before-opens = The closing time must be after the opening time.
org-error-time = Enter a date and time such as 2026-12-05T14:00 (UTC).
org-error-slug-taken = Another petition already has this address.
org-error-point-slug-taken = This petition already has a delivery point with this short name.

## Mail: confirm a signature

mail-hello = Hello { $name },
mail-hello-anonymous = Hello,
mail-verify-subject = Confirm your signature: { $title }
mail-reminder-subject = Reminder: confirm your signature: { $title }
mail-reminder-lead = you signed “{ $title }” but have not confirmed it yet, so it does not count. This is the only reminder you will get.
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
mail-invite-button = Set your password
mail-invite-ignore = If you did not expect this, ignore this email.

## The delivery day: the sign form and the petition page

field-notify-delivery = Tell me when my signature has been handed over
field-notify-delivery-hint = One email after the handover at your delivery point. If more mail could put you at risk, untick this.
error-point-closed = The packet for this delivery point has been printed, so it takes no more signatures. Please choose another delivery point.
point-delivered-on = delivered on { $date }
point-status-open = open for signatures
point-status-printed = packet printed
point-status-delivered = delivered
point-status-refused = refused at the door
point-status-postponed = postponed
delivery-progress = Delivered at { $delivered } of { $points } points
delivery-page-link = The delivery day: where and when the petition is handed over

## The delivery day: the public page

delivery-title = The delivery day
delivery-lead = Where and when the petition is handed over, and what happened at each embassy and consulate. Times are local to each place.
delivery-when = Delivery
delivery-status = Status
delivery-count = Signatures
delivery-digest = Packet digest
delivery-versions = Printed versions of the packet
delivery-version = Version { $n }
delivery-photo-alt = The handover at { $point }
delivery-delivered-at = Handed over on { $when }.
delivery-delivered-to = Handed over on { $when } to { $who }.
delivery-refused-at = Refused at the door on { $when }.
delivery-postponed-to = Postponed to { $when }.

## Withdrawing after the handover

withdrawn-after-delivery = Your signature has been withdrawn and your data removed from this site. The paper list with your signature was already handed over, so that copy cannot be taken back.

## Stopping mail about the handover

unsubscribe-title = Stop mail about this petition
unsubscribe-explain = You will get no more email about this petition: neither updates nor news of the handover. Your signature keeps counting.
unsubscribe-button = Stop this mail
unsubscribed-title = Done
unsubscribed-message = You will get no more email about this petition: neither updates nor news of the handover. Your signature keeps counting.
unsubscribe-link-unknown = We do not know this link, or it has expired.

## Mail: the handover

mail-delivered-subject = Your signature has been handed over: { $title }
mail-refused-subject = The handover was refused: { $title }
mail-postponed-subject = The handover has been postponed: { $title }
mail-delivered-headline = Your signature was handed over at { $point } in { $city } on { $when }, with { $count } signatures in all.
mail-refused-headline = The petition was refused at the door of { $point } in { $city } on { $when }.
mail-postponed-headline = The handover at { $point } in { $city } has been postponed to { $when }.
mail-delivered-page = How the day went at every point: { $link }
mail-delivered-page-link = How the day went at every point
mail-delivered-why = You get this one email because you asked to hear when your signature is handed over. To stop such mail:
mail-delivered-stop = Stop this mail
mail-delivered-receipt = Your receipt proves, from a small file and the root printed on the packet, that your signature was in the list handed over; it names no one else. Keep it only where that is safe: a kept receipt shows that you signed.
mail-delivered-receipt-link = Download your receipt

## Organizer pages: the delivery day

error-time-zone = This is not a time zone we know. Use a name such as Asia/Seoul or America/Toronto.
org-time-zone = Time zone
org-time-zone-hint = A name such as Asia/Seoul or America/Toronto. Leave empty where the country has one time zone. Times below are in this zone.
org-cutoff-at = Packet cut-off
org-cutoff-at-hint = When signing for this point stops and its packet is frozen. Leave empty for 12 hours before the delivery.
org-error-time-zone-needed = This country has several time zones: give the point's time zone.
org-error-cutoff-after-delivery = The cut-off must not be after the delivery.
org-delivery-day-link = The delivery day
delivery-day-title = The delivery day
delivery-public-page = The public delivery page
delivery-cutoff = Cut-off
delivery-frozen = Frozen packet
delivery-recorded = Recorded
delivery-needs-reprint = Needs reprint
delivery-overdue = Nothing recorded
delivery-countdown = { $hours } h { $minutes } min
delivery-countdown-days = { $days } d { $hours } h
delivery-cutoff-in = in { $left }
delivery-cutoff-passed = passed
delivery-version-count = version { $n }: { $count }
delivery-recorded-by = by { $who }, { $when }
delivery-packet = The packet
delivery-reprint-explain = { $n } of the signatures printed in this version have since been withdrawn or invalidated. Freeze again and print the new version.
delivery-not-frozen = Not frozen yet: downloads show the signatures as they are now.
delivery-version-col = Version
delivery-frozen-at = Frozen
delivery-freeze-explain = Freezing prints the packet as it is now: signing for this point stops, and every download from then on gives exactly this version.
delivery-freeze-again-explain = Freezing again makes a new version from the signatures as they are now; the record keeps every version.
delivery-freeze-now = Freeze the packet now
delivery-freeze-again = Freeze again
delivery-record-heading = The handover
delivery-outcome = What happened
delivery-happened-at = When
delivery-local-time-hint = Local time ({ $zone }).
delivery-received-by = Received by (optional)
delivery-note = Note
delivery-postponed-to-field = Postponed to
delivery-announce = Tell the signers about a refusal or postponement
delivery-announce-hint = Signers who asked are always told once when their signature is handed over.
delivery-save-record = Save the record
delivery-error-outcome = Choose what happened.
delivery-error-too-long = This is too long.
delivery-error-when = Give the date and time of the handover.
delivery-error-postponed-to = Give the date and time it was postponed to.
delivery-error-not-frozen = Freeze the packet first: nothing can be handed over before it is printed.
delivery-error-already-delivered = This packet was handed over; it cannot be frozen again.
delivery-photos = Photos
delivery-photo-risk = People in a photo may be at risk if it is published: show only those who agreed. Every photo is stripped of its location and camera data before it is stored.
delivery-photo-field = Add a photo (JPEG, PNG or WebP, at most 15 MB)
delivery-photo-add = Add the photo
delivery-photo-remove = Remove this photo
delivery-photo-limit = A point has at most 5 photos. Remove one first.
delivery-photo-missing = Choose a photo to upload.
delivery-photo-too-large = This file is larger than 15 MB.
delivery-photo-heic = This is a HEIC photo, which we cannot read. On the phone, choose "Most compatible" (JPEG) in the camera settings, or share it as JPEG.
delivery-photo-not-image = This is not a JPEG, PNG or WebP image.
delivery-photo-too-many-pixels = This image is too large ({ $width } × { $height } pixels).
delivery-photo-corrupt = This image is damaged and cannot be read.

## Mail: a packet needs reprinting

mail-reprint-subject = A packet needs reprinting: { $point }
mail-reprint-body = Since version { $version } of the packet for { $point } was frozen, { $n } of the signatures printed in it have been withdrawn or invalidated. Freeze the packet again and print the new version before the handover.
mail-reprint-link = Open the delivery point

## The delivery packet: the list of signatures (PDF and HTML)

# Column headings of the list handed over.
packet-col-number = No.
packet-col-name = Name
packet-col-city = City
packet-col-country = Country
packet-col-signed-on = Signed on
packet-col-comment = Comment
packet-col-receipt = Receipt
# After every 25 rows; $count is formatted: "Running total: 1,225".
packet-running-total = Running total: { $count }
# The list's closing line.
packet-total =
    { $n ->
        [one] Total: { $count } verified signature.
       *[other] Total: { $count } verified signatures.
    }
# Every page's footer; $page and $pages are numbers.
packet-page = Page { $page } of { $pages }
# Every page's header: the recipient, then the delivery point.
packet-to = To: { $recipient }
packet-at = Handed over at: { $point }
# A frozen packet's version, and when it was frozen: "Version 2, frozen 5 December 2026 02:00 KST (UTC+09:00)".
packet-version = Version { $version }, frozen { $time }
# A packet downloaded before any freeze.
packet-preview = Preview: not frozen, not for printing
# A list longer than 5,000 rows is split into files; each says which part it is.
packet-part = Part { $part } of { $parts }, rows { $first }–{ $last }
packet-digest = Digest
packet-root = Merkle root

## The delivery packet: the cover letter

letter-title = Cover letter
letter-to = To
# The place and date of the handover: "Seoul, 5 December 2026 14:00 KST (UTC+09:00)".
letter-place-date = { $place }, { $date }
letter-verified = Verified signatures
# The count in figures and in words: "1,234 (one thousand two hundred thirty-four)".
letter-count-words = { $count } ({ $words })
letter-collected = Collected
letter-period = from { $first } to { $last }
letter-none = No verified signatures were collected for this delivery point.
letter-organized-by = Organized by
letter-local-group = Local group
letter-contact = Contact
letter-version = Packet version
letter-digest = Packet digest (SHA-256)
letter-proof = Proof of inclusion
letter-proof-text = Merkle root over { $size } signatures (RFC 9162, SHA-256). Each signer holds a receipt that proves their line is in this list against this root alone. The root was published when the packet was frozen, at { $url }
letter-confirmed = Each signature was confirmed by its signer through a personal link sent by email. The enclosed list shows each name as its signer chose it to appear.
# Heading over the petition's text in a language of the delivery point's country.
letter-translation = The petition in { $language }

## Organizer pages: the cover letter's contact fields

org-field-contact = Contact for officials
org-field-contact-hint = An email address, phone number or website, printed on the cover letter of every packet. Optional.
org-local-group = Local group
org-local-group-hint = The group handing this packet over, printed on its cover letter. Optional.
org-field-embed-origins = Sites that may show the counter
org-field-embed-origins-hint = Origins such as https://campaign.example, one per line, whose pages may show this petition's counter (/p/…/embed) in a frame. Leave empty to allow none.
org-error-embed-origin = “{ $origin }” is not a site origin such as https://campaign.example (no path, no wildcard).
org-point-translations = Name and city in other languages
org-point-translations-hint = Shown to readers of that language on every page, mail and the JSON. Leave empty to show the name above.
embed-sign = Sign this petition
embed-new-tab = (opens in a new tab)

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = Andorra
country-AE = United Arab Emirates
country-AF = Afghanistan
country-AG = Antigua & Barbuda
country-AI = Anguilla
country-AL = Albania
country-AM = Armenia
country-AO = Angola
country-AQ = Antarctica
country-AR = Argentina
country-AS = American Samoa
country-AT = Austria
country-AU = Australia
country-AW = Aruba
country-AX = Åland Islands
country-AZ = Azerbaijan
country-BA = Bosnia & Herzegovina
country-BB = Barbados
country-BD = Bangladesh
country-BE = Belgium
country-BF = Burkina Faso
country-BG = Bulgaria
country-BH = Bahrain
country-BI = Burundi
country-BJ = Benin
country-BL = St. Barthélemy
country-BM = Bermuda
country-BN = Brunei
country-BO = Bolivia
country-BQ = Caribbean Netherlands
country-BR = Brazil
country-BS = Bahamas
country-BT = Bhutan
country-BV = Bouvet Island
country-BW = Botswana
country-BY = Belarus
country-BZ = Belize
country-CA = Canada
country-CC = Cocos (Keeling) Islands
country-CD = Congo - Kinshasa
country-CF = Central African Republic
country-CG = Congo - Brazzaville
country-CH = Switzerland
country-CI = Côte d’Ivoire
country-CK = Cook Islands
country-CL = Chile
country-CM = Cameroon
country-CN = China
country-CO = Colombia
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cape Verde
country-CW = Curaçao
country-CX = Christmas Island
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DJ = Djibouti
country-DK = Denmark
country-DM = Dominica
country-DO = Dominican Republic
country-DZ = Algeria
country-EC = Ecuador
country-EE = Estonia
country-EG = Egypt
country-EH = Western Sahara
country-ER = Eritrea
country-ES = Spain
country-ET = Ethiopia
country-FI = Finland
country-FJ = Fiji
country-FK = Falkland Islands
country-FM = Micronesia
country-FO = Faroe Islands
country-FR = France
country-GA = Gabon
country-GB = United Kingdom
country-GD = Grenada
country-GE = Georgia
country-GF = French Guiana
country-GG = Guernsey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Greenland
country-GM = Gambia
country-GN = Guinea
country-GP = Guadeloupe
country-GQ = Equatorial Guinea
country-GR = Greece
country-GS = South Georgia & South Sandwich Islands
country-GT = Guatemala
country-GU = Guam
country-GW = Guinea-Bissau
country-GY = Guyana
country-HK = Hong Kong SAR China
country-HM = Heard Island & McDonald Islands
country-HN = Honduras
country-HR = Croatia
country-HT = Haiti
country-HU = Hungary
country-ID = Indonesia
country-IE = Ireland
country-IL = Israel
country-IM = Isle of Man
country-IN = India
country-IO = British Indian Ocean Territory
country-IQ = Iraq
country-IR = Iran
country-IS = Iceland
country-IT = Italy
country-JE = Jersey
country-JM = Jamaica
country-JO = Jordan
country-JP = Japan
country-KE = Kenya
country-KG = Kyrgyzstan
country-KH = Cambodia
country-KI = Kiribati
country-KM = Comoros
country-KN = St. Kitts & Nevis
country-KP = North Korea
country-KR = South Korea
country-KW = Kuwait
country-KY = Cayman Islands
country-KZ = Kazakhstan
country-LA = Laos
country-LB = Lebanon
country-LC = St. Lucia
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesotho
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-LY = Libya
country-MA = Morocco
country-MC = Monaco
country-MD = Moldova
country-ME = Montenegro
country-MF = St. Martin
country-MG = Madagascar
country-MH = Marshall Islands
country-MK = North Macedonia
country-ML = Mali
country-MM = Myanmar (Burma)
country-MN = Mongolia
country-MO = Macao SAR China
country-MP = Northern Mariana Islands
country-MQ = Martinique
country-MR = Mauritania
country-MS = Montserrat
country-MT = Malta
country-MU = Mauritius
country-MV = Maldives
country-MW = Malawi
country-MX = Mexico
country-MY = Malaysia
country-MZ = Mozambique
country-NA = Namibia
country-NC = New Caledonia
country-NE = Niger
country-NF = Norfolk Island
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Netherlands
country-NO = Norway
country-NP = Nepal
country-NR = Nauru
country-NU = Niue
country-NZ = New Zealand
country-OM = Oman
country-PA = Panama
country-PE = Peru
country-PF = French Polynesia
country-PG = Papua New Guinea
country-PH = Philippines
country-PK = Pakistan
country-PL = Poland
country-PM = St. Pierre & Miquelon
country-PN = Pitcairn Islands
country-PR = Puerto Rico
country-PS = Palestinian Territories
country-PT = Portugal
country-PW = Palau
country-PY = Paraguay
country-QA = Qatar
country-RE = Réunion
country-RO = Romania
country-RS = Serbia
country-RU = Russia
country-RW = Rwanda
country-SA = Saudi Arabia
country-SB = Solomon Islands
country-SC = Seychelles
country-SD = Sudan
country-SE = Sweden
country-SG = Singapore
country-SH = St. Helena, Ascension & Tristan da Cunha
country-SI = Slovenia
country-SJ = Svalbard & Jan Mayen
country-SK = Slovakia
country-SL = Sierra Leone
country-SM = San Marino
country-SN = Senegal
country-SO = Somalia
country-SR = Suriname
country-SS = South Sudan
country-ST = São Tomé & Príncipe
country-SV = El Salvador
country-SX = Sint Maarten
country-SY = Syria
country-SZ = Eswatini
country-TC = Turks & Caicos Islands
country-TD = Chad
country-TF = French Southern and Antarctic Lands
country-TG = Togo
country-TH = Thailand
country-TJ = Tajikistan
country-TK = Tokelau
country-TL = Timor-Leste
country-TM = Turkmenistan
country-TN = Tunisia
country-TO = Tonga
country-TR = Türkiye
country-TT = Trinidad & Tobago
country-TV = Tuvalu
country-TW = Taiwan
country-TZ = Tanzania
country-UA = Ukraine
country-UG = Uganda
country-UM = U.S. Outlying Islands
country-US = United States
country-UY = Uruguay
country-UZ = Uzbekistan
country-VA = Vatican City
country-VC = St. Vincent & Grenadines
country-VE = Venezuela
country-VG = British Virgin Islands
country-VI = U.S. Virgin Islands
country-VN = Vietnam
country-VU = Vanuatu
country-WF = Wallis & Futuna
country-WS = Samoa
country-YE = Yemen
country-YT = Mayotte
country-ZA = South Africa
country-ZM = Zambia
country-ZW = Zimbabwe
share-heading = Pass it on
share-lead = A petition grows when people who care pass it on. Share it with your friends:
share-text = I signed “{ $title }”. Will you sign too?
share-native = Share…
share-copy = Copy link
share-copied = Link copied
share-private = These links open the network you choose; this page loads nothing from any of them.

# The rally poster (src/delivery/poster.rs)
poster-scan = Scan to sign the petition
poster-or-open = Or open:
poster-title = Rally poster
poster-link = Rally poster for this point (to print)
poster-download = Download the poster (PDF, A4)
poster-no-rally = This point has no delivery time, so the poster's link carries no rally token: signers there are held to the normal per-address limit.
poster-qr-label = QR code: opens the petition form with this point chosen

# Updates to signers (src/updates)
field-keep-informed = Keep me informed about this petition
field-keep-informed-hint = The organizers may write to you about how it goes: at most one email every three days, each approved by an admin, each with a link to stop them.
mail-update-why = You get this because you signed “{ $title }” and asked to be kept informed about it.
mail-update-stop = To get no more email about this petition:
mail-update-stop-link = Stop these emails
update-too-soon = One update per petition every 72 hours: the next can go out from { $when }.
update-another-waiting = Another update is waiting for an admin: approve or discard it first.
update-needs-another-admin = Another admin must approve an update you wrote.
update-not-admin = Only an admin can approve an update.
update-decided = This update was already sent or discarded.
update-state-awaiting = Waiting for an admin
update-state-discarded = Discarded
update-state-sent = Sent { $when } to { $count } signers
updates-title = Updates to signers
updates-lead = Write to the confirmed signers who asked to be kept informed. An admin approves each update before it goes out (on an instance with one admin, that admin confirms it); at most one every 72 hours.
updates-none = No updates yet.
updates-written = Written { $when }
updates-approve = Approve and send
updates-discard = Discard
updates-write = Write an update
updates-write-hint = A subject and a text in the petition's own language; the other languages are optional (signers who read none of them get the petition's language).
updates-optional = optional
updates-subject = Subject
updates-body = Text
updates-send-for-approval = Send for approval
