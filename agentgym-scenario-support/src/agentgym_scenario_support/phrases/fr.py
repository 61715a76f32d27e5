"""French phrase families for customer_support tickets (format: PHRASES_SPEC.md)."""

from __future__ import annotations

LANGUAGE = "fr"

PROBLEMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Je ne parviens plus à me connecter à mon espace client depuis {[weekday]|quelques jours|hier soir}.",
            "Il m'est {actuellement|désormais} impossible d'accéder à mon compte, mon mot de passe est systématiquement refusé.",
        ),
        (
            "j'arrive plus à me co {:(|!!|}",
            "mdp oublié, {impossible de rentrer|bloquée dehors}",
            "connexion ko depuis {hier|[weekday]}, mdp refusé alors qu'il est bon",
        ),
        (
            "J'ai changé mon mot de passe {la semaine dernière|il y a peu} et {impossible de m'en souvenir|je l'ai complètement oublié}.",
            "Nouveau code créé [weekday], oublié {aussitôt|dans la foulée}, {la honte|je sais, c'est bête}.",
        ),
        (
            "À chaque tentative, le message « Identifiants invalides » s'affiche alors que {je suis sûr|je suis certaine} de mon adresse et du code saisi.",
            "Après avoir saisi mes identifiants, je suis renvoyé {en boucle|systématiquement} vers la page de connexion{, même après avoir vidé le cache|, y compris sur un autre navigateur}.",
        ),
        (
            "Mon accès est refusé depuis {tôt ce matin|[weekday]|le week-end}.",
            "Mes identifiants ne sont {plus acceptés|plus reconnus} par le site.",
        ),
        (
            "J'ai changé de téléphone et je ne reçois plus les codes de double authentification, du coup je suis bloqué.",
            "Le code à six chiffres de l'appli d'authentification est {toujours|sans arrêt} refusé, je reste coincée à cette étape.",
        ),
        (
            "Le mail de réinitialisation {n'arrive jamais|ne m'est jamais parvenu}, {rien non plus dans les spams|même pas dans les indésirables}.",
            "J'ai cliqué {trois fois|plusieurs fois|X fois} sur « Mot de passe oublié ? » et je n'ai {rien reçu|toujours rien}.",
        ),
        (
            "Depuis le passage au SSO de notre entreprise, {la connexion échoue chez moi|je ne rentre plus dans mon compte}.",
            "La connexion via Google {me redirige bien|ouvre bien une fenêtre}, mais {je reviens déconnecté sur l'écran d'accueil|j'obtiens « Accès refusé »}.",
        ),
        (
            "C'est la {troisième|énième} fois {ce mois-ci|en peu de temps} que je me retrouve enfermé dehors, sans accès à mon propre compte !",
            "Encore verrouillé. {C'est pénible.|Ras-le-bol.} Plus moyen d'ouvrir ma session.",
        ),
        (
            "Chu pu capable de me connecter, j'me rappelle pu de mon code.",
            "J'me souviens pu de mes accès pis je peux pas rentrer dans mon profil.",
        ),
        (
            "Mot de passe perdu, {au secours|help}",
            "Plus d'accès{ !!|, help}",
            "compte inaccessible, {c'est urgent|je fais comment ?}",
        ),
        (
            "Mon compte a été verrouillé après {plusieurs|trop de} saisies erronées.",
            "Le site affiche « Compte temporairement bloqué » depuis {plus d'une heure|la matinée}.",
            "Je me suis trompé {trois fois|deux-trois fois} de code et maintenant c'est fermé.",
        ),
        (
            "Je ne sais plus me connecter depuis {hier|[weekday]}, le mot de passe ne passe plus.",
            "Ça ne va pas, je ne sais plus entrer sur l'appli, une fois.",
            "Pas moyen de me loguer, {je ne sais pas pourquoi|aucune idée d'où ça vient}.",
        ),
        (
            "Le code par SMS ne parvient jamais sur mon natel, impossible de valider la connexion.",
            "À l'identification, on me demande un code de sécurité par SMS {qui n'arrive pas|qui ne vient jamais}.",
        ),
        (
            "Alors voilà, ce matin je veux me connecter comme d'hab, je tape mon mail et mon code et là, {« identifiants incorrects »|message d'erreur}, alors que ça fait des années que je garde le même, bref j'y comprends rien.",
            "Je rentre mon code comme toujours, je clique sur Se connecter et {paf|bim}, message rouge – {et ça dure depuis des heures|ça fait toute la journée que ça fait ça}.",
        ),
        (
            "Mon ancienne adresse mail n'existe plus, donc je ne peux pas recevoir le lien pour réinitialiser.",
            "Le compte est encore rattaché au mail de l'ancien boulot, qui m'est désormais inaccessible, du coup {impossible de récupérer le mot de passe|je tourne en rond}.",
        ),
        (
            "On me refuse l'entrée dans mon compte utilisateur, mon mot de passe n'étant manifestement plus valide.",
            "Toute tentative d'authentification se solde par un échec depuis la dernière modification de mon mot de passe.",
        ),
        (
            "Le site exige que je change mon mot de passe mais {refuse tous ceux que je propose|n'en accepte aucun}.",
            "Mon mot de passe aurait expiré, et au moment de le changer j'obtiens {toujours|systématiquement} « Le mot de passe ne respecte pas les critères ».",
        ),
        (
            "On a dérobé mon téléphone, avec Google Authenticator dessus : plus aucun moyen d'entrer.",
            "J'ai égaré mes codes de secours pour la 2FA et mon ancien portable est HS.",
        ),
        (
            "Comble du comble, c'est moi l'admin et me voilà verrouillé dehors.",
            "Le propriétaire du workspace – moi – reste à la porte, alors que {tous mes collègues entrent|les autres entrent} sans problème.",
        ),
        (
            "Le lien reçu par mail est {toujours|à chaque fois} expiré quand je clique dessus.",
            "En cliquant sur le lien de réinitialisation, j'obtiens « Lien invalide ou expiré ».",
        ),
        (
            "Ils ont barré mon compte depuis {à matin|hier}, je peux pu rentrer, c'est vraiment plate.",
            "J'ai pesé sur « Mot de passe oublié » pis rien reçu dans mes courriels.",
            "Présentement, le site veut pas me laisser entrer, {ça dit que mon mot de passe est pas bon|ça bloque}.",
        ),
    ),
    "billing_inquiry": (
        (
            "Ma dernière facture fait apparaître un montant de [amount] que je ne m'explique pas.",
            "Je ne comprends pas {bien|très bien} à quoi correspond la somme de [amount] qui m'a été facturée {ce mois-ci|récemment}.",
        ),
        (
            "c quoi ce prélèvement de [amount] ??",
            "[amount] débités, {pk|pourquoi} ?",
        ),
        (
            "Je suis sur l'offre [plan] mais {le prélèvement est plus élevé que prévu|on m'a débité plus que d'habitude}.",
            "D'après votre grille tarifaire, [plan] coûte {moins cher|nettement moins}, alors je m'interroge sur le montant payé.",
        ),
        (
            "En faisant mes comptes, j'ai repéré un débit de [amount] à votre nom que je n'arrive pas à rattacher à quoi que ce soit.",
            "Notre comptable m'a demandé {ce matin|[weekday]} à quoi correspondait le paiement de [amount] chez vous, et {franchement|honnêtement} je n'ai pas su répondre.",
        ),
        (
            "La facture PDF ne comporte {aucun détail|pas la ventilation des lignes}, seulement le total.",
            "Sur le justificatif figurent des lignes {qui ne me parlent pas|dont j'ignore la signification}.",
        ),
        (
            "Je ne saisis pas comment se décompose le montant de [amount], {notamment|surtout} la partie TVA.",
            "Pourquoi la TVA à 20 % apparaît-elle alors que {notre numéro de TVA intracommunautaire est renseigné|nous sommes une entreprise belge} ?",
        ),
        (
            "On dirait que j'ai été prélevé deux fois ce mois-ci, {ou s'agit-il d'une simple pré-autorisation ?|est-ce une empreinte bancaire ?}",
            "Je vois deux opérations de votre société {le même jour|coup sur coup} sur mon relevé, {c'est normal ?|qu'est-ce que c'est ?}",
        ),
        (
            "Depuis mon passage à [plan], une ligne au prorata est apparue {et je n'en saisis pas la logique|sans que je comprenne pourquoi}.",
            "Suite à la mise à niveau, la période de facturation a l'air décalée et {les montants|les sommes partielles} me paraissent obscurs.",
        ),
        (
            "Une charge de [amount] imputée à ma carte de crédit me laisse {perplexe|sans voix}.",
            "Je constate {une imputation|un débit} de [amount] dont l'origine m'échappe, {savez-vous|sauriez-vous} de quoi il retourne ?",
        ),
        (
            "Dis, pourquoi je paie d'un coup [amount] par mois ? J'ai rien changé moi.",
            "Petite question : {depuis quand|comment ça se fait que} ça me coûte [amount] ? Je pensais que c'était moins cher.",
        ),
        (
            "Le tarif a visiblement augmenté sans que nous ayons été prévenus.",
            "Depuis la dernière échéance, la mensualité a grimpé – aucune annonce ne m'est parvenue là-dessus.",
        ),
        (
            "J'avais choisi un paiement annuel, or je suis facturé tous les mois.",
            "On nous débite chaque mois alors qu'on avait opté pour l'engagement à l'année, pourquoi ?",
        ),
        (
            "La facture compte {douze|huit} licences, or nous ne sommes que {cinq|trois}.",
            "Le nombre de postes facturés ne correspond pas à notre équipe, {d'où sortent les autres ?|qui sont ces utilisateurs ?}",
            "Pourquoi payons-nous {dix|sept} sièges si seuls {quatre|deux} sont actifs ?",
        ),
        (
            "facture incompréhensible",
            "cette ligne ?? kézako",
            "[amount] de plus {cette fois|ce coup-ci}, {hein ?|??}",
        ),
        (
            "Le débit a été fait en dollars et non en euros, du coup {le montant varie|l'écart avec le devis est réel}.",
            "Pourquoi ma banque m'a-t-elle compté des frais de change sur votre paiement ?",
        ),
        (
            "J'utilise la formule gratuite et pourtant [amount] ont été prélevés, comment est-ce possible ?",
            "Pourquoi me facture-t-on quelque chose, je suis censé être sur le plan gratuit ?",
        ),
        (
            "Au terme de la période d'essai une facture est arrivée, et je vois mal ce qu'elle couvre.",
            "L'essai est terminé et voilà {une facture|une échéance} à [amount] – quelle prestation est derrière ?",
        ),
        (
            "On a reçu une facture avec une ligne « frais de dossier », c'est pour quoi exactement, s'il vous plaît ?",
            "Dans la facture mensuelle figure un poste « Prestations supplémentaires » et j'ignore à quoi ça renvoie, s'il vous plaît.",
        ),
        (
            "Dans le cadre de notre clôture annuelle, nous devons justifier le règlement du [weekday] : à quelles prestations correspond-il ?",
            "Lors du pointage des écritures, une opération de [amount] est ressortie sans période de service identifiable.",
        ),
        (
            "Le montant a été prélevé par mandat SEPA, pourtant {une carte est enregistrée|PayPal est enregistré}, ça correspond à quel poste ?",
            "Pourquoi un paiement PayPal vers vous, moi qui règle sur facture ?",
        ),
        (
            "Il est question de dépassement de quota dans la facture, je ne savais pas que ça existait.",
            "La ligne « Overage » ne me dit rien, {sur quoi est-elle calculée ?|on a compté quoi, là ?}",
        ),
        (
            "J'ai regardé mon appli bancaire ce midi et je vois un prélèvement venant de vous qui {est plus gros que d'habitude|ne ressemble pas aux autres mois}, alors je me demande si un module en plus a été ajouté ou bien quoi.",
            "Ma carte a été chargée de [amount] pis je comprends pas pourquoi, c'est-tu un nouveau frais ou quoi ?",
        ),
    ),
    "api_integration": (
        (
            "Notre intégration reçoit {systématiquement|de façon intermittente|de plus en plus souvent} des erreurs 401 de votre API depuis [weekday].",
            "La connexion de notre système à votre interface de programmation {ne fonctionne plus correctement|est instable} depuis {hier|la dernière mise à jour}.",
        ),
        (
            "l'api renvoie que des 429, {rate limit|too many requests} alors qu'on fait quasi aucun appel",
            "on se prend des 429 en boucle, {vous avez changé un truc ?|c'est quoi ce délire}",
        ),
        (
            "Nous avons déployé une nouvelle version [weekday] et depuis, les appels vers votre service échouent.",
            "Après {notre dernière mise en production|notre migration de serveurs}, les requêtes vers votre API tombent {en erreur une sur deux|toutes en échec}.",
        ),
        (
            "L'endpoint {/v2/orders|/v1/contacts|/v2/invoices} retourne une 500 Internal Server Error sur les POST, les GET passent {sans souci|normalement}.",
            "Un appel à {/v2/orders|/v1/sync} renvoie {de temps en temps|à tous les coups} un HTTP 500 avec {un corps vide|« internal_error »}.",
        ),
        (
            "Notre clé d'API semble avoir été invalidée : chaque requête est rejetée avec « invalid_api_key ».",
            "Avec {la clé actuelle|notre token habituel}, nous n'obtenons {plus que|que} des 401 Unauthorized.",
        ),
        (
            "Les requêtes partent en timeout au bout de {30|60} secondes environ, ce n'était pas le cas avant.",
            "Votre serveur met {une éternité|un temps fou} à répondre et notre client abandonne {pour dépassement de délai|au bout d'un moment}.",
        ),
        (
            "Nous ne recevons plus vos webhooks {depuis plusieurs jours|depuis la fin de semaine}, ce qui bloque notre synchronisation.",
            "Les notifications de callback vers notre URL {n'arrivent plus|arrivent au compte-gouttes}, {pourtant|alors que} celle-ci est joignable.",
        ),
        (
            "Notre module e-commerce n'arrive plus à se connecter à votre plateforme, les journaux indiquent « unauthorized ».",
            "La liaison entre {notre ERP|notre CRM|notre outil de gestion} et votre service {se coupe sans arrêt|ne s'établit plus}.",
        ),
        (
            "Depuis {ce matin|midi}, {toutes|presque toutes} les requêtes de notre back-end sont rejetées en erreur.",
            "Nos appels automatisés sont {désormais|depuis peu} {bloqués|refusés} sans qu'aucune modification n'ait été faite de notre côté.",
        ),
        (
            "Notre script se mange des erreurs {à chaque appel|en permanence} alors que le token est {tout neuf|récent}.",
            "Mon client Python plante dès qu'il tape sur votre API, aucune idée de pourquoi.",
        ),
        (
            "Depuis le changement de droits, nous recevons des 403 Forbidden sur {/v2/projects|/v1/users}.",
            "Le jeton n'a apparemment pas les bons scopes, l'interface répond « insufficient_scope ».",
        ),
        (
            "Le renouvellement du jeton d'accès via le refresh token échoue ({invalid_grant|400 Bad Request}).",
            "Au bout d'une heure pile nos jetons OAuth expirent et {impossible de les rafraîchir|le rafraîchissement plante}.",
        ),
        (
            "api HS ?",
            "l'interface répond plus",
            "502 sur chaque requête",
        ),
        (
            "La pagination renvoie des doublons et à partir de la page {3|5} le curseur disparaît.",
            "En suivant le curseur next, on finit par tomber sur une 400 sans explication.",
        ),
        (
            "La vérification de signature de vos webhooks échoue chez nous depuis peu, l'en-tête diffère du contenu.",
            "Vos événements arrivent bien mais la signature HMAC est {toujours fausse|systématiquement invalide}.",
        ),
        (
            "Depuis le passage à {la nouvelle version du SDK|la v3 de votre librairie}, on ne récolte que des erreurs de désérialisation.",
            "Votre paquet npm lève des {TypeError|exceptions à l'import} depuis la sortie de la 2.4.",
            "Le SDK Python officiel plante en parsant la réponse, {sans doute à cause d'un nouveau champ|depuis que le format a changé}.",
        ),
        (
            "Alors que nous respectons le quota documenté, l'interface répond {« quota exceeded »|que le quota est dépassé}.",
            "Le header {X-RateLimit-Remaining|Retry-After} ne colle absolument pas à notre consommation réelle.",
        ),
        (
            "En sandbox tout fonctionne, en production c'est une pluie d'erreurs.",
            "Avec les clés live chaque appel échoue, {avec les clés de test|en mode test} non.",
        ),
        (
            "Notre Zap Zapier relié à votre service {plante sans arrêt|affiche « Authentication failed »}.",
            "Le scénario Make {échoue|bloque} toujours sur le module qui récupère vos données.",
        ),
        (
            "Notre serveur ne parvient pas à joindre votre hôte d'API : {échec de la poignée de main SSL|erreur de certificat}.",
            "Depuis votre changement de certificat, notre client Java refuse la connexion.",
        ),
        (
            "À la création d'enregistrements vous répondez 422 Unprocessable Entity, pourtant le JSON respecte le schéma.",
            "La validation rejette notre payload au motif qu'il manque un champ absent de la doc.",
        ),
        (
            "Notre prestataire affirme que votre interface bloque, {les commandes|les données} ne nous parviennent plus.",
            "Je ne suis pas technicien, mais notre agence dit que votre système refuse les accès de notre logiciel.",
        ),
    ),
    "refund_request": (
        (
            "J'ai souscrit {par erreur|par mégarde} à l'offre [plan] et je souhaite être remboursé de [amount].",
            "Le paiement de [amount] a été effectué par erreur, c'est pourquoi je vous demande de bien vouloir me le rembourser.",
        ),
        (
            "abonnement résilié mais [amount] prélevés quand même. je veux mon argent",
            "rembourse moi stp, {j'ai résilié depuis longtemps|c'était une erreur}",
        ),
        (
            "J'ai résilié il y a [days] jours et j'ai {encore|quand même} été débité, j'aimerais récupérer cette somme.",
            "Ma résiliation date du mois dernier, pourtant on m'a prélevé [amount] que je tiens à {récupérer|voir revenir sur mon compte}.",
        ),
        (
            "Le service ne tient pas ses promesses, je demande donc le remboursement intégral.",
            "{Franchement|Sincèrement}, je suis {très déçu|pas du tout satisfaite} et je voudrais qu'on me rende mon argent.",
        ),
        (
            "J'ai été débité deux fois de [amount] ; l'un des deux paiements doit m'être restitué.",
            "Le paiement est passé en double, merci de me rendre le montant prélevé en trop.",
        ),
        (
            "Un remboursement de [amount] m'a été promis mais {je ne l'ai toujours pas reçu|rien n'est arrivé après [days] jours}.",
            "L'avoir annoncé n'apparaît {toujours pas|nulle part} sur mon compte bancaire.",
        ),
        (
            "À la fin de l'essai gratuit, l'abonnement a été reconduit {automatiquement|sans mon accord} et [amount] ont été prélevés ; j'exige que cette somme me soit restituée.",
            "Je n'avais pas vu le renouvellement automatique, est-il possible d'annuler ce prélèvement et de me recréditer ?",
        ),
        (
            "Le montant de [amount] a été débité suite à une erreur de ma part, je sollicite un remboursement.",
            "Je souhaiterais que la somme me soit recréditée, n'ayant {jamais|à aucun moment} utilisé le service.",
        ),
        (
            "J'ai pris l'abonnement annuel au lieu du mensuel par erreur, {tu peux me rembourser ?|je peux récupérer mes sous ?}",
            "Oups, j'ai commandé deux fois, {je peux ravoir|vous me rendez} les [amount] ?",
        ),
        (
            "Je refuse de payer pour un service qui {plante depuis des semaines|ne marche jamais} : remboursez-moi la mensualité.",
            "Pour [days] jours de panne, j'exige d'être remboursé {en totalité|intégralement}, point.",
        ),
        (
            "trop payé [amount], {remboursez|à rembourser}",
            "prélevé à tort → je veux être remboursée",
            "débit pas voulu, rendez l'argent svp",
        ),
        (
            "J'exerce mon droit de rétractation de 14 jours et demande le remboursement des [amount] déjà versés.",
            "Par la présente, je me rétracte du contrat conclu [weekday] et réclame la restitution des sommes payées.",
        ),
        (
            "Je suis passé en cours de mois à une formule moins chère, {la différence|le trop-perçu} devrait me revenir.",
            "Après être redescendu sur [plan], j'ai droit à un remboursement au prorata, non ?",
        ),
        (
            "J'ai supprimé mon compte {voilà des semaines|voilà longtemps}, mais les prélèvements continuent – je veux récupérer tout ce qui a été pris depuis.",
            "Compte supprimé, et on continue à me débiter ; ces paiements doivent m'être rendus.",
        ),
        (
            "Soit l'argent est revenu d'ici {vendredi|lundi}, soit je fais opposition auprès de ma banque.",
            "Assez attendu : reversez-moi les [amount], sinon je conteste le prélèvement.",
        ),
        (
            "Le passage à [plan] s'est fait en cliquant un peu partout, je voudrais récupérer le supplément.",
            "J'ai juste regardé ce que proposait [plan] et hop, c'était souscrit – le surcoût, je le réclame.",
        ),
        (
            "La fonctionnalité pour laquelle j'ai payé n'existe pas dans ma formule – cette somme, je la veux de retour.",
            "Votre produit ne fait pas ce qui est annoncé sur le site, donc je demande à être remboursé.",
        ),
        (
            "Ce paiement, je ne l'ai jamais autorisé : un inconnu a souscrit avec ma carte. Stoppez ce débit et restituez-moi l'argent.",
            "Les [amount] débités ne viennent pas de moi, j'attends qu'ils soient annulés et reversés sur ma carte.",
        ),
        (
            "Nous avons payé pendant [days] jours des licences que plus personne n'utilisait après la réduction d'effectif : on aimerait se faire rembourser.",
            "Pour les postes inutilisés depuis le départ de deux collègues, nous demandons un avoir.",
        ),
        (
            "Vous avez encaissé à double en {mars|avril} ; remboursez le doublon, merci.",
            "Vous m'avez pris [amount] de trop via PostFinance, il faudrait me les rembourser.",
        ),
        (
            "Le code promo n'a pas été déduit lors de l'achat, je réclame la différence.",
            "On m'avait promis {20|30} % de remise et j'ai payé plein tarif ; je réclame l'excédent.",
        ),
        (
            "J'ai essayé l'outil une semaine, je me suis rendu compte que ça ne convenait absolument pas à notre équipe, résiliation immédiate – sauf que l'année entière avait déjà été prélevée, et j'aimerais bien la récupérer, au moins en partie.",
            "Vous avez chargé [amount] sur ma Visa pour rien, je veux être remboursé au plus sacrant.",
        ),
    ),
    "data_migration": (
        (
            "Nous sommes en train de transférer nos données depuis {notre ancien outil|Jira|Trello|Asana} vers votre plateforme et souhaitons nous assurer que tout est bien arrivé.",
            "Le transfert de nos historiques depuis {notre ancien logiciel|l'outil précédent} a été lancé, mais {nous ne savons pas s'il est complet|nous ignorons s'il s'est terminé correctement}.",
        ),
        (
            "import bloqué depuis {hier|[weekday]}, toujours « en cours »",
            "migration {finie ?|ok ou pas ?} je vois rien",
        ),
        (
            "Lors de l'import CSV, {environ|à peu près} la moitié des lignes {manquent|ont disparu}.",
            "J'ai chargé {un fichier CSV|plusieurs fichiers CSV} mais seule une partie des enregistrements {apparaît|est remontée}.",
        ),
        (
            "Nous quittons un autre prestataire pour vous rejoindre et avons démarré le déménagement de nos projets [weekday].",
            "{La semaine dernière|Il y a [days] jours}, nous avons décidé de basculer entièrement chez vous et avons lancé l'import {de nos fichiers clients|de tous nos projets}.",
        ),
        (
            "Le job de migration s'est arrêté sur une erreur, {sans plus de détails|je n'ai aucun message explicite}.",
            "Notre tâche de migration {a échoué|a planté} et affiche simplement « failed ».",
        ),
        (
            "La reprise de nos données existantes dans le nouvel espace de travail n'est pas terminée et je me demande si c'est normal.",
            "Nos {anciens dossiers|fiches historiques} ne sont {que partiellement|pour l'instant qu'en partie} visibles dans le nouvel espace.",
        ),
        (
            "Après le transfert, les {affectations d'utilisateurs|liens entre fiches} et les pièces jointes sont {incohérents|complètement faux}.",
            "Sur les {tickets|tâches} importés, il manque {les commentaires|les fichiers joints} et les responsables ne correspondent plus.",
        ),
        (
            "Nos données historiques n'ont été reprises que {partiellement|de manière incomplète}.",
            "Sur les {quelque 5 000 enregistrements|plusieurs milliers d'enregistrements}, tous n'ont {apparemment|visiblement} pas été importés.",
        ),
        (
            "J'ai basculé tous mes projets chez vous mais pas sûr que tout y soit.",
            "J'ai lancé le déménagement {depuis Notion|depuis Excel|depuis mon vieux logiciel}, {ça a l'air incomplet|aucune idée si c'est passé}.",
        ),
        (
            "L'outil de migration indique « completed », mais l'interface affiche bien moins d'éléments que la source.",
            "D'après le statut, l'import est {terminé|fini}, or {le comptage|un rapprochement} montre {un écart|des différences} avec notre export.",
        ),
        (
            "Après l'import, tous les accents sont cassés : « Hélène » devient « HÃ©lène ».",
            "Les caractères spéciaux sont {massacrés|mal affichés} à la lecture du fichier, sans doute un souci d'encodage.",
        ),
        (
            "Les dates sont {mal interprétées|inversées} : le 03/04 devient le 4 mars.",
            "Au mapping des champs, les numéros de téléphone atterrissent dans la colonne Notes.",
            "Après chargement, {prénoms et noms|rue et ville} se retrouvent dans les mauvais champs.",
        ),
        (
            "Notre fichier Excel (xlsx) {refuse de se charger|n'est pas lu}, on obtient juste « Format de fichier non pris en charge ».",
            "Le téléversement de la liste clients s'interrompt vers {40 %|la moitié}.",
        ),
        (
            "On a importé deux fois et maintenant tout est en double.",
            "Une seconde exécution a créé des {doublons|copies de contacts}.",
        ),
        (
            "reprise bloquée, help",
            "transfert : fini ou pas ??",
            "import : 0 sur {3 400|1 200} ???",
        ),
        (
            "Pour remplacer l'outil historique, nous reprenons l'existant ; le premier essai a révélé des {écarts|incohérences}.",
            "La migration à blanc s'est terminée, mais le contrôle qualité montre {des champs manquants|des fiches incomplètes}.",
        ),
        (
            "L'assistant d'import reste bloqué à l'étape {3 sur 5|« Correspondance »}.",
            "Dans l'assistant, impossible de dépasser l'association des colonnes, le bouton Suivant {ne fait rien|est grisé}.",
        ),
        (
            "Nous passons de {l'ERP historique|Odoo} chez vous ; lors du transfert, {les adresses|les dossiers} sont incomplets.",
            "Pendant la bascule depuis l'ancienne solution, plusieurs fiches sont restées en rade.",
        ),
        (
            "Toutes les entrées reprises portent la date du jour au lieu de leur date de création d'origine.",
            "L'historique (journal des modifications, horodatages) s'est perdu lors du rapatriement.",
        ),
        (
            "Notre import est en file d'attente depuis des heures et {ne démarre jamais|ne bouge pas}.",
            "Statut « queued » depuis [weekday], {rien ne se passe|ça n'avance pas}.",
        ),
        (
            "J'ai balancé tous mes contacts Outlook dans votre outil, et la moitié a disparu.",
            "J'ai importé tout le fichier clients en CSV et il manque {des sociétés|des interlocuteurs|plein de boîtes}.",
        ),
        (
            "L'arborescence des dossiers a été aplatie pendant le transfert, tout est maintenant au même niveau.",
            "Les sous-projets ont perdu leur imbrication après la reprise, les sous-tâches traînent en vrac.",
        ),
    ),
}

REQUESTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Pourriez-vous m'envoyer un lien de réinitialisation de mot de passe, s'il vous plaît ?",
            "Je vous saurais gré de bien vouloir réinitialiser mon mot de passe.",
        ),
        (
            "un lien de reset svp",
            "reset mdp stp{, merci|, thx|}",
        ),
        (
            "Tu peux m'aider à récupérer l'accès à mon compte ?",
            "Ce serait top si tu pouvais remettre à zéro mon mdp.",
        ),
        (
            "J'ai besoin de rentrer de nouveau dans l'outil {de toute urgence|aujourd'hui même}, je compte sur vous.",
            "Faites en sorte que je retrouve ma session {au plus vite|rapidement}, {d'avance merci|je compte sur vous}.",
        ),
        (
            "Comment faire pour choisir de nouveaux identifiants ?",
            "Quelle est la marche à suivre pour {récupérer mes identifiants|rétablir ma connexion} ?",
        ),
        (
            "Pouvez-vous m'envoyer un courriel pour changer mon code d'accès ?",
            "Est-ce possible de me faire parvenir un nouveau lien de connexion ?",
        ),
        (
            "Merci de débloquer mon compte{, que je puisse réessayer|}.",
            "Pourriez-vous lever le blocage de mon accès ?",
        ),
        (
            "nouveau mot de passe svp",
            "débloquez-moi stp",
            "un lien pour entrer, vite",
        ),
        (
            "Pourrait-on détacher la 2FA de mon ancien téléphone ?",
            "Merci de couper temporairement la 2FA, histoire que j'associe un nouvel appareil.",
        ),
        (
            "Vous sauriez me renvoyer un mdp, svp ?",
            "Vous savez me réinitialiser l'accès, une fois ?",
        ),
        (
            "Débloquez mon compte, {et vite|immédiatement} !",
            "Je veux pouvoir rentrer MAINTENANT, faites quelque chose.",
        ),
        (
            "Y a-t-il un moyen de réinitialiser le mot de passe sans pouvoir ouvrir mon ancienne boîte mail ?",
            "Comment obtenir un lien si les mails ne m'arrivent pas ?",
        ),
        (
            "Relancez l'envoi du message de réinitialisation, svp, {éventuellement vers une autre adresse|dès que possible}.",
            "Vous pouvez redéclencher l'e-mail pour changer le mot de passe ?",
        ),
        (
            "Un accès temporaire, que je modifierai à la première connexion, m'arrangerait.",
            "Par SMS, un code à usage unique : ce serait l'idéal.",
        ),
        (
            "Comme propriétaire de l'espace, merci de remettre mes accès d'administrateur en état.",
            "Pourriez-vous me redonner accès présentement ? Mes collègues attendent après moi.",
        ),
    ),
    "billing_inquiry": (
        (
            "Pourriez-vous m'expliquer à quoi correspond ce montant ?",
            "Je souhaiterais obtenir {des précisions|une explication claire} sur ce prélèvement.",
        ),
        (
            "vous pouvez m'expliquer svp",
            "c'est pour quoi exactement ? merci de me dire",
        ),
        (
            "Merci de m'adresser {le détail|un récapitulatif détaillé} des prestations facturées.",
            "Pouvez-vous me transmettre {une copie de la facture|le justificatif} avec toutes les lignes ?",
        ),
        (
            "Tu peux regarder ce qu'on me facture et me tenir au courant ?",
            "Dis-moi {juste|simplement} pourquoi on m'a pris cet argent.",
        ),
        (
            "Il ne s'agit pas de me faire rembourser, je veux {seulement|juste} comprendre ce que je paie.",
            "C'est uniquement une question d'explication, {pas besoin de me rembourser|il n'y a rien à rembourser}.",
        ),
        (
            "Merci de vérifier que la facturation correspond bien à mon offre [plan] et de revenir vers moi.",
            "Pourriez-vous contrôler que ce prélèvement est bien justifié ?",
        ),
        (
            "Je sollicite la ventilation détaillée des postes de la facture n° {2024-1127|8841}.",
            "Un relevé des différentes lignes serait apprécié.",
        ),
        (
            "explication svp",
            "cette ligne, je comprends pas, merci de détailler",
            "détail stp",
        ),
        (
            "Sur quoi porte exactement cette somme ? Une réponse compréhensible pour mon expert-comptable serait bienvenue.",
            "Vous pourriez me l'expliquer de manière à pouvoir le transmettre {au comptable|à ma cheffe} ?",
        ),
        (
            "Merci d'émettre une facture faisant apparaître la TVA correctement.",
            "Il me faudrait un justificatif avec les dates de prestation et notre identifiant TVA.",
        ),
        (
            "Quelles prestations sont incluses dans le débit du [weekday] ?",
            "Quels modules ou licences composent ce montant exactement ?",
        ),
        (
            "Faites-moi le calcul : comment arrivez-vous à [amount] ?",
            "Détaillez-moi la facture étape par étape, {utilisateurs fois prix|ligne après ligne}.",
        ),
        (
            "Seule la transparence m'intéresse, pas d'avoir ni de remboursement : que représente cette somme ?",
            "Je ne réclame pas d'argent, seulement des explications sur ce qui est facturé.",
        ),
        (
            "Que comprend la ligne « Options supplémentaires », svp ?",
            "Que recouvrent les « frais de service » ? Merci pour l'info.",
        ),
        (
            "Dites-moi si le calcul est correct ou s'il traîne une erreur dedans.",
            "Vérifiez que le total colle à notre contrat, et faites-moi signe.",
        ),
    ),
    "api_integration": (
        (
            "Pourriez-vous {analyser|examiner} d'où viennent ces erreurs de votre côté ?",
            "Je vous remercie de bien vouloir investiguer ces échecs de requêtes.",
        ),
        (
            "merci de checker vos logs",
            "vous pouvez regarder asap ? c'est en prod",
        ),
        (
            "Merci de nous générer une nouvelle clé d'API.",
            "Est-ce qu'on peut avoir {une clé neuve|un nouveau token} si l'ancien est {invalide|révoqué} ?",
        ),
        (
            "Tu peux jeter un œil pour voir si {un truc est cassé|ça coince} chez vous ?",
            "Tiens-moi au jus {si tu trouves quelque chose|de ce que disent vos logs}.",
        ),
        (
            "Pouvez-vous nous indiquer les quotas applicables à notre formule et comment les respecter ?",
            "Que devons-nous {modifier|adapter} pour que nos appels repassent ?",
        ),
        (
            "Merci de transmettre à {votre équipe technique|vos développeurs|un ingénieur}.",
            "Passez le dossier à quelqu'un qui connaît {bien|vraiment} l'interface, s'il vous plaît.",
        ),
        (
            "Merci de relever la limite de débit de notre compte {temporairement|durablement}.",
            "Peut-on obtenir un quota de requêtes plus élevé ?",
        ),
        (
            "Pourriez-vous retrouver notre identifiant de requête {req_8f3a2c|4711-abc} dans vos logs ?",
            "Voici les ID des appels en échec, {merci de les tracer côté serveur|croisez-les avec vos logs svp}.",
        ),
        (
            "corrigez l'interface svp",
            "rotation de clé stp",
            "réparez les 500, urgent",
        ),
        (
            "Confirmez-nous si un incident est en cours sur votre plateforme, avec un délai de résolution.",
            "Nous avons besoin de savoir si une panne est en cours et quand elle sera corrigée.",
        ),
        (
            "Merci d'activer les autorisations (scopes) manquantes sur notre jeton.",
            "Élargissez les droits de notre client OAuth pour qu'il accède aux {factures|projets}.",
        ),
        (
            "Vous pouvez renvoyer les webhooks en attente ?",
            "Rejouez les événements en échec vers notre URL, s'il vous plaît.",
        ),
        (
            "Il nous faudrait un exemple d'appel qui fonctionne pour comparer avec notre code.",
            "Vous auriez un snippet curl qui marche à coup sûr chez vous ?",
        ),
        (
            "Ajoutez nos nouvelles IP serveur à la liste blanche.",
            "Nos appels semblent bloqués par un pare-feu, {vous pouvez les laisser passer ?|à débloquer svp}.",
        ),
        (
            "Conformément au SLA, nous attendons un retour de vos ingénieurs sous {quatre heures|un jour ouvré}.",
            "Au titre de notre contrat Enterprise, nous demandons une escalade immédiate.",
        ),
    ),
    "refund_request": (
        (
            "Je sollicite le remboursement de la somme de [amount].",
            "Je vous prie de procéder au remboursement {intégral|total} de ce paiement.",
        ),
        (
            "remboursez moi svp",
            "rembourser stp merci",
        ),
        (
            "Pouvez-vous recréditer le montant sur ma carte bancaire ?",
            "Merci de reverser les [amount] sur {mon compte|ma carte}.",
        ),
        (
            "Tu peux me rendre mes sous ?",
            "Ce serait sympa de m'annuler ce débit, que je sois remboursé{e|}.",
        ),
        (
            "J'attends le remboursement {sous [days] jours|sans délai}.",
            "Sans retour de votre part, je {ferai opposition|contesterai le paiement} auprès de ma banque.",
        ),
        (
            "Comment dois-je procéder pour récupérer mon argent ?",
            "Quelles sont les démarches pour que ce paiement soit annulé et remboursé ?",
        ),
        (
            "Un virement des [amount], RIB à suivre.",
            "Le remboursement par virement m'irait très bien, RIB sur demande.",
        ),
        (
            "remboursement svp",
            "à rembourser merci",
            "recréditez stp",
        ),
        (
            "Je demande un avoir pour la part facturée en trop.",
            "La différence entre l'ancienne et la nouvelle formule me revient, remboursez-la.",
        ),
        (
            "Annulez ce prélèvement, qu'on n'en parle plus.",
            "Une annulation du débit et l'affaire est close.",
        ),
        (
            "Pouvez-vous me rembourser ça sur ma carte, rapidement ?",
            "Retournez-moi l'argent, s'il vous plaît, rien de sorcier.",
        ),
        (
            "Vous pouvez me rembourser via PayPal ?",
            "Le plus simple serait d'annuler la transaction PayPal.",
        ),
        (
            "Confirmez-moi par écrit que le remboursement a été lancé.",
            "J'attends une confirmation que l'argent repart, avec {la date|la référence de l'opération}.",
        ),
        (
            "Rembourser les mois inutilisés au prorata, ce serait la moindre des choses.",
            "Rendez-moi au moins les mois restants.",
        ),
        (
            "Effacez ce débit, puis remboursez l'intégralité.",
            "Je veux revoir cette somme {rapidement|sans délai}.",
        ),
    ),
    "data_migration": (
        (
            "Pourriez-vous vérifier que la migration s'est {bien|correctement} terminée ?",
            "Je vous saurais gré de contrôler l'import de votre côté.",
        ),
        (
            "vous pouvez checker si l'import est ok",
            "merci de regarder vite fait si tout est passé",
        ),
        (
            "Merci de finaliser le transfert pour nous.",
            "Pouvez-vous {relancer|terminer} le job {bloqué|interrompu} ?",
        ),
        (
            "Tu peux regarder dans les logs si le transfert a marché ?",
            "Dis-moi {rapidement|stp} si toutes mes données sont là.",
        ),
        (
            "Nous avons besoin d'une confirmation {écrite|formelle} que l'ensemble des enregistrements a été repris.",
            "Un point sur l'état d'avancement de la reprise nous serait {utile|très utile}.",
        ),
        (
            "Merci de faire intervenir {un spécialiste|quelqu'un de l'équipe migration}.",
            "J'aimerais qu'un technicien se penche sur la reprise qui a échoué.",
        ),
        (
            "Merci de réinitialiser l'import pour qu'on puisse repartir de zéro.",
            "Pouvez-vous annuler la reprise à moitié faite afin que nous recommencions ?",
        ),
        (
            "Supprimez d'abord les doublons du dernier passage puis refaites la reprise.",
            "Il faut retirer les fiches dupliquées, ensuite réimporter svp.",
        ),
        (
            "reprise à terminer svp",
            "relancez l'import merci",
            "refaites le transfert stp",
        ),
        (
            "Pourriez-vous nous envoyer la liste des enregistrements non repris ?",
            "Quelles lignes ont été rejetées ? Un rapport d'erreurs nous aiderait.",
        ),
        (
            "Un rapprochement entre système source et système cible serait nécessaire.",
            "Comparez le nombre d'entrées de notre export avec ce qui se trouve chez vous.",
        ),
        (
            "Aidez-nous pour le mapping des champs avant qu'on charge les autres tables.",
            "Comment associer correctement les colonnes ? Un petit mode d'emploi serait top.",
        ),
        (
            "Vous pouvez passer l'import en UTF-8 et recharger les données ?",
            "Réparez les accents, quelle que soit la méthode.",
        ),
        (
            "Nous voudrions planifier la bascule finale un week-end.",
            "Quand pouvez-vous caler la dernière passe de transfert ?",
        ),
        (
            "Lancez à part l'envoi des pièces jointes, svp.",
            "Récupérez les fichiers manquants sur la plateforme d'avant.",
        ),
    ),
}

STORIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Je rentre de {trois semaines de congés|vacances} et je ne m'étais pas connecté depuis.",
            "Ma dernière connexion remonte à {quelques semaines|[days] jours}, tout marchait alors normalement.",
        ),
        (
            "Cache vidé, autre navigateur testé, navigation privée {aussi|idem} – rien à faire.",
            "Essayé sur le PC et sur le téléphone, {même résultat|pareil}.",
        ),
        (
            "Notre service informatique a modifié les règles de sécurité {récemment|la semaine dernière}.",
            "Mon employeur a réinstallé tous les postes {[weekday]|récemment} et j'ai perdu mon gestionnaire de mots de passe.",
        ),
        (
            "Après {trois|plusieurs} essais ratés, un message m'a dit que {le compte était temporairement verrouillé|je devais réessayer plus tard}.",
            "À un moment il y avait un avertissement concernant trop de tentatives.",
        ),
        (
            "Mon collègue {se logue sans difficulté|n'a aucun souci}, il n'y a que moi qui suis bloqué.",
            "Chez {ma collègue|mon responsable}, tout fonctionne, donc ça doit venir de mon compte.",
        ),
        (
            "Le remplissage automatique de mon navigateur met {sans doute|peut-être} un vieux code.",
            "Mon coffre-fort numérique remplit le champ tout seul, mais visiblement avec le code périmé.",
        ),
        (
            "Sur l'appli mobile je suis {toujours connecté|encore connectée}, seulement pas sur le navigateur.",
            "Au bureau, la session est encore ouverte, {bizarrement|curieusement}, mais pas sur mon ordi perso.",
        ),
        (
            "J'ai fouillé ma boîte de réception, {courrier indésirable compris|promotions comprises}, {rien venant de vous|pas un seul message à vous}.",
            "Notre pare-feu filtre {parfois|volontiers} les mails externes, ça vient peut-être de là.",
        ),
        (
            "Après un piratage chez mon fournisseur de messagerie, tous mes codes ont été changés.",
            "On a eu une vague d'hameçonnage {en octobre|récemment} au bureau, depuis tout le monde change ses codes.",
        ),
        (
            "Je suis {nouvelle|nouveau} ici, j'ai accepté l'invitation {[weekday]|avant-hier}.",
            "C'est ma cheffe qui a créé le compte, le code de départ est resté tel quel.",
        ),
    ),
    "billing_inquiry": (
        (
            "J'ai changé de moyen de paiement {récemment|le mois dernier}.",
            "Ma carte bancaire a expiré {cet été|il y a peu} et j'en ai enregistré une nouvelle.",
        ),
        (
            "D'habitude on paie {toujours|chaque mois} le même montant, {jamais eu de question|ça n'a jamais posé de souci}.",
            "Jusqu'ici le tarif mensuel était {stable|toujours identique}, d'où mon étonnement.",
        ),
        (
            "On a ajouté {deux personnes|quelques utilisateurs} dans l'équipe, je ne sais pas si ça joue.",
            "Un collègue a {peut-être|sans doute} pris {des licences supplémentaires|des sièges en plus} sans me prévenir.",
        ),
        (
            "Le débit est passé [weekday], {sans aucun e-mail avant|sans la moindre facture}.",
            "Je n'ai reçu {aucune facture par mail|aucun mail de facture}, seulement une ligne {dans mes comptes|dans l'appli bancaire}.",
        ),
        (
            "J'ai déjà regardé dans {mon espace abonné|la rubrique Facturation}, {sans y voir plus clair|sans trouver d'explication}.",
            "J'ai lu la FAQ sur les tarifs, {ça ne m'avance pas|la réponse n'y est pas}.",
        ),
        (
            "Au {printemps|mois de mars}, nous sommes passés de la formule mensuelle à l'annuelle.",
            "J'ai utilisé récemment un code promo que vous m'aviez envoyé, au moment de payer.",
        ),
        (
            "Notre société est en Belgique, les factures partent à la compta à Bruxelles.",
            "Notre adresse de facturation a changé {depuis notre déménagement|ce printemps}.",
        ),
        (
            "J'ai téléchargé la dernière facture depuis le portail et l'ai comparée à celle du mois précédent.",
            "J'ai mis côte à côte les justificatifs des {trois|six} derniers mois, aucun n'est identique.",
        ),
        (
            "{Mon prédécesseur|L'ancien responsable} a souscrit, le dossier m'est tombé dessus.",
            "Je ne gère la partie financière que depuis {ce trimestre|quelques semaines}.",
        ),
        (
            "En mai vous aviez une promotion à laquelle nous avons participé.",
            "Au téléphone, on nous avait promis {un tarif spécial|une remise}.",
        ),
    ),
    "api_integration": (
        (
            "Jusqu'à {la semaine dernière|il y a [days] jours}, l'intégration tournait {sans accroc|parfaitement} depuis des mois.",
            "Nous n'avons {rien touché|pas modifié une ligne} au code.",
        ),
        (
            "Nous envoyons {environ|à peu près} {200|1 000} requêtes par minute, {réparties sur plusieurs workers|via une tâche planifiée}.",
            "Les appels partent {la nuit|toutes les heures} via un cron.",
        ),
        (
            "J'ai rejoué la requête avec curl, {même résultat|même erreur}.",
            "Sous Postman, {l'erreur est identique|ça fait pareil}.",
        ),
        (
            "La clé a été créée {voilà longtemps|au printemps} par un ex-collègue qui {a quitté la boîte|n'est plus chez nous}.",
            "On a {probablement|sans doute} {révoqué l'ancienne clé par erreur|supprimé l'ancienne clé sans faire exprès}.",
        ),
        (
            "Votre page de statut {est toute verte|n'indique aucun incident}, {bizarre|curieux}.",
            "Sur le forum développeurs, je n'ai rien trouvé à ce sujet.",
        ),
        (
            "Nous utilisons {Node.js 20|Python 3.12|PHP 8} avec votre bibliothèque officielle.",
            "Le client tourne dans un conteneur Docker derrière un {proxy|répartiteur de charge}.",
        ),
        (
            "La réponse contient un identifiant de requête, je peux vous l'envoyer.",
            "J'ai conservé la réponse complète avec les en-têtes.",
        ),
        (
            "Chez nous, seule l'IP du serveur a changé, car nous sommes passés {sur le cloud|chez AWS}.",
            "Nous avons déménagé dans un nouveau datacenter {le mois dernier|en début d'année}.",
        ),
        (
            "Le souci survient {uniquement la nuit|surtout aux heures de pointe|seulement avec de gros payloads}.",
            "Les petites requêtes passent, {les gros lots|les envois massifs} échouent.",
        ),
        (
            "Notre développeur est {en congé|malade}, j'essaie de comprendre par moi-même.",
            "Un freelance avait monté l'intégration, {injoignable aujourd'hui|parti depuis}.",
        ),
    ),
    "refund_request": (
        (
            "J'ai souscrit [weekday] et je n'ai {jamais|pas une seule fois} utilisé le produit.",
            "Le paiement remonte à {environ|à peu près} [days] jours.",
        ),
        (
            "J'ai envoyé ma résiliation {dans les délais|à temps} par mail et reçu une confirmation.",
            "J'ai même {un accusé de réception|une confirmation écrite} de la résiliation.",
        ),
        (
            "Mon mari a commandé {par erreur|sans faire attention} depuis mon compte.",
            "Notre stagiaire a souscrit {une mise à niveau|un abonnement} {en testant|par curiosité}.",
        ),
        (
            "Chez d'autres fournisseurs, ce genre de chose se règle {sans discussion|en deux minutes}.",
            "Je suis client{e|} depuis {des années|longtemps} et tout s'est toujours bien passé.",
        ),
        (
            "{Votre chat|Le chatbot} m'a renvoyé vers cette adresse.",
            "Au téléphone, on m'a dit {d'ouvrir un ticket|de faire la demande par écrit}.",
        ),
        (
            "Je m'étais inscrite uniquement pour tester et {je croyais le service gratuit|j'ignorais qu'il y aurait des frais}.",
            "Lors de l'inscription, je n'avais pas compris que la carte serait débitée {tout de suite|immédiatement}.",
        ),
        (
            "Nous avons remplacé votre service par un autre outil depuis {des mois|belle lurette}.",
            "Plus personne chez nous ne se connecte depuis {l'été|des mois}.",
        ),
        (
            "Nous sommes une petite association, [amount] c'est beaucoup pour nous.",
            "Je suis étudiant, chaque euro compte.",
        ),
        (
            "Ce débit m'a mis à découvert, {agios compris|merci bien}.",
            "À cause de ce prélèvement, {un autre paiement a été rejeté|mon loyer a failli ne pas passer}.",
        ),
        (
            "Votre site met en avant une garantie satisfait ou remboursé.",
            "D'après vos CGV, le délai de {trente|quatorze} jours court encore.",
        ),
    ),
    "data_migration": (
        (
            "Cela représente {environ|près de} {3 000|12 000} enregistrements accumulés sur {cinq|plusieurs} ans.",
            "Les données sources viennent {d'une base Access|d'un vieux SharePoint}.",
        ),
        (
            "J'ai lancé l'import [weekday] {en fin de journée|dans l'après-midi}.",
            "Le job tourne {soi-disant|d'après l'affichage} depuis [days] jours.",
        ),
        (
            "Nous avons suivi {à la lettre|pas à pas} le guide de votre base de connaissances.",
            "J'avais mappé les champs {au préalable|avant} selon votre modèle.",
        ),
        (
            "Notre contrat avec {l'ancien fournisseur|l'ancien système} se termine {à la fin du mois|dans [days] jours}.",
            "L'ancien système sera coupé {bientôt|la semaine prochaine}, d'où l'urgence.",
        ),
        (
            "L'équipe travaille déjà en parallèle sur la nouvelle plateforme.",
            "Entre-temps, {quelqu'un a|des collègues ont} déjà créé de nouvelles fiches, {si ça compte|si jamais ça gêne}.",
        ),
        (
            "Nous venons de {Salesforce|HubSpot|Zendesk}, où nous avons fait un export complet.",
            "L'export depuis {l'ancien CRM|Pipedrive} s'est fait {sans erreur|sans souci}.",
        ),
        (
            "Le fichier d'export pèse {environ 2 Go|pas mal} et contient aussi les pièces jointes.",
            "On compte {plus de 40|environ 25} tables liées entre elles.",
        ),
        (
            "Un import test de {50|100} lignes s'était {bien passé|déroulé sans accroc} avant.",
            "Lors de l'essai sur un petit échantillon, {tout était propre|rien d'anormal}.",
        ),
        (
            "Le CSV est séparé par des points-virgules et enregistré en {Windows-1252|ANSI}, tel qu'Excel le produit.",
            "Notre fichier source contient des séparateurs de milliers et des dates au format français.",
        ),
        (
            "{Une agence externe|Un alternant} gère la reprise, moi je sers juste d'interlocutrice.",
            "La DSI m'a refilé le projet {sans que j'y connaisse grand-chose|je suis plutôt utilisatrice}.",
        ),
    ),
}

MENTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Ma connexion fonctionne {très bien|normalement}, ce n'est pas ça le souci.",
            "Je me connecte sans problème, le mot de passe n'est pas en cause.",
        ),
        (
            "Une collègue a réinitialisé son mot de passe {la semaine dernière|récemment}, {tout s'est bien passé|ça a été rapide}.",
            "J'ai dû changer mon mdp {il y a peu|récemment} de toute façon, {ça a marché|aucun souci}.",
        ),
        (
            "Au début j'ai cru que mon accès était bloqué, {mais non|ce n'était pas le cas}.",
            "J'ai d'abord soupçonné mes identifiants, {à tort|mais ce n'était pas ça}.",
        ),
        (
            "(la connexion marche, juste pour info)",
            "mdp ok, je me co",
        ),
        (
            "La double authentification marche {nickel|parfaitement}, soit dit en passant.",
            "Pas besoin qu'on me renvoie un mail de reset, je l'ai {déjà|bien} utilisé.",
        ),
        (
            "N'allez pas croire que je reste bloqué dehors – {je rentre très bien|la connexion passe}.",
            "Je ne suis pas {enfermé dehors|verrouillée}, au cas où ce serait votre première idée.",
        ),
        (
            "Notre admin a imposé {hier|dernièrement} un nouveau mot de passe à toute l'équipe, mais c'est une autre affaire.",
            "Ma collègue a eu des soucis d'identification {l'autre semaine|ces jours-ci}, moi non.",
        ),
        (
            "J'ai tous mes identifiants, {pas d'inquiétude|ça ne coince pas là}.",
            "Je connais mon code, {me loguer n'est pas le souci|entrer n'est pas un problème}.",
        ),
        (
            "Une réinitialisation du mdp {ne changerait rien|ne sert à rien ici}, piste déjà écartée.",
            "J'ai refait mon code pour tester, résultat : {rien de changé|strictement aucun changement}.",
        ),
        (
            "La connexion par SSO {tourne|fonctionne} {sans accroc|impeccablement}, pour info.",
            "Mon code de validation arrive {aussitôt|direct}, donc côté accès tout roule.",
        ),
    ),
    "billing_inquiry": (
        (
            "La facture en elle-même est correcte, {ce n'est pas le sujet|là n'est pas le problème}.",
            "Côté facturation, tout est clair, aucune question là-dessus.",
        ),
        (
            "La {facture mensuelle|dernière facture} est {d'ailleurs|comme toujours} bien arrivée.",
            "Tout est réglé, {abonnement [plan] compris|au cas où vous poseriez la question}.",
        ),
        (
            "J'ai d'abord pensé que c'était lié au dernier prélèvement, {mais pas du tout|ce n'est pas ça}.",
            "Les montants sur mon relevé {sont bons|correspondent}, il s'agit d'autre chose.",
        ),
        (
            "facture ok",
            "paiement passé, {rien à signaler|nickel}",
        ),
        (
            "Notre comptabilité a {déjà classé|bien enregistré} les factures.",
            "Pour les tarifs, je vous écrirai {une autre fois|séparément}, hors sujet ici.",
        ),
        (
            "Aucune question côté facturation, elle est {limpide|compréhensible}.",
            "Ce que contient la facture, je le comprends {bien|parfaitement}, mon souci est ailleurs.",
        ),
        (
            "[plan] à ce tarif me semble {d'ailleurs juste|parfaitement correct}.",
            "Pour ce que propose [plan], je paie {volontiers|sans rechigner}, au passage.",
        ),
        (
            "La TVA est {cette fois|désormais} bien indiquée, {merci|enfin}.",
            "La facture rectifiée du {mois dernier|printemps} est arrivée et elle est juste.",
        ),
        (
            "Mes mensualités, je les connais par cœur, {inutile d'en discuter|le sujet est ailleurs}.",
            "Les coûts ? Hors sujet aujourd'hui, {même si on pourrait le croire|ne vous méprenez pas}.",
        ),
        (
            "Le prélèvement de lundi dernier est passé {normalement|comme d'habitude}.",
            "Le débit a été fait {à la bonne date|sans accroc}, vérification faite.",
        ),
    ),
    "api_integration": (
        (
            "L'API n'y est pour rien, elle tourne {parfaitement|sans problème}.",
            "Notre intégration technique fonctionne {bien|sans erreur}, ce n'est pas ça.",
        ),
        (
            "Notre développeur construit {un connecteur|une intégration} avec votre service en parallèle, mais c'est {un autre sujet|une autre histoire}.",
            "On utilise {aussi|également} vos webhooks, {ils marchent très bien|aucun souci de ce côté}.",
        ),
        (
            "Je pensais {au départ|d'abord} à une clé d'API expirée, {mais non|fausse piste}.",
            "Les erreurs 429 de {l'autre jour|la semaine dernière} ont {disparu depuis|été réglées}.",
        ),
        (
            "api ok, juste pour info",
            "le token marche",
        ),
        (
            "Pas besoin de {nouvelle clé|nouveau token}, l'actuel est {valide|tout à fait bon}.",
            "J'ai lu la doc développeur, mais mes requêtes ne sont pas concernées.",
        ),
        (
            "Nous avons bien une connexion via votre interface, {mais elle n'est pas concernée|mais elle reste hors de cause}.",
            "Notre intégration n'est pas en jeu, {elle fait ce qu'elle doit|elle tourne sagement}.",
        ),
        (
            "Pas de codes d'erreur type 401 ou 500 chez nous, {si jamais vous y pensiez|je peux l'exclure}.",
            "Dans nos journaux, {aucune|pas une seule} requête en échec, pour que vous le sachiez.",
        ),
        (
            "Nous sommes {très loin|à des années-lumière} de la limite de débit.",
            "On n'atteint pas le quota, {même pas de près|loin de là}.",
        ),
        (
            "Notre endpoint de webhook reçoit {tout|tous les événements} {à l'heure|de façon fiable}.",
            "Jeton et clé sont {tout neufs|fraîchement renouvelés}, donc exclus d'office.",
        ),
        (
            "La programmation, {très peu pour moi|pas mon truc}, je {clique dans l'interface|passe par l'interface web}.",
            "Nous n'utilisons aucune API, {on est de simples utilisateurs|aucune idée de ce truc}.",
        ),
    ),
    "refund_request": (
        (
            "Je ne demande {surtout pas|absolument pas} de remboursement, {que ce soit clair|entendons-nous bien}.",
            "Je ne veux pas récupérer d'argent, c'est pour autre chose.",
        ),
        (
            "L'an dernier j'avais {déjà été remboursé|obtenu un remboursement}, ça s'était {très bien passé|fait vite}.",
            "Un ami {a récupéré son argent|s'est fait rembourser} {à l'époque|une fois} sans difficulté.",
        ),
        (
            "Pas besoin d'avoir, {je reste client|je continue à payer volontiers}.",
            "J'ai pensé à contester le prélèvement, {mais je ne le ferai pas|puis j'ai laissé tomber}.",
        ),
        (
            "(je veux pas être remboursé)",
            "aucun remboursement svp, c'est pas ça",
        ),
        (
            "Mon précédent remboursement a bien été versé, {merci encore|merci d'ailleurs}.",
            "L'annulation de {l'époque|mars} est réglée, {c'est bon|rien à redire}.",
        ),
        (
            "Aucun remboursement à prévoir, {tout va bien|tout est payé et c'est très bien}.",
            "Il n'est pas question de remboursement, {bien au contraire|rassurez-vous}.",
        ),
        (
            "Contrairement à {mon collègue|ma collègue}, je ne réclame aucun argent, il me faut {un renseignement|de l'aide}.",
            "Mon associé voulait récupérer sa mise, moi je vois les choses autrement.",
        ),
        (
            "Résilier et demander un remboursement, {j'y réfléchirai plus tard|c'est une autre histoire}.",
            "On parlera d'un éventuel remboursement {un autre jour|plus tard, si besoin}.",
        ),
        (
            "Un remboursement ? Non, {surtout pas|jamais de la vie}.",
            "paiement ok, rien à rendre",
        ),
        (
            "L'opposition faite par ma banque au printemps {est réglée|a été régularisée depuis longtemps}.",
            "Le virement de remboursement de l'an passé est arrivé {sans problème|sans souci}.",
        ),
    ),
    "data_migration": (
        (
            "Cela n'a rien à voir avec l'import de données, il s'est {bien|correctement} déroulé.",
            "Notre migration est {terminée|réussie}, ce n'est pas le sujet.",
        ),
        (
            "Nous envisageons de reprendre {d'anciens projets|des données historiques} {plus tard|au prochain trimestre}, {mais pas maintenant|rien d'urgent}.",
            "Une autre équipe transfère {en ce moment|bientôt} ses projets chez vous, {sans rapport|indépendamment de ma demande}.",
        ),
        (
            "J'ai d'abord cru que le transfert des données avait mal tourné, mais {tout est là|les données sont complètes}.",
            "Les fichiers CSV sont {tous|entièrement} importés, {ce n'est pas ça|le problème est ailleurs}.",
        ),
        (
            "import terminé, fyi",
            "toutes les données ont été transférées",
        ),
        (
            "Nous n'avons pas encore {touché à|utilisé} l'assistant de migration.",
            "Une reprise de données n'est prévue {qu'à l'automne|que l'an prochain}.",
        ),
        (
            "Le passage du système historique au vôtre, vos collègues l'ont {parfaitement|super bien} accompagné, {merci encore|au passage}.",
            "Pour la reprise des données, votre équipe d'onboarding nous a {très bien|vraiment bien} aidés.",
        ),
        (
            "On n'importe {rien|absolument rien}, on {part de zéro|repart à neuf}.",
            "Aucune donnée historique à reprendre, {tout sera créé à la main|on commence à vide}.",
        ),
        (
            "La liste Excel envoyée lundi est {bien passée|entièrement reprise}, {pas d'inquiétude|nickel}.",
            "Tous les contacts ont été chargés correctement, j'ai vérifié par sondage.",
        ),
        (
            "L'import, lui, marche : mon souci se situe {à un autre niveau|sur un tout autre plan}.",
            "Ma demande ne concerne {en rien|absolument pas} l'import.",
        ),
        (
            "Certes, on migre {actuellement|en parallèle} des contacts depuis {HubSpot|Outlook}, mais ça se fait {à part|de son côté} sans souci.",
            "La bascule du vieil outil vers le vôtre {est encore en cours|continue}, mais mon mail porte sur autre chose.",
        ),
    ),
}

AMBIGUOUS: tuple[tuple[str, ...], ...] = (
    (
        "Il y a quelque chose qui cloche avec mon compte. Pourriez-vous regarder ?",
        "Depuis {[weekday]|quelques jours}, quelque chose ne va pas chez moi. Pouvez-vous vérifier ?",
    ),
    (
        "ça marche pas. help",
        "encore un souci {:(|!!}. de l'aide ?",
    ),
    (
        "J'ai un problème et je ne sais pas trop à qui m'adresser. Vous pourrez peut-être m'aider ?",
        "Je ne suis pas sûr{e|} d'être au bon endroit, mais j'ai besoin d'aide.",
    ),
    (
        "Depuis peu, ça ne tourne plus rond chez nous. Merci de me recontacter {rapidement|vite}.",
        "Quelque chose s'est mal passé{, je crois|}. Quelqu'un peut s'en occuper ?",
    ),
    (
        "Comme convenu au téléphone : il s'agit de mon compte. Rappelez-moi, svp.",
        "J'ai déjà écrit {la semaine passée|voilà [days] jours} et toujours rien.",
    ),
    (
        "Salut, tu peux checker mon compte ? Y a un truc qui va pas.",
        "Tu peux m'aider ? C'est bizarre chez moi.",
    ),
    (
        "Allô ? Quelqu'un m'entend ? J'attends {depuis une semaine|toujours} une solution.",
        "Quelqu'un me lit ? Rien ne bouge de mon côté.",
    ),
    (
        "Ça recommence. Revenez vers moi svp.",
        "Même cirque que {la fois d'avant|l'autre jour}. À regarder svp.",
    ),
    (
        "Un souci, dont j'aimerais parler {par téléphone|de vive voix}.",
        "Quelqu'un pourrait me {rappeler|téléphoner} ? C'est difficile à expliquer par écrit.",
    ),
    (
        "Petite question concernant mon compte – qui serait dispo ?",
        "J'aurais besoin de {cinq minutes|deux minutes} avec quelqu'un du support.",
    ),
    (
        "Pas possible !!! Encore.",
        "Je suis vraiment en colère, il faut que ça {se règle|cesse} maintenant.",
    ),
)

SUBJECTS_NEUTRAL: tuple[tuple[str, ...], ...] = (
    ("Question", "Demande", "Une question"),
    ("Besoin d'aide", "Demande d'aide"),
    ("urgent", "URGENT !!", "pressé"),
    ("Ma demande", "Requête", "Sollicitation"),
    ("RE: Votre message", "TR: Support"),
    ("Demande de support", "Ticket", "Réclamation client"),
)

SUBJECTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        ("Réinitialisation du mot de passe", "Mot de passe oublié"),
        ("connexion impossible", "j'arrive pas à me co"),
        ("Accès à mon compte bloqué", "Compte verrouillé ?"),
        ("Demande de nouveaux identifiants", "Reset mdp svp"),
        ("Double authentification / connexion", "Souci pour me connecter"),
        (
            "Mot de passe perdu",
            "mdp perdu",
        ),
        (
            "Compte verrouillé suite à des erreurs de saisie",
            "Compte bloqué",
        ),
        (
            "Impossible de m'identifier",
            "Souci d'identifiants",
        ),
        (
            "Reset : rien reçu",
            "Courriel de réinitialisation absent",
        ),
        (
            "Rétablir mon accès",
            "Déblocage du compte svp",
        ),
    ),
    "billing_inquiry": (
        ("Question sur ma facture", "Précision sur la facture n° {2024-0815|4711}"),
        ("prélèvement ??", "c'est quoi ce débit"),
        ("Débit inconnu de [amount]", "Prélèvement non identifié"),
        ("Tarif de l'offre [plan]", "Prix de {mon abonnement|ma formule}"),
        ("Facturation {de mai|de ce mois}", "Demande d'explication sur la facturation"),
        (
            "Question facturation",
            "Ligne incomprise dans la facture",
        ),
        (
            "Hausse de prix ?",
            "Pourquoi plus cher ?",
        ),
        (
            "TVA facturée",
            "Taux de TVA correct ?",
        ),
        (
            "Nombre de licences facturées",
            "Trop d'utilisateurs facturés ?",
        ),
        (
            "Prélèvement de [weekday]",
            "Relevé bancaire : opération incomprise",
        ),
    ),
    "api_integration": (
        ("Erreur API 401", "L'API renvoie des erreurs"),
        ("429 rate limit", "500 en boucle"),
        ("L'intégration ne fonctionne plus", "Interface HS ?"),
        ("Problème de clé API", "Clé invalide ?"),
        ("Webhooks / timeouts", "Requêtes qui expirent"),
        (
            "403 Forbidden",
            "Erreur de droits API",
        ),
        (
            "Signature webhook invalide",
            "Échec des webhooks",
        ),
        (
            "Souci d'interface",
            "Problèmes de connexion à l'API",
        ),
        (
            "Jeton expiré ?",
            "Erreur OAuth",
        ),
        (
            "Sandbox ok, prod non",
            "Erreurs en production",
        ),
    ),
    "refund_request": (
        ("Remboursement", "Demande de remboursement"),
        ("rembourser svp", "je veux mon argent"),
        ("Avoir de [amount]", "Recrédit {demandé|svp}"),
        ("Erreur de paiement – à annuler", "Annulation du paiement"),
        ("Débité malgré la résiliation", "Payé deux fois"),
        (
            "Remboursez-moi",
            "Rendez-moi mon argent",
        ),
        (
            "Rétractation",
            "Exercice du droit de rétractation",
        ),
        (
            "Upgrade involontaire",
            "Annuler l'upgrade et rembourser",
        ),
        (
            "Trop-perçu",
            "Avoir à établir",
        ),
        (
            "Opposition au prélèvement",
            "Prélèvement à annuler",
        ),
    ),
    "data_migration": (
        ("Migration des données", "Question sur la migration"),
        ("import bloqué", "migration plantée ?"),
        ("Transfert de nos données", "Reprise depuis {l'ancien outil|Trello|Jira}"),
        ("Import CSV incomplet", "Lignes manquantes après import"),
        ("Statut du job de migration", "Migration échouée ?"),
        (
            "Reprise des données",
            "Soucis de reprise des données",
        ),
        (
            "Import : accents cassés",
            "Caractères bizarres après import",
        ),
        (
            "Doublons après import",
            "Fiches en double",
        ),
        (
            "Bascule depuis {HubSpot|Salesforce}",
            "Passage chez vous – bascule des données",
        ),
        (
            "Import Excel",
            "Import coincé en file d'attente",
        ),
    ),
}

GREETINGS: tuple[tuple[str, ...], ...] = (
    ("Madame, Monsieur,", "Bonjour Madame, Monsieur,"),
    ("Bonjour,", "Bonjour à tous,", "Bonjour l'équipe,"),
    ("Salut,", "Coucou,", ""),
    ("Bonsoir,", "Bonsoir à vous,"),
    ("Allô,", "Allo l'équipe,"),
    ("Chère équipe,", "Cher support,", "Chers tous,"),
)

SIGNOFFS: tuple[tuple[str, ...], ...] = (
    ("Cordialement, [first_name]", "Cordialement", "Bien cordialement, [first_name]"),
    ("Bonne journée, [first_name]", "Bonne soirée", "Belle journée à vous"),
    ("Merci d'avance !", "Merci d'avance, [first_name]", "Merci par avance"),
    (
        "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées. [first_name]",
        "Veuillez agréer mes salutations distinguées",
    ),
    ("Bises, [first_name]", "A+", "++"),
    ("Merci ben, [first_name]", "Salutations, [first_name]", "Meilleures salutations"),
)

FILLERS: tuple[tuple[str, ...], ...] = (
    (
        "Je vous serais reconnaissant{e|} d'une réponse rapide.",
        "Un retour {d'ici [weekday]|avant la fin de semaine} serait {idéal|très apprécié}.",
    ),
    (
        "Sinon je suis {très satisfait|super content} de {votre produit|votre outil}.",
        "{Bravo au passage|Au passage, bravo} à toute l'équipe, la {nouvelle interface|dernière version} est {top|géniale}.",
    ),
    (
        "J'ai attendu {une éternité|très longtemps} au téléphone, {alors|donc} j'écris.",
        "Votre chat était {encore hors ligne|inaccessible}.",
    ),
    (
        "Désolé{e|} pour {l'heure tardive|la longueur du message|le pavé}.",
        "Pardon pour {les fautes|toutes ces questions|le désordre}.",
    ),
    (
        "Il pleut des cordes {depuis des jours|ici}, {le moral suit|alors bon}.",
        "Je suis {dans le train|en déplacement}, d'où la brièveté.",
    ),
    (
        "Je suis joignable {de préférence|le matin} par mail.",
        "En cas de question, {n'hésitez pas|écrivez-moi}.",
    ),
    (
        "Je pars en congé [weekday], {ce serait bien|l'idéal serait} de régler ça avant.",
        "Ces prochains jours, {déplacement pro|absence du bureau} oblige, je répondrai de façon sporadique.",
    ),
    (
        "Bon week-end d'avance !",
        "Et bon début de semaine.",
    ),
    (
        "J'écris de la part de {mon patron|ma responsable}, en réunion jusqu'au soir.",
        "Ce message est envoyé pour {notre direction|mon supérieur}, par l'assistante.",
    ),
    (
        "C'est déjà ma {deuxième|troisième} tentative pour vous joindre.",
        "À mon mail {d'hier|de [weekday]}, juste une réponse automatique en retour.",
    ),
)

BODY_EMAIL: tuple[tuple[str, ...], ...] = (
    ("Mon compte est enregistré à l'adresse [email].", "Je suis inscrit avec [email]."),
    ("compte : [email]", "mail : [email]"),
    ("L'adresse e-mail liée à mon compte est [email].", "L'adresse renseignée est [email]."),
    (
        "J'utilise {votre service|l'appli} avec [email], {si tu veux vérifier|pour info}.",
        "Si vous devez chercher : [email].",
    ),
    ("(Compte client : [email])", "Mon courriel de compte : [email]"),
    (
        "Je me connecte {d'habitude|en général} avec [email].",
        "Mail de connexion : [email]",
    ),
    (
        "Le compte utilisateur est lié à [email], {pas|et non} au mail qui vous envoie ce message.",
        "Attention, mon compte c'est [email] – j'écris {depuis mon téléphone|depuis ma boîte perso}.",
    ),
    (
        "Pour info, mon adresse chez vous est [email].",
        "Chez vous je suis enregistrée sous [email].",
    ),
    (
        "Merci de chercher sous [email].",
        "Cherchez [email], svp.",
    ),
    (
        "Compte créé dans le temps avec [email].",
        "L'inscription s'est faite via [email].",
        "Mon courriel au dossier : [email].",
    ),
)

REPLY_EMAIL: tuple[tuple[str, ...], ...] = (
    ("Le compte est au nom de [email].", "C'est [email]."),
    ("[email]", "[email] je crois"),
    ("L'adresse est [email], merci de demander.", "Prenez [email], svp."),
    ("Ah pardon, {j'ai oublié|oubli de ma part} : [email]", "ah oui : [email]"),
    (
        "Pour me loguer j'utilise {toujours|en général} [email], pas l'adresse d'où j'écris.",
        "Pas l'adresse d'expédition, mais [email].",
    ),
    (
        "Essayez avec [email].",
        "Tentez [email].",
    ),
    (
        "Ça devrait être [email].",
        "[email], {il me semble|sauf erreur}.",
    ),
    (
        "Le compte a été ouvert avec [email].",
        "J'ai créé mon profil avec [email].",
    ),
    (
        "Mon adresse pro : [email].",
        "Celle du travail, donc [email].",
    ),
    (
        "Alors, en fait [email] – autant pour moi.",
        "Pardon, la bonne est [email].",
    ),
)

REPLY_EMAIL_VAGUE: tuple[tuple[str, ...], ...] = (
    ("Celle que j'utilise d'habitude.", "Mon adresse habituelle."),
    ("celle du boulot {je crois|il me semble|sûrement}", "la pro probablement"),
    ("{Honnêtement|À vrai dire}, je ne sais plus.", "Aucune idée, {ça fait longtemps|j'en ai plusieurs}."),
    ("Elle est {dans mon profil|dans votre système}, non ?", "Vous devez {bien l'avoir|la voir}, non ?"),
    ("Soit la perso soit la pro, {l'une des deux|à vous de voir}.", "Une de mes adresses {Gmail|Hotmail}."),
)

REPLY_NO_OTHER: tuple[tuple[str, ...], ...] = (
    ("Je n'ai que cette adresse.", "Je ne possède pas d'autre adresse e-mail."),
    ("j'en ai pas d'autre", "juste celle-là"),
    (
        "L'adresse avec laquelle je vous écris est {la seule|celle du compte}.",
        "C'est exactement celle d'où part ce message.",
    ),
    ("Il n'y en a pas d'autre, {vraiment|promis}.", "Pas d'autres adresses."),
    (
        "Comme dit, c'est l'adresse de l'expéditeur de ce mail.",
        "Mon compte est rattaché à l'adresse qui apparaît en expéditeur.",
    ),
    (
        "Non, il n'existe que celle-ci.",
        "Aucune autre boîte mail chez moi.",
    ),
    (
        "Celle-ci, et aucune autre.",
        "Une deuxième adresse ? Je n'en ai pas.",
    ),
    (
        "Ce mail-là et aucun autre, je l'utilise pour tout.",
        "Ma seule boîte, c'est celle d'où je réponds en ce moment.",
    ),
    (
        "non, j'ai que celle-là",
        "nan, juste celle-ci",
    ),
    (
        "Regardez l'expéditeur en haut : c'est mon unique adresse.",
        "L'inscription s'est faite avec ce mail précis.",
    ),
)

REPLY_REQUEST: dict[str, tuple[tuple[str, ...], ...]] = {
    "password_reset": (
        (
            "Réinitialisez mon mot de passe, s'il vous plaît.",
            "Je voudrais un lien pour réinitialiser mon mot de passe.",
        ),
        ("nouveau mdp svp", "lien de reset stp"),
        (
            "J'aimerais simplement pouvoir rentrer à nouveau dans mon compte, donc un nouveau mot de passe.",
            "Pouvoir me reconnecter, {un reset suffira|un lien de réinitialisation suffit}.",
        ),
        (
            "Envoyez-moi de quoi choisir un nouveau code d'accès.",
            "Un mail pour refaire mon mdp, merci.",
        ),
        (
            "Rétablir mon accès, {rien de plus|pas davantage}.",
            "Je veux seulement retrouver ma connexion.",
        ),
        (
            "Débloquez mon compte, s'il vous plaît.",
            "Levez le blocage et je me débrouille.",
        ),
        (
            "Réinitialiser la 2FA pour que je configure mon nouveau téléphone.",
            "Désactiver la validation en deux étapes pendant que je change d'appareil.",
        ),
        (
            "Que je puisse me loguer de nouveau, point.",
            "Que la connexion remarche, ça me suffit.",
        ),
        (
            "Renvoyez le courriel de reset – et qu'il arrive, cette fois.",
            "Le message pour refaire le mdp, encore une fois svp.",
        ),
        (
            "Un code provisoire par SMS, idéalement.",
            "N'importe quel code temporaire qui me permette d'entrer.",
        ),
    ),
    "billing_inquiry": (
        (
            "J'aimerais une explication sur les [amount] facturés.",
            "Expliquez-moi ce prélèvement {en détail|plus précisément}.",
        ),
        ("juste m'expliquer ce paiement", "savoir à quoi sert cet argent"),
        (
            "Une facture détaillée {me suffirait|suffira}.",
            "Envoyez-moi {le détail de la facture|un récapitulatif des frais}.",
        ),
        (
            "Aucun remboursement, juste qu'on m'éclaire sur la facture.",
            "Je veux simplement comprendre comment est calculé le prix de [plan].",
        ),
        (
            "Vérifiez si le dernier paiement est correct et tenez-moi informé.",
            "Contrôler que c'est en ordre, {merci|ça suffira}.",
        ),
        (
            "Une explication de ce qui se cache derrière ce montant.",
            "Comprendre où part mon argent.",
        ),
        (
            "La liste de tous les frais depuis {janvier|le début de l'année}.",
            "Un relevé des coûts et de leurs dates.",
        ),
        (
            "Le détail du calcul, poste par poste.",
            "Comprendre comment vous arrivez à ce total.",
        ),
        (
            "Juste savoir pourquoi la facture a augmenté – {aucun avoir nécessaire|sans remboursement}.",
            "Des explications oui, de l'argent non.",
        ),
        (
            "Me confirmer que la taxe appliquée est correcte.",
            "Dites-moi si le pourcentage de TVA est le bon.",
        ),
    ),
    "api_integration": (
        (
            "Trouvez pourquoi nos appels à l'API échouent, s'il vous plaît.",
            "Je veux savoir d'où viennent les erreurs {401|429|500}.",
        ),
        ("checker les logs + corriger svp", "que l'api remarche"),
        (
            "Si la clé est {morte|invalide}, {il nous en faut une neuve|générez-en une autre}.",
            "Une nouvelle clé d'API, {si nécessaire|si l'ancienne ne marche plus}.",
        ),
        (
            "Que notre intégration refonctionne, {tout simplement|c'est tout}.",
            "Que l'interface réponde de nouveau {correctement|normalement}.",
        ),
        (
            "Regardez les erreurs dans vos journaux et {escaladez|faites remonter} si ça vient de chez vous.",
            "Une investigation technique des {requêtes en échec|plantages}.",
        ),
        (
            "Augmenter la limite de requêtes, {svp|rien d'autre}.",
            "Autoriser plus d'appels par minute.",
        ),
        (
            "Renvoyer les webhooks manqués.",
            "Redistribuer les événements perdus.",
        ),
        (
            "Un développeur qui regarde nos requêtes, {sans plus|ça suffira}.",
            "Que quelqu'un de technique examine les appels en erreur.",
        ),
        (
            "Donner au jeton les droits nécessaires.",
            "Ajouter les scopes pour que la 403 disparaisse.",
        ),
        (
            "Me dire si un incident touche vos serveurs, et quand il sera résolu.",
            "Des nouvelles de la panne et un délai estimé.",
        ),
    ),
    "refund_request": (
        ("Je veux être remboursé{e|} des [amount].", "Remboursez le montant, s'il vous plaît."),
        ("remboursement", "rembourser merci"),
        ("Annuler le paiement et recréditer ma carte.", "Reverser la somme sur {ma carte|mon compte}."),
        (
            "Un remboursement complet, {comme promis à l'achat|comme il se doit}.",
            "Qu'on me rende {l'intégralité|chaque centime}.",
        ),
        (
            "Remboursez-moi le dernier prélèvement, {je n'utilise pas le service|j'ai résilié}.",
            "Le dernier paiement doit revenir, {point final|voilà}.",
        ),
        (
            "Me rembourser par virement, {compte courant|RIB à l'appui}.",
            "Virez-moi la somme en retour.",
        ),
        (
            "Le remboursement des [amount], merci.",
            "Un remboursement, tout simplement.",
        ),
        (
            "Annuler le prélèvement, {le plus vite possible|rapidement}.",
            "Que le débit soit annulé et l'argent rendu.",
        ),
        (
            "Recréditer la totalité sur la Visa.",
            "L'intégralité de retour sur la carte.",
        ),
        (
            "Rembourser l'écart avec l'offre inférieure.",
            "Me rendre le trop-payé.",
        ),
    ),
    "data_migration": (
        (
            "Vérifiez que la migration des données est complète, s'il vous plaît.",
            "Je voudrais une confirmation que la migration est terminée.",
        ),
        ("checker l'import svp", "voir si tout est passé"),
        (
            "Qu'{un technicien|on} contrôle la reprise de nos données et la finalise {si besoin|le cas échéant}.",
            "Terminer le transfert, ou au moins vérifier s'il est fini.",
        ),
        (
            "Consultez les logs de la tâche d'import puis donnez-moi des nouvelles.",
            "Un coup d'œil au journal de l'import, merci.",
        ),
        (
            "Si le déménagement a échoué, transmettez à vos spécialistes.",
            "S'assurer que nos projets sont {tous arrivés|au complet}.",
        ),
        (
            "Relancer l'import, {cette fois|svp} sans doublons.",
            "Une nouvelle passe de reprise, propre.",
        ),
        (
            "Corriger les accents et recharger les données.",
            "Réparer les caractères spéciaux.",
        ),
        (
            "Les fiches manquantes, listées.",
            "Me dire quelles lignes manquent.",
        ),
        (
            "Terminer la migration avant l'extinction du vieux système.",
            "Boucler la bascule à temps, avant la coupure.",
        ),
        (
            "Me confirmer que la reprise est complète – et sinon, {rattraper le manque|compléter}.",
            "Vérifier, puis rattraper les trous laissés par le transfert.",
        ),
    ),
}

REPLY_VAGUE: tuple[tuple[str, ...], ...] = (
    ("Régler le problème, {évidemment|quoi d'autre}.", "Ben, que ça remarche."),
    ("réparez svp", "faites le nécessaire, merci"),
    ("Vous savez mieux que moi, non ?", "C'est vous les experts."),
    ("Ce qu'il faut.", "Ce qui {marche|sera nécessaire}."),
    (
        "Aucune idée, {du moment que ça marche|n'importe quoi}.",
        "Peu importe comment, je veux {juste|seulement} être tranquille.",
    ),
    (
        "Ben m'aider !",
        "M'aider, {c'est votre boulot non ?|vous êtes là pour ça}.",
    ),
    (
        "J'ai tout expliqué dans mon {premier|dernier} message.",
        "Relisez ce que j'ai écrit, svp.",
    ),
    (
        "Le truc habituel.",
        "La procédure habituelle dans ces cas-là.",
    ),
    (
        "Occupez-vous-en, c'est tout.",
        "Débrouillez-vous pour que ça s'arrange.",
    ),
    (
        "Regardez et décidez vous-mêmes.",
        "Vous allez trouver, j'en suis sûr.",
    ),
)

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "beaucoup": ("bcp",),
    "pourquoi": ("pq", "pk"),
    "toujours": ("tjrs", "tjs"),
    "jamais": ("jms",),
    "vraiment": ("vrmt",),
    "message": ("msg",),
    "bonjour": ("bjr",),
    "salut": ("slt",),
    "cordialement": ("cdlt", "cdt"),
    "pour": ("pr",),
    "dans": ("ds",),
    "avec": ("avc",),
    "tout": ("tt",),
    "quand": ("qd",),
    "problème": ("pb", "pbm"),
    "abonnement": ("abo",),
    "maintenant": ("mtn",),
    "informations": ("infos",),
    "numéro": ("n°", "num"),
    "merci": ("mrc", "thx"),
    "téléphone": ("tél",),
    "application": ("appli",),
    "identifiant": ("id",),
    "quelqu'un": ("qqn", "qqun"),
    "quelque": ("qq",),
    "c'est": ("c",),
    "compte": ("cpt",),
    "rien": ("r1",),
    "bien": ("b1",),
    "aujourd'hui": ("ajd", "auj"),
    "quoi": ("koi",),
    "comme": ("cm",),
    "même": ("mm",),
    "semaine": ("sem.",),
    "facture": ("fact.",),
    "environ": ("env.",),
    "exemple": ("ex.",),
    "madame": ("Mme",),
    "monsieur": ("M.",),
    "lundi": ("lun.",),
    "mardi": ("mar.",),
    "mercredi": ("mer.",),
    "jeudi": ("jeu.",),
    "vendredi": ("ven.",),
    "samedi": ("sam.",),
    "dimanche": ("dim.",),
    "développeur": ("dev",),
    "d'accord": ("dac", "ok"),
    "j'ai": ("jai",),
    "bonsoir": ("bsr",),
    "besoin": ("bsn",),
    "vous": ("vs",),
    "nous": ("ns",),
    "temps": ("tps",),
    "demande": ("dde",),
    "réponse": ("rép.",),
    "salutations": ("slts",),
}
