<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AppOptions</name>
        <message>
            <source>Diagnoses Microsoft Entra self-service password reset and password change failures (AADSTS120021 and the AADSTS 1200xx family).</source>
            <translation>Diagnostique les échecs de réinitialisation de mot de passe en libre-service et de modification du mot de passe Microsoft Entra (AADSTS120021 et la famille AADSTS 1200xx).</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>Afficher cette aide et quitter.</translation>
        </message>
        <message>
            <source>Show the version and exit.</source>
            <translation>Afficher la version et quitter.</translation>
        </message>
        <message>
            <source>Run against the built-in demo tenant. An optional SCENARIO (a built-in name or a scenario file) may follow; default: healthy.</source>
            <translation>Exécuter sur le locataire de démonstration intégré. Un SCENARIO facultatif (nom intégré ou fichier de scénario) peut suivre ; par défaut : healthy.</translation>
        </message>
        <message>
            <source>List the built-in demo scenarios and exit.</source>
            <translation>Lister les scénarios de démonstration intégrés et quitter.</translation>
        </message>
        <message>
            <source>Run without a window and write a report.</source>
            <translation>Exécuter sans fenêtre et écrire un rapport.</translation>
        </message>
        <message>
            <source>Write the session as JSON to FILE (headless).</source>
            <translation>Écrire la session au format JSON dans FILE (sans interface).</translation>
        </message>
        <message>
            <source>The affected user: user principal name or object id.</source>
            <translation>L'utilisateur concerné : nom d'utilisateur principal (UPN) ou ID d'objet.</translation>
        </message>
        <message>
            <source>The error text as the user saw it.</source>
            <translation>Le texte de l'erreur tel que l'utilisateur l'a vu.</translation>
        </message>
        <message>
            <source>Read the error text from FILE.</source>
            <translation>Lire le texte de l'erreur depuis FILE.</translation>
        </message>
        <message>
            <source>Check your own account (end user) instead of another user's (IT).</source>
            <translation>Vérifier votre propre compte (utilisateur final) plutôt que celui d'un autre utilisateur (IT).</translation>
        </message>
        <message>
            <source>Use URL as the versioned Microsoft Graph root (default https://graph.microsoft.com/v1.0).</source>
            <translation>Utiliser URL comme racine versionnée de Microsoft Graph (par défaut https://graph.microsoft.com/v1.0).</translation>
        </message>
        <message>
            <source>Seconds to wait for each Graph request (default 30).</source>
            <translation>Secondes d'attente pour chaque requête Graph (30 par défaut).</translation>
        </message>
        <message>
            <source>Log what the app does to standard error (never a token or password).</source>
            <translation>Journaliser les actions de l'application sur la sortie d'erreur standard (jamais de jeton ni de mot de passe).</translation>
        </message>
        <message>
            <source>With --demo: the scenario name or file.</source>
            <translation>Avec --demo : le nom ou le fichier du scénario.</translation>
        </message>
        <message>
            <source>Too many arguments: %1</source>
            <translation>Trop d'arguments : %1</translation>
        </message>
        <message>
            <source>A scenario (%1) needs --demo.</source>
            <translation>Un scénario (%1) nécessite --demo.</translation>
        </message>
        <message>
            <source>--graph needs an http(s) URL, not "%1".</source>
            <translation>--graph attend une URL http(s), pas « %1 ».</translation>
        </message>
        <message>
            <source>--timeout needs a number of seconds from 1 to 600.</source>
            <translation>--timeout attend un nombre de secondes entre 1 et 600.</translation>
        </message>
        <message>
            <source>Give either --error or --error-file, not both.</source>
            <translation>Indiquez --error ou --error-file, mais pas les deux.</translation>
        </message>
        <message>
            <source>--json is for --headless runs.</source>
            <translation>--json est réservé aux exécutions --headless.</translation>
        </message>
        <message>
            <source>--self checks your own account: leave out --user.</source>
            <translation>--self vérifie votre propre compte : omettez --user.</translation>
        </message>
        <message>
            <source>--graph needs an https URL (http only for 127.0.0.1 or localhost), not "%1".</source>
            <translation>--graph attend une URL https (http uniquement pour 127.0.0.1 ou localhost), pas « %1 ».</translation>
        </message>
        <message>
            <source>Cannot read the error file %1: %2</source>
            <translation>Impossible de lire le fichier d'erreur %1 : %2</translation>
        </message>
        <message>
            <source>The Microsoft cloud: global, usgov-gcch, usgov-dod or china (default global).</source>
            <translation>Le cloud Microsoft : global, usgov-gcch, usgov-dod ou china (global par défaut).</translation>
        </message>
        <message>
            <source>Sign in at URL instead of the cloud's authority (any OpenID Connect server with Microsoft identity platform v2.0 endpoints).</source>
            <translation>Se connecter à URL au lieu de l'autorité du cloud (tout serveur OpenID Connect doté des points de terminaison v2.0 de la plateforme d'identités Microsoft).</translation>
        </message>
        <message>
            <source>The tenant to sign in to: organizations, common, a domain or a tenant id (default organizations).</source>
            <translation>Le locataire auquel se connecter : organizations, common, un domaine ou un ID de locataire (organizations par défaut).</translation>
        </message>
        <message>
            <source>Sign in with your organisation's own app registration (application id).</source>
            <translation>Se connecter avec l'inscription d'application propre à votre organisation (ID d'application).</translation>
        </message>
        <message>
            <source>Sign in with a code entered on another device instead of this PC's browser.</source>
            <translation>Se connecter avec un code saisi sur un autre appareil plutôt que dans le navigateur de ce PC.</translation>
        </message>
        <message>
            <source>Do not keep the sign-in in the system keychain (shared PCs).</source>
            <translation>Ne pas conserver la connexion dans le trousseau du système (PC partagés).</translation>
        </message>
        <message>
            <source>Probe HOST[:PORT] instead of the cloud's hosts (repeatable).</source>
            <translation>Sonder HOST[:PORT] au lieu des hôtes du cloud (option répétable).</translation>
        </message>
        <message>
            <source>Compare this PC's clock with the Date header of URL.</source>
            <translation>Comparer l'horloge de ce PC avec l'en-tête Date de URL.</translation>
        </message>
        <message>
            <source>Skip the local network and clock checks.</source>
            <translation>Ignorer les vérifications locales du réseau et de l'horloge.</translation>
        </message>
        <message>
            <source>Answer a guided question, e.g. other-network=no (repeatable).</source>
            <translation>Répondre à une question guidée, p. ex. other-network=no (option répétable).</translation>
        </message>
        <message>
            <source>Look back N days in the audit and sign-in logs (1 to 30, default 7).</source>
            <translation>Remonter N jours dans les journaux d'audit et de connexion (1 à 30, 7 par défaut).</translation>
        </message>
        <message>
            <source>--cloud is one of %1, not "%2".</source>
            <translation>--cloud doit valoir %1, pas « %2 ».</translation>
        </message>
        <message>
            <source>--authority needs an https URL (http only for 127.0.0.1 or localhost), not "%1".</source>
            <translation>--authority attend une URL https (http uniquement pour 127.0.0.1 ou localhost), pas « %1 ».</translation>
        </message>
        <message>
            <source>--tenant needs organizations, common, a domain or a tenant id, not "%1".</source>
            <translation>--tenant attend organizations, common, un domaine ou un ID de locataire, pas « %1 ».</translation>
        </message>
        <message>
            <source>--client-id needs an application id (a GUID), not "%1".</source>
            <translation>--client-id attend un ID d'application (un GUID), pas « %1 ».</translation>
        </message>
        <message>
            <source>--probe-target needs HOST or HOST:PORT, not "%1".</source>
            <translation>--probe-target attend HOST ou HOST:PORT, pas « %1 ».</translation>
        </message>
        <message>
            <source>--clock-url needs an http(s) URL, not "%1".</source>
            <translation>--clock-url attend une URL http(s), pas « %1 ».</translation>
        </message>
        <message>
            <source>--answer needs ID=VALUE, not "%1".</source>
            <translation>--answer attend ID=VALUE, pas « %1 ».</translation>
        </message>
        <message>
            <source>--days needs a number from 1 to 30.</source>
            <translation>--days attend un nombre entre 1 et 30.</translation>
        </message>
        <message>
            <source>--report needs FORMAT:PATH with FORMAT one of %1, not "%2".</source>
            <translation>--report attend FORMAT:PATH, où FORMAT vaut %1, pas « %2 ».</translation>
        </message>
        <message>
            <source>--report is for --headless runs; the wizard saves reports from its last page.</source>
            <translation>--report est réservé aux exécutions --headless ; l'assistant enregistre les rapports depuis sa dernière page.</translation>
        </message>
        <message>
            <source>Open a saved session (*.sspr-session.json) in the wizard.</source>
            <translation>Ouvrir une session enregistrée (*.sspr-session.json) dans l'assistant.</translation>
        </message>
        <message>
            <source>Use the language CODE (en, de, fr) instead of the setting or the system's.</source>
            <translation>Utiliser la langue CODE (en, de, fr) au lieu du paramètre ou de celle du système.</translation>
        </message>
        <message>
            <source>--open needs a session FILE and the wizard (not --headless).</source>
            <translation>--open attend un FILE de session et l'assistant (pas --headless).</translation>
        </message>
        <message>
            <source>--lang needs a language code such as en, de or fr, not "%1".</source>
            <translation>--lang attend un code de langue tel que en, de ou fr, pas « %1 ».</translation>
        </message>
        <message>
            <source>--csv, --resume, --group, --user-type, --only-failures and --page-size are for --bulk.</source>
            <translation>--csv, --resume, --group, --user-type, --only-failures et --page-size sont réservés à --bulk.</translation>
        </message>
        <message>
            <source>--bulk needs --csv PATH.</source>
            <translation>--bulk nécessite --csv PATH.</translation>
        </message>
        <message>
            <source>--bulk scans every user: leave out --headless, --user, --self and --report.</source>
            <translation>--bulk analyse tous les utilisateurs : omettez --headless, --user, --self et --report.</translation>
        </message>
        <message>
            <source>--user-type is member or guest, not "%1".</source>
            <translation>--user-type vaut member ou guest, pas « %1 ».</translation>
        </message>
        <message>
            <source>--group needs a group object id, not "%1".</source>
            <translation>--group attend l'ID d'objet d'un groupe, pas « %1 ».</translation>
        </message>
        <message>
            <source>--page-size needs a number from 1 to 999.</source>
            <translation>--page-size attend un nombre de 1 à 999.</translation>
        </message>
        <message>
            <source>Headless: sspr-doctor --headless --user UPN [--error-file FILE] --report FORMAT:PATH
  signs in (the remembered sign-in, else a device code shown on standard
  error), runs the wizard's checks, writes the reports and prints a summary.
Exit codes: 0 every check passed, 1 a check failed, 2 an error (a check
  could not run, sign-in failed, a file could not be read or written),
  3 a usage error in the command line.</source>
            <translation>Sans interface : sspr-doctor --headless --user UPN [--error-file FILE] --report FORMAT:PATH
  se connecte (avec la connexion mémorisée, sinon un code d'appareil affiché sur la sortie
  d'erreur standard), exécute les vérifications de l'assistant, écrit les rapports et affiche un résumé.
Codes de sortie : 0 toutes les vérifications ont réussi, 1 une vérification a échoué, 2 une erreur (une
  vérification n'a pas pu s'exécuter, la connexion a échoué, un fichier n'a pas pu être lu ou écrit),
  3 une erreur d'utilisation dans la ligne de commande.</translation>
        </message>
        <message>
            <source>Write a report (headless, repeatable): FORMAT is %1 (summary: the support summary; bundle: a zip of every report and the trace).</source>
            <translation>Écrire un rapport (sans interface, option répétable) : FORMAT vaut %1 (summary : le résumé pour le support ; bundle : un zip de tous les rapports et de la trace).</translation>
        </message>
        <message>
            <source>Bulk scan: the CSV file to write (UTF-8, RFC 4180; a PATH.resume.json sidecar is kept until the scan finishes).</source>
            <translation>Analyse en masse : le fichier CSV à écrire (UTF-8, RFC 4180 ; un fichier annexe PATH.resume.json est conservé jusqu'à la fin de l'analyse).</translation>
        </message>
        <message>
            <source>Bulk scan: continue an interrupted or failed scan from its last complete page (same --csv and filters).</source>
            <translation>Analyse en masse : reprendre une analyse interrompue ou en échec à partir de sa dernière page complète (mêmes --csv et filtres).</translation>
        </message>
        <message>
            <source>Bulk scan: only the users in this group (transitive members; object id).</source>
            <translation>Analyse en masse : uniquement les utilisateurs de ce groupe (membres transitifs ; ID d'objet).</translation>
        </message>
        <message>
            <source>Bulk scan: only members or only guests.</source>
            <translation>Analyse en masse : uniquement les membres ou uniquement les invités.</translation>
        </message>
        <message>
            <source>Bulk scan: write only users whose verdict is not ok (all are counted).</source>
            <translation>Analyse en masse : n'écrire que les utilisateurs dont le verdict n'est pas ok (tous sont comptés).</translation>
        </message>
        <message>
            <source>Bulk scan: users per Graph page, 1 to 999 (default 100).</source>
            <translation>Analyse en masse : utilisateurs par page Graph, de 1 à 999 (100 par défaut).</translation>
        </message>
        <message>
            <source>Scan every user of the tenant (userRegistrationDetails, one page at a time) and write one CSV row per user with the SSPR verdict; needs --csv. Exit codes: 0 every user and tenant check was decided and no user would fail, 1 at least one would, 2 no user would fail but some could not be decided (an error or warning verdict, or a tenant check that could not be read), or an error or interruption (continue with --resume), 3 a usage error or a refused --resume.</source>
            <translation>Analyser chaque utilisateur du locataire (userRegistrationDetails, une page à la fois) et écrire une ligne CSV par utilisateur avec son verdict SSPR ; nécessite --csv. Codes de sortie : 0 chaque utilisateur et chaque vérification du locataire a été évalué et aucun utilisateur n'échouerait, 1 au moins un échouerait, 2 aucun utilisateur n'échouerait mais certains n'ont pas pu être évalués (un verdict d'erreur ou d'avertissement, ou une vérification du locataire illisible), ou une erreur ou une interruption (reprendre avec --resume), 3 une erreur d'utilisation ou un --resume refusé.</translation>
        </message>
    </context>
    <context>
        <name>AuthErrorReply</name>
        <message>
            <source>Sign-in was cancelled or consent was not given.</source>
            <translation>La connexion a été annulée ou le consentement n'a pas été donné.</translation>
        </message>
        <message>
            <source>The sign-in was declined on the other device.</source>
            <translation>La connexion a été refusée sur l'autre appareil.</translation>
        </message>
        <message>
            <source>The sign-in code expired before it was used. Start the sign-in again.</source>
            <translation>Le code de connexion a expiré avant d'être utilisé. Recommencez la connexion.</translation>
        </message>
        <message>
            <source>The authority did not recognise the sign-in code. Start the sign-in again.</source>
            <translation>L'autorité n'a pas reconnu le code de connexion. Recommencez la connexion.</translation>
        </message>
        <message>
            <source>The authority refused the sign-in grant.</source>
            <translation>L'autorité a refusé l'autorisation de connexion.</translation>
        </message>
        <message>
            <source>The account must sign in interactively to give consent.</source>
            <translation>Le compte doit se connecter de manière interactive pour donner son consentement.</translation>
        </message>
        <message>
            <source>The authority does not accept this application (client id).</source>
            <translation>L'autorité n'accepte pas cette application (ID client).</translation>
        </message>
        <message>
            <source>The sign-in authority could not be reached: %1</source>
            <translation>L'autorité de connexion est injoignable : %1</translation>
        </message>
        <message>
            <source>The sign-in authority answered HTTP %1.</source>
            <translation>L'autorité de connexion a répondu HTTP %1.</translation>
        </message>
        <message>
            <source>The sign-in failed: %1</source>
            <translation>La connexion a échoué : %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>AuthenticationMethods</name>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>Authentication Administrator</source>
            <translation>Authentication Administrator</translation>
        </message>
        <message>
            <source>Privileged Authentication Administrator</source>
            <translation>Privileged Authentication Administrator</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>Téléphone de bureau</translation>
        </message>
        <message>
            <source>Alternate mobile phone (MFA only)</source>
            <translation>Autre téléphone mobile (MFA uniquement)</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Téléphone mobile</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Microsoft Authenticator</source>
            <translation>Microsoft Authenticator</translation>
        </message>
        <message>
            <source>Software OATH token</source>
            <translation>Jeton OATH logiciel</translation>
        </message>
        <message>
            <source>Hardware OATH token</source>
            <translation>Jeton OATH matériel</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>FIDO2 security key / passkey</source>
            <translation>Clé de sécurité FIDO2 / clé d'accès</translation>
        </message>
        <message>
            <source>Windows Hello for Business</source>
            <translation>Windows Hello for Business</translation>
        </message>
        <message>
            <source>Temporary Access Pass</source>
            <translation>Passe d'accès temporaire</translation>
        </message>
        <message>
            <source>Platform credential (macOS)</source>
            <translation>Informations d'identification de plateforme (macOS)</translation>
        </message>
        <message>
            <source>External authentication method</source>
            <translation>Méthode d'authentification externe</translation>
        </message>
        <message>
            <source>Unknown method</source>
            <translation>Méthode inconnue</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
    </context>
    <context>
        <name>AuthorizationCodeFlow</name>
        <message>
            <source>Cannot open a local port for the browser sign-in.</source>
            <translation>Impossible d'ouvrir un port local pour la connexion dans le navigateur.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and return to SSPR Doctor.</source>
            <translation>Connexion réussie. Vous pouvez fermer cette fenêtre et revenir à SSPR Doctor.</translation>
        </message>
        <message>
            <source>The sign-in did not complete. Return to SSPR Doctor to see why and try again.</source>
            <translation>La connexion n'a pas abouti. Revenez à SSPR Doctor pour en voir la raison et réessayez.</translation>
        </message>
        <message>
            <source>The sign-in failed: %1</source>
            <translation>Échec de la connexion : %1</translation>
        </message>
        <message>
            <source>The browser returned a sign-in answer that does not belong to this sign-in (state mismatch). Nothing was redeemed; sign in again.</source>
            <translation>Le navigateur a renvoyé une réponse qui n'appartient pas à cette connexion (state non concordant). Rien n'a été échangé ; reconnectez-vous.</translation>
        </message>
        <message>
            <source>The browser returned no authorization code.</source>
            <translation>Le navigateur n'a renvoyé aucun code d'autorisation.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>Introuvable.</translation>
        </message>
    </context>
    <context>
        <name>BatchCodec</name>
        <message>
            <source>the $batch reply has no "responses" array</source>
            <translation>la réponse $batch ne contient pas de tableau "responses"</translation>
        </message>
        <message>
            <source>$batch response %1 lacks an "id" string or a "status" number</source>
            <translation>il manque à la réponse $batch %1 une chaîne "id" ou un nombre "status"</translation>
        </message>
    </context>
    <context>
        <name>BulkLinks</name>
        <message>
            <source>@odata.nextLink is not an absolute URL</source>
            <translation>@odata.nextLink n'est pas une URL absolue</translation>
        </message>
        <message>
            <source>@odata.nextLink points to %1, not to %2: refused, so that the token is never sent to another host</source>
            <translation>@odata.nextLink pointe vers %1 et non vers %2 : refusé, pour que le jeton ne soit jamais envoyé à un autre hôte</translation>
        </message>
        <message>
            <source>@odata.nextLink leaves the Graph root %1</source>
            <translation>@odata.nextLink sort de la racine Graph %1</translation>
        </message>
    </context>
    <context>
        <name>BulkProgress</name>
        <message>
            <source>ETA unknown</source>
            <translation>Fin estimée inconnue</translation>
        </message>
        <message>
            <source>ETA %1:%2</source>
            <translation>Fin estimée %1:%2</translation>
        </message>
        <message>
            <source>%1 of %2 users</source>
            <translation>%1 utilisateurs sur %2</translation>
        </message>
        <message>
            <source>%1 users</source>
            <translation>%1 utilisateurs</translation>
        </message>
        <message>
            <source>%1, %2 users/s, %3</source>
            <translation>%1, %2 utilisateurs/s, %3</translation>
        </message>
    </context>
    <context>
        <name>BulkResumeState</name>
        <message>
            <source>it is not JSON (%1)</source>
            <translation>ce n'est pas du JSON (%1)</translation>
        </message>
        <message>
            <source>it is not a version %1 resume file</source>
            <translation>ce n'est pas un fichier de reprise de version %1</translation>
        </message>
        <message>
            <source>"nextLink" is not an absolute URL</source>
            <translation>« nextLink » n'est pas une URL absolue</translation>
        </message>
        <message>
            <source>"fingerprint" is missing</source>
            <translation>« fingerprint » est absent</translation>
        </message>
        <message>
            <source>Cannot write the resume file %1: %2</source>
            <translation>Impossible d'écrire le fichier de reprise %1 : %2</translation>
        </message>
        <message>
            <source>Cannot read the resume file %1: %2</source>
            <translation>Impossible de lire le fichier de reprise %1 : %2</translation>
        </message>
        <message>
            <source>The resume file %1 is damaged: %2. Start the scan again without --resume.</source>
            <translation>Le fichier de reprise %1 est endommagé : %2. Relancez l'analyse sans --resume.</translation>
        </message>
        <message>
            <source>a counter (csvBytes, rowsWritten, usersScanned, failing, undetermined, pages) is missing or not a whole number</source>
            <translation>un compteur (csvBytes, rowsWritten, usersScanned, failing, undetermined, pages) est absent ou n'est pas un nombre entier</translation>
        </message>
    </context>
    <context>
        <name>BulkRun</name>
        <message>
            <source>--bulk needs --csv PATH.</source>
            <translation>--bulk nécessite --csv PATH.</translation>
        </message>
        <message>
            <source>Nothing to resume: %1 does not exist (the scan finished, or never started with this --csv).</source>
            <translation>Rien à reprendre : %1 n'existe pas (l'analyse est terminée, ou n'a jamais démarré avec ce --csv).</translation>
        </message>
        <message>
            <source>(bulk scan)</source>
            <translation>(analyse en masse)</translation>
        </message>
        <message>
            <source>Tenant checks (%1):</source>
            <translation>Vérifications du locataire (%1) :</translation>
        </message>
        <message>
            <source>Stopped after %1 users (%2 rows in %3). Continue with:
  %4</source>
            <translation>Arrêt après %1 utilisateurs (%2 lignes dans %3). Reprenez avec :
  %4</translation>
        </message>
        <message>
            <source>A resumable scan exists: add --resume, or delete %1.</source>
            <translation>Une analyse en masse peut être reprise : ajoutez --resume ou supprimez %1.</translation>
        </message>
        <message>
            <source>Interrupted: stopping after the current page; press Ctrl+C again to quit now (the scan can still be resumed).</source>
            <translation>Interrompu : arrêt après la page en cours ; appuyez de nouveau sur Ctrl+C pour quitter immédiatement (l'analyse pourra toujours être reprise).</translation>
        </message>
        <message>
            <source>Scanned %1 users: %2 would fail self-service password reset, %3 could not be decided. %4 rows written to %5.</source>
            <translation>%1 utilisateurs analysés : %2 échoueraient à la réinitialisation de mot de passe en libre-service, %3 n'ont pas pu être évalués. %4 lignes écrites dans %5.</translation>
        </message>
        <message>
            <source>Tenant checks that could not be judged (their rules were not applied to any user): %1.</source>
            <translation>Vérifications du locataire qui n'ont pas pu être évaluées (leurs règles n'ont été appliquées à aucun utilisateur) : %1.</translation>
        </message>
    </context>
    <context>
        <name>BulkVerdict</name>
        <message>
            <source>The registration record lacks isSsprRegistered, isSsprEnabled or isSsprCapable.</source>
            <translation>L'enregistrement d'inscription ne contient pas isSsprRegistered, isSsprEnabled ou isSsprCapable.</translation>
        </message>
        <message>
            <source>Check this user in the wizard (sspr-doctor --headless --user).</source>
            <translation>Vérifiez cet utilisateur dans l'assistant (sspr-doctor --headless --user).</translation>
        </message>
        <message>
            <source>Not in the SSPR scope: the policy is None, or Selected with a group the user is not in.</source>
            <translation>Hors de l'étendue SSPR : la stratégie est Aucun, ou Sélectionné avec un groupe dont l'utilisateur ne fait pas partie.</translation>
        </message>
        <message>
            <source>Set Password reset &gt; Properties to All, or to Selected with a group that includes the user.</source>
            <translation>Définissez Réinitialisation du mot de passe &gt; Propriétés sur Tous, ou sur Sélectionné avec un groupe qui inclut l'utilisateur.</translation>
        </message>
        <message>
            <source>Not registered for SSPR: fewer methods than the policy asks for.</source>
            <translation>Non inscrit à SSPR : moins de méthodes que n'en exige la stratégie.</translation>
        </message>
        <message>
            <source>Have the user register security info at https://aka.ms/ssprsetup.</source>
            <translation>Faites inscrire les informations de sécurité de l'utilisateur sur https://aka.ms/ssprsetup.</translation>
        </message>
        <message>
            <source>Registered and enabled but not capable: the registered methods do not satisfy what the policy allows.</source>
            <translation>Inscrit et activé mais non éligible : les méthodes inscrites ne satisfont pas ce qu'autorise la stratégie.</translation>
        </message>
        <message>
            <source>Compare the user's methods with Password reset &gt; Authentication methods and the authentication methods policy.</source>
            <translation>Comparez les méthodes de l'utilisateur avec Réinitialisation du mot de passe &gt; Méthodes d'authentification et la stratégie des méthodes d'authentification.</translation>
        </message>
        <message>
            <source>Every method the user registered for SSPR (%1) is disabled in the authentication methods policy.</source>
            <translation>Toutes les méthodes inscrites par l'utilisateur pour SSPR (%1) sont désactivées dans la stratégie des méthodes d'authentification.</translation>
        </message>
        <message>
            <source>Enable one of these methods in Authentication methods &gt; Policies, or have the user register an enabled one.</source>
            <translation>Activez l'une de ces méthodes dans Méthodes d'authentification &gt; Stratégies, ou faites inscrire une méthode activée par l'utilisateur.</translation>
        </message>
        <message>
            <source>No subscription in the tenant covers self-service password reset.</source>
            <translation>Aucun abonnement du locataire ne couvre la réinitialisation de mot de passe en libre-service.</translation>
        </message>
        <message>
            <source>Buy or renew Microsoft Entra ID P1 (or a plan that includes it) and assign it.</source>
            <translation>Achetez ou renouvelez Microsoft Entra ID P1 (ou un plan qui l'inclut) et attribuez-le.</translation>
        </message>
        <message>
            <source>Synced from on-premises, and the tenant has no Entra ID P1/P2 for password writeback.</source>
            <translation>Synchronisé depuis l'Active Directory local, et le locataire n'a pas Entra ID P1/P2 pour la réécriture du mot de passe.</translation>
        </message>
        <message>
            <source>Buy or renew Microsoft Entra ID P1 and assign it.</source>
            <translation>Achetez ou renouvelez Microsoft Entra ID P1 et attribuez-le.</translation>
        </message>
        <message>
            <source>Synced from on-premises while password writeback is off: the reset cannot be written back.</source>
            <translation>Synchronisé depuis l'Active Directory local alors que la réécriture du mot de passe est désactivée : la réinitialisation ne peut pas être réécrite.</translation>
        </message>
        <message>
            <source>Enable password writeback in Entra Connect or Cloud Sync and under Password reset &gt; On-premises integration.</source>
            <translation>Activez la réécriture du mot de passe dans Entra Connect ou Cloud Sync et sous Réinitialisation du mot de passe &gt; Intégration locale.</translation>
        </message>
        <message>
            <source>Synced from on-premises; whether password writeback works is not confirmed.</source>
            <translation>Synchronisé depuis l'Active Directory local ; le fonctionnement de la réécriture du mot de passe n'est pas confirmé.</translation>
        </message>
        <message>
            <source>Check writeback, then scan again with --answer writeback=yes or --answer writeback=no.</source>
            <translation>Vérifiez la réécriture, puis relancez l'analyse avec --answer writeback=yes ou --answer writeback=no.</translation>
        </message>
        <message>
            <source>Whether the user is synced from on-premises could not be read, and that decides the verdict here.</source>
            <translation>Impossible de savoir si l'utilisateur est synchronisé depuis l'Active Directory local, et c'est ce qui détermine le verdict ici.</translation>
        </message>
        <message>
            <source>Consent User.Read.All and scan again, or check the user in the wizard.</source>
            <translation>Accordez le consentement User.Read.All et relancez l'analyse, ou vérifiez l'utilisateur dans l'assistant.</translation>
        </message>
        <message>
            <source>Registered, enabled and capable for SSPR.</source>
            <translation>Inscrit, activé et éligible pour SSPR.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Rien à faire.</translation>
        </message>
        <message>
            <source>The registration report has no record for this group member (disabled accounts and new ones that the report has not caught up with are not in it).</source>
            <translation>Le rapport d'inscription ne contient aucun enregistrement pour ce membre du groupe (les comptes désactivés et les nouveaux comptes que le rapport n'a pas encore pris en compte n'y figurent pas).</translation>
        </message>
        <message>
            <source>Check the account is enabled; look at the user in the wizard.</source>
            <translation>Vérifiez que le compte est activé ; examinez l'utilisateur dans l'assistant.</translation>
        </message>
    </context>
    <context>
        <name>BundleWriter</name>
        <message>
            <source>The bundle is too large for a ZIP file.</source>
            <translation>L'archive est trop volumineuse pour un fichier ZIP.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>The current password you typed is not the one on file, so the password change was refused. Type the current password again carefully; nothing else is broken.</source>
            <translation>Le mot de passe actuel que vous avez tapé n'est pas celui enregistré : la modification du mot de passe a donc été refusée. Retapez soigneusement le mot de passe actuel ; rien d'autre n'est en cause.</translation>
        </message>
        <message>
            <source>The current password was mistyped, or Caps Lock or the keyboard layout changed it.</source>
            <translation>Le mot de passe actuel a été mal tapé, ou le verrouillage des majuscules ou la disposition du clavier l'a modifié.</translation>
        </message>
        <message>
            <source>The password was changed recently somewhere else (another device, an admin reset) and the old one was typed.</source>
            <translation>Le mot de passe a été changé récemment ailleurs (autre appareil, réinitialisation par un administrateur) et c'est l'ancien qui a été tapé.</translation>
        </message>
        <message>
            <source>For an account synchronised from on-premises Active Directory, the on-premises password differs from the one typed (event 33007 on the Entra Connect server).</source>
            <translation>Pour un compte synchronisé depuis l'Active Directory local, le mot de passe local diffère de celui tapé (événement 33007 sur le serveur Entra Connect).</translation>
        </message>
        <message>
            <source>The new password was refused because it is too weak for your organization's password rules. Choose a longer password, for example a few unrelated words with numbers and symbols.</source>
            <translation>Le nouveau mot de passe a été refusé car il est trop faible au regard des règles de mot de passe de votre organisation. Choisissez un mot de passe plus long, par exemple quelques mots sans rapport entre eux avec des chiffres et des symboles.</translation>
        </message>
        <message>
            <source>The new password is too short or too simple.</source>
            <translation>Le nouveau mot de passe est trop court ou trop simple.</translation>
        </message>
        <message>
            <source>The new password repeats a recent password.</source>
            <translation>Le nouveau mot de passe reprend un mot de passe récent.</translation>
        </message>
        <message>
            <source>The new password is built on a common word or an easy pattern.</source>
            <translation>Le nouveau mot de passe repose sur un mot courant ou un motif facile.</translation>
        </message>
        <message>
            <source>The new password was refused because it contains your user name or part of your name. Choose a password that does not include your name or your sign-in name.</source>
            <translation>Le nouveau mot de passe a été refusé car il contient votre nom d'utilisateur ou une partie de votre nom. Choisissez un mot de passe qui ne contient ni votre nom ni votre nom de connexion.</translation>
        </message>
        <message>
            <source>The password includes the user name, the display name or part of the sign-in address.</source>
            <translation>Le mot de passe contient le nom d'utilisateur, le nom d'affichage ou une partie de l'adresse de connexion.</translation>
        </message>
        <message>
            <source>The on-premises Active Directory complexity rule forbids the account name in a password.</source>
            <translation>La règle de complexité de l'Active Directory local interdit le nom du compte dans un mot de passe.</translation>
        </message>
        <message>
            <source>Your organization's on-premises Active Directory refused the new password because it breaks a local rule on length, complexity, history or age. The on-premises directory has the last word even when the cloud accepts the password.</source>
            <translation>L'Active Directory local de votre organisation a refusé le nouveau mot de passe car il enfreint une règle locale de longueur, de complexité, d'historique ou d'ancienneté. L'annuaire local a le dernier mot, même quand le cloud accepte le mot de passe.</translation>
        </message>
        <message>
            <source>The password does not meet the domain password policy (length, complexity, history).</source>
            <translation>Le mot de passe ne respecte pas la stratégie de mot de passe du domaine (longueur, complexité, historique).</translation>
        </message>
        <message>
            <source>The password was changed too recently: the domain's minimum password age has not passed.</source>
            <translation>Le mot de passe a été changé trop récemment : la durée minimale du mot de passe du domaine n'est pas écoulée.</translation>
        </message>
        <message>
            <source>A fine-grained password policy or a third-party password filter on the domain controllers rejects it (event 33008 on the Entra Connect server).</source>
            <translation>Une stratégie de mot de passe affinée ou un filtre de mot de passe tiers sur les contrôleurs de domaine le rejette (événement 33008 sur le serveur Entra Connect).</translation>
        </message>
        <message>
            <source>The new password was saved in your organization's on-premises directory, but the cloud copy could not be updated. The new password may already work on the company network; the cloud side usually catches up after a short wait.</source>
            <translation>Le nouveau mot de passe a été enregistré dans l'annuaire local de votre organisation, mais la copie dans le cloud n'a pas pu être mise à jour. Le nouveau mot de passe fonctionne peut-être déjà sur le réseau de l'entreprise ; le cloud se met généralement à jour après un court délai.</translation>
        </message>
        <message>
            <source>A timeout or throttling while the cloud account was being updated.</source>
            <translation>Un délai d'attente dépassé ou une limitation pendant la mise à jour du compte cloud.</translation>
        </message>
        <message>
            <source>A cloud-side policy blocked the update after the on-premises change had succeeded.</source>
            <translation>Une stratégie côté cloud a bloqué la mise à jour alors que la modification locale avait réussi.</translation>
        </message>
        <message>
            <source>A temporary problem in the Microsoft Entra service.</source>
            <translation>Un problème temporaire du service Microsoft Entra.</translation>
        </message>
        <message>
            <source>The password change started but was stopped by an error that trying again will not fix (Microsoft describes it as a non-retryable error). Someone has to find the cause before the next attempt.</source>
            <translation>La modification du mot de passe a commencé mais a été interrompue par une erreur qu'une nouvelle tentative ne corrigera pas (Microsoft la décrit comme une erreur non renouvelable). Quelqu'un doit en trouver la cause avant la prochaine tentative.</translation>
        </message>
        <message>
            <source>Password writeback reported a permanent failure from the on-premises side.</source>
            <translation>La réécriture du mot de passe a signalé un échec définitif côté local.</translation>
        </message>
        <message>
            <source>A configuration or policy problem ended the background job that writes the password.</source>
            <translation>Un problème de configuration ou de stratégie a mis fin à la tâche d'arrière-plan qui écrit le mot de passe.</translation>
        </message>
        <message>
            <source>A problem in the Microsoft Entra service ended the job.</source>
            <translation>Un problème du service Microsoft Entra a mis fin à la tâche.</translation>
        </message>
        <message>
            <source>The password service could not tell which account the change was for from the sign-in name it received. The sign-in name (user principal name) did not lead to exactly one known user.</source>
            <translation>Le service de mot de passe n'a pas pu déterminer à quel compte s'appliquait la modification à partir du nom de connexion reçu. Le nom de connexion (nom d'utilisateur principal) ne correspondait pas à exactement un utilisateur connu.</translation>
        </message>
        <message>
            <source>The user signed in with an alternate name or an e-mail address that differs from the account's user principal name.</source>
            <translation>L'utilisateur s'est connecté avec un autre nom ou une adresse e-mail différente du nom d'utilisateur principal du compte.</translation>
        </message>
        <message>
            <source>The user principal name was changed recently and the change has not reached every directory yet.</source>
            <translation>Le nom d'utilisateur principal a été modifié récemment et la modification n'a pas encore atteint tous les annuaires.</translation>
        </message>
        <message>
            <source>The cloud account and the on-premises account no longer match because synchronisation has a problem.</source>
            <translation>Le compte cloud et le compte local ne correspondent plus, car la synchronisation rencontre un problème.</translation>
        </message>
        <message>
            <source>Your password is managed by your organization's on-premises Active Directory, and the cloud is not able to write it back there. Change it on the company network, or ask an admin to turn on password writeback.</source>
            <translation>Votre mot de passe est géré par l'Active Directory local de votre organisation, et le cloud ne peut pas l'y réécrire. Changez-le depuis le réseau de l'entreprise, ou demandez à un administrateur d'activer la réécriture du mot de passe.</translation>
        </message>
        <message>
            <source>Password writeback is not enabled in Microsoft Entra Connect or Cloud Sync.</source>
            <translation>La réécriture du mot de passe n'est pas activée dans Microsoft Entra Connect ou Cloud Sync.</translation>
        </message>
        <message>
            <source>Writeback is enabled, but its service on the Entra Connect server has stopped or cannot reach Microsoft over port 443.</source>
            <translation>La réécriture est activée, mais son service sur le serveur Entra Connect est arrêté ou ne peut pas joindre Microsoft sur le port 443.</translation>
        </message>
        <message>
            <source>The tenant has no licence that includes writeback (Microsoft Entra ID P1 or P2, or Microsoft 365 Business Premium).</source>
            <translation>Le locataire n'a aucune licence incluant la réécriture (Microsoft Entra ID P1 ou P2, ou Microsoft 365 Business Premium).</translation>
        </message>
        <message>
            <source>The cloud could not reach your organization's on-premises directory to save the new password. This is usually a network or service problem on the Microsoft Entra Connect server, and trying again later may work.</source>
            <translation>Le cloud n'a pas pu joindre l'annuaire local de votre organisation pour enregistrer le nouveau mot de passe. Il s'agit généralement d'un problème de réseau ou de service sur le serveur Microsoft Entra Connect ; une nouvelle tentative plus tard peut fonctionner.</translation>
        </message>
        <message>
            <source>The Entra Connect server cannot reach *.passwordreset.microsoftonline.com or *.servicebus.windows.net over HTTPS (firewall, proxy or idle timeout).</source>
            <translation>Le serveur Entra Connect ne peut pas joindre *.passwordreset.microsoftonline.com ou *.servicebus.windows.net en HTTPS (pare-feu, proxy ou délai d'inactivité).</translation>
        </message>
        <message>
            <source>The password writeback service on the Entra Connect server stopped or needs a restart.</source>
            <translation>Le service de réécriture du mot de passe sur le serveur Entra Connect est arrêté ou doit être redémarré.</translation>
        </message>
        <message>
            <source>TLS 1.2 or the Azure root certificates are missing on the Entra Connect server.</source>
            <translation>TLS 1.2 ou les certificats racines Azure manquent sur le serveur Entra Connect.</translation>
        </message>
        <message>
            <source>Your account in the on-premises Active Directory is locked out or disabled, so the new password could not be saved there. An admin has to unlock or enable the account first.</source>
            <translation>Votre compte dans l'Active Directory local est verrouillé ou désactivé : le nouveau mot de passe n'a donc pas pu y être enregistré. Un administrateur doit d'abord déverrouiller ou activer le compte.</translation>
        </message>
        <message>
            <source>Too many wrong password attempts locked the on-premises account.</source>
            <translation>Trop de tentatives avec un mot de passe erroné ont verrouillé le compte local.</translation>
        </message>
        <message>
            <source>The account is disabled in Active Directory.</source>
            <translation>Le compte est désactivé dans Active Directory.</translation>
        </message>
        <message>
            <source>The on-premises account has expired.</source>
            <translation>Le compte local a expiré.</translation>
        </message>
        <message>
            <source>Active Directory needs an administrator to act before this password can be changed. Most often the account that password writeback uses is not allowed to set this user's password.</source>
            <translation>Active Directory exige l'intervention d'un administrateur avant que ce mot de passe puisse être modifié. Le plus souvent, le compte utilisé par la réécriture du mot de passe n'est pas autorisé à définir le mot de passe de cet utilisateur.</translation>
        </message>
        <message>
            <source>The Entra Connect AD DS connector account lacks the Reset password permission on the user (event 33004).</source>
            <translation>Le compte de connecteur AD DS d'Entra Connect n'a pas l'autorisation Réinitialiser le mot de passe sur l'utilisateur (événement 33004).</translation>
        </message>
        <message>
            <source>The user belongs to a protected group (AdminCount=1), so inherited permissions do not reach the account.</source>
            <translation>L'utilisateur appartient à un groupe protégé (AdminCount=1) : les autorisations héritées n'atteignent donc pas le compte.</translation>
        </message>
        <message>
            <source>The policy "Network access: Restrict clients allowed to make remote calls to SAM" blocks the MSOL_ connector account.</source>
            <translation>La stratégie « Accès réseau : restreindre les clients autorisés à effectuer des appels distants vers SAM » bloque le compte de connecteur MSOL_.</translation>
        </message>
        <message>
            <source>The password reset service could not find your account in the on-premises directory that password writeback talks to. The cloud account and the on-premises account may no longer be linked.</source>
            <translation>Le service de réinitialisation du mot de passe n'a pas trouvé votre compte dans l'annuaire local avec lequel communique la réécriture du mot de passe. Le compte cloud et le compte local ne sont peut-être plus liés.</translation>
        </message>
        <message>
            <source>The user was deleted on-premises or moved out of the synchronised scope.</source>
            <translation>L'utilisateur a été supprimé en local ou déplacé hors de l'étendue synchronisée.</translation>
        </message>
        <message>
            <source>The user is not synchronised by this Entra Connect server (filtering, or another forest).</source>
            <translation>L'utilisateur n'est pas synchronisé par ce serveur Entra Connect (filtrage, ou autre forêt).</translation>
        </message>
        <message>
            <source>Synchronisation has stopped, so the link between the cloud and the on-premises account is out of date (event 33002).</source>
            <translation>La synchronisation est arrêtée : le lien entre le compte cloud et le compte local n'est donc plus à jour (événement 33002).</translation>
        </message>
        <message>
            <source>The new password is too close to a word on a banned-password list, either Microsoft's global list or your organization's own. Choose a password that is not based on a common word, the company name or a simple pattern.</source>
            <translation>Le nouveau mot de passe est trop proche d'un mot figurant sur une liste de mots de passe interdits, soit la liste globale de Microsoft, soit celle de votre organisation. Choisissez un mot de passe qui ne repose ni sur un mot courant, ni sur le nom de l'entreprise, ni sur un motif simple.</translation>
        </message>
        <message>
            <source>The password contains a banned word or a close variant of one (for example P@ssw0rd or the company name).</source>
            <translation>Le mot de passe contient un mot interdit ou une variante proche (par exemple P@ssw0rd ou le nom de l'entreprise).</translation>
        </message>
        <message>
            <source>Microsoft Entra Password Protection also applies the list to on-premises password changes.</source>
            <translation>Microsoft Entra Password Protection applique aussi la liste aux modifications de mot de passe locales.</translation>
        </message>
        <message>
            <source>The password change failed for a reason the service did not spell out. The checks below narrow it down; trying again after a few minutes is safe.</source>
            <translation>La modification du mot de passe a échoué pour une raison que le service n'a pas précisée. Les vérifications ci-dessous permettent de la cerner ; vous pouvez réessayer sans risque après quelques minutes.</translation>
        </message>
        <message>
            <source>A configuration problem with self-service password reset or password writeback.</source>
            <translation>Un problème de configuration de la réinitialisation de mot de passe en libre-service ou de la réécriture du mot de passe.</translation>
        </message>
        <message>
            <source>The state of the account (disabled, locked, not synchronised) blocks the change.</source>
            <translation>L'état du compte (désactivé, verrouillé, non synchronisé) bloque la modification.</translation>
        </message>
        <message>
            <source>The self-service password reset service behind the sign-in page hit an internal error and could not finish. It is often temporary, but it can also point to a problem with your registration, your access to password reset, or password writeback.</source>
            <translation>Le service de réinitialisation de mot de passe en libre-service derrière la page de connexion a rencontré une erreur interne et n'a pas pu terminer. C'est souvent temporaire, mais cela peut aussi indiquer un problème d'inscription, d'accès à la réinitialisation du mot de passe ou de réécriture du mot de passe.</translation>
        </message>
        <message>
            <source>A temporary incident in the Microsoft Entra password reset service.</source>
            <translation>Un incident temporaire du service de réinitialisation du mot de passe Microsoft Entra.</translation>
        </message>
        <message>
            <source>The user is not registered for self-service password reset, or is outside its scope.</source>
            <translation>L'utilisateur n'est pas inscrit à la réinitialisation de mot de passe en libre-service, ou se trouve hors de son étendue.</translation>
        </message>
        <message>
            <source>The account is disabled, or password writeback fails for an account synchronised from on-premises.</source>
            <translation>Le compte est désactivé, ou la réécriture du mot de passe échoue pour un compte synchronisé depuis le local.</translation>
        </message>
        <message>
            <source>Password reset is turned off for the whole organization (TenantSSPRFlagDisabled; "Self service password reset enabled" is None).</source>
            <translation>La réinitialisation du mot de passe est désactivée pour toute l'organisation (TenantSSPRFlagDisabled ; « Self service password reset enabled » vaut None).</translation>
        </message>
        <message>
            <source>Password writeback is not enabled, and this user's password is managed on-premises (WritebackNotEnabled).</source>
            <translation>La réécriture du mot de passe n'est pas activée, et le mot de passe de cet utilisateur est géré en local (WritebackNotEnabled).</translation>
        </message>
        <message>
            <source>No password reset policy has been set up for the user (SsprNotEnabledInUserPolicy).</source>
            <translation>Aucune stratégie de réinitialisation du mot de passe n'a été configurée pour l'utilisateur (SsprNotEnabledInUserPolicy).</translation>
        </message>
        <message>
            <source>The user has no licence that includes password reset (UserNotLicensed).</source>
            <translation>L'utilisateur n'a aucune licence incluant la réinitialisation du mot de passe (UserNotLicensed).</translation>
        </message>
        <message>
            <source>Password reset is limited to a group and the user is not in it (UserNotMemberOfScopedAccessGroup).</source>
            <translation>La réinitialisation du mot de passe est limitée à un groupe dont l'utilisateur ne fait pas partie (UserNotMemberOfScopedAccessGroup).</translation>
        </message>
        <message>
            <source>The user has not registered enough security information to reset (UserNotProperlyConfigured); an admin resets the password, then the user registers at aka.ms/ssprsetup.</source>
            <translation>L'utilisateur n'a pas inscrit suffisamment d'informations de sécurité pour réinitialiser (UserNotProperlyConfigured) ; un administrateur réinitialise le mot de passe, puis l'utilisateur s'inscrit sur aka.ms/ssprsetup.</translation>
        </message>
        <message>
            <source>Password writeback is misconfigured on-premises (OnPremisesAdminActionRequired), for example the MSOL_ connector account is blocked by "Restrict clients allowed to make remote calls to SAM".</source>
            <translation>La réécriture du mot de passe est mal configurée en local (OnPremisesAdminActionRequired), par exemple le compte de connecteur MSOL_ est bloqué par « Restreindre les clients autorisés à effectuer des appels distants vers SAM ».</translation>
        </message>
        <message>
            <source>The link between Entra Connect and the password reset service is poor (OnPremisesConnectivityError); trying again may help.</source>
            <translation>La liaison entre Entra Connect et le service de réinitialisation du mot de passe est mauvaise (OnPremisesConnectivityError) ; une nouvelle tentative peut aider.</translation>
        </message>
        <message>
            <source>ADSync could not set the password in Active Directory: password sync not enabled on this connector (0x8023061f), a domain restriction (MMS(4924) 0x80230619) or a domain controller without the LDAP policy-hints control (MMS(3040)).</source>
            <translation>ADSync n'a pas pu définir le mot de passe dans Active Directory : synchronisation du mot de passe non activée sur ce connecteur (0x8023061f), restriction de domaine (MMS(4924) 0x80230619) ou contrôleur de domaine sans le contrôle LDAP policy-hints (MMS(3040)).</translation>
        </message>
        <message>
            <source>The password writeback WCF endpoint did not start: read the PasswordResetService events, restart, or turn writeback off and on.</source>
            <translation>Le point de terminaison WCF de réécriture du mot de passe n'a pas démarré : consultez les événements PasswordResetService, redémarrez, ou désactivez puis réactivez la réécriture.</translation>
        </message>
        <message>
            <source>Start of a password reset writeback (information).</source>
            <translation>Début d'une réécriture de réinitialisation du mot de passe (information).</translation>
        </message>
        <message>
            <source>Password reset writeback succeeded (information).</source>
            <translation>Réécriture de réinitialisation du mot de passe réussie (information).</translation>
        </message>
        <message>
            <source>PasswordResetFail: the reset could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
            <translation>PasswordResetFail : la réinitialisation n'a pas pu être écrite dans Active Directory (stratégie du domaine, autorisations du compte de connecteur, ou membre d'un groupe protégé).</translation>
        </message>
        <message>
            <source>Writeback onboarding started (information).</source>
            <translation>Début de l'activation de la réécriture (information).</translation>
        </message>
        <message>
            <source>Writeback onboarding succeeded (information).</source>
            <translation>Activation de la réécriture réussie (information).</translation>
        </message>
        <message>
            <source>Start of a password change writeback (information).</source>
            <translation>Début d'une réécriture de modification du mot de passe (information).</translation>
        </message>
        <message>
            <source>Password change writeback succeeded (information).</source>
            <translation>Réécriture de modification du mot de passe réussie (information).</translation>
        </message>
        <message>
            <source>ChangePasswordFail: the change could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
            <translation>ChangePasswordFail : la modification n'a pas pu être écrite dans Active Directory (stratégie du domaine, autorisations du compte de connecteur, ou membre d'un groupe protégé).</translation>
        </message>
        <message>
            <source>Start of an admin password reset writeback (information).</source>
            <translation>Début d'une réécriture de réinitialisation du mot de passe par un administrateur (information).</translation>
        </message>
        <message>
            <source>Admin password reset writeback succeeded (information).</source>
            <translation>Réécriture de réinitialisation du mot de passe par un administrateur réussie (information).</translation>
        </message>
        <message>
            <source>ResetUserPasswordByAdminFail: an admin reset could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
            <translation>ResetUserPasswordByAdminFail : une réinitialisation par un administrateur n'a pas pu être écrite dans Active Directory (stratégie du domaine, autorisations du compte de connecteur, ou membre d'un groupe protégé).</translation>
        </message>
        <message>
            <source>Writeback offboarding started (information).</source>
            <translation>Début de la désactivation de la réécriture (information).</translation>
        </message>
        <message>
            <source>Writeback offboarding succeeded (information).</source>
            <translation>Désactivation de la réécriture réussie (information).</translation>
        </message>
        <message>
            <source>OffboardingEventFail: turning writeback off failed (admin permissions, or a federated Global Administrator was used).</source>
            <translation>OffboardingEventFail : la désactivation de la réécriture a échoué (autorisations d'administrateur, ou un Global Administrator fédéré a été utilisé).</translation>
        </message>
        <message>
            <source>The password writeback service started.</source>
            <translation>Le service de réécriture du mot de passe a démarré.</translation>
        </message>
        <message>
            <source>The password writeback service stopped: resets and changes fail until it runs again.</source>
            <translation>Le service de réécriture du mot de passe s'est arrêté : les réinitialisations et les modifications échouent jusqu'à son redémarrage.</translation>
        </message>
        <message>
            <source>An authentication token was obtained for writeback (information).</source>
            <translation>Un jeton d'authentification a été obtenu pour la réécriture (information).</translation>
        </message>
        <message>
            <source>A writeback key pair was generated (information).</source>
            <translation>Une paire de clés de réécriture a été générée (information).</translation>
        </message>
        <message>
            <source>Service Bus heartbeat from the writeback service (information).</source>
            <translation>Pulsation Service Bus du service de réécriture (information).</translation>
        </message>
        <message>
            <source>ServiceBusListenerError: the writeback listener failed; "remote certificate is invalid" means the Azure root certificates are missing.</source>
            <translation>ServiceBusListenerError : l'écouteur de réécriture a échoué ; « remote certificate is invalid » signifie que les certificats racines Azure manquent.</translation>
        </message>
        <message>
            <source>The PasswordResetService is down: one of the two relay service hosts is not running.</source>
            <translation>Le PasswordResetService est en panne : l'un des deux hôtes du service de relais ne fonctionne pas.</translation>
        </message>
        <message>
            <source>UnknownError in the writeback service: read the exception, turn writeback off and on, contact support with the tracking ID.</source>
            <translation>UnknownError dans le service de réécriture : lisez l'exception, désactivez puis réactivez la réécriture, contactez le support avec l'ID de suivi.</translation>
        </message>
        <message>
            <source>ServiceError: the writeback service cannot reach the cloud password reset web service.</source>
            <translation>ServiceError : le service de réécriture ne peut pas joindre le service web cloud de réinitialisation du mot de passe.</translation>
        </message>
        <message>
            <source>ServiceBusError ("token provider was unable to provide a security token"): outbound HTTPS 443 is blocked.</source>
            <translation>ServiceBusError (« token provider was unable to provide a security token ») : le trafic HTTPS sortant sur le port 443 est bloqué.</translation>
        </message>
        <message>
            <source>InPutValidationError (sic): the request to the writeback API was malformed; retry.</source>
            <translation>InPutValidationError (sic) : la requête envoyée à l'API de réécriture était mal formée ; réessayez.</translation>
        </message>
        <message>
            <source>DecryptionError: key mismatch; turn writeback off and on.</source>
            <translation>DecryptionError : clés incohérentes ; désactivez puis réactivez la réécriture.</translation>
        </message>
        <message>
            <source>ConfigurationError in writeback; turn writeback off and on.</source>
            <translation>ConfigurationError dans la réécriture ; désactivez puis réactivez la réécriture.</translation>
        </message>
        <message>
            <source>OnBoardingConfigUpdateError; turn writeback off and on.</source>
            <translation>OnBoardingConfigUpdateError ; désactivez puis réactivez la réécriture.</translation>
        </message>
        <message>
            <source>ValidationError in a writeback response; turn writeback off and on.</source>
            <translation>ValidationError dans une réponse de réécriture ; désactivez puis réactivez la réécriture.</translation>
        </message>
        <message>
            <source>AuthTokenError ("Error getting auth token" at setup): wrong Global Administrator password, or a federated administrator; use a managed account.</source>
            <translation>AuthTokenError (« Error getting auth token » lors de la configuration) : mot de passe Global Administrator erroné, ou administrateur fédéré ; utilisez un compte managé.</translation>
        </message>
        <message>
            <source>CryptoError: key generation failed; turn writeback off and on.</source>
            <translation>CryptoError : la génération de clés a échoué ; désactivez puis réactivez la réécriture.</translation>
        </message>
        <message>
            <source>OnBoardingServiceError: firewall (443, and 9350-9354 for onboarding) or a token problem with a federated administrator.</source>
            <translation>OnBoardingServiceError : pare-feu (443, et 9350-9354 pour l'activation) ou problème de jeton avec un administrateur fédéré.</translation>
        </message>
        <message>
            <source>OffBoardingError: firewall (443) or a token problem with a federated administrator.</source>
            <translation>OffBoardingError : pare-feu (443) ou problème de jeton avec un administrateur fédéré.</translation>
        </message>
        <message>
            <source>ServiceBusWarning: the writeback service is retrying; if frequent, check latency and bandwidth.</source>
            <translation>ServiceBusWarning : le service de réécriture fait une nouvelle tentative ; si cela se répète, vérifiez la latence et la bande passante.</translation>
        </message>
        <message>
            <source>ReportServiceHealthError: the five-minute writeback heartbeat to the cloud failed.</source>
            <translation>ReportServiceHealthError : la pulsation de réécriture envoyée au cloud toutes les cinq minutes a échoué.</translation>
        </message>
        <message>
            <source>ADUnKnownError: an unknown Active Directory error (see the ADSync events); also caused by reserved characters in the OU name.</source>
            <translation>ADUnKnownError : une erreur Active Directory inconnue (voir les événements ADSync) ; également causée par des caractères réservés dans le nom de l'unité d'organisation.</translation>
        </message>
        <message>
            <source>ADUserNotFoundError: the user is not found on-premises (deleted there, or a synchronisation fault).</source>
            <translation>ADUserNotFoundError : l'utilisateur est introuvable en local (supprimé là-bas, ou défaut de synchronisation).</translation>
        </message>
        <message>
            <source>ADMutliMatchError: two Active Directory users share the cloud anchor.</source>
            <translation>ADMutliMatchError : deux utilisateurs Active Directory partagent la même ancre cloud.</translation>
        </message>
        <message>
            <source>ADPermissionsError: the connector account lacks Reset password on the user, or the user has AdminCount=1.</source>
            <translation>ADPermissionsError : le compte de connecteur n'a pas l'autorisation Réinitialiser le mot de passe sur l'utilisateur, ou l'utilisateur a AdminCount=1.</translation>
        </message>
        <message>
            <source>ADUserAccountDisabled: the user's Active Directory account is disabled; enable it.</source>
            <translation>ADUserAccountDisabled : le compte Active Directory de l'utilisateur est désactivé ; activez-le.</translation>
        </message>
        <message>
            <source>ADUserAccountLockedOut: the user's Active Directory account is locked out; unlock it.</source>
            <translation>ADUserAccountLockedOut : le compte Active Directory de l'utilisateur est verrouillé ; déverrouillez-le.</translation>
        </message>
        <message>
            <source>ADUserIncorrectPassword: the current password given for a change is wrong.</source>
            <translation>ADUserIncorrectPassword : le mot de passe actuel fourni pour une modification est erroné.</translation>
        </message>
        <message>
            <source>ADPasswordPolicyError: the password breaks the domain's age, history, complexity or filter rules.</source>
            <translation>ADPasswordPolicyError : le mot de passe enfreint les règles d'ancienneté, d'historique, de complexité ou de filtrage du domaine.</translation>
        </message>
        <message>
            <source>ADConfigurationError: an Active Directory configuration problem (see the ADSync events).</source>
            <translation>ADConfigurationError : un problème de configuration Active Directory (voir les événements ADSync).</translation>
        </message>
    </context>
    <context>
        <name>CheckRunner</name>
        <message>
            <source>cancelled by you</source>
            <translation>annulé par vous</translation>
        </message>
        <message>
            <source>the user could not be resolved</source>
            <translation>l'utilisateur n'a pas pu être identifié</translation>
        </message>
        <message>
            <source>no affected user was given</source>
            <translation>aucun utilisateur concerné n'a été indiqué</translation>
        </message>
        <message>
            <source>the batch reply had no answer for this request</source>
            <translation>la réponse du lot ne contenait aucune réponse à cette requête</translation>
        </message>
        <message>
            <source>the user's reply carried no object id</source>
            <translation>la réponse concernant l'utilisateur ne contenait aucun ID d'objet</translation>
        </message>
        <message>
            <source>the local probes are turned off</source>
            <translation>les sondes locales sont désactivées</translation>
        </message>
        <message>
            <source>not consented: this sign-in was granted %1 but not %2, so the request was not sent</source>
            <translation>consentement manquant : cette connexion a obtenu %1 mais pas %2, la requête n'a donc pas été envoyée</translation>
        </message>
    </context>
    <context>
        <name>CheckSupport</name>
        <message>
            <source>Graph request-id: %1.</source>
            <translation>request-id Graph : %1.</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 ou %2</translation>
        </message>
        <message>
            <source>No reply was recorded for this check's Graph request.</source>
            <translation>Aucune réponse n'a été enregistrée pour la requête Graph de cette vérification.</translation>
        </message>
        <message>
            <source>The request %1 was not answered, so there is no evidence to judge. A check never passes without evidence.</source>
            <translation>La requête %1 n'a reçu aucune réponse : il n'y a donc aucun élément pour en juger. Une vérification ne réussit jamais sans éléments probants.</translation>
        </message>
        <message>
            <source>reply</source>
            <translation>réponse</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>aucune enregistrée</translation>
        </message>
        <message>
            <source>Run the checks again.</source>
            <translation>Relancez les vérifications.</translation>
        </message>
        <message>
            <source>Skipped: sign in to run this check.</source>
            <translation>Ignorée : connectez-vous pour exécuter cette vérification.</translation>
        </message>
        <message>
            <source>This check reads Microsoft Graph (%1), which needs a signed-in account with the delegated permission %2.</source>
            <translation>Cette vérification lit Microsoft Graph (%1), ce qui nécessite un compte connecté disposant de l'autorisation déléguée %2.</translation>
        </message>
        <message>
            <source>The account also needs one of these roles: %1.</source>
            <translation>Le compte doit aussi avoir l'un de ces rôles : %1.</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <source>no: not signed in</source>
            <translation>non : pas connecté</translation>
        </message>
        <message>
            <source>Sign in and run the checks again.</source>
            <translation>Connectez-vous, puis relancez les vérifications.</translation>
        </message>
        <message>
            <source>Skipped: Microsoft Graph rejected the sign-in (HTTP 401); %1 is needed.</source>
            <translation>Ignorée : Microsoft Graph a rejeté la connexion (HTTP 401) ; %1 est nécessaire.</translation>
        </message>
        <message>
            <source>Skipped: not allowed to read this; needs %1 and an admin role.</source>
            <translation>Ignorée : lecture non autorisée ; nécessite %1 et un rôle d'administrateur.</translation>
        </message>
        <message>
            <source>Skipped: not allowed to read this; needs %1.</source>
            <translation>Ignorée : lecture non autorisée ; nécessite %1.</translation>
        </message>
        <message>
            <source>Microsoft Graph refused %1 with HTTP %2%3.</source>
            <translation>Microsoft Graph a refusé %1 avec HTTP %2%3.</translation>
        </message>
        <message>
            <source>Graph said: "%1"</source>
            <translation>Réponse de Graph : « %1 »</translation>
        </message>
        <message>
            <source>The request needs the delegated permission %1, consented for this app.</source>
            <translation>La requête nécessite l'autorisation déléguée %1, avec consentement accordé pour cette application.</translation>
        </message>
        <message>
            <source>Graph did not accept the sign-in's token (expired, revoked or issued for another tenant).</source>
            <translation>Graph n'a pas accepté le jeton de la connexion (expiré, révoqué ou émis pour un autre locataire).</translation>
        </message>
        <message>
            <source>Sign in again, and make sure %1 is consented for SSPR Doctor.</source>
            <translation>Reconnectez-vous et vérifiez que le consentement pour %1 est accordé à SSPR Doctor.</translation>
        </message>
        <message>
            <source>The signed-in account also needs one of these directory roles: %1.</source>
            <translation>Le compte connecté doit aussi avoir l'un de ces rôles d'annuaire : %1.</translation>
        </message>
        <message>
            <source>The tenant needs %1.</source>
            <translation>Le locataire nécessite %1.</translation>
        </message>
        <message>
            <source>%1 is among the consented permissions, so the role or licence is the likely gap.</source>
            <translation>%1 figure parmi les autorisations consenties : le rôle ou la licence est donc probablement ce qui manque.</translation>
        </message>
        <message>
            <source>%1 is not among the permissions consented for this sign-in.</source>
            <translation>%1 ne figure pas parmi les autorisations consenties pour cette connexion.</translation>
        </message>
        <message>
            <source>Ask an administrator to consent %1 for SSPR Doctor</source>
            <translation>Demandez à un administrateur d'accorder le consentement pour %1 à SSPR Doctor</translation>
        </message>
        <message>
            <source>and sign in with an account that holds %1</source>
            <translation>et connectez-vous avec un compte disposant de %1</translation>
        </message>
        <message>
            <source>The tenant must have %1.</source>
            <translation>Le locataire doit disposer de %1.</translation>
        </message>
        <message>
            <source>Then run the checks again.</source>
            <translation>Relancez ensuite les vérifications.</translation>
        </message>
        <message>
            <source>Skipped: the user could not be resolved.</source>
            <translation>Ignorée : l'utilisateur n'a pas pu être résolu.</translation>
        </message>
        <message>
            <source>Skipped: the user could not be resolved; the lookup needs %1.</source>
            <translation>Ignorée : l'utilisateur n'a pas pu être résolu ; la recherche nécessite %1.</translation>
        </message>
        <message>
            <source>%1 was not sent: %2</source>
            <translation>La requête %1 n'a pas été envoyée : %2</translation>
        </message>
        <message>
            <source>This check itself needs %1</source>
            <translation>Cette vérification nécessite elle-même %1</translation>
        </message>
        <message>
            <source>and one of these roles: %1</source>
            <translation>et l'un de ces rôles : %1</translation>
        </message>
        <message>
            <source>Fix what Account state reports, then run the checks again.</source>
            <translation>Corrigez ce que signale « État du compte », puis relancez les vérifications.</translation>
        </message>
        <message>
            <source>Ask an administrator to consent %1 (and %2) for SSPR Doctor, then run the checks again.</source>
            <translation>Demandez à un administrateur d'accorder le consentement pour %1 (et %2) à SSPR Doctor, puis relancez les vérifications.</translation>
        </message>
        <message>
            <source>Wait a few minutes and run the checks again. If it keeps failing, check Microsoft's service health.</source>
            <translation>Patientez quelques minutes et relancez les vérifications. Si l'échec persiste, consultez l'état du service Microsoft.</translation>
        </message>
        <message>
            <source>Could not reach Microsoft Graph (network error).</source>
            <translation>Impossible de joindre Microsoft Graph (erreur réseau).</translation>
        </message>
        <message>
            <source>Check the network connection and any proxy, then run the checks again.</source>
            <translation>Vérifiez la connexion réseau et l'éventuel proxy, puis relancez les vérifications.</translation>
        </message>
        <message>
            <source>Microsoft Graph did not answer in time.</source>
            <translation>Microsoft Graph n'a pas répondu à temps.</translation>
        </message>
        <message>
            <source>Microsoft Graph kept throttling the request (HTTP 429).</source>
            <translation>Microsoft Graph a limité la requête à plusieurs reprises (HTTP 429).</translation>
        </message>
        <message>
            <source>Microsoft Graph was unavailable (HTTP %1) after retries.</source>
            <translation>Microsoft Graph était indisponible (HTTP %1) malgré plusieurs tentatives.</translation>
        </message>
        <message>
            <source>Microsoft Graph was unavailable after retries.</source>
            <translation>Microsoft Graph était indisponible malgré plusieurs tentatives.</translation>
        </message>
        <message>
            <source>Microsoft Graph failed with HTTP %1 after retries.</source>
            <translation>Microsoft Graph a échoué avec HTTP %1 malgré plusieurs tentatives.</translation>
        </message>
        <message>
            <source>Microsoft Graph failed after retries.</source>
            <translation>Microsoft Graph a échoué malgré plusieurs tentatives.</translation>
        </message>
        <message>
            <source>Microsoft Graph sent a reply that could not be read.</source>
            <translation>Microsoft Graph a envoyé une réponse illisible.</translation>
        </message>
        <message>
            <source>Cancelled by you.</source>
            <translation>Annulé à votre demande.</translation>
        </message>
        <message>
            <source>Run the checks again to get a result.</source>
            <translation>Relancez les vérifications pour obtenir un résultat.</translation>
        </message>
        <message>
            <source>Microsoft Graph did not find the object (HTTP 404).</source>
            <translation>Microsoft Graph n'a pas trouvé l'objet (HTTP 404).</translation>
        </message>
        <message>
            <source>Check the user name and run the checks again.</source>
            <translation>Vérifiez le nom d'utilisateur et relancez les vérifications.</translation>
        </message>
        <message>
            <source>Microsoft Graph rejected the request (HTTP %1).</source>
            <translation>Microsoft Graph a rejeté la requête (HTTP %1).</translation>
        </message>
        <message>
            <source>The request could not be made: %1.</source>
            <translation>La requête n'a pas pu être effectuée : %1.</translation>
        </message>
        <message>
            <source>The request %1 was cancelled before it finished, so this check has no evidence.</source>
            <translation>La requête %1 a été annulée avant la fin : cette vérification ne dispose donc d'aucun élément probant.</translation>
        </message>
        <message>
            <source>The request %1 failed, so this check has no evidence and did not decide anything.</source>
            <translation>La requête %1 a échoué : cette vérification ne dispose donc d'aucun élément probant et n'a rien conclu.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Raison : %1</translation>
        </message>
        <message>
            <source>Microsoft Graph's reply lacks %1, so nothing could be decided.</source>
            <translation>Il manque %1 dans la réponse de Microsoft Graph : rien n'a donc pu être conclu.</translation>
        </message>
        <message>
            <source>The reply to %1 came back without a usable "%2" value. A check never passes on missing evidence; run it again, and if the field stays missing report the request-id to Microsoft.</source>
            <translation>La réponse à %1 ne contenait aucune valeur « %2 » exploitable. Une vérification ne réussit jamais sur des éléments manquants : relancez-la, et si le champ manque toujours, signalez le request-id à Microsoft.</translation>
        </message>
        <message>
            <source>Skipped: the sign-in was not granted %1.</source>
            <translation>Ignorée : la connexion n'a pas reçu l'autorisation %1.</translation>
        </message>
        <message>
            <source>Skipped: sign-in gave no access token for %1.</source>
            <translation>Ignorée : la connexion n'a fourni aucun jeton d'accès pour %1.</translation>
        </message>
    </context>
    <context>
        <name>ClockCheck</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n heure</numerusform>
                <numerusform>%n heures</numerusform>
            </translation>
        </message>
        <message>
            <source>PC clock</source>
            <translation>Horloge du PC</translation>
        </message>
        <message>
            <source>the PC's clock</source>
            <translation>l'horloge du PC</translation>
        </message>
        <message>
            <source>no clock probe</source>
            <translation>aucune sonde d'horloge</translation>
        </message>
        <message>
            <source>The clock could not be compared: %1</source>
            <translation>Impossible de comparer l'horloge : %1</translation>
        </message>
        <message>
            <source>No Date header could be read from %1, so the skew between this PC and Microsoft is unknown. The network check says whether the host is reachable.</source>
            <translation>Aucun en-tête Date n'a pu être lu depuis %1 ; le décalage entre ce PC et Microsoft est donc inconnu. La vérification réseau indique si l'hôte est joignable.</translation>
        </message>
        <message>
            <source>the clock host</source>
            <translation>l'hôte de référence horaire</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>Compare the PC's clock with an accurate time source by hand, or run the checks again on a working network.</source>
            <translation>Comparez manuellement l'horloge du PC avec une source horaire fiable, ou relancez les vérifications sur un réseau opérationnel.</translation>
        </message>
        <message>
            <source>server time (UTC)</source>
            <translation>heure du serveur (UTC)</translation>
        </message>
        <message>
            <source>PC time (UTC)</source>
            <translation>heure du PC (UTC)</translation>
        </message>
        <message>
            <source>skew (seconds)</source>
            <translation>décalage (secondes)</translation>
        </message>
        <message>
            <source>ahead of</source>
            <translation>en avance sur</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>en retard sur</translation>
        </message>
        <message>
            <source>This PC's clock is %1 %2 Microsoft's.</source>
            <translation>L'horloge de ce PC est %1 %2 celle de Microsoft.</translation>
        </message>
        <message>
            <source>The Date header from %1 says %2 UTC while this PC said %3 UTC. Verification codes and sign-in tokens are only valid for a short time, so a clock this far off can make codes look expired and sign-in fail.</source>
            <translation>L'en-tête Date de %1 indique %2 UTC alors que ce PC indiquait %3 UTC. Les codes de vérification et les jetons de connexion ne sont valides que peu de temps : avec un tel décalage, les codes peuvent sembler expirés et la connexion échouer.</translation>
        </message>
        <message>
            <source>Set the PC's clock and time zone automatically (Windows: Settings &gt; Time &amp; language &gt; Date &amp; time &gt; Sync now), then try the reset again.</source>
            <translation>Réglez automatiquement l'horloge et le fuseau horaire du PC (Windows : Paramètres &gt; Heure et langue &gt; Date et heure &gt; Synchroniser maintenant), puis réessayez la réinitialisation.</translation>
        </message>
        <message>
            <source>This PC's clock agrees with Microsoft's (within %1).</source>
            <translation>L'horloge de ce PC concorde avec celle de Microsoft (à %1 près).</translation>
        </message>
        <message>
            <source>The Date header from %1 and this PC's clock differ by %2 second(s), well within what sign-in and verification codes tolerate.</source>
            <translation>L'en-tête Date de %1 et l'horloge de ce PC diffèrent de %2 seconde(s), bien en deçà de ce que tolèrent la connexion et les codes de vérification.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Rien à faire ici : consultez les autres vérifications.</translation>
        </message>
    </context>
    <context>
        <name>Cloud</name>
        <message>
            <source>Microsoft Entra ID (global)</source>
            <translation>Microsoft Entra ID (global)</translation>
        </message>
        <message>
            <source>US Government (GCC High)</source>
            <translation>Gouvernement américain (GCC High)</translation>
        </message>
        <message>
            <source>US Government (DoD)</source>
            <translation>Gouvernement américain (DoD)</translation>
        </message>
        <message>
            <source>China (operated by 21Vianet)</source>
            <translation>Chine (exploité par 21Vianet)</translation>
        </message>
    </context>
    <context>
        <name>DeviceCodeFlow</name>
        <message>
            <source>The authority's device code reply is incomplete.</source>
            <translation>La réponse de l'autorité pour le code d'appareil est incomplète.</translation>
        </message>
    </context>
    <context>
        <name>ErrorCatalog</name>
        <message>
            <source>is missing</source>
            <translation>est absent</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>doit être une chaîne</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <source>must be an array of strings</source>
            <translation>doit être un tableau de chaînes</translation>
        </message>
        <message>
            <source>must hold only non-empty strings</source>
            <translation>ne doit contenir que des chaînes non vides</translation>
        </message>
        <message>
            <source>names an unknown check "%1"</source>
            <translation>désigne une vérification inconnue « %1 »</translation>
        </message>
        <message>
            <source>lists a check twice</source>
            <translation>mentionne deux fois la même vérification</translation>
        </message>
        <message>
            <source>must be an integer</source>
            <translation>doit être un entier</translation>
        </message>
        <message>
            <source>%1: "%2" %3</source>
            <translation>%1 : « %2 » %3</translation>
        </message>
        <message>
            <source>must be an AADSTS number of five or six digits</source>
            <translation>doit être un numéro AADSTS de cinq ou six chiffres</translation>
        </message>
        <message>
            <source>must be an https URL ending in ?code=%1</source>
            <translation>doit être une URL https se terminant par ?code=%1</translation>
        </message>
        <message>
            <source>must look like SSPR_0029 or event:31003</source>
            <translation>doit avoir la forme SSPR_0029 ou event:31003</translation>
        </message>
        <message>
            <source>"%1" must be an array</source>
            <translation>« %1 » doit être un tableau</translation>
        </message>
        <message>
            <source>%1[%2] must be an object</source>
            <translation>%1[%2] doit être un objet</translation>
        </message>
        <message>
            <source>"%1" must not be empty</source>
            <translation>« %1 » ne doit pas être vide</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>illisible (%1)</translation>
        </message>
        <message>
            <source>is not valid JSON at offset %1: %2</source>
            <translation>n'est pas un JSON valide à la position %1 : %2</translation>
        </message>
        <message>
            <source>must hold a JSON object</source>
            <translation>doit contenir un objet JSON</translation>
        </message>
        <message>
            <source>"schemaVersion" must be %1</source>
            <translation>« schemaVersion » doit valoir %1</translation>
        </message>
        <message>
            <source>codes[%1] (%2)</source>
            <translation>codes[%1] (%2)</translation>
        </message>
        <message>
            <source>%1: duplicate code %2</source>
            <translation>%1 : code %2 en double</translation>
        </message>
        <message>
            <source>hints[%1] (%2)</source>
            <translation>hints[%1] (%2)</translation>
        </message>
        <message>
            <source>%1: duplicate key %2</source>
            <translation>%1 : clé %2 en double</translation>
        </message>
        <message>
            <source>catalog</source>
            <translation>catalogue</translation>
        </message>
        <message>
            <source>AADSTS%1 %2</source>
            <translation>AADSTS%1 %2</translation>
        </message>
        <message>
            <source>AADSTS%1 is not in the catalog: general SSPR checks</source>
            <translation>AADSTS%1 ne figure pas dans le catalogue : vérifications SSPR générales</translation>
        </message>
        <message>
            <source>No error code given: general SSPR checks</source>
            <translation>Aucun code d'erreur indiqué : vérifications SSPR générales</translation>
        </message>
        <message>
            <source>names an unknown question "%1"</source>
            <translation>désigne une question inconnue « %1 »</translation>
        </message>
        <message>
            <source>causeGroups[%1]</source>
            <translation>causeGroups[%1]</translation>
        </message>
        <message>
            <source>%1: %2 is already in another group</source>
            <translation>%1 : %2 figure déjà dans un autre groupe</translation>
        </message>
        <message>
            <source>answerRules[%1]</source>
            <translation>answerRules[%1]</translation>
        </message>
    </context>
    <context>
        <name>ErrorTextParser</name>
        <message>
            <source>The pasted text is longer than 1 MB; only the first 1 MB was read.</source>
            <translation>Le texte collé dépasse 1 Mo ; seul le premier Mo a été lu.</translation>
        </message>
        <message>
            <source>The timestamp named no time zone; it was read as UTC.</source>
            <translation>L'horodatage n'indiquait aucun fuseau horaire ; il a été interprété en UTC.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLine</name>
        <message>
            <source>1 item</source>
            <translation>1 élément</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>%1 éléments</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>request-id %1</source>
            <translation>request-id %1</translation>
        </message>
        <message>
            <source>%1 %2 → %3 (%4)</source>
            <translation>%1 %2 → %3 (%4)</translation>
        </message>
    </context>
    <context>
        <name>FaultJson</name>
        <message>
            <source>"%1" must be a whole number of at least %2</source>
            <translation>« %1 » doit être un nombre entier supérieur ou égal à %2</translation>
        </message>
        <message>
            <source>unknown key "%1"</source>
            <translation>clé inconnue « %1 »</translation>
        </message>
        <message>
            <source>"kind" must be one of %1</source>
            <translation>« kind » doit valoir l'une des valeurs suivantes : %1</translation>
        </message>
        <message>
            <source>"match" must be a regular expression string</source>
            <translation>« match » doit être une chaîne d'expression régulière</translation>
        </message>
        <message>
            <source>"match" is not a valid regular expression: %1</source>
            <translation>« match » n'est pas une expression régulière valide : %1</translation>
        </message>
        <message>
            <source>"status" %1 is not an HTTP status code the server can send</source>
            <translation>« status » %1 n'est pas un code d'état HTTP que le serveur peut envoyer</translation>
        </message>
        <message>
            <source>"topLevelOnly" must be true or false</source>
            <translation>« topLevelOnly » doit valoir true ou false</translation>
        </message>
        <message>
            <source>"megabytes" must be at most %1</source>
            <translation>« megabytes » doit valoir au plus %1</translation>
        </message>
        <message>
            <source>"body" is only for "wrongShape" faults</source>
            <translation>« body » est réservé aux erreurs « wrongShape »</translation>
        </message>
        <message>
            <source>"body" must be a JSON object or array</source>
            <translation>« body » doit être un objet ou un tableau JSON</translation>
        </message>
        <message>
            <source>"chunked" must be true or false, and only for "hugeBody" faults</source>
            <translation>« chunked » doit valoir true ou false, et uniquement pour les erreurs « hugeBody »</translation>
        </message>
    </context>
    <context>
        <name>GeneratedUsers</name>
        <message>
            <source>"generatedUsers": %1</source>
            <translation>« generatedUsers » : %1</translation>
        </message>
        <message>
            <source>unknown key "%1"</source>
            <translation>clé inconnue « %1 »</translation>
        </message>
        <message>
            <source>"count" must be a whole number from 0 to %1</source>
            <translation>« count » doit être un nombre entier de 0 à %1</translation>
        </message>
        <message>
            <source>"%1" must be a whole number, 0 for none</source>
            <translation>« %1 » doit être un nombre entier, 0 pour aucun</translation>
        </message>
        <message>
            <source>"domain" must be a DNS name such as contoso.example</source>
            <translation>« domain » doit être un nom DNS tel que contoso.example</translation>
        </message>
        <message>
            <source>"groups" must be an array</source>
            <translation>« groups » doit être un tableau</translation>
        </message>
        <message>
            <source>every entry of "groups" needs a string "id" and a whole number "every" of at least 1</source>
            <translation>chaque entrée de « groups » nécessite une chaîne « id » et un nombre entier « every » d'au moins 1</translation>
        </message>
    </context>
    <context>
        <name>GraphError</name>
        <message>
            <source>Network failure</source>
            <translation>Erreur réseau</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>Délai dépassé</translation>
        </message>
        <message>
            <source>Not signed in or token rejected</source>
            <translation>Non connecté ou jeton refusé</translation>
        </message>
        <message>
            <source>Access denied</source>
            <translation>Accès refusé</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Introuvable</translation>
        </message>
        <message>
            <source>Throttled by Microsoft Graph</source>
            <translation>Limité par Microsoft Graph</translation>
        </message>
        <message>
            <source>Microsoft Graph server error</source>
            <translation>Erreur du serveur Microsoft Graph</translation>
        </message>
        <message>
            <source>Request rejected</source>
            <translation>Requête refusée</translation>
        </message>
        <message>
            <source>Malformed reply</source>
            <translation>Réponse mal formée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Unknown error</source>
            <translation>Erreur inconnue</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>needs %1</source>
            <translation>nécessite %1</translation>
        </message>
        <message>
            <source>Retry-After %1 s</source>
            <translation>Retry-After %1 s</translation>
        </message>
        <message>
            <source>request-id %1</source>
            <translation>request-id %1</translation>
        </message>
        <message>
            <source>client-request-id %1</source>
            <translation>client-request-id %1</translation>
        </message>
        <message>
            <source>date %1</source>
            <translation>date %1</translation>
        </message>
    </context>
    <context>
        <name>GraphErrorMapping</name>
        <message>
            <source>empty reply body (HTTP %1)</source>
            <translation>corps de réponse vide (HTTP %1)</translation>
        </message>
        <message>
            <source>HTML page instead of JSON (%1)</source>
            <translation>page HTML au lieu de JSON (%1)</translation>
        </message>
        <message>
            <source>reply is not JSON (%1 at offset %2)</source>
            <translation>la réponse n'est pas du JSON (%1 à la position %2)</translation>
        </message>
        <message>
            <source>reply JSON is not an object</source>
            <translation>le JSON de la réponse n'est pas un objet</translation>
        </message>
        <message>
            <source>reply body is not JSON (%1)</source>
            <translation>le corps de la réponse n'est pas du JSON (%1)</translation>
        </message>
        <message>
            <source>a request this one depends on failed (HTTP 424)</source>
            <translation>une requête dont celle-ci dépend a échoué (HTTP 424)</translation>
        </message>
        <message>
            <source>HTTP %1 without an error message</source>
            <translation>HTTP %1 sans message d'erreur</translation>
        </message>
        <message>
            <source>HTTP %1 with an empty body</source>
            <translation>HTTP %1 avec un corps vide</translation>
        </message>
        <message>
            <source>HTTP %1; %2</source>
            <translation>HTTP %1 ; %2</translation>
        </message>
        <message>
            <source>network error %1</source>
            <translation>erreur réseau %1</translation>
        </message>
        <message>
            <source>no complete reply within %1 ms</source>
            <translation>aucune réponse complète en %1 ms</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>no access token</source>
            <translation>aucun jeton d'accès</translation>
        </message>
    </context>
    <context>
        <name>GraphEvidence</name>
        <message>
            <source>(missing)</source>
            <translation>(manquant)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
    </context>
    <context>
        <name>GuidedQuestions</name>
        <message>
            <source>Yes, it fails there too</source>
            <translation>Oui, cela échoue là aussi</translation>
        </message>
        <message>
            <source>No, it works there</source>
            <translation>Non, cela fonctionne</translation>
        </message>
        <message>
            <source>Not tried yet</source>
            <translation>Pas encore essayé</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>Je ne sais pas</translation>
        </message>
        <message>
            <source>Where did the error appear?</source>
            <translation>Où l'erreur est-elle apparue ?</translation>
        </message>
        <message>
            <source>The place tells which parts are involved: the Windows sign-in screen and Ctrl+Alt+Del depend on the PC's network and clock before anyone signs in, the web pages on the browser.</source>
            <translation>L'endroit indique les éléments en jeu : l'écran de connexion Windows et Ctrl+Alt+Suppr dépendent du réseau et de l'horloge du PC avant toute connexion, les pages web dépendent du navigateur.</translation>
        </message>
        <message>
            <source>The password reset page (aka.ms/sspr)</source>
            <translation>La page de réinitialisation du mot de passe (aka.ms/sspr)</translation>
        </message>
        <message>
            <source>Changing the password with Ctrl+Alt+Del</source>
            <translation>La modification du mot de passe avec Ctrl+Alt+Suppr</translation>
        </message>
        <message>
            <source>The "Reset password" link on the Windows sign-in screen</source>
            <translation>Le lien « Réinitialiser le mot de passe » de l'écran de connexion Windows</translation>
        </message>
        <message>
            <source>My Account (myaccount.microsoft.com)</source>
            <translation>Mon compte (myaccount.microsoft.com)</translation>
        </message>
        <message>
            <source>An application</source>
            <translation>Une application</translation>
        </message>
        <message>
            <source>Does it also fail in a private (incognito) window of an up-to-date browser, after clearing the cache and cookies?</source>
            <translation>L'échec se produit-il aussi dans une fenêtre privée (navigation privée) d'un navigateur à jour, après avoir vidé le cache et les cookies ?</translation>
        </message>
        <message>
            <source>If it works in a private window, the browser's stored data or an extension is the cause, not the account.</source>
            <translation>Si cela fonctionne dans une fenêtre privée, la cause est dans les données stockées par le navigateur ou dans une extension, pas dans le compte.</translation>
        </message>
        <message>
            <source>Does it also fail on another network, for example a phone hotspot instead of the office network or VPN?</source>
            <translation>L'échec se produit-il aussi sur un autre réseau, par exemple un partage de connexion du téléphone au lieu du réseau du bureau ou du VPN ?</translation>
        </message>
        <message>
            <source>If it works on another network, a proxy, firewall, VPN or TLS inspection on the usual network is the cause.</source>
            <translation>Si cela fonctionne sur un autre réseau, la cause est un proxy, un pare-feu, un VPN ou une inspection TLS sur le réseau habituel.</translation>
        </message>
        <message>
            <source>Did the user complete the security info registration (aka.ms/ssprsetup), and can they receive a verification code now?</source>
            <translation>L'utilisateur a-t-il terminé l'inscription des informations de sécurité (aka.ms/ssprsetup), et peut-il recevoir un code de vérification maintenant ?</translation>
        </message>
        <message>
            <source>Password reset needs registered methods that still work: a phone that receives texts or calls, a mailbox, or the Authenticator app.</source>
            <translation>La réinitialisation du mot de passe nécessite des méthodes inscrites qui fonctionnent toujours : un téléphone qui reçoit des SMS ou des appels, une boîte aux lettres ou l'application Authenticator.</translation>
        </message>
        <message>
            <source>Yes, registered and codes arrive</source>
            <translation>Oui, inscrit et les codes arrivent</translation>
        </message>
        <message>
            <source>Registered, but no code arrives</source>
            <translation>Inscrit, mais aucun code n'arrive</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Non inscrit</translation>
        </message>
        <message>
            <source>When did it first happen, and does it happen every time?</source>
            <translation>Quand cela s'est-il produit pour la première fois, et cela se produit-il à chaque fois ?</translation>
        </message>
        <message>
            <source>A recent start points at a recent change or an incident; a failure every time points at configuration rather than a passing glitch.</source>
            <translation>Un début récent indique un changement récent ou un incident ; un échec systématique indique un problème de configuration plutôt qu'un incident passager.</translation>
        </message>
        <message>
            <source>Is password writeback enabled in Microsoft Entra Connect or Cloud Sync, and is its service healthy?</source>
            <translation>La réécriture du mot de passe est-elle activée dans Microsoft Entra Connect ou Cloud Sync, et son service fonctionne-t-il correctement ?</translation>
        </message>
        <message>
            <source>Microsoft Graph cannot tell reliably whether writeback works; the Entra Connect server can (Synchronization Service, Password writeback).</source>
            <translation>Microsoft Graph ne peut pas indiquer de manière fiable si la réécriture fonctionne ; le serveur Entra Connect le peut (Synchronization Service, Password writeback).</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>How many methods does the tenant's password reset policy require?</source>
            <translation>Combien de méthodes la stratégie de réinitialisation du mot de passe du locataire exige-t-elle ?</translation>
        </message>
        <message>
            <source>Microsoft Graph does not expose this number (Password reset &gt; Authentication methods); a user with one method fails when two are required.</source>
            <translation>Microsoft Graph n'expose pas ce nombre (Réinitialisation du mot de passe &gt; Méthodes d'authentification) ; un utilisateur disposant d'une seule méthode échoue quand deux sont exigées.</translation>
        </message>
        <message>
            <source>One</source>
            <translation>Une</translation>
        </message>
        <message>
            <source>Two</source>
            <translation>Deux</translation>
        </message>
    </context>
    <context>
        <name>HeadlessRun</name>
        <message>
            <source>Name the affected user with --user UPN (or use --self).</source>
            <translation>Indiquez l'utilisateur concerné avec --user UPN (ou utilisez --self).</translation>
        </message>
        <message>
            <source>Sign-in to the demo tenant failed: %1</source>
            <translation>La connexion au locataire de démonstration a échoué : %1</translation>
        </message>
        <message>
            <source>The remembered sign-in did not work: %1
Sign in again with --device-code.</source>
            <translation>La connexion mémorisée n'a pas fonctionné : %1
Reconnectez-vous avec --device-code.</translation>
        </message>
        <message>
            <source>To sign in, open %1 and enter the code %2.</source>
            <translation>Pour vous connecter, ouvrez %1 et entrez le code %2.</translation>
        </message>
        <message>
            <source>Sign-in failed: %1</source>
            <translation>La connexion a échoué : %1</translation>
        </message>
        <message>
            <source>--answer: there is no question "%1"; the answer is only recorded.</source>
            <translation>--answer : il n'y a pas de question « %1 » ; la réponse est seulement enregistrée.</translation>
        </message>
        <message>
            <source>Saved the %1 report: %2</source>
            <translation>Rapport %1 enregistré : %2</translation>
        </message>
        <message>
            <source>session</source>
            <comment>the --json file's name in "Saved the %1 report"</comment>
            <translation>session</translation>
        </message>
    </context>
    <context>
        <name>HtmlReport</name>
        <message>
            <source>Likely cause</source>
            <translation>Cause probable</translation>
        </message>
        <message>
            <source>No single cause was identified.</source>
            <translation>Aucune cause unique n'a été identifiée.</translation>
        </message>
        <message>
            <source>Who must act</source>
            <translation>Qui doit agir</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>D'après</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments probants</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source> → HTTP %1</source>
            <translation> → HTTP %1</translation>
        </message>
        <message>
            <source>request-id %1</source>
            <translation>request-id %1</translation>
        </message>
        <message>
            <source>(no fields)</source>
            <translation>(aucun champ)</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Microsoft documentation</source>
            <translation>Documentation Microsoft</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>No answers recorded.</source>
            <translation>Aucune réponse enregistrée.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Sans réponse</translation>
        </message>
        <message>
            <source>Every question was answered.</source>
            <translation>Toutes les questions ont reçu une réponse.</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>Code d'erreur</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Correlation ID</source>
            <translation>ID de corrélation</translation>
        </message>
        <message>
            <source>Trace ID</source>
            <translation>ID de trace</translation>
        </message>
        <message>
            <source>Timestamp (UTC)</source>
            <translation>Horodatage (UTC)</translation>
        </message>
        <message>
            <source>Error URI</source>
            <translation>URI de l'erreur</translation>
        </message>
        <message>
            <source>SSPR codes</source>
            <translation>Codes SSPR</translation>
        </message>
        <message>
            <source>Writeback event IDs</source>
            <translation>ID d'événements de réécriture</translation>
        </message>
        <message>
            <source>Not found in the pasted text</source>
            <translation>Introuvable dans le texte collé</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Données saisies</translation>
        </message>
        <message>
            <source>SSPR Doctor report</source>
            <translation>Rapport SSPR Doctor</translation>
        </message>
        <message>
            <source>en</source>
            <comment>HTML lang attribute of the report</comment>
            <translation>fr</translation>
        </message>
        <message>
            <source>Support summary</source>
            <translation>Résumé pour le support</translation>
        </message>
        <message>
            <source>Open a Microsoft support request (Microsoft Entra admin center)</source>
            <translation>Ouvrir une demande de support Microsoft (centre d'administration Microsoft Entra)</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>No check ran.</source>
            <translation>Aucune vérification n'a été exécutée.</translation>
        </message>
        <message>
            <source>About this report</source>
            <translation>À propos de ce rapport</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>Version de l'application</translation>
        </message>
        <message>
            <source>OS</source>
            <translation>Système d'exploitation</translation>
        </message>
        <message>
            <source>Checked (UTC)</source>
            <translation>Vérification (UTC)</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>de %1 à %2</translation>
        </message>
        <message>
            <source>Graph round trips</source>
            <translation>Allers-retours Graph</translation>
        </message>
    </context>
    <context>
        <name>IdTokenClaims</name>
        <message>
            <source>The authority's ID token was issued for another application (audience "%1", expected "%2"). The sign-in was refused.</source>
            <translation>Le jeton d'ID de l'autorité a été émis pour une autre application (audience « %1 », attendue « %2 »). La connexion a été refusée.</translation>
        </message>
        <message>
            <source>The authority's ID token comes from another issuer ("%1", expected "%2"). The sign-in was refused.</source>
            <translation>Le jeton d'ID de l'autorité provient d'un autre émetteur (« %1 », attendu « %2 »). La connexion a été refusée.</translation>
        </message>
    </context>
    <context>
        <name>LocalCheckSupport</name>
        <message>
            <source>the local probes were not run</source>
            <translation>les sondes locales n'ont pas été exécutées</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Ignorée : %1.</translation>
        </message>
        <message>
            <source>This check reads %1 on this PC, which needs the local probes; they did not run (%2), so nothing is known about it.</source>
            <translation>Cette vérification lit %1 sur ce PC, ce qui nécessite les sondes locales ; elles n'ont pas été exécutées (%2) : on n'en sait donc rien.</translation>
        </message>
        <message>
            <source>ran</source>
            <translation>exécuté</translation>
        </message>
        <message>
            <source>no: %1</source>
            <translation>non : %1</translation>
        </message>
        <message>
            <source>Run SSPR Doctor again with the local probes (without --no-probes) on the PC where the error appears.</source>
            <translation>Relancez SSPR Doctor avec les sondes locales (sans --no-probes) sur le PC où l'erreur apparaît.</translation>
        </message>
        <message>
            <source>Cancelled by you before %1 was measured.</source>
            <translation>Annulé à votre demande avant d'avoir mesuré %1.</translation>
        </message>
        <message>
            <source>The run was cancelled while the local probes were still reading %1, so no verdict is possible.</source>
            <translation>L'exécution a été annulée pendant que les sondes locales lisaient encore %1 : aucun verdict n'est possible.</translation>
        </message>
        <message>
            <source>result</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>Run the checks again and let them finish.</source>
            <translation>Relancez les vérifications et laissez-les se terminer.</translation>
        </message>
    </context>
    <context>
        <name>MethodsPolicyCheck</name>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>Authentication Policy Administrator</source>
            <translation>Authentication Policy Administrator</translation>
        </message>
        <message>
            <source>Authentication methods policy</source>
            <translation>Stratégie des méthodes d'authentification</translation>
        </message>
        <message>
            <source>no: needs an administrator role</source>
            <translation>non : nécessite un rôle d'administrateur</translation>
        </message>
        <message>
            <source>Skipped: only an administrator can read the authentication methods policy.</source>
            <translation>Ignoré : seul un administrateur peut lire la stratégie des méthodes d'authentification.</translation>
        </message>
        <message>
            <source>Reading the tenant's authentication methods policy needs %1 and one of these roles: %2. An end user's sign-in does not have them.</source>
            <translation>La lecture de la stratégie des méthodes d'authentification du locataire nécessite %1 et l'un de ces rôles : %2. La connexion d'un utilisateur final ne les possède pas.</translation>
        </message>
        <message>
            <source>If the reset keeps failing, ask your IT help desk to check which authentication methods are enabled for SSPR.</source>
            <translation>Si la réinitialisation échoue toujours, demandez à votre support technique de vérifier quelles méthodes d'authentification sont activées pour SSPR.</translation>
        </message>
        <message>
            <source>no: not available in Microsoft Graph operated by 21Vianet</source>
            <translation>non : indisponible dans Microsoft Graph opéré par 21Vianet</translation>
        </message>
        <message>
            <source>Skipped: the user's methods cannot be read in the China cloud (21Vianet), so the policy cannot be compared with them.</source>
            <translation>Ignoré : les méthodes de l'utilisateur ne peuvent pas être lues dans le cloud Chine (21Vianet) ; la stratégie ne peut donc pas leur être comparée.</translation>
        </message>
        <message>
            <source>Microsoft Graph's "List methods" API is not offered in the national cloud operated by 21Vianet.</source>
            <translation>L'API « List methods » de Microsoft Graph n'est pas proposée dans le cloud national opéré par 21Vianet.</translation>
        </message>
        <message>
            <source>Compare the user's methods (Users &gt; the user &gt; Authentication methods) with the enabled methods in Authentication methods &gt; Policies.</source>
            <translation>Comparez les méthodes de l'utilisateur (Utilisateurs &gt; l'utilisateur &gt; Méthodes d'authentification) avec les méthodes activées dans Méthodes d'authentification &gt; Stratégies.</translation>
        </message>
        <message>
            <source>No method SSPR can use is enabled in the authentication methods policy.</source>
            <translation>Aucune méthode utilisable par SSPR n'est activée dans la stratégie des méthodes d'authentification.</translation>
        </message>
        <message>
            <source>Email, SMS, voice call, Microsoft Authenticator and OATH tokens are all disabled (policyMigrationState %1), so nobody can verify themselves for a password reset. The user's own methods could not be read: %2</source>
            <translation>E-mail, SMS, appel vocal, Microsoft Authenticator et jetons OATH sont tous désactivés (policyMigrationState %1) : personne ne peut donc se vérifier pour réinitialiser son mot de passe. Les méthodes de l'utilisateur n'ont pas pu être lues : %2</translation>
        </message>
        <message>
            <source>Enable at least one method SSPR can use (for example Microsoft Authenticator, SMS or email) in Microsoft Entra admin center &gt; Authentication methods &gt; Policies.</source>
            <translation>Activez au moins une méthode utilisable par SSPR (par exemple Microsoft Authenticator, SMS ou e-mail) dans Centre d'administration Microsoft Entra &gt; Méthodes d'authentification &gt; Stratégies.</translation>
        </message>
        <message>
            <source>The authentication methods policy migration is not complete (%1).</source>
            <translation>La migration de la stratégie des méthodes d'authentification n'est pas terminée (%1).</translation>
        </message>
        <message>
            <source>While policyMigrationState is %1, the legacy SSPR policy (Password reset &gt; Authentication methods) still decides some methods for password reset, so the two can disagree. The user's methods could not be read: %2</source>
            <translation>Tant que policyMigrationState vaut %1, l'ancienne stratégie SSPR (Réinitialisation du mot de passe &gt; Méthodes d'authentification) décide encore de certaines méthodes de réinitialisation ; les deux peuvent donc se contredire. Les méthodes de l'utilisateur n'ont pas pu être lues : %2</translation>
        </message>
        <message>
            <source>Finish the migration (Authentication methods &gt; Policies &gt; Manage migration) after checking that the methods users registered are enabled there.</source>
            <translation>Terminez la migration (Méthodes d'authentification &gt; Stratégies &gt; Gérer la migration) après avoir vérifié que les méthodes inscrites par les utilisateurs y sont activées.</translation>
        </message>
        <message>
            <source>Graph did not report policyMigrationState.</source>
            <translation>Graph n'a pas indiqué policyMigrationState.</translation>
        </message>
        <message>
            <source>policyMigrationState is %1.</source>
            <translation>policyMigrationState vaut %1.</translation>
        </message>
        <message>
            <source>%1 is enabled for specific groups only; the user's group membership was not checked.</source>
            <translation>%1 n'est activé que pour certains groupes ; l'appartenance de l'utilisateur aux groupes n'a pas été vérifiée.</translation>
        </message>
        <message>
            <source>Enable the method the user registered (%1) in Microsoft Entra admin center &gt; Authentication methods &gt; Policies for a group that includes the user, or have the user register a method that is enabled.</source>
            <translation>Activez la méthode inscrite par l'utilisateur (%1) dans Centre d'administration Microsoft Entra &gt; Méthodes d'authentification &gt; Stratégies pour un groupe qui inclut l'utilisateur, ou faites inscrire à l'utilisateur une méthode activée.</translation>
        </message>
        <message>
            <source>The user's only SSPR methods are disabled by policy: %1.</source>
            <translation>Les seules méthodes SSPR de l'utilisateur sont désactivées par la stratégie : %1.</translation>
        </message>
        <message>
            <source>Every method the user could reset with is disabled in the authentication methods policy. %1</source>
            <translation>Toutes les méthodes avec lesquelles l'utilisateur pourrait réinitialiser son mot de passe sont désactivées dans la stratégie des méthodes d'authentification. %1</translation>
        </message>
        <message>
            <source>The migration is not complete, so the legacy SSPR policy may still allow these methods for password reset; it has no Graph API, check Password reset &gt; Authentication methods.</source>
            <translation>La migration n'étant pas terminée, l'ancienne stratégie SSPR peut encore autoriser ces méthodes pour la réinitialisation du mot de passe ; elle n'a pas d'API Graph : vérifiez Réinitialisation du mot de passe &gt; Méthodes d'authentification.</translation>
        </message>
        <message>
            <source>Some of the user's methods are disabled by policy: %1.</source>
            <translation>Certaines méthodes de l'utilisateur sont désactivées par la stratégie : %1.</translation>
        </message>
        <message>
            <source>Allowed by policy: %1. Disabled by policy: %2. %3</source>
            <translation>Autorisées par la stratégie : %1. Désactivées par la stratégie : %2. %3</translation>
        </message>
        <message>
            <source>While the migration is not complete the legacy SSPR policy (Password reset &gt; Authentication methods) still decides some methods for password reset, so the two policies can disagree.</source>
            <translation>Tant que la migration n'est pas terminée, l'ancienne stratégie SSPR (Réinitialisation du mot de passe &gt; Méthodes d'authentification) décide encore de certaines méthodes de réinitialisation ; les deux stratégies peuvent donc se contredire.</translation>
        </message>
        <message>
            <source>The policy reply does not cover the user's SSPR methods: %1.</source>
            <translation>La réponse sur la stratégie ne couvre pas les méthodes SSPR de l'utilisateur : %1.</translation>
        </message>
        <message>
            <source>No authenticationMethodConfiguration in the reply governs these methods, so whether SSPR may use them could not be confirmed. %1</source>
            <translation>Aucune authenticationMethodConfiguration de la réponse ne régit ces méthodes ; il n'a donc pas pu être confirmé que SSPR peut les utiliser. %1</translation>
        </message>
        <message>
            <source>No SSPR method is registered, so the policy blocks none (see Registered authentication methods).</source>
            <translation>Aucune méthode SSPR n'est inscrite ; la stratégie n'en bloque donc aucune (voir Méthodes d'authentification inscrites).</translation>
        </message>
        <message>
            <source>The policy allows the user's SSPR methods: %1.</source>
            <translation>La stratégie autorise les méthodes SSPR de l'utilisateur : %1.</translation>
        </message>
        <message>
            <source>Every method the user registered for password reset is enabled in the authentication methods policy. %1</source>
            <translation>Toutes les méthodes inscrites par l'utilisateur pour la réinitialisation du mot de passe sont activées dans la stratégie des méthodes d'authentification. %1</translation>
        </message>
        <message>
            <source>Not in the policy reply: %1.</source>
            <translation>Absentes de la réponse sur la stratégie : %1.</translation>
        </message>
        <message>
            <source>Nothing to change in the policy.</source>
            <translation>Rien à modifier dans la stratégie.</translation>
        </message>
    </context>
    <context>
        <name>NetworkCheck</name>
        <message>
            <source>Network path to Microsoft</source>
            <translation>Chemin réseau vers Microsoft</translation>
        </message>
        <message>
            <source>%1: the proxy %2 asks for credentials</source>
            <translation>%1 : le proxy %2 demande des identifiants</translation>
        </message>
        <message>
            <source>%1: the name does not resolve (%2)</source>
            <translation>%1 : le nom n'est pas résolu (%2)</translation>
        </message>
        <message>
            <source>%1: no TCP connection (%2)</source>
            <translation>%1 : pas de connexion TCP (%2)</translation>
        </message>
        <message>
            <source>%1: TLS failed (%2)</source>
            <translation>%1 : échec TLS (%2)</translation>
        </message>
        <message>
            <source>%1: certificate issued by %2, not by Microsoft's public CAs</source>
            <translation>%1 : certificat émis par %2, et non par les autorités de certification publiques de Microsoft</translation>
        </message>
        <message>
            <source>%1: reachable (DNS %2, TCP %3, TLS %4)</source>
            <translation>%1 : joignable (DNS %2, TCP %3, TLS %4)</translation>
        </message>
        <message>
            <source>proxy</source>
            <translation>proxy</translation>
        </message>
        <message>
            <source>proxy authentication</source>
            <translation>authentification du proxy</translation>
        </message>
        <message>
            <source>required</source>
            <translation>requise</translation>
        </message>
        <message>
            <source>DNS</source>
            <translation>DNS</translation>
        </message>
        <message>
            <source>DNS time</source>
            <translation>durée DNS</translation>
        </message>
        <message>
            <source>TCP</source>
            <translation>TCP</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>connecté</translation>
        </message>
        <message>
            <source>TCP time</source>
            <translation>durée TCP</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>handshake done</source>
            <translation>négociation terminée</translation>
        </message>
        <message>
            <source>TLS time</source>
            <translation>durée TLS</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>certificat</translation>
        </message>
        <message>
            <source>issuer</source>
            <translation>émetteur</translation>
        </message>
        <message>
            <source>trusted by this PC</source>
            <translation>approuvé par ce PC</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Microsoft chain</source>
            <translation>chaîne Microsoft</translation>
        </message>
        <message>
            <source>certificate errors</source>
            <translation>erreurs de certificat</translation>
        </message>
        <message>
            <source>the network path to Microsoft's hosts</source>
            <translation>le chemin réseau vers les hôtes Microsoft</translation>
        </message>
        <message>
            <source>No host was probed.</source>
            <translation>Aucun hôte n'a été testé.</translation>
        </message>
        <message>
            <source>The local probes ran with an empty list of hosts, so the network path is unknown.</source>
            <translation>Les sondes locales ont été exécutées avec une liste d'hôtes vide ; l'état du chemin réseau est donc inconnu.</translation>
        </message>
        <message>
            <source>hosts</source>
            <translation>hôtes</translation>
        </message>
        <message>
            <source>Run the checks again without an empty --probe-target.</source>
            <translation>Relancez les vérifications sans --probe-target vide.</translation>
        </message>
        <message>
            <source>The proxy %1 requires authentication for %2.</source>
            <translation>Le proxy %1 exige une authentification pour %2.</translation>
        </message>
        <message>
            <source>Let the Microsoft sign-in and password reset hosts through the proxy without authentication: the Windows sign-in screen's reset link runs as a temporary user who cannot answer a proxy's password prompt.</source>
            <translation>Laissez passer les hôtes Microsoft de connexion et de réinitialisation du mot de passe par le proxy sans authentification : le lien de réinitialisation de l'écran de connexion Windows s'exécute sous un utilisateur temporaire qui ne peut pas répondre à une demande de mot de passe du proxy.</translation>
        </message>
        <message>
            <source>TLS to %1 failed: %2</source>
            <translation>Échec TLS vers %1 : %2</translation>
        </message>
        <message>
            <source>%1 is unreachable from this PC: %2</source>
            <translation>%1 est injoignable depuis ce PC : %2</translation>
        </message>
        <message>
            <source>Allow HTTPS (TCP 443) from this PC to every host listed in Microsoft's "Microsoft 365 URLs and IP address ranges", or try from another network to confirm.</source>
            <translation>Autorisez HTTPS (TCP 443) depuis ce PC vers tous les hôtes répertoriés dans « URL et plages d'adresses IP Microsoft 365 » de Microsoft, ou essayez depuis un autre réseau pour confirmer.</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 Microsoft host(s) failed. Password reset needs every one of them from the browser or the Windows sign-in screen. %2.</source>
            <translation>
                <numerusform>%n hôte Microsoft sur %1 a échoué. La réinitialisation du mot de passe a besoin de chacun d'eux depuis le navigateur ou l'écran de connexion Windows. %2.</numerusform>
                <numerusform>%n hôtes Microsoft sur %1 ont échoué. La réinitialisation du mot de passe a besoin de chacun d'eux depuis le navigateur ou l'écran de connexion Windows. %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>TLS inspection: %1 presents a certificate from %2, not Microsoft's.</source>
            <translation>Inspection TLS : %1 présente un certificat de %2, et non de Microsoft.</translation>
        </message>
        <message>
            <source>Something between this PC and Microsoft (a proxy, firewall or security software) re-signs the connection with its own certificate%1. Inspection of the sign-in and password reset hosts is known to break their pages. %2.</source>
            <translation>Un élément entre ce PC et Microsoft (proxy, pare-feu ou logiciel de sécurité) re-signe la connexion avec son propre certificat%1. L'inspection des hôtes de connexion et de réinitialisation du mot de passe est connue pour casser leurs pages. %2.</translation>
        </message>
        <message>
            <source>, which this PC trusts</source>
            <translation>, que ce PC approuve</translation>
        </message>
        <message>
            <source>, which this PC does not trust</source>
            <translation>, que ce PC n'approuve pas</translation>
        </message>
        <message>
            <source>Exempt the Microsoft sign-in, password reset and Graph hosts from TLS inspection (Microsoft 365 network connectivity principles recommend bypassing it).</source>
            <translation>Exemptez de l'inspection TLS les hôtes Microsoft de connexion, de réinitialisation du mot de passe et Graph (les principes de connectivité réseau de Microsoft 365 recommandent de la contourner).</translation>
        </message>
        <message numerus="yes">
            <source>All %n Microsoft host(s) reachable with Microsoft's certificates (slowest %1).</source>
            <translation>
                <numerusform>%n hôte Microsoft joignable avec les certificats de Microsoft (le plus lent : %1).</numerusform>
                <numerusform>Les %n hôtes Microsoft sont tous joignables avec les certificats de Microsoft (le plus lent : %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>DNS, TCP 443 and the TLS handshake succeeded for every host, each presenting a chain from Microsoft's public CAs. %1.</source>
            <translation>DNS, TCP 443 et la négociation TLS ont réussi pour chaque hôte, chacun présentant une chaîne issue des autorités de certification publiques de Microsoft. %1.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Rien à faire ici : consultez les autres vérifications.</translation>
        </message>
    </context>
    <context>
        <name>OsCheck</name>
        <message>
            <source>Windows device state</source>
            <translation>État de l'appareil Windows</translation>
        </message>
        <message>
            <source>the Windows join state and AAD event log</source>
            <translation>l'état de jonction Windows et le journal d'événements AAD</translation>
        </message>
        <message>
            <source>Not applicable: this PC does not run Windows.</source>
            <translation>Non applicable : ce PC n'exécute pas Windows.</translation>
        </message>
        <message>
            <source>The device join state and the AAD operational log exist only on Windows. Run SSPR Doctor on the user's Windows PC when the error appears at the Windows sign-in screen.</source>
            <translation>L'état de jonction de l'appareil et le journal opérationnel AAD n'existent que sous Windows. Exécutez SSPR Doctor sur le PC Windows de l'utilisateur lorsque l'erreur apparaît sur l'écran de connexion Windows.</translation>
        </message>
        <message>
            <source>operating system</source>
            <translation>système d'exploitation</translation>
        </message>
        <message>
            <source>not Windows</source>
            <translation>pas Windows</translation>
        </message>
        <message>
            <source>Nothing to do on this PC; for the Windows reset link, run the checks on the affected Windows PC.</source>
            <translation>Rien à faire sur ce PC ; pour le lien de réinitialisation de Windows, exécutez les vérifications sur le PC Windows concerné.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <source>AAD log errors</source>
            <translation>erreurs du journal AAD</translation>
        </message>
        <message>
            <source>Cancelled by you before the device state was read.</source>
            <translation>Annulé par vous avant la lecture de l'état de l'appareil.</translation>
        </message>
        <message>
            <source>The device state could not be read: %1</source>
            <translation>Impossible de lire l'état de l'appareil : %1</translation>
        </message>
        <message>
            <source>dsregcmd /status gave no join state, so whether this PC can show the reset link at the sign-in screen is unknown.</source>
            <translation>dsregcmd /status n'a indiqué aucun état de jonction ; on ne sait donc pas si ce PC peut afficher le lien de réinitialisation sur l'écran de connexion.</translation>
        </message>
        <message>
            <source>Run "dsregcmd /status" in a command prompt and attach the output to the support request.</source>
            <translation>Exécutez « dsregcmd /status » dans une invite de commandes et joignez le résultat à la demande de support.</translation>
        </message>
        <message numerus="yes">
            <source>The AAD operational log has %n error(s) about password reset or change.</source>
            <translation>
                <numerusform>Le journal opérationnel AAD contient %n erreur liée à la réinitialisation ou à la modification du mot de passe.</numerusform>
                <numerusform>Le journal opérationnel AAD contient %n erreurs liées à la réinitialisation ou à la modification du mot de passe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Microsoft-Windows-AAD/Operational recorded: %1</source>
            <translation>Microsoft-Windows-AAD/Operational a enregistré : %1</translation>
        </message>
        <message>
            <source>Export the AAD operational log for the time of the error (Event Viewer &gt; Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD) and attach it to the support request with the dsregcmd /status output.</source>
            <translation>Exportez le journal opérationnel AAD de l'heure de l'erreur (Observateur d'événements &gt; Journaux des applications et des services &gt; Microsoft &gt; Windows &gt; AAD) et joignez-le à la demande de support avec le résultat de dsregcmd /status.</translation>
        </message>
        <message>
            <source>This PC is not joined to Microsoft Entra (AzureAdJoined: %1).</source>
            <translation>Ce PC n'est pas joint à Microsoft Entra (AzureAdJoined : %1).</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>The "Reset password" link on the Windows sign-in screen needs a Microsoft Entra joined or hybrid joined device (DomainJoined: %1). Elsewhere the user resets at aka.ms/sspr in a browser.</source>
            <translation>Le lien « Réinitialiser le mot de passe » de l'écran de connexion Windows nécessite un appareil joint à Microsoft Entra ou joint hybride (DomainJoined : %1). Sinon, l'utilisateur réinitialise son mot de passe sur aka.ms/sspr dans un navigateur.</translation>
        </message>
        <message>
            <source>Use the browser (aka.ms/sspr) to reset, or join the device to Microsoft Entra (or hybrid join it) for the sign-in screen link.</source>
            <translation>Utilisez le navigateur (aka.ms/sspr) pour la réinitialisation, ou joignez l'appareil à Microsoft Entra (ou en jonction hybride) pour disposer du lien sur l'écran de connexion.</translation>
        </message>
        <message>
            <source>Microsoft Entra joined, no AAD log errors about password reset.</source>
            <translation>Joint à Microsoft Entra, aucune erreur du journal AAD liée à la réinitialisation du mot de passe.</translation>
        </message>
        <message>
            <source>dsregcmd reports AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2) and the AAD operational log of the last days has no error naming password reset or change.</source>
            <translation>dsregcmd indique AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2) et le journal opérationnel AAD des derniers jours ne contient aucune erreur mentionnant la réinitialisation ou la modification du mot de passe.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Rien à faire ici : consultez les autres vérifications.</translation>
        </message>
        <message>
            <source>Microsoft Entra joined, but the AAD operational log could not be read: %1</source>
            <translation>Joint à Microsoft Entra, mais impossible de lire le journal opérationnel AAD : %1</translation>
        </message>
        <message>
            <source>dsregcmd reports AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2), but without the AAD operational log whether Windows recorded a password reset or change error is unknown.</source>
            <translation>dsregcmd indique AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2), mais sans le journal opérationnel AAD, on ne sait pas si Windows a enregistré une erreur de réinitialisation ou de modification du mot de passe.</translation>
        </message>
        <message>
            <source>Export the AAD operational log for the time of the error (Event Viewer &gt; Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD) and attach it to the support request.</source>
            <translation>Exportez le journal opérationnel AAD de l'heure de l'erreur (Observateur d'événements &gt; Journaux des applications et des services &gt; Microsoft &gt; Windows &gt; AAD) et joignez-le à la demande de support.</translation>
        </message>
    </context>
    <context>
        <name>PageCollector</name>
        <message>
            <source>page %1 of a paged reply has no "value" array</source>
            <translation>la page %1 d'une réponse paginée n'a pas de tableau « value »</translation>
        </message>
        <message>
            <source>@odata.nextLink is not an absolute URL</source>
            <translation>@odata.nextLink n'est pas une URL absolue</translation>
        </message>
        <message>
            <source>@odata.nextLink points to %1, not to %2: refused, so that the token is never sent to another host</source>
            <translation>@odata.nextLink pointe vers %1 et non vers %2 : refusé, afin que le jeton ne soit jamais envoyé à un autre hôte</translation>
        </message>
        <message>
            <source>paging did not end: @odata.nextLink repeats a page already read (after %1 pages)</source>
            <translation>la pagination ne s'est pas terminée : @odata.nextLink répète une page déjà lue (après %1 pages)</translation>
        </message>
        <message>
            <source>paging did not end within %1 pages</source>
            <translation>la pagination ne s'est pas terminée en %1 pages</translation>
        </message>
    </context>
    <context>
        <name>ProbeSetup</name>
        <message>
            <source>Cannot start the demo TLS endpoint on 127.0.0.1: %1</source>
            <translation>Impossible de démarrer le point de terminaison TLS de démonstration sur 127.0.0.1 : %1</translation>
        </message>
    </context>
    <context>
        <name>ProbeTargets</name>
        <message>
            <source>sign-in</source>
            <translation>connexion</translation>
        </message>
        <message>
            <source>password reset</source>
            <translation>réinitialisation du mot de passe</translation>
        </message>
        <message>
            <source>password reset API</source>
            <translation>API de réinitialisation du mot de passe</translation>
        </message>
        <message>
            <source>password change and registration</source>
            <translation>modification du mot de passe et inscription</translation>
        </message>
        <message>
            <source>Microsoft Graph</source>
            <translation>Microsoft Graph</translation>
        </message>
        <message>
            <source>Windows reset link (scripts)</source>
            <translation>lien de réinitialisation Windows (scripts)</translation>
        </message>
        <message>
            <source>Windows reset link (certificate status)</source>
            <translation>lien de réinitialisation Windows (état des certificats)</translation>
        </message>
        <message>
            <source>given with --probe-target</source>
            <translation>indiqué avec --probe-target</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>SSPR Doctor</source>
            <translation>SSPR Doctor</translation>
        </message>
        <message>
            <source>Try 'sspr-doctor --help'.</source>
            <translation>Essayez « sspr-doctor --help ».</translation>
        </message>
        <message>
            <source>Paste the error text on the first page instead.</source>
            <translation>Collez plutôt le texte de l'erreur sur la première page.</translation>
        </message>
    </context>
    <context>
        <name>QuestionBrowserCheck</name>
        <message>
            <source>Browser (private window)</source>
            <translation>Navigateur (fenêtre privée)</translation>
        </message>
        <message>
            <source>Works in a private window: the browser's cache, cookies or an extension is the likely cause.</source>
            <translation>Fonctionne dans une fenêtre privée : le cache, les cookies ou une extension du navigateur sont la cause probable.</translation>
        </message>
        <message>
            <source>The reset fails in the usual browser window but works in a private (incognito) one, which starts without stored cookies, cached pages or extensions. The account and the tenant are then fine; something stored in the browser is not.</source>
            <translation>La réinitialisation échoue dans la fenêtre habituelle du navigateur, mais fonctionne dans une fenêtre privée, qui démarre sans cookies stockés, pages en cache ni extensions. Le compte et le locataire sont donc en ordre ; c'est quelque chose de stocké dans le navigateur qui pose problème.</translation>
        </message>
        <message>
            <source>1. Clear the browser's cookies and cached files (at least for microsoftonline.com and microsoft.com). 2. Turn off extensions (ad blockers, password managers, privacy tools) and try again. 3. Update the browser. Until then, reset the password in a private window.</source>
            <translation>1. Effacez les cookies et les fichiers en cache du navigateur (au moins pour microsoftonline.com et microsoft.com). 2. Désactivez les extensions (bloqueurs de publicité, gestionnaires de mots de passe, outils de confidentialité) et réessayez. 3. Mettez à jour le navigateur. En attendant, réinitialisez le mot de passe dans une fenêtre privée.</translation>
        </message>
        <message>
            <source>Fails in a private window too: the browser is not the cause.</source>
            <translation>Échoue aussi dans une fenêtre privée : le navigateur n'est pas en cause.</translation>
        </message>
        <message>
            <source>A private window starts without stored cookies, cached pages or extensions; since the error is the same there, look at the other findings.</source>
            <translation>Une fenêtre privée démarre sans cookies stockés, pages en cache ni extensions ; l'erreur étant la même, examinez les autres constats.</translation>
        </message>
        <message>
            <source>Nothing to do in the browser.</source>
            <translation>Rien à faire dans le navigateur.</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>La réponse enregistrée « %1 » ne fait pas partie des choix proposés.</translation>
        </message>
        <message>
            <source>Expected "yes", "no" or "not-tried"; nothing was decided.</source>
            <translation>Valeur attendue : « yes », « no » ou « not-tried » ; rien n'a été conclu.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Répondez de nouveau à la question.</translation>
        </message>
    </context>
    <context>
        <name>QuestionCheck</name>
        <message>
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(sans réponse)</translation>
        </message>
        <message>
            <source>Not answered: nothing to judge.</source>
            <translation>Sans réponse : rien à évaluer.</translation>
        </message>
        <message>
            <source>This step reads the answer to a guided question, and none was given. An unanswered question is neither a pass nor a problem.</source>
            <translation>Cette étape lit la réponse à une question guidée, et aucune n'a été donnée. Une question sans réponse n'est ni une réussite ni un problème.</translation>
        </message>
        <message>
            <source>Answer the question and run the checks again.</source>
            <translation>Répondez à la question et relancez les vérifications.</translation>
        </message>
    </context>
    <context>
        <name>QuestionFirstSeenCheck</name>
        <message>
            <source>When it started</source>
            <translation>Début du problème</translation>
        </message>
        <message>
            <source>Recorded: "%1".</source>
            <translation>Réponse enregistrée : « %1 ».</translation>
        </message>
        <message>
            <source>As answered: %1. Compare it with the times of the SSPR audit events and sign-in failures; a recent start points at a recent change or an incident.</source>
            <translation>Selon la réponse : %1. Comparez avec les heures des événements d'audit SSPR et des échecs de connexion ; un début récent indique un changement récent ou un incident.</translation>
        </message>
        <message>
            <source>Nothing to do: recorded for the report.</source>
            <translation>Rien à faire : information enregistrée pour le rapport.</translation>
        </message>
    </context>
    <context>
        <name>QuestionOtherNetworkCheck</name>
        <message>
            <source>Another network</source>
            <translation>Autre réseau</translation>
        </message>
        <message>
            <source>Works on another network: the usual network path is the likely cause.</source>
            <translation>Fonctionne sur un autre réseau : le chemin réseau habituel est la cause probable.</translation>
        </message>
        <message>
            <source>The reset works on another network (for example a phone hotspot) but not on the office network or VPN. A proxy, firewall, VPN or TLS inspection there blocks or alters the traffic to passwordreset.microsoftonline.com or login.microsoftonline.com. The local network check (client.network) shows which host fails.</source>
            <translation>La réinitialisation fonctionne sur un autre réseau (par exemple un partage de connexion du téléphone), mais pas sur le réseau du bureau ou le VPN. Un proxy, un pare-feu, un VPN ou une inspection TLS y bloque ou modifie le trafic vers passwordreset.microsoftonline.com ou login.microsoftonline.com. La vérification du réseau local (client.network) indique quel hôte échoue.</translation>
        </message>
        <message>
            <source>Ask the network team to allow HTTPS to passwordreset.microsoftonline.com, login.microsoftonline.com, ajax.aspnetcdn.com and ocsp.digicert.com without TLS inspection or proxy authentication. Until then, reset on the other network.</source>
            <translation>Demandez à l'équipe réseau d'autoriser HTTPS vers passwordreset.microsoftonline.com, login.microsoftonline.com, ajax.aspnetcdn.com et ocsp.digicert.com sans inspection TLS ni authentification proxy. En attendant, effectuez la réinitialisation sur l'autre réseau.</translation>
        </message>
        <message>
            <source>Fails on another network too: the network path is not the cause.</source>
            <translation>Échoue aussi sur un autre réseau : le chemin réseau n'est pas en cause.</translation>
        </message>
        <message>
            <source>The error is the same on a different network, so the office network, proxy or VPN is not what blocks the reset.</source>
            <translation>L'erreur est la même sur un autre réseau : ce n'est donc pas le réseau du bureau, le proxy ou le VPN qui bloque la réinitialisation.</translation>
        </message>
        <message>
            <source>Nothing to do on the network.</source>
            <translation>Rien à faire sur le réseau.</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>La réponse enregistrée « %1 » ne fait pas partie des choix proposés.</translation>
        </message>
        <message>
            <source>Expected "yes", "no" or "not-tried"; nothing was decided.</source>
            <translation>Valeur attendue : « yes », « no » ou « not-tried » ; rien n'a été conclu.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Répondez de nouveau à la question.</translation>
        </message>
    </context>
    <context>
        <name>QuestionRegistrationCheck</name>
        <message>
            <source>Registration (as answered)</source>
            <translation>Inscription (selon la réponse)</translation>
        </message>
        <message>
            <source>Not registered for password reset, as answered.</source>
            <translation>Non inscrit à la réinitialisation du mot de passe, selon la réponse.</translation>
        </message>
        <message>
            <source>Self-service password reset can only verify a user through methods registered beforehand; without them the reset cannot start. The registration check (user.registration) confirms this from Microsoft's registration report when an admin signs in.</source>
            <translation>La réinitialisation de mot de passe en libre-service ne peut vérifier l'identité d'un utilisateur qu'avec des méthodes inscrites au préalable ; sans elles, la réinitialisation ne peut pas démarrer. La vérification de l'inscription (user.registration) le confirme à partir du rapport d'inscription de Microsoft lorsqu'un administrateur se connecte.</translation>
        </message>
        <message>
            <source>Register security info at https://aka.ms/ssprsetup (an admin may first have to reset the password once), then try the reset again.</source>
            <translation>Inscrivez vos informations de sécurité sur https://aka.ms/ssprsetup (un administrateur devra peut-être d'abord réinitialiser le mot de passe une fois), puis réessayez la réinitialisation.</translation>
        </message>
        <message>
            <source>Registered, but the verification code does not arrive.</source>
            <translation>Inscrit, mais le code de vérification n'arrive pas.</translation>
        </message>
        <message>
            <source>The registered phone number or e-mail address cannot receive the code: a malformed number (it must look like +1 4251234567; extensions are dropped), a mailbox filing it as junk, or a number that is no longer in use. The methods check (user.methods) shows what is on file.</source>
            <translation>Le numéro de téléphone ou l'adresse e-mail inscrits ne peuvent pas recevoir le code : numéro mal formé (il doit ressembler à +1 4251234567 ; les extensions sont supprimées), boîte aux lettres qui le classe comme courrier indésirable, ou numéro qui n'est plus utilisé. La vérification des méthodes (user.methods) montre ce qui est enregistré.</translation>
        </message>
        <message>
            <source>Check the junk folder and the phone's signal, and update the phone number or e-mail at https://aka.ms/mysecurityinfo. If that is impossible, an admin can correct the methods.</source>
            <translation>Vérifiez le dossier du courrier indésirable et le réseau du téléphone, puis mettez à jour le numéro de téléphone ou l'adresse e-mail sur https://aka.ms/mysecurityinfo. Si c'est impossible, un administrateur peut corriger les méthodes.</translation>
        </message>
        <message>
            <source>Registered, and verification codes arrive, as answered.</source>
            <translation>Inscrit, et les codes de vérification arrivent, selon la réponse.</translation>
        </message>
        <message>
            <source>The user completed the registration and can receive a code, so verification is not where the reset fails.</source>
            <translation>L'utilisateur a terminé son inscription et peut recevoir un code : ce n'est donc pas à l'étape de vérification que la réinitialisation échoue.</translation>
        </message>
        <message>
            <source>Nothing to do for the registration.</source>
            <translation>Rien à faire pour l'inscription.</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>La réponse enregistrée « %1 » ne fait pas partie des choix proposés.</translation>
        </message>
        <message>
            <source>Expected "yes", "registered-no-code", "not-registered" or "unknown"; nothing was decided.</source>
            <translation>Valeurs attendues : « yes », « registered-no-code », « not-registered » ou « unknown » ; rien n'a été conclu.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Répondez de nouveau à la question.</translation>
        </message>
    </context>
    <context>
        <name>QuestionWhereCheck</name>
        <message>
            <source>Where it happened</source>
            <translation>Lieu de l'erreur</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>La réponse enregistrée « %1 » ne fait pas partie des choix.</translation>
        </message>
        <message>
            <source>Expected sspr-portal, ctrl-alt-del, windows-signin, my-account, app or unknown; nothing was decided.</source>
            <translation>Valeurs attendues : sspr-portal, ctrl-alt-del, windows-signin, my-account, app ou unknown ; rien n'a été décidé.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Répondez de nouveau à la question.</translation>
        </message>
        <message>
            <source>Recorded where the error appeared: %1.</source>
            <translation>Lieu de l'erreur enregistré : %1.</translation>
        </message>
        <message>
            <source>The Windows sign-in screen resets through a temporary account (defaultuser1) before anyone signs in: it needs Windows 10 1803 or later, an Entra joined or hybrid joined device, the AllowPasswordReset policy, and HTTPS to passwordreset.microsoftonline.com and ajax.aspnetcdn.com without an authenticating proxy. The network and clock checks run early.</source>
            <translation>L'écran de connexion Windows effectue la réinitialisation via un compte temporaire (defaultuser1) avant toute connexion : il faut Windows 10 1803 ou version ultérieure, un appareil joint à Entra ou joint hybride, la stratégie AllowPasswordReset et HTTPS vers passwordreset.microsoftonline.com et ajax.aspnetcdn.com sans proxy authentifiant. Les vérifications réseau et horloge s'exécutent en premier.</translation>
        </message>
        <message>
            <source>A change with Ctrl+Alt+Del goes from the PC to the directory; a hybrid joined PC also needs line of sight to a domain controller. The network and clock checks run early.</source>
            <translation>Une modification via Ctrl+Alt+Suppr passe du PC à l'annuaire ; un PC joint hybride doit aussi pouvoir joindre un contrôleur de domaine. Les vérifications réseau et horloge s'exécutent en premier.</translation>
        </message>
        <message>
            <source>Recorded for the report; the checks run in the playbook's order.</source>
            <translation>Enregistré pour le rapport ; les vérifications s'exécutent dans l'ordre de la procédure.</translation>
        </message>
        <message>
            <source>Nothing to do: recorded for the report.</source>
            <translation>Rien à faire : enregistré pour le rapport.</translation>
        </message>
    </context>
    <context>
        <name>RegistrationRecord</name>
        <message>
            <source>Reports Reader</source>
            <translation>Reports Reader</translation>
        </message>
        <message>
            <source>Security Reader</source>
            <translation>Security Reader</translation>
        </message>
        <message>
            <source>Security Administrator</source>
            <translation>Security Administrator</translation>
        </message>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>a Microsoft Entra ID P1 or P2 licence (the registration report is a premium feature)</source>
            <translation>une licence Microsoft Entra ID P1 ou P2 (le rapport d'inscription est une fonctionnalité premium)</translation>
        </message>
        <message>
            <source>Skipped: the user could not be resolved, so there is no registration record to read.</source>
            <translation>Ignoré : l'utilisateur n'a pas pu être identifié ; il n'y a donc aucun enregistrement d'inscription à lire.</translation>
        </message>
        <message>
            <source>The user lookup failed (see Account state), so Graph had no object id to look up in the registration report.</source>
            <translation>La recherche de l'utilisateur a échoué (voir État du compte) ; Graph n'avait donc aucun ID d'objet à rechercher dans le rapport d'inscription.</translation>
        </message>
        <message>
            <source>Skipped: the registration report has no record for this user.</source>
            <translation>Ignoré : le rapport d'inscription ne contient aucun enregistrement pour cet utilisateur.</translation>
        </message>
        <message>
            <source>Graph answered 404 for the user's registration details. The report omits deleted users and can lag a few hours behind new accounts.</source>
            <translation>Graph a répondu 404 pour les détails d'inscription de l'utilisateur. Le rapport omet les utilisateurs supprimés et peut avoir quelques heures de retard pour les nouveaux comptes.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Raison : %1</translation>
        </message>
        <message>
            <source>Graph said: "%1"</source>
            <translation>Réponse de Graph : « %1 »</translation>
        </message>
        <message>
            <source>Fix what Account state reports, then run the checks again.</source>
            <translation>Corrigez ce que signale État du compte, puis relancez les vérifications.</translation>
        </message>
        <message>
            <source>The account is disabled, and the registration report does not work for disabled users: enable the account first (see Account state), then check again.</source>
            <translation>Le compte est désactivé, et le rapport d'inscription ne fonctionne pas pour les utilisateurs désactivés : activez d'abord le compte (voir État du compte), puis vérifiez de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>ReportFile</name>
        <message>
            <source>No file name was given.</source>
            <translation>Aucun nom de fichier n'a été indiqué.</translation>
        </message>
        <message>
            <source>Cannot write %1: it is a folder.</source>
            <translation>Impossible d'écrire %1 : c'est un dossier.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>Impossible d'enregistrer %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>ReportText</name>
        <message>
            <source>Passed</source>
            <translation>Réussi</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ignoré</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>The user who saw the error</source>
            <translation>L'utilisateur qui a vu l'erreur</translation>
        </message>
        <message>
            <source>An IT administrator of the tenant</source>
            <translation>Un administrateur IT du locataire</translation>
        </message>
        <message>
            <source>Microsoft (through a support request)</source>
            <translation>Microsoft (via une demande de support)</translation>
        </message>
        <message>
            <source>Nobody: no action is needed</source>
            <translation>Personne : aucune action n'est nécessaire</translation>
        </message>
        <message>
            <source>All checks passed.</source>
            <translation>Toutes les vérifications ont réussi.</translation>
        </message>
        <message>
            <source>No check failed; some findings deserve a look.</source>
            <translation>Aucune vérification n'a échoué ; certains constats méritent un examen.</translation>
        </message>
        <message>
            <source>At least one check failed: a likely cause was found.</source>
            <translation>Au moins une vérification a échoué : une cause probable a été trouvée.</translation>
        </message>
        <message>
            <source>Not an all-clear: some checks could not run or ended in an error.</source>
            <translation>Résultat non concluant : certaines vérifications n'ont pas pu s'exécuter ou se sont terminées par une erreur.</translation>
        </message>
        <message>
            <source>Self-service: the user checked their own account</source>
            <translation>Libre-service : l'utilisateur a vérifié son propre compte</translation>
        </message>
        <message>
            <source>IT staff helping a user</source>
            <translation>Personnel IT aidant un utilisateur</translation>
        </message>
        <message>
            <source>none pasted</source>
            <translation>aucun code collé</translation>
        </message>
        <message>
            <source>Where the error appeared</source>
            <translation>Où l'erreur est apparue</translation>
        </message>
        <message>
            <source>Same error in a private browser window</source>
            <translation>Même erreur dans une fenêtre de navigation privée</translation>
        </message>
        <message>
            <source>Same error on another network</source>
            <translation>Même erreur sur un autre réseau</translation>
        </message>
        <message>
            <source>Registered for password reset and able to receive the code</source>
            <translation>Inscrit à la réinitialisation du mot de passe et en mesure de recevoir le code</translation>
        </message>
        <message>
            <source>When it first happened</source>
            <translation>Première occurrence</translation>
        </message>
        <message>
            <source>Password writeback enabled and healthy</source>
            <translation>Réécriture du mot de passe activée et fonctionnelle</translation>
        </message>
        <message>
            <source>Methods the reset policy requires</source>
            <translation>Méthodes exigées par la stratégie de réinitialisation</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Unknown report format "%1": use one of %2.</source>
            <translation>Format de rapport « %1 » inconnu : choisissez parmi %2.</translation>
        </message>
        <message>
            <source>The bundle is too large for a ZIP file.</source>
            <translation>L'archive est trop volumineuse pour un fichier ZIP.</translation>
        </message>
    </context>
    <context>
        <name>RetryDecision</name>
        <message>
            <source>%1 (Graph asked to wait %2 s, longer than the %3 s this app waits)</source>
            <translation>%1 (Graph a demandé d'attendre %2 s, soit plus que les %3 s d'attente de cette application)</translation>
        </message>
        <message>
            <source>%1 (gave up after %2 attempts)</source>
            <translation>%1 (abandon après %2 tentatives)</translation>
        </message>
    </context>
    <context>
        <name>RootCauseRanker</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>One other finding points the same way: %1.</source>
            <translation>Un autre constat va dans le même sens : %1.</translation>
        </message>
        <message>
            <source>%1 other findings point the same way: %2.</source>
            <translation>%1 autres constats vont dans le même sens : %2.</translation>
        </message>
        <message>
            <source>Not an all-clear: no check ran</source>
            <translation>Pas de feu vert : aucune vérification n'a été exécutée</translation>
        </message>
        <message>
            <source>Nothing was checked, so nothing can be ruled out.</source>
            <translation>Rien n'a été vérifié : rien ne peut donc être exclu.</translation>
        </message>
        <message>
            <source>Run the checks.</source>
            <translation>Lancez les vérifications.</translation>
        </message>
        <message>
            <source>All clear: no cause found</source>
            <translation>Tout est en ordre : aucune cause trouvée</translation>
        </message>
        <message>
            <source>Every check passed. If the error still happens, the cause is outside what these checks can see: collect the support summary.</source>
            <translation>Toutes les vérifications ont réussi. Si l'erreur persiste, la cause se trouve hors de portée de ces vérifications : collectez le résumé pour le support.</translation>
        </message>
        <message>
            <source>Open a support request with Microsoft and attach the support summary (correlation ID and timestamp).</source>
            <translation>Ouvrez une demande de support auprès de Microsoft et joignez-y le résumé pour le support (ID de corrélation et horodatage).</translation>
        </message>
        <message>
            <source>Not an all-clear: 1 check could not run</source>
            <translation>Pas de feu vert : 1 vérification n'a pas pu être exécutée</translation>
        </message>
        <message>
            <source>Not an all-clear: %1 checks could not run</source>
            <translation>Pas de feu vert : %1 vérifications n'ont pas pu être exécutées</translation>
        </message>
        <message>
            <source>%1 skipped for lack of sign-in or rights</source>
            <translation>%1 ignorée(s) faute de connexion ou de droits</translation>
        </message>
        <message>
            <source>%1 ended in an error</source>
            <translation>%1 terminée(s) par une erreur</translation>
        </message>
        <message>
            <source>No check failed or warned, but %1, so this is not an all-clear.</source>
            <translation>Aucune vérification n'a échoué ni émis d'avertissement, mais %1 : ce n'est donc pas un feu vert.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
    </context>
    <context>
        <name>RuntimeEnvironment</name>
        <message>
            <source>Cannot load the demo scenario: %1</source>
            <translation>Impossible de charger le scénario de démonstration : %1</translation>
        </message>
        <message>
            <source>Cannot start the demo tenant on 127.0.0.1: %1</source>
            <translation>Impossible de démarrer le locataire de démonstration sur 127.0.0.1 : %1</translation>
        </message>
    </context>
    <context>
        <name>ScenarioLoader</name>
        <message>
            <source>"%1" must be an array, not %2</source>
            <translation>« %1 » doit être un tableau, pas %2</translation>
        </message>
        <message>
            <source>"%1[%2]" must be an object, not %3</source>
            <translation>« %1[%2] » doit être un objet, pas %3</translation>
        </message>
        <message>
            <source>"%1[%2]" needs a string "id"</source>
            <translation>« %1[%2] » nécessite une chaîne « id »</translation>
        </message>
        <message>
            <source>"%1" must be an object, not %2</source>
            <translation>« %1 » doit être un objet, pas %2</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty string, not %2</source>
            <translation>« %1 » doit être une chaîne non vide, pas %2</translation>
        </message>
        <message>
            <source>%1: unknown key "%2"</source>
            <translation>%1 : clé inconnue « %2 »</translation>
        </message>
        <message>
            <source>%1: needs a string "path" (and "method" if given)</source>
            <translation>%1 : nécessite une chaîne « path » (et « method » si indiqué)</translation>
        </message>
        <message>
            <source>%1: "path" is not a valid regular expression: %2</source>
            <translation>%1 : « path » n'est pas une expression régulière valide : %2</translation>
        </message>
        <message>
            <source>%1: "status" must be an HTTP status code</source>
            <translation>%1 : « status » doit être un code d'état HTTP</translation>
        </message>
        <message>
            <source>%1: "headers" must be an object</source>
            <translation>%1 : « headers » doit être un objet</translation>
        </message>
        <message>
            <source>%1: "base" forms a cycle or is nested too deeply</source>
            <translation>%1 : « base » forme un cycle ou est imbriqué trop profondément</translation>
        </message>
        <message>
            <source>%1: no built-in scenario of that name (known: %2)</source>
            <translation>%1 : aucun scénario intégré de ce nom (connus : %2)</translation>
        </message>
        <message>
            <source>%1: cannot open the file: %2</source>
            <translation>%1 : impossible d'ouvrir le fichier : %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at offset %2: %3</source>
            <translation>%1 : JSON non valide à la position %2 : %3</translation>
        </message>
        <message>
            <source>%1: the top level must be a JSON object</source>
            <translation>%1 : le niveau supérieur doit être un objet JSON</translation>
        </message>
        <message>
            <source>%1: "base" must be a scenario name or a file path</source>
            <translation>%1 : « base » doit être un nom de scénario ou un chemin de fichier</translation>
        </message>
        <message>
            <source>%1: "base" %2 cannot be used: %3</source>
            <translation>%1 : « base » %2 ne peut pas être utilisé : %3</translation>
        </message>
        <message>
            <source>No scenario name or file given</source>
            <translation>Aucun nom ni fichier de scénario indiqué</translation>
        </message>
        <message>
            <source>"pageSize" must be a number from 1 to 999</source>
            <translation>« pageSize » doit être un nombre entre 1 et 999</translation>
        </message>
        <message>
            <source>every entry of "users" needs a string "userPrincipalName"</source>
            <translation>chaque entrée de « users » nécessite une chaîne « userPrincipalName »</translation>
        </message>
        <message>
            <source>"%1" names user "%2", who is not in "users"</source>
            <translation>« %1 » désigne l'utilisateur « %2 », qui ne figure pas dans « users »</translation>
        </message>
        <message>
            <source>"%1" is "%2", who is not in "users"</source>
            <translation>« %1 » vaut « %2 », qui ne figure pas dans « users »</translation>
        </message>
        <message>
            <source>network: unknown key "%1"</source>
            <translation>network : clé inconnue « %1 »</translation>
        </message>
        <message>
            <source>network.interception must be a boolean</source>
            <translation>network.interception doit être un booléen</translation>
        </message>
        <message>
            <source>network.blockedHosts must be an array of host names</source>
            <translation>network.blockedHosts doit être un tableau de noms d'hôtes</translation>
        </message>
        <message>
            <source>network.clockSkewSeconds must be a whole number of seconds</source>
            <translation>network.clockSkewSeconds doit être un nombre entier de secondes</translation>
        </message>
        <message>
            <source>"network" must be an object</source>
            <translation>« network » doit être un objet</translation>
        </message>
        <message>
            <source>%1: not a scenario file (not a regular file, or larger than %2 MB)</source>
            <translation>%1 : ce n'est pas un fichier de scénario (pas un fichier normal, ou plus de %2 Mo)</translation>
        </message>
        <message>
            <source>"generatedUsers" must be an object</source>
            <translation>« generatedUsers » doit être un objet</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1 : impossible de lire le fichier : %2</translation>
        </message>
    </context>
    <context>
        <name>ServiceHealthCheck</name>
        <message>
            <source>Microsoft service health</source>
            <translation>État du service Microsoft</translation>
        </message>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>Service Support Administrator</source>
            <translation>Service Support Administrator</translation>
        </message>
        <message>
            <source>Helpdesk Administrator</source>
            <translation>Helpdesk Administrator</translation>
        </message>
        <message>
            <source>Global Administrator</source>
            <translation>Global Administrator</translation>
        </message>
        <message>
            <source>The identity service (Microsoft Entra) is missing from the service health reply.</source>
            <translation>Le service d'identité (Microsoft Entra) est absent de la réponse sur l'état du service.</translation>
        </message>
        <message numerus="yes">
            <source>Graph listed %n service(s) but none with the id "OrgLiveID" or the name "Microsoft Entra" / "Identity Service", so its health is unknown. Look at Health &gt; Service health in the Microsoft 365 admin center.</source>
            <translation>
                <numerusform>Graph a listé %n service, mais aucun avec l'ID « OrgLiveID » ou le nom « Microsoft Entra » / « Identity Service » ; son état est donc inconnu. Consultez Intégrité &gt; Intégrité du service dans le Centre d'administration Microsoft 365.</numerusform>
                <numerusform>Graph a listé %n services, mais aucun avec l'ID « OrgLiveID » ou le nom « Microsoft Entra » / « Identity Service » ; son état est donc inconnu. Consultez Intégrité &gt; Intégrité du service dans le Centre d'administration Microsoft 365.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check Health &gt; Service health in the Microsoft 365 admin center for Microsoft Entra.</source>
            <translation>Consultez Intégrité &gt; Intégrité du service dans le Centre d'administration Microsoft 365 pour Microsoft Entra.</translation>
        </message>
        <message>
            <source>open issues</source>
            <translation>problèmes ouverts</translation>
        </message>
        <message>
            <source>Microsoft Entra</source>
            <translation>Microsoft Entra</translation>
        </message>
        <message>
            <source>Microsoft reports an open incident on %1: %2</source>
            <translation>Microsoft signale un incident ouvert sur %1 : %2</translation>
        </message>
        <message>
            <source>Microsoft reports %1 as "%2".</source>
            <translation>Microsoft indique l'état « %2 » pour %1.</translation>
        </message>
        <message>
            <source>The identity service's status is "%1". AADSTS120021 and the other 1200xx errors come from Microsoft's password reset service; while Microsoft reports a problem there, resets can fail however the tenant is set up.</source>
            <translation>L'état du service d'identité est « %1 ». AADSTS120021 et les autres erreurs 1200xx proviennent du service de réinitialisation de mot de passe de Microsoft ; tant que Microsoft y signale un problème, les réinitialisations peuvent échouer quelle que soit la configuration du locataire.</translation>
        </message>
        <message>
            <source>Open issues: %1.</source>
            <translation>Problèmes ouverts : %1.</translation>
        </message>
        <message>
            <source>Wait for Microsoft to restore the service (Health &gt; Service health in the Microsoft 365 admin center), then ask the user to try again.</source>
            <translation>Attendez que Microsoft rétablisse le service (Intégrité &gt; Intégrité du service dans le Centre d'administration Microsoft 365), puis demandez à l'utilisateur de réessayer.</translation>
        </message>
        <message>
            <source>Follow issue %1 under Health &gt; Service health in the Microsoft 365 admin center and ask the user to try again once Microsoft marks it resolved.</source>
            <translation>Suivez le problème %1 sous Intégrité &gt; Intégrité du service dans le Centre d'administration Microsoft 365 et demandez à l'utilisateur de réessayer une fois que Microsoft l'a marqué comme résolu.</translation>
        </message>
        <message>
            <source>Open advisory on %1 about sign-in or passwords: %2</source>
            <translation>Avis ouvert sur %1 concernant la connexion ou les mots de passe : %2</translation>
        </message>
        <message>
            <source>Open advisory on %1 (not about sign-in or passwords): %2</source>
            <translation>Avis ouvert sur %1 (sans rapport avec la connexion ou les mots de passe) : %2</translation>
        </message>
        <message>
            <source>The service is up (status "%1") but Microsoft has an open advisory: some users can be affected, often intermittently. Open issues: %2.</source>
            <translation>Le service fonctionne (état « %1 »), mais Microsoft a publié un avis ouvert : certains utilisateurs peuvent être touchés, souvent par intermittence. Problèmes ouverts : %2.</translation>
        </message>
        <message>
            <source>Read the advisory under Health &gt; Service health in the Microsoft 365 admin center; if it matches the user's symptoms, wait for Microsoft's fix or use its workaround.</source>
            <translation>Lisez l'avis sous Intégrité &gt; Intégrité du service dans le Centre d'administration Microsoft 365 ; s'il correspond aux symptômes de l'utilisateur, attendez le correctif de Microsoft ou appliquez sa solution de contournement.</translation>
        </message>
        <message>
            <source>%1 reports "%2" with no open issue.</source>
            <translation>%1 indique « %2 » sans problème ouvert.</translation>
        </message>
        <message>
            <source>The identity service is not reported as operational but no issue is open (for example just restored). If the user hit the error during a recent incident, a retry is likely to work now.</source>
            <translation>Le service d'identité n'est pas signalé comme opérationnel, mais aucun problème n'est ouvert (par exemple, il vient d'être rétabli). Si l'utilisateur a rencontré l'erreur pendant un incident récent, une nouvelle tentative devrait maintenant fonctionner.</translation>
        </message>
        <message>
            <source>Ask the user to try again; check Health &gt; Service health for the issue history.</source>
            <translation>Demandez à l'utilisateur de réessayer ; consultez l'historique des problèmes sous Intégrité &gt; Intégrité du service.</translation>
        </message>
        <message>
            <source>%1 is operational with no open issues.</source>
            <translation>%1 est opérationnel, sans problème ouvert.</translation>
        </message>
        <message>
            <source>Microsoft reports the identity service as operational with no open incident or advisory, so the error is unlikely to be a Microsoft outage.</source>
            <translation>Microsoft signale le service d'identité comme opérationnel, sans incident ni avis ouvert ; il est donc peu probable que l'erreur vienne d'une panne Microsoft.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Rien à faire ici : consultez les autres vérifications.</translation>
        </message>
        <message>
            <source>no: needs an admin role</source>
            <translation>non : nécessite un rôle d'administrateur</translation>
        </message>
        <message>
            <source>Skipped: only admins can read tenant service health; see the public status page.</source>
            <translation>Ignoré : seuls les administrateurs peuvent lire l'état du service du locataire ; consultez la page d'état publique.</translation>
        </message>
        <message>
            <source>Service health in Microsoft Graph needs ServiceHealth.Read.All and an admin role such as Global Reader or Service Support Administrator. Microsoft's public status page shows broad outages without signing in; your IT admin sees issues for your organization under Health &gt; Service health (%1).</source>
            <translation>L'état du service dans Microsoft Graph nécessite ServiceHealth.Read.All et un rôle d'administrateur tel que Global Reader ou Service Support Administrator. La page d'état publique de Microsoft affiche les pannes générales sans connexion ; votre administrateur informatique voit les problèmes de votre organisation sous Intégrité &gt; Intégrité du service (%1).</translation>
        </message>
        <message>
            <source>Open the Microsoft 365 status page to see whether Microsoft reports an outage, and tell your IT help desk about the error.</source>
            <translation>Ouvrez la page d'état de Microsoft 365 pour voir si Microsoft signale une panne, et signalez l'erreur à votre support technique.</translation>
        </message>
    </context>
    <context>
        <name>SessionFile</name>
        <message>
            <source>SSPR Doctor session (*.sspr-session.json);;JSON files (*.json)</source>
            <translation>Session SSPR Doctor (*.sspr-session.json);;Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Impossible d'ouvrir %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not an SSPR Doctor session: the file is far too large.</source>
            <translation>%1 n'est pas une session SSPR Doctor : le fichier est beaucoup trop volumineux.</translation>
        </message>
        <message>
            <source>%1 is not an SSPR Doctor session, or it is damaged (%2). Nothing was changed.</source>
            <translation>%1 n'est pas une session SSPR Doctor, ou il est endommagé (%2). Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>SessionJson</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>expected text</source>
            <translation>texte attendu</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>objet attendu</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>liste attendue</translation>
        </message>
        <message>
            <source>expected a list of text</source>
            <translation>liste de textes attendue</translation>
        </message>
        <message>
            <source>expected a list of numbers</source>
            <translation>liste de nombres attendue</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>absent</translation>
        </message>
        <message>
            <source>not one of pass, warning, fail, skipped, error</source>
            <translation>n'est pas l'une des valeurs pass, warning, fail, skipped, error</translation>
        </message>
        <message>
            <source>not an SSPR Doctor session</source>
            <translation>n'est pas une session SSPR Doctor</translation>
        </message>
        <message>
            <source>written by a newer SSPR Doctor (version %1)</source>
            <translation>écrit par une version plus récente de SSPR Doctor (version %1)</translation>
        </message>
        <message>
            <source>not a JSON session file (%1 at byte %2)</source>
            <translation>n'est pas un fichier de session JSON (%1 à l'octet %2)</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true ou false attendu</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>nombre entier attendu</translation>
        </message>
        <message>
            <source>expected a date and time</source>
            <translation>date et heure attendues</translation>
        </message>
        <message>
            <source>not a known value</source>
            <translation>valeur inconnue</translation>
        </message>
        <message>
            <source>missing or not a version number</source>
            <translation>absent ou n'est pas un numéro de version</translation>
        </message>
    </context>
    <context>
        <name>SsprAuditLog</name>
        <message>
            <source>Reports Reader</source>
            <translation>Reports Reader</translation>
        </message>
        <message>
            <source>Security Reader</source>
            <translation>Security Reader</translation>
        </message>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>correlation %1</source>
            <translation>corrélation %1</translation>
        </message>
    </context>
    <context>
        <name>SupportSummary</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>SSPR Doctor support summary</source>
            <translation>Résumé pour le support SSPR Doctor</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>Code d'erreur</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Message d'erreur</translation>
        </message>
        <message>
            <source>Correlation ID</source>
            <translation>ID de corrélation</translation>
        </message>
        <message>
            <source>Trace ID</source>
            <translation>ID de trace</translation>
        </message>
        <message>
            <source>Timestamp (UTC)</source>
            <translation>Horodatage (UTC)</translation>
        </message>
        <message>
            <source>Tenant ID</source>
            <translation>ID du locataire</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>User (UPN)</source>
            <translation>Utilisateur (UPN)</translation>
        </message>
        <message>
            <source>Where it happened</source>
            <translation>Lieu de l'erreur</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Vérifié par</translation>
        </message>
        <message>
            <source>%1, signed in as %2</source>
            <translation>%1, connecté en tant que %2</translation>
        </message>
        <message>
            <source>Checked at (UTC)</source>
            <translation>Vérifié le (UTC)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Likely cause</source>
            <translation>Cause probable</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Constats :</translation>
        </message>
        <message>
            <source>  (no check ran)</source>
            <translation>  (aucune vérification exécutée)</translation>
        </message>
        <message>
            <source>  [%1] %2 (%3): %4</source>
            <translation>  [%1] %2 (%3) : %4</translation>
        </message>
        <message>
            <source>Answers:</source>
            <translation>Réponses :</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1 : %2</translation>
        </message>
        <message>
            <source>  (none recorded)</source>
            <translation>  (aucune enregistrée)</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>Version de l'application</translation>
        </message>
        <message>
            <source>OS</source>
            <translation>Système d'exploitation</translation>
        </message>
    </context>
    <context>
        <name>TenantAdminSsprCheck</name>
        <message>
            <source>SSPR for administrators</source>
            <translation>SSPR pour les administrateurs</translation>
        </message>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>Security Reader</source>
            <translation>Security Reader</translation>
        </message>
        <message>
            <source>Security Operator</source>
            <translation>Security Operator</translation>
        </message>
        <message>
            <source>Security Administrator</source>
            <translation>Security Administrator</translation>
        </message>
        <message>
            <source>Administrators may use self-service password reset.</source>
            <translation>Les administrateurs peuvent utiliser la réinitialisation de mot de passe en libre-service.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is true: if the user holds an admin role, Microsoft's admin reset policy (two verification methods) applies, and the tenant does not block it.</source>
            <translation>allowedToUseSSPR vaut true : si l'utilisateur a un rôle d'administrateur, la stratégie de réinitialisation de Microsoft pour les administrateurs (deux méthodes de vérification) s'applique, et le locataire ne la bloque pas.</translation>
        </message>
        <message>
            <source>Nothing to do for administrator SSPR.</source>
            <translation>Rien à faire pour la SSPR des administrateurs.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is false (administrators cannot use SSPR), but whether this user holds an admin role could not be read.</source>
            <translation>allowedToUseSSPR vaut false (les administrateurs ne peuvent pas utiliser la SSPR), mais impossible de lire si cet utilisateur a un rôle d'administrateur.</translation>
        </message>
        <message>
            <source>%1 holds no admin role, so the administrator SSPR setting does not apply.</source>
            <translation>%1 n'a aucun rôle d'administrateur : le paramètre SSPR pour les administrateurs ne s'applique donc pas.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is false, which only stops administrators from using SSPR; isAdmin is false for this user, whose reset follows the tenant's SSPR policy.</source>
            <translation>allowedToUseSSPR vaut false, ce qui empêche seulement les administrateurs d'utiliser la SSPR ; isAdmin vaut false pour cet utilisateur, dont la réinitialisation suit la stratégie SSPR du locataire.</translation>
        </message>
        <message>
            <source>%1 holds an admin role and SSPR for administrators is off.</source>
            <translation>%1 a un rôle d'administrateur et la SSPR pour les administrateurs est désactivée.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is false and isAdmin is true: the tenant does not let administrators reset their own password, whatever the SSPR policy for users says. Administrators follow Microsoft's own admin reset policy (two methods) when it is on.</source>
            <translation>allowedToUseSSPR vaut false et isAdmin vaut true : le locataire ne permet pas aux administrateurs de réinitialiser leur propre mot de passe, quelle que soit la stratégie SSPR des utilisateurs. Lorsqu'elle est activée, les administrateurs suivent la stratégie de réinitialisation propre à Microsoft pour les administrateurs (deux méthodes).</translation>
        </message>
        <message>
            <source>Have another administrator reset the password, or allow SSPR for administrators (Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true) if your security policy permits.</source>
            <translation>Faites réinitialiser le mot de passe par un autre administrateur, ou autorisez la SSPR pour les administrateurs (Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true) si votre stratégie de sécurité le permet.</translation>
        </message>
        <message>
            <source>no: reading the authorization policy needs an admin role</source>
            <translation>non : la lecture de la stratégie d'autorisation nécessite un rôle d'administrateur</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read the tenant's authorization policy.</source>
            <translation>Ignorée : les utilisateurs finaux ne peuvent pas lire la stratégie d'autorisation du locataire.</translation>
        </message>
        <message>
            <source>The administrator SSPR setting (allowedToUseSSPR) needs Policy.Read.All and a role such as Global Reader. It matters only if you hold an admin role.</source>
            <translation>Le paramètre SSPR pour les administrateurs (allowedToUseSSPR) nécessite Policy.Read.All et un rôle tel que Global Reader. Il n'a d'importance que si vous avez un rôle d'administrateur.</translation>
        </message>
        <message>
            <source>If you are an administrator and cannot reset, ask another administrator to reset your password.</source>
            <translation>Si vous êtes administrateur et ne parvenez pas à réinitialiser votre mot de passe, demandez à un autre administrateur de le faire.</translation>
        </message>
    </context>
    <context>
        <name>TenantAssessment</name>
        <message>
            <source>Every synced user</source>
            <translation>Tous les utilisateurs synchronisés</translation>
        </message>
        <message>
            <source>Password writeback (synced users)</source>
            <translation>Réécriture du mot de passe (utilisateurs synchronisés)</translation>
        </message>
        <message>
            <source>Not involved: nothing is synchronised from on-premises.</source>
            <translation>Non concerné : rien n'est synchronisé depuis l'Active Directory local.</translation>
        </message>
        <message>
            <source>The policy allows every method SSPR can use that it governs.</source>
            <translation>La stratégie autorise toutes les méthodes utilisables par SSPR qu'elle régit.</translation>
        </message>
        <message>
            <source>The policy disables for SSPR: %1. Users whose only methods these are fail.</source>
            <translation>La stratégie désactive pour SSPR : %1. Les utilisateurs qui n'ont que ces méthodes échouent.</translation>
        </message>
        <message>
            <source>The tenant's subscriptions cover SSPR (each user's own licence is not checked in a bulk scan).</source>
            <translation>Les abonnements du locataire couvrent SSPR (la licence de chaque utilisateur n'est pas vérifiée lors d'une analyse en masse).</translation>
        </message>
        <message>
            <source>[%1] %2: %3</source>
            <translation>[%1] %2 : %3</translation>
        </message>
        <message>
            <source>Password writeback is on for users synced from on-premises.</source>
            <translation>La réécriture du mot de passe est activée pour les utilisateurs synchronisés depuis l'Active Directory local.</translation>
        </message>
        <message>
            <source>Password writeback is off: users synced from on-premises cannot reset their password.</source>
            <translation>La réécriture du mot de passe est désactivée : les utilisateurs synchronisés depuis l'Active Directory local ne peuvent pas réinitialiser leur mot de passe.</translation>
        </message>
        <message>
            <source>Whether password writeback works for users synced from on-premises is unknown: scan with --answer writeback=yes or no.</source>
            <translation>On ne sait pas si la réécriture du mot de passe fonctionne pour les utilisateurs synchronisés depuis l'Active Directory local : relancez l'analyse avec --answer writeback=yes ou no.</translation>
        </message>
    </context>
    <context>
        <name>TenantLicenseCheck</name>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>Directory Readers</source>
            <translation>Directory Readers</translation>
        </message>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>Licences for SSPR</source>
            <translation>Licences pour la SSPR</translation>
        </message>
        <message>
            <source>Active subscriptions with Entra ID P1/P2: %1; Microsoft 365 business plans: %2; others: %3.</source>
            <translation>Abonnements actifs avec Entra ID P1/P2 : %1 ; forfaits Microsoft 365 Business : %2 ; autres : %3.</translation>
        </message>
        <message>
            <source>A cloud-only user changing a known password needs no licence; resetting a forgotten one does.</source>
            <translation>Un utilisateur cloud uniquement qui modifie un mot de passe connu n'a besoin d'aucune licence ; il en faut une pour réinitialiser un mot de passe oublié.</translation>
        </message>
        <message>
            <source>No Entra ID P1/P2 in the tenant: password writeback for synced users is not licensed.</source>
            <translation>Aucun Entra ID P1/P2 dans le locataire : la réécriture du mot de passe pour les utilisateurs synchronisés n'est pas couverte par une licence.</translation>
        </message>
        <message>
            <source>No subscription the SSPR licensing page names was found.</source>
            <translation>Aucun des abonnements cités sur la page des licences SSPR n'a été trouvé.</translation>
        </message>
        <message>
            <source>No licence in the tenant covers self-service password reset.</source>
            <translation>Aucune licence du locataire ne couvre la réinitialisation de mot de passe en libre-service.</translation>
        </message>
        <message>
            <source>The user is synced from on-premises, so a reset or change must be written back; writeback needs Microsoft Entra ID P1 or P2 (standalone Office 365 plans do not include it).</source>
            <translation>L'utilisateur est synchronisé depuis l'annuaire local : une réinitialisation ou une modification doit donc être réécrite ; la réécriture nécessite Microsoft Entra ID P1 ou P2 (les forfaits Office 365 autonomes ne l'incluent pas).</translation>
        </message>
        <message>
            <source>Resetting a forgotten password needs Microsoft 365 Business Standard or Premium, or Microsoft Entra ID P1/P2.</source>
            <translation>La réinitialisation d'un mot de passe oublié nécessite Microsoft 365 Business Standard ou Premium, ou Microsoft Entra ID P1/P2.</translation>
        </message>
        <message>
            <source>Inactive subscriptions: %1.</source>
            <translation>Abonnements inactifs : %1.</translation>
        </message>
        <message>
            <source>Whether the user is synced could not be read (see Account state).</source>
            <translation>Impossible de lire si l'utilisateur est synchronisé (voir État du compte).</translation>
        </message>
        <message>
            <source>Buy or renew Microsoft Entra ID P1 (or a plan that includes it, such as Microsoft 365 Business Premium or E3) and assign it to the users of SSPR.</source>
            <translation>Achetez ou renouvelez Microsoft Entra ID P1 (ou un forfait qui l'inclut, comme Microsoft 365 Business Premium ou E3) et attribuez-le aux utilisateurs de la SSPR.</translation>
        </message>
        <message>
            <source>Entra ID P1/P2 is in the tenant but not assigned to this user.</source>
            <translation>Entra ID P1/P2 est présent dans le locataire mais n'est pas attribué à cet utilisateur.</translation>
        </message>
        <message>
            <source>A Microsoft 365 business plan is in the tenant but not assigned to this user.</source>
            <translation>Un forfait Microsoft 365 Business est présent dans le locataire mais n'est pas attribué à cet utilisateur.</translation>
        </message>
        <message>
            <source>The user's licences: %1. Microsoft requires a licence for every user who benefits from SSPR%2.</source>
            <translation>Licences de l'utilisateur : %1. Microsoft exige une licence pour chaque utilisateur qui bénéficie de la SSPR%2.</translation>
        </message>
        <message>
            <source> (P1/P2 for writeback)</source>
            <translation> (P1/P2 pour la réécriture)</translation>
        </message>
        <message>
            <source>Assign the licence to the user (Microsoft 365 admin center &gt; Users, or group-based licensing in the Entra admin center).</source>
            <translation>Attribuez la licence à l'utilisateur (Centre d'administration Microsoft 365 &gt; Utilisateurs, ou attribution de licences basée sur les groupes dans le centre d'administration Entra).</translation>
        </message>
        <message>
            <source>Licensed: the user has Entra ID P1/P2 (%1).</source>
            <translation>Sous licence : l'utilisateur dispose d'Entra ID P1/P2 (%1).</translation>
        </message>
        <message>
            <source>Licensed: the cloud-only user has %1.</source>
            <translation>Sous licence : l'utilisateur cloud uniquement dispose de %1.</translation>
        </message>
        <message>
            <source>The user is synced, and P1/P2 covers reset with writeback.</source>
            <translation>L'utilisateur est synchronisé, et P1/P2 couvre la réinitialisation avec réécriture.</translation>
        </message>
        <message>
            <source>This covers self-service password reset for the user.</source>
            <translation>Cela couvre la réinitialisation de mot de passe en libre-service pour l'utilisateur.</translation>
        </message>
        <message>
            <source>Nothing to do for licences.</source>
            <translation>Rien à faire pour les licences.</translation>
        </message>
        <message>
            <source>Your licences cover self-service password reset: %1.</source>
            <translation>Vos licences couvrent la réinitialisation de mot de passe en libre-service : %1.</translation>
        </message>
        <message>
            <source>Read from your own licence details (User.Read).</source>
            <translation>Lu à partir de vos propres détails de licence (User.Read).</translation>
        </message>
        <message>
            <source>Skipped: your licences do not show SSPR coverage, and only an administrator can check the tenant's subscriptions.</source>
            <translation>Ignorée : vos licences n'indiquent pas de couverture SSPR, et seul un administrateur peut vérifier les abonnements du locataire.</translation>
        </message>
        <message>
            <source>Your licences: %1. The tenant's subscriptions (GET /subscribedSkus) need LicenseAssignment.Read.All and a reader role.</source>
            <translation>Vos licences : %1. Les abonnements du locataire (GET /subscribedSkus) nécessitent LicenseAssignment.Read.All et un rôle de lecteur.</translation>
        </message>
        <message>
            <source>Ask your IT help desk whether a licence covering self-service password reset is assigned to you.</source>
            <translation>Demandez à votre support technique si une licence couvrant la réinitialisation de mot de passe en libre-service vous est attribuée.</translation>
        </message>
    </context>
    <context>
        <name>TenantSyncCheck</name>
        <message>
            <source>Directory synchronisation</source>
            <translation>Synchronisation d'annuaire</translation>
        </message>
        <message>
            <source>Skipped: reading the tenant's sync state needs Organization.Read.All.</source>
            <translation>Ignoré : la lecture de l'état de synchronisation du locataire nécessite Organization.Read.All.</translation>
        </message>
        <message>
            <source>Graph answered with onPremisesSyncEnabled and onPremisesLastSyncDateTime null. With only User.Read Graph returns null for every organization property except id, displayName and verifiedDomains, so this does not show the tenant is cloud-only.</source>
            <translation>Graph a répondu avec onPremisesSyncEnabled et onPremisesLastSyncDateTime à null. Avec seulement User.Read, Graph renvoie null pour toutes les propriétés de l'organisation sauf id, displayName et verifiedDomains : cela ne prouve donc pas que le locataire est uniquement cloud.</translation>
        </message>
        <message>
            <source>Ask your IT help desk whether the directory sync (Microsoft Entra Connect or Cloud Sync) is healthy.</source>
            <translation>Demandez à votre support technique si la synchronisation d'annuaire (Microsoft Entra Connect ou Cloud Sync) fonctionne correctement.</translation>
        </message>
        <message>
            <source>Consent Organization.Read.All for SSPR Doctor and run the checks again.</source>
            <translation>Accordez le consentement Organization.Read.All à SSPR Doctor, puis relancez les vérifications.</translation>
        </message>
        <message>
            <source>Cloud-only tenant: nothing is synchronised from on-premises.</source>
            <translation>Locataire uniquement cloud : rien n'est synchronisé depuis le local.</translation>
        </message>
        <message>
            <source>Directory sync is turned off for this tenant.</source>
            <translation>La synchronisation d'annuaire est désactivée pour ce locataire.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is null: the tenant was never synchronised from an on-premises directory, so sync delays cannot explain the error.</source>
            <translation>onPremisesSyncEnabled vaut null : le locataire n'a jamais été synchronisé depuis un annuaire local ; des retards de synchronisation ne peuvent donc pas expliquer l'erreur.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is false: the tenant was synchronised once but no longer is. Accounts that came from on-premises are now managed in the cloud.</source>
            <translation>onPremisesSyncEnabled vaut false : le locataire a été synchronisé autrefois, mais ne l'est plus. Les comptes venus du local sont désormais gérés dans le cloud.</translation>
        </message>
        <message>
            <source>Nothing to do for directory sync.</source>
            <translation>Rien à faire pour la synchronisation d'annuaire.</translation>
        </message>
        <message>
            <source>Synced accounts get their password state, lock-out and new changes from on-premises Active Directory through this sync; password writeback uses the same Entra Connect / Cloud Sync agent, so a stalled sync often comes with writeback failures (AADSTS120012, 120013).</source>
            <translation>Les comptes synchronisés reçoivent leur état de mot de passe, leur verrouillage et les nouvelles modifications de l'Active Directory local par cette synchronisation ; la réécriture du mot de passe utilise le même agent Entra Connect / Cloud Sync : une synchronisation bloquée s'accompagne donc souvent d'échecs de réécriture (AADSTS120012, 120013).</translation>
        </message>
        <message>
            <source>On the Microsoft Entra Connect server, check the sync service and the Synchronization Service Manager for errors (or the Cloud Sync agent status in the admin center), then run a sync cycle.</source>
            <translation>Sur le serveur Microsoft Entra Connect, recherchez des erreurs dans le service de synchronisation et dans Synchronization Service Manager (ou l'état de l'agent Cloud Sync dans le centre d'administration), puis lancez un cycle de synchronisation.</translation>
        </message>
        <message numerus="yes">
            <source>The last directory sync was %n hour(s) ago.</source>
            <translation>
                <numerusform>La dernière synchronisation d'annuaire remonte à %n heure.</numerusform>
                <numerusform>La dernière synchronisation d'annuaire remonte à %n heures.</numerusform>
            </translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, more than 24 hours ago; sync normally runs every 30 minutes.</source>
            <translation>onPremisesSyncEnabled vaut true et onPremisesLastSyncDateTime vaut %1, soit il y a plus de 24 heures ; la synchronisation s'exécute normalement toutes les 30 minutes.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, more than 3 hours ago; sync normally runs every 30 minutes.</source>
            <translation>onPremisesSyncEnabled vaut true et onPremisesLastSyncDateTime vaut %1, soit il y a plus de 3 heures ; la synchronisation s'exécute normalement toutes les 30 minutes.</translation>
        </message>
        <message numerus="yes">
            <source>Directory sync is current: last run %n minute(s) ago.</source>
            <translation>
                <numerusform>La synchronisation d'annuaire est à jour : dernière exécution il y a %n minute.</numerusform>
                <numerusform>La synchronisation d'annuaire est à jour : dernière exécution il y a %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1.</source>
            <translation>onPremisesSyncEnabled vaut true et onPremisesLastSyncDateTime vaut %1.</translation>
        </message>
    </context>
    <context>
        <name>TenantWritebackCheck</name>
        <message>
            <source>Password writeback</source>
            <translation>Réécriture du mot de passe</translation>
        </message>
        <message>
            <source>%1 is a cloud-only account: password writeback is not involved.</source>
            <translation>%1 est un compte cloud uniquement : la réécriture du mot de passe n'intervient pas.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is %1, so the password lives in Microsoft Entra ID and no on-premises directory has to accept it.</source>
            <translation>onPremisesSyncEnabled vaut %1 : le mot de passe réside dans Microsoft Entra ID et aucun annuaire local n'a à l'accepter.</translation>
        </message>
        <message>
            <source>Nothing to do for writeback.</source>
            <translation>Rien à faire pour la réécriture.</translation>
        </message>
        <message>
            <source>The directory reports features.passwordWritebackEnabled = %1; Microsoft documents that property as not in use, so it is shown, not trusted.</source>
            <translation>L'annuaire indique features.passwordWritebackEnabled = %1 ; Microsoft documente cette propriété comme inutilisée : elle est donc affichée, mais pas prise en compte.</translation>
        </message>
        <message>
            <source>The directory synchronization settings were not readable (HTTP 403: only a Global Administrator may read them, with OnPremDirectorySynchronization.Read.All); the admin's answer stands in.</source>
            <translation>Les paramètres de synchronisation d'annuaire n'étaient pas lisibles (HTTP 403 : seul un Global Administrator peut les lire, avec OnPremDirectorySynchronization.Read.All) ; la réponse de l'administrateur est utilisée à la place.</translation>
        </message>
        <message>
            <source>The directory synchronization settings could not be read (%1).</source>
            <translation>Impossible de lire les paramètres de synchronisation d'annuaire (%1).</translation>
        </message>
        <message>
            <source>The SSPR audit reply lacks %1, so it was not used.</source>
            <translation>Il manque %1 dans la réponse d'audit SSPR ; elle n'a donc pas été utilisée.</translation>
        </message>
        <message>
            <source>The SSPR audit log could not be read (%1).</source>
            <translation>Impossible de lire le journal d'audit SSPR (%1).</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(sans réponse)</translation>
        </message>
        <message>
            <source>%1 is synced from on-premises Active Directory, so SSPR must write the new password back there.</source>
            <translation>%1 est synchronisé depuis l'Active Directory local ; SSPR doit donc y réécrire le nouveau mot de passe.</translation>
        </message>
        <message>
            <source>SSPR failed on the on-premises side for %1: writeback is broken.</source>
            <translation>SSPR a échoué côté local pour %1 : la réécriture ne fonctionne pas.</translation>
        </message>
        <message>
            <source>The SSPR audit log shows failures naming on-premises writeback (the 120012/120013/120014 shape): %1.</source>
            <translation>Le journal d'audit SSPR contient des échecs mentionnant la réécriture locale (du type 120012/120013/120014) : %1.</translation>
        </message>
        <message>
            <source>On the Entra Connect / Cloud Sync server, check the PasswordResetService and ADSync events (31xxx-33xxx), the connector account's Reset password permission and outbound 443 to *.servicebus.windows.net; restart or toggle writeback.</source>
            <translation>Sur le serveur Entra Connect / Cloud Sync, vérifiez les événements PasswordResetService et ADSync (31xxx-33xxx), l'autorisation Réinitialiser le mot de passe du compte du connecteur et le trafic sortant 443 vers *.servicebus.windows.net ; redémarrez ou désactivez puis réactivez la réécriture.</translation>
        </message>
        <message>
            <source>%1 is synced and password writeback is off.</source>
            <translation>%1 est synchronisé et la réécriture du mot de passe est désactivée.</translation>
        </message>
        <message>
            <source>The administrator answered that writeback is not enabled (or its service is not healthy): resets and changes of this account cannot succeed (SSPR_0010, AADSTS120012 shape).</source>
            <translation>L'administrateur a répondu que la réécriture n'est pas activée (ou que son service n'est pas sain) : les réinitialisations et modifications du mot de passe de ce compte ne peuvent pas aboutir (du type SSPR_0010, AADSTS120012).</translation>
        </message>
        <message>
            <source>Enable password writeback in Entra Connect (Optional features) or Cloud Sync, and turn on "Write back passwords to your on-premises directory" under Password reset &gt; On-premises integration.</source>
            <translation>Activez la réécriture du mot de passe dans Entra Connect (Fonctionnalités facultatives) ou Cloud Sync, puis activez « Réécrire les mots de passe dans votre annuaire local » sous Réinitialisation du mot de passe &gt; Intégration locale.</translation>
        </message>
        <message>
            <source>%1 is synced and the administrator confirmed writeback is enabled.</source>
            <translation>%1 est synchronisé et l'administrateur a confirmé que la réécriture est activée.</translation>
        </message>
        <message>
            <source>Writeback was confirmed and the SSPR audit log shows no on-premises failure.</source>
            <translation>La réécriture a été confirmée et le journal d'audit SSPR ne montre aucun échec côté local.</translation>
        </message>
        <message>
            <source>%1 is synced; whether password writeback works is unknown.</source>
            <translation>%1 est synchronisé ; on ne sait pas si la réécriture du mot de passe fonctionne.</translation>
        </message>
        <message>
            <source>Microsoft Graph does not report the writeback state reliably, so an administrator has to confirm it (question "Is password writeback enabled in Entra Connect / Cloud Sync, and is its service healthy?").</source>
            <translation>Microsoft Graph n'indique pas l'état de la réécriture de manière fiable ; un administrateur doit donc le confirmer (question « La réécriture du mot de passe est-elle activée dans Entra Connect / Cloud Sync, et son service est-il sain ? »).</translation>
        </message>
        <message>
            <source>Check Password reset &gt; On-premises integration in the Microsoft Entra admin center and the writeback service on the Entra Connect server, then answer the writeback question.</source>
            <translation>Vérifiez Réinitialisation du mot de passe &gt; Intégration locale dans le Centre d'administration Microsoft Entra et le service de réécriture sur le serveur Entra Connect, puis répondez à la question sur la réécriture.</translation>
        </message>
        <message>
            <source>The SSPR audit log was not read (not requested or no reply).</source>
            <translation>Le journal d'audit SSPR n'a pas été lu (non demandé ou aucune réponse).</translation>
        </message>
        <message>
            <source>Writeback was confirmed by the administrator; the SSPR audit log could not be searched for on-premises failures, so that part is unverified.</source>
            <translation>La réécriture a été confirmée par l'administrateur ; le journal d'audit SSPR n'a pas pu être examiné pour y chercher des échecs locaux, cette partie n'est donc pas vérifiée.</translation>
        </message>
    </context>
    <context>
        <name>TextReport</name>
        <message>
            <source>SSPR Doctor report</source>
            <translation>Rapport SSPR Doctor</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>Résultat : %1</translation>
        </message>
        <message>
            <source>Likely cause</source>
            <translation>Cause probable</translation>
        </message>
        <message>
            <source>Who must act: %1</source>
            <translation>Qui doit intervenir : %1</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Étape suivante : %1</translation>
        </message>
        <message>
            <source>Documentation: %1</source>
            <translation>Documentation : %1</translation>
        </message>
        <message>
            <source>Based on: %1</source>
            <translation>Fondé sur : %1</translation>
        </message>
        <message>
            <source>No single cause was identified.</source>
            <translation>Aucune cause unique n'a été identifiée.</translation>
        </message>
        <message>
            <source>Support summary</source>
            <translation>Résumé pour le support</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>No check ran.</source>
            <translation>Aucune vérification n'a été exécutée.</translation>
        </message>
        <message>
            <source>[%1] %2 (%3)</source>
            <translation>[%1] %2 (%3)</translation>
        </message>
        <message>
            <source>  Who must act: %1</source>
            <translation>  Qui doit intervenir : %1</translation>
        </message>
        <message>
            <source>  What to do: %1</source>
            <translation>  Que faire : %1</translation>
        </message>
        <message>
            <source>  Documentation: %1</source>
            <translation>  Documentation : %1</translation>
        </message>
        <message>
            <source> → HTTP %1</source>
            <translation> → HTTP %1</translation>
        </message>
        <message>
            <source> (request-id %1)</source>
            <translation> (request-id %1)</translation>
        </message>
        <message>
            <source>  Evidence: %1</source>
            <translation>  Preuves : %1</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Réponses</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>No answers recorded.</source>
            <translation>Aucune réponse enregistrée.</translation>
        </message>
        <message>
            <source>Not answered: %1</source>
            <translation>Sans réponse : %1</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Données saisies</translation>
        </message>
        <message>
            <source>Error code: %1</source>
            <translation>Code d'erreur : %1</translation>
        </message>
        <message>
            <source>Message: %1</source>
            <translation>Message : %1</translation>
        </message>
        <message>
            <source>Correlation ID: %1</source>
            <translation>ID de corrélation : %1</translation>
        </message>
        <message>
            <source>Trace ID: %1</source>
            <translation>ID de trace : %1</translation>
        </message>
        <message>
            <source>Timestamp (UTC): %1</source>
            <translation>Horodatage (UTC) : %1</translation>
        </message>
        <message>
            <source>SSPR codes: %1</source>
            <translation>Codes SSPR : %1</translation>
        </message>
        <message>
            <source>Writeback event IDs: %1</source>
            <translation>ID d'événements de réécriture : %1</translation>
        </message>
        <message>
            <source>Not found in the pasted text: %1</source>
            <translation>Introuvable dans le texte collé : %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Remarque : %1</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Utilisateur : %1</translation>
        </message>
        <message>
            <source>Mode: %1</source>
            <translation>Mode : %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>About this report</source>
            <translation>À propos de ce rapport</translation>
        </message>
        <message>
            <source>App version: %1</source>
            <translation>Version de l'application : %1</translation>
        </message>
        <message>
            <source>OS: %1</source>
            <translation>Système d'exploitation : %1</translation>
        </message>
        <message>
            <source>Started: %1</source>
            <translation>Début : %1</translation>
        </message>
        <message>
            <source>Finished: %1</source>
            <translation>Fin : %1</translation>
        </message>
        <message>
            <source>Graph round trips: %1</source>
            <translation>Allers-retours Graph : %1</translation>
        </message>
    </context>
    <context>
        <name>TextSummary</name>
        <message>
            <source>All checks passed.</source>
            <translation>Toutes les vérifications ont réussi.</translation>
        </message>
        <message>
            <source>No check failed; some findings deserve a look.</source>
            <translation>Aucune vérification n'a échoué ; certains constats méritent un examen.</translation>
        </message>
        <message>
            <source>Not an all-clear: some checks could not run or ended in an error.</source>
            <translation>Pas de feu vert : certaines vérifications n'ont pas pu s'exécuter ou se sont terminées par une erreur.</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>RÉUSSI</translation>
        </message>
        <message>
            <source>WARN</source>
            <translation>AVERT.</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <source>SKIP</source>
            <translation>IGNORÉ</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERREUR</translation>
        </message>
        <message>
            <source>generic SSPR playbook</source>
            <translation>procédure SSPR générique</translation>
        </message>
        <message>
            <source>%1 (no error code pasted)</source>
            <translation>%1 (aucun code d'erreur collé)</translation>
        </message>
        <message>
            <source>SSPR Doctor %1 — %2 — user %3 — %4
</source>
            <translation>SSPR Doctor %1 — %2 — utilisateur %3 — %4
</translation>
        </message>
        <message>
            <source>(self)</source>
            <translation>(soi-même)</translation>
        </message>
        <message>
            <source>Correlation ID: %1
</source>
            <translation>ID de corrélation : %1
</translation>
        </message>
        <message>
            <source>Graph round trips: %1
</source>
            <translation>Allers-retours Graph : %1
</translation>
        </message>
        <message>
            <source>At least one check failed: the most likely cause is named above.</source>
            <translation>Au moins une vérification a échoué : la cause la plus probable est indiquée ci-dessus.</translation>
        </message>
        <message>
            <source>the user</source>
            <translation>l'utilisateur</translation>
        </message>
        <message>
            <source>an administrator</source>
            <translation>un administrateur</translation>
        </message>
        <message>
            <source>Microsoft</source>
            <translation>Microsoft</translation>
        </message>
        <message>
            <source>nobody (wait and retry)</source>
            <translation>personne (attendre et réessayer)</translation>
        </message>
        <message>
            <source>Most likely cause: %1 [%2]
</source>
            <translation>Cause la plus probable : %1 [%2]
</translation>
        </message>
        <message>
            <source>  Confidence: supported by 1 finding
</source>
            <translation>  Fiabilité : appuyée par 1 constat
</translation>
        </message>
        <message>
            <source>  Confidence: supported by %1 findings
</source>
            <translation>  Fiabilité : appuyée par %1 constats
</translation>
        </message>
        <message>
            <source>  Who must act: %1
</source>
            <translation>  Qui doit agir : %1
</translation>
        </message>
        <message>
            <source>  Next step: %1
</source>
            <translation>  Étape suivante : %1
</translation>
        </message>
        <message>
            <source>  Read: %1
</source>
            <translation>  À lire : %1
</translation>
        </message>
        <message>
            <source>AADSTS%1 is not in the 1200xx catalog: the generic SSPR playbook ran.
</source>
            <translation>AADSTS%1 ne figure pas dans le catalogue 1200xx : la procédure SSPR générique a été exécutée.
</translation>
        </message>
        <message>
            <source>Not answered: %1
</source>
            <translation>Sans réponse : %1
</translation>
        </message>
    </context>
    <context>
        <name>TransportErrorText</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 Mo</translation>
        </message>
        <message>
            <source>the reply announced %1, more than the %2 this app reads from one reply; it was not downloaded</source>
            <translation>la réponse annonçait %1, plus que les %2 que cette application lit dans une réponse ; elle n'a pas été téléchargée</translation>
        </message>
        <message>
            <source>the reply grew past the %1 this app reads from one reply; it was abandoned</source>
            <translation>la réponse a dépassé les %1 que cette application lit dans une réponse ; elle a été abandonnée</translation>
        </message>
        <message>
            <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them (%2)</source>
            <translation>%1 a refusé la connexion : rien n'y accepte de connexions, ou un pare-feu les rejette (%2)</translation>
        </message>
        <message>
            <source>the server name %1 could not be found (DNS lookup failed); check the name, the DNS settings and the network connection (%2)</source>
            <translation>le nom de serveur %1 est introuvable (échec de la résolution DNS) ; vérifiez le nom, les paramètres DNS et la connexion réseau (%2)</translation>
        </message>
        <message>
            <source>the secure (TLS) connection to %1 failed, so nothing was sent: the server's certificate was not accepted or the server does not speak TLS; a proxy or security product that inspects HTTPS can cause this (%2)</source>
            <translation>la connexion sécurisée (TLS) à %1 a échoué, donc rien n'a été envoyé : le certificat du serveur n'a pas été accepté ou le serveur ne parle pas TLS ; un proxy ou un produit de sécurité qui inspecte le HTTPS peut en être la cause (%2)</translation>
        </message>
        <message>
            <source>the connection to %1 was lost in the middle of the reply (%2 of %3 bytes arrived) (%4)</source>
            <translation>la connexion à %1 a été perdue au milieu de la réponse (%2 octets reçus sur %3) (%4)</translation>
        </message>
        <message>
            <source>the connection to %1 was lost in the middle of the reply (%2)</source>
            <translation>la connexion à %1 a été perdue au milieu de la réponse (%2)</translation>
        </message>
        <message>
            <source>the secure (TLS) connection to %1 failed, so nothing was sent: the server closed the connection during the TLS handshake (it may not speak TLS on that port, or something in between cut it) (%2)</source>
            <translation>la connexion sécurisée (TLS) à %1 a échoué, donc rien n'a été envoyé : le serveur a fermé la connexion pendant la négociation TLS (il ne parle peut-être pas TLS sur ce port, ou un élément intermédiaire l'a coupée) (%2)</translation>
        </message>
        <message>
            <source>the connection to %1 was closed before any reply arrived (%2)</source>
            <translation>la connexion à %1 a été fermée avant toute réponse (%2)</translation>
        </message>
        <message>
            <source>the proxy between this PC and %1 failed (%2)</source>
            <translation>le proxy entre ce PC et %1 a échoué (%2)</translation>
        </message>
        <message>
            <source>network error talking to %1 (%2)</source>
            <translation>erreur réseau lors de la communication avec %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>UserAccountCheck</name>
        <message>
            <source>Account state</source>
            <translation>État du compte</translation>
        </message>
        <message>
            <source>User not found in this tenant: %1</source>
            <translation>Utilisateur introuvable dans ce locataire : %1</translation>
        </message>
        <message>
            <source>Microsoft Graph answered 404 for %1. This is the shape of AADSTS120016 (PasswordChangeUserNotFoundBySspr): the name does not match an account in this tenant — a typo, an account in another tenant, a deleted account, or a guest whose password lives in its home organization.</source>
            <translation>Microsoft Graph a répondu 404 pour %1. C'est la signature d'AADSTS120016 (PasswordChangeUserNotFoundBySspr) : le nom ne correspond à aucun compte de ce locataire — faute de frappe, compte d'un autre locataire, compte supprimé, ou invité dont le mot de passe est géré dans son organisation d'origine.</translation>
        </message>
        <message>
            <source>Graph request-id: %1.</source>
            <translation>request-id Graph : %1.</translation>
        </message>
        <message>
            <source>Check the exact sign-in name (UPN) the user types; if the account was deleted, restore it from Deleted users in the Microsoft Entra admin center.</source>
            <translation>Vérifiez le nom de connexion exact (UPN) que saisit l'utilisateur ; si le compte a été supprimé, restaurez-le depuis Utilisateurs supprimés dans le centre d'administration Microsoft Entra.</translation>
        </message>
        <message>
            <source>The account is synced from on-premises Active Directory, so its password is managed there and SSPR needs password writeback.</source>
            <translation>Le compte est synchronisé depuis l'Active Directory local : son mot de passe y est géré, et la SSPR nécessite la réécriture du mot de passe.</translation>
        </message>
        <message>
            <source>The account %1 is disabled.</source>
            <translation>Le compte %1 est désactivé.</translation>
        </message>
        <message>
            <source>accountEnabled is false. A disabled account can neither sign in nor reset its password, and the registration report does not cover it either.</source>
            <translation>accountEnabled vaut false. Un compte désactivé ne peut ni se connecter ni réinitialiser son mot de passe, et le rapport d'inscription ne le couvre pas non plus.</translation>
        </message>
        <message>
            <source>Enable the account in on-premises Active Directory and wait for the next sync (a change made in Microsoft Entra would be overwritten).</source>
            <translation>Activez le compte dans l'Active Directory local et attendez la synchronisation suivante (une modification faite dans Microsoft Entra serait écrasée).</translation>
        </message>
        <message>
            <source>Enable the account (Account enabled, in the user's properties in the Microsoft Entra admin center) if it was disabled by mistake.</source>
            <translation>Activez le compte (Compte activé, dans les propriétés de l'utilisateur du centre d'administration Microsoft Entra) s'il a été désactivé par erreur.</translation>
        </message>
        <message>
            <source>%1 is a guest in this tenant: its password is reset in its home organization.</source>
            <translation>%1 est un invité dans ce locataire : son mot de passe se réinitialise dans son organisation d'origine.</translation>
        </message>
        <message>
            <source>userType is Guest. A guest signs in with an account that belongs to another organization (or a personal Microsoft account), so self-service password reset in this tenant cannot change it.</source>
            <translation>userType vaut Guest. Un invité se connecte avec un compte qui appartient à une autre organisation (ou un compte Microsoft personnel) : la réinitialisation de mot de passe en libre-service de ce locataire ne peut donc pas le modifier.</translation>
        </message>
        <message>
            <source>Reset the password with the organization or service that issued the account, not in this tenant.</source>
            <translation>Réinitialisez le mot de passe auprès de l'organisation ou du service qui a émis le compte, pas dans ce locataire.</translation>
        </message>
        <message numerus="yes">
            <source>The password was changed %n minute(s) ago.</source>
            <translation>
                <numerusform>Le mot de passe a été modifié il y a %n minute.</numerusform>
                <numerusform>Le mot de passe a été modifié il y a %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The password was changed at %1, %n minute(s) before this check. A new password takes a few minutes to reach every service (and the on-premises directory through writeback); attempts in that window can fail.</source>
            <translation>
                <numerusform>Le mot de passe a été modifié à %1, %n minute avant cette vérification. Un nouveau mot de passe met quelques minutes à atteindre tous les services (et l'annuaire local via la réécriture) ; les tentatives pendant ce délai peuvent échouer.</numerusform>
                <numerusform>Le mot de passe a été modifié à %1, %n minutes avant cette vérification. Un nouveau mot de passe met quelques minutes à atteindre tous les services (et l'annuaire local via la réécriture) ; les tentatives pendant ce délai peuvent échouer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wait 15 minutes after the last password change and try again.</source>
            <translation>Attendez 15 minutes après la dernière modification du mot de passe, puis réessayez.</translation>
        </message>
        <message>
            <source>The account has non-default password policies: %1.</source>
            <translation>Le compte a des stratégies de mot de passe non standard : %1.</translation>
        </message>
        <message>
            <source>DisablePasswordExpiration: the password never expires (informational).</source>
            <translation>DisablePasswordExpiration : le mot de passe n'expire jamais (pour information).</translation>
        </message>
        <message>
            <source>DisableStrongPassword: weaker passwords are allowed in Microsoft Entra, but an on-premises policy can still reject the new password (AADSTS120004 shape).</source>
            <translation>DisableStrongPassword : des mots de passe plus faibles sont autorisés dans Microsoft Entra, mais une stratégie locale peut tout de même refuser le nouveau mot de passe (signature d'AADSTS120004).</translation>
        </message>
        <message>
            <source>Informational: review whether these password policies are still wanted for this account.</source>
            <translation>Pour information : vérifiez si ces stratégies de mot de passe sont toujours souhaitées pour ce compte.</translation>
        </message>
        <message>
            <source>Graph did not report whether %1 is a member or a guest.</source>
            <translation>Graph n'a pas indiqué si %1 est un membre ou un invité.</translation>
        </message>
        <message>
            <source>userType is %1; the account was treated as a member.</source>
            <translation>userType vaut %1 ; le compte a été traité comme un membre.</translation>
        </message>
        <message>
            <source>Check the user type in the Microsoft Entra admin center.</source>
            <translation>Vérifiez le type d'utilisateur dans le centre d'administration Microsoft Entra.</translation>
        </message>
        <message>
            <source>The account is enabled and a member.</source>
            <translation>Le compte est activé et membre.</translation>
        </message>
        <message>
            <source>The account is enabled.</source>
            <translation>Le compte est activé.</translation>
        </message>
        <message>
            <source>The account %1 is enabled and a member of this tenant.</source>
            <translation>Le compte %1 est activé et membre de ce locataire.</translation>
        </message>
        <message>
            <source>accountEnabled is true and userType is %1.</source>
            <translation>accountEnabled vaut true et userType vaut %1.</translation>
        </message>
        <message>
            <source>Nothing to do for the account itself.</source>
            <translation>Rien à faire pour le compte lui-même.</translation>
        </message>
    </context>
    <context>
        <name>UserMethodsCheck</name>
        <message>
            <source>Registered authentication methods</source>
            <translation>Méthodes d'authentification inscrites</translation>
        </message>
        <message>
            <source>no: not available in Microsoft Graph operated by 21Vianet</source>
            <translation>non : indisponible dans Microsoft Graph exploité par 21Vianet</translation>
        </message>
        <message>
            <source>Skipped: the authentication methods API is not available in the China cloud (21Vianet).</source>
            <translation>Ignorée : l'API des méthodes d'authentification n'est pas disponible dans le cloud chinois (21Vianet).</translation>
        </message>
        <message>
            <source>Microsoft Graph's "List methods" API is not offered in the national cloud operated by 21Vianet, so the registered methods cannot be read here. The registration report (SSPR registration) still shows whether the user is registered.</source>
            <translation>L'API « List methods » de Microsoft Graph n'est pas proposée dans le cloud national exploité par 21Vianet : les méthodes inscrites ne peuvent donc pas être lues ici. Le rapport d'inscription (Inscription SSPR) indique tout de même si l'utilisateur est inscrit.</translation>
        </message>
        <message>
            <source>Open My Security Info (https://aka.ms/mysecurityinfo) and check that a phone, email or authenticator app is listed.</source>
            <translation>Ouvrez Informations de sécurité (https://aka.ms/mysecurityinfo) et vérifiez qu'un téléphone, une adresse e-mail ou une application d'authentification y figure.</translation>
        </message>
        <message>
            <source>Check the user's authentication methods in the Microsoft Entra admin center (Users &gt; the user &gt; Authentication methods).</source>
            <translation>Vérifiez les méthodes d'authentification de l'utilisateur dans le centre d'administration Microsoft Entra (Utilisateurs &gt; l'utilisateur &gt; Méthodes d'authentification).</translation>
        </message>
        <message numerus="yes">
            <source>%n method(s) that SSPR can use: %1.</source>
            <translation>
                <numerusform>%n méthode utilisable par la SSPR : %1.</numerusform>
                <numerusform>%n méthodes utilisables par la SSPR : %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Registered methods: %1. Self-service password reset verifies the user with a phone, email, Microsoft Authenticator or an OATH code; at least one of those is registered.</source>
            <translation>Méthodes inscrites : %1. La réinitialisation de mot de passe en libre-service vérifie l'identité de l'utilisateur par téléphone, e-mail, Microsoft Authenticator ou code OATH ; au moins l'une de ces méthodes est inscrite.</translation>
        </message>
        <message>
            <source>Nothing to do; if the tenant requires two methods, make sure two of these are registered.</source>
            <translation>Rien à faire ; si le locataire exige deux méthodes, assurez-vous que deux d'entre elles sont inscrites.</translation>
        </message>
        <message>
            <source>Register a phone number, an email address or the Microsoft Authenticator app at https://aka.ms/ssprsetup, then try the reset again.</source>
            <translation>Inscrivez un numéro de téléphone, une adresse e-mail ou l'application Microsoft Authenticator sur https://aka.ms/ssprsetup, puis réessayez la réinitialisation.</translation>
        </message>
        <message>
            <source>Ask the user to register a phone, email or the Microsoft Authenticator app at https://aka.ms/ssprsetup (or add a phone or email under Authentication methods for them), then try again.</source>
            <translation>Demandez à l'utilisateur d'inscrire un téléphone, une adresse e-mail ou l'application Microsoft Authenticator sur https://aka.ms/ssprsetup (ou ajoutez pour lui un téléphone ou une adresse e-mail sous Méthodes d'authentification), puis réessayez.</translation>
        </message>
        <message>
            <source>Only methods SSPR cannot use are registered: %1.</source>
            <translation>Seules des méthodes inutilisables par la SSPR sont inscrites : %1.</translation>
        </message>
        <message>
            <source>Registered methods: %1. These let the user sign in, but password reset cannot verify the user with FIDO2 keys, Windows Hello, a Temporary Access Pass or the password itself; it needs a phone, email, Microsoft Authenticator or an OATH code.</source>
            <translation>Méthodes inscrites : %1. Elles permettent à l'utilisateur de se connecter, mais la réinitialisation du mot de passe ne peut pas vérifier son identité avec des clés FIDO2, Windows Hello, un Passe d'accès temporaire ou le mot de passe lui-même ; il lui faut un téléphone, un e-mail, Microsoft Authenticator ou un code OATH.</translation>
        </message>
        <message>
            <source>No authentication method besides the password is registered.</source>
            <translation>Aucune méthode d'authentification autre que le mot de passe n'est inscrite.</translation>
        </message>
        <message>
            <source>Registered methods: %1. Without a phone, email or authenticator app there is nothing to verify the user with, so self-service password reset cannot proceed (the SSPR portal reports insufficient authentication methods).</source>
            <translation>Méthodes inscrites : %1. Sans téléphone, e-mail ni application d'authentification, rien ne permet de vérifier l'identité de l'utilisateur : la réinitialisation de mot de passe en libre-service ne peut donc pas continuer (le portail SSPR signale des méthodes d'authentification insuffisantes).</translation>
        </message>
    </context>
    <context>
        <name>UserRegistrationCheck</name>
        <message>
            <source>SSPR registration</source>
            <translation>Inscription SSPR</translation>
        </message>
        <message>
            <source>The report was last updated at %1 and can lag a few hours behind a new registration.</source>
            <translation>Le rapport a été mis à jour pour la dernière fois à %1 et peut avoir quelques heures de retard sur une nouvelle inscription.</translation>
        </message>
        <message>
            <source>%1 is not registered for self-service password reset.</source>
            <translation>%1 n'est pas inscrit à la réinitialisation de mot de passe en libre-service.</translation>
        </message>
        <message>
            <source>isSsprRegistered is false: the user has not registered the number of methods the SSPR policy asks for, so the reset cannot verify them. Methods registered: %1.</source>
            <translation>isSsprRegistered vaut false : l'utilisateur n'a pas inscrit le nombre de méthodes exigé par la stratégie SSPR, la réinitialisation ne peut donc pas vérifier son identité. Méthodes inscrites : %1.</translation>
        </message>
        <message>
            <source>Register security info at https://aka.ms/ssprsetup (My Security Info): add a phone or the Authenticator app, then try the reset again.</source>
            <translation>Inscrivez vos informations de sécurité sur https://aka.ms/ssprsetup (Informations de sécurité) : ajoutez un téléphone ou l'application Authenticator, puis réessayez la réinitialisation.</translation>
        </message>
        <message>
            <source>%1 is registered but cannot use self-service password reset.</source>
            <translation>%1 est inscrit mais ne peut pas utiliser la réinitialisation de mot de passe en libre-service.</translation>
        </message>
        <message>
            <source>isSsprCapable is false because isSsprEnabled is false: the SSPR policy does not cover this user (see SSPR scope).</source>
            <translation>isSsprCapable vaut false car isSsprEnabled vaut false : la stratégie SSPR ne couvre pas cet utilisateur (voir Étendue SSPR).</translation>
        </message>
        <message>
            <source>isSsprCapable is false although the user is registered and enabled: the registered methods do not satisfy the methods the policy allows (for example a method the admin has since turned off). Methods registered: %1.</source>
            <translation>isSsprCapable vaut false alors que l'utilisateur est inscrit et activé : les méthodes inscrites ne correspondent pas à celles que la stratégie autorise (par exemple une méthode que l'administrateur a désactivée depuis). Méthodes inscrites : %1.</translation>
        </message>
        <message>
            <source>Compare the user's methods with Password reset &gt; Authentication methods in the Microsoft Entra admin center, and the SSPR scope under Password reset &gt; Properties.</source>
            <translation>Comparez les méthodes de l'utilisateur avec Réinitialisation du mot de passe &gt; Méthodes d'authentification dans le centre d'administration Microsoft Entra, et l'étendue SSPR sous Réinitialisation du mot de passe &gt; Propriétés.</translation>
        </message>
        <message>
            <source>%1 can reset but has only one usable method (%2).</source>
            <translation>%1 peut réinitialiser, mais n'a qu'une seule méthode utilisable (%2).</translation>
        </message>
        <message>
            <source>The user is registered and capable, but with a single method SSPR can use. If the tenant requires two methods to reset, or that method is unavailable, the reset stops; Microsoft Graph does not expose the required number, so ask the admin (Password reset &gt; Authentication methods).</source>
            <translation>L'utilisateur est inscrit et éligible, mais avec une seule méthode utilisable par la SSPR. Si le locataire exige deux méthodes pour réinitialiser, ou si cette méthode est indisponible, la réinitialisation s'arrête ; Microsoft Graph n'expose pas le nombre requis, demandez-le donc à l'administrateur (Réinitialisation du mot de passe &gt; Méthodes d'authentification).</translation>
        </message>
        <message>
            <source>Add a second method at https://aka.ms/ssprsetup (My Security Info).</source>
            <translation>Ajoutez une deuxième méthode sur https://aka.ms/ssprsetup (Informations de sécurité).</translation>
        </message>
        <message>
            <source>%1 is registered and able to use self-service password reset.</source>
            <translation>%1 est inscrit et peut utiliser la réinitialisation de mot de passe en libre-service.</translation>
        </message>
        <message>
            <source>isSsprRegistered and isSsprCapable are true. Methods registered: %1.</source>
            <translation>isSsprRegistered et isSsprCapable valent true. Méthodes inscrites : %1.</translation>
        </message>
        <message>
            <source>Nothing to do for registration.</source>
            <translation>Rien à faire pour l'inscription.</translation>
        </message>
        <message>
            <source>no: end users cannot read the registration report</source>
            <translation>non : les utilisateurs finaux ne peuvent pas lire le rapport d'inscription</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read the registration report; check your methods in My Security Info.</source>
            <translation>Ignorée : les utilisateurs finaux ne peuvent pas lire le rapport d'inscription ; vérifiez vos méthodes dans Informations de sécurité.</translation>
        </message>
        <message>
            <source>The registration report needs AuditLog.Read.All and a reader role (Reports Reader, Security Reader, Security Administrator or Global Reader). You can see your own methods at https://aka.ms/ssprsetup (My Security Info).</source>
            <translation>Le rapport d'inscription nécessite AuditLog.Read.All et un rôle de lecteur (Reports Reader, Security Reader, Security Administrator ou Global Reader). Vous pouvez consulter vos propres méthodes sur https://aka.ms/ssprsetup (Informations de sécurité).</translation>
        </message>
        <message>
            <source>Open https://aka.ms/ssprsetup and make sure a phone, email or the Authenticator app is registered; add a second method if you can.</source>
            <translation>Ouvrez https://aka.ms/ssprsetup et assurez-vous qu'un téléphone, une adresse e-mail ou l'application Authenticator est inscrit ; ajoutez une deuxième méthode si possible.</translation>
        </message>
    </context>
    <context>
        <name>UserSigninErrorsCheck</name>
        <message>
            <source>Sign-in failures (AADSTS 1200xx)</source>
            <translation>Échecs de connexion (AADSTS 1200xx)</translation>
        </message>
        <message>
            <source>Reports Reader</source>
            <translation>Reports Reader</translation>
        </message>
        <message>
            <source>Security Reader</source>
            <translation>Security Reader</translation>
        </message>
        <message>
            <source>Global Reader</source>
            <translation>Global Reader</translation>
        </message>
        <message>
            <source>Microsoft Entra ID P1 or P2 (sign-in logs through Graph are a premium feature)</source>
            <translation>Microsoft Entra ID P1 ou P2 (les journaux de connexion via Graph sont une fonctionnalité premium)</translation>
        </message>
        <message>
            <source>Graph has no sign-in with the pasted correlation ID %1.</source>
            <translation>Graph ne contient aucune connexion avec l'ID de corrélation collé %1.</translation>
        </message>
        <message>
            <source>Looking up the pasted correlation ID failed: %1.</source>
            <translation>La recherche de l'ID de corrélation collé a échoué : %1.</translation>
        </message>
        <message>
            <source>The sign-in with the pasted correlation ID %1: %2.</source>
            <translation>La connexion avec l'ID de corrélation collé %1 : %2.</translation>
        </message>
        <message>
            <source>No sign-in read carries the pasted correlation ID %1.</source>
            <translation>Aucune connexion lue ne porte l'ID de corrélation collé %1.</translation>
        </message>
        <message>
            <source>reply</source>
            <translation>réponse</translation>
        </message>
        <message>
            <source>read</source>
            <translation>lue</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message numerus="yes">
            <source>No AADSTS 1200xx sign-in failures in the last %n day(s).</source>
            <translation>
                <numerusform>Aucun échec de connexion AADSTS 1200xx sur la période de %n jour.</numerusform>
                <numerusform>Aucun échec de connexion AADSTS 1200xx au cours des %n derniers jours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Graph listed %n sign-in(s) for the user in the window; none failed with a password change or SSPR code (1200xx). Sign-in logs show interactive sign-ins only.</source>
            <translation>
                <numerusform>Graph a listé %n connexion de l'utilisateur sur la période ; aucune n'a échoué avec un code de modification de mot de passe ou SSPR (1200xx). Les journaux de connexion ne montrent que les connexions interactives.</numerusform>
                <numerusform>Graph a listé %n connexions de l'utilisateur sur la période ; aucune n'a échoué avec un code de modification de mot de passe ou SSPR (1200xx). Les journaux de connexion ne montrent que les connexions interactives.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to do in the sign-in logs.</source>
            <translation>Rien à faire dans les journaux de connexion.</translation>
        </message>
        <message numerus="yes">
            <source>%n sign-in(s) failed with AADSTS 1200xx; latest AADSTS%1 in %2.</source>
            <translation>
                <numerusform>%n connexion a échoué avec AADSTS 1200xx ; la plus récente : AADSTS%1 dans %2.</numerusform>
                <numerusform>%n connexions ont échoué avec AADSTS 1200xx ; la plus récente : AADSTS%1 dans %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign-in(s) failed with AADSTS 1200xx; the pasted one is AADSTS%1 in %2.</source>
            <translation>
                <numerusform>%n connexion a échoué avec AADSTS 1200xx ; celle collée est AADSTS%1 dans %2.</numerusform>
                <numerusform>%n connexions ont échoué avec AADSTS 1200xx ; celle collée est AADSTS%1 dans %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Failed sign-ins (time | code | app | correlation ID | reason): %1.</source>
            <translation>Connexions en échec (heure | code | application | ID de corrélation | raison) : %1.</translation>
        </message>
        <message>
            <source>Open https://login.microsoftonline.com/error?code=%1 for the code's meaning.</source>
            <translation>Ouvrez https://login.microsoftonline.com/error?code=%1 pour connaître la signification du code.</translation>
        </message>
        <message>
            <source>Follow the playbook for AADSTS%1 and give Microsoft support the correlation ID and time above.</source>
            <translation>Suivez la procédure pour AADSTS%1 et communiquez au support Microsoft l'ID de corrélation et l'heure ci-dessus.</translation>
        </message>
        <message>
            <source>Skipped: the tenant has no Microsoft Entra ID P1 or P2 licence, which Graph needs for sign-in logs.</source>
            <translation>Ignoré : le locataire n'a pas de licence Microsoft Entra ID P1 ou P2, nécessaire à Graph pour les journaux de connexion.</translation>
        </message>
        <message>
            <source>Graph refused %1 with "%2". Reading sign-in logs through Microsoft Graph needs Microsoft Entra ID P1 or P2 in the tenant; the sign-in log is still visible in the Microsoft Entra admin center for 7 days.</source>
            <translation>Graph a refusé %1 avec « %2 ». La lecture des journaux de connexion via Microsoft Graph nécessite Microsoft Entra ID P1 ou P2 dans le locataire ; le journal de connexion reste visible 7 jours dans le Centre d'administration Microsoft Entra.</translation>
        </message>
        <message>
            <source>Look up the failed sign-in in the Microsoft Entra admin center (Monitoring &gt; Sign-in logs), or add Microsoft Entra ID P1 or P2 to run this check.</source>
            <translation>Recherchez la connexion en échec dans le Centre d'administration Microsoft Entra (Surveillance &gt; Journaux de connexion), ou ajoutez Microsoft Entra ID P1 ou P2 pour exécuter cette vérification.</translation>
        </message>
        <message>
            <source>no: end users cannot read sign-in logs through Graph</source>
            <translation>non : les utilisateurs finaux ne peuvent pas lire les journaux de connexion via Graph</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read sign-in logs through Graph.</source>
            <translation>Ignoré : les utilisateurs finaux ne peuvent pas lire les journaux de connexion via Graph.</translation>
        </message>
        <message>
            <source>Sign-in logs need AuditLog.Read.All, a reader role (Reports Reader, Security Reader or Global Reader) and Microsoft Entra ID P1 or P2. Your own recent sign-ins are at https://mysignins.microsoft.com.</source>
            <translation>Les journaux de connexion nécessitent AuditLog.Read.All, un rôle de lecteur (Reports Reader, Security Reader ou Global Reader) et Microsoft Entra ID P1 ou P2. Vos propres connexions récentes sont sur https://mysignins.microsoft.com.</translation>
        </message>
        <message>
            <source>Ask your IT department to look up the failed sign-in with the correlation ID from the error.</source>
            <translation>Demandez à votre service informatique de rechercher la connexion en échec avec l'ID de corrélation de l'erreur.</translation>
        </message>
    </context>
    <context>
        <name>UserSsprAuditCheck</name>
        <message>
            <source>SSPR audit events</source>
            <translation>Événements d'audit SSPR</translation>
        </message>
        <message>
            <source>Listing audit events needs Directory.Read.All as well as AuditLog.Read.All.</source>
            <translation>La liste des événements d'audit nécessite Directory.Read.All en plus d'AuditLog.Read.All.</translation>
        </message>
        <message>
            <source>The event with the pasted correlation ID %1: %2.</source>
            <translation>L'événement avec l'ID de corrélation collé %1 : %2.</translation>
        </message>
        <message>
            <source>No SSPR audit event of the window carries the pasted correlation ID %1 (the attempt may have failed before SSPR logged it, or lies outside the window).</source>
            <translation>Aucun événement d'audit SSPR de la période ne porte l'ID de corrélation collé %1 (la tentative a pu échouer avant que SSPR ne l'enregistre, ou se situe hors de la période).</translation>
        </message>
        <message numerus="yes">
            <source>No SSPR audit events for this user in the last %n day(s).</source>
            <translation>
                <numerusform>Aucun événement d'audit SSPR pour cet utilisateur sur la période de %n jour.</numerusform>
                <numerusform>Aucun événement d'audit SSPR pour cet utilisateur au cours des %n derniers jours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No SSPR reset or change attempt for this user in the last %n day(s).</source>
            <translation>
                <numerusform>Aucune tentative de réinitialisation ou de modification SSPR pour cet utilisateur sur la période de %n jour.</numerusform>
                <numerusform>Aucune tentative de réinitialisation ou de modification SSPR pour cet utilisateur au cours des %n derniers jours.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log has %n SSPR event(s) for the user in the window but no reset, change or unlock attempt. Either the attempt never reached the SSPR service (network, browser, the sign-in screen), or SSPR reporting is not collecting data: SSPR audit data is collected only after an administrator has opened the SSPR reporting (Password reset &gt; Audit logs) once.</source>
            <translation>
                <numerusform>Le journal d'audit contient %n événement SSPR pour l'utilisateur sur la période, mais aucune tentative de réinitialisation, de modification ou de déverrouillage. Soit la tentative n'a jamais atteint le service SSPR (réseau, navigateur, écran de connexion), soit les rapports SSPR ne collectent pas de données : les données d'audit SSPR ne sont collectées qu'une fois qu'un administrateur a ouvert les rapports SSPR (Réinitialisation du mot de passe &gt; Journaux d'audit).</numerusform>
                <numerusform>Le journal d'audit contient %n événements SSPR pour l'utilisateur sur la période, mais aucune tentative de réinitialisation, de modification ou de déverrouillage. Soit la tentative n'a jamais atteint le service SSPR (réseau, navigateur, écran de connexion), soit les rapports SSPR ne collectent pas de données : les données d'audit SSPR ne sont collectées qu'une fois qu'un administrateur a ouvert les rapports SSPR (Réinitialisation du mot de passe &gt; Journaux d'audit).</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Password reset &gt; Audit logs in the Microsoft Entra admin center once so SSPR events are collected, reproduce the error, and run the checks again.</source>
            <translation>Ouvrez une fois Réinitialisation du mot de passe &gt; Journaux d'audit dans le Centre d'administration Microsoft Entra pour que les événements SSPR soient collectés, reproduisez l'erreur, puis relancez les vérifications.</translation>
        </message>
        <message>
            <source>an unnamed step</source>
            <translation>une étape sans nom</translation>
        </message>
        <message>
            <source>SSPR blocked the user: "%1".</source>
            <translation>SSPR a bloqué l'utilisateur : « %1 ».</translation>
        </message>
        <message numerus="yes">
            <source>SSPR logged %n failed attempt(s): %1</source>
            <translation>
                <numerusform>SSPR a enregistré %n tentative en échec : %1</numerusform>
                <numerusform>SSPR a enregistré %n tentatives en échec : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The last reset flow stopped at a step: %1</source>
            <translation>Le dernier parcours de réinitialisation s'est arrêté à une étape : %1</translation>
        </message>
        <message>
            <source>Since the last completed reset, the SSPR service logged (newest first, reasons verbatim): %1.</source>
            <translation>Depuis la dernière réinitialisation aboutie, le service SSPR a enregistré (du plus récent au plus ancien, raisons telles quelles) : %1.</translation>
        </message>
        <message>
            <source>The newest "%1" event ends at "%2" and no completed reset follows it: the user stopped there or the next step failed without a log entry.</source>
            <translation>Le dernier événement « %1 » se termine à « %2 » et n'est suivi d'aucune réinitialisation aboutie : l'utilisateur s'est arrêté là ou l'étape suivante a échoué sans entrée de journal.</translation>
        </message>
        <message>
            <source>SSPR blocks an account after too many attempts (for example 5 resets or 5 phone verifications in an hour); the block lifts after 24 hours.</source>
            <translation>SSPR bloque un compte après trop de tentatives (par exemple 5 réinitialisations ou 5 vérifications par téléphone en une heure) ; le blocage est levé au bout de 24 heures.</translation>
        </message>
        <message>
            <source>Wait 24 hours before the next attempt, or have an administrator reset the password.</source>
            <translation>Attendez 24 heures avant la prochaine tentative, ou demandez à un administrateur de réinitialiser le mot de passe.</translation>
        </message>
        <message>
            <source>Read the reason above: it names the step that failed. Fix that (method, policy, writeback) and let the user try again.</source>
            <translation>Lisez la raison ci-dessus : elle indique l'étape qui a échoué. Corrigez-la (méthode, stratégie, réécriture) et laissez l'utilisateur réessayer.</translation>
        </message>
        <message>
            <source>The last SSPR attempt succeeded: %1 at %2.</source>
            <translation>La dernière tentative SSPR a réussi : %1 le %2.</translation>
        </message>
        <message numerus="yes">
            <source>The SSPR service logged %n attempt event(s) in the last %1 day(s); the newest completed successfully and no failure follows it.</source>
            <translation>
                <numerusform>Le service SSPR a enregistré %n événement de tentative au cours des %1 dernier(s) jour(s) ; le plus récent s'est terminé avec succès et aucun échec ne le suit.</numerusform>
                <numerusform>Le service SSPR a enregistré %n événements de tentative au cours des %1 dernier(s) jour(s) ; le plus récent s'est terminé avec succès et aucun échec ne le suit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to do in the SSPR audit log.</source>
            <translation>Rien à faire dans le journal d'audit SSPR.</translation>
        </message>
        <message>
            <source>no: end users cannot read the audit log</source>
            <translation>non : les utilisateurs finaux ne peuvent pas lire le journal d'audit</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read the SSPR audit log.</source>
            <translation>Ignoré : les utilisateurs finaux ne peuvent pas lire le journal d'audit SSPR.</translation>
        </message>
        <message>
            <source>The audit log needs AuditLog.Read.All, Directory.Read.All and a reader role (Reports Reader, Security Reader or Global Reader). An administrator can run this check for you.</source>
            <translation>Le journal d'audit nécessite AuditLog.Read.All, Directory.Read.All et un rôle de lecteur (Reports Reader, Security Reader ou Global Reader). Un administrateur peut exécuter cette vérification pour vous.</translation>
        </message>
        <message>
            <source>Ask your IT department to run SSPR Doctor for your account.</source>
            <translation>Demandez à votre service informatique d'exécuter SSPR Doctor pour votre compte.</translation>
        </message>
    </context>
    <context>
        <name>UserSsprScopeCheck</name>
        <message>
            <source>SSPR scope</source>
            <translation>Étendue SSPR</translation>
        </message>
        <message>
            <source>The user holds an admin role: administrators reset under Microsoft's administrator policy (two methods), not the tenant's SSPR setting.</source>
            <translation>L'utilisateur détient un rôle d'administrateur : les administrateurs réinitialisent selon la stratégie d'administrateur de Microsoft (deux méthodes), et non selon le paramètre SSPR du locataire.</translation>
        </message>
        <message>
            <source>Self-service password reset is enabled for %1 by policy.</source>
            <translation>La réinitialisation de mot de passe en libre-service est activée pour %1 par la stratégie.</translation>
        </message>
        <message>
            <source>isSsprEnabled is true: the tenant's SSPR policy covers this user.</source>
            <translation>isSsprEnabled vaut true : la stratégie SSPR du locataire couvre cet utilisateur.</translation>
        </message>
        <message>
            <source>Nothing to do for the SSPR scope.</source>
            <translation>Rien à faire pour l'étendue SSPR.</translation>
        </message>
        <message>
            <source>%1 is outside the self-service password reset scope.</source>
            <translation>%1 est hors de l'étendue de la réinitialisation de mot de passe en libre-service.</translation>
        </message>
        <message>
            <source>isSsprEnabled is false: the tenant's SSPR policy is set to None, or to Selected with a group the user is not in. Microsoft Graph has no API for the SSPR policy itself, so which of the two cannot be read here.</source>
            <translation>isSsprEnabled vaut false : la stratégie SSPR du locataire est définie sur Aucun, ou sur Sélectionné avec un groupe dont l'utilisateur ne fait pas partie. Microsoft Graph n'a pas d'API pour la stratégie SSPR elle-même : impossible de savoir ici lequel des deux.</translation>
        </message>
        <message>
            <source>In the Microsoft Entra admin center open Password reset &gt; Properties and set self-service password reset to All, or to Selected with a group that includes this user.</source>
            <translation>Dans le Centre d'administration Microsoft Entra, ouvrez Réinitialisation du mot de passe &gt; Propriétés et définissez la réinitialisation de mot de passe en libre-service sur Tous, ou sur Sélectionné avec un groupe qui inclut cet utilisateur.</translation>
        </message>
        <message>
            <source>no: end users cannot read the registration report</source>
            <translation>non : les utilisateurs finaux ne peuvent pas lire le rapport d'inscription</translation>
        </message>
        <message>
            <source>Skipped: only an admin can see whether SSPR is enabled for you.</source>
            <translation>Ignoré : seul un administrateur peut voir si SSPR est activé pour vous.</translation>
        </message>
        <message>
            <source>Whether the SSPR policy covers a user is in the registration report, which needs AuditLog.Read.All and a reader role. If the reset page says your organization has not enabled password reset for you, this is the cause.</source>
            <translation>Le fait que la stratégie SSPR couvre un utilisateur figure dans le rapport d'inscription, qui nécessite AuditLog.Read.All et un rôle de lecteur. Si la page de réinitialisation indique que votre organisation n'a pas activé la réinitialisation du mot de passe pour vous, c'est la cause.</translation>
        </message>
        <message>
            <source>Ask your IT help desk whether self-service password reset is enabled for your account (Password reset &gt; Properties).</source>
            <translation>Demandez à votre support technique si la réinitialisation de mot de passe en libre-service est activée pour votre compte (Réinitialisation du mot de passe &gt; Propriétés).</translation>
        </message>
    </context>
    <context>
        <name>WindowsCollector</name>
        <message>
            <source>To capture the network traffic of a failing attempt (the Windows counterpart of a Fiddler capture):
1. Open Command Prompt as administrator (Start, type cmd, right-click, "Run as administrator").
2. Start the capture:
   netsh trace start scenario=InternetClient capture=yes
3. Reproduce the error: try the password reset again until the error appears.
4. Stop the capture:
   netsh trace stop
5. netsh prints where it saved the trace (a .etl file, with a .cab next to it). Send both to your IT support with the bundle from this page.
The capture can contain personal data: share it only with your IT support or Microsoft support.</source>
            <translation>Pour capturer le trafic réseau d'une tentative qui échoue (l'équivalent Windows d'une capture Fiddler) :
1. Ouvrez l'invite de commandes en tant qu'administrateur (Démarrer, tapez cmd, clic droit, « Exécuter en tant qu'administrateur »).
2. Démarrez la capture :
   netsh trace start scenario=InternetClient capture=yes
3. Reproduisez l'erreur : réessayez la réinitialisation du mot de passe jusqu'à ce que l'erreur apparaisse.
4. Arrêtez la capture :
   netsh trace stop
5. netsh indique où il a enregistré la trace (un fichier .etl, accompagné d'un fichier .cab). Envoyez les deux à votre support informatique avec le lot de fichiers de cette page.
La capture peut contenir des données personnelles : ne la partagez qu'avec votre support informatique ou le support Microsoft.</translation>
        </message>
    </context>
    <context>
        <name>ZipReader</name>
        <message>
            <source>not a ZIP archive (no end of central directory record)</source>
            <translation>pas une archive ZIP (aucun enregistrement de fin de répertoire central)</translation>
        </message>
        <message>
            <source>the central directory lies outside the archive</source>
            <translation>le répertoire central se trouve hors de l'archive</translation>
        </message>
        <message>
            <source>central directory entry %1 is damaged</source>
            <translation>l'entrée %1 du répertoire central est endommagée</translation>
        </message>
        <message>
            <source>%1 is encrypted</source>
            <translation>%1 est chiffré</translation>
        </message>
        <message>
            <source>the local header of %1 is damaged</source>
            <translation>l'en-tête local de %1 est endommagé</translation>
        </message>
        <message>
            <source>%1 is cut short</source>
            <translation>%1 est tronqué</translation>
        </message>
        <message>
            <source>%1 does not inflate</source>
            <translation>%1 ne peut pas être décompressé</translation>
        </message>
        <message>
            <source>%1 uses compression method %2</source>
            <translation>%1 utilise la méthode de compression %2</translation>
        </message>
        <message>
            <source>%1 fails its CRC-32 check</source>
            <translation>%1 échoue au contrôle CRC-32</translation>
        </message>
    </context>
    <context>
        <name>sspr::auth::SignIn</name>
        <message>
            <source>No system keychain is available: you are signed in for this session only and will have to sign in again next time.</source>
            <translation>Aucun trousseau système n'est disponible : vous êtes connecté pour cette session uniquement et devrez vous reconnecter la prochaine fois.</translation>
        </message>
        <message numerus="yes">
            <source>The browser sign-in did not finish within %n minute(s).</source>
            <translation>
                <numerusform>La connexion dans le navigateur ne s'est pas terminée en %n minute.</numerusform>
                <numerusform>La connexion dans le navigateur ne s'est pas terminée en %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>No remembered sign-in for this tenant and application.</source>
            <translation>Aucune connexion mémorisée pour ce locataire et cette application.</translation>
        </message>
        <message>
            <source>The authority's token reply is not a bearer token.</source>
            <translation>La réponse de jeton de l'autorité n'est pas un jeton du porteur.</translation>
        </message>
        <message>
            <source>The authority's ID token does not belong to this sign-in (nonce mismatch).</source>
            <translation>Le jeton d'ID de l'autorité n'appartient pas à cette connexion (nonce incohérent).</translation>
        </message>
        <message>
            <source>The sign-in was cancelled.</source>
            <translation>La connexion a été annulée.</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Déconnecté.</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Non connecté.</translation>
        </message>
        <message numerus="yes">
            <source>The system keychain did not answer within %n second(s); it may be locked and waiting for a password prompt. Unlock it, or sign in again.</source>
            <translation>
                <numerusform>Le trousseau du système n'a pas répondu dans un délai de %n seconde ; il est peut-être verrouillé et attend la saisie d'un mot de passe. Déverrouillez-le ou reconnectez-vous.</numerusform>
                <numerusform>Le trousseau du système n'a pas répondu dans un délai de %n secondes ; il est peut-être verrouillé et attend la saisie d'un mot de passe. Déverrouillez-le ou reconnectez-vous.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sspr::bulk::BulkScanner</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is missing or shorter than the resume file says (%2 bytes): start the scan again without --resume.</source>
            <translation>%1 est absent ou plus court que ce qu'indique le fichier de reprise (%2 octets) : relancez l'analyse sans --resume.</translation>
        </message>
        <message>
            <source>Cannot truncate %1: %2</source>
            <translation>Impossible de tronquer %1 : %2</translation>
        </message>
        <message>
            <source>The resume file is for tenant %1, but this sign-in is for tenant %2.</source>
            <translation>Le fichier de reprise concerne le locataire %1, mais cette connexion concerne le locataire %2.</translation>
        </message>
        <message>
            <source>Cannot continue the scan: %1.</source>
            <translation>Impossible de poursuivre l'analyse : %1.</translation>
        </message>
        <message>
            <source>Page %1 could not be read after retries: %2</source>
            <translation>La page %1 n'a pas pu être lue malgré plusieurs tentatives : %2</translation>
        </message>
        <message>
            <source>Page %1 has no "value" array.</source>
            <translation>La page %1 n'a pas de tableau « value ».</translation>
        </message>
        <message>
            <source>Page %1: %2.</source>
            <translation>Page %1 : %2.</translation>
        </message>
        <message>
            <source>Paging did not end: @odata.nextLink repeats a page already read (page %1).</source>
            <translation>La pagination ne s'est pas terminée : @odata.nextLink renvoie à une page déjà lue (page %1).</translation>
        </message>
        <message>
            <source>Page %1: @odata.nextLink is not a string.</source>
            <translation>Page %1 : @odata.nextLink n'est pas une chaîne.</translation>
        </message>
        <message>
            <source>Page %1: the registration record of %2 could not be read after retries: %3</source>
            <translation>Page %1 : l'enregistrement d'inscription de %2 n'a pas pu être lu malgré plusieurs tentatives : %3</translation>
        </message>
        <message>
            <source>no reply</source>
            <translation>aucune réponse</translation>
        </message>
        <message>
            <source>A resumable scan exists: add --resume, or delete %1.</source>
            <translation>Une analyse en masse peut être reprise : ajoutez --resume ou supprimez %1.</translation>
        </message>
        <message>
            <source>The resume file %1 is for a scan with other options (%2, now %3): resume with the same --group, --user-type, --only-failures, --answer, --cloud, --demo, --graph, --authority, --tenant and --client-id, or start again without --resume.</source>
            <translation>Le fichier de reprise %1 correspond à une analyse avec d'autres options (%2, maintenant %3) : reprenez avec les mêmes --group, --user-type, --only-failures, --answer, --cloud, --demo, --graph, --authority, --tenant et --client-id, ou recommencez sans --resume.</translation>
        </message>
    </context>
    <context>
        <name>sspr::demo::DemoBrowser</name>
        <message>
            <source>The redirect target answered HTTP %1: %2</source>
            <translation>La cible de redirection a répondu HTTP %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>sspr::demo::DemoTlsEndpoint</name>
        <message>
            <source>this system has no TLS support</source>
            <translation>ce système ne prend pas en charge TLS</translation>
        </message>
        <message>
            <source>the demo TLS certificates are missing from the resources</source>
            <translation>les certificats TLS de démonstration manquent dans les ressources</translation>
        </message>
    </context>
    <context>
        <name>sspr::demo::ScenarioServer</name>
        <message>
            <source>The demo server cannot listen on 127.0.0.1: %1</source>
            <translation>Le serveur de démonstration ne peut pas écouter sur 127.0.0.1 : %1</translation>
        </message>
    </context>
    <context>
        <name>sspr::graph::GraphBatchJob</name>
        <message>
            <source>not signed in</source>
            <translation>non connecté</translation>
        </message>
        <message>
            <source>no network</source>
            <translation>pas de réseau</translation>
        </message>
        <message>
            <source>timeout</source>
            <translation>délai dépassé</translation>
        </message>
        <message>
            <source>network error: %1</source>
            <translation>erreur réseau : %1</translation>
        </message>
        <message>
            <source>the $batch reply has no response for id "%1"</source>
            <translation>la réponse $batch ne contient aucune réponse pour l'id « %1 »</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>reply too large</source>
            <translation>réponse trop volumineuse</translation>
        </message>
    </context>
    <context>
        <name>sspr::probes::ClockProber</name>
        <message>
            <source>no answer within %1 ms</source>
            <translation>aucune réponse en %1 ms</translation>
        </message>
        <message>
            <source>no clock URL</source>
            <translation>aucune URL d'horloge</translation>
        </message>
        <message>
            <source>the reply has no Date header</source>
            <translation>la réponse n'a pas d'en-tête Date</translation>
        </message>
        <message>
            <source>the Date header "%1" is not an HTTP date</source>
            <translation>l'en-tête Date « %1 » n'est pas une date HTTP</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
    </context>
    <context>
        <name>sspr::probes::HostProber</name>
        <message>
            <source>the name has no address</source>
            <translation>le nom n'a aucune adresse</translation>
        </message>
        <message>
            <source>this system has no TLS support (%1)</source>
            <translation>ce système ne prend pas en charge TLS (%1)</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>aucune réponse en %1 ms</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
    </context>
    <context>
        <name>sspr::probes::OsProber</name>
        <message>
            <source>no answer within %1 ms</source>
            <translation>aucune réponse en %1 ms</translation>
        </message>
        <message>
            <source>dsregcmd /status gave no join state (exit code %1)</source>
            <translation>dsregcmd /status n'a indiqué aucun état de jonction (code de sortie %1)</translation>
        </message>
        <message>
            <source>the AAD operational log could not be read (wevtutil exit code %1)</source>
            <translation>impossible de lire le journal opérationnel AAD (code de sortie de wevtutil %1)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
    </context>
    <context>
        <name>sspr::report::WindowsCollectionJob</name>
        <message>
            <source>%1 did not start: %2</source>
            <translation>%1 n'a pas démarré : %2</translation>
        </message>
        <message>
            <source>%1 stopped unexpectedly.</source>
            <translation>%1 s'est arrêté de manière inattendue.</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2).</source>
            <translation>%1 a échoué (code de sortie %2).</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2): %3</source>
            <translation>%1 a échoué (code de sortie %2) : %3</translation>
        </message>
        <message>
            <source>%1 wrote no file at %2.</source>
            <translation>%1 n'a écrit aucun fichier dans %2.</translation>
        </message>
        <message numerus="yes">
            <source>%1 did not finish within %n second(s) and was stopped.</source>
            <translation>
                <numerusform>%1 ne s'est pas terminé en %n seconde et a été arrêté.</numerusform>
                <numerusform>%1 ne s'est pas terminé en %n secondes et a été arrêté.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::CheckRow</name>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Not finished: the run was cancelled.</source>
            <translation>Non terminé : l'exécution a été annulée.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::DataCollectionPage</name>
        <message>
            <source>Export HTTP &amp;trace (HAR)…</source>
            <translation>Exporter la &amp;trace HTTP (HAR)…</translation>
        </message>
        <message>
            <source>Save b&amp;undle (.zip)…</source>
            <translation>Enregistrer l'&amp;archive (.zip)…</translation>
        </message>
        <message>
            <source>Collect data for support</source>
            <translation>Collecter des données pour le support</translation>
        </message>
        <message>
            <source>Export the HTTP trace as HAR</source>
            <translation>Exporter la trace HTTP au format HAR</translation>
        </message>
        <message>
            <source>Saves the app's own redacted HTTP trace in HTTP Archive 1.2 format</source>
            <translation>Enregistre la trace HTTP expurgée de l'application au format HTTP Archive 1.2</translation>
        </message>
        <message>
            <source>Save a support bundle</source>
            <translation>Enregistrer une archive pour le support</translation>
        </message>
        <message>
            <source>A zip file with the HTML, JSON and text reports, the support summary, the HTTP trace and a manifest</source>
            <translation>Un fichier zip contenant les rapports HTML, JSON et texte, le résumé pour le support, la trace HTTP et un manifeste</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>État de l'enregistrement</translation>
        </message>
        <message>
            <source>Export the AAD &amp;event log…</source>
            <translation>Exporter le &amp;journal d'événements AAD…</translation>
        </message>
        <message>
            <source>Export the Microsoft-Windows-AAD/Operational event log</source>
            <translation>Exporter le journal d'événements Microsoft-Windows-AAD/Operational</translation>
        </message>
        <message>
            <source>Network capture instructions</source>
            <translation>Instructions de capture réseau</translation>
        </message>
        <message>
            <source>No HTTP exchange has been recorded yet.</source>
            <translation>Aucun échange HTTP n'a encore été enregistré.</translation>
        </message>
        <message numerus="yes">
            <source>%n HTTP exchange(s) recorded (redacted).</source>
            <translation>
                <numerusform>%n échange HTTP enregistré (expurgé).</numerusform>
                <numerusform>%n échanges HTTP enregistrés (expurgés).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export HTTP trace</source>
            <translation>Exporter la trace HTTP</translation>
        </message>
        <message>
            <source>HTTP Archive (*.har)</source>
            <translation>HTTP Archive (*.har)</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <source>Save support bundle</source>
            <translation>Enregistrer l'archive pour le support</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>Archive zip (*.zip)</translation>
        </message>
        <message>
            <source>Not included: %1</source>
            <translation>Non inclus : %1</translation>
        </message>
        <message>
            <source>Export event log</source>
            <translation>Exporter le journal d'événements</translation>
        </message>
        <message>
            <source>Windows event log (*.evtx)</source>
            <translation>Journal d'événements Windows (*.evtx)</translation>
        </message>
        <message>
            <source>&amp;Cancel collection</source>
            <translation>A&amp;nnuler la collecte</translation>
        </message>
        <message>
            <source>Save what your IT support or Microsoft support needs to investigate. Tokens, codes, passwords and cookies are removed from everything saved here.</source>
            <translation>Enregistrez ce dont votre support informatique ou le support Microsoft a besoin pour analyser le problème. Les jetons, codes, mots de passe et cookies sont supprimés de tout ce qui est enregistré ici.</translation>
        </message>
        <message>
            <source>Cancel the Windows data collection</source>
            <translation>Annuler la collecte des données Windows</translation>
        </message>
        <message>
            <source>Collection in progress</source>
            <translation>Collecte en cours</translation>
        </message>
        <message>
            <source>HTTP trace</source>
            <translation>Trace HTTP</translation>
        </message>
        <message>
            <source>Every request this app sent during the diagnosis (Microsoft Graph and sign-in) with its reply: addresses, status codes, timings, headers and bodies, as an HTTP Archive (.har) that browser developer tools and Fiddler open. Authorization headers, tokens, codes, passwords and cookies are removed.</source>
            <translation>Chaque requête envoyée par cette application pendant le diagnostic (Microsoft Graph et connexion) avec sa réponse : adresses, codes d'état, durées, en-têtes et corps, au format HTTP Archive (.har), que les outils de développement des navigateurs et Fiddler savent ouvrir. Les en-têtes Authorization, jetons, codes, mots de passe et cookies sont supprimés.</translation>
        </message>
        <message>
            <source>Support bundle</source>
            <translation>Archive pour le support</translation>
        </message>
        <message>
            <source>One .zip file to send to support: the report as HTML, JSON and text, the support summary, the HTTP trace above and a manifest listing each file with its size and SHA-256 checksum. Secrets are removed as in the trace.</source>
            <translation>Un fichier .zip à envoyer au support : le rapport en HTML, JSON et texte, le résumé pour le support, la trace HTTP ci-dessus et un manifeste indiquant la taille et la somme de contrôle SHA-256 de chaque fichier. Les secrets sont supprimés comme dans la trace.</translation>
        </message>
        <message>
            <source>On this PC it also contains the Microsoft-Windows-AAD/Operational event log of the hours around the error and the output of dsregcmd /status; collecting them can take a minute.</source>
            <translation>Sur ce PC, elle contient aussi le journal d'événements Microsoft-Windows-AAD/Operational des heures entourant l'erreur et le résultat de dsregcmd /status ; leur collecte peut prendre une minute.</translation>
        </message>
        <message>
            <source>Windows event log and network capture</source>
            <translation>Journal d'événements Windows et capture réseau</translation>
        </message>
        <message>
            <source>The AAD event log records this PC's sign-in and device registration events; export it alone for the hours around the error. For a network capture, follow the steps below in an administrator command prompt.</source>
            <translation>Le journal d'événements AAD enregistre les événements de connexion et d'inscription d'appareil de ce PC ; exportez-le seul pour les heures entourant l'erreur. Pour une capture réseau, suivez les étapes ci-dessous dans une invite de commandes administrateur.</translation>
        </message>
        <message>
            <source>Cancelled. The bundle was not saved.</source>
            <translation>Annulé. L'archive n'a pas été enregistrée.</translation>
        </message>
        <message>
            <source>Cancelled. The event log was not exported.</source>
            <translation>Annulé. Le journal d'événements n'a pas été exporté.</translation>
        </message>
        <message>
            <source>Collecting %1 (%2 of %3)…</source>
            <translation>Collecte de %1 (%2 sur %3)…</translation>
        </message>
        <message>
            <source>Starting the collection…</source>
            <translation>Démarrage de la collecte…</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::DemoBanner</name>
        <message>
            <source>Demo tenant: scenario "%1" — no real data. Nothing is sent to Microsoft.</source>
            <translation>Locataire de démonstration : scénario « %1 » — aucune donnée réelle. Rien n'est envoyé à Microsoft.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::EvidenceTable</name>
        <message>
            <source>Evidence</source>
            <translation>Éléments probants</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>Statut HTTP</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>ID de requête</translation>
        </message>
        <message>
            <source>Fields read</source>
            <translation>Champs lus</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::FindingPanel</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Details and evidence</source>
            <translation>Détails et preuves</translation>
        </message>
        <message>
            <source>Details and evidence for %1</source>
            <translation>Détails et preuves pour %1</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>Who must act: %1</source>
            <translation>Qui doit intervenir : %1</translation>
        </message>
        <message>
            <source>Open Microsoft documentation</source>
            <translation>Ouvrir la documentation Microsoft</translation>
        </message>
        <message>
            <source>Open Microsoft documentation for %1</source>
            <translation>Ouvrir la documentation Microsoft pour %1</translation>
        </message>
        <message>
            <source>No evidence was gathered for this check.</source>
            <translation>Aucune preuve n'a été recueillie pour cette vérification.</translation>
        </message>
        <message>
            <source>Run a&amp;gain</source>
            <translation>&amp;Relancer</translation>
        </message>
        <message>
            <source>Run the check %1 again</source>
            <translation>Relancer la vérification %1</translation>
        </message>
        <message>
            <source>Run only this check again, for example after a fix.</source>
            <translation>Relancer uniquement cette vérification, par exemple après une correction.</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Exécution…</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::ParsedErrorView</name>
        <message>
            <source>What it means</source>
            <translation>Signification</translation>
        </message>
        <message>
            <source>Checks to run</source>
            <translation>Vérifications à exécuter</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>introuvable</translation>
        </message>
        <message>
            <source>Not a password change or reset (1200xx) code this tool knows: the general password reset checks will run.</source>
            <translation>Ce n'est pas un code de modification ou de réinitialisation de mot de passe (1200xx) connu de cet outil : les vérifications générales de réinitialisation du mot de passe seront exécutées.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Error &amp;code</source>
            <translation>Code d'&amp;erreur</translation>
        </message>
        <message>
            <source>AADSTS120021</source>
            <translation>AADSTS120021</translation>
        </message>
        <message>
            <source>C&amp;orrelation ID</source>
            <translation>ID de co&amp;rrélation</translation>
        </message>
        <message>
            <source>00000000-0000-0000-0000-000000000000</source>
            <translation>00000000-0000-0000-0000-000000000000</translation>
        </message>
        <message>
            <source>T&amp;race ID</source>
            <translation>ID de tr&amp;ace</translation>
        </message>
        <message>
            <source>Ti&amp;mestamp (UTC)</source>
            <translation>&amp;Horodatage (UTC)</translation>
        </message>
        <message>
            <source>2024-05-02 09:14:33</source>
            <translation>2024-05-02 09:14:33</translation>
        </message>
        <message>
            <source>Read from the pasted text; you can correct it. Example: %1</source>
            <translation>Lu dans le texte collé ; vous pouvez le corriger. Exemple : %1</translation>
        </message>
        <message>
            <source>The error code should look like AADSTS120021 (or just 120021).</source>
            <translation>Le code d'erreur doit ressembler à AADSTS120021 (ou simplement 120021).</translation>
        </message>
        <message>
            <source>The correlation ID should be a GUID like 5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28.</source>
            <translation>L'ID de corrélation doit être un GUID comme 5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28.</translation>
        </message>
        <message>
            <source>The trace ID should be a GUID like 1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10.</source>
            <translation>L'ID de trace doit être un GUID comme 1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10.</translation>
        </message>
        <message>
            <source>The timestamp should be a UTC date and time like 2024-05-02 09:14:33.</source>
            <translation>L'horodatage doit être une date et une heure UTC comme 2024-05-02 09:14:33.</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>No AADSTS code: the checks for AADSTS120021, the most common password reset failure, will run.</source>
            <translation>Aucun code AADSTS : les vérifications pour AADSTS120021, l'échec de réinitialisation de mot de passe le plus courant, seront exécutées.</translation>
        </message>
        <message>
            <source>(The text also names %1.)</source>
            <translation>(Le texte mentionne aussi %1.)</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::PersonaChoice</name>
        <message>
            <source>I'm fixing my own password problem</source>
            <translation>Je règle mon propre problème de mot de passe</translation>
        </message>
        <message>
            <source>No sign-in needed: checks this PC, asks a few questions and writes a report for your IT help desk.</source>
            <translation>Aucune connexion nécessaire : vérifie ce PC, pose quelques questions et rédige un rapport pour votre support technique.</translation>
        </message>
        <message>
            <source>I'm helping someone (IT)</source>
            <translation>J'aide quelqu'un (IT)</translation>
        </message>
        <message>
            <source>Sign in as an administrator, pick the affected user and run every tenant and user check.</source>
            <translation>Connectez-vous en tant qu'administrateur, choisissez l'utilisateur concerné et exécutez toutes les vérifications du locataire et de l'utilisateur.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::QuestionsPage</name>
        <message>
            <source>A few questions</source>
            <translation>Quelques questions</translation>
        </message>
        <message>
            <source>What the tool cannot see for itself. Every answer is optional: skip what you do not know.</source>
            <translation>Ce que l'outil ne peut pas voir par lui-même. Toutes les réponses sont facultatives : ignorez ce que vous ne savez pas.</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>What each check found, and what to do about it.</source>
            <translation>Ce que chaque vérification a trouvé, et ce qu'il faut faire.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Constats</translation>
        </message>
        <message>
            <source>Show &amp;failures only</source>
            <translation>A&amp;fficher uniquement les échecs</translation>
        </message>
        <message>
            <source>Show failures only</source>
            <translation>Afficher uniquement les échecs</translation>
        </message>
        <message>
            <source>Hide the checks that passed or were skipped; failed checks, warnings and checks that could not run stay.</source>
            <translation>Masquer les vérifications réussies ou ignorées ; les vérifications en échec, les avertissements et les vérifications qui n'ont pas pu s'exécuter restent affichés.</translation>
        </message>
        <message>
            <source>Run a&amp;gain</source>
            <translation>Relan&amp;cer</translation>
        </message>
        <message>
            <source>No failures: every check passed or was skipped.</source>
            <translation>Aucun échec : toutes les vérifications ont réussi ou ont été ignorées.</translation>
        </message>
        <message>
            <source>1 passed or skipped check hidden.</source>
            <translation>1 vérification réussie ou ignorée masquée.</translation>
        </message>
        <message>
            <source>%1 passed or skipped checks hidden.</source>
            <translation>%1 vérifications réussies ou ignorées masquées.</translation>
        </message>
        <message>
            <source>Sa&amp;ve session…</source>
            <translation>&amp;Enregistrer la session…</translation>
        </message>
        <message>
            <source>Re-r&amp;un all checks</source>
            <translation>&amp;Relancer toutes les vérifications</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Enregistrer la session</translation>
        </message>
        <message>
            <source>Save the inputs, answers and findings to a file to open later. No sign-in token is saved.</source>
            <translation>Enregistrer les saisies, les réponses et les constats dans un fichier à rouvrir plus tard. Aucun jeton de connexion n'est enregistré.</translation>
        </message>
        <message>
            <source>Re-run all checks</source>
            <translation>Relancer toutes les vérifications</translation>
        </message>
        <message>
            <source>Run every check again for the same user, error text and answers. A real tenant needs you to sign in first.</source>
            <translation>Relancer toutes les vérifications pour le même utilisateur, le même texte d'erreur et les mêmes réponses. Avec un vrai locataire, vous devez d'abord vous connecter.</translation>
        </message>
        <message>
            <source>an unknown time</source>
            <translation>date inconnue</translation>
        </message>
        <message>
            <source>Opened from %1 (checked %2). Re-run all checks to see the state now.</source>
            <translation>Ouvert depuis %1 (vérification : %2). Relancez toutes les vérifications pour voir l'état actuel.</translation>
        </message>
        <message>
            <source>Session saved to %1.</source>
            <translation>Session enregistrée dans %1.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::RootCauseSummary</name>
        <message>
            <source>Not an all-clear</source>
            <translation>Résultat non concluant</translation>
        </message>
        <message>
            <source>Most likely cause: %1</source>
            <translation>Cause la plus probable : %1</translation>
        </message>
        <message>
            <source>Supported by 1 finding</source>
            <translation>Étayée par 1 constat</translation>
        </message>
        <message>
            <source>Supported by %1 findings</source>
            <translation>Étayée par %1 constats</translation>
        </message>
        <message>
            <source>Who must act: %1</source>
            <translation>Qui doit agir : %1</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Étape suivante : %1</translation>
        </message>
        <message>
            <source>Read Microsoft's guidance</source>
            <translation>Lire les recommandations de Microsoft</translation>
        </message>
        <message>
            <source>Most likely cause</source>
            <translation>Cause la plus probable</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::RunPage</name>
        <message>
            <source>&amp;Cancel checks</source>
            <translation>&amp;Annuler les vérifications</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>&amp;Relancer</translation>
        </message>
        <message>
            <source>Running the checks</source>
            <translation>Exécution des vérifications</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Progression globale</translation>
        </message>
        <message>
            <source>%v of %m checks</source>
            <translation>%v vérifications sur %m</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>Cancel the checks</source>
            <translation>Annuler les vérifications</translation>
        </message>
        <message>
            <source>Stop the checks now. Requests in flight are cancelled.</source>
            <translation>Arrêter les vérifications maintenant. Les requêtes en cours sont annulées.</translation>
        </message>
        <message>
            <source>Run the checks again</source>
            <translation>Relancer les vérifications</translation>
        </message>
        <message>
            <source>Running the checks… %1 of %2 done.</source>
            <translation>Exécution des vérifications… %1 sur %2 terminées.</translation>
        </message>
        <message>
            <source>Cancelled after %1 of %2 checks finished. Run again, or go back to change the inputs.</source>
            <translation>Annulé après %1 vérifications terminées sur %2. Relancez, ou revenez en arrière pour modifier les données saisies.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Done. %1. Click Next for the results.</source>
            <translation>Terminé. %1. Cliquez sur Suivant pour voir les résultats.</translation>
        </message>
        <message>
            <source>The checks only read; nothing is changed. This usually takes a few seconds.</source>
            <translation>Les vérifications ne font que lire ; rien n'est modifié. Cela prend généralement quelques secondes.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::SettingsDialog</name>
        <message>
            <source>&amp;Remember the sign-in on this PC (system keychain)</source>
            <translation>&amp;Mémoriser la connexion sur ce PC (trousseau du système)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>&amp;Cloud:</source>
            <translation>&amp;Cloud :</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Locataire</translation>
        </message>
        <message>
            <source>organizations, a domain such as contoso.com, or a tenant ID</source>
            <translation>organizations, un domaine tel que contoso.com ou un ID de locataire</translation>
        </message>
        <message>
            <source>&amp;Tenant:</source>
            <translation>&amp;Locataire :</translation>
        </message>
        <message>
            <source>Application (client) ID</source>
            <translation>ID d'application (client)</translation>
        </message>
        <message>
            <source>Empty: SSPR Doctor's own (%1)</source>
            <translation>Vide : celui de SSPR Doctor (%1)</translation>
        </message>
        <message>
            <source>&amp;Application (client) ID:</source>
            <translation>ID d'&amp;application (client) :</translation>
        </message>
        <message>
            <source>Remember the sign-in on this PC</source>
            <translation>Mémoriser la connexion sur ce PC</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Lan&amp;gue :</translation>
        </message>
        <message>
            <source>Report folder</source>
            <translation>Dossier des rapports</translation>
        </message>
        <message>
            <source>Empty: your Documents folder</source>
            <translation>Vide : votre dossier Documents</translation>
        </message>
        <message>
            <source>Browse for the report folder</source>
            <translation>Choisir le dossier des rapports</translation>
        </message>
        <message>
            <source>Report &amp;folder:</source>
            <translation>&amp;Dossier des rapports :</translation>
        </message>
        <message>
            <source>Cloud, tenant, application ID and "remember" apply to the next sign-in. The language applies the next time SSPR Doctor starts.</source>
            <translation>Le cloud, le locataire, l'ID d'application et la mémorisation s'appliquent à la prochaine connexion. La langue s'applique au prochain démarrage de SSPR Doctor.</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>The tenant must be organizations, common, a domain or a tenant ID.</source>
            <translation>Le locataire doit être organizations, common, un domaine ou un ID de locataire.</translation>
        </message>
        <message>
            <source>The application ID must be a GUID such as 00000000-0000-0000-0000-000000000000, or empty for the default.</source>
            <translation>L'ID d'application doit être un GUID tel que 00000000-0000-0000-0000-000000000000, ou rester vide pour utiliser la valeur par défaut.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::SignInPage</name>
        <message>
            <source>Sign in with the bro&amp;wser</source>
            <translation>Se connecter avec le &amp;navigateur</translation>
        </message>
        <message>
            <source>Use a c&amp;ode on another device</source>
            <translation>Utiliser un c&amp;ode sur un autre appareil</translation>
        </message>
        <message>
            <source>Cancel sign-&amp;in</source>
            <translation>&amp;Annuler la connexion</translation>
        </message>
        <message>
            <source>R&amp;emember me on this PC</source>
            <translation>Se &amp;souvenir de moi sur ce PC</translation>
        </message>
        <message>
            <source>Sign in on another device</source>
            <translation>Se connecter sur un autre appareil</translation>
        </message>
        <message>
            <source>Co&amp;py code</source>
            <translation>Co&amp;pier le code</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <source>Sign in with the browser</source>
            <translation>Se connecter avec le navigateur</translation>
        </message>
        <message>
            <source>Use a code on another device</source>
            <translation>Utiliser un code sur un autre appareil</translation>
        </message>
        <message>
            <source>Cancel sign-in</source>
            <translation>Annuler la connexion</translation>
        </message>
        <message>
            <source>Remember me on this PC</source>
            <translation>Se souvenir de moi sur ce PC</translation>
        </message>
        <message>
            <source>Keeps the sign-in in this computer's keychain. Leave it off on a PC that is not yours.</source>
            <translation>Conserve la connexion dans le trousseau de cet ordinateur. Laissez cette option désactivée sur un PC qui ne vous appartient pas.</translation>
        </message>
        <message>
            <source>Device code</source>
            <translation>Code d'appareil</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Copier le code</translation>
        </message>
        <message>
            <source>Signed-in account</source>
            <translation>Compte connecté</translation>
        </message>
        <message>
            <source>The code is copied.</source>
            <translation>Le code est copié.</translation>
        </message>
        <message>
            <source>Sign in as an administrator</source>
            <translation>Connectez-vous en tant qu'administrateur</translation>
        </message>
        <message>
            <source>The checks read the tenant and the affected user with your account. Nothing is changed.</source>
            <translation>Les vérifications lisent le locataire et l'utilisateur concerné avec votre compte. Rien n'est modifié.</translation>
        </message>
        <message>
            <source>Sign in with an account that can read users and their authentication methods (for example Authentication Administrator or Global Reader).</source>
            <translation>Connectez-vous avec un compte autorisé à lire les utilisateurs et leurs méthodes d'authentification (par exemple Authentication Administrator ou Global Reader).</translation>
        </message>
        <message>
            <source>Sign in to check your own account too (optional)</source>
            <translation>Connectez-vous pour vérifier aussi votre propre compte (facultatif)</translation>
        </message>
        <message>
            <source>You can skip this: click Next to continue without signing in.</source>
            <translation>Vous pouvez ignorer cette étape : cliquez sur Suivant pour continuer sans vous connecter.</translation>
        </message>
        <message>
            <source>If you can still sign in, SSPR Doctor can also read your own account and the methods you registered for password reset. It asks for nothing else.</source>
            <translation>Si vous pouvez encore vous connecter, SSPR Doctor peut aussi lire votre propre compte et les méthodes que vous avez inscrites pour la réinitialisation du mot de passe. Il ne demande rien d'autre.</translation>
        </message>
        <message>
            <source>&amp;Sign in to check my own account too</source>
            <translation>Me connecter pour vérifier aussi &amp;mon propre compte</translation>
        </message>
        <message>
            <source>Sign in to check my own account too</source>
            <translation>Me connecter pour vérifier aussi mon propre compte</translation>
        </message>
        <message>
            <source>Waiting for you to finish signing in in the browser…</source>
            <translation>En attente de la fin de la connexion dans le navigateur…</translation>
        </message>
        <message>
            <source>Asking for a code…</source>
            <translation>Demande d'un code…</translation>
        </message>
        <message>
            <source>On a phone or another computer, open %1 and enter this code:</source>
            <translation>Sur un téléphone ou un autre ordinateur, ouvrez %1 et entrez ce code :</translation>
        </message>
        <message>
            <source>Waiting for the sign-in on the other device…</source>
            <translation>En attente de la connexion sur l'autre appareil…</translation>
        </message>
        <message>
            <source>The code has expired. Start the sign-in again.</source>
            <translation>Le code a expiré. Recommencez la connexion.</translation>
        </message>
        <message>
            <source>The code expires in %1:%2.</source>
            <translation>Le code expire dans %1:%2.</translation>
        </message>
        <message>
            <source>Sign-in cancelled.</source>
            <translation>Connexion annulée.</translation>
        </message>
        <message>
            <source>Sign-in failed: %1</source>
            <translation>La connexion a échoué : %1</translation>
        </message>
        <message>
            <source>ℹ %1</source>
            <translation>ℹ %1</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>You are signed in: the checks also read your own account.</source>
            <translation>Vous êtes connecté : les vérifications lisent aussi votre propre compte.</translation>
        </message>
        <message>
            <source>Account: %1 (%2)</source>
            <translation>Compte : %1 (%2)</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Compte : %1</translation>
        </message>
        <message>
            <source>Tenant: %1</source>
            <translation>Locataire : %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Sign-in is not available here. The checks that need Microsoft Graph will be skipped and say which permission they need.</source>
            <translation>La connexion n'est pas disponible ici. Les vérifications qui nécessitent Microsoft Graph seront ignorées et indiqueront l'autorisation requise.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::StartPage</name>
        <message>
            <source>Diagnose a password reset or change error</source>
            <translation>Diagnostiquer une erreur de réinitialisation ou de modification du mot de passe</translation>
        </message>
        <message>
            <source>SSPR Doctor finds out why self-service password reset or password change failed with AADSTS120021 or a related error. It only reads; it changes nothing.</source>
            <translation>SSPR Doctor détermine pourquoi la réinitialisation de mot de passe en libre-service ou la modification du mot de passe a échoué avec AADSTS120021 ou une erreur apparentée. Il se contente de lire ; il ne modifie rien.</translation>
        </message>
        <message>
            <source>&amp;Paste the error text you saw, if you have it (optional). The whole page is fine: the code, Correlation ID, Trace ID and Timestamp are picked out of it.</source>
            <translation>Collez le te&amp;xte de l'erreur que vous avez vue, si vous l'avez (facultatif). La page entière convient : le code, l'ID de corrélation, l'ID de trace et l'horodatage en sont extraits.</translation>
        </message>
        <message>
            <source>Error text</source>
            <translation>Texte de l'erreur</translation>
        </message>
        <message>
            <source>For example:
AADSTS120021: PartnerServiceSsprInternalServiceError
Correlation ID: …
Timestamp: …</source>
            <translation>Par exemple :
AADSTS120021: PartnerServiceSsprInternalServiceError
Correlation ID: …
Timestamp: …</translation>
        </message>
        <message>
            <source>What was read from it (you can correct it)</source>
            <translation>Ce qui en a été extrait (vous pouvez le corriger)</translation>
        </message>
        <message>
            <source>Not sure / not answered</source>
            <translation>Pas sûr / sans réponse</translation>
        </message>
        <message>
            <source>Where it happened</source>
            <translation>Lieu de l'erreur</translation>
        </message>
        <message>
            <source>&amp;Where it happened:</source>
            <translation>&amp;Lieu de l'erreur :</translation>
        </message>
        <message>
            <source>Open s&amp;ession…</source>
            <translation>&amp;Ouvrir une session enregistrée…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Ouvrir une session enregistrée</translation>
        </message>
        <message>
            <source>Open a session saved earlier, to read its results or run the checks again.</source>
            <translation>Ouvrir une session enregistrée précédemment, pour consulter ses résultats ou relancer les vérifications.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::StatusIcon</name>
        <message>
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::SupportSummaryPage</name>
        <message>
            <source>&amp;Copy summary</source>
            <translation>&amp;Copier le résumé</translation>
        </message>
        <message>
            <source>Save as &amp;HTML…</source>
            <translation>Enregistrer en &amp;HTML…</translation>
        </message>
        <message>
            <source>Save as &amp;JSON…</source>
            <translation>Enregistrer en &amp;JSON…</translation>
        </message>
        <message>
            <source>Save as &amp;text…</source>
            <translation>Enregistrer en te&amp;xte…</translation>
        </message>
        <message>
            <source>Support summary</source>
            <translation>Résumé pour le support</translation>
        </message>
        <message>
            <source>Paste this into your ticket, or attach a saved report.</source>
            <translation>Collez ceci dans votre ticket, ou joignez un rapport enregistré.</translation>
        </message>
        <message>
            <source>Error code, correlation ID, tenant, user, findings and answers for a support ticket</source>
            <translation>Code d'erreur, ID de corrélation, locataire, utilisateur, constats et réponses pour un ticket de support</translation>
        </message>
        <message>
            <source>Copy summary to the clipboard</source>
            <translation>Copier le résumé dans le Presse-papiers</translation>
        </message>
        <message>
            <source>Open a Microsoft support request</source>
            <translation>Ouvrir une demande de support Microsoft</translation>
        </message>
        <message>
            <source>Save the report as HTML</source>
            <translation>Enregistrer le rapport en HTML</translation>
        </message>
        <message>
            <source>Save the report as JSON</source>
            <translation>Enregistrer le rapport en JSON</translation>
        </message>
        <message>
            <source>Save the report as plain text</source>
            <translation>Enregistrer le rapport en texte brut</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>État de l'enregistrement</translation>
        </message>
        <message>
            <source>&lt;a href="%1"&gt;Open a Microsoft support request&lt;/a&gt; (Microsoft Entra admin center, needs an administrator)</source>
            <translation>&lt;a href="%1"&gt;Ouvrir une demande de support Microsoft&lt;/a&gt; (Centre d'administration Microsoft Entra, nécessite un administrateur)</translation>
        </message>
        <message>
            <source>The summary is on the clipboard.</source>
            <translation>Le résumé est dans le Presse-papiers.</translation>
        </message>
        <message>
            <source>HTML report (*.html)</source>
            <translation>Rapport HTML (*.html)</translation>
        </message>
        <message>
            <source>JSON report (*.json)</source>
            <translation>Rapport JSON (*.json)</translation>
        </message>
        <message>
            <source>Text report (*.txt)</source>
            <translation>Rapport texte (*.txt)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::UserPage</name>
        <message>
            <source>Who is affected?</source>
            <translation>Qui est concerné ?</translation>
        </message>
        <message>
            <source>Affected user</source>
            <translation>Utilisateur concerné</translation>
        </message>
        <message>
            <source>Filled in with the affected user of the demo scenario "%1".</source>
            <translation>Rempli avec l'utilisateur concerné du scénario de démonstration « %1 ».</translation>
        </message>
        <message>
            <source>The user's sign-in name, like alex@contoso.com, or their object ID</source>
            <translation>Le nom de connexion de l'utilisateur, comme alex@contoso.com, ou son ID d'objet</translation>
        </message>
        <message>
            <source>The person who saw the error. Type part of their name or sign-in name and pick them from the list, or enter their sign-in name (UPN) or object ID.</source>
            <translation>La personne qui a vu l'erreur. Saisissez une partie de son nom ou de son nom de connexion et choisissez-la dans la liste, ou saisissez son nom de connexion (UPN) ou son ID d'objet.</translation>
        </message>
        <message>
            <source>&amp;Affected user:</source>
            <translation>&amp;Utilisateur concerné :</translation>
        </message>
        <message>
            <source>Adele, adele@contoso.com or an object ID</source>
            <translation>Adele, adele@contoso.com ou un ID d'objet</translation>
        </message>
        <message>
            <source>Matching users</source>
            <translation>Utilisateurs correspondants</translation>
        </message>
        <message>
            <source>Press Enter to pick the selected user</source>
            <translation>Appuyez sur Entrée pour choisir l'utilisateur sélectionné</translation>
        </message>
        <message>
            <source>Searching for "%1"…</source>
            <translation>Recherche de « %1 »…</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Object ID: %1</source>
            <translation>ID d'objet : %1</translation>
        </message>
        <message>
            <source>No user matches "%1".</source>
            <translation>Aucun utilisateur ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>1 user matches "%1". Press Down, then Enter to pick.</source>
            <translation>1 utilisateur correspond à « %1 ». Appuyez sur Bas, puis sur Entrée pour le choisir.</translation>
        </message>
        <message>
            <source>%1 users match "%2". Press Down to choose, Enter to pick.</source>
            <translation>%1 utilisateurs correspondent à « %2 ». Appuyez sur Bas pour parcourir, sur Entrée pour choisir.</translation>
        </message>
        <message>
            <source>⚠ Searching for "%1" failed: %2 You can still type the full sign-in name.</source>
            <translation>⚠ La recherche de « %1 » a échoué : %2 Vous pouvez tout de même saisir le nom de connexion complet.</translation>
        </message>
        <message>
            <source>Picked %1.</source>
            <translation>%1 choisi.</translation>
        </message>
        <message>
            <source>Enter the user's name, sign-in name or object ID to continue.</source>
            <translation>Saisissez le nom, le nom de connexion ou l'ID d'objet de l'utilisateur pour continuer.</translation>
        </message>
        <message>
            <source>Pick a user from the list, or type a full sign-in name (like alex@contoso.com) or object ID (like 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f).</source>
            <translation>Choisissez un utilisateur dans la liste, ou saisissez un nom de connexion complet (comme alex@contoso.com) ou un ID d'objet (comme 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f).</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::VerdictHeader</name>
        <message>
            <source>Summary of the checks</source>
            <translation>Résumé des vérifications</translation>
        </message>
        <message>
            <source>All checks passed</source>
            <translation>Toutes les vérifications ont réussi</translation>
        </message>
        <message>
            <source>Nothing these checks can see explains the error. If it keeps happening, send the correlation ID and timestamp to Microsoft support.</source>
            <translation>Rien de ce que ces vérifications peuvent voir n'explique l'erreur. Si elle se reproduit, envoyez l'ID de corrélation et l'horodatage au support Microsoft.</translation>
        </message>
        <message>
            <source>No check failed, but some warnings deserve a look</source>
            <translation>Aucune vérification n'a échoué, mais certains avertissements méritent un examen</translation>
        </message>
        <message>
            <source>Read the warnings below: they may explain the error.</source>
            <translation>Lisez les avertissements ci-dessous : ils peuvent expliquer l'erreur.</translation>
        </message>
        <message>
            <source>A likely cause was found</source>
            <translation>Une cause probable a été trouvée</translation>
        </message>
        <message>
            <source>Start with what failed below: each finding says what to do and who can do it.</source>
            <translation>Commencez par ce qui a échoué ci-dessous : chaque constat indique quoi faire et qui peut le faire.</translation>
        </message>
        <message>
            <source>Not all checks could run: this is not an all-clear</source>
            <translation>Certaines vérifications n'ont pas pu s'exécuter : le résultat n'est pas concluant</translation>
        </message>
        <message>
            <source>Some checks were skipped or ended in an error, so a cause may have been missed. Each says what would let it run; fix that and run the checks again.</source>
            <translation>Certaines vérifications ont été ignorées ou se sont terminées par une erreur : une cause a donc pu passer inaperçue. Chacune indique ce qui lui permettrait de s'exécuter ; corrigez-le et relancez les vérifications.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1 : %2 sur %3</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Utilisateur : %1</translation>
        </message>
        <message>
            <source>Error: AADSTS%1 %2</source>
            <translation>Erreur : AADSTS%1 %2</translation>
        </message>
        <message>
            <source>Error: AADSTS%1</source>
            <translation>Erreur : AADSTS%1</translation>
        </message>
        <message>
            <source>Correlation ID: %1</source>
            <translation>ID de corrélation : %1</translation>
        </message>
        <message>
            <source>Demo tenant: %1</source>
            <translation>Locataire de démonstration : %1</translation>
        </message>
        <message>
            <source>Not applicable here: %1</source>
            <translation>Sans objet ici : %1</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::WizardWindow</name>
        <message>
            <source>SSPR Doctor</source>
            <translation>SSPR Doctor</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Quit SSPR Doctor</source>
            <translation>Quitter SSPR Doctor</translation>
        </message>
        <message>
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>no problems found</source>
            <translation>aucun problème détecté</translation>
        </message>
        <message>
            <source>1 problem found</source>
            <translation>1 problème détecté</translation>
        </message>
        <message>
            <source>%1 problems found</source>
            <translation>%1 problèmes détectés</translation>
        </message>
        <message>
            <source>opened from file</source>
            <translation>ouvert depuis un fichier</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Ouvrir une session enregistrée</translation>
        </message>
        <message>
            <source>Wait for the checks to finish before opening a session.</source>
            <translation>Attendez la fin des vérifications avant d'ouvrir une session enregistrée.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
    </context>
</TS>
