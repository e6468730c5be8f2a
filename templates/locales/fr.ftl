# Handover : français.
#
# Ce catalogue a exactement les mêmes identifiants de messages que en.ftl (un test le vérifie).
# Variables : $count est un nombre déjà formaté pour la langue ; $n est le même
# nombre pour les sélecteurs de pluriel. Les éléments comme { $title } restent tels quels ;
# les noms de boutons cités (« Signer », etc.) sont identiques au message du bouton.

## Toutes les pages

site-name = Handover
skip-to-content = Aller au contenu
footer-privacy = Confidentialité
footer-your-data = Vos données
language-menu = Langue
title-separator = ·

## Accueil

home-heading = Pétitions
home-empty = Il n’y a pas encore de pétition. Un organisateur peut en ajouter une avec { $command }.
home-to = Destinataire : { $recipient }

## Page de la pétition

petition-to = Destinataire de la pétition : { $recipient }
petition-signatures = Signatures
# Affiché après le nombre en gras : « 12 345 signatures vérifiées ».
petition-count-label =
    { $n ->
        [one] signature vérifiée
       *[other] signatures vérifiées
    }
petition-goal = sur un objectif de { $count }
petition-organized-by = Organisée par { $organizer }
petition-not-open = Cette pétition n’est pas encore ouverte aux signatures. Merci de revenir à son ouverture.
petition-closed = Cette pétition est close et n’accepte plus de signatures. Merci à toutes les personnes qui l’ont signée.
points-heading = Signatures vérifiées par lieu de remise
# Un lieu de remise dans la liste des totaux : « Ambassade de X, Séoul : 1 234 ».
point-count = { $name }, { $city } : { $count }

## Le formulaire de signature

sign-heading = Signer la pétition
errors-heading =
    { $n ->
        [one] Veuillez vérifier cette réponse
       *[other] Veuillez vérifier ces { $count } réponses
    }
error-prefix = Erreur :
field-name = Votre nom
field-email = Votre adresse e-mail
field-email-hint = Nous vous envoyons un lien pour confirmer. Cette adresse n’est jamais montrée à personne ni remise avec les signatures.
field-country = Votre pays de résidence
choose = Choisir…
countries-with-points = Pays avec un lieu de remise
countries-all = Tous les pays
field-city = Votre ville
field-point = Lieu où votre signature est remise
field-point-hint = Un groupe local remet les signatures en main propre à chaque ambassade ou consulat.
field-packet = Comment votre nom figure sur la liste remise
field-packet-hint = La liste est remise à des représentants officiels du destinataire ({ $recipient }). Si votre nom pouvait vous mettre en danger, vous ou votre famille, choisissez les initiales ou « Anonyme » : votre signature compte tout autant.
packet-full = Mon nom complet, avec ma ville, mon pays, la date de signature et mon commentaire
packet-initials = Mes initiales, avec ma ville, mon pays, la date de signature et mon commentaire
packet-anonymous = « Anonyme », avec seulement mon pays et la date de signature (sans ville ni commentaire)
field-comment = Un commentaire pour la liste
field-comment-hint = Facultatif, 500 caractères au maximum.
honeypot = Laissez ce champ vide
field-consent = J’accepte que ma signature soit enregistrée pour être comptée et remise comme choisi ci-dessus. Mon adresse e-mail n’est jamais montrée ni remise.
consent-privacy-link = Comment nous protégeons vos données
sign-button = Signer

## Messages sur les réponses du formulaire de signature

error-name-missing = Veuillez indiquer votre nom.
error-name-too-long = Un nom compte au maximum 200 caractères.
error-city-missing = Veuillez indiquer votre ville.
error-city-too-long = Un nom de ville compte au maximum 100 caractères.
error-comment-too-long = Un commentaire compte au maximum 500 caractères.
error-control-chars = Veuillez retirer les caractères de contrôle invisibles.
error-email-missing = Veuillez indiquer votre adresse e-mail.
error-email-too-long = Une adresse e-mail compte au maximum 254 caractères.
error-email-malformed = Ceci ne ressemble pas à une adresse e-mail (nom@example.org).
error-country = Veuillez choisir votre pays dans la liste.
error-packet = Veuillez choisir comment votre nom figure sur la liste.
error-point = Veuillez choisir le lieu où votre signature est remise.
error-slug-length = Utilisez de 1 à 64 caractères.
error-slug-chars = Utilisez uniquement des lettres minuscules a–z, des chiffres et des traits d’union isolés, ni au début ni à la fin.
error-role = Le rôle doit être administrateur, coordinateur ou organisateur local.
error-password-short = Un mot de passe compte au moins { $min_fmt } caractères ; une courte phrase convient bien.
error-password-long = Un mot de passe compte au maximum { $max_fmt } caractères.
error-consent = Veuillez cocher la case pour donner votre accord ; sinon, votre signature ne peut pas être conservée.
error-form-expired = Ce formulaire avait expiré. Vos réponses sont conservées : veuillez appuyer de nouveau sur « Signer ».
error-disposable-domain = Les adresses de ce fournisseur de messagerie ne peuvent pas signer : il distribue des adresses jetables. Veuillez utiliser une adresse permanente.
error-blocked-network = Il n’est pas possible de signer depuis votre réseau, en raison d’abus qui en proviennent. Veuillez essayer depuis une autre connexion ; vos réponses sont conservées.
error-rate-limited =
    { $n ->
        [one] Beaucoup de personnes signent depuis votre réseau en ce moment. Vos réponses sont conservées : veuillez appuyer de nouveau sur « Signer » dans une minute.
       *[other] Beaucoup de personnes signent depuis votre réseau en ce moment. Vos réponses sont conservées : veuillez appuyer de nouveau sur « Signer » dans { $count } minutes.
    }

## Après la signature

thanks-title = Consultez vos e-mails
thanks-lead = Nous vous avons envoyé un e-mail. Ouvrez le lien qu’il contient et appuyez sur « Confirmer ma signature » : ce n’est qu’à ce moment-là que votre signature compte.
thanks-more = L’e-mail peut mettre quelques minutes à arriver. Si vous ne le voyez pas, regardez dans vos courriers indésirables (spam). Si vous avez déjà signé avec cette adresse, l’e-mail vous l’indique ; aucune signature n’est comptée deux fois.
back-to = Retour à « { $title } »

## Confirmation

verify-title = Confirmez votre signature
verify-button = Confirmer ma signature
verify-only-button = Seul l’appui sur le bouton confirme la signature. Si vous n’avez pas signé, fermez cette page : rien ne sera compté.
verify-form-expired = Votre page avait expiré et rien n’a encore été confirmé. Veuillez appuyer de nouveau sur le bouton.
verified-title = Merci : votre signature compte
verified-message = Votre signature est confirmée et compte désormais. Elle sera remise avec les autres au lieu de remise que vous avez choisi.
already-title = Déjà confirmée
already-message = Votre signature avait déjà été confirmée. Elle compte une seule fois ; vous n’avez rien d’autre à faire.
count-so-far =
    { $n ->
        [one] { $count } signature vérifiée à ce jour.
       *[other] { $count } signatures vérifiées à ce jour.
    }
verify-not-open = Cette pétition n’accepte pas de signatures en ce moment ; votre signature n’a donc pas pu être confirmée.
verify-withdrawn-title = Cette signature a été retirée
verify-withdrawn-message = Vous avez retiré cette signature ; elle ne compte donc pas. Pour signer de nouveau, utilisez le formulaire de la page de la pétition.
sign-again = Signer de nouveau
verify-invalidated-title = Cette signature ne compte pas
verify-invalidated-message = Les organisateurs de la pétition ont écarté cette signature, généralement parce que de nombreuses signatures semblables paraissaient fausses. Elle ne compte pas et ne sera pas remise. Si vous pensez qu’il s’agit d’une erreur, contactez les organisateurs.
link-expired-title = Ce lien a expiré
link-expired-message = Ce lien de confirmation n’est plus valable. Signez de nouveau avec la même adresse e-mail et nous vous enverrons un nouveau lien ; votre signature ne sera pas comptée deux fois.
get-new-link = Obtenir un nouveau lien
link-unknown-title = Ce lien n’est pas valable
link-unknown-message = Nous ne connaissons pas ce lien de confirmation. Vérifiez que vous avez copié le lien en entier depuis l’e-mail, ou signez de nouveau sur la page de la pétition pour en recevoir un nouveau.
find-petition = Trouver la pétition

## Retrait

withdraw-title = Retirer votre signature
withdraw-explain = Votre signature cessera immédiatement de compter et ne figurera plus dans aucune liste remise à partir de maintenant.
withdraw-button = Retirer ma signature
withdrawn-title = Votre signature est retirée
withdrawn-message = Votre signature ne compte plus et ne sera pas remise. Si vous changez d’avis, vous pouvez signer de nouveau.
withdraw-form-expired = Cette page avait expiré et rien n’a été modifié. Veuillez rouvrir le lien.
already-withdrawn-title = Déjà retirée
already-withdrawn-message = Cette signature avait déjà été retirée. Elle ne compte pas.
withdraw-link-unknown = Nous ne connaissons pas ce lien de retrait, ou il a expiré. Vérifiez que vous avez copié le lien en entier depuis l’e-mail.

## Confidentialité

privacy-title = Confidentialité
privacy-lead = Certaines personnes qui signent, ou leur famille, pourraient être en danger si leur signature venait à être connue. Nous conservons le moins de données possible et en montrons encore moins.
privacy-store-heading = Ce que nous enregistrons
privacy-store-fields = Votre nom, votre adresse e-mail, votre pays, votre ville, le lieu de remise que vous avez choisi, la façon dont votre nom doit apparaître, et votre commentaire. Ce que vous saisissez est conservé chiffré, sous une clé gardée à part de la base de données : une copie volée de la base n’en montre rien.
privacy-store-times = La date et l’heure de votre signature et de votre confirmation.
privacy-store-links = Seulement une empreinte à sens unique des liens que nous vous envoyons par e-mail, jamais les liens eux-mêmes.
privacy-store-ip = Une empreinte à sens unique et à clé secrète de votre adresse IP, afin de repérer et de supprimer les envois massifs provenant d’une même adresse ; jamais l’adresse elle-même.
privacy-who-heading = Qui y a accès
privacy-who-public = Le public ne voit que des totaux, jamais de noms, et tout total inférieur à trois s’affiche « <3 », pour qu’une signature isolée dans un pays ou à un lieu de remise ne puisse pas être repérée.
privacy-who-packet = Le dossier remis au lieu de remise porte votre nom tel que vous l’avez choisi (complet, initiales ou « Anonyme »), votre pays et la date, et, sauf si vous avez choisi « Anonyme », votre ville et votre commentaire. Il ne contient jamais votre adresse e-mail.
privacy-who-organizers = Les organisateurs de la pétition peuvent voir les signatures destinées à leurs lieux de remise.
privacy-who-nobody = Personne, pas même quelqu’un qui connaît votre adresse, ne peut savoir grâce à ce site si vous avez signé : chaque envoi reçoit la même réponse, et seule votre boîte de réception reçoit un message.
privacy-change-heading = Changer d’avis
privacy-change-withdraw = L’e-mail qui vous demande de confirmer contient aussi un lien pour retirer votre signature, avant ou après la confirmation. Une signature retirée cesse immédiatement de compter, ne figure plus dans aucune liste remise par la suite, et votre nom, votre adresse e-mail, votre ville et votre commentaire sont effacés aussitôt.
privacy-change-data = Vous pouvez aussi voir tout ce qui est enregistré au sujet de votre adresse e-mail, et le supprimer : nous envoyons un lien à cette adresse, si bien que seule la personne qui la détient peut le consulter.
privacy-change-data-link = Voir ou supprimer vos données
privacy-long-heading = Pendant combien de temps
privacy-long = Les signatures jamais confirmées sont supprimées dès que leur lien de confirmation a expiré (au bout de 7 jours, sauf si les organisateurs ont fixé un autre délai). Votre adresse e-mail sert uniquement à confirmer votre signature et à vous répondre ; elle n’est jamais montrée à personne ni remise. Lorsqu’une pétition est close depuis la durée de conservation prévue (90 jours, sauf si les organisateurs ont fixé une autre durée), les adresses e-mail et les empreintes IP de ses signataires sont effacées ; seuls la liste telle qu’elle a été remise et les totaux sont conservés.

## Données d’un signataire

my-data-title = Vos données
my-data-request-heading = Voir ou supprimer vos données
my-data-request-explain = Indiquez l’adresse e-mail avec laquelle vous avez signé. Si elle a servi à signer une pétition ici, nous lui envoyons un lien qui montre tout ce qui est enregistré à son sujet et vous permet de le supprimer. Pour la sécurité de toutes et tous, cette page donne toujours la même réponse : seule votre boîte de réception apprend si l’adresse a signé.
my-data-email = Adresse e-mail
my-data-send = M’envoyer le lien
my-data-privacy-link = Ce qui est enregistré, qui y a accès et pendant combien de temps
my-data-form-expired = Ce formulaire avait expiré. Veuillez appuyer de nouveau sur « M’envoyer le lien ».
my-data-rate-limited = Trop de demandes proviennent de votre réseau en ce moment. Veuillez réessayer dans quelques minutes.
my-data-sent-title = Consultez vos e-mails
my-data-sent-message = Si cette adresse a signé une pétition ici, nous lui avons envoyé un lien pour voir et supprimer ce qui est enregistré à son sujet. Le lien fonctionne pendant une durée limitée. Si rien n’arrive, vérifiez vos courriers indésirables (spam), ou l’adresse que vous avez saisie.
my-data-intro = Voici tout ce qui est enregistré au sujet de votre adresse e-mail { $email }. Votre adresse IP elle-même n’est jamais enregistrée, seulement une empreinte à clé secrète, utilisée contre les afflux de fausses signatures.
my-data-state = État
my-data-name = Nom
my-data-packet = Dans la liste remise sous la forme
my-data-country = Pays
my-data-city = Ville
my-data-point = Lieu de remise
my-data-comment = Commentaire
my-data-signed = Date de signature
my-data-confirmed = Date de confirmation
my-data-ip = Empreinte IP
my-data-receipt = Reçu
my-data-receipt-link = Télécharger le reçu (une fois le dossier figé)
my-data-receipt-warning = Un reçu conservé montre que vous avez signé.
my-data-none = néant
my-data-stored = enregistrée
my-data-not-confirmed = non confirmée
my-data-delete-heading = Tout supprimer
my-data-delete-explain = La suppression efface définitivement tout ce qui précède : vos signatures cessent immédiatement de compter et ne figureront plus dans aucune liste remise à partir de maintenant. Les listes déjà remises ne peuvent pas être reprises.
my-data-delete-button = Supprimer toutes mes données
my-data-deleted-title = Vos données sont supprimées
my-data-deleted-message = Tout ce qui était enregistré ici au sujet de votre adresse e-mail est supprimé. Vos signatures ne comptent plus et ne seront pas remises. Vous pouvez signer de nouveau à tout moment.
my-data-link-unknown-title = Ce lien n’est pas valable
my-data-link-unknown-message = Nous ne connaissons pas ce lien, ou il a expiré, ou les données qu’il affichait ont été supprimées. Vous pouvez demander un nouveau lien sur la page « Vos données ».
my-data-new-link = Demander un nouveau lien
my-data-delete-form-expired = Cette page avait expiré et rien n’a été supprimé. Veuillez rouvrir le lien.
state-pending = en attente de votre confirmation par e-mail
state-verified = confirmée : elle compte
state-withdrawn = retirée par vous : elle ne compte pas
state-invalidated = écartée par les organisateurs : elle ne compte pas
packet-as-full = votre nom complet
packet-as-initials = vos initiales
packet-as-anonymous = « Anonyme »

## Erreurs

error-page-home = Aller à la page d’accueil
error-not-found-title = Page introuvable
error-not-found = Il n’y a pas de page à cette adresse. Vérifiez le lien, ou repartez de la page d’accueil.
error-bad-request-title = Demande non comprise
error-forbidden-title = Non autorisé
error-conflict-title = Impossible pour le moment
error-internal-title = Un problème est survenu
error-internal = Un problème est survenu de notre côté. Vous n’y êtes pour rien ; veuillez réessayer dans une minute.
error-unavailable-title = Le site est momentanément indisponible
error-unavailable = Handover ne peut pas joindre sa base de données pour le moment. Rien de ce que vous avez envoyé n’a été enregistré : revenez en arrière et renvoyez-le dans une minute.
error-form-too-large-title = Formulaire trop volumineux
error-form-too-large = Le formulaire envoyé est bien plus volumineux que n’importe quelle vraie signature. Veuillez revenir en arrière et le raccourcir.
error-form-timeout-title = Le formulaire a mis trop de temps à arriver
error-form-timeout = Votre connexion a envoyé le formulaire trop lentement ; rien n’a été enregistré. Revenez en arrière et renvoyez-le.
error-form-unreadable-title = Formulaire illisible
error-form-unreadable = Le formulaire envoyé n’a pas pu être lu. Veuillez revenir en arrière et l’envoyer de nouveau.

## Pages des organisateurs

org-form-expired = Ce formulaire avait expiré. Veuillez revenir en arrière, recharger la page et réessayer.
org-only-admins-create = Seuls les administrateurs peuvent créer des pétitions.
org-only-admins-audit = Seuls les administrateurs peuvent consulter le journal d’audit.
org-only-admins-people = Seuls les administrateurs peuvent gérer les organisateurs.
org-point-has-signatures = Ce lieu de remise a des signatures et ne peut pas être supprimé.
org-invite-link-unknown = Ce lien a expiré ou a déjà été utilisé. Demandez une nouvelle invitation à un administrateur.
org-log-in = Se connecter
org-erased-cannot-reopen = Les adresses des signataires de cette pétition ont été effacées à la fin de sa durée de conservation ; elle ne peut donc pas être rouverte. Créez plutôt une nouvelle pétition.
org-bar-label = Espace organisateurs
org-dashboard = Tableau de bord
org-log-out = Se déconnecter
org-role-admin = administrateur
org-role-coordinator = coordinateur
org-role-local = organisateur local
org-your-petitions = Vos pétitions
org-no-petition = Aucune pétition ne vous est encore attribuée.
org-mail-paused = L’envoi des e-mails est en pause : le serveur de messagerie refuse tous les messages depuis { $since } (réponse { $code }). Handover réessaie toutes les quelques minutes ; aucun e-mail n’est perdu et aucun signataire n’est abandonné. Vérifiez avec votre fournisseur l’adresse d’expéditeur et les réglages SPF.
org-new-petition = Nouvelle pétition
org-organizers = Organisateurs
org-audit-log = Journal d’audit
org-when-utc = Quand (UTC)
org-who = Qui
org-what = Quoi
org-detail = Détail
org-login-title = Connexion des organisateurs
org-password = Mot de passe
org-login-expired = Ce formulaire avait expiré. Veuillez vous reconnecter.
org-login-refused = Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte.
org-login-throttled =
    { $n ->
        [one] Trop de tentatives de connexion échouées. Veuillez réessayer dans une minute.
       *[other] Trop de tentatives de connexion échouées. Veuillez réessayer dans { $n_fmt } minutes.
    }
org-setup-title = Créer le premier administrateur
org-set-password-title = Définir votre mot de passe
org-account = Compte : { $name } ({ $email })
org-new-password = Nouveau mot de passe
org-password-hint = Au moins 12 caractères ; une courte phrase convient bien.
org-password-again = Le même mot de passe, une seconde fois
org-save-and-log-in = Enregistrer et se connecter
org-passwords-differ = Les deux mots de passe sont différents.
org-role = Rôle
org-change-role = Modifier le rôle et le périmètre
org-invited = invitation envoyée
org-petition-slug = Pétition (identifiant)
org-points-slugs = Lieux de remise (identifiants, pour les organisateurs locaux)
org-change = Modifier
org-invite-heading = Inviter un organisateur
org-invite-petition = Pétition (identifiant ; pour les coordinateurs et les organisateurs locaux)
org-invite-points = Lieux de remise (identifiants séparés par des virgules ; pour les organisateurs locaux)
org-send-invitation = Envoyer l’invitation
org-invite-sent = Invitation envoyée à { $email }. Vous pouvez aussi lui transmettre ce lien à usage unique : { $link }
org-refused-no-petition = Il n’existe pas de pétition « { $slug } ».
org-refused-needs-petition = Un { $role } doit être rattaché à une pétition.
org-refused-needs-point = Un organisateur local doit avoir au moins un lieu de remise.
org-refused-no-point = La pétition « { $petition } » n’a pas de lieu de remise « { $slug } ».
org-refused-name = Veuillez saisir un nom de 1 à 200 caractères.
org-refused-exists = Un organisateur avec cette adresse e-mail existe déjà.
org-refused-no-organizer = Cet organisateur n’existe pas.
org-refused-last-admin = Le dernier administrateur ne peut pas être rétrogradé ; nommez d’abord quelqu’un d’autre administrateur.
org-verified = vérifiées
org-pending = en attente de confirmation
org-withdrawn = retirées par leurs signataires
org-invalidated = invalidées
org-edit-link = Modifier la pétition et ses lieux de remise
org-by-point = Par lieu de remise
org-point = Lieu de remise
org-col-verified = Vérifiées
org-col-pending = En attente
org-col-withdrawn = Retirées
org-col-invalidated = Invalidées
org-packet = Dossier
org-download-zip = Télécharger le ZIP
org-by-country = Par pays des signataires
org-none-verified = Aucune signature vérifiée pour l’instant.
org-per-day = Signatures vérifiées par jour
org-sources = D’où viennent les signataires
org-sources-none-yet = Pas encore de signatures.
org-col-source = Source (?src=)
org-col-signed = Signées
org-col-confirmed = Confirmées
org-source-none = (sans source)
org-activity-title = Dernière heure : ce qui semble anormal
org-activity-summary = { $total_fmt } signatures envoyées au cours des 60 dernières minutes (UTC), dont { $peak_fmt } pendant la minute la plus chargée. Les signatures « non confirmées » n’ont pas encore été confirmées par e-mail : de nombreuses signatures non confirmées provenant d’une même source indiquent souvent des adresses inventées.
org-activity-privacy = Les domaines et les réseaux ne sont listés qu’à partir de { $min } signatures, afin de ne désigner le lieu de travail ou le réseau domestique d’aucun signataire en particulier. Les réseaux (un /24 en IPv4, un /48 en IPv6) sont affichés sous forme de code : les adresses ne sont jamais enregistrées.
org-activity-domains = Domaines de messagerie les plus actifs
org-activity-networks = Réseaux les plus actifs
org-activity-none = Aucun avec { $min } signatures ou plus.
org-activity-per-minute = Signatures par minute
org-domain = Domaine
org-network = Réseau
org-unconfirmed = Non confirmées
org-review = Examiner en vue d’une invalidation
org-minute-utc = Minute (UTC)
org-share-of-peak = Part de la minute la plus chargée
org-inv-title = Invalider des signatures
org-inv-explain = Les signatures invalidées sont retirées des totaux et des dossiers. Chaque invalidation est consignée avec son motif et peut être annulée.
org-inv-matches =
    { $n ->
        [one] { $count } signature correspond. Indiquez un motif et appuyez sur « Invalider » pour l’exclure.
       *[other] { $count } signatures correspondent. Indiquez un motif et appuyez sur « Invalider » pour les exclure.
    }
org-inv-domain = Domaine de messagerie
org-inv-email = Une adresse e-mail précise
org-inv-ip = Adresse IP ou réseau
org-inv-ip-hint = Une adresse (203.0.113.7), ou un réseau : 203.0.113.0/24, ou 2001:db8:1::/48 en IPv6.
org-inv-network = Réseau #{ $code }, tel qu’affiché sur la page d’activité.
org-inv-clear = Effacer
org-inv-from = Signées à partir de (UTC)
org-inv-to = Signées avant (UTC)
org-inv-any = Tous
org-inv-reason = Motif (obligatoire pour invalider)
org-inv-count = Compter les correspondances
org-inv-apply = Invalider
org-inv-past = Invalidations passées
org-inv-which = Lesquelles
org-inv-reason-col = Motif
org-inv-undo = Annuler
org-inv-undone = annulée le { $time }
org-inv-error-ip = Une adresse IP s’écrit comme 203.0.113.7 ; un réseau comme 203.0.113.0/24 (IPv4) ou 2001:db8:1::/48 (IPv6).
org-inv-error-link = Le lien du réseau est endommagé ; rouvrez-le depuis la page d’activité.
org-inv-error-domain = Un domaine de messagerie s’écrit comme example.org.
org-inv-error-point = Choisissez un lieu de remise dans la liste.
org-inv-error-no-criterion = Indiquez au moins un critère : il n’est pas permis d’invalider une pétition entière.
org-inv-error-reason = Indiquez un motif (500 caractères au maximum) : il est consigné dans le registre.
org-inv-error-preview-limit = Vous avez lancé { $count } aperçus au cours de la dernière heure, le maximum autorisé. Chacun figure dans le registre. Réessayez plus tard.
org-edit-title = Modifier « { $title } »
org-state = Cette pétition est { $state }. Page publique :
org-state-open = ouverte aux signatures
org-state-closed = close
org-state-not-open = pas encore ouverte
org-state-new = nouvelle
org-counts-and-packets = Totaux et dossiers
org-open-now = Ouvrir maintenant
org-close-now = Clore maintenant
org-web-address = Adresse web
org-web-address-hint = Lettres minuscules, chiffres et traits d’union : /p/adresse
org-field-title = Titre
org-field-recipient = Destinataire
org-field-body = Texte
org-field-body-hint = Séparez les paragraphes par une ligne vide.
org-field-organizer = Groupe organisateur (facultatif)
org-field-goal = Objectif (signatures)
org-field-opens = Ouverture (UTC, facultatif)
org-field-closes = Clôture (UTC, facultatif)
org-field-retention = Conserver les adresses e-mail des signataires pendant (jours après la clôture)
org-field-retention-hint = Ensuite, les adresses et les empreintes IP sont effacées ; les noms, les totaux et les dossiers sont conservés.
org-field-lang = Langue du titre, du destinataire et du texte ci-dessus
org-translations = Traductions
org-translations-hint = Les signataires qui lisent l’une de ces langues en voient les textes ; les autres voient les textes ci-dessus. Remplissez les trois champs d’une langue, ou aucun.
org-save = Enregistrer
org-create-petition = Créer la pétition
org-points-heading = Lieux de remise
org-country-code = Code pays
org-address = Adresse
org-delivery-at = Remise (UTC, facultatif)
org-save-point = Enregistrer le lieu de remise
org-remove-point = Supprimer (seulement si personne ne l’a choisi)
org-add-point = Ajouter un lieu de remise
org-short-name = Nom court
org-short-name-hint = Pour le nom du fichier du dossier, p. ex. consulat-osaka
org-error-empty = Veuillez remplir ce champ.
org-error-too-long = Utilisez au maximum { $max_fmt } caractères.
org-error-lang = Choisissez une langue dans la liste.
org-error-tr-own-lang = C’est la langue de la pétition elle-même : ses textes vont dans les champs principaux ci-dessus. Déplacez-les-y, ou choisissez une autre langue pour la pétition.
org-error-goal = L’objectif doit être un nombre entier de 1 à 1000000000.
org-error-retention = Conservez les adresses de 1 à 3650 jours après la clôture.
org-error-closes-before-opens = La clôture doit être postérieure à l’ouverture.
org-error-time = Saisissez une date et une heure comme 2026-12-05T14:00 (UTC).
org-error-slug-taken = Une autre pétition utilise déjà cette adresse.
org-error-point-slug-taken = Cette pétition a déjà un lieu de remise avec ce nom court.

## E-mail : confirmer une signature

mail-hello = Bonjour { $name },
mail-hello-anonymous = Bonjour,
mail-verify-subject = Confirmez votre signature : { $title }
mail-reminder-subject = Rappel : confirmez votre signature : { $title }
mail-reminder-lead = vous avez signé « { $title } » sans confirmer votre signature : elle ne compte donc pas encore. C’est le seul rappel que vous recevrez.
mail-verify-thanks = merci d’avoir signé « { $title } ».
mail-verify-counts-only = Votre signature ne compte qu’une fois confirmée. Ouvrez ce lien et appuyez sur « Confirmer ma signature » :
mail-verify-button = Confirmer ma signature
mail-link-until = Le lien est valable jusqu’au { $time }.
mail-verify-not-you = Si vous n’avez pas signé cette pétition, ignorez cet e-mail : rien ne sera compté et personne n’en sera informé.
mail-verify-withdraw = Vous changez d’avis, maintenant ou plus tard ? Ce lien retire votre signature, avant ou après sa confirmation :
mail-verify-withdraw-link = Retirer votre signature
mail-petition = La pétition : { $link }
mail-petition-link = La pétition

## E-mail : déjà signé

mail-already-subject = Vous avez déjà signé : { $title }
mail-already-again = quelqu’un, probablement vous, vient de signer à nouveau la pétition « { $title } » avec cette adresse e-mail.
mail-already-counts = Vous l’avez déjà signée et confirmée : votre signature compte. Vous n’avez rien d’autre à faire.

## E-mail : données d’un signataire

mail-data-subject = Vos données sur { $site }
mail-data-asked =
    { $n ->
        [one] quelqu’un, probablement vous, a demandé sur { $site } ce qui est enregistré au sujet de cette adresse e-mail, qui y a signé une pétition.
       *[other] quelqu’un, probablement vous, a demandé sur { $site } ce qui est enregistré au sujet de cette adresse e-mail, qui y a signé { $count } pétitions.
    }
mail-data-see = Consultez ces données, et supprimez-les si vous le souhaitez, avec ce lien :
mail-data-button = Voir et supprimer mes données
mail-data-only-you = Personne d’autre que vous ne peut l’ouvrir : il a été envoyé uniquement à cette adresse. Si vous n’avez rien demandé, vous pouvez ignorer ce message : rien ne change.

## E-mail : invitation d’un organisateur

mail-invite-subject = Invitation à organiser sur Handover
mail-invite-given = un compte d’organisateur ({ $role }) vous a été attribué sur Handover.
mail-invite-set = Définissez votre mot de passe avec ce lien à usage unique (valable 72 heures) :
mail-invite-button = Définir votre mot de passe
mail-invite-ignore = Si vous ne vous attendiez pas à ce message, ignorez cet e-mail.

## Le jour de la remise : le formulaire de signature et la page de la pétition

field-notify-delivery = Me prévenir quand ma signature aura été remise
field-notify-delivery-hint = Un seul e-mail, une fois les signatures remises à votre lieu de remise. Si recevoir davantage de messages pouvait vous mettre en danger, décochez cette case.
error-point-closed = Le dossier de ce lieu de remise a été imprimé ; il n’accepte donc plus de signatures. Veuillez choisir un autre lieu de remise.
point-delivered-on = remis le { $date }
point-status-open = ouvert aux signatures
point-status-printed = dossier imprimé
point-status-delivered = remis
point-status-refused = refusé à la porte
point-status-postponed = reporté
delivery-progress = Remise effectuée à { $delivered } des { $points } lieux de remise
delivery-page-link = Le jour de la remise : où et quand la pétition est remise

## Le jour de la remise : la page publique

delivery-title = Le jour de la remise
delivery-lead = Où et quand la pétition est remise, et ce qui s’est passé à chaque ambassade et consulat. Les heures sont celles de chaque lieu.
delivery-when = Remise
delivery-status = État
delivery-count = Signatures
delivery-digest = Empreinte du dossier
delivery-versions = Versions imprimées du dossier
delivery-version = Version { $n }
delivery-photo-alt = Remise de la pétition : { $point }
delivery-delivered-at = Remise effectuée le { $when }.
delivery-delivered-to = Remise effectuée le { $when } à { $who }.
delivery-refused-at = Pétition refusée à la porte le { $when }.
delivery-postponed-to = Remise reportée au { $when }.

## Retrait après la remise

withdrawn-after-delivery = Votre signature a été retirée et vos données ont été supprimées de ce site. La liste papier qui porte votre signature avait déjà été remise : cet exemplaire-là ne peut pas être repris.

## Ne plus recevoir d’e-mails sur la remise

unsubscribe-title = Ne plus recevoir de courriels sur cette pétition
unsubscribe-explain = Vous ne recevrez plus de courriels sur cette pétition : ni nouvelles, ni avis de remise. Votre signature continue de compter.
unsubscribe-button = Ne plus recevoir ces e-mails
unsubscribed-title = C’est fait
unsubscribed-message = Vous ne recevrez plus de courriels sur cette pétition : ni nouvelles, ni avis de remise. Votre signature continue de compter.
unsubscribe-link-unknown = Nous ne connaissons pas ce lien, ou il a expiré.

## E-mail : la remise

mail-delivered-subject = Votre signature a été remise : { $title }
mail-refused-subject = La remise a été refusée : { $title }
mail-postponed-subject = La remise a été reportée : { $title }
mail-delivered-headline = votre signature a été remise à { $city } ({ $point }) le { $when }, avec { $count } signatures au total.
mail-refused-headline = la pétition a été refusée à la porte, à { $city } ({ $point }), le { $when }.
mail-postponed-headline = la remise à { $city } ({ $point }) a été reportée au { $when }.
mail-delivered-page = Le déroulement de la journée à chaque lieu de remise : { $link }
mail-delivered-page-link = Le déroulement de la journée à chaque lieu de remise
mail-delivered-why = Vous recevez cet unique e-mail parce que vous avez demandé qu’on vous prévienne quand votre signature serait remise. Pour ne plus recevoir ce type d’e-mail :
mail-delivered-stop = Ne plus recevoir ces e-mails
mail-delivered-receipt = Votre reçu prouve, avec un petit fichier et la racine imprimée sur le dossier, que votre signature figurait dans la liste remise ; il ne nomme personne d’autre. Ne le gardez que si c’est sans danger : un reçu conservé montre que vous avez signé.
mail-delivered-receipt-link = Télécharger votre reçu

## Pages des organisateurs : le jour de la remise

error-time-zone = Nous ne connaissons pas ce fuseau horaire. Utilisez un nom comme Asia/Seoul ou America/Toronto.
org-time-zone = Fuseau horaire
org-time-zone-hint = Un nom comme Asia/Seoul ou America/Toronto. Laissez vide si le pays n’a qu’un fuseau horaire. Les heures ci-dessous sont dans ce fuseau.
org-cutoff-at = Clôture du dossier
org-cutoff-at-hint = Moment où les signatures pour ce lieu s’arrêtent et où son dossier est figé. Laissez vide pour 12 heures avant la remise.
org-error-time-zone-needed = Ce pays a plusieurs fuseaux horaires : indiquez celui du lieu de remise.
org-error-cutoff-after-delivery = La clôture ne doit pas être postérieure à la remise.
org-delivery-day-link = Le jour de la remise
delivery-day-title = Le jour de la remise
delivery-public-page = La page publique de la remise
delivery-cutoff = Clôture
delivery-frozen = Dossier figé
delivery-recorded = Enregistré
delivery-needs-reprint = À réimprimer
delivery-overdue = Rien d’enregistré
delivery-countdown = { $hours } h { $minutes } min
delivery-countdown-days = { $days } j { $hours } h
delivery-cutoff-in = dans { $left }
delivery-cutoff-passed = passée
delivery-version-count = version { $n } : { $count }
delivery-recorded-by = par { $who }, le { $when }
delivery-packet = Le dossier
delivery-reprint-explain = Signatures de cette version retirées ou invalidées depuis l’impression : { $n }. Figez de nouveau le dossier et imprimez la nouvelle version.
delivery-not-frozen = Pas encore figé : les téléchargements montrent les signatures telles qu’elles sont maintenant.
delivery-version-col = Version
delivery-frozen-at = Figé
delivery-freeze-explain = Figer le dossier l’imprime tel qu’il est maintenant : les signatures pour ce lieu s’arrêtent, et chaque téléchargement donne ensuite exactement cette version.
delivery-freeze-again-explain = Figer de nouveau crée une nouvelle version à partir des signatures actuelles ; toutes les versions restent consignées.
delivery-freeze-now = Figer le dossier maintenant
delivery-freeze-again = Figer de nouveau
delivery-record-heading = La remise
delivery-outcome = Ce qui s’est passé
delivery-happened-at = Quand
delivery-local-time-hint = Heure locale ({ $zone }).
delivery-received-by = Reçue par (facultatif)
delivery-note = Note
delivery-postponed-to-field = Reportée au
delivery-announce = Informer les signataires d’un refus ou d’un report
delivery-announce-hint = Les signataires qui l’ont demandé sont toujours prévenus une fois, lorsque leur signature est remise.
delivery-save-record = Enregistrer le compte rendu
delivery-error-outcome = Choisissez ce qui s’est passé.
delivery-error-too-long = C’est trop long.
delivery-error-when = Indiquez la date et l’heure de la remise.
delivery-error-postponed-to = Indiquez la nouvelle date et l’heure de la remise.
delivery-error-not-frozen = Figez d’abord le dossier : rien ne peut être remis avant d’être imprimé.
delivery-error-already-delivered = Ce dossier a été remis ; il ne peut plus être figé de nouveau.
delivery-photos = Photos
delivery-photo-risk = Les personnes visibles sur une photo peuvent être en danger si elle est publiée : ne montrez que celles qui ont donné leur accord. La localisation et les données de l’appareil sont retirées de chaque photo avant son enregistrement.
delivery-photo-field = Ajouter une photo (JPEG, PNG ou WebP, 15 Mo au maximum)
delivery-photo-add = Ajouter la photo
delivery-photo-remove = Supprimer cette photo
delivery-photo-limit = Un lieu de remise a au maximum 5 photos. Supprimez-en d’abord une.
delivery-photo-missing = Choisissez une photo à envoyer.
delivery-photo-too-large = Ce fichier dépasse 15 Mo.
delivery-photo-heic = C’est une photo HEIC, que nous ne savons pas lire. Sur le téléphone, choisissez « Le plus compatible » (JPEG) dans les réglages de l’appareil photo, ou partagez-la en JPEG.
delivery-photo-not-image = Ce n’est pas une image JPEG, PNG ou WebP.
delivery-photo-too-many-pixels = Cette image est trop grande ({ $width } × { $height } pixels).
delivery-photo-corrupt = Cette image est endommagée et ne peut pas être lue.

## E-mail : un dossier doit être réimprimé

mail-reprint-subject = Un dossier doit être réimprimé : { $point }
mail-reprint-body = depuis que la version { $version } du dossier de { $point } a été figée, des signatures qui y sont imprimées ont été retirées ou invalidées (nombre : { $n }). Figez de nouveau le dossier et imprimez la nouvelle version avant la remise.
mail-reprint-link = Ouvrir le lieu de remise

## Le dossier remis : la liste des signatures (PDF et HTML)

# Intitulés des colonnes de la liste remise.
packet-col-number = N°
packet-col-name = Nom
packet-col-city = Ville
packet-col-country = Pays
packet-col-signed-on = Date de signature
packet-col-comment = Commentaire
packet-col-receipt = Reçu
# Toutes les 25 lignes ; $count est formaté : « Total cumulé : 1 225 ».
packet-running-total = Total cumulé : { $count }
# La ligne finale de la liste.
packet-total =
    { $n ->
        [one] Total : { $count } signature vérifiée.
       *[other] Total : { $count } signatures vérifiées.
    }
# Pied de chaque page ; $page et $pages sont des nombres.
packet-page = Page { $page } sur { $pages }
# En-tête de chaque page : le destinataire, puis le lieu de remise.
packet-to = Destinataire : { $recipient }
packet-at = Lieu de remise : { $point }
# Version d’un dossier figé, et moment où il a été figé : « Version 2, figée le 5 décembre 2026 02:00 KST (UTC+09:00) ».
packet-version = Version { $version }, figée le { $time }
# Un dossier téléchargé avant d’avoir jamais été figé.
packet-preview = Aperçu : dossier non figé, à ne pas imprimer
packet-part = Partie { $part } sur { $parts }, lignes { $first } à { $last }
packet-digest = Empreinte
packet-root = Racine de Merkle

## Le dossier remis : la lettre d’accompagnement

letter-title = Lettre d’accompagnement
letter-to = Destinataire
# Lieu et date de la remise : « Séoul, le 5 décembre 2026 14:00 KST (UTC+09:00) ».
letter-place-date = { $place }, le { $date }
letter-verified = Signatures vérifiées
# Le nombre en chiffres et en lettres : « 1 234 (mille deux cent trente-quatre) ».
letter-count-words = { $count } ({ $words })
letter-collected = Période de collecte
letter-period = du { $first } au { $last }
letter-none = Aucune signature vérifiée n’a été recueillie pour ce lieu de remise.
letter-organized-by = Organisée par
letter-local-group = Groupe local
letter-contact = Contact
letter-version = Version du dossier
letter-digest = Empreinte du dossier (SHA-256)
letter-proof = Preuve d’inclusion
letter-proof-text = Racine de Merkle de { $size } signatures (RFC 9162, SHA-256). Chaque signataire détient un reçu qui prouve, à l’aide de cette seule racine, que sa ligne figure dans cette liste. La racine a été publiée au moment où le dossier a été figé, à l’adresse { $url }
letter-confirmed = Chaque signature a été confirmée par son signataire au moyen d’un lien personnel envoyé par e-mail. La liste ci-jointe présente chaque nom sous la forme choisie par son signataire.
# Titre placé au-dessus du texte de la pétition dans une langue du pays du lieu de remise.
letter-translation = La pétition en { $language }

## Pages des organisateurs : les coordonnées de la lettre d’accompagnement

org-field-contact = Contact pour les représentants officiels
org-field-contact-hint = Adresse e-mail, numéro de téléphone ou site web à imprimer sur la lettre d’accompagnement de chaque dossier. Facultatif.
org-local-group = Groupe local
org-local-group-hint = Le groupe qui remet ce dossier ; son nom est imprimé sur la lettre d’accompagnement. Facultatif.
org-field-embed-origins = Sites qui peuvent afficher le compteur
org-field-embed-origins-hint = Des origines comme https://campagne.example, une par ligne, dont les pages peuvent afficher le compteur de cette pétition (/p/…/embed) dans un cadre. Laissez vide pour n’en autoriser aucune.
org-error-embed-origin = « { $origin } » n’est pas l’origine d’un site comme https://campagne.example (sans chemin ni joker).
org-point-translations = Nom et ville dans d’autres langues
org-point-translations-hint = Affichés aux lecteurs de cette langue sur chaque page, chaque courriel et dans le JSON. Laissez vide pour afficher le nom ci-dessus.
embed-sign = Signer cette pétition
embed-new-tab = (s’ouvre dans un nouvel onglet)

## Countries (generated by countries.py from CLDR: do not translate by hand)

country-AD = Andorre
country-AE = Émirats arabes unis
country-AF = Afghanistan
country-AG = Antigua-et-Barbuda
country-AI = Anguilla
country-AL = Albanie
country-AM = Arménie
country-AO = Angola
country-AQ = Antarctique
country-AR = Argentine
country-AS = Samoa américaines
country-AT = Autriche
country-AU = Australie
country-AW = Aruba
country-AX = Îles Åland
country-AZ = Azerbaïdjan
country-BA = Bosnie-Herzégovine
country-BB = Barbade
country-BD = Bangladesh
country-BE = Belgique
country-BF = Burkina Faso
country-BG = Bulgarie
country-BH = Bahreïn
country-BI = Burundi
country-BJ = Bénin
country-BL = Saint-Barthélemy
country-BM = Bermudes
country-BN = Brunei
country-BO = Bolivie
country-BQ = Pays-Bas caribéens
country-BR = Brésil
country-BS = Bahamas
country-BT = Bhoutan
country-BV = Île Bouvet
country-BW = Botswana
country-BY = Biélorussie
country-BZ = Belize
country-CA = Canada
country-CC = Îles Cocos
country-CD = Congo-Kinshasa
country-CF = République centrafricaine
country-CG = Congo-Brazzaville
country-CH = Suisse
country-CI = Côte d’Ivoire
country-CK = Îles Cook
country-CL = Chili
country-CM = Cameroun
country-CN = Chine
country-CO = Colombie
country-CR = Costa Rica
country-CU = Cuba
country-CV = Cap-Vert
country-CW = Curaçao
country-CX = Île Christmas
country-CY = Chypre
country-CZ = Tchéquie
country-DE = Allemagne
country-DJ = Djibouti
country-DK = Danemark
country-DM = Dominique
country-DO = République dominicaine
country-DZ = Algérie
country-EC = Équateur
country-EE = Estonie
country-EG = Égypte
country-EH = Sahara occidental
country-ER = Érythrée
country-ES = Espagne
country-ET = Éthiopie
country-FI = Finlande
country-FJ = Fidji
country-FK = Îles Malouines
country-FM = Micronésie
country-FO = Îles Féroé
country-FR = France
country-GA = Gabon
country-GB = Royaume-Uni
country-GD = Grenade
country-GE = Géorgie
country-GF = Guyane française
country-GG = Guernesey
country-GH = Ghana
country-GI = Gibraltar
country-GL = Groenland
country-GM = Gambie
country-GN = Guinée
country-GP = Guadeloupe
country-GQ = Guinée équatoriale
country-GR = Grèce
country-GS = Géorgie du Sud-et-les Îles Sandwich du Sud
country-GT = Guatemala
country-GU = Guam
country-GW = Guinée-Bissau
country-GY = Guyana
country-HK = R.A.S. chinoise de Hong Kong
country-HM = Îles Heard-et-MacDonald
country-HN = Honduras
country-HR = Croatie
country-HT = Haïti
country-HU = Hongrie
country-ID = Indonésie
country-IE = Irlande
country-IL = Israël
country-IM = Île de Man
country-IN = Inde
country-IO = Territoire britannique de l’océan Indien
country-IQ = Irak
country-IR = Iran
country-IS = Islande
country-IT = Italie
country-JE = Jersey
country-JM = Jamaïque
country-JO = Jordanie
country-JP = Japon
country-KE = Kenya
country-KG = Kirghizstan
country-KH = Cambodge
country-KI = Kiribati
country-KM = Comores
country-KN = Saint-Christophe-et-Niévès
country-KP = Corée du Nord
country-KR = Corée du Sud
country-KW = Koweït
country-KY = Îles Caïmans
country-KZ = Kazakhstan
country-LA = Laos
country-LB = Liban
country-LC = Sainte-Lucie
country-LI = Liechtenstein
country-LK = Sri Lanka
country-LR = Liberia
country-LS = Lesotho
country-LT = Lituanie
country-LU = Luxembourg
country-LV = Lettonie
country-LY = Libye
country-MA = Maroc
country-MC = Monaco
country-MD = Moldavie
country-ME = Monténégro
country-MF = Saint-Martin
country-MG = Madagascar
country-MH = Îles Marshall
country-MK = Macédoine du Nord
country-ML = Mali
country-MM = Myanmar (Birmanie)
country-MN = Mongolie
country-MO = R.A.S. chinoise de Macao
country-MP = Îles Mariannes du Nord
country-MQ = Martinique
country-MR = Mauritanie
country-MS = Montserrat
country-MT = Malte
country-MU = Maurice
country-MV = Maldives
country-MW = Malawi
country-MX = Mexique
country-MY = Malaisie
country-MZ = Mozambique
country-NA = Namibie
country-NC = Nouvelle-Calédonie
country-NE = Niger
country-NF = Île Norfolk
country-NG = Nigeria
country-NI = Nicaragua
country-NL = Pays-Bas
country-NO = Norvège
country-NP = Népal
country-NR = Nauru
country-NU = Niue
country-NZ = Nouvelle-Zélande
country-OM = Oman
country-PA = Panama
country-PE = Pérou
country-PF = Polynésie française
country-PG = Papouasie-Nouvelle-Guinée
country-PH = Philippines
country-PK = Pakistan
country-PL = Pologne
country-PM = Saint-Pierre-et-Miquelon
country-PN = Îles Pitcairn
country-PR = Porto Rico
country-PS = Territoires palestiniens
country-PT = Portugal
country-PW = Palaos
country-PY = Paraguay
country-QA = Qatar
country-RE = La Réunion
country-RO = Roumanie
country-RS = Serbie
country-RU = Russie
country-RW = Rwanda
country-SA = Arabie saoudite
country-SB = Îles Salomon
country-SC = Seychelles
country-SD = Soudan
country-SE = Suède
country-SG = Singapour
country-SH = Sainte-Hélène
country-SI = Slovénie
country-SJ = Svalbard et Jan Mayen
country-SK = Slovaquie
country-SL = Sierra Leone
country-SM = Saint-Marin
country-SN = Sénégal
country-SO = Somalie
country-SR = Suriname
country-SS = Soudan du Sud
country-ST = Sao Tomé-et-Principe
country-SV = Salvador
country-SX = Saint-Martin (partie néerlandaise)
country-SY = Syrie
country-SZ = Eswatini
country-TC = Îles Turques-et-Caïques
country-TD = Tchad
country-TF = Terres australes françaises
country-TG = Togo
country-TH = Thaïlande
country-TJ = Tadjikistan
country-TK = Tokelau
country-TL = Timor oriental
country-TM = Turkménistan
country-TN = Tunisie
country-TO = Tonga
country-TR = Turquie
country-TT = Trinité-et-Tobago
country-TV = Tuvalu
country-TW = Taïwan
country-TZ = Tanzanie
country-UA = Ukraine
country-UG = Ouganda
country-UM = Îles mineures éloignées des États-Unis
country-US = États-Unis
country-UY = Uruguay
country-UZ = Ouzbékistan
country-VA = État de la Cité du Vatican
country-VC = Saint-Vincent-et-les Grenadines
country-VE = Venezuela
country-VG = Îles Vierges britanniques
country-VI = Îles Vierges des États-Unis
country-VN = Viêt Nam
country-VU = Vanuatu
country-WF = Wallis-et-Futuna
country-WS = Samoa
country-YE = Yémen
country-YT = Mayotte
country-ZA = Afrique du Sud
country-ZM = Zambie
country-ZW = Zimbabwe
share-heading = Faites passer
share-lead = Une pétition grandit quand on la fait circuler. Partagez-la avec vos proches :
share-text = J’ai signé « { $title } ». Vous signez aussi ?
share-native = Partager…
share-copy = Copier le lien
share-copied = Lien copié
share-private = Ces liens ouvrent le réseau de votre choix ; cette page ne charge rien de chez eux.

# The rally poster (src/delivery/poster.rs)
poster-scan = Scannez pour signer la pétition
poster-or-open = Ou ouvrez :
poster-title = Affiche du rassemblement
poster-link = Affiche du rassemblement pour ce lieu (à imprimer)
poster-download = Télécharger l’affiche (PDF, A4)
poster-no-rally = Ce lieu n’a pas d’heure de remise : le lien de l’affiche ne porte donc pas de jeton de rassemblement, et les signataires sur place restent soumis à la limite normale par adresse.
poster-qr-label = Code QR : ouvre le formulaire de la pétition avec ce lieu choisi

# Updates to signers (src/updates)
field-keep-informed = Me tenir informé·e de cette pétition
field-keep-informed-hint = Les organisateurs pourront vous écrire sur son avancement : au plus un courriel tous les trois jours, chacun approuvé par un administrateur et accompagné d’un lien pour les arrêter.
mail-update-why = Vous recevez ce message parce que vous avez signé « { $title } » et demandé à être tenu·e informé·e.
mail-update-stop = Pour ne plus recevoir de courriels sur cette pétition :
mail-update-stop-link = Arrêter ces courriels
update-too-soon = Une nouvelle par pétition toutes les 72 heures : la prochaine pourra partir à partir du { $when }.
update-another-waiting = Une autre nouvelle attend un administrateur : approuvez-la ou écartez-la d’abord.
update-needs-another-admin = Un autre administrateur doit approuver une nouvelle que vous avez écrite.
update-not-admin = Seul un administrateur peut approuver une nouvelle.
update-decided = Cette nouvelle a déjà été envoyée ou écartée.
update-state-awaiting = En attente d’un administrateur
update-state-discarded = Écartée
update-state-sent = Envoyée le { $when } à { $count } signataires
updates-title = Nouvelles aux signataires
updates-lead = Écrivez aux signataires confirmés qui ont demandé à être tenus informés. Un administrateur approuve chaque nouvelle avant son envoi (s’il n’y en a qu’un, il la confirme) ; au plus une toutes les 72 heures.
updates-none = Aucune nouvelle pour l’instant.
updates-written = Écrite le { $when }
updates-approve = Approuver et envoyer
updates-discard = Écarter
updates-write = Écrire une nouvelle
updates-write-hint = Un objet et un texte dans la langue de la pétition ; les autres langues sont facultatives (les signataires qui n’en lisent aucune reçoivent la langue de la pétition).
updates-optional = facultatif
updates-subject = Objet
updates-body = Texte
updates-send-for-approval = Envoyer pour approbation
