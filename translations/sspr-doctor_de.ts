<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AppOptions</name>
        <message>
            <source>Diagnoses Microsoft Entra self-service password reset and password change failures (AADSTS120021 and the AADSTS 1200xx family).</source>
            <translation>Diagnostiziert Fehler bei der Self-Service-Kennwortzurücksetzung und der Kennwortänderung in Microsoft Entra (AADSTS120021 und die Familie AADSTS 1200xx).</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>Diese Hilfe anzeigen und beenden.</translation>
        </message>
        <message>
            <source>Show the version and exit.</source>
            <translation>Die Version anzeigen und beenden.</translation>
        </message>
        <message>
            <source>Run against the built-in demo tenant. An optional SCENARIO (a built-in name or a scenario file) may follow; default: healthy.</source>
            <translation>Mit dem integrierten Demo-Mandanten ausführen. Optional kann ein SCENARIO folgen (ein integrierter Name oder eine Szenariodatei); Standard: healthy.</translation>
        </message>
        <message>
            <source>List the built-in demo scenarios and exit.</source>
            <translation>Die integrierten Demo-Szenarien auflisten und beenden.</translation>
        </message>
        <message>
            <source>Run without a window and write a report.</source>
            <translation>Ohne Fenster ausführen und einen Bericht schreiben.</translation>
        </message>
        <message>
            <source>Write the session as JSON to FILE (headless).</source>
            <translation>Die Sitzung als JSON in FILE schreiben (ohne Fenster).</translation>
        </message>
        <message>
            <source>The affected user: user principal name or object id.</source>
            <translation>Der betroffene Benutzer: Benutzerprinzipalname oder Objekt-ID.</translation>
        </message>
        <message>
            <source>The error text as the user saw it.</source>
            <translation>Der Fehlertext, wie ihn der Benutzer gesehen hat.</translation>
        </message>
        <message>
            <source>Read the error text from FILE.</source>
            <translation>Den Fehlertext aus FILE lesen.</translation>
        </message>
        <message>
            <source>Check your own account (end user) instead of another user's (IT).</source>
            <translation>Das eigene Konto prüfen (Endbenutzer) statt des Kontos eines anderen Benutzers (IT).</translation>
        </message>
        <message>
            <source>Use URL as the versioned Microsoft Graph root (default https://graph.microsoft.com/v1.0).</source>
            <translation>URL als versionierten Microsoft Graph-Stamm verwenden (Standard: https://graph.microsoft.com/v1.0).</translation>
        </message>
        <message>
            <source>Seconds to wait for each Graph request (default 30).</source>
            <translation>Wartezeit in Sekunden für jede Graph-Anfrage (Standard: 30).</translation>
        </message>
        <message>
            <source>Log what the app does to standard error (never a token or password).</source>
            <translation>Die Aktionen der App in die Standardfehlerausgabe protokollieren (nie ein Token oder Kennwort).</translation>
        </message>
        <message>
            <source>With --demo: the scenario name or file.</source>
            <translation>Mit --demo: der Name oder die Datei des Szenarios.</translation>
        </message>
        <message>
            <source>Too many arguments: %1</source>
            <translation>Zu viele Argumente: %1</translation>
        </message>
        <message>
            <source>A scenario (%1) needs --demo.</source>
            <translation>Ein Szenario (%1) erfordert --demo.</translation>
        </message>
        <message>
            <source>--graph needs an http(s) URL, not "%1".</source>
            <translation>--graph erfordert eine http(s)-URL, nicht „%1“.</translation>
        </message>
        <message>
            <source>--timeout needs a number of seconds from 1 to 600.</source>
            <translation>--timeout erfordert eine Sekundenzahl von 1 bis 600.</translation>
        </message>
        <message>
            <source>Give either --error or --error-file, not both.</source>
            <translation>Geben Sie entweder --error oder --error-file an, nicht beides.</translation>
        </message>
        <message>
            <source>--json is for --headless runs.</source>
            <translation>--json ist nur für Ausführungen mit --headless vorgesehen.</translation>
        </message>
        <message>
            <source>--self checks your own account: leave out --user.</source>
            <translation>--self prüft Ihr eigenes Konto: Lassen Sie --user weg.</translation>
        </message>
        <message>
            <source>--graph needs an https URL (http only for 127.0.0.1 or localhost), not "%1".</source>
            <translation>--graph erfordert eine https-URL (http nur für 127.0.0.1 oder localhost), nicht „%1“.</translation>
        </message>
        <message>
            <source>Cannot read the error file %1: %2</source>
            <translation>Die Fehlerdatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The Microsoft cloud: global, usgov-gcch, usgov-dod or china (default global).</source>
            <translation>Die Microsoft-Cloud: global, usgov-gcch, usgov-dod oder china (Standard: global).</translation>
        </message>
        <message>
            <source>Sign in at URL instead of the cloud's authority (any OpenID Connect server with Microsoft identity platform v2.0 endpoints).</source>
            <translation>Bei URL statt bei der Autorität der Cloud anmelden (beliebiger OpenID Connect-Server mit v2.0-Endpunkten der Microsoft Identity Platform).</translation>
        </message>
        <message>
            <source>The tenant to sign in to: organizations, common, a domain or a tenant id (default organizations).</source>
            <translation>Der Mandant für die Anmeldung: organizations, common, eine Domäne oder eine Mandanten-ID (Standard: organizations).</translation>
        </message>
        <message>
            <source>Sign in with your organisation's own app registration (application id).</source>
            <translation>Mit der eigenen App-Registrierung Ihrer Organisation anmelden (Anwendungs-ID).</translation>
        </message>
        <message>
            <source>Sign in with a code entered on another device instead of this PC's browser.</source>
            <translation>Mit einem Code anmelden, der auf einem anderen Gerät eingegeben wird, statt im Browser dieses PCs.</translation>
        </message>
        <message>
            <source>Do not keep the sign-in in the system keychain (shared PCs).</source>
            <translation>Die Anmeldung nicht im Schlüsselbund des Systems speichern (gemeinsam genutzte PCs).</translation>
        </message>
        <message>
            <source>Probe HOST[:PORT] instead of the cloud's hosts (repeatable).</source>
            <translation>HOST[:PORT] statt der Hosts der Cloud testen (mehrfach möglich).</translation>
        </message>
        <message>
            <source>Compare this PC's clock with the Date header of URL.</source>
            <translation>Die Uhr dieses PCs mit dem Date-Header von URL vergleichen.</translation>
        </message>
        <message>
            <source>Skip the local network and clock checks.</source>
            <translation>Die lokalen Netzwerk- und Uhrzeitprüfungen überspringen.</translation>
        </message>
        <message>
            <source>Answer a guided question, e.g. other-network=no (repeatable).</source>
            <translation>Eine Frage des Assistenten beantworten, z. B. other-network=no (mehrfach möglich).</translation>
        </message>
        <message>
            <source>Look back N days in the audit and sign-in logs (1 to 30, default 7).</source>
            <translation>N Tage in den Überwachungs- und Anmeldeprotokollen zurückblicken (1 bis 30, Standard: 7).</translation>
        </message>
        <message>
            <source>--cloud is one of %1, not "%2".</source>
            <translation>--cloud muss einer der Werte %1 sein, nicht „%2“.</translation>
        </message>
        <message>
            <source>--authority needs an https URL (http only for 127.0.0.1 or localhost), not "%1".</source>
            <translation>--authority erfordert eine https-URL (http nur für 127.0.0.1 oder localhost), nicht „%1“.</translation>
        </message>
        <message>
            <source>--tenant needs organizations, common, a domain or a tenant id, not "%1".</source>
            <translation>--tenant erfordert organizations, common, eine Domäne oder eine Mandanten-ID, nicht „%1“.</translation>
        </message>
        <message>
            <source>--client-id needs an application id (a GUID), not "%1".</source>
            <translation>--client-id erfordert eine Anwendungs-ID (eine GUID), nicht „%1“.</translation>
        </message>
        <message>
            <source>--probe-target needs HOST or HOST:PORT, not "%1".</source>
            <translation>--probe-target erfordert HOST oder HOST:PORT, nicht „%1“.</translation>
        </message>
        <message>
            <source>--clock-url needs an http(s) URL, not "%1".</source>
            <translation>--clock-url erfordert eine http(s)-URL, nicht „%1“.</translation>
        </message>
        <message>
            <source>--answer needs ID=VALUE, not "%1".</source>
            <translation>--answer erfordert ID=VALUE, nicht „%1“.</translation>
        </message>
        <message>
            <source>--days needs a number from 1 to 30.</source>
            <translation>--days erfordert eine Zahl von 1 bis 30.</translation>
        </message>
        <message>
            <source>--report needs FORMAT:PATH with FORMAT one of %1, not "%2".</source>
            <translation>--report erfordert FORMAT:PATH, wobei FORMAT einer der Werte %1 ist, nicht „%2“.</translation>
        </message>
        <message>
            <source>--report is for --headless runs; the wizard saves reports from its last page.</source>
            <translation>--report ist nur für Ausführungen mit --headless vorgesehen; der Assistent speichert Berichte auf seiner letzten Seite.</translation>
        </message>
        <message>
            <source>Open a saved session (*.sspr-session.json) in the wizard.</source>
            <translation>Eine gespeicherte Sitzung (*.sspr-session.json) im Assistenten öffnen.</translation>
        </message>
        <message>
            <source>Use the language CODE (en, de, fr) instead of the setting or the system's.</source>
            <translation>Die Sprache CODE (en, de, fr) statt der Einstellung bzw. der Systemsprache verwenden.</translation>
        </message>
        <message>
            <source>--open needs a session FILE and the wizard (not --headless).</source>
            <translation>--open erfordert eine Sitzungsdatei (FILE) und den Assistenten (nicht --headless).</translation>
        </message>
        <message>
            <source>--lang needs a language code such as en, de or fr, not "%1".</source>
            <translation>--lang erfordert einen Sprachcode wie en, de oder fr, nicht „%1“.</translation>
        </message>
        <message>
            <source>--csv, --resume, --group, --user-type, --only-failures and --page-size are for --bulk.</source>
            <translation>--csv, --resume, --group, --user-type, --only-failures und --page-size sind nur für --bulk vorgesehen.</translation>
        </message>
        <message>
            <source>--bulk needs --csv PATH.</source>
            <translation>--bulk erfordert --csv PATH.</translation>
        </message>
        <message>
            <source>--bulk scans every user: leave out --headless, --user, --self and --report.</source>
            <translation>--bulk prüft alle Benutzer: Lassen Sie --headless, --user, --self und --report weg.</translation>
        </message>
        <message>
            <source>--user-type is member or guest, not "%1".</source>
            <translation>--user-type ist member oder guest, nicht „%1“.</translation>
        </message>
        <message>
            <source>--group needs a group object id, not "%1".</source>
            <translation>--group erfordert die Objekt-ID einer Gruppe, nicht „%1“.</translation>
        </message>
        <message>
            <source>--page-size needs a number from 1 to 999.</source>
            <translation>--page-size erfordert eine Zahl von 1 bis 999.</translation>
        </message>
        <message>
            <source>Headless: sspr-doctor --headless --user UPN [--error-file FILE] --report FORMAT:PATH
  signs in (the remembered sign-in, else a device code shown on standard
  error), runs the wizard's checks, writes the reports and prints a summary.
Exit codes: 0 every check passed, 1 a check failed, 2 an error (a check
  could not run, sign-in failed, a file could not be read or written),
  3 a usage error in the command line.</source>
            <translation>Ohne Fenster: sspr-doctor --headless --user UPN [--error-file FILE] --report FORMAT:PATH
  meldet sich an (mit der gespeicherten Anmeldung, sonst mit einem Gerätecode in
  der Standardfehlerausgabe), führt die Prüfungen des Assistenten aus, schreibt
  die Berichte und gibt eine Zusammenfassung aus.
Exitcodes: 0 alle Prüfungen bestanden, 1 eine Prüfung fehlgeschlagen, 2 ein Fehler
  (eine Prüfung konnte nicht ausgeführt werden, die Anmeldung ist fehlgeschlagen,
  eine Datei konnte nicht gelesen oder geschrieben werden),
  3 ein Verwendungsfehler in der Befehlszeile.</translation>
        </message>
        <message>
            <source>Write a report (headless, repeatable): FORMAT is %1 (summary: the support summary; bundle: a zip of every report and the trace).</source>
            <translation>Einen Bericht schreiben (ohne Fenster, mehrfach möglich): FORMAT ist %1 (summary: die Supportzusammenfassung; bundle: eine ZIP-Datei mit allen Berichten und der Ablaufverfolgung).</translation>
        </message>
        <message>
            <source>Bulk scan: the CSV file to write (UTF-8, RFC 4180; a PATH.resume.json sidecar is kept until the scan finishes).</source>
            <translation>Massenscan: die zu schreibende CSV-Datei (UTF-8, RFC 4180; eine Begleitdatei PATH.resume.json bleibt bis zum Ende des Scans erhalten).</translation>
        </message>
        <message>
            <source>Bulk scan: continue an interrupted or failed scan from its last complete page (same --csv and filters).</source>
            <translation>Massenscan: einen unterbrochenen oder fehlgeschlagenen Scan ab der letzten vollständigen Seite fortsetzen (mit denselben --csv und Filtern).</translation>
        </message>
        <message>
            <source>Bulk scan: only the users in this group (transitive members; object id).</source>
            <translation>Massenscan: nur die Benutzer dieser Gruppe (transitive Mitglieder; Objekt-ID).</translation>
        </message>
        <message>
            <source>Bulk scan: only members or only guests.</source>
            <translation>Massenscan: nur Mitglieder oder nur Gäste.</translation>
        </message>
        <message>
            <source>Bulk scan: write only users whose verdict is not ok (all are counted).</source>
            <translation>Massenscan: nur Benutzer schreiben, deren Bewertung nicht ok ist (gezählt werden alle).</translation>
        </message>
        <message>
            <source>Bulk scan: users per Graph page, 1 to 999 (default 100).</source>
            <translation>Massenscan: Benutzer pro Graph-Seite, 1 bis 999 (Standard: 100).</translation>
        </message>
        <message>
            <source>Scan every user of the tenant (userRegistrationDetails, one page at a time) and write one CSV row per user with the SSPR verdict; needs --csv. Exit codes: 0 every user and tenant check was decided and no user would fail, 1 at least one would, 2 no user would fail but some could not be decided (an error or warning verdict, or a tenant check that could not be read), or an error or interruption (continue with --resume), 3 a usage error or a refused --resume.</source>
            <translation>Jeden Benutzer des Mandanten prüfen (userRegistrationDetails, Seite für Seite) und pro Benutzer eine CSV-Zeile mit der SSPR-Bewertung schreiben; erfordert --csv. Exitcodes: 0 jeder Benutzer und jede Mandantenprüfung wurde bewertet und kein Benutzer würde scheitern, 1 mindestens einer würde scheitern, 2 kein Benutzer würde scheitern, aber einige konnten nicht bewertet werden (eine Fehler- oder Warnungsbewertung oder eine Mandantenprüfung, die nicht gelesen werden konnte), oder ein Fehler oder eine Unterbrechung (mit --resume fortsetzen), 3 ein Aufruffehler oder ein abgelehntes --resume.</translation>
        </message>
    </context>
    <context>
        <name>AuthErrorReply</name>
        <message>
            <source>Sign-in was cancelled or consent was not given.</source>
            <translation>Die Anmeldung wurde abgebrochen, oder die Zustimmung wurde nicht erteilt.</translation>
        </message>
        <message>
            <source>The sign-in was declined on the other device.</source>
            <translation>Die Anmeldung wurde auf dem anderen Gerät abgelehnt.</translation>
        </message>
        <message>
            <source>The sign-in code expired before it was used. Start the sign-in again.</source>
            <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>The authority did not recognise the sign-in code. Start the sign-in again.</source>
            <translation>Der Anmeldedienst hat den Anmeldecode nicht erkannt. Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>The authority refused the sign-in grant.</source>
            <translation>Der Anmeldedienst hat die Gewährung der Anmeldung verweigert.</translation>
        </message>
        <message>
            <source>The account must sign in interactively to give consent.</source>
            <translation>Das Konto muss sich interaktiv anmelden, um die Zustimmung zu erteilen.</translation>
        </message>
        <message>
            <source>The authority does not accept this application (client id).</source>
            <translation>Der Anmeldedienst akzeptiert diese Anwendung (Client-ID) nicht.</translation>
        </message>
        <message>
            <source>The sign-in authority could not be reached: %1</source>
            <translation>Der Anmeldedienst war nicht erreichbar: %1</translation>
        </message>
        <message>
            <source>The sign-in authority answered HTTP %1.</source>
            <translation>Der Anmeldedienst hat mit HTTP %1 geantwortet.</translation>
        </message>
        <message>
            <source>The sign-in failed: %1</source>
            <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
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
            <translation>Bürotelefon</translation>
        </message>
        <message>
            <source>Alternate mobile phone (MFA only)</source>
            <translation>Alternatives Mobiltelefon (nur MFA)</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobiltelefon</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Microsoft Authenticator</source>
            <translation>Microsoft Authenticator</translation>
        </message>
        <message>
            <source>Software OATH token</source>
            <translation>Software-OATH-Token</translation>
        </message>
        <message>
            <source>Hardware OATH token</source>
            <translation>Hardware-OATH-Token</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kennwort</translation>
        </message>
        <message>
            <source>FIDO2 security key / passkey</source>
            <translation>FIDO2-Sicherheitsschlüssel/Passkey</translation>
        </message>
        <message>
            <source>Windows Hello for Business</source>
            <translation>Windows Hello for Business</translation>
        </message>
        <message>
            <source>Temporary Access Pass</source>
            <translation>Befristeter Zugriffspass</translation>
        </message>
        <message>
            <source>Platform credential (macOS)</source>
            <translation>Plattformanmeldeinformationen (macOS)</translation>
        </message>
        <message>
            <source>External authentication method</source>
            <translation>Externe Authentifizierungsmethode</translation>
        </message>
        <message>
            <source>Unknown method</source>
            <translation>Unbekannte Methode</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>AuthorizationCodeFlow</name>
        <message>
            <source>Cannot open a local port for the browser sign-in.</source>
            <translation>Für die Anmeldung im Browser lässt sich kein lokaler Port öffnen.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and return to SSPR Doctor.</source>
            <translation>Angemeldet. Sie können dieses Fenster schließen und zu SSPR Doctor zurückkehren.</translation>
        </message>
        <message>
            <source>The sign-in did not complete. Return to SSPR Doctor to see why and try again.</source>
            <translation>Die Anmeldung wurde nicht abgeschlossen. Kehren Sie zu SSPR Doctor zurück, um den Grund zu sehen, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The sign-in failed: %1</source>
            <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The browser returned a sign-in answer that does not belong to this sign-in (state mismatch). Nothing was redeemed; sign in again.</source>
            <translation>Der Browser hat eine Anmeldeantwort zurückgegeben, die nicht zu dieser Anmeldung gehört (state-Parameter stimmt nicht überein). Es wurde nichts eingelöst; melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>The browser returned no authorization code.</source>
            <translation>Der Browser hat keinen Autorisierungscode zurückgegeben.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>Nicht gefunden.</translation>
        </message>
    </context>
    <context>
        <name>BatchCodec</name>
        <message>
            <source>the $batch reply has no "responses" array</source>
            <translation>der $batch-Antwort fehlt das Array "responses"</translation>
        </message>
        <message>
            <source>$batch response %1 lacks an "id" string or a "status" number</source>
            <translation>der $batch-Teilantwort %1 fehlt eine Zeichenfolge "id" oder eine Zahl "status"</translation>
        </message>
    </context>
    <context>
        <name>BulkLinks</name>
        <message>
            <source>@odata.nextLink is not an absolute URL</source>
            <translation>@odata.nextLink ist keine absolute URL</translation>
        </message>
        <message>
            <source>@odata.nextLink points to %1, not to %2: refused, so that the token is never sent to another host</source>
            <translation>@odata.nextLink verweist auf %1, nicht auf %2: abgelehnt, damit das Token nie an einen anderen Host gesendet wird</translation>
        </message>
        <message>
            <source>@odata.nextLink leaves the Graph root %1</source>
            <translation>@odata.nextLink verlässt den Graph-Stamm %1</translation>
        </message>
    </context>
    <context>
        <name>BulkProgress</name>
        <message>
            <source>ETA unknown</source>
            <translation>Restzeit unbekannt</translation>
        </message>
        <message>
            <source>ETA %1:%2</source>
            <translation>Restzeit %1:%2</translation>
        </message>
        <message>
            <source>%1 of %2 users</source>
            <translation>%1 von %2 Benutzern</translation>
        </message>
        <message>
            <source>%1 users</source>
            <translation>%1 Benutzer</translation>
        </message>
        <message>
            <source>%1, %2 users/s, %3</source>
            <translation>%1, %2 Benutzer/s, %3</translation>
        </message>
    </context>
    <context>
        <name>BulkResumeState</name>
        <message>
            <source>it is not JSON (%1)</source>
            <translation>es ist kein JSON (%1)</translation>
        </message>
        <message>
            <source>it is not a version %1 resume file</source>
            <translation>es ist keine Fortsetzungsdatei der Version %1</translation>
        </message>
        <message>
            <source>"nextLink" is not an absolute URL</source>
            <translation>„nextLink“ ist keine absolute URL</translation>
        </message>
        <message>
            <source>"fingerprint" is missing</source>
            <translation>„fingerprint“ fehlt</translation>
        </message>
        <message>
            <source>Cannot write the resume file %1: %2</source>
            <translation>Die Fortsetzungsdatei %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot read the resume file %1: %2</source>
            <translation>Die Fortsetzungsdatei %1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>The resume file %1 is damaged: %2. Start the scan again without --resume.</source>
            <translation>Die Fortsetzungsdatei %1 ist beschädigt: %2. Starten Sie den Scan ohne --resume neu.</translation>
        </message>
        <message>
            <source>a counter (csvBytes, rowsWritten, usersScanned, failing, undetermined, pages) is missing or not a whole number</source>
            <translation>ein Zähler (csvBytes, rowsWritten, usersScanned, failing, undetermined, pages) fehlt oder ist keine ganze Zahl</translation>
        </message>
    </context>
    <context>
        <name>BulkRun</name>
        <message>
            <source>--bulk needs --csv PATH.</source>
            <translation>--bulk erfordert --csv PATH.</translation>
        </message>
        <message>
            <source>Nothing to resume: %1 does not exist (the scan finished, or never started with this --csv).</source>
            <translation>Nichts fortzusetzen: %1 existiert nicht (der Scan wurde abgeschlossen oder nie mit dieser --csv gestartet).</translation>
        </message>
        <message>
            <source>(bulk scan)</source>
            <translation>(Massenscan)</translation>
        </message>
        <message>
            <source>Tenant checks (%1):</source>
            <translation>Mandantenprüfungen (%1):</translation>
        </message>
        <message>
            <source>Stopped after %1 users (%2 rows in %3). Continue with:
  %4</source>
            <translation>Nach %1 Benutzern angehalten (%2 Zeilen in %3). Fortsetzen mit:
  %4</translation>
        </message>
        <message>
            <source>A resumable scan exists: add --resume, or delete %1.</source>
            <translation>Es gibt einen fortsetzbaren Massenscan: --resume angeben oder %1 löschen.</translation>
        </message>
        <message>
            <source>Interrupted: stopping after the current page; press Ctrl+C again to quit now (the scan can still be resumed).</source>
            <translation>Unterbrochen: Der Scan endet nach der aktuellen Seite; drücken Sie erneut Strg+C, um sofort zu beenden (der Scan kann weiterhin fortgesetzt werden).</translation>
        </message>
        <message>
            <source>Scanned %1 users: %2 would fail self-service password reset, %3 could not be decided. %4 rows written to %5.</source>
            <translation>%1 Benutzer geprüft: %2 würden an der Self-Service-Kennwortzurücksetzung scheitern, %3 konnten nicht bewertet werden. %4 Zeilen in %5 geschrieben.</translation>
        </message>
        <message>
            <source>Tenant checks that could not be judged (their rules were not applied to any user): %1.</source>
            <translation>Mandantenprüfungen, die nicht bewertet werden konnten (ihre Regeln wurden auf keinen Benutzer angewendet): %1.</translation>
        </message>
    </context>
    <context>
        <name>BulkVerdict</name>
        <message>
            <source>The registration record lacks isSsprRegistered, isSsprEnabled or isSsprCapable.</source>
            <translation>Dem Registrierungseintrag fehlt isSsprRegistered, isSsprEnabled oder isSsprCapable.</translation>
        </message>
        <message>
            <source>Check this user in the wizard (sspr-doctor --headless --user).</source>
            <translation>Prüfen Sie diesen Benutzer im Assistenten (sspr-doctor --headless --user).</translation>
        </message>
        <message>
            <source>Not in the SSPR scope: the policy is None, or Selected with a group the user is not in.</source>
            <translation>Nicht im SSPR-Bereich: Die Richtlinie ist „Keine“ oder „Ausgewählt“ mit einer Gruppe, in der der Benutzer nicht ist.</translation>
        </message>
        <message>
            <source>Set Password reset &gt; Properties to All, or to Selected with a group that includes the user.</source>
            <translation>Setzen Sie Kennwortzurücksetzung &gt; Eigenschaften auf „Alle“ oder auf „Ausgewählt“ mit einer Gruppe, die den Benutzer enthält.</translation>
        </message>
        <message>
            <source>Not registered for SSPR: fewer methods than the policy asks for.</source>
            <translation>Nicht für SSPR registriert: weniger Methoden, als die Richtlinie verlangt.</translation>
        </message>
        <message>
            <source>Have the user register security info at https://aka.ms/ssprsetup.</source>
            <translation>Lassen Sie den Benutzer Sicherheitsinformationen unter https://aka.ms/ssprsetup registrieren.</translation>
        </message>
        <message>
            <source>Registered and enabled but not capable: the registered methods do not satisfy what the policy allows.</source>
            <translation>Registriert und aktiviert, aber nicht berechtigt: Die registrierten Methoden erfüllen nicht, was die Richtlinie zulässt.</translation>
        </message>
        <message>
            <source>Compare the user's methods with Password reset &gt; Authentication methods and the authentication methods policy.</source>
            <translation>Vergleichen Sie die Methoden des Benutzers mit Kennwortzurücksetzung &gt; Authentifizierungsmethoden und der Richtlinie für Authentifizierungsmethoden.</translation>
        </message>
        <message>
            <source>Every method the user registered for SSPR (%1) is disabled in the authentication methods policy.</source>
            <translation>Jede Methode, die der Benutzer für SSPR registriert hat (%1), ist in der Richtlinie für Authentifizierungsmethoden deaktiviert.</translation>
        </message>
        <message>
            <source>Enable one of these methods in Authentication methods &gt; Policies, or have the user register an enabled one.</source>
            <translation>Aktivieren Sie eine dieser Methoden unter Authentifizierungsmethoden &gt; Richtlinien, oder lassen Sie den Benutzer eine aktivierte Methode registrieren.</translation>
        </message>
        <message>
            <source>No subscription in the tenant covers self-service password reset.</source>
            <translation>Kein Abonnement im Mandanten deckt die Self-Service-Kennwortzurücksetzung ab.</translation>
        </message>
        <message>
            <source>Buy or renew Microsoft Entra ID P1 (or a plan that includes it) and assign it.</source>
            <translation>Erwerben oder verlängern Sie Microsoft Entra ID P1 (oder einen Plan, der es enthält), und weisen Sie es zu.</translation>
        </message>
        <message>
            <source>Synced from on-premises, and the tenant has no Entra ID P1/P2 for password writeback.</source>
            <translation>Aus dem lokalen Verzeichnis synchronisiert, und der Mandant hat kein Entra ID P1/P2 für das Kennwortrückschreiben.</translation>
        </message>
        <message>
            <source>Buy or renew Microsoft Entra ID P1 and assign it.</source>
            <translation>Erwerben oder verlängern Sie Microsoft Entra ID P1, und weisen Sie es zu.</translation>
        </message>
        <message>
            <source>Synced from on-premises while password writeback is off: the reset cannot be written back.</source>
            <translation>Aus dem lokalen Verzeichnis synchronisiert, während das Kennwortrückschreiben aus ist: Die Zurücksetzung kann nicht zurückgeschrieben werden.</translation>
        </message>
        <message>
            <source>Enable password writeback in Entra Connect or Cloud Sync and under Password reset &gt; On-premises integration.</source>
            <translation>Aktivieren Sie das Kennwortrückschreiben in Entra Connect oder Cloud Sync und unter Kennwortzurücksetzung &gt; Lokale Integration.</translation>
        </message>
        <message>
            <source>Synced from on-premises; whether password writeback works is not confirmed.</source>
            <translation>Aus dem lokalen Verzeichnis synchronisiert; ob das Kennwortrückschreiben funktioniert, ist nicht bestätigt.</translation>
        </message>
        <message>
            <source>Check writeback, then scan again with --answer writeback=yes or --answer writeback=no.</source>
            <translation>Prüfen Sie das Rückschreiben, und scannen Sie dann erneut mit --answer writeback=yes oder --answer writeback=no.</translation>
        </message>
        <message>
            <source>Whether the user is synced from on-premises could not be read, and that decides the verdict here.</source>
            <translation>Ob der Benutzer aus dem lokalen Verzeichnis synchronisiert wird, konnte nicht gelesen werden, und davon hängt die Bewertung hier ab.</translation>
        </message>
        <message>
            <source>Consent User.Read.All and scan again, or check the user in the wizard.</source>
            <translation>Erteilen Sie die Zustimmung für User.Read.All, und scannen Sie erneut, oder prüfen Sie den Benutzer im Assistenten.</translation>
        </message>
        <message>
            <source>Registered, enabled and capable for SSPR.</source>
            <translation>Für SSPR registriert, aktiviert und berechtigt.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Nichts zu tun.</translation>
        </message>
        <message>
            <source>The registration report has no record for this group member (disabled accounts and new ones that the report has not caught up with are not in it).</source>
            <translation>Der Registrierungsbericht enthält keinen Eintrag für dieses Gruppenmitglied (deaktivierte Konten und neue, die der Bericht noch nicht erfasst hat, fehlen darin).</translation>
        </message>
        <message>
            <source>Check the account is enabled; look at the user in the wizard.</source>
            <translation>Prüfen Sie, ob das Konto aktiviert ist; sehen Sie sich den Benutzer im Assistenten an.</translation>
        </message>
    </context>
    <context>
        <name>BundleWriter</name>
        <message>
            <source>The bundle is too large for a ZIP file.</source>
            <translation>Das Paket ist für eine ZIP-Datei zu groß.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>The current password you typed is not the one on file, so the password change was refused. Type the current password again carefully; nothing else is broken.</source>
            <translation>Das eingegebene aktuelle Kennwort stimmt nicht mit dem gespeicherten überein, daher wurde die Kennwortänderung abgelehnt. Geben Sie das aktuelle Kennwort noch einmal sorgfältig ein; ansonsten ist alles in Ordnung.</translation>
        </message>
        <message>
            <source>The current password was mistyped, or Caps Lock or the keyboard layout changed it.</source>
            <translation>Das aktuelle Kennwort wurde falsch eingegeben, oder die Feststelltaste bzw. das Tastaturlayout hat es verändert.</translation>
        </message>
        <message>
            <source>The password was changed recently somewhere else (another device, an admin reset) and the old one was typed.</source>
            <translation>Das Kennwort wurde kürzlich an anderer Stelle geändert (anderes Gerät, Zurücksetzung durch einen Administrator), und es wurde das alte eingegeben.</translation>
        </message>
        <message>
            <source>For an account synchronised from on-premises Active Directory, the on-premises password differs from the one typed (event 33007 on the Entra Connect server).</source>
            <translation>Bei einem aus dem lokalen Active Directory synchronisierten Konto weicht das lokale Kennwort vom eingegebenen ab (Ereignis 33007 auf dem Entra Connect-Server).</translation>
        </message>
        <message>
            <source>The new password was refused because it is too weak for your organization's password rules. Choose a longer password, for example a few unrelated words with numbers and symbols.</source>
            <translation>Das neue Kennwort wurde abgelehnt, weil es für die Kennwortregeln Ihrer Organisation zu schwach ist. Wählen Sie ein längeres Kennwort, zum Beispiel einige zusammenhanglose Wörter mit Zahlen und Symbolen.</translation>
        </message>
        <message>
            <source>The new password is too short or too simple.</source>
            <translation>Das neue Kennwort ist zu kurz oder zu einfach.</translation>
        </message>
        <message>
            <source>The new password repeats a recent password.</source>
            <translation>Das neue Kennwort entspricht einem kürzlich verwendeten Kennwort.</translation>
        </message>
        <message>
            <source>The new password is built on a common word or an easy pattern.</source>
            <translation>Das neue Kennwort basiert auf einem gängigen Wort oder einem einfachen Muster.</translation>
        </message>
        <message>
            <source>The new password was refused because it contains your user name or part of your name. Choose a password that does not include your name or your sign-in name.</source>
            <translation>Das neue Kennwort wurde abgelehnt, weil es Ihren Benutzernamen oder einen Teil Ihres Namens enthält. Wählen Sie ein Kennwort, das weder Ihren Namen noch Ihren Anmeldenamen enthält.</translation>
        </message>
        <message>
            <source>The password includes the user name, the display name or part of the sign-in address.</source>
            <translation>Das Kennwort enthält den Benutzernamen, den Anzeigenamen oder einen Teil der Anmeldeadresse.</translation>
        </message>
        <message>
            <source>The on-premises Active Directory complexity rule forbids the account name in a password.</source>
            <translation>Die Komplexitätsregel des lokalen Active Directory verbietet den Kontonamen in einem Kennwort.</translation>
        </message>
        <message>
            <source>Your organization's on-premises Active Directory refused the new password because it breaks a local rule on length, complexity, history or age. The on-premises directory has the last word even when the cloud accepts the password.</source>
            <translation>Das lokale Active Directory Ihrer Organisation hat das neue Kennwort abgelehnt, weil es gegen eine lokale Regel zu Länge, Komplexität, Verlauf oder Kennwortalter verstößt. Das lokale Verzeichnis hat das letzte Wort, auch wenn die Cloud das Kennwort akzeptiert.</translation>
        </message>
        <message>
            <source>The password does not meet the domain password policy (length, complexity, history).</source>
            <translation>Das Kennwort entspricht nicht der Kennwortrichtlinie der Domäne (Länge, Komplexität, Verlauf).</translation>
        </message>
        <message>
            <source>The password was changed too recently: the domain's minimum password age has not passed.</source>
            <translation>Das Kennwort wurde erst vor Kurzem geändert: Das minimale Kennwortalter der Domäne ist noch nicht erreicht.</translation>
        </message>
        <message>
            <source>A fine-grained password policy or a third-party password filter on the domain controllers rejects it (event 33008 on the Entra Connect server).</source>
            <translation>Eine differenzierte Kennwortrichtlinie oder ein Kennwortfilter eines Drittanbieters auf den Domänencontrollern lehnt es ab (Ereignis 33008 auf dem Entra Connect-Server).</translation>
        </message>
        <message>
            <source>The new password was saved in your organization's on-premises directory, but the cloud copy could not be updated. The new password may already work on the company network; the cloud side usually catches up after a short wait.</source>
            <translation>Das neue Kennwort wurde im lokalen Verzeichnis Ihrer Organisation gespeichert, aber die Kopie in der Cloud konnte nicht aktualisiert werden. Das neue Kennwort funktioniert im Firmennetzwerk möglicherweise schon; die Cloud zieht in der Regel nach kurzer Zeit nach.</translation>
        </message>
        <message>
            <source>A timeout or throttling while the cloud account was being updated.</source>
            <translation>Ein Timeout oder eine Drosselung beim Aktualisieren des Cloudkontos.</translation>
        </message>
        <message>
            <source>A cloud-side policy blocked the update after the on-premises change had succeeded.</source>
            <translation>Eine cloudseitige Richtlinie hat die Aktualisierung blockiert, nachdem die lokale Änderung erfolgreich war.</translation>
        </message>
        <message>
            <source>A temporary problem in the Microsoft Entra service.</source>
            <translation>Ein vorübergehendes Problem im Microsoft Entra-Dienst.</translation>
        </message>
        <message>
            <source>The password change started but was stopped by an error that trying again will not fix (Microsoft describes it as a non-retryable error). Someone has to find the cause before the next attempt.</source>
            <translation>Die Kennwortänderung wurde gestartet, aber durch einen Fehler abgebrochen, den ein erneuter Versuch nicht behebt (Microsoft spricht von einem nicht wiederholbaren Fehler). Vor dem nächsten Versuch muss die Ursache ermittelt werden.</translation>
        </message>
        <message>
            <source>Password writeback reported a permanent failure from the on-premises side.</source>
            <translation>Das Kennwortrückschreiben hat einen dauerhaften Fehler auf der lokalen Seite gemeldet.</translation>
        </message>
        <message>
            <source>A configuration or policy problem ended the background job that writes the password.</source>
            <translation>Ein Konfigurations- oder Richtlinienproblem hat den Hintergrundauftrag beendet, der das Kennwort schreibt.</translation>
        </message>
        <message>
            <source>A problem in the Microsoft Entra service ended the job.</source>
            <translation>Ein Problem im Microsoft Entra-Dienst hat den Auftrag beendet.</translation>
        </message>
        <message>
            <source>The password service could not tell which account the change was for from the sign-in name it received. The sign-in name (user principal name) did not lead to exactly one known user.</source>
            <translation>Der Kennwortdienst konnte anhand des übermittelten Anmeldenamens nicht feststellen, für welches Konto die Änderung bestimmt war. Der Anmeldename (Benutzerprinzipalname) führte nicht zu genau einem bekannten Benutzer.</translation>
        </message>
        <message>
            <source>The user signed in with an alternate name or an e-mail address that differs from the account's user principal name.</source>
            <translation>Der Benutzer hat sich mit einem alternativen Namen oder einer E-Mail-Adresse angemeldet, die vom Benutzerprinzipalnamen des Kontos abweicht.</translation>
        </message>
        <message>
            <source>The user principal name was changed recently and the change has not reached every directory yet.</source>
            <translation>Der Benutzerprinzipalname wurde kürzlich geändert, und die Änderung ist noch nicht in allen Verzeichnissen angekommen.</translation>
        </message>
        <message>
            <source>The cloud account and the on-premises account no longer match because synchronisation has a problem.</source>
            <translation>Das Cloudkonto und das lokale Konto stimmen nicht mehr überein, weil die Synchronisierung ein Problem hat.</translation>
        </message>
        <message>
            <source>Your password is managed by your organization's on-premises Active Directory, and the cloud is not able to write it back there. Change it on the company network, or ask an admin to turn on password writeback.</source>
            <translation>Ihr Kennwort wird vom lokalen Active Directory Ihrer Organisation verwaltet, und die Cloud kann es nicht dorthin zurückschreiben. Ändern Sie es im Firmennetzwerk, oder bitten Sie einen Administrator, das Kennwortrückschreiben zu aktivieren.</translation>
        </message>
        <message>
            <source>Password writeback is not enabled in Microsoft Entra Connect or Cloud Sync.</source>
            <translation>Das Kennwortrückschreiben ist in Microsoft Entra Connect oder Cloud Sync nicht aktiviert.</translation>
        </message>
        <message>
            <source>Writeback is enabled, but its service on the Entra Connect server has stopped or cannot reach Microsoft over port 443.</source>
            <translation>Das Rückschreiben ist aktiviert, aber der zugehörige Dienst auf dem Entra Connect-Server wurde beendet oder erreicht Microsoft nicht über Port 443.</translation>
        </message>
        <message>
            <source>The tenant has no licence that includes writeback (Microsoft Entra ID P1 or P2, or Microsoft 365 Business Premium).</source>
            <translation>Der Mandant hat keine Lizenz, die das Rückschreiben umfasst (Microsoft Entra ID P1 oder P2 oder Microsoft 365 Business Premium).</translation>
        </message>
        <message>
            <source>The cloud could not reach your organization's on-premises directory to save the new password. This is usually a network or service problem on the Microsoft Entra Connect server, and trying again later may work.</source>
            <translation>Die Cloud konnte das lokale Verzeichnis Ihrer Organisation nicht erreichen, um das neue Kennwort zu speichern. Meist liegt ein Netzwerk- oder Dienstproblem auf dem Microsoft Entra Connect-Server vor; ein späterer Versuch kann erfolgreich sein.</translation>
        </message>
        <message>
            <source>The Entra Connect server cannot reach *.passwordreset.microsoftonline.com or *.servicebus.windows.net over HTTPS (firewall, proxy or idle timeout).</source>
            <translation>Der Entra Connect-Server erreicht *.passwordreset.microsoftonline.com oder *.servicebus.windows.net nicht über HTTPS (Firewall, Proxy oder Leerlauftimeout).</translation>
        </message>
        <message>
            <source>The password writeback service on the Entra Connect server stopped or needs a restart.</source>
            <translation>Der Dienst für das Kennwortrückschreiben auf dem Entra Connect-Server wurde beendet oder muss neu gestartet werden.</translation>
        </message>
        <message>
            <source>TLS 1.2 or the Azure root certificates are missing on the Entra Connect server.</source>
            <translation>TLS 1.2 oder die Azure-Stammzertifikate fehlen auf dem Entra Connect-Server.</translation>
        </message>
        <message>
            <source>Your account in the on-premises Active Directory is locked out or disabled, so the new password could not be saved there. An admin has to unlock or enable the account first.</source>
            <translation>Ihr Konto im lokalen Active Directory ist gesperrt oder deaktiviert, daher konnte das neue Kennwort dort nicht gespeichert werden. Ein Administrator muss das Konto zuerst entsperren oder aktivieren.</translation>
        </message>
        <message>
            <source>Too many wrong password attempts locked the on-premises account.</source>
            <translation>Zu viele falsche Kennworteingaben haben das lokale Konto gesperrt.</translation>
        </message>
        <message>
            <source>The account is disabled in Active Directory.</source>
            <translation>Das Konto ist im Active Directory deaktiviert.</translation>
        </message>
        <message>
            <source>The on-premises account has expired.</source>
            <translation>Das lokale Konto ist abgelaufen.</translation>
        </message>
        <message>
            <source>Active Directory needs an administrator to act before this password can be changed. Most often the account that password writeback uses is not allowed to set this user's password.</source>
            <translation>Active Directory erfordert das Eingreifen eines Administrators, bevor dieses Kennwort geändert werden kann. Meist darf das vom Kennwortrückschreiben verwendete Konto das Kennwort dieses Benutzers nicht festlegen.</translation>
        </message>
        <message>
            <source>The Entra Connect AD DS connector account lacks the Reset password permission on the user (event 33004).</source>
            <translation>Dem AD DS-Connectorkonto von Entra Connect fehlt die Berechtigung „Kennwort zurücksetzen“ für den Benutzer (Ereignis 33004).</translation>
        </message>
        <message>
            <source>The user belongs to a protected group (AdminCount=1), so inherited permissions do not reach the account.</source>
            <translation>Der Benutzer gehört zu einer geschützten Gruppe (AdminCount=1), daher wirken geerbte Berechtigungen nicht auf das Konto.</translation>
        </message>
        <message>
            <source>The policy "Network access: Restrict clients allowed to make remote calls to SAM" blocks the MSOL_ connector account.</source>
            <translation>Die Richtlinie "Network access: Restrict clients allowed to make remote calls to SAM" blockiert das MSOL_-Connectorkonto.</translation>
        </message>
        <message>
            <source>The password reset service could not find your account in the on-premises directory that password writeback talks to. The cloud account and the on-premises account may no longer be linked.</source>
            <translation>Der Dienst zur Kennwortzurücksetzung konnte Ihr Konto nicht in dem lokalen Verzeichnis finden, mit dem das Kennwortrückschreiben arbeitet. Das Cloudkonto und das lokale Konto sind möglicherweise nicht mehr verknüpft.</translation>
        </message>
        <message>
            <source>The user was deleted on-premises or moved out of the synchronised scope.</source>
            <translation>Der Benutzer wurde lokal gelöscht oder aus dem Synchronisierungsbereich verschoben.</translation>
        </message>
        <message>
            <source>The user is not synchronised by this Entra Connect server (filtering, or another forest).</source>
            <translation>Der Benutzer wird nicht von diesem Entra Connect-Server synchronisiert (Filterung oder eine andere Gesamtstruktur).</translation>
        </message>
        <message>
            <source>Synchronisation has stopped, so the link between the cloud and the on-premises account is out of date (event 33002).</source>
            <translation>Die Synchronisierung wurde angehalten, daher ist die Verknüpfung zwischen Cloudkonto und lokalem Konto veraltet (Ereignis 33002).</translation>
        </message>
        <message>
            <source>The new password is too close to a word on a banned-password list, either Microsoft's global list or your organization's own. Choose a password that is not based on a common word, the company name or a simple pattern.</source>
            <translation>Das neue Kennwort ähnelt zu sehr einem Wort auf einer Liste gesperrter Kennwörter, entweder der globalen Liste von Microsoft oder der eigenen Liste Ihrer Organisation. Wählen Sie ein Kennwort, das nicht auf einem gängigen Wort, dem Firmennamen oder einem einfachen Muster basiert.</translation>
        </message>
        <message>
            <source>The password contains a banned word or a close variant of one (for example P@ssw0rd or the company name).</source>
            <translation>Das Kennwort enthält ein gesperrtes Wort oder eine ähnliche Variante davon (zum Beispiel P@ssw0rd oder den Firmennamen).</translation>
        </message>
        <message>
            <source>Microsoft Entra Password Protection also applies the list to on-premises password changes.</source>
            <translation>Der Microsoft Entra-Kennwortschutz wendet die Liste auch auf lokale Kennwortänderungen an.</translation>
        </message>
        <message>
            <source>The password change failed for a reason the service did not spell out. The checks below narrow it down; trying again after a few minutes is safe.</source>
            <translation>Die Kennwortänderung ist aus einem Grund fehlgeschlagen, den der Dienst nicht genannt hat. Die folgenden Prüfungen grenzen ihn ein; ein erneuter Versuch nach einigen Minuten ist unbedenklich.</translation>
        </message>
        <message>
            <source>A configuration problem with self-service password reset or password writeback.</source>
            <translation>Ein Konfigurationsproblem bei der Self-Service-Kennwortzurücksetzung oder beim Kennwortrückschreiben.</translation>
        </message>
        <message>
            <source>The state of the account (disabled, locked, not synchronised) blocks the change.</source>
            <translation>Der Zustand des Kontos (deaktiviert, gesperrt, nicht synchronisiert) blockiert die Änderung.</translation>
        </message>
        <message>
            <source>The self-service password reset service behind the sign-in page hit an internal error and could not finish. It is often temporary, but it can also point to a problem with your registration, your access to password reset, or password writeback.</source>
            <translation>Der Dienst für die Self-Service-Kennwortzurücksetzung hinter der Anmeldeseite ist auf einen internen Fehler gestoßen und konnte den Vorgang nicht abschließen. Das ist oft vorübergehend, kann aber auch auf ein Problem mit Ihrer Registrierung, Ihrem Zugriff auf die Kennwortzurücksetzung oder dem Kennwortrückschreiben hinweisen.</translation>
        </message>
        <message>
            <source>A temporary incident in the Microsoft Entra password reset service.</source>
            <translation>Ein vorübergehender Vorfall im Microsoft Entra-Dienst zur Kennwortzurücksetzung.</translation>
        </message>
        <message>
            <source>The user is not registered for self-service password reset, or is outside its scope.</source>
            <translation>Der Benutzer ist nicht für die Self-Service-Kennwortzurücksetzung registriert oder liegt außerhalb ihres Geltungsbereichs.</translation>
        </message>
        <message>
            <source>The account is disabled, or password writeback fails for an account synchronised from on-premises.</source>
            <translation>Das Konto ist deaktiviert, oder das Kennwortrückschreiben schlägt für ein aus dem lokalen Verzeichnis synchronisiertes Konto fehl.</translation>
        </message>
        <message>
            <source>Password reset is turned off for the whole organization (TenantSSPRFlagDisabled; "Self service password reset enabled" is None).</source>
            <translation>Die Kennwortzurücksetzung ist für die gesamte Organisation deaktiviert (TenantSSPRFlagDisabled; "Self service password reset enabled" steht auf None).</translation>
        </message>
        <message>
            <source>Password writeback is not enabled, and this user's password is managed on-premises (WritebackNotEnabled).</source>
            <translation>Das Kennwortrückschreiben ist nicht aktiviert, und das Kennwort dieses Benutzers wird lokal verwaltet (WritebackNotEnabled).</translation>
        </message>
        <message>
            <source>No password reset policy has been set up for the user (SsprNotEnabledInUserPolicy).</source>
            <translation>Für den Benutzer wurde keine Richtlinie zur Kennwortzurücksetzung eingerichtet (SsprNotEnabledInUserPolicy).</translation>
        </message>
        <message>
            <source>The user has no licence that includes password reset (UserNotLicensed).</source>
            <translation>Der Benutzer hat keine Lizenz, die die Kennwortzurücksetzung umfasst (UserNotLicensed).</translation>
        </message>
        <message>
            <source>Password reset is limited to a group and the user is not in it (UserNotMemberOfScopedAccessGroup).</source>
            <translation>Die Kennwortzurücksetzung ist auf eine Gruppe beschränkt, und der Benutzer ist kein Mitglied (UserNotMemberOfScopedAccessGroup).</translation>
        </message>
        <message>
            <source>The user has not registered enough security information to reset (UserNotProperlyConfigured); an admin resets the password, then the user registers at aka.ms/ssprsetup.</source>
            <translation>Der Benutzer hat nicht genügend Sicherheitsinformationen für eine Zurücksetzung registriert (UserNotProperlyConfigured); ein Administrator setzt das Kennwort zurück, danach registriert sich der Benutzer unter aka.ms/ssprsetup.</translation>
        </message>
        <message>
            <source>Password writeback is misconfigured on-premises (OnPremisesAdminActionRequired), for example the MSOL_ connector account is blocked by "Restrict clients allowed to make remote calls to SAM".</source>
            <translation>Das Kennwortrückschreiben ist lokal falsch konfiguriert (OnPremisesAdminActionRequired), zum Beispiel wird das MSOL_-Connectorkonto durch "Restrict clients allowed to make remote calls to SAM" blockiert.</translation>
        </message>
        <message>
            <source>The link between Entra Connect and the password reset service is poor (OnPremisesConnectivityError); trying again may help.</source>
            <translation>Die Verbindung zwischen Entra Connect und dem Dienst zur Kennwortzurücksetzung ist schlecht (OnPremisesConnectivityError); ein erneuter Versuch kann helfen.</translation>
        </message>
        <message>
            <source>ADSync could not set the password in Active Directory: password sync not enabled on this connector (0x8023061f), a domain restriction (MMS(4924) 0x80230619) or a domain controller without the LDAP policy-hints control (MMS(3040)).</source>
            <translation>ADSync konnte das Kennwort nicht im Active Directory festlegen: Kennwortsynchronisierung auf diesem Connector nicht aktiviert (0x8023061f), eine Domäneneinschränkung (MMS(4924) 0x80230619) oder ein Domänencontroller ohne das LDAP-Steuerelement für Richtlinienhinweise (MMS(3040)).</translation>
        </message>
        <message>
            <source>The password writeback WCF endpoint did not start: read the PasswordResetService events, restart, or turn writeback off and on.</source>
            <translation>Der WCF-Endpunkt für das Kennwortrückschreiben wurde nicht gestartet: Lesen Sie die PasswordResetService-Ereignisse, starten Sie den Dienst neu, oder deaktivieren und reaktivieren Sie das Rückschreiben.</translation>
        </message>
        <message>
            <source>Start of a password reset writeback (information).</source>
            <translation>Beginn des Rückschreibens einer Kennwortzurücksetzung (Information).</translation>
        </message>
        <message>
            <source>Password reset writeback succeeded (information).</source>
            <translation>Rückschreiben der Kennwortzurücksetzung erfolgreich (Information).</translation>
        </message>
        <message>
            <source>PasswordResetFail: the reset could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
            <translation>PasswordResetFail: Die Zurücksetzung konnte nicht in Active Directory geschrieben werden (Domänenrichtlinie, Berechtigungen des Connectorkontos oder Mitglied einer geschützten Gruppe).</translation>
        </message>
        <message>
            <source>Writeback onboarding started (information).</source>
            <translation>Onboarding für das Rückschreiben gestartet (Information).</translation>
        </message>
        <message>
            <source>Writeback onboarding succeeded (information).</source>
            <translation>Onboarding für das Rückschreiben erfolgreich (Information).</translation>
        </message>
        <message>
            <source>Start of a password change writeback (information).</source>
            <translation>Beginn des Rückschreibens einer Kennwortänderung (Information).</translation>
        </message>
        <message>
            <source>Password change writeback succeeded (information).</source>
            <translation>Rückschreiben der Kennwortänderung erfolgreich (Information).</translation>
        </message>
        <message>
            <source>ChangePasswordFail: the change could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
            <translation>ChangePasswordFail: Die Änderung konnte nicht in Active Directory geschrieben werden (Domänenrichtlinie, Berechtigungen des Connectorkontos oder Mitglied einer geschützten Gruppe).</translation>
        </message>
        <message>
            <source>Start of an admin password reset writeback (information).</source>
            <translation>Beginn des Rückschreibens einer Kennwortzurücksetzung durch einen Administrator (Information).</translation>
        </message>
        <message>
            <source>Admin password reset writeback succeeded (information).</source>
            <translation>Rückschreiben der Kennwortzurücksetzung durch einen Administrator erfolgreich (Information).</translation>
        </message>
        <message>
            <source>ResetUserPasswordByAdminFail: an admin reset could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
            <translation>ResetUserPasswordByAdminFail: Eine Zurücksetzung durch einen Administrator konnte nicht in Active Directory geschrieben werden (Domänenrichtlinie, Berechtigungen des Connectorkontos oder Mitglied einer geschützten Gruppe).</translation>
        </message>
        <message>
            <source>Writeback offboarding started (information).</source>
            <translation>Offboarding für das Rückschreiben gestartet (Information).</translation>
        </message>
        <message>
            <source>Writeback offboarding succeeded (information).</source>
            <translation>Offboarding für das Rückschreiben erfolgreich (Information).</translation>
        </message>
        <message>
            <source>OffboardingEventFail: turning writeback off failed (admin permissions, or a federated Global Administrator was used).</source>
            <translation>OffboardingEventFail: Das Deaktivieren des Rückschreibens ist fehlgeschlagen (Administratorberechtigungen, oder es wurde ein Global Administrator mit Verbundkonto verwendet).</translation>
        </message>
        <message>
            <source>The password writeback service started.</source>
            <translation>Der Dienst für das Kennwortrückschreiben wurde gestartet.</translation>
        </message>
        <message>
            <source>The password writeback service stopped: resets and changes fail until it runs again.</source>
            <translation>Der Dienst für das Kennwortrückschreiben wurde beendet: Zurücksetzungen und Änderungen schlagen fehl, bis er wieder läuft.</translation>
        </message>
        <message>
            <source>An authentication token was obtained for writeback (information).</source>
            <translation>Für das Rückschreiben wurde ein Authentifizierungstoken abgerufen (Information).</translation>
        </message>
        <message>
            <source>A writeback key pair was generated (information).</source>
            <translation>Für das Rückschreiben wurde ein Schlüsselpaar generiert (Information).</translation>
        </message>
        <message>
            <source>Service Bus heartbeat from the writeback service (information).</source>
            <translation>Service Bus-Heartbeat des Rückschreibdiensts (Information).</translation>
        </message>
        <message>
            <source>ServiceBusListenerError: the writeback listener failed; "remote certificate is invalid" means the Azure root certificates are missing.</source>
            <translation>ServiceBusListenerError: Der Listener für das Rückschreiben ist fehlgeschlagen; "remote certificate is invalid" bedeutet, dass die Azure-Stammzertifikate fehlen.</translation>
        </message>
        <message>
            <source>The PasswordResetService is down: one of the two relay service hosts is not running.</source>
            <translation>Der PasswordResetService ist ausgefallen: Einer der beiden Relay-Diensthosts läuft nicht.</translation>
        </message>
        <message>
            <source>UnknownError in the writeback service: read the exception, turn writeback off and on, contact support with the tracking ID.</source>
            <translation>UnknownError im Rückschreibdienst: Lesen Sie die Ausnahme, deaktivieren und reaktivieren Sie das Rückschreiben, und wenden Sie sich mit der Tracking-ID an den Support.</translation>
        </message>
        <message>
            <source>ServiceError: the writeback service cannot reach the cloud password reset web service.</source>
            <translation>ServiceError: Der Rückschreibdienst erreicht den Cloud-Webdienst zur Kennwortzurücksetzung nicht.</translation>
        </message>
        <message>
            <source>ServiceBusError ("token provider was unable to provide a security token"): outbound HTTPS 443 is blocked.</source>
            <translation>ServiceBusError ("token provider was unable to provide a security token"): Ausgehendes HTTPS über Port 443 ist blockiert.</translation>
        </message>
        <message>
            <source>InPutValidationError (sic): the request to the writeback API was malformed; retry.</source>
            <translation>InPutValidationError (sic): Die Anfrage an die Rückschreib-API war fehlerhaft; wiederholen Sie den Vorgang.</translation>
        </message>
        <message>
            <source>DecryptionError: key mismatch; turn writeback off and on.</source>
            <translation>DecryptionError: Schlüssel stimmen nicht überein; deaktivieren und reaktivieren Sie das Rückschreiben.</translation>
        </message>
        <message>
            <source>ConfigurationError in writeback; turn writeback off and on.</source>
            <translation>ConfigurationError beim Rückschreiben; deaktivieren und reaktivieren Sie das Rückschreiben.</translation>
        </message>
        <message>
            <source>OnBoardingConfigUpdateError; turn writeback off and on.</source>
            <translation>OnBoardingConfigUpdateError; deaktivieren und reaktivieren Sie das Rückschreiben.</translation>
        </message>
        <message>
            <source>ValidationError in a writeback response; turn writeback off and on.</source>
            <translation>ValidationError in einer Rückschreibantwort; deaktivieren und reaktivieren Sie das Rückschreiben.</translation>
        </message>
        <message>
            <source>AuthTokenError ("Error getting auth token" at setup): wrong Global Administrator password, or a federated administrator; use a managed account.</source>
            <translation>AuthTokenError ("Error getting auth token" bei der Einrichtung): falsches Kennwort des Global Administrators oder ein Administrator mit Verbundkonto; verwenden Sie ein verwaltetes Konto.</translation>
        </message>
        <message>
            <source>CryptoError: key generation failed; turn writeback off and on.</source>
            <translation>CryptoError: Schlüsselgenerierung fehlgeschlagen; deaktivieren und reaktivieren Sie das Rückschreiben.</translation>
        </message>
        <message>
            <source>OnBoardingServiceError: firewall (443, and 9350-9354 for onboarding) or a token problem with a federated administrator.</source>
            <translation>OnBoardingServiceError: Firewall (443 sowie 9350-9354 für das Onboarding) oder ein Tokenproblem mit einem Administrator mit Verbundkonto.</translation>
        </message>
        <message>
            <source>OffBoardingError: firewall (443) or a token problem with a federated administrator.</source>
            <translation>OffBoardingError: Firewall (443) oder ein Tokenproblem mit einem Administrator mit Verbundkonto.</translation>
        </message>
        <message>
            <source>ServiceBusWarning: the writeback service is retrying; if frequent, check latency and bandwidth.</source>
            <translation>ServiceBusWarning: Der Rückschreibdienst wiederholt Versuche; prüfen Sie bei häufigem Auftreten Latenz und Bandbreite.</translation>
        </message>
        <message>
            <source>ReportServiceHealthError: the five-minute writeback heartbeat to the cloud failed.</source>
            <translation>ReportServiceHealthError: Der fünfminütliche Heartbeat des Rückschreibens an die Cloud ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>ADUnKnownError: an unknown Active Directory error (see the ADSync events); also caused by reserved characters in the OU name.</source>
            <translation>ADUnKnownError: ein unbekannter Active Directory-Fehler (siehe ADSync-Ereignisse); wird auch durch reservierte Zeichen im OU-Namen verursacht.</translation>
        </message>
        <message>
            <source>ADUserNotFoundError: the user is not found on-premises (deleted there, or a synchronisation fault).</source>
            <translation>ADUserNotFoundError: Der Benutzer wurde lokal nicht gefunden (dort gelöscht oder ein Synchronisierungsfehler).</translation>
        </message>
        <message>
            <source>ADMutliMatchError: two Active Directory users share the cloud anchor.</source>
            <translation>ADMutliMatchError: Zwei Active Directory-Benutzer teilen sich denselben Cloudanker.</translation>
        </message>
        <message>
            <source>ADPermissionsError: the connector account lacks Reset password on the user, or the user has AdminCount=1.</source>
            <translation>ADPermissionsError: Dem Connectorkonto fehlt die Berechtigung „Kennwort zurücksetzen“ für den Benutzer, oder der Benutzer hat AdminCount=1.</translation>
        </message>
        <message>
            <source>ADUserAccountDisabled: the user's Active Directory account is disabled; enable it.</source>
            <translation>ADUserAccountDisabled: Das Active Directory-Konto des Benutzers ist deaktiviert; aktivieren Sie es.</translation>
        </message>
        <message>
            <source>ADUserAccountLockedOut: the user's Active Directory account is locked out; unlock it.</source>
            <translation>ADUserAccountLockedOut: Das Active Directory-Konto des Benutzers ist gesperrt; entsperren Sie es.</translation>
        </message>
        <message>
            <source>ADUserIncorrectPassword: the current password given for a change is wrong.</source>
            <translation>ADUserIncorrectPassword: Das bei einer Änderung angegebene aktuelle Kennwort ist falsch.</translation>
        </message>
        <message>
            <source>ADPasswordPolicyError: the password breaks the domain's age, history, complexity or filter rules.</source>
            <translation>ADPasswordPolicyError: Das Kennwort verstößt gegen die Regeln der Domäne zu Kennwortalter, Verlauf, Komplexität oder Filtern.</translation>
        </message>
        <message>
            <source>ADConfigurationError: an Active Directory configuration problem (see the ADSync events).</source>
            <translation>ADConfigurationError: ein Konfigurationsproblem im Active Directory (siehe ADSync-Ereignisse).</translation>
        </message>
    </context>
    <context>
        <name>CheckRunner</name>
        <message>
            <source>cancelled by you</source>
            <translation>von Ihnen abgebrochen</translation>
        </message>
        <message>
            <source>the user could not be resolved</source>
            <translation>der Benutzer konnte nicht ermittelt werden</translation>
        </message>
        <message>
            <source>no affected user was given</source>
            <translation>es wurde kein betroffener Benutzer angegeben</translation>
        </message>
        <message>
            <source>the batch reply had no answer for this request</source>
            <translation>die Batch-Antwort enthielt keine Antwort auf diese Anfrage</translation>
        </message>
        <message>
            <source>the user's reply carried no object id</source>
            <translation>die Antwort zum Benutzer enthielt keine Objekt-ID</translation>
        </message>
        <message>
            <source>the local probes are turned off</source>
            <translation>die lokalen Tests sind ausgeschaltet</translation>
        </message>
        <message>
            <source>not consented: this sign-in was granted %1 but not %2, so the request was not sent</source>
            <translation>keine Zustimmung: Dieser Anmeldung wurde %1 erteilt, aber nicht %2, daher wurde die Anfrage nicht gesendet</translation>
        </message>
    </context>
    <context>
        <name>CheckSupport</name>
        <message>
            <source>Graph request-id: %1.</source>
            <translation>request-id von Graph: %1.</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 oder %2</translation>
        </message>
        <message>
            <source>No reply was recorded for this check's Graph request.</source>
            <translation>Für die Graph-Anfrage dieser Prüfung wurde keine Antwort aufgezeichnet.</translation>
        </message>
        <message>
            <source>The request %1 was not answered, so there is no evidence to judge. A check never passes without evidence.</source>
            <translation>Die Anfrage %1 wurde nicht beantwortet, daher gibt es keine Nachweise zur Beurteilung. Ohne Nachweise gilt eine Prüfung nie als bestanden.</translation>
        </message>
        <message>
            <source>reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>keine aufgezeichnet</translation>
        </message>
        <message>
            <source>Run the checks again.</source>
            <translation>Führen Sie die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Skipped: sign in to run this check.</source>
            <translation>Übersprungen: Melden Sie sich an, um diese Prüfung auszuführen.</translation>
        </message>
        <message>
            <source>This check reads Microsoft Graph (%1), which needs a signed-in account with the delegated permission %2.</source>
            <translation>Diese Prüfung liest Microsoft Graph (%1) und benötigt dafür ein angemeldetes Konto mit der delegierten Berechtigung %2.</translation>
        </message>
        <message>
            <source>The account also needs one of these roles: %1.</source>
            <translation>Das Konto benötigt außerdem eine dieser Rollen: %1.</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>no: not signed in</source>
            <translation>nein: nicht angemeldet</translation>
        </message>
        <message>
            <source>Sign in and run the checks again.</source>
            <translation>Melden Sie sich an, und führen Sie die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Skipped: Microsoft Graph rejected the sign-in (HTTP 401); %1 is needed.</source>
            <translation>Übersprungen: Microsoft Graph hat die Anmeldung abgelehnt (HTTP 401); %1 ist erforderlich.</translation>
        </message>
        <message>
            <source>Skipped: not allowed to read this; needs %1 and an admin role.</source>
            <translation>Übersprungen: Keine Leseberechtigung; erforderlich sind %1 und eine Administratorrolle.</translation>
        </message>
        <message>
            <source>Skipped: not allowed to read this; needs %1.</source>
            <translation>Übersprungen: Keine Leseberechtigung; erforderlich ist %1.</translation>
        </message>
        <message>
            <source>Microsoft Graph refused %1 with HTTP %2%3.</source>
            <translation>Microsoft Graph hat %1 mit HTTP %2%3 abgelehnt.</translation>
        </message>
        <message>
            <source>Graph said: "%1"</source>
            <translation>Graph meldete: „%1“</translation>
        </message>
        <message>
            <source>The request needs the delegated permission %1, consented for this app.</source>
            <translation>Die Anfrage benötigt die delegierte Berechtigung %1 mit erteilter Zustimmung für diese App.</translation>
        </message>
        <message>
            <source>Graph did not accept the sign-in's token (expired, revoked or issued for another tenant).</source>
            <translation>Graph hat das Token der Anmeldung nicht akzeptiert (abgelaufen, widerrufen oder für einen anderen Mandanten ausgestellt).</translation>
        </message>
        <message>
            <source>Sign in again, and make sure %1 is consented for SSPR Doctor.</source>
            <translation>Melden Sie sich erneut an, und stellen Sie sicher, dass für SSPR Doctor die Zustimmung zu %1 erteilt wurde.</translation>
        </message>
        <message>
            <source>The signed-in account also needs one of these directory roles: %1.</source>
            <translation>Das angemeldete Konto benötigt außerdem eine dieser Verzeichnisrollen: %1.</translation>
        </message>
        <message>
            <source>The tenant needs %1.</source>
            <translation>Der Mandant benötigt %1.</translation>
        </message>
        <message>
            <source>%1 is among the consented permissions, so the role or licence is the likely gap.</source>
            <translation>%1 gehört zu den erteilten Berechtigungen, daher fehlt wahrscheinlich die Rolle oder die Lizenz.</translation>
        </message>
        <message>
            <source>%1 is not among the permissions consented for this sign-in.</source>
            <translation>%1 gehört nicht zu den Berechtigungen, denen für diese Anmeldung zugestimmt wurde.</translation>
        </message>
        <message>
            <source>Ask an administrator to consent %1 for SSPR Doctor</source>
            <translation>Bitten Sie einen Administrator, für SSPR Doctor die Zustimmung zu %1 zu erteilen</translation>
        </message>
        <message>
            <source>and sign in with an account that holds %1</source>
            <translation>und melden Sie sich mit einem Konto an, das die Rolle %1 innehat</translation>
        </message>
        <message>
            <source>The tenant must have %1.</source>
            <translation>Der Mandant muss über %1 verfügen.</translation>
        </message>
        <message>
            <source>Then run the checks again.</source>
            <translation>Führen Sie dann die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Skipped: the user could not be resolved.</source>
            <translation>Übersprungen: Der Benutzer konnte nicht ermittelt werden.</translation>
        </message>
        <message>
            <source>Skipped: the user could not be resolved; the lookup needs %1.</source>
            <translation>Übersprungen: Der Benutzer konnte nicht ermittelt werden; die Suche erfordert %1.</translation>
        </message>
        <message>
            <source>%1 was not sent: %2</source>
            <translation>%1 wurde nicht gesendet: %2</translation>
        </message>
        <message>
            <source>This check itself needs %1</source>
            <translation>Diese Prüfung selbst benötigt %1</translation>
        </message>
        <message>
            <source>and one of these roles: %1</source>
            <translation>und eine dieser Rollen: %1</translation>
        </message>
        <message>
            <source>Fix what Account state reports, then run the checks again.</source>
            <translation>Beheben Sie die unter „Kontostatus“ gemeldeten Probleme, und führen Sie dann die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Ask an administrator to consent %1 (and %2) for SSPR Doctor, then run the checks again.</source>
            <translation>Bitten Sie einen Administrator, für SSPR Doctor die Zustimmung zu %1 (und %2) zu erteilen, und führen Sie dann die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Wait a few minutes and run the checks again. If it keeps failing, check Microsoft's service health.</source>
            <translation>Warten Sie einige Minuten, und führen Sie die Prüfungen erneut aus. Wenn der Fehler weiterhin auftritt, prüfen Sie die Dienstintegrität von Microsoft.</translation>
        </message>
        <message>
            <source>Could not reach Microsoft Graph (network error).</source>
            <translation>Microsoft Graph war nicht erreichbar (Netzwerkfehler).</translation>
        </message>
        <message>
            <source>Check the network connection and any proxy, then run the checks again.</source>
            <translation>Prüfen Sie die Netzwerkverbindung und einen eventuellen Proxy, und führen Sie dann die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Microsoft Graph did not answer in time.</source>
            <translation>Microsoft Graph hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>Microsoft Graph kept throttling the request (HTTP 429).</source>
            <translation>Microsoft Graph hat die Anfrage wiederholt gedrosselt (HTTP 429).</translation>
        </message>
        <message>
            <source>Microsoft Graph was unavailable (HTTP %1) after retries.</source>
            <translation>Microsoft Graph war auch nach Wiederholungsversuchen nicht verfügbar (HTTP %1).</translation>
        </message>
        <message>
            <source>Microsoft Graph was unavailable after retries.</source>
            <translation>Microsoft Graph war auch nach Wiederholungsversuchen nicht verfügbar.</translation>
        </message>
        <message>
            <source>Microsoft Graph failed with HTTP %1 after retries.</source>
            <translation>Microsoft Graph ist auch nach Wiederholungsversuchen mit HTTP %1 fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Microsoft Graph failed after retries.</source>
            <translation>Microsoft Graph ist auch nach Wiederholungsversuchen fehlgeschlagen.</translation>
        </message>
        <message>
            <source>Microsoft Graph sent a reply that could not be read.</source>
            <translation>Microsoft Graph hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
        </message>
        <message>
            <source>Cancelled by you.</source>
            <translation>Von Ihnen abgebrochen.</translation>
        </message>
        <message>
            <source>Run the checks again to get a result.</source>
            <translation>Führen Sie die Prüfungen erneut aus, um ein Ergebnis zu erhalten.</translation>
        </message>
        <message>
            <source>Microsoft Graph did not find the object (HTTP 404).</source>
            <translation>Microsoft Graph hat das Objekt nicht gefunden (HTTP 404).</translation>
        </message>
        <message>
            <source>Check the user name and run the checks again.</source>
            <translation>Prüfen Sie den Benutzernamen, und führen Sie die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Microsoft Graph rejected the request (HTTP %1).</source>
            <translation>Microsoft Graph hat die Anfrage abgelehnt (HTTP %1).</translation>
        </message>
        <message>
            <source>The request could not be made: %1.</source>
            <translation>Die Anfrage konnte nicht gestellt werden: %1.</translation>
        </message>
        <message>
            <source>The request %1 was cancelled before it finished, so this check has no evidence.</source>
            <translation>Die Anfrage %1 wurde vor ihrem Abschluss abgebrochen, daher hat diese Prüfung keine Nachweise.</translation>
        </message>
        <message>
            <source>The request %1 failed, so this check has no evidence and did not decide anything.</source>
            <translation>Die Anfrage %1 ist fehlgeschlagen, daher hat diese Prüfung keine Nachweise und nichts entschieden.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>Microsoft Graph's reply lacks %1, so nothing could be decided.</source>
            <translation>In der Antwort von Microsoft Graph fehlt %1, daher konnte nichts entschieden werden.</translation>
        </message>
        <message>
            <source>The reply to %1 came back without a usable "%2" value. A check never passes on missing evidence; run it again, and if the field stays missing report the request-id to Microsoft.</source>
            <translation>Die Antwort auf %1 enthielt keinen verwendbaren Wert für „%2“. Bei fehlenden Nachweisen gilt eine Prüfung nie als bestanden. Führen Sie sie erneut aus, und melden Sie Microsoft die request-id, falls das Feld weiterhin fehlt.</translation>
        </message>
        <message>
            <source>Skipped: the sign-in was not granted %1.</source>
            <translation>Übersprungen: Der Anmeldung wurde %1 nicht gewährt.</translation>
        </message>
        <message>
            <source>Skipped: sign-in gave no access token for %1.</source>
            <translation>Übersprungen: Die Anmeldung lieferte kein Zugriffstoken für %1.</translation>
        </message>
    </context>
    <context>
        <name>ClockCheck</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>PC clock</source>
            <translation>PC-Uhr</translation>
        </message>
        <message>
            <source>the PC's clock</source>
            <translation>die Uhr des PCs</translation>
        </message>
        <message>
            <source>no clock probe</source>
            <translation>keine Uhrzeitmessung</translation>
        </message>
        <message>
            <source>The clock could not be compared: %1</source>
            <translation>Die Uhrzeit konnte nicht verglichen werden: %1</translation>
        </message>
        <message>
            <source>No Date header could be read from %1, so the skew between this PC and Microsoft is unknown. The network check says whether the host is reachable.</source>
            <translation>Aus der Antwort von %1 ließ sich kein Date-Header lesen, daher ist die Zeitabweichung zwischen diesem PC und Microsoft unbekannt. Ob der Host erreichbar ist, zeigt die Netzwerkprüfung.</translation>
        </message>
        <message>
            <source>the clock host</source>
            <translation>dem Host für den Zeitabgleich</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Compare the PC's clock with an accurate time source by hand, or run the checks again on a working network.</source>
            <translation>Vergleichen Sie die Uhr des PCs von Hand mit einer genauen Zeitquelle, oder führen Sie die Prüfungen in einem funktionierenden Netzwerk erneut aus.</translation>
        </message>
        <message>
            <source>server time (UTC)</source>
            <translation>Serverzeit (UTC)</translation>
        </message>
        <message>
            <source>PC time (UTC)</source>
            <translation>PC-Zeit (UTC)</translation>
        </message>
        <message>
            <source>skew (seconds)</source>
            <translation>Abweichung (Sekunden)</translation>
        </message>
        <message>
            <source>ahead of</source>
            <translation>vor</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>nach</translation>
        </message>
        <message>
            <source>This PC's clock is %1 %2 Microsoft's.</source>
            <translation>Die Uhr dieses PCs geht gegenüber Microsoft %1 %2.</translation>
        </message>
        <message>
            <source>The Date header from %1 says %2 UTC while this PC said %3 UTC. Verification codes and sign-in tokens are only valid for a short time, so a clock this far off can make codes look expired and sign-in fail.</source>
            <translation>Laut Date-Header von %1 ist es %2 UTC, dieser PC meldete %3 UTC. Prüfcodes und Anmeldetoken sind nur kurz gültig, daher kann eine so stark abweichende Uhr Codes abgelaufen erscheinen und die Anmeldung fehlschlagen lassen.</translation>
        </message>
        <message>
            <source>Set the PC's clock and time zone automatically (Windows: Settings &gt; Time &amp; language &gt; Date &amp; time &gt; Sync now), then try the reset again.</source>
            <translation>Lassen Sie Uhrzeit und Zeitzone des PCs automatisch einstellen (Windows: Einstellungen &gt; Zeit und Sprache &gt; Datum und Uhrzeit &gt; Jetzt synchronisieren), und versuchen Sie die Zurücksetzung dann erneut.</translation>
        </message>
        <message>
            <source>This PC's clock agrees with Microsoft's (within %1).</source>
            <translation>Die Uhr dieses PCs stimmt mit der von Microsoft überein (Abweichung unter %1).</translation>
        </message>
        <message>
            <source>The Date header from %1 and this PC's clock differ by %2 second(s), well within what sign-in and verification codes tolerate.</source>
            <translation>Der Date-Header von %1 und die Uhr dieses PCs weichen um %2 Sekunde(n) voneinander ab, weit innerhalb dessen, was Anmeldung und Prüfcodes tolerieren.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Hier ist nichts zu tun: Sehen Sie sich die anderen Prüfungen an.</translation>
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
            <translation>US Government (GCC High)</translation>
        </message>
        <message>
            <source>US Government (DoD)</source>
            <translation>US Government (DoD)</translation>
        </message>
        <message>
            <source>China (operated by 21Vianet)</source>
            <translation>China (betrieben von 21Vianet)</translation>
        </message>
    </context>
    <context>
        <name>DeviceCodeFlow</name>
        <message>
            <source>The authority's device code reply is incomplete.</source>
            <translation>Die Gerätecode-Antwort des Anmeldediensts ist unvollständig.</translation>
        </message>
    </context>
    <context>
        <name>ErrorCatalog</name>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>muss eine Zeichenfolge sein</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must be an array of strings</source>
            <translation>muss ein Array von Zeichenfolgen sein</translation>
        </message>
        <message>
            <source>must hold only non-empty strings</source>
            <translation>darf nur nicht leere Zeichenfolgen enthalten</translation>
        </message>
        <message>
            <source>names an unknown check "%1"</source>
            <translation>nennt eine unbekannte Prüfung "%1"</translation>
        </message>
        <message>
            <source>lists a check twice</source>
            <translation>führt eine Prüfung doppelt auf</translation>
        </message>
        <message>
            <source>must be an integer</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>%1: "%2" %3</source>
            <translation>%1: "%2" %3</translation>
        </message>
        <message>
            <source>must be an AADSTS number of five or six digits</source>
            <translation>muss eine AADSTS-Nummer mit fünf oder sechs Ziffern sein</translation>
        </message>
        <message>
            <source>must be an https URL ending in ?code=%1</source>
            <translation>muss eine https-URL sein, die auf ?code=%1 endet</translation>
        </message>
        <message>
            <source>must look like SSPR_0029 or event:31003</source>
            <translation>muss wie SSPR_0029 oder event:31003 aussehen</translation>
        </message>
        <message>
            <source>"%1" must be an array</source>
            <translation>"%1" muss ein Array sein</translation>
        </message>
        <message>
            <source>%1[%2] must be an object</source>
            <translation>%1[%2] muss ein Objekt sein</translation>
        </message>
        <message>
            <source>"%1" must not be empty</source>
            <translation>"%1" darf nicht leer sein</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>kann nicht gelesen werden (%1)</translation>
        </message>
        <message>
            <source>is not valid JSON at offset %1: %2</source>
            <translation>ist an Offset %1 kein gültiges JSON: %2</translation>
        </message>
        <message>
            <source>must hold a JSON object</source>
            <translation>muss ein JSON-Objekt enthalten</translation>
        </message>
        <message>
            <source>"schemaVersion" must be %1</source>
            <translation>"schemaVersion" muss %1 sein</translation>
        </message>
        <message>
            <source>codes[%1] (%2)</source>
            <translation>codes[%1] (%2)</translation>
        </message>
        <message>
            <source>%1: duplicate code %2</source>
            <translation>%1: doppelter Code %2</translation>
        </message>
        <message>
            <source>hints[%1] (%2)</source>
            <translation>hints[%1] (%2)</translation>
        </message>
        <message>
            <source>%1: duplicate key %2</source>
            <translation>%1: doppelter Schlüssel %2</translation>
        </message>
        <message>
            <source>catalog</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <source>AADSTS%1 %2</source>
            <translation>AADSTS%1 %2</translation>
        </message>
        <message>
            <source>AADSTS%1 is not in the catalog: general SSPR checks</source>
            <translation>AADSTS%1 ist nicht im Katalog: allgemeine SSPR-Prüfungen</translation>
        </message>
        <message>
            <source>No error code given: general SSPR checks</source>
            <translation>Kein Fehlercode angegeben: allgemeine SSPR-Prüfungen</translation>
        </message>
        <message>
            <source>names an unknown question "%1"</source>
            <translation>nennt eine unbekannte Frage "%1"</translation>
        </message>
        <message>
            <source>causeGroups[%1]</source>
            <translation>causeGroups[%1]</translation>
        </message>
        <message>
            <source>%1: %2 is already in another group</source>
            <translation>%1: %2 ist bereits in einer anderen Gruppe</translation>
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
            <translation>Der eingefügte Text ist länger als 1 MB; nur das erste MB wurde gelesen.</translation>
        </message>
        <message>
            <source>The timestamp named no time zone; it was read as UTC.</source>
            <translation>Der Zeitstempel enthielt keine Zeitzone; er wurde als UTC interpretiert.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLine</name>
        <message>
            <source>1 item</source>
            <translation>1 Element</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>%1 Elemente</translation>
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
            <translation>"%1" muss eine ganze Zahl von mindestens %2 sein</translation>
        </message>
        <message>
            <source>unknown key "%1"</source>
            <translation>unbekannter Schlüssel "%1"</translation>
        </message>
        <message>
            <source>"kind" must be one of %1</source>
            <translation>"kind" muss einer der Werte %1 sein</translation>
        </message>
        <message>
            <source>"match" must be a regular expression string</source>
            <translation>"match" muss eine Zeichenfolge mit einem regulären Ausdruck sein</translation>
        </message>
        <message>
            <source>"match" is not a valid regular expression: %1</source>
            <translation>"match" ist kein gültiger regulärer Ausdruck: %1</translation>
        </message>
        <message>
            <source>"status" %1 is not an HTTP status code the server can send</source>
            <translation>"status" %1 ist kein HTTP-Statuscode, den der Server senden kann</translation>
        </message>
        <message>
            <source>"topLevelOnly" must be true or false</source>
            <translation>"topLevelOnly" muss true oder false sein</translation>
        </message>
        <message>
            <source>"megabytes" must be at most %1</source>
            <translation>"megabytes" darf höchstens %1 sein</translation>
        </message>
        <message>
            <source>"body" is only for "wrongShape" faults</source>
            <translation>"body" ist nur für Fehler vom Typ "wrongShape" vorgesehen</translation>
        </message>
        <message>
            <source>"body" must be a JSON object or array</source>
            <translation>"body" muss ein JSON-Objekt oder -Array sein</translation>
        </message>
        <message>
            <source>"chunked" must be true or false, and only for "hugeBody" faults</source>
            <translation>"chunked" muss true oder false sein und ist nur für Fehler vom Typ "hugeBody" vorgesehen</translation>
        </message>
    </context>
    <context>
        <name>GeneratedUsers</name>
        <message>
            <source>"generatedUsers": %1</source>
            <translation>"generatedUsers": %1</translation>
        </message>
        <message>
            <source>unknown key "%1"</source>
            <translation>unbekannter Schlüssel "%1"</translation>
        </message>
        <message>
            <source>"count" must be a whole number from 0 to %1</source>
            <translation>"count" muss eine ganze Zahl von 0 bis %1 sein</translation>
        </message>
        <message>
            <source>"%1" must be a whole number, 0 for none</source>
            <translation>"%1" muss eine ganze Zahl sein, 0 für keine</translation>
        </message>
        <message>
            <source>"domain" must be a DNS name such as contoso.example</source>
            <translation>"domain" muss ein DNS-Name wie contoso.example sein</translation>
        </message>
        <message>
            <source>"groups" must be an array</source>
            <translation>"groups" muss ein Array sein</translation>
        </message>
        <message>
            <source>every entry of "groups" needs a string "id" and a whole number "every" of at least 1</source>
            <translation>jeder Eintrag von "groups" erfordert eine Zeichenfolge "id" und eine ganze Zahl "every" von mindestens 1</translation>
        </message>
    </context>
    <context>
        <name>GraphError</name>
        <message>
            <source>Network failure</source>
            <translation>Netzwerkfehler</translation>
        </message>
        <message>
            <source>Timed out</source>
            <translation>Zeitüberschreitung</translation>
        </message>
        <message>
            <source>Not signed in or token rejected</source>
            <translation>Nicht angemeldet oder Token abgelehnt</translation>
        </message>
        <message>
            <source>Access denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <source>Throttled by Microsoft Graph</source>
            <translation>Von Microsoft Graph gedrosselt</translation>
        </message>
        <message>
            <source>Microsoft Graph server error</source>
            <translation>Serverfehler bei Microsoft Graph</translation>
        </message>
        <message>
            <source>Request rejected</source>
            <translation>Anfrage abgelehnt</translation>
        </message>
        <message>
            <source>Malformed reply</source>
            <translation>Ungültige Antwort</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Unknown error</source>
            <translation>Unbekannter Fehler</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>needs %1</source>
            <translation>erfordert %1</translation>
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
            <translation>Datum %1</translation>
        </message>
    </context>
    <context>
        <name>GraphErrorMapping</name>
        <message>
            <source>empty reply body (HTTP %1)</source>
            <translation>leerer Antworttext (HTTP %1)</translation>
        </message>
        <message>
            <source>HTML page instead of JSON (%1)</source>
            <translation>HTML-Seite statt JSON (%1)</translation>
        </message>
        <message>
            <source>reply is not JSON (%1 at offset %2)</source>
            <translation>Antwort ist kein JSON (%1 an Offset %2)</translation>
        </message>
        <message>
            <source>reply JSON is not an object</source>
            <translation>Antwort-JSON ist kein Objekt</translation>
        </message>
        <message>
            <source>reply body is not JSON (%1)</source>
            <translation>Antworttext ist kein JSON (%1)</translation>
        </message>
        <message>
            <source>a request this one depends on failed (HTTP 424)</source>
            <translation>eine Anfrage, von der diese abhängt, ist fehlgeschlagen (HTTP 424)</translation>
        </message>
        <message>
            <source>HTTP %1 without an error message</source>
            <translation>HTTP %1 ohne Fehlermeldung</translation>
        </message>
        <message>
            <source>HTTP %1 with an empty body</source>
            <translation>HTTP %1 mit leerem Antworttext</translation>
        </message>
        <message>
            <source>HTTP %1; %2</source>
            <translation>HTTP %1; %2</translation>
        </message>
        <message>
            <source>network error %1</source>
            <translation>Netzwerkfehler %1</translation>
        </message>
        <message>
            <source>no complete reply within %1 ms</source>
            <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>no access token</source>
            <translation>kein Zugriffstoken</translation>
        </message>
    </context>
    <context>
        <name>GraphEvidence</name>
        <message>
            <source>(missing)</source>
            <translation>(fehlt)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
    </context>
    <context>
        <name>GuidedQuestions</name>
        <message>
            <source>Yes, it fails there too</source>
            <translation>Ja, dort schlägt es ebenfalls fehl</translation>
        </message>
        <message>
            <source>No, it works there</source>
            <translation>Nein, dort funktioniert es</translation>
        </message>
        <message>
            <source>Not tried yet</source>
            <translation>Noch nicht ausprobiert</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>Weiß ich nicht</translation>
        </message>
        <message>
            <source>Where did the error appear?</source>
            <translation>Wo ist der Fehler aufgetreten?</translation>
        </message>
        <message>
            <source>The place tells which parts are involved: the Windows sign-in screen and Ctrl+Alt+Del depend on the PC's network and clock before anyone signs in, the web pages on the browser.</source>
            <translation>Der Ort zeigt, welche Komponenten beteiligt sind: Der Windows-Anmeldebildschirm und Strg+Alt+Entf hängen vom Netzwerk und der Uhr des PCs ab, bevor sich jemand anmeldet, die Webseiten vom Browser.</translation>
        </message>
        <message>
            <source>The password reset page (aka.ms/sspr)</source>
            <translation>Die Seite zur Kennwortzurücksetzung (aka.ms/sspr)</translation>
        </message>
        <message>
            <source>Changing the password with Ctrl+Alt+Del</source>
            <translation>Kennwortänderung mit Strg+Alt+Entf</translation>
        </message>
        <message>
            <source>The "Reset password" link on the Windows sign-in screen</source>
            <translation>Der Link „Kennwort zurücksetzen“ auf dem Windows-Anmeldebildschirm</translation>
        </message>
        <message>
            <source>My Account (myaccount.microsoft.com)</source>
            <translation>Mein Konto (myaccount.microsoft.com)</translation>
        </message>
        <message>
            <source>An application</source>
            <translation>Eine Anwendung</translation>
        </message>
        <message>
            <source>Does it also fail in a private (incognito) window of an up-to-date browser, after clearing the cache and cookies?</source>
            <translation>Tritt der Fehler auch in einem privaten Fenster (Inkognito) eines aktuellen Browsers auf, nachdem Cache und Cookies gelöscht wurden?</translation>
        </message>
        <message>
            <source>If it works in a private window, the browser's stored data or an extension is the cause, not the account.</source>
            <translation>Wenn es in einem privaten Fenster funktioniert, sind die gespeicherten Daten des Browsers oder eine Erweiterung die Ursache, nicht das Konto.</translation>
        </message>
        <message>
            <source>Does it also fail on another network, for example a phone hotspot instead of the office network or VPN?</source>
            <translation>Tritt der Fehler auch in einem anderen Netzwerk auf, zum Beispiel über einen Handy-Hotspot statt über das Büronetzwerk oder VPN?</translation>
        </message>
        <message>
            <source>If it works on another network, a proxy, firewall, VPN or TLS inspection on the usual network is the cause.</source>
            <translation>Wenn es in einem anderen Netzwerk funktioniert, sind ein Proxy, eine Firewall, das VPN oder eine TLS-Inspektion im üblichen Netzwerk die Ursache.</translation>
        </message>
        <message>
            <source>Did the user complete the security info registration (aka.ms/ssprsetup), and can they receive a verification code now?</source>
            <translation>Hat der Benutzer die Registrierung der Sicherheitsinformationen abgeschlossen (aka.ms/ssprsetup), und kann er jetzt einen Überprüfungscode empfangen?</translation>
        </message>
        <message>
            <source>Password reset needs registered methods that still work: a phone that receives texts or calls, a mailbox, or the Authenticator app.</source>
            <translation>Die Kennwortzurücksetzung erfordert registrierte Methoden, die noch funktionieren: ein Telefon, das SMS oder Anrufe empfängt, ein Postfach oder die Authenticator-App.</translation>
        </message>
        <message>
            <source>Yes, registered and codes arrive</source>
            <translation>Ja, registriert, und Codes kommen an</translation>
        </message>
        <message>
            <source>Registered, but no code arrives</source>
            <translation>Registriert, aber es kommt kein Code an</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>Nicht registriert</translation>
        </message>
        <message>
            <source>When did it first happen, and does it happen every time?</source>
            <translation>Wann ist es zum ersten Mal aufgetreten, und tritt es jedes Mal auf?</translation>
        </message>
        <message>
            <source>A recent start points at a recent change or an incident; a failure every time points at configuration rather than a passing glitch.</source>
            <translation>Ein kürzlicher Beginn deutet auf eine kürzliche Änderung oder einen Vorfall hin; ein Fehler bei jedem Versuch deutet eher auf die Konfiguration als auf eine vorübergehende Störung hin.</translation>
        </message>
        <message>
            <source>Is password writeback enabled in Microsoft Entra Connect or Cloud Sync, and is its service healthy?</source>
            <translation>Ist das Kennwortrückschreiben in Microsoft Entra Connect oder Cloud Sync aktiviert, und ist sein Dienst fehlerfrei?</translation>
        </message>
        <message>
            <source>Microsoft Graph cannot tell reliably whether writeback works; the Entra Connect server can (Synchronization Service, Password writeback).</source>
            <translation>Microsoft Graph kann nicht zuverlässig erkennen, ob das Rückschreiben funktioniert; der Entra Connect-Server schon (Synchronization Service, Kennwortrückschreiben).</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>How many methods does the tenant's password reset policy require?</source>
            <translation>Wie viele Methoden verlangt die Richtlinie zur Kennwortzurücksetzung des Mandanten?</translation>
        </message>
        <message>
            <source>Microsoft Graph does not expose this number (Password reset &gt; Authentication methods); a user with one method fails when two are required.</source>
            <translation>Microsoft Graph stellt diese Zahl nicht bereit (Kennwortzurücksetzung &gt; Authentifizierungsmethoden); ein Benutzer mit einer Methode scheitert, wenn zwei verlangt werden.</translation>
        </message>
        <message>
            <source>One</source>
            <translation>Eine</translation>
        </message>
        <message>
            <source>Two</source>
            <translation>Zwei</translation>
        </message>
    </context>
    <context>
        <name>HeadlessRun</name>
        <message>
            <source>Name the affected user with --user UPN (or use --self).</source>
            <translation>Geben Sie den betroffenen Benutzer mit --user UPN an (oder verwenden Sie --self).</translation>
        </message>
        <message>
            <source>Sign-in to the demo tenant failed: %1</source>
            <translation>Die Anmeldung beim Demo-Mandanten ist fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>The remembered sign-in did not work: %1
Sign in again with --device-code.</source>
            <translation>Die gespeicherte Anmeldung hat nicht funktioniert: %1
Melden Sie sich erneut mit --device-code an.</translation>
        </message>
        <message>
            <source>To sign in, open %1 and enter the code %2.</source>
            <translation>Öffnen Sie zum Anmelden %1, und geben Sie den Code %2 ein.</translation>
        </message>
        <message>
            <source>Sign-in failed: %1</source>
            <translation>Anmeldung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>--answer: there is no question "%1"; the answer is only recorded.</source>
            <translation>--answer: Es gibt keine Frage "%1"; die Antwort wird nur aufgezeichnet.</translation>
        </message>
        <message>
            <source>Saved the %1 report: %2</source>
            <translation>Bericht (%1) gespeichert: %2</translation>
        </message>
        <message>
            <source>session</source>
            <comment>the --json file's name in "Saved the %1 report"</comment>
            <translation>Sitzung</translation>
        </message>
    </context>
    <context>
        <name>HtmlReport</name>
        <message>
            <source>Likely cause</source>
            <translation>Wahrscheinliche Ursache</translation>
        </message>
        <message>
            <source>No single cause was identified.</source>
            <translation>Es wurde keine eindeutige Ursache ermittelt.</translation>
        </message>
        <message>
            <source>Who must act</source>
            <translation>Wer handeln muss</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <source>Based on</source>
            <translation>Grundlage</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
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
            <translation>(keine Felder)</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>Microsoft documentation</source>
            <translation>Microsoft-Dokumentation</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>No answers recorded.</source>
            <translation>Keine Antworten aufgezeichnet.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Nicht beantwortet</translation>
        </message>
        <message>
            <source>Every question was answered.</source>
            <translation>Alle Fragen wurden beantwortet.</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>Fehlercode</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Correlation ID</source>
            <translation>Korrelations-ID</translation>
        </message>
        <message>
            <source>Trace ID</source>
            <translation>Ablaufverfolgungs-ID</translation>
        </message>
        <message>
            <source>Timestamp (UTC)</source>
            <translation>Zeitstempel (UTC)</translation>
        </message>
        <message>
            <source>Error URI</source>
            <translation>Fehler-URI</translation>
        </message>
        <message>
            <source>SSPR codes</source>
            <translation>SSPR-Codes</translation>
        </message>
        <message>
            <source>Writeback event IDs</source>
            <translation>Ereignis-IDs des Kennwortrückschreibens</translation>
        </message>
        <message>
            <source>Not found in the pasted text</source>
            <translation>Im eingefügten Text nicht gefunden</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Eingaben</translation>
        </message>
        <message>
            <source>SSPR Doctor report</source>
            <translation>SSPR Doctor-Bericht</translation>
        </message>
        <message>
            <source>en</source>
            <comment>HTML lang attribute of the report</comment>
            <translation>de</translation>
        </message>
        <message>
            <source>Support summary</source>
            <translation>Zusammenfassung für den Support</translation>
        </message>
        <message>
            <source>Open a Microsoft support request (Microsoft Entra admin center)</source>
            <translation>Microsoft-Supportanfrage öffnen (Microsoft Entra Admin Center)</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>No check ran.</source>
            <translation>Es wurde keine Prüfung ausgeführt.</translation>
        </message>
        <message>
            <source>About this report</source>
            <translation>Über diesen Bericht</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>App-Version</translation>
        </message>
        <message>
            <source>OS</source>
            <translation>Betriebssystem</translation>
        </message>
        <message>
            <source>Checked (UTC)</source>
            <translation>Geprüft (UTC)</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Graph round trips</source>
            <translation>Graph-Roundtrips</translation>
        </message>
    </context>
    <context>
        <name>IdTokenClaims</name>
        <message>
            <source>The authority's ID token was issued for another application (audience "%1", expected "%2"). The sign-in was refused.</source>
            <translation>Das ID-Token des Anmeldediensts wurde für eine andere Anwendung ausgestellt (Zielgruppe „%1“, erwartet „%2“). Die Anmeldung wurde abgelehnt.</translation>
        </message>
        <message>
            <source>The authority's ID token comes from another issuer ("%1", expected "%2"). The sign-in was refused.</source>
            <translation>Das ID-Token des Anmeldediensts stammt von einem anderen Aussteller („%1“, erwartet „%2“). Die Anmeldung wurde abgelehnt.</translation>
        </message>
    </context>
    <context>
        <name>LocalCheckSupport</name>
        <message>
            <source>the local probes were not run</source>
            <translation>die lokalen Tests wurden nicht ausgeführt</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>Übersprungen: %1.</translation>
        </message>
        <message>
            <source>This check reads %1 on this PC, which needs the local probes; they did not run (%2), so nothing is known about it.</source>
            <translation>Diese Prüfung liest %1 auf diesem PC und benötigt dafür die lokalen Tests. Diese wurden nicht ausgeführt (%2), daher ist darüber nichts bekannt.</translation>
        </message>
        <message>
            <source>ran</source>
            <translation>ausgeführt</translation>
        </message>
        <message>
            <source>no: %1</source>
            <translation>nein: %1</translation>
        </message>
        <message>
            <source>Run SSPR Doctor again with the local probes (without --no-probes) on the PC where the error appears.</source>
            <translation>Führen Sie SSPR Doctor auf dem PC, auf dem der Fehler auftritt, erneut mit den lokalen Tests aus (ohne --no-probes).</translation>
        </message>
        <message>
            <source>Cancelled by you before %1 was measured.</source>
            <translation>Von Ihnen abgebrochen, bevor %1 gemessen wurde.</translation>
        </message>
        <message>
            <source>The run was cancelled while the local probes were still reading %1, so no verdict is possible.</source>
            <translation>Der Lauf wurde abgebrochen, während die lokalen Tests noch %1 lasen, daher ist keine Bewertung möglich.</translation>
        </message>
        <message>
            <source>result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>Run the checks again and let them finish.</source>
            <translation>Führen Sie die Prüfungen erneut aus, und lassen Sie sie vollständig durchlaufen.</translation>
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
            <translation>Richtlinie für Authentifizierungsmethoden</translation>
        </message>
        <message>
            <source>no: needs an administrator role</source>
            <translation>nein: erfordert eine Administratorrolle</translation>
        </message>
        <message>
            <source>Skipped: only an administrator can read the authentication methods policy.</source>
            <translation>Übersprungen: Nur ein Administrator kann die Richtlinie für Authentifizierungsmethoden lesen.</translation>
        </message>
        <message>
            <source>Reading the tenant's authentication methods policy needs %1 and one of these roles: %2. An end user's sign-in does not have them.</source>
            <translation>Zum Lesen der Richtlinie für Authentifizierungsmethoden des Mandanten sind %1 und eine dieser Rollen erforderlich: %2. Die Anmeldung eines Endbenutzers verfügt nicht darüber.</translation>
        </message>
        <message>
            <source>If the reset keeps failing, ask your IT help desk to check which authentication methods are enabled for SSPR.</source>
            <translation>Wenn die Zurücksetzung weiterhin fehlschlägt, bitten Sie Ihren IT-Helpdesk zu prüfen, welche Authentifizierungsmethoden für SSPR aktiviert sind.</translation>
        </message>
        <message>
            <source>no: not available in Microsoft Graph operated by 21Vianet</source>
            <translation>nein: im von 21Vianet betriebenen Microsoft Graph nicht verfügbar</translation>
        </message>
        <message>
            <source>Skipped: the user's methods cannot be read in the China cloud (21Vianet), so the policy cannot be compared with them.</source>
            <translation>Übersprungen: Die Methoden des Benutzers lassen sich in der China-Cloud (21Vianet) nicht lesen, daher kann die Richtlinie nicht mit ihnen verglichen werden.</translation>
        </message>
        <message>
            <source>Microsoft Graph's "List methods" API is not offered in the national cloud operated by 21Vianet.</source>
            <translation>Die API „List methods“ von Microsoft Graph wird in der von 21Vianet betriebenen nationalen Cloud nicht angeboten.</translation>
        </message>
        <message>
            <source>Compare the user's methods (Users &gt; the user &gt; Authentication methods) with the enabled methods in Authentication methods &gt; Policies.</source>
            <translation>Vergleichen Sie die Methoden des Benutzers (Benutzer &gt; der Benutzer &gt; Authentifizierungsmethoden) mit den aktivierten Methoden unter Authentifizierungsmethoden &gt; Richtlinien.</translation>
        </message>
        <message>
            <source>No method SSPR can use is enabled in the authentication methods policy.</source>
            <translation>In der Richtlinie für Authentifizierungsmethoden ist keine Methode aktiviert, die SSPR verwenden kann.</translation>
        </message>
        <message>
            <source>Email, SMS, voice call, Microsoft Authenticator and OATH tokens are all disabled (policyMigrationState %1), so nobody can verify themselves for a password reset. The user's own methods could not be read: %2</source>
            <translation>E-Mail, SMS, Sprachanruf, Microsoft Authenticator und OATH-Token sind alle deaktiviert (policyMigrationState %1), daher kann sich niemand für eine Kennwortzurücksetzung verifizieren. Die eigenen Methoden des Benutzers konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Enable at least one method SSPR can use (for example Microsoft Authenticator, SMS or email) in Microsoft Entra admin center &gt; Authentication methods &gt; Policies.</source>
            <translation>Aktivieren Sie mindestens eine Methode, die SSPR verwenden kann (zum Beispiel Microsoft Authenticator, SMS oder E-Mail), im Microsoft Entra Admin Center unter Authentifizierungsmethoden &gt; Richtlinien.</translation>
        </message>
        <message>
            <source>The authentication methods policy migration is not complete (%1).</source>
            <translation>Die Migration der Richtlinie für Authentifizierungsmethoden ist nicht abgeschlossen (%1).</translation>
        </message>
        <message>
            <source>While policyMigrationState is %1, the legacy SSPR policy (Password reset &gt; Authentication methods) still decides some methods for password reset, so the two can disagree. The user's methods could not be read: %2</source>
            <translation>Solange policyMigrationState %1 ist, entscheidet die ältere SSPR-Richtlinie (Kennwortzurücksetzung &gt; Authentifizierungsmethoden) noch über einige Methoden für die Kennwortzurücksetzung, sodass sich beide widersprechen können. Die Methoden des Benutzers konnten nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Finish the migration (Authentication methods &gt; Policies &gt; Manage migration) after checking that the methods users registered are enabled there.</source>
            <translation>Schließen Sie die Migration ab (Authentifizierungsmethoden &gt; Richtlinien &gt; Migration verwalten), nachdem Sie geprüft haben, dass die von Benutzern registrierten Methoden dort aktiviert sind.</translation>
        </message>
        <message>
            <source>Graph did not report policyMigrationState.</source>
            <translation>Graph hat policyMigrationState nicht gemeldet.</translation>
        </message>
        <message>
            <source>policyMigrationState is %1.</source>
            <translation>policyMigrationState ist %1.</translation>
        </message>
        <message>
            <source>%1 is enabled for specific groups only; the user's group membership was not checked.</source>
            <translation>%1 ist nur für bestimmte Gruppen aktiviert; die Gruppenmitgliedschaft des Benutzers wurde nicht geprüft.</translation>
        </message>
        <message>
            <source>Enable the method the user registered (%1) in Microsoft Entra admin center &gt; Authentication methods &gt; Policies for a group that includes the user, or have the user register a method that is enabled.</source>
            <translation>Aktivieren Sie die vom Benutzer registrierte Methode (%1) im Microsoft Entra Admin Center unter Authentifizierungsmethoden &gt; Richtlinien für eine Gruppe, die den Benutzer enthält, oder lassen Sie den Benutzer eine aktivierte Methode registrieren.</translation>
        </message>
        <message>
            <source>The user's only SSPR methods are disabled by policy: %1.</source>
            <translation>Die einzigen SSPR-Methoden des Benutzers sind per Richtlinie deaktiviert: %1.</translation>
        </message>
        <message>
            <source>Every method the user could reset with is disabled in the authentication methods policy. %1</source>
            <translation>Jede Methode, mit der der Benutzer zurücksetzen könnte, ist in der Richtlinie für Authentifizierungsmethoden deaktiviert. %1</translation>
        </message>
        <message>
            <source>The migration is not complete, so the legacy SSPR policy may still allow these methods for password reset; it has no Graph API, check Password reset &gt; Authentication methods.</source>
            <translation>Die Migration ist nicht abgeschlossen, daher kann die ältere SSPR-Richtlinie diese Methoden für die Kennwortzurücksetzung noch zulassen; sie hat keine Graph-API, prüfen Sie Kennwortzurücksetzung &gt; Authentifizierungsmethoden.</translation>
        </message>
        <message>
            <source>Some of the user's methods are disabled by policy: %1.</source>
            <translation>Einige Methoden des Benutzers sind per Richtlinie deaktiviert: %1.</translation>
        </message>
        <message>
            <source>Allowed by policy: %1. Disabled by policy: %2. %3</source>
            <translation>Per Richtlinie zugelassen: %1. Per Richtlinie deaktiviert: %2. %3</translation>
        </message>
        <message>
            <source>While the migration is not complete the legacy SSPR policy (Password reset &gt; Authentication methods) still decides some methods for password reset, so the two policies can disagree.</source>
            <translation>Solange die Migration nicht abgeschlossen ist, entscheidet die ältere SSPR-Richtlinie (Kennwortzurücksetzung &gt; Authentifizierungsmethoden) noch über einige Methoden für die Kennwortzurücksetzung, sodass sich beide Richtlinien widersprechen können.</translation>
        </message>
        <message>
            <source>The policy reply does not cover the user's SSPR methods: %1.</source>
            <translation>Die Richtlinienantwort deckt die SSPR-Methoden des Benutzers nicht ab: %1.</translation>
        </message>
        <message>
            <source>No authenticationMethodConfiguration in the reply governs these methods, so whether SSPR may use them could not be confirmed. %1</source>
            <translation>Keine authenticationMethodConfiguration in der Antwort regelt diese Methoden, daher ließ sich nicht bestätigen, ob SSPR sie verwenden darf. %1</translation>
        </message>
        <message>
            <source>No SSPR method is registered, so the policy blocks none (see Registered authentication methods).</source>
            <translation>Es ist keine SSPR-Methode registriert, daher blockiert die Richtlinie keine (siehe Registrierte Authentifizierungsmethoden).</translation>
        </message>
        <message>
            <source>The policy allows the user's SSPR methods: %1.</source>
            <translation>Die Richtlinie lässt die SSPR-Methoden des Benutzers zu: %1.</translation>
        </message>
        <message>
            <source>Every method the user registered for password reset is enabled in the authentication methods policy. %1</source>
            <translation>Jede Methode, die der Benutzer für die Kennwortzurücksetzung registriert hat, ist in der Richtlinie für Authentifizierungsmethoden aktiviert. %1</translation>
        </message>
        <message>
            <source>Not in the policy reply: %1.</source>
            <translation>Nicht in der Richtlinienantwort: %1.</translation>
        </message>
        <message>
            <source>Nothing to change in the policy.</source>
            <translation>An der Richtlinie ist nichts zu ändern.</translation>
        </message>
    </context>
    <context>
        <name>NetworkCheck</name>
        <message>
            <source>Network path to Microsoft</source>
            <translation>Netzwerkverbindung zu Microsoft</translation>
        </message>
        <message>
            <source>%1: the proxy %2 asks for credentials</source>
            <translation>%1: Der Proxy %2 verlangt Anmeldeinformationen</translation>
        </message>
        <message>
            <source>%1: the name does not resolve (%2)</source>
            <translation>%1: Der Name lässt sich nicht auflösen (%2)</translation>
        </message>
        <message>
            <source>%1: no TCP connection (%2)</source>
            <translation>%1: keine TCP-Verbindung (%2)</translation>
        </message>
        <message>
            <source>%1: TLS failed (%2)</source>
            <translation>%1: TLS fehlgeschlagen (%2)</translation>
        </message>
        <message>
            <source>%1: certificate issued by %2, not by Microsoft's public CAs</source>
            <translation>%1: Zertifikat ausgestellt von %2, nicht von den öffentlichen Zertifizierungsstellen von Microsoft</translation>
        </message>
        <message>
            <source>%1: reachable (DNS %2, TCP %3, TLS %4)</source>
            <translation>%1: erreichbar (DNS %2, TCP %3, TLS %4)</translation>
        </message>
        <message>
            <source>proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>proxy authentication</source>
            <translation>Proxyauthentifizierung</translation>
        </message>
        <message>
            <source>required</source>
            <translation>erforderlich</translation>
        </message>
        <message>
            <source>DNS</source>
            <translation>DNS</translation>
        </message>
        <message>
            <source>DNS time</source>
            <translation>DNS-Zeit</translation>
        </message>
        <message>
            <source>TCP</source>
            <translation>TCP</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>verbunden</translation>
        </message>
        <message>
            <source>TCP time</source>
            <translation>TCP-Zeit</translation>
        </message>
        <message>
            <source>TLS</source>
            <translation>TLS</translation>
        </message>
        <message>
            <source>handshake done</source>
            <translation>Handshake abgeschlossen</translation>
        </message>
        <message>
            <source>TLS time</source>
            <translation>TLS-Zeit</translation>
        </message>
        <message>
            <source>certificate</source>
            <translation>Zertifikat</translation>
        </message>
        <message>
            <source>issuer</source>
            <translation>Aussteller</translation>
        </message>
        <message>
            <source>trusted by this PC</source>
            <translation>für diesen PC vertrauenswürdig</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Microsoft chain</source>
            <translation>Microsoft-Zertifikatkette</translation>
        </message>
        <message>
            <source>certificate errors</source>
            <translation>Zertifikatfehler</translation>
        </message>
        <message>
            <source>the network path to Microsoft's hosts</source>
            <translation>die Netzwerkverbindung zu den Microsoft-Hosts</translation>
        </message>
        <message>
            <source>No host was probed.</source>
            <translation>Es wurde kein Host getestet.</translation>
        </message>
        <message>
            <source>The local probes ran with an empty list of hosts, so the network path is unknown.</source>
            <translation>Die lokalen Tests liefen mit einer leeren Hostliste, daher ist der Netzwerkpfad unbekannt.</translation>
        </message>
        <message>
            <source>hosts</source>
            <translation>Hosts</translation>
        </message>
        <message>
            <source>Run the checks again without an empty --probe-target.</source>
            <translation>Führen Sie die Prüfungen erneut aus, ohne ein leeres --probe-target.</translation>
        </message>
        <message>
            <source>The proxy %1 requires authentication for %2.</source>
            <translation>Der Proxy %1 verlangt eine Authentifizierung für %2.</translation>
        </message>
        <message>
            <source>Let the Microsoft sign-in and password reset hosts through the proxy without authentication: the Windows sign-in screen's reset link runs as a temporary user who cannot answer a proxy's password prompt.</source>
            <translation>Lassen Sie die Microsoft-Hosts für Anmeldung und Kennwortzurücksetzung ohne Authentifizierung durch den Proxy: Der Zurücksetzungslink auf dem Windows-Anmeldebildschirm läuft als temporärer Benutzer, der keine Kennwortabfrage eines Proxys beantworten kann.</translation>
        </message>
        <message>
            <source>TLS to %1 failed: %2</source>
            <translation>TLS zu %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1 is unreachable from this PC: %2</source>
            <translation>%1 ist von diesem PC aus nicht erreichbar: %2</translation>
        </message>
        <message>
            <source>Allow HTTPS (TCP 443) from this PC to every host listed in Microsoft's "Microsoft 365 URLs and IP address ranges", or try from another network to confirm.</source>
            <translation>Lassen Sie HTTPS (TCP 443) von diesem PC zu jedem Host zu, der in Microsofts „URLs und IP-Adressbereiche für Microsoft 365“ aufgeführt ist, oder testen Sie zur Bestätigung aus einem anderen Netzwerk.</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 Microsoft host(s) failed. Password reset needs every one of them from the browser or the Windows sign-in screen. %2.</source>
            <translation>
                <numerusform>Bei %n von %1 Microsoft-Hosts ist die Verbindung fehlgeschlagen. Die Kennwortzurücksetzung benötigt jeden dieser Hosts, im Browser wie auf dem Windows-Anmeldebildschirm. %2.</numerusform>
                <numerusform>Bei %n von %1 Microsoft-Hosts ist die Verbindung fehlgeschlagen. Die Kennwortzurücksetzung benötigt jeden dieser Hosts, im Browser wie auf dem Windows-Anmeldebildschirm. %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>TLS inspection: %1 presents a certificate from %2, not Microsoft's.</source>
            <translation>TLS-Inspektion: %1 legt ein Zertifikat von %2 vor, nicht von Microsoft.</translation>
        </message>
        <message>
            <source>Something between this PC and Microsoft (a proxy, firewall or security software) re-signs the connection with its own certificate%1. Inspection of the sign-in and password reset hosts is known to break their pages. %2.</source>
            <translation>Etwas zwischen diesem PC und Microsoft (ein Proxy, eine Firewall oder Sicherheitssoftware) ersetzt das Zertifikat der Verbindung durch ein eigenes%1. Eine Inspektion der Hosts für Anmeldung und Kennwortzurücksetzung beschädigt bekanntermaßen deren Seiten. %2.</translation>
        </message>
        <message>
            <source>, which this PC trusts</source>
            <translation>, dem dieser PC vertraut</translation>
        </message>
        <message>
            <source>, which this PC does not trust</source>
            <translation>, dem dieser PC nicht vertraut</translation>
        </message>
        <message>
            <source>Exempt the Microsoft sign-in, password reset and Graph hosts from TLS inspection (Microsoft 365 network connectivity principles recommend bypassing it).</source>
            <translation>Nehmen Sie die Microsoft-Hosts für Anmeldung, Kennwortzurücksetzung und Graph von der TLS-Inspektion aus (die Microsoft 365-Netzwerkkonnektivitätsprinzipien empfehlen, sie zu umgehen).</translation>
        </message>
        <message numerus="yes">
            <source>All %n Microsoft host(s) reachable with Microsoft's certificates (slowest %1).</source>
            <translation>
                <numerusform>%n Microsoft-Host ist mit Microsoft-Zertifikaten erreichbar (Dauer %1).</numerusform>
                <numerusform>Alle %n Microsoft-Hosts sind mit Microsoft-Zertifikaten erreichbar (langsamster %1).</numerusform>
            </translation>
        </message>
        <message>
            <source>DNS, TCP 443 and the TLS handshake succeeded for every host, each presenting a chain from Microsoft's public CAs. %1.</source>
            <translation>DNS, TCP 443 und der TLS-Handshake waren für jeden Host erfolgreich, und jeder legte eine Kette der öffentlichen Zertifizierungsstellen von Microsoft vor. %1.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Hier ist nichts zu tun: Sehen Sie sich die anderen Prüfungen an.</translation>
        </message>
    </context>
    <context>
        <name>OsCheck</name>
        <message>
            <source>Windows device state</source>
            <translation>Windows-Gerätestatus</translation>
        </message>
        <message>
            <source>the Windows join state and AAD event log</source>
            <translation>die Windows-Geräteregistrierung und das AAD-Ereignisprotokoll</translation>
        </message>
        <message>
            <source>Not applicable: this PC does not run Windows.</source>
            <translation>Nicht zutreffend: Auf diesem PC läuft kein Windows.</translation>
        </message>
        <message>
            <source>The device join state and the AAD operational log exist only on Windows. Run SSPR Doctor on the user's Windows PC when the error appears at the Windows sign-in screen.</source>
            <translation>Den Beitrittsstatus des Geräts und das AAD-Betriebsprotokoll gibt es nur unter Windows. Führen Sie SSPR Doctor auf dem Windows-PC des Benutzers aus, wenn der Fehler auf dem Windows-Anmeldebildschirm erscheint.</translation>
        </message>
        <message>
            <source>operating system</source>
            <translation>Betriebssystem</translation>
        </message>
        <message>
            <source>not Windows</source>
            <translation>nicht Windows</translation>
        </message>
        <message>
            <source>Nothing to do on this PC; for the Windows reset link, run the checks on the affected Windows PC.</source>
            <translation>Auf diesem PC ist nichts zu tun; für den Windows-Zurücksetzungslink führen Sie die Prüfungen auf dem betroffenen Windows-PC aus.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>AAD log errors</source>
            <translation>AAD-Protokollfehler</translation>
        </message>
        <message>
            <source>Cancelled by you before the device state was read.</source>
            <translation>Von Ihnen abgebrochen, bevor der Gerätestatus gelesen wurde.</translation>
        </message>
        <message>
            <source>The device state could not be read: %1</source>
            <translation>Der Gerätestatus konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>dsregcmd /status gave no join state, so whether this PC can show the reset link at the sign-in screen is unknown.</source>
            <translation>dsregcmd /status lieferte keinen Beitrittsstatus, daher ist unbekannt, ob dieser PC den Zurücksetzungslink auf dem Anmeldebildschirm anzeigen kann.</translation>
        </message>
        <message>
            <source>Run "dsregcmd /status" in a command prompt and attach the output to the support request.</source>
            <translation>Führen Sie „dsregcmd /status“ in einer Eingabeaufforderung aus und hängen Sie die Ausgabe an die Supportanfrage an.</translation>
        </message>
        <message numerus="yes">
            <source>The AAD operational log has %n error(s) about password reset or change.</source>
            <translation>
                <numerusform>Das AAD-Betriebsprotokoll enthält %n Fehler zur Kennwortzurücksetzung oder -änderung.</numerusform>
                <numerusform>Das AAD-Betriebsprotokoll enthält %n Fehler zur Kennwortzurücksetzung oder -änderung.</numerusform>
            </translation>
        </message>
        <message>
            <source>Microsoft-Windows-AAD/Operational recorded: %1</source>
            <translation>Microsoft-Windows-AAD/Operational hat aufgezeichnet: %1</translation>
        </message>
        <message>
            <source>Export the AAD operational log for the time of the error (Event Viewer &gt; Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD) and attach it to the support request with the dsregcmd /status output.</source>
            <translation>Exportieren Sie das AAD-Betriebsprotokoll für den Zeitpunkt des Fehlers (Ereignisanzeige &gt; Anwendungs- und Dienstprotokolle &gt; Microsoft &gt; Windows &gt; AAD) und hängen Sie es zusammen mit der Ausgabe von dsregcmd /status an die Supportanfrage an.</translation>
        </message>
        <message>
            <source>This PC is not joined to Microsoft Entra (AzureAdJoined: %1).</source>
            <translation>Dieser PC ist nicht in Microsoft Entra eingebunden (AzureAdJoined: %1).</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>The "Reset password" link on the Windows sign-in screen needs a Microsoft Entra joined or hybrid joined device (DomainJoined: %1). Elsewhere the user resets at aka.ms/sspr in a browser.</source>
            <translation>Der Link „Kennwort zurücksetzen“ auf dem Windows-Anmeldebildschirm erfordert ein in Microsoft Entra eingebundenes oder hybrid eingebundenes Gerät (DomainJoined: %1). Andernfalls setzt der Benutzer das Kennwort im Browser unter aka.ms/sspr zurück.</translation>
        </message>
        <message>
            <source>Use the browser (aka.ms/sspr) to reset, or join the device to Microsoft Entra (or hybrid join it) for the sign-in screen link.</source>
            <translation>Setzen Sie das Kennwort im Browser zurück (aka.ms/sspr), oder binden Sie das Gerät in Microsoft Entra (oder hybrid) ein, damit der Link auf dem Anmeldebildschirm erscheint.</translation>
        </message>
        <message>
            <source>Microsoft Entra joined, no AAD log errors about password reset.</source>
            <translation>In Microsoft Entra eingebunden, keine AAD-Protokollfehler zur Kennwortzurücksetzung.</translation>
        </message>
        <message>
            <source>dsregcmd reports AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2) and the AAD operational log of the last days has no error naming password reset or change.</source>
            <translation>dsregcmd meldet AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2), und das AAD-Betriebsprotokoll der letzten Tage enthält keinen Fehler, der Kennwortzurücksetzung oder -änderung nennt.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Hier ist nichts zu tun: Sehen Sie sich die anderen Prüfungen an.</translation>
        </message>
        <message>
            <source>Microsoft Entra joined, but the AAD operational log could not be read: %1</source>
            <translation>In Microsoft Entra eingebunden, aber das AAD-Betriebsprotokoll konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>dsregcmd reports AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2), but without the AAD operational log whether Windows recorded a password reset or change error is unknown.</source>
            <translation>dsregcmd meldet AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2), aber ohne das AAD-Betriebsprotokoll ist unbekannt, ob Windows einen Fehler bei der Kennwortzurücksetzung oder -änderung aufgezeichnet hat.</translation>
        </message>
        <message>
            <source>Export the AAD operational log for the time of the error (Event Viewer &gt; Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD) and attach it to the support request.</source>
            <translation>Exportieren Sie das AAD-Betriebsprotokoll für den Zeitpunkt des Fehlers (Ereignisanzeige &gt; Anwendungs- und Dienstprotokolle &gt; Microsoft &gt; Windows &gt; AAD) und hängen Sie es an die Supportanfrage an.</translation>
        </message>
    </context>
    <context>
        <name>PageCollector</name>
        <message>
            <source>page %1 of a paged reply has no "value" array</source>
            <translation>Seite %1 einer seitenweisen Antwort hat kein "value"-Array</translation>
        </message>
        <message>
            <source>@odata.nextLink is not an absolute URL</source>
            <translation>@odata.nextLink ist keine absolute URL</translation>
        </message>
        <message>
            <source>@odata.nextLink points to %1, not to %2: refused, so that the token is never sent to another host</source>
            <translation>@odata.nextLink verweist auf %1 statt auf %2: abgelehnt, damit das Token nie an einen anderen Host gesendet wird</translation>
        </message>
        <message>
            <source>paging did not end: @odata.nextLink repeats a page already read (after %1 pages)</source>
            <translation>die seitenweise Abfrage endete nicht: @odata.nextLink wiederholt eine bereits gelesene Seite (nach %1 Seiten)</translation>
        </message>
        <message>
            <source>paging did not end within %1 pages</source>
            <translation>die seitenweise Abfrage endete nicht innerhalb von %1 Seiten</translation>
        </message>
    </context>
    <context>
        <name>ProbeSetup</name>
        <message>
            <source>Cannot start the demo TLS endpoint on 127.0.0.1: %1</source>
            <translation>Der Demo-TLS-Endpunkt auf 127.0.0.1 kann nicht gestartet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ProbeTargets</name>
        <message>
            <source>sign-in</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>password reset</source>
            <translation>Kennwortzurücksetzung</translation>
        </message>
        <message>
            <source>password reset API</source>
            <translation>API zur Kennwortzurücksetzung</translation>
        </message>
        <message>
            <source>password change and registration</source>
            <translation>Kennwortänderung und Registrierung</translation>
        </message>
        <message>
            <source>Microsoft Graph</source>
            <translation>Microsoft Graph</translation>
        </message>
        <message>
            <source>Windows reset link (scripts)</source>
            <translation>Windows-Link zum Zurücksetzen (Skripts)</translation>
        </message>
        <message>
            <source>Windows reset link (certificate status)</source>
            <translation>Windows-Link zum Zurücksetzen (Zertifikatstatus)</translation>
        </message>
        <message>
            <source>given with --probe-target</source>
            <translation>mit --probe-target angegeben</translation>
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
            <translation>Versuchen Sie „sspr-doctor --help“.</translation>
        </message>
        <message>
            <source>Paste the error text on the first page instead.</source>
            <translation>Fügen Sie den Fehlertext stattdessen auf der ersten Seite ein.</translation>
        </message>
    </context>
    <context>
        <name>QuestionBrowserCheck</name>
        <message>
            <source>Browser (private window)</source>
            <translation>Browser (privates Fenster)</translation>
        </message>
        <message>
            <source>Works in a private window: the browser's cache, cookies or an extension is the likely cause.</source>
            <translation>Funktioniert in einem privaten Fenster: Wahrscheinlich sind Cache, Cookies oder eine Erweiterung des Browsers die Ursache.</translation>
        </message>
        <message>
            <source>The reset fails in the usual browser window but works in a private (incognito) one, which starts without stored cookies, cached pages or extensions. The account and the tenant are then fine; something stored in the browser is not.</source>
            <translation>Die Zurücksetzung schlägt im normalen Browserfenster fehl, funktioniert aber in einem privaten (Inkognito-)Fenster, das ohne gespeicherte Cookies, zwischengespeicherte Seiten und Erweiterungen startet. Konto und Mandant sind also in Ordnung; etwas im Browser Gespeichertes nicht.</translation>
        </message>
        <message>
            <source>1. Clear the browser's cookies and cached files (at least for microsoftonline.com and microsoft.com). 2. Turn off extensions (ad blockers, password managers, privacy tools) and try again. 3. Update the browser. Until then, reset the password in a private window.</source>
            <translation>1. Löschen Sie die Cookies und zwischengespeicherten Dateien des Browsers (mindestens für microsoftonline.com und microsoft.com). 2. Deaktivieren Sie Erweiterungen (Werbeblocker, Kennwort-Manager, Datenschutztools), und versuchen Sie es erneut. 3. Aktualisieren Sie den Browser. Setzen Sie das Kennwort bis dahin in einem privaten Fenster zurück.</translation>
        </message>
        <message>
            <source>Fails in a private window too: the browser is not the cause.</source>
            <translation>Schlägt auch in einem privaten Fenster fehl: Der Browser ist nicht die Ursache.</translation>
        </message>
        <message>
            <source>A private window starts without stored cookies, cached pages or extensions; since the error is the same there, look at the other findings.</source>
            <translation>Ein privates Fenster startet ohne gespeicherte Cookies, zwischengespeicherte Seiten und Erweiterungen; da der Fehler dort derselbe ist, sehen Sie sich die anderen Befunde an.</translation>
        </message>
        <message>
            <source>Nothing to do in the browser.</source>
            <translation>Im Browser ist nichts zu tun.</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>Die aufgezeichnete Antwort "%1" ist keine der Auswahlmöglichkeiten.</translation>
        </message>
        <message>
            <source>Expected "yes", "no" or "not-tried"; nothing was decided.</source>
            <translation>Erwartet wurde "yes", "no" oder "not-tried"; es wurde nichts entschieden.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Beantworten Sie die Frage erneut.</translation>
        </message>
    </context>
    <context>
        <name>QuestionCheck</name>
        <message>
            <source>question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(nicht beantwortet)</translation>
        </message>
        <message>
            <source>Not answered: nothing to judge.</source>
            <translation>Nicht beantwortet: nichts zu bewerten.</translation>
        </message>
        <message>
            <source>This step reads the answer to a guided question, and none was given. An unanswered question is neither a pass nor a problem.</source>
            <translation>Dieser Schritt liest die Antwort auf eine geführte Frage, und es wurde keine gegeben. Eine unbeantwortete Frage ist weder bestanden noch ein Problem.</translation>
        </message>
        <message>
            <source>Answer the question and run the checks again.</source>
            <translation>Beantworten Sie die Frage und führen Sie die Prüfungen erneut aus.</translation>
        </message>
    </context>
    <context>
        <name>QuestionFirstSeenCheck</name>
        <message>
            <source>When it started</source>
            <translation>Beginn des Problems</translation>
        </message>
        <message>
            <source>Recorded: "%1".</source>
            <translation>Aufgezeichnet: "%1".</translation>
        </message>
        <message>
            <source>As answered: %1. Compare it with the times of the SSPR audit events and sign-in failures; a recent start points at a recent change or an incident.</source>
            <translation>Laut Antwort: %1. Vergleichen Sie dies mit den Zeiten der SSPR-Überwachungsereignisse und der Anmeldefehler; ein kürzlicher Beginn deutet auf eine kürzliche Änderung oder einen Vorfall hin.</translation>
        </message>
        <message>
            <source>Nothing to do: recorded for the report.</source>
            <translation>Nichts zu tun: für den Bericht aufgezeichnet.</translation>
        </message>
    </context>
    <context>
        <name>QuestionOtherNetworkCheck</name>
        <message>
            <source>Another network</source>
            <translation>Anderes Netzwerk</translation>
        </message>
        <message>
            <source>Works on another network: the usual network path is the likely cause.</source>
            <translation>Funktioniert in einem anderen Netzwerk: Wahrscheinlich ist der übliche Netzwerkpfad die Ursache.</translation>
        </message>
        <message>
            <source>The reset works on another network (for example a phone hotspot) but not on the office network or VPN. A proxy, firewall, VPN or TLS inspection there blocks or alters the traffic to passwordreset.microsoftonline.com or login.microsoftonline.com. The local network check (client.network) shows which host fails.</source>
            <translation>Die Zurücksetzung funktioniert in einem anderen Netzwerk (zum Beispiel über einen Handy-Hotspot), aber nicht im Büronetzwerk oder VPN. Ein Proxy, eine Firewall, das VPN oder eine TLS-Inspektion dort blockiert oder verändert den Datenverkehr zu passwordreset.microsoftonline.com oder login.microsoftonline.com. Die lokale Netzwerkprüfung (client.network) zeigt, welcher Host fehlschlägt.</translation>
        </message>
        <message>
            <source>Ask the network team to allow HTTPS to passwordreset.microsoftonline.com, login.microsoftonline.com, ajax.aspnetcdn.com and ocsp.digicert.com without TLS inspection or proxy authentication. Until then, reset on the other network.</source>
            <translation>Bitten Sie das Netzwerkteam, HTTPS zu passwordreset.microsoftonline.com, login.microsoftonline.com, ajax.aspnetcdn.com und ocsp.digicert.com ohne TLS-Inspektion und ohne Proxyauthentifizierung zuzulassen. Setzen Sie das Kennwort bis dahin im anderen Netzwerk zurück.</translation>
        </message>
        <message>
            <source>Fails on another network too: the network path is not the cause.</source>
            <translation>Schlägt auch in einem anderen Netzwerk fehl: Der Netzwerkpfad ist nicht die Ursache.</translation>
        </message>
        <message>
            <source>The error is the same on a different network, so the office network, proxy or VPN is not what blocks the reset.</source>
            <translation>Der Fehler ist in einem anderen Netzwerk derselbe, also blockieren weder das Büronetzwerk noch der Proxy oder das VPN die Zurücksetzung.</translation>
        </message>
        <message>
            <source>Nothing to do on the network.</source>
            <translation>Im Netzwerk ist nichts zu tun.</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>Die aufgezeichnete Antwort "%1" ist keine der Auswahlmöglichkeiten.</translation>
        </message>
        <message>
            <source>Expected "yes", "no" or "not-tried"; nothing was decided.</source>
            <translation>Erwartet wurde "yes", "no" oder "not-tried"; es wurde nichts entschieden.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Beantworten Sie die Frage erneut.</translation>
        </message>
    </context>
    <context>
        <name>QuestionRegistrationCheck</name>
        <message>
            <source>Registration (as answered)</source>
            <translation>Registrierung (laut Antwort)</translation>
        </message>
        <message>
            <source>Not registered for password reset, as answered.</source>
            <translation>Laut Antwort nicht für die Kennwortzurücksetzung registriert.</translation>
        </message>
        <message>
            <source>Self-service password reset can only verify a user through methods registered beforehand; without them the reset cannot start. The registration check (user.registration) confirms this from Microsoft's registration report when an admin signs in.</source>
            <translation>Die Self-Service-Kennwortzurücksetzung kann einen Benutzer nur über zuvor registrierte Methoden verifizieren; ohne sie kann die Zurücksetzung nicht beginnen. Die Registrierungsprüfung (user.registration) bestätigt dies anhand des Registrierungsberichts von Microsoft, wenn sich ein Administrator anmeldet.</translation>
        </message>
        <message>
            <source>Register security info at https://aka.ms/ssprsetup (an admin may first have to reset the password once), then try the reset again.</source>
            <translation>Registrieren Sie Sicherheitsinformationen unter https://aka.ms/ssprsetup (eventuell muss ein Administrator das Kennwort zuerst einmal zurücksetzen), und versuchen Sie die Zurücksetzung dann erneut.</translation>
        </message>
        <message>
            <source>Registered, but the verification code does not arrive.</source>
            <translation>Registriert, aber der Bestätigungscode kommt nicht an.</translation>
        </message>
        <message>
            <source>The registered phone number or e-mail address cannot receive the code: a malformed number (it must look like +1 4251234567; extensions are dropped), a mailbox filing it as junk, or a number that is no longer in use. The methods check (user.methods) shows what is on file.</source>
            <translation>Die registrierte Telefonnummer oder E-Mail-Adresse kann den Code nicht empfangen: Die Nummer ist falsch formatiert (sie muss wie +1 4251234567 aussehen; Durchwahlen werden entfernt), das Postfach sortiert ihn als Junk-E-Mail aus, oder die Nummer wird nicht mehr verwendet. Die Methodenprüfung (user.methods) zeigt, was hinterlegt ist.</translation>
        </message>
        <message>
            <source>Check the junk folder and the phone's signal, and update the phone number or e-mail at https://aka.ms/mysecurityinfo. If that is impossible, an admin can correct the methods.</source>
            <translation>Prüfen Sie den Junk-E-Mail-Ordner und den Mobilfunkempfang, und aktualisieren Sie die Telefonnummer oder E-Mail-Adresse unter https://aka.ms/mysecurityinfo. Ist das nicht möglich, kann ein Administrator die Methoden korrigieren.</translation>
        </message>
        <message>
            <source>Registered, and verification codes arrive, as answered.</source>
            <translation>Laut Antwort registriert, und Bestätigungscodes kommen an.</translation>
        </message>
        <message>
            <source>The user completed the registration and can receive a code, so verification is not where the reset fails.</source>
            <translation>Der Benutzer hat die Registrierung abgeschlossen und kann einen Code empfangen; die Zurücksetzung scheitert also nicht an der Verifizierung.</translation>
        </message>
        <message>
            <source>Nothing to do for the registration.</source>
            <translation>Für die Registrierung ist nichts zu tun.</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>Die aufgezeichnete Antwort „%1“ ist keine der Auswahlmöglichkeiten.</translation>
        </message>
        <message>
            <source>Expected "yes", "registered-no-code", "not-registered" or "unknown"; nothing was decided.</source>
            <translation>Erwartet wurde "yes", "registered-no-code", "not-registered" oder "unknown"; es wurde nichts entschieden.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Beantworten Sie die Frage erneut.</translation>
        </message>
    </context>
    <context>
        <name>QuestionWhereCheck</name>
        <message>
            <source>Where it happened</source>
            <translation>Ort des Fehlers</translation>
        </message>
        <message>
            <source>The recorded answer "%1" is not one of the choices.</source>
            <translation>Die erfasste Antwort „%1“ gehört nicht zu den Auswahlmöglichkeiten.</translation>
        </message>
        <message>
            <source>Expected sspr-portal, ctrl-alt-del, windows-signin, my-account, app or unknown; nothing was decided.</source>
            <translation>Erwartet wurde sspr-portal, ctrl-alt-del, windows-signin, my-account, app oder unknown; es wurde nichts entschieden.</translation>
        </message>
        <message>
            <source>Answer the question again.</source>
            <translation>Beantworten Sie die Frage erneut.</translation>
        </message>
        <message>
            <source>Recorded where the error appeared: %1.</source>
            <translation>Erfasst, wo der Fehler auftrat: %1.</translation>
        </message>
        <message>
            <source>The Windows sign-in screen resets through a temporary account (defaultuser1) before anyone signs in: it needs Windows 10 1803 or later, an Entra joined or hybrid joined device, the AllowPasswordReset policy, and HTTPS to passwordreset.microsoftonline.com and ajax.aspnetcdn.com without an authenticating proxy. The network and clock checks run early.</source>
            <translation>Der Windows-Anmeldebildschirm setzt Kennwörter über ein temporäres Konto (defaultuser1) zurück, bevor sich jemand anmeldet: Dafür sind Windows 10 1803 oder höher, ein in Entra eingebundenes oder hybrid eingebundenes Gerät, die Richtlinie AllowPasswordReset sowie HTTPS zu passwordreset.microsoftonline.com und ajax.aspnetcdn.com ohne authentifizierenden Proxy nötig. Die Netzwerk- und Uhrzeitprüfungen werden vorgezogen.</translation>
        </message>
        <message>
            <source>A change with Ctrl+Alt+Del goes from the PC to the directory; a hybrid joined PC also needs line of sight to a domain controller. The network and clock checks run early.</source>
            <translation>Eine Änderung mit Strg+Alt+Entf geht vom PC an das Verzeichnis; ein hybrid eingebundener PC braucht außerdem Sichtverbindung zu einem Domänencontroller. Die Netzwerk- und Uhrzeitprüfungen werden vorgezogen.</translation>
        </message>
        <message>
            <source>Recorded for the report; the checks run in the playbook's order.</source>
            <translation>Für den Bericht erfasst; die Prüfungen laufen in der Reihenfolge des Playbooks.</translation>
        </message>
        <message>
            <source>Nothing to do: recorded for the report.</source>
            <translation>Nichts zu tun: für den Bericht erfasst.</translation>
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
            <translation>eine Lizenz für Microsoft Entra ID P1 oder P2 (der Registrierungsbericht ist ein Premium-Feature)</translation>
        </message>
        <message>
            <source>Skipped: the user could not be resolved, so there is no registration record to read.</source>
            <translation>Übersprungen: Der Benutzer konnte nicht ermittelt werden, daher gibt es keinen Registrierungseintrag zum Lesen.</translation>
        </message>
        <message>
            <source>The user lookup failed (see Account state), so Graph had no object id to look up in the registration report.</source>
            <translation>Die Benutzersuche ist fehlgeschlagen (siehe Kontostatus), daher hatte Graph keine Objekt-ID, die im Registrierungsbericht nachgeschlagen werden konnte.</translation>
        </message>
        <message>
            <source>Skipped: the registration report has no record for this user.</source>
            <translation>Übersprungen: Der Registrierungsbericht enthält keinen Eintrag für diesen Benutzer.</translation>
        </message>
        <message>
            <source>Graph answered 404 for the user's registration details. The report omits deleted users and can lag a few hours behind new accounts.</source>
            <translation>Graph hat für die Registrierungsdetails des Benutzers 404 geantwortet. Der Bericht lässt gelöschte Benutzer aus und kann bei neuen Konten einige Stunden verzögert sein.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Grund: %1</translation>
        </message>
        <message>
            <source>Graph said: "%1"</source>
            <translation>Graph meldete: „%1“</translation>
        </message>
        <message>
            <source>Fix what Account state reports, then run the checks again.</source>
            <translation>Beheben Sie, was Kontostatus meldet, und führen Sie die Prüfungen dann erneut aus.</translation>
        </message>
        <message>
            <source>The account is disabled, and the registration report does not work for disabled users: enable the account first (see Account state), then check again.</source>
            <translation>Das Konto ist deaktiviert, und der Registrierungsbericht funktioniert nicht für deaktivierte Benutzer: Aktivieren Sie zuerst das Konto (siehe Kontostatus), und prüfen Sie dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>ReportFile</name>
        <message>
            <source>No file name was given.</source>
            <translation>Es wurde kein Dateiname angegeben.</translation>
        </message>
        <message>
            <source>Cannot write %1: it is a folder.</source>
            <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Cannot save %1: %2</source>
            <translation>%1 kann nicht gespeichert werden: %2</translation>
        </message>
    </context>
    <context>
        <name>ReportText</name>
        <message>
            <source>Passed</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>The user who saw the error</source>
            <translation>Der Benutzer, bei dem der Fehler aufgetreten ist</translation>
        </message>
        <message>
            <source>An IT administrator of the tenant</source>
            <translation>Ein IT-Administrator des Mandanten</translation>
        </message>
        <message>
            <source>Microsoft (through a support request)</source>
            <translation>Microsoft (über eine Supportanfrage)</translation>
        </message>
        <message>
            <source>Nobody: no action is needed</source>
            <translation>Niemand: Es ist nichts zu tun</translation>
        </message>
        <message>
            <source>All checks passed.</source>
            <translation>Alle Prüfungen wurden bestanden.</translation>
        </message>
        <message>
            <source>No check failed; some findings deserve a look.</source>
            <translation>Keine Prüfung ist fehlgeschlagen; einige Befunde sollten Sie sich ansehen.</translation>
        </message>
        <message>
            <source>At least one check failed: a likely cause was found.</source>
            <translation>Mindestens eine Prüfung ist fehlgeschlagen: Eine wahrscheinliche Ursache wurde gefunden.</translation>
        </message>
        <message>
            <source>Not an all-clear: some checks could not run or ended in an error.</source>
            <translation>Keine Entwarnung: Einige Prüfungen konnten nicht ausgeführt werden oder endeten mit einem Fehler.</translation>
        </message>
        <message>
            <source>Self-service: the user checked their own account</source>
            <translation>Self-Service: Der Benutzer hat sein eigenes Konto geprüft</translation>
        </message>
        <message>
            <source>IT staff helping a user</source>
            <translation>IT-Mitarbeiter hilft einem Benutzer</translation>
        </message>
        <message>
            <source>none pasted</source>
            <translation>nichts eingefügt</translation>
        </message>
        <message>
            <source>Where the error appeared</source>
            <translation>Wo der Fehler aufgetreten ist</translation>
        </message>
        <message>
            <source>Same error in a private browser window</source>
            <translation>Gleicher Fehler in einem privaten Browserfenster</translation>
        </message>
        <message>
            <source>Same error on another network</source>
            <translation>Gleicher Fehler in einem anderen Netzwerk</translation>
        </message>
        <message>
            <source>Registered for password reset and able to receive the code</source>
            <translation>Für die Kennwortzurücksetzung registriert und kann den Code empfangen</translation>
        </message>
        <message>
            <source>When it first happened</source>
            <translation>Wann es zum ersten Mal aufgetreten ist</translation>
        </message>
        <message>
            <source>Password writeback enabled and healthy</source>
            <translation>Kennwortrückschreiben aktiviert und fehlerfrei</translation>
        </message>
        <message>
            <source>Methods the reset policy requires</source>
            <translation>Von der Zurücksetzungsrichtlinie geforderte Methoden</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>ReportWriter</name>
        <message>
            <source>Unknown report format "%1": use one of %2.</source>
            <translation>Unbekanntes Berichtsformat "%1": Verwenden Sie eines der folgenden: %2.</translation>
        </message>
        <message>
            <source>The bundle is too large for a ZIP file.</source>
            <translation>Das Paket ist für eine ZIP-Datei zu groß.</translation>
        </message>
    </context>
    <context>
        <name>RetryDecision</name>
        <message>
            <source>%1 (Graph asked to wait %2 s, longer than the %3 s this app waits)</source>
            <translation>%1 (Graph hat um %2 s Wartezeit gebeten, länger als die %3 s, die diese App wartet)</translation>
        </message>
        <message>
            <source>%1 (gave up after %2 attempts)</source>
            <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
        </message>
    </context>
    <context>
        <name>RootCauseRanker</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>One other finding points the same way: %1.</source>
            <translation>Ein weiterer Befund weist in dieselbe Richtung: %1.</translation>
        </message>
        <message>
            <source>%1 other findings point the same way: %2.</source>
            <translation>%1 weitere Befunde weisen in dieselbe Richtung: %2.</translation>
        </message>
        <message>
            <source>Not an all-clear: no check ran</source>
            <translation>Keine Entwarnung: Es wurde keine Prüfung ausgeführt</translation>
        </message>
        <message>
            <source>Nothing was checked, so nothing can be ruled out.</source>
            <translation>Es wurde nichts geprüft, daher kann nichts ausgeschlossen werden.</translation>
        </message>
        <message>
            <source>Run the checks.</source>
            <translation>Führen Sie die Prüfungen aus.</translation>
        </message>
        <message>
            <source>All clear: no cause found</source>
            <translation>Entwarnung: keine Ursache gefunden</translation>
        </message>
        <message>
            <source>Every check passed. If the error still happens, the cause is outside what these checks can see: collect the support summary.</source>
            <translation>Alle Prüfungen wurden bestanden. Wenn der Fehler weiterhin auftritt, liegt die Ursache außerhalb dessen, was diese Prüfungen erkennen können: Erstellen Sie die Supportzusammenfassung.</translation>
        </message>
        <message>
            <source>Open a support request with Microsoft and attach the support summary (correlation ID and timestamp).</source>
            <translation>Eröffnen Sie eine Supportanfrage bei Microsoft, und fügen Sie die Supportzusammenfassung bei (Korrelations-ID und Zeitstempel).</translation>
        </message>
        <message>
            <source>Not an all-clear: 1 check could not run</source>
            <translation>Keine Entwarnung: 1 Prüfung konnte nicht ausgeführt werden</translation>
        </message>
        <message>
            <source>Not an all-clear: %1 checks could not run</source>
            <translation>Keine Entwarnung: %1 Prüfungen konnten nicht ausgeführt werden</translation>
        </message>
        <message>
            <source>%1 skipped for lack of sign-in or rights</source>
            <translation>%1 mangels Anmeldung oder Berechtigungen übersprungen</translation>
        </message>
        <message>
            <source>%1 ended in an error</source>
            <translation>%1 mit einem Fehler beendet</translation>
        </message>
        <message>
            <source>No check failed or warned, but %1, so this is not an all-clear.</source>
            <translation>Keine Prüfung ist fehlgeschlagen oder hat gewarnt, aber %1, daher ist dies keine Entwarnung.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
    </context>
    <context>
        <name>RuntimeEnvironment</name>
        <message>
            <source>Cannot load the demo scenario: %1</source>
            <translation>Das Demoszenario kann nicht geladen werden: %1</translation>
        </message>
        <message>
            <source>Cannot start the demo tenant on 127.0.0.1: %1</source>
            <translation>Der Demo-Mandant kann nicht auf 127.0.0.1 gestartet werden: %1</translation>
        </message>
    </context>
    <context>
        <name>ScenarioLoader</name>
        <message>
            <source>"%1" must be an array, not %2</source>
            <translation>"%1" muss ein Array sein, nicht %2</translation>
        </message>
        <message>
            <source>"%1[%2]" must be an object, not %3</source>
            <translation>"%1[%2]" muss ein Objekt sein, nicht %3</translation>
        </message>
        <message>
            <source>"%1[%2]" needs a string "id"</source>
            <translation>"%1[%2]" benötigt eine Zeichenfolge "id"</translation>
        </message>
        <message>
            <source>"%1" must be an object, not %2</source>
            <translation>"%1" muss ein Objekt sein, nicht %2</translation>
        </message>
        <message>
            <source>"%1" must be a non-empty string, not %2</source>
            <translation>"%1" muss eine nicht leere Zeichenfolge sein, nicht %2</translation>
        </message>
        <message>
            <source>%1: unknown key "%2"</source>
            <translation>%1: unbekannter Schlüssel "%2"</translation>
        </message>
        <message>
            <source>%1: needs a string "path" (and "method" if given)</source>
            <translation>%1: benötigt eine Zeichenfolge "path" (und "method", falls angegeben)</translation>
        </message>
        <message>
            <source>%1: "path" is not a valid regular expression: %2</source>
            <translation>%1: "path" ist kein gültiger regulärer Ausdruck: %2</translation>
        </message>
        <message>
            <source>%1: "status" must be an HTTP status code</source>
            <translation>%1: "status" muss ein HTTP-Statuscode sein</translation>
        </message>
        <message>
            <source>%1: "headers" must be an object</source>
            <translation>%1: "headers" muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1: "base" forms a cycle or is nested too deeply</source>
            <translation>%1: "base" bildet einen Zyklus oder ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>%1: no built-in scenario of that name (known: %2)</source>
            <translation>%1: kein integriertes Szenario mit diesem Namen (bekannt: %2)</translation>
        </message>
        <message>
            <source>%1: cannot open the file: %2</source>
            <translation>%1: Die Datei kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1: not valid JSON at offset %2: %3</source>
            <translation>%1: kein gültiges JSON an Offset %2: %3</translation>
        </message>
        <message>
            <source>%1: the top level must be a JSON object</source>
            <translation>%1: Die oberste Ebene muss ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>%1: "base" must be a scenario name or a file path</source>
            <translation>%1: "base" muss ein Szenarioname oder ein Dateipfad sein</translation>
        </message>
        <message>
            <source>%1: "base" %2 cannot be used: %3</source>
            <translation>%1: "base" %2 kann nicht verwendet werden: %3</translation>
        </message>
        <message>
            <source>No scenario name or file given</source>
            <translation>Kein Szenarioname und keine Datei angegeben</translation>
        </message>
        <message>
            <source>"pageSize" must be a number from 1 to 999</source>
            <translation>"pageSize" muss eine Zahl von 1 bis 999 sein</translation>
        </message>
        <message>
            <source>every entry of "users" needs a string "userPrincipalName"</source>
            <translation>jeder Eintrag in "users" benötigt eine Zeichenfolge "userPrincipalName"</translation>
        </message>
        <message>
            <source>"%1" names user "%2", who is not in "users"</source>
            <translation>"%1" nennt den Benutzer "%2", der nicht in "users" enthalten ist</translation>
        </message>
        <message>
            <source>"%1" is "%2", who is not in "users"</source>
            <translation>"%1" ist "%2", der nicht in "users" enthalten ist</translation>
        </message>
        <message>
            <source>network: unknown key "%1"</source>
            <translation>network: unbekannter Schlüssel "%1"</translation>
        </message>
        <message>
            <source>network.interception must be a boolean</source>
            <translation>network.interception muss ein boolescher Wert sein</translation>
        </message>
        <message>
            <source>network.blockedHosts must be an array of host names</source>
            <translation>network.blockedHosts muss ein Array von Hostnamen sein</translation>
        </message>
        <message>
            <source>network.clockSkewSeconds must be a whole number of seconds</source>
            <translation>network.clockSkewSeconds muss eine ganze Zahl von Sekunden sein</translation>
        </message>
        <message>
            <source>"network" must be an object</source>
            <translation>"network" muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1: not a scenario file (not a regular file, or larger than %2 MB)</source>
            <translation>%1: keine Szenariodatei (keine reguläre Datei oder größer als %2 MB)</translation>
        </message>
        <message>
            <source>"generatedUsers" must be an object</source>
            <translation>"generatedUsers" muss ein Objekt sein</translation>
        </message>
        <message>
            <source>%1: cannot read the file: %2</source>
            <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>ServiceHealthCheck</name>
        <message>
            <source>Microsoft service health</source>
            <translation>Microsoft-Dienstintegrität</translation>
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
            <translation>Der Identitätsdienst (Microsoft Entra) fehlt in der Antwort zur Dienstintegrität.</translation>
        </message>
        <message numerus="yes">
            <source>Graph listed %n service(s) but none with the id "OrgLiveID" or the name "Microsoft Entra" / "Identity Service", so its health is unknown. Look at Health &gt; Service health in the Microsoft 365 admin center.</source>
            <translation>
                <numerusform>Graph hat %n Dienst aufgeführt, aber keinen mit der ID „OrgLiveID“ oder dem Namen „Microsoft Entra“ / „Identity Service“, daher ist der Status von Microsoft Entra unbekannt. Sehen Sie im Microsoft 365 Admin Center unter Integrität &gt; Dienstintegrität nach.</numerusform>
                <numerusform>Graph hat %n Dienste aufgeführt, aber keinen mit der ID „OrgLiveID“ oder dem Namen „Microsoft Entra“ / „Identity Service“, daher ist der Status von Microsoft Entra unbekannt. Sehen Sie im Microsoft 365 Admin Center unter Integrität &gt; Dienstintegrität nach.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check Health &gt; Service health in the Microsoft 365 admin center for Microsoft Entra.</source>
            <translation>Prüfen Sie im Microsoft 365 Admin Center unter Integrität &gt; Dienstintegrität den Status von Microsoft Entra.</translation>
        </message>
        <message>
            <source>open issues</source>
            <translation>offene Probleme</translation>
        </message>
        <message>
            <source>Microsoft Entra</source>
            <translation>Microsoft Entra</translation>
        </message>
        <message>
            <source>Microsoft reports an open incident on %1: %2</source>
            <translation>Microsoft meldet einen offenen Vorfall für %1: %2</translation>
        </message>
        <message>
            <source>Microsoft reports %1 as "%2".</source>
            <translation>Microsoft meldet für %1 den Status „%2“.</translation>
        </message>
        <message>
            <source>The identity service's status is "%1". AADSTS120021 and the other 1200xx errors come from Microsoft's password reset service; while Microsoft reports a problem there, resets can fail however the tenant is set up.</source>
            <translation>Der Status des Identitätsdiensts ist „%1“. AADSTS120021 und die anderen 1200xx-Fehler stammen vom Kennwortzurücksetzungsdienst von Microsoft; solange Microsoft dort ein Problem meldet, können Zurücksetzungen unabhängig von der Konfiguration des Mandanten fehlschlagen.</translation>
        </message>
        <message>
            <source>Open issues: %1.</source>
            <translation>Offene Probleme: %1.</translation>
        </message>
        <message>
            <source>Wait for Microsoft to restore the service (Health &gt; Service health in the Microsoft 365 admin center), then ask the user to try again.</source>
            <translation>Warten Sie, bis Microsoft den Dienst wiederhergestellt hat (Integrität &gt; Dienstintegrität im Microsoft 365 Admin Center), und bitten Sie den Benutzer dann, es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>Follow issue %1 under Health &gt; Service health in the Microsoft 365 admin center and ask the user to try again once Microsoft marks it resolved.</source>
            <translation>Verfolgen Sie das Problem %1 unter Integrität &gt; Dienstintegrität im Microsoft 365 Admin Center, und bitten Sie den Benutzer, es erneut zu versuchen, sobald Microsoft es als behoben markiert.</translation>
        </message>
        <message>
            <source>Open advisory on %1 about sign-in or passwords: %2</source>
            <translation>Offener Hinweis für %1 zu Anmeldung oder Kennwörtern: %2</translation>
        </message>
        <message>
            <source>Open advisory on %1 (not about sign-in or passwords): %2</source>
            <translation>Offener Hinweis für %1 (nicht zu Anmeldung oder Kennwörtern): %2</translation>
        </message>
        <message>
            <source>The service is up (status "%1") but Microsoft has an open advisory: some users can be affected, often intermittently. Open issues: %2.</source>
            <translation>Der Dienst läuft (Status „%1“), aber Microsoft hat einen offenen Hinweis: Einige Benutzer können betroffen sein, oft nur zeitweise. Offene Probleme: %2.</translation>
        </message>
        <message>
            <source>Read the advisory under Health &gt; Service health in the Microsoft 365 admin center; if it matches the user's symptoms, wait for Microsoft's fix or use its workaround.</source>
            <translation>Lesen Sie den Hinweis unter Integrität &gt; Dienstintegrität im Microsoft 365 Admin Center; wenn er zu den Symptomen des Benutzers passt, warten Sie auf die Korrektur von Microsoft oder nutzen Sie die beschriebene Problemumgehung.</translation>
        </message>
        <message>
            <source>%1 reports "%2" with no open issue.</source>
            <translation>%1 meldet „%2“ ohne offenes Problem.</translation>
        </message>
        <message>
            <source>The identity service is not reported as operational but no issue is open (for example just restored). If the user hit the error during a recent incident, a retry is likely to work now.</source>
            <translation>Der Identitätsdienst wird nicht als betriebsbereit gemeldet, aber kein Problem ist offen (zum Beispiel gerade wiederhergestellt). Wenn der Benutzer den Fehler während eines kürzlichen Vorfalls erhielt, dürfte ein erneuter Versuch jetzt funktionieren.</translation>
        </message>
        <message>
            <source>Ask the user to try again; check Health &gt; Service health for the issue history.</source>
            <translation>Bitten Sie den Benutzer, es erneut zu versuchen; den Verlauf des Problems finden Sie unter Integrität &gt; Dienstintegrität.</translation>
        </message>
        <message>
            <source>%1 is operational with no open issues.</source>
            <translation>%1 ist betriebsbereit, ohne offene Probleme.</translation>
        </message>
        <message>
            <source>Microsoft reports the identity service as operational with no open incident or advisory, so the error is unlikely to be a Microsoft outage.</source>
            <translation>Microsoft meldet den Identitätsdienst als betriebsbereit, ohne offenen Vorfall oder Hinweis; ein Ausfall bei Microsoft ist daher als Ursache unwahrscheinlich.</translation>
        </message>
        <message>
            <source>Nothing to do here: look at the other checks.</source>
            <translation>Hier ist nichts zu tun: Sehen Sie sich die anderen Prüfungen an.</translation>
        </message>
        <message>
            <source>no: needs an admin role</source>
            <translation>nein: erfordert eine Administratorrolle</translation>
        </message>
        <message>
            <source>Skipped: only admins can read tenant service health; see the public status page.</source>
            <translation>Übersprungen: Nur Administratoren können die Dienstintegrität des Mandanten lesen; siehe die öffentliche Statusseite.</translation>
        </message>
        <message>
            <source>Service health in Microsoft Graph needs ServiceHealth.Read.All and an admin role such as Global Reader or Service Support Administrator. Microsoft's public status page shows broad outages without signing in; your IT admin sees issues for your organization under Health &gt; Service health (%1).</source>
            <translation>Die Dienstintegrität in Microsoft Graph erfordert ServiceHealth.Read.All und eine Administratorrolle wie Global Reader oder Service Support Administrator. Die öffentliche Statusseite von Microsoft zeigt großflächige Ausfälle ohne Anmeldung; Ihr IT-Administrator sieht die Probleme Ihrer Organisation unter Integrität &gt; Dienstintegrität (%1).</translation>
        </message>
        <message>
            <source>Open the Microsoft 365 status page to see whether Microsoft reports an outage, and tell your IT help desk about the error.</source>
            <translation>Öffnen Sie die Microsoft 365-Statusseite, um zu sehen, ob Microsoft einen Ausfall meldet, und informieren Sie Ihren IT-Helpdesk über den Fehler.</translation>
        </message>
    </context>
    <context>
        <name>SessionFile</name>
        <message>
            <source>SSPR Doctor session (*.sspr-session.json);;JSON files (*.json)</source>
            <translation>SSPR Doctor-Sitzung (*.sspr-session.json);;JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is not an SSPR Doctor session: the file is far too large.</source>
            <translation>%1 ist keine SSPR Doctor-Sitzung: Die Datei ist viel zu groß.</translation>
        </message>
        <message>
            <source>%1 is not an SSPR Doctor session, or it is damaged (%2). Nothing was changed.</source>
            <translation>%1 ist keine SSPR Doctor-Sitzung oder beschädigt (%2). Es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>SessionJson</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>expected text</source>
            <translation>Text erwartet</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>Objekt erwartet</translation>
        </message>
        <message>
            <source>expected a list</source>
            <translation>Liste erwartet</translation>
        </message>
        <message>
            <source>expected a list of text</source>
            <translation>Liste von Texten erwartet</translation>
        </message>
        <message>
            <source>expected a list of numbers</source>
            <translation>Liste von Zahlen erwartet</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>not one of pass, warning, fail, skipped, error</source>
            <translation>keiner der Werte pass, warning, fail, skipped, error</translation>
        </message>
        <message>
            <source>not an SSPR Doctor session</source>
            <translation>keine SSPR Doctor-Sitzung</translation>
        </message>
        <message>
            <source>written by a newer SSPR Doctor (version %1)</source>
            <translation>von einer neueren Version von SSPR Doctor geschrieben (Version %1)</translation>
        </message>
        <message>
            <source>not a JSON session file (%1 at byte %2)</source>
            <translation>keine JSON-Sitzungsdatei (%1 bei Byte %2)</translation>
        </message>
        <message>
            <source>expected true or false</source>
            <translation>true oder false erwartet</translation>
        </message>
        <message>
            <source>expected a whole number</source>
            <translation>ganze Zahl erwartet</translation>
        </message>
        <message>
            <source>expected a date and time</source>
            <translation>Datum und Uhrzeit erwartet</translation>
        </message>
        <message>
            <source>not a known value</source>
            <translation>kein bekannter Wert</translation>
        </message>
        <message>
            <source>missing or not a version number</source>
            <translation>fehlt oder ist keine Versionsnummer</translation>
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
            <translation>Korrelation %1</translation>
        </message>
    </context>
    <context>
        <name>SupportSummary</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>SSPR Doctor support summary</source>
            <translation>SSPR Doctor-Supportzusammenfassung</translation>
        </message>
        <message>
            <source>Error code</source>
            <translation>Fehlercode</translation>
        </message>
        <message>
            <source>Error message</source>
            <translation>Fehlermeldung</translation>
        </message>
        <message>
            <source>Correlation ID</source>
            <translation>Korrelations-ID</translation>
        </message>
        <message>
            <source>Trace ID</source>
            <translation>Ablaufverfolgungs-ID</translation>
        </message>
        <message>
            <source>Timestamp (UTC)</source>
            <translation>Zeitstempel (UTC)</translation>
        </message>
        <message>
            <source>Tenant ID</source>
            <translation>Mandanten-ID</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>User (UPN)</source>
            <translation>Benutzer (UPN)</translation>
        </message>
        <message>
            <source>Where it happened</source>
            <translation>Ort des Fehlers</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Geprüft von</translation>
        </message>
        <message>
            <source>%1, signed in as %2</source>
            <translation>%1, angemeldet als %2</translation>
        </message>
        <message>
            <source>Checked at (UTC)</source>
            <translation>Geprüft am (UTC)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Likely cause</source>
            <translation>Wahrscheinliche Ursache</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>Befunde:</translation>
        </message>
        <message>
            <source>  (no check ran)</source>
            <translation>  (keine Prüfung ausgeführt)</translation>
        </message>
        <message>
            <source>  [%1] %2 (%3): %4</source>
            <translation>  [%1] %2 (%3): %4</translation>
        </message>
        <message>
            <source>Answers:</source>
            <translation>Antworten:</translation>
        </message>
        <message>
            <source>  %1: %2</source>
            <translation>  %1: %2</translation>
        </message>
        <message>
            <source>  (none recorded)</source>
            <translation>  (keine erfasst)</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>App-Version</translation>
        </message>
        <message>
            <source>OS</source>
            <translation>Betriebssystem</translation>
        </message>
    </context>
    <context>
        <name>TenantAdminSsprCheck</name>
        <message>
            <source>SSPR for administrators</source>
            <translation>SSPR für Administratoren</translation>
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
            <translation>Administratoren dürfen die Self-Service-Kennwortzurücksetzung verwenden.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is true: if the user holds an admin role, Microsoft's admin reset policy (two verification methods) applies, and the tenant does not block it.</source>
            <translation>allowedToUseSSPR ist true: Wenn der Benutzer eine Administratorrolle innehat, gilt die Microsoft-Richtlinie zum Zurücksetzen von Administratorkennwörtern (zwei Verifizierungsmethoden), und der Mandant blockiert dies nicht.</translation>
        </message>
        <message>
            <source>Nothing to do for administrator SSPR.</source>
            <translation>Für SSPR für Administratoren ist nichts zu tun.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is false (administrators cannot use SSPR), but whether this user holds an admin role could not be read.</source>
            <translation>allowedToUseSSPR ist false (Administratoren können SSPR nicht verwenden), aber ob dieser Benutzer eine Administratorrolle innehat, konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>%1 holds no admin role, so the administrator SSPR setting does not apply.</source>
            <translation>%1 hat keine Administratorrolle, daher gilt die SSPR-Einstellung für Administratoren nicht.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is false, which only stops administrators from using SSPR; isAdmin is false for this user, whose reset follows the tenant's SSPR policy.</source>
            <translation>allowedToUseSSPR ist false, was nur Administratoren von SSPR ausschließt; isAdmin ist für diesen Benutzer false, seine Zurücksetzung folgt also der SSPR-Richtlinie des Mandanten.</translation>
        </message>
        <message>
            <source>%1 holds an admin role and SSPR for administrators is off.</source>
            <translation>%1 hat eine Administratorrolle, und SSPR für Administratoren ist deaktiviert.</translation>
        </message>
        <message>
            <source>allowedToUseSSPR is false and isAdmin is true: the tenant does not let administrators reset their own password, whatever the SSPR policy for users says. Administrators follow Microsoft's own admin reset policy (two methods) when it is on.</source>
            <translation>allowedToUseSSPR ist false und isAdmin ist true: Der Mandant lässt Administratoren ihr eigenes Kennwort nicht zurücksetzen, unabhängig von der SSPR-Richtlinie für Benutzer. Ist die Einstellung aktiviert, gilt für Administratoren die Microsoft-eigene Richtlinie zum Zurücksetzen von Administratorkennwörtern (zwei Methoden).</translation>
        </message>
        <message>
            <source>Have another administrator reset the password, or allow SSPR for administrators (Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true) if your security policy permits.</source>
            <translation>Lassen Sie das Kennwort von einem anderen Administrator zurücksetzen, oder erlauben Sie SSPR für Administratoren (Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true), sofern Ihre Sicherheitsrichtlinie dies zulässt.</translation>
        </message>
        <message>
            <source>no: reading the authorization policy needs an admin role</source>
            <translation>nein: Das Lesen der Autorisierungsrichtlinie erfordert eine Administratorrolle</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read the tenant's authorization policy.</source>
            <translation>Übersprungen: Endbenutzer können die Autorisierungsrichtlinie des Mandanten nicht lesen.</translation>
        </message>
        <message>
            <source>The administrator SSPR setting (allowedToUseSSPR) needs Policy.Read.All and a role such as Global Reader. It matters only if you hold an admin role.</source>
            <translation>Die SSPR-Einstellung für Administratoren (allowedToUseSSPR) erfordert Policy.Read.All und eine Rolle wie Global Reader. Sie ist nur relevant, wenn Sie eine Administratorrolle innehaben.</translation>
        </message>
        <message>
            <source>If you are an administrator and cannot reset, ask another administrator to reset your password.</source>
            <translation>Wenn Sie Administrator sind und Ihr Kennwort nicht zurücksetzen können, bitten Sie einen anderen Administrator, es zurückzusetzen.</translation>
        </message>
    </context>
    <context>
        <name>TenantAssessment</name>
        <message>
            <source>Every synced user</source>
            <translation>Alle synchronisierten Benutzer</translation>
        </message>
        <message>
            <source>Password writeback (synced users)</source>
            <translation>Kennwortrückschreiben (synchronisierte Benutzer)</translation>
        </message>
        <message>
            <source>Not involved: nothing is synchronised from on-premises.</source>
            <translation>Nicht betroffen: Aus dem lokalen Verzeichnis wird nichts synchronisiert.</translation>
        </message>
        <message>
            <source>The policy allows every method SSPR can use that it governs.</source>
            <translation>Die Richtlinie lässt jede von ihr gesteuerte Methode zu, die SSPR verwenden kann.</translation>
        </message>
        <message>
            <source>The policy disables for SSPR: %1. Users whose only methods these are fail.</source>
            <translation>Die Richtlinie deaktiviert für SSPR: %1. Bei Benutzern, die nur diese Methoden haben, schlägt SSPR fehl.</translation>
        </message>
        <message>
            <source>The tenant's subscriptions cover SSPR (each user's own licence is not checked in a bulk scan).</source>
            <translation>Die Abonnements des Mandanten decken SSPR ab (die Lizenz der einzelnen Benutzer wird beim Massenscan nicht geprüft).</translation>
        </message>
        <message>
            <source>[%1] %2: %3</source>
            <translation>[%1] %2: %3</translation>
        </message>
        <message>
            <source>Password writeback is on for users synced from on-premises.</source>
            <translation>Das Kennwortrückschreiben ist für aus dem lokalen Active Directory synchronisierte Benutzer aktiviert.</translation>
        </message>
        <message>
            <source>Password writeback is off: users synced from on-premises cannot reset their password.</source>
            <translation>Das Kennwortrückschreiben ist deaktiviert: Aus dem lokalen Active Directory synchronisierte Benutzer können ihr Kennwort nicht zurücksetzen.</translation>
        </message>
        <message>
            <source>Whether password writeback works for users synced from on-premises is unknown: scan with --answer writeback=yes or no.</source>
            <translation>Ob das Kennwortrückschreiben für aus dem lokalen Active Directory synchronisierte Benutzer funktioniert, ist unbekannt: Scannen Sie mit --answer writeback=yes oder no.</translation>
        </message>
    </context>
    <context>
        <name>TenantLicenseCheck</name>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
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
            <translation>Lizenzen für SSPR</translation>
        </message>
        <message>
            <source>Active subscriptions with Entra ID P1/P2: %1; Microsoft 365 business plans: %2; others: %3.</source>
            <translation>Aktive Abonnements mit Entra ID P1/P2: %1; Microsoft 365 Business-Pläne: %2; sonstige: %3.</translation>
        </message>
        <message>
            <source>A cloud-only user changing a known password needs no licence; resetting a forgotten one does.</source>
            <translation>Ein reiner Cloudbenutzer braucht keine Lizenz, um ein bekanntes Kennwort zu ändern, wohl aber, um ein vergessenes zurückzusetzen.</translation>
        </message>
        <message>
            <source>No Entra ID P1/P2 in the tenant: password writeback for synced users is not licensed.</source>
            <translation>Kein Entra ID P1/P2 im Mandanten: Das Kennwortrückschreiben für synchronisierte Benutzer ist nicht lizenziert.</translation>
        </message>
        <message>
            <source>No subscription the SSPR licensing page names was found.</source>
            <translation>Es wurde kein Abonnement gefunden, das auf der SSPR-Lizenzierungsseite genannt wird.</translation>
        </message>
        <message>
            <source>No licence in the tenant covers self-service password reset.</source>
            <translation>Keine Lizenz im Mandanten deckt die Self-Service-Kennwortzurücksetzung ab.</translation>
        </message>
        <message>
            <source>The user is synced from on-premises, so a reset or change must be written back; writeback needs Microsoft Entra ID P1 or P2 (standalone Office 365 plans do not include it).</source>
            <translation>Der Benutzer wird aus dem lokalen Verzeichnis synchronisiert, daher muss eine Zurücksetzung oder Änderung zurückgeschrieben werden. Das Kennwortrückschreiben erfordert Microsoft Entra ID P1 oder P2 (eigenständige Office 365-Pläne enthalten es nicht).</translation>
        </message>
        <message>
            <source>Resetting a forgotten password needs Microsoft 365 Business Standard or Premium, or Microsoft Entra ID P1/P2.</source>
            <translation>Das Zurücksetzen eines vergessenen Kennworts erfordert Microsoft 365 Business Standard oder Premium oder Microsoft Entra ID P1/P2.</translation>
        </message>
        <message>
            <source>Inactive subscriptions: %1.</source>
            <translation>Inaktive Abonnements: %1.</translation>
        </message>
        <message>
            <source>Whether the user is synced could not be read (see Account state).</source>
            <translation>Ob der Benutzer synchronisiert wird, konnte nicht gelesen werden (siehe Kontostatus).</translation>
        </message>
        <message>
            <source>Buy or renew Microsoft Entra ID P1 (or a plan that includes it, such as Microsoft 365 Business Premium or E3) and assign it to the users of SSPR.</source>
            <translation>Erwerben oder verlängern Sie Microsoft Entra ID P1 (oder einen Plan, der es enthält, z. B. Microsoft 365 Business Premium oder E3), und weisen Sie es den SSPR-Benutzern zu.</translation>
        </message>
        <message>
            <source>Entra ID P1/P2 is in the tenant but not assigned to this user.</source>
            <translation>Entra ID P1/P2 ist im Mandanten vorhanden, aber diesem Benutzer nicht zugewiesen.</translation>
        </message>
        <message>
            <source>A Microsoft 365 business plan is in the tenant but not assigned to this user.</source>
            <translation>Ein Microsoft 365 Business-Plan ist im Mandanten vorhanden, aber diesem Benutzer nicht zugewiesen.</translation>
        </message>
        <message>
            <source>The user's licences: %1. Microsoft requires a licence for every user who benefits from SSPR%2.</source>
            <translation>Lizenzen des Benutzers: %1. Microsoft verlangt eine Lizenz für jeden Benutzer, der SSPR nutzt%2.</translation>
        </message>
        <message>
            <source> (P1/P2 for writeback)</source>
            <translation> (P1/P2 für das Rückschreiben)</translation>
        </message>
        <message>
            <source>Assign the licence to the user (Microsoft 365 admin center &gt; Users, or group-based licensing in the Entra admin center).</source>
            <translation>Weisen Sie dem Benutzer die Lizenz zu (Microsoft 365 Admin Center &gt; Benutzer oder gruppenbasierte Lizenzierung im Entra Admin Center).</translation>
        </message>
        <message>
            <source>Licensed: the user has Entra ID P1/P2 (%1).</source>
            <translation>Lizenziert: Der Benutzer hat Entra ID P1/P2 (%1).</translation>
        </message>
        <message>
            <source>Licensed: the cloud-only user has %1.</source>
            <translation>Lizenziert: Der reine Cloudbenutzer hat %1.</translation>
        </message>
        <message>
            <source>The user is synced, and P1/P2 covers reset with writeback.</source>
            <translation>Der Benutzer wird synchronisiert, und P1/P2 deckt die Zurücksetzung mit Rückschreiben ab.</translation>
        </message>
        <message>
            <source>This covers self-service password reset for the user.</source>
            <translation>Damit ist die Self-Service-Kennwortzurücksetzung für den Benutzer abgedeckt.</translation>
        </message>
        <message>
            <source>Nothing to do for licences.</source>
            <translation>Für die Lizenzen ist nichts zu tun.</translation>
        </message>
        <message>
            <source>Your licences cover self-service password reset: %1.</source>
            <translation>Ihre Lizenzen decken die Self-Service-Kennwortzurücksetzung ab: %1.</translation>
        </message>
        <message>
            <source>Read from your own licence details (User.Read).</source>
            <translation>Aus Ihren eigenen Lizenzdetails gelesen (User.Read).</translation>
        </message>
        <message>
            <source>Skipped: your licences do not show SSPR coverage, and only an administrator can check the tenant's subscriptions.</source>
            <translation>Übersprungen: Ihre Lizenzen weisen keine SSPR-Abdeckung aus, und nur ein Administrator kann die Abonnements des Mandanten prüfen.</translation>
        </message>
        <message>
            <source>Your licences: %1. The tenant's subscriptions (GET /subscribedSkus) need LicenseAssignment.Read.All and a reader role.</source>
            <translation>Ihre Lizenzen: %1. Die Abonnements des Mandanten (GET /subscribedSkus) erfordern LicenseAssignment.Read.All und eine Leserolle.</translation>
        </message>
        <message>
            <source>Ask your IT help desk whether a licence covering self-service password reset is assigned to you.</source>
            <translation>Fragen Sie Ihren IT-Helpdesk, ob Ihnen eine Lizenz zugewiesen ist, die die Self-Service-Kennwortzurücksetzung abdeckt.</translation>
        </message>
    </context>
    <context>
        <name>TenantSyncCheck</name>
        <message>
            <source>Directory synchronisation</source>
            <translation>Verzeichnissynchronisierung</translation>
        </message>
        <message>
            <source>Skipped: reading the tenant's sync state needs Organization.Read.All.</source>
            <translation>Übersprungen: Zum Lesen des Synchronisierungsstatus des Mandanten ist Organization.Read.All erforderlich.</translation>
        </message>
        <message>
            <source>Graph answered with onPremisesSyncEnabled and onPremisesLastSyncDateTime null. With only User.Read Graph returns null for every organization property except id, displayName and verifiedDomains, so this does not show the tenant is cloud-only.</source>
            <translation>Graph hat onPremisesSyncEnabled und onPremisesLastSyncDateTime mit null beantwortet. Mit nur User.Read gibt Graph für alle Organisationseigenschaften außer id, displayName und verifiedDomains null zurück; daraus folgt also nicht, dass der Mandant ein reiner Cloudmandant ist.</translation>
        </message>
        <message>
            <source>Ask your IT help desk whether the directory sync (Microsoft Entra Connect or Cloud Sync) is healthy.</source>
            <translation>Fragen Sie Ihren IT-Helpdesk, ob die Verzeichnissynchronisierung (Microsoft Entra Connect oder Cloud Sync) fehlerfrei läuft.</translation>
        </message>
        <message>
            <source>Consent Organization.Read.All for SSPR Doctor and run the checks again.</source>
            <translation>Erteilen Sie SSPR Doctor die Zustimmung für Organization.Read.All, und führen Sie die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>Cloud-only tenant: nothing is synchronised from on-premises.</source>
            <translation>Reiner Cloudmandant: Aus dem lokalen Verzeichnis wird nichts synchronisiert.</translation>
        </message>
        <message>
            <source>Directory sync is turned off for this tenant.</source>
            <translation>Die Verzeichnissynchronisierung ist für diesen Mandanten deaktiviert.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is null: the tenant was never synchronised from an on-premises directory, so sync delays cannot explain the error.</source>
            <translation>onPremisesSyncEnabled ist null: Der Mandant wurde nie aus einem lokalen Verzeichnis synchronisiert, daher können Synchronisierungsverzögerungen den Fehler nicht erklären.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is false: the tenant was synchronised once but no longer is. Accounts that came from on-premises are now managed in the cloud.</source>
            <translation>onPremisesSyncEnabled ist false: Der Mandant wurde früher synchronisiert, jetzt aber nicht mehr. Konten, die aus dem lokalen Verzeichnis stammen, werden jetzt in der Cloud verwaltet.</translation>
        </message>
        <message>
            <source>Nothing to do for directory sync.</source>
            <translation>Für die Verzeichnissynchronisierung ist nichts zu tun.</translation>
        </message>
        <message>
            <source>Synced accounts get their password state, lock-out and new changes from on-premises Active Directory through this sync; password writeback uses the same Entra Connect / Cloud Sync agent, so a stalled sync often comes with writeback failures (AADSTS120012, 120013).</source>
            <translation>Synchronisierte Konten erhalten ihren Kennwortstatus, Sperren und neue Änderungen über diese Synchronisierung aus dem lokalen Active Directory; das Kennwortrückschreiben verwendet denselben Entra Connect-/Cloud Sync-Agent, daher geht eine hängende Synchronisierung oft mit Rückschreibfehlern einher (AADSTS120012, 120013).</translation>
        </message>
        <message>
            <source>On the Microsoft Entra Connect server, check the sync service and the Synchronization Service Manager for errors (or the Cloud Sync agent status in the admin center), then run a sync cycle.</source>
            <translation>Prüfen Sie auf dem Microsoft Entra Connect-Server den Synchronisierungsdienst und den Synchronization Service Manager auf Fehler (oder den Status des Cloud Sync-Agents im Admin Center), und starten Sie dann einen Synchronisierungszyklus.</translation>
        </message>
        <message numerus="yes">
            <source>The last directory sync was %n hour(s) ago.</source>
            <translation>
                <numerusform>Die letzte Verzeichnissynchronisierung war vor %n Stunde.</numerusform>
                <numerusform>Die letzte Verzeichnissynchronisierung war vor %n Stunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, more than 24 hours ago; sync normally runs every 30 minutes.</source>
            <translation>onPremisesSyncEnabled ist true, und onPremisesLastSyncDateTime ist %1, also mehr als 24 Stunden her; die Synchronisierung läuft normalerweise alle 30 Minuten.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, more than 3 hours ago; sync normally runs every 30 minutes.</source>
            <translation>onPremisesSyncEnabled ist true, und onPremisesLastSyncDateTime ist %1, also mehr als 3 Stunden her; die Synchronisierung läuft normalerweise alle 30 Minuten.</translation>
        </message>
        <message numerus="yes">
            <source>Directory sync is current: last run %n minute(s) ago.</source>
            <translation>
                <numerusform>Die Verzeichnissynchronisierung ist aktuell: letzter Lauf vor %n Minute.</numerusform>
                <numerusform>Die Verzeichnissynchronisierung ist aktuell: letzter Lauf vor %n Minuten.</numerusform>
            </translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1.</source>
            <translation>onPremisesSyncEnabled ist true, und onPremisesLastSyncDateTime ist %1.</translation>
        </message>
    </context>
    <context>
        <name>TenantWritebackCheck</name>
        <message>
            <source>Password writeback</source>
            <translation>Kennwortrückschreiben</translation>
        </message>
        <message>
            <source>%1 is a cloud-only account: password writeback is not involved.</source>
            <translation>%1 ist ein reines Cloudkonto: Kennwortrückschreiben spielt keine Rolle.</translation>
        </message>
        <message>
            <source>onPremisesSyncEnabled is %1, so the password lives in Microsoft Entra ID and no on-premises directory has to accept it.</source>
            <translation>onPremisesSyncEnabled ist %1, daher liegt das Kennwort in Microsoft Entra ID, und kein lokales Verzeichnis muss es annehmen.</translation>
        </message>
        <message>
            <source>Nothing to do for writeback.</source>
            <translation>Für das Rückschreiben ist nichts zu tun.</translation>
        </message>
        <message>
            <source>The directory reports features.passwordWritebackEnabled = %1; Microsoft documents that property as not in use, so it is shown, not trusted.</source>
            <translation>Das Verzeichnis meldet features.passwordWritebackEnabled = %1; laut Microsoft wird diese Eigenschaft nicht verwendet, daher wird sie nur angezeigt, nicht als verlässlich gewertet.</translation>
        </message>
        <message>
            <source>The directory synchronization settings were not readable (HTTP 403: only a Global Administrator may read them, with OnPremDirectorySynchronization.Read.All); the admin's answer stands in.</source>
            <translation>Die Einstellungen der Verzeichnissynchronisierung waren nicht lesbar (HTTP 403: Nur ein Global Administrator darf sie lesen, mit OnPremDirectorySynchronization.Read.All); stattdessen gilt die Antwort des Administrators.</translation>
        </message>
        <message>
            <source>The directory synchronization settings could not be read (%1).</source>
            <translation>Die Einstellungen der Verzeichnissynchronisierung konnten nicht gelesen werden (%1).</translation>
        </message>
        <message>
            <source>The SSPR audit reply lacks %1, so it was not used.</source>
            <translation>Der SSPR-Überwachungsantwort fehlt %1, daher wurde sie nicht verwendet.</translation>
        </message>
        <message>
            <source>The SSPR audit log could not be read (%1).</source>
            <translation>Das SSPR-Überwachungsprotokoll konnte nicht gelesen werden (%1).</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(nicht beantwortet)</translation>
        </message>
        <message>
            <source>%1 is synced from on-premises Active Directory, so SSPR must write the new password back there.</source>
            <translation>%1 wird aus dem lokalen Active Directory synchronisiert, daher muss SSPR das neue Kennwort dorthin zurückschreiben.</translation>
        </message>
        <message>
            <source>SSPR failed on the on-premises side for %1: writeback is broken.</source>
            <translation>SSPR ist für %1 auf der lokalen Seite fehlgeschlagen: Das Rückschreiben funktioniert nicht.</translation>
        </message>
        <message>
            <source>The SSPR audit log shows failures naming on-premises writeback (the 120012/120013/120014 shape): %1.</source>
            <translation>Das SSPR-Überwachungsprotokoll zeigt Fehler, die das lokale Rückschreiben nennen (Muster 120012/120013/120014): %1.</translation>
        </message>
        <message>
            <source>On the Entra Connect / Cloud Sync server, check the PasswordResetService and ADSync events (31xxx-33xxx), the connector account's Reset password permission and outbound 443 to *.servicebus.windows.net; restart or toggle writeback.</source>
            <translation>Prüfen Sie auf dem Entra Connect- bzw. Cloud Sync-Server die Ereignisse von PasswordResetService und ADSync (31xxx–33xxx), die Berechtigung „Kennwort zurücksetzen“ des Connectorkontos und ausgehenden Datenverkehr über Port 443 zu *.servicebus.windows.net; starten Sie das Rückschreiben neu oder schalten Sie es aus und wieder ein.</translation>
        </message>
        <message>
            <source>%1 is synced and password writeback is off.</source>
            <translation>%1 wird synchronisiert, und das Kennwortrückschreiben ist aus.</translation>
        </message>
        <message>
            <source>The administrator answered that writeback is not enabled (or its service is not healthy): resets and changes of this account cannot succeed (SSPR_0010, AADSTS120012 shape).</source>
            <translation>Der Administrator hat angegeben, dass das Rückschreiben nicht aktiviert ist (oder sein Dienst nicht fehlerfrei läuft): Zurücksetzungen und Änderungen dieses Kontos können nicht gelingen (Muster SSPR_0010, AADSTS120012).</translation>
        </message>
        <message>
            <source>Enable password writeback in Entra Connect (Optional features) or Cloud Sync, and turn on "Write back passwords to your on-premises directory" under Password reset &gt; On-premises integration.</source>
            <translation>Aktivieren Sie das Kennwortrückschreiben in Entra Connect (Optionale Features) oder Cloud Sync, und schalten Sie unter Kennwortzurücksetzung &gt; Lokale Integration „Kennwörter in Ihr lokales Verzeichnis zurückschreiben“ ein.</translation>
        </message>
        <message>
            <source>%1 is synced and the administrator confirmed writeback is enabled.</source>
            <translation>%1 wird synchronisiert, und der Administrator hat bestätigt, dass das Rückschreiben aktiviert ist.</translation>
        </message>
        <message>
            <source>Writeback was confirmed and the SSPR audit log shows no on-premises failure.</source>
            <translation>Das Rückschreiben wurde bestätigt, und das SSPR-Überwachungsprotokoll zeigt keinen lokalen Fehler.</translation>
        </message>
        <message>
            <source>%1 is synced; whether password writeback works is unknown.</source>
            <translation>%1 wird synchronisiert; ob das Kennwortrückschreiben funktioniert, ist unbekannt.</translation>
        </message>
        <message>
            <source>Microsoft Graph does not report the writeback state reliably, so an administrator has to confirm it (question "Is password writeback enabled in Entra Connect / Cloud Sync, and is its service healthy?").</source>
            <translation>Microsoft Graph meldet den Rückschreibestatus nicht zuverlässig, daher muss ein Administrator ihn bestätigen (Frage „Ist das Kennwortrückschreiben in Entra Connect / Cloud Sync aktiviert, und läuft sein Dienst fehlerfrei?“).</translation>
        </message>
        <message>
            <source>Check Password reset &gt; On-premises integration in the Microsoft Entra admin center and the writeback service on the Entra Connect server, then answer the writeback question.</source>
            <translation>Prüfen Sie Kennwortzurücksetzung &gt; Lokale Integration im Microsoft Entra Admin Center und den Rückschreibedienst auf dem Entra Connect-Server, und beantworten Sie dann die Frage zum Rückschreiben.</translation>
        </message>
        <message>
            <source>The SSPR audit log was not read (not requested or no reply).</source>
            <translation>Das SSPR-Überwachungsprotokoll wurde nicht gelesen (nicht angefordert oder keine Antwort).</translation>
        </message>
        <message>
            <source>Writeback was confirmed by the administrator; the SSPR audit log could not be searched for on-premises failures, so that part is unverified.</source>
            <translation>Das Kennwortrückschreiben wurde vom Administrator bestätigt; das SSPR-Überwachungsprotokoll konnte nicht nach lokalen Fehlern durchsucht werden, daher ist dieser Teil nicht überprüft.</translation>
        </message>
    </context>
    <context>
        <name>TextReport</name>
        <message>
            <source>SSPR Doctor report</source>
            <translation>SSPR Doctor-Bericht</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>Ergebnis: %1</translation>
        </message>
        <message>
            <source>Likely cause</source>
            <translation>Wahrscheinliche Ursache</translation>
        </message>
        <message>
            <source>Who must act: %1</source>
            <translation>Zuständig: %1</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Nächster Schritt: %1</translation>
        </message>
        <message>
            <source>Documentation: %1</source>
            <translation>Dokumentation: %1</translation>
        </message>
        <message>
            <source>Based on: %1</source>
            <translation>Grundlage: %1</translation>
        </message>
        <message>
            <source>No single cause was identified.</source>
            <translation>Es wurde keine eindeutige Ursache ermittelt.</translation>
        </message>
        <message>
            <source>Support summary</source>
            <translation>Supportzusammenfassung</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>No check ran.</source>
            <translation>Es wurde keine Prüfung ausgeführt.</translation>
        </message>
        <message>
            <source>[%1] %2 (%3)</source>
            <translation>[%1] %2 (%3)</translation>
        </message>
        <message>
            <source>  Who must act: %1</source>
            <translation>  Zuständig: %1</translation>
        </message>
        <message>
            <source>  What to do: %1</source>
            <translation>  Maßnahme: %1</translation>
        </message>
        <message>
            <source>  Documentation: %1</source>
            <translation>  Dokumentation: %1</translation>
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
            <translation>  Belege: %1</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>No answers recorded.</source>
            <translation>Keine Antworten aufgezeichnet.</translation>
        </message>
        <message>
            <source>Not answered: %1</source>
            <translation>Nicht beantwortet: %1</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Eingaben</translation>
        </message>
        <message>
            <source>Error code: %1</source>
            <translation>Fehlercode: %1</translation>
        </message>
        <message>
            <source>Message: %1</source>
            <translation>Meldung: %1</translation>
        </message>
        <message>
            <source>Correlation ID: %1</source>
            <translation>Korrelations-ID: %1</translation>
        </message>
        <message>
            <source>Trace ID: %1</source>
            <translation>Ablaufverfolgungs-ID: %1</translation>
        </message>
        <message>
            <source>Timestamp (UTC): %1</source>
            <translation>Zeitstempel (UTC): %1</translation>
        </message>
        <message>
            <source>SSPR codes: %1</source>
            <translation>SSPR-Codes: %1</translation>
        </message>
        <message>
            <source>Writeback event IDs: %1</source>
            <translation>Ereignis-IDs des Rückschreibens: %1</translation>
        </message>
        <message>
            <source>Not found in the pasted text: %1</source>
            <translation>Im eingefügten Text nicht gefunden: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Hinweis: %1</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Benutzer: %1</translation>
        </message>
        <message>
            <source>Mode: %1</source>
            <translation>Modus: %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>About this report</source>
            <translation>Über diesen Bericht</translation>
        </message>
        <message>
            <source>App version: %1</source>
            <translation>App-Version: %1</translation>
        </message>
        <message>
            <source>OS: %1</source>
            <translation>Betriebssystem: %1</translation>
        </message>
        <message>
            <source>Started: %1</source>
            <translation>Gestartet: %1</translation>
        </message>
        <message>
            <source>Finished: %1</source>
            <translation>Beendet: %1</translation>
        </message>
        <message>
            <source>Graph round trips: %1</source>
            <translation>Graph-Roundtrips: %1</translation>
        </message>
    </context>
    <context>
        <name>TextSummary</name>
        <message>
            <source>All checks passed.</source>
            <translation>Alle Prüfungen bestanden.</translation>
        </message>
        <message>
            <source>No check failed; some findings deserve a look.</source>
            <translation>Keine Prüfung fehlgeschlagen; einige Befunde verdienen einen Blick.</translation>
        </message>
        <message>
            <source>Not an all-clear: some checks could not run or ended in an error.</source>
            <translation>Keine Entwarnung: Einige Prüfungen konnten nicht laufen oder endeten mit einem Fehler.</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>BESTANDEN</translation>
        </message>
        <message>
            <source>WARN</source>
            <translation>WARNUNG</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <source>SKIP</source>
            <translation>ÜBERSPRUNGEN</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>FEHLER</translation>
        </message>
        <message>
            <source>generic SSPR playbook</source>
            <translation>allgemeines SSPR-Playbook</translation>
        </message>
        <message>
            <source>%1 (no error code pasted)</source>
            <translation>%1 (kein Fehlercode eingefügt)</translation>
        </message>
        <message>
            <source>SSPR Doctor %1 — %2 — user %3 — %4
</source>
            <translation>SSPR Doctor %1 — %2 — Benutzer %3 — %4
</translation>
        </message>
        <message>
            <source>(self)</source>
            <translation>(eigenes Konto)</translation>
        </message>
        <message>
            <source>Correlation ID: %1
</source>
            <translation>Korrelations-ID: %1
</translation>
        </message>
        <message>
            <source>Graph round trips: %1
</source>
            <translation>Graph-Roundtrips: %1
</translation>
        </message>
        <message>
            <source>At least one check failed: the most likely cause is named above.</source>
            <translation>Mindestens eine Prüfung ist fehlgeschlagen: Die wahrscheinlichste Ursache ist oben genannt.</translation>
        </message>
        <message>
            <source>the user</source>
            <translation>der Benutzer</translation>
        </message>
        <message>
            <source>an administrator</source>
            <translation>ein Administrator</translation>
        </message>
        <message>
            <source>Microsoft</source>
            <translation>Microsoft</translation>
        </message>
        <message>
            <source>nobody (wait and retry)</source>
            <translation>niemand (abwarten und erneut versuchen)</translation>
        </message>
        <message>
            <source>Most likely cause: %1 [%2]
</source>
            <translation>Wahrscheinlichste Ursache: %1 [%2]
</translation>
        </message>
        <message>
            <source>  Confidence: supported by 1 finding
</source>
            <translation>  Verlässlichkeit: gestützt auf 1 Befund
</translation>
        </message>
        <message>
            <source>  Confidence: supported by %1 findings
</source>
            <translation>  Verlässlichkeit: gestützt auf %1 Befunde
</translation>
        </message>
        <message>
            <source>  Who must act: %1
</source>
            <translation>  Zuständig: %1
</translation>
        </message>
        <message>
            <source>  Next step: %1
</source>
            <translation>  Nächster Schritt: %1
</translation>
        </message>
        <message>
            <source>  Read: %1
</source>
            <translation>  Dokumentation: %1
</translation>
        </message>
        <message>
            <source>AADSTS%1 is not in the 1200xx catalog: the generic SSPR playbook ran.
</source>
            <translation>AADSTS%1 ist nicht im 1200xx-Katalog: Das allgemeine SSPR-Playbook wurde ausgeführt.
</translation>
        </message>
        <message>
            <source>Not answered: %1
</source>
            <translation>Nicht beantwortet: %1
</translation>
        </message>
    </context>
    <context>
        <name>TransportErrorText</name>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>the reply announced %1, more than the %2 this app reads from one reply; it was not downloaded</source>
            <translation>die Antwort kündigte %1 an, mehr als die %2, die diese App aus einer Antwort liest; sie wurde nicht heruntergeladen</translation>
        </message>
        <message>
            <source>the reply grew past the %1 this app reads from one reply; it was abandoned</source>
            <translation>die Antwort wuchs über die %1 hinaus, die diese App aus einer Antwort liest; sie wurde abgebrochen</translation>
        </message>
        <message>
            <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them (%2)</source>
            <translation>%1 hat die Verbindung abgelehnt: Dort nimmt nichts Verbindungen an, oder eine Firewall weist sie ab (%2)</translation>
        </message>
        <message>
            <source>the server name %1 could not be found (DNS lookup failed); check the name, the DNS settings and the network connection (%2)</source>
            <translation>der Servername %1 wurde nicht gefunden (DNS-Abfrage fehlgeschlagen); prüfen Sie den Namen, die DNS-Einstellungen und die Netzwerkverbindung (%2)</translation>
        </message>
        <message>
            <source>the secure (TLS) connection to %1 failed, so nothing was sent: the server's certificate was not accepted or the server does not speak TLS; a proxy or security product that inspects HTTPS can cause this (%2)</source>
            <translation>die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen, daher wurde nichts gesendet: Das Zertifikat des Servers wurde nicht akzeptiert oder der Server unterstützt kein TLS; ein Proxy oder Sicherheitsprodukt, das HTTPS untersucht, kann die Ursache sein (%2)</translation>
        </message>
        <message>
            <source>the connection to %1 was lost in the middle of the reply (%2 of %3 bytes arrived) (%4)</source>
            <translation>die Verbindung zu %1 ist mitten in der Antwort abgebrochen (%2 von %3 Bytes empfangen) (%4)</translation>
        </message>
        <message>
            <source>the connection to %1 was lost in the middle of the reply (%2)</source>
            <translation>die Verbindung zu %1 ist mitten in der Antwort abgebrochen (%2)</translation>
        </message>
        <message>
            <source>the secure (TLS) connection to %1 failed, so nothing was sent: the server closed the connection during the TLS handshake (it may not speak TLS on that port, or something in between cut it) (%2)</source>
            <translation>die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen, daher wurde nichts gesendet: Der Server hat die Verbindung während des TLS-Handshakes geschlossen (er unterstützt an diesem Port eventuell kein TLS, oder etwas dazwischen hat sie getrennt) (%2)</translation>
        </message>
        <message>
            <source>the connection to %1 was closed before any reply arrived (%2)</source>
            <translation>die Verbindung zu %1 wurde geschlossen, bevor eine Antwort eintraf (%2)</translation>
        </message>
        <message>
            <source>the proxy between this PC and %1 failed (%2)</source>
            <translation>der Proxy zwischen diesem PC und %1 ist fehlgeschlagen (%2)</translation>
        </message>
        <message>
            <source>network error talking to %1 (%2)</source>
            <translation>Netzwerkfehler bei der Kommunikation mit %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>UserAccountCheck</name>
        <message>
            <source>Account state</source>
            <translation>Kontostatus</translation>
        </message>
        <message>
            <source>User not found in this tenant: %1</source>
            <translation>Benutzer in diesem Mandanten nicht gefunden: %1</translation>
        </message>
        <message>
            <source>Microsoft Graph answered 404 for %1. This is the shape of AADSTS120016 (PasswordChangeUserNotFoundBySspr): the name does not match an account in this tenant — a typo, an account in another tenant, a deleted account, or a guest whose password lives in its home organization.</source>
            <translation>Microsoft Graph hat für %1 mit 404 geantwortet. Das ist das Muster von AADSTS120016 (PasswordChangeUserNotFoundBySspr): Der Name passt zu keinem Konto in diesem Mandanten – ein Tippfehler, ein Konto in einem anderen Mandanten, ein gelöschtes Konto oder ein Gast, dessen Kennwort in seiner Heimorganisation verwaltet wird.</translation>
        </message>
        <message>
            <source>Graph request-id: %1.</source>
            <translation>request-id von Graph: %1.</translation>
        </message>
        <message>
            <source>Check the exact sign-in name (UPN) the user types; if the account was deleted, restore it from Deleted users in the Microsoft Entra admin center.</source>
            <translation>Prüfen Sie den genauen Anmeldenamen (UPN), den der Benutzer eingibt. Wurde das Konto gelöscht, stellen Sie es im Microsoft Entra Admin Center unter „Gelöschte Benutzer“ wieder her.</translation>
        </message>
        <message>
            <source>The account is synced from on-premises Active Directory, so its password is managed there and SSPR needs password writeback.</source>
            <translation>Das Konto wird aus dem lokalen Active Directory synchronisiert. Sein Kennwort wird daher dort verwaltet, und SSPR erfordert das Kennwortrückschreiben.</translation>
        </message>
        <message>
            <source>The account %1 is disabled.</source>
            <translation>Das Konto %1 ist deaktiviert.</translation>
        </message>
        <message>
            <source>accountEnabled is false. A disabled account can neither sign in nor reset its password, and the registration report does not cover it either.</source>
            <translation>accountEnabled ist false. Ein deaktiviertes Konto kann sich weder anmelden noch sein Kennwort zurücksetzen, und der Registrierungsbericht erfasst es ebenfalls nicht.</translation>
        </message>
        <message>
            <source>Enable the account in on-premises Active Directory and wait for the next sync (a change made in Microsoft Entra would be overwritten).</source>
            <translation>Aktivieren Sie das Konto im lokalen Active Directory, und warten Sie die nächste Synchronisierung ab (eine Änderung in Microsoft Entra würde überschrieben).</translation>
        </message>
        <message>
            <source>Enable the account (Account enabled, in the user's properties in the Microsoft Entra admin center) if it was disabled by mistake.</source>
            <translation>Aktivieren Sie das Konto („Konto aktiviert“ in den Eigenschaften des Benutzers im Microsoft Entra Admin Center), falls es versehentlich deaktiviert wurde.</translation>
        </message>
        <message>
            <source>%1 is a guest in this tenant: its password is reset in its home organization.</source>
            <translation>%1 ist ein Gast in diesem Mandanten: Sein Kennwort wird in seiner Heimorganisation zurückgesetzt.</translation>
        </message>
        <message>
            <source>userType is Guest. A guest signs in with an account that belongs to another organization (or a personal Microsoft account), so self-service password reset in this tenant cannot change it.</source>
            <translation>userType ist Guest. Ein Gast meldet sich mit einem Konto an, das zu einer anderen Organisation gehört (oder einem persönlichen Microsoft-Konto), daher kann die Self-Service-Kennwortzurücksetzung in diesem Mandanten es nicht ändern.</translation>
        </message>
        <message>
            <source>Reset the password with the organization or service that issued the account, not in this tenant.</source>
            <translation>Setzen Sie das Kennwort bei der Organisation oder dem Dienst zurück, von dem das Konto stammt, nicht in diesem Mandanten.</translation>
        </message>
        <message numerus="yes">
            <source>The password was changed %n minute(s) ago.</source>
            <translation>
                <numerusform>Das Kennwort wurde vor %n Minute geändert.</numerusform>
                <numerusform>Das Kennwort wurde vor %n Minuten geändert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The password was changed at %1, %n minute(s) before this check. A new password takes a few minutes to reach every service (and the on-premises directory through writeback); attempts in that window can fail.</source>
            <translation>
                <numerusform>Das Kennwort wurde am %1 geändert, %n Minute vor dieser Prüfung. Ein neues Kennwort braucht einige Minuten, bis es alle Dienste erreicht (und per Rückschreiben das lokale Verzeichnis); Versuche in diesem Zeitraum können fehlschlagen.</numerusform>
                <numerusform>Das Kennwort wurde am %1 geändert, %n Minuten vor dieser Prüfung. Ein neues Kennwort braucht einige Minuten, bis es alle Dienste erreicht (und per Rückschreiben das lokale Verzeichnis); Versuche in diesem Zeitraum können fehlschlagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wait 15 minutes after the last password change and try again.</source>
            <translation>Warten Sie nach der letzten Kennwortänderung 15 Minuten, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The account has non-default password policies: %1.</source>
            <translation>Für das Konto gelten vom Standard abweichende Kennwortrichtlinien: %1.</translation>
        </message>
        <message>
            <source>DisablePasswordExpiration: the password never expires (informational).</source>
            <translation>DisablePasswordExpiration: Das Kennwort läuft nie ab (zur Information).</translation>
        </message>
        <message>
            <source>DisableStrongPassword: weaker passwords are allowed in Microsoft Entra, but an on-premises policy can still reject the new password (AADSTS120004 shape).</source>
            <translation>DisableStrongPassword: In Microsoft Entra sind schwächere Kennwörter zulässig, eine lokale Richtlinie kann das neue Kennwort aber dennoch ablehnen (Muster von AADSTS120004).</translation>
        </message>
        <message>
            <source>Informational: review whether these password policies are still wanted for this account.</source>
            <translation>Zur Information: Prüfen Sie, ob diese Kennwortrichtlinien für dieses Konto noch gewünscht sind.</translation>
        </message>
        <message>
            <source>Graph did not report whether %1 is a member or a guest.</source>
            <translation>Graph hat nicht gemeldet, ob %1 ein Mitglied oder ein Gast ist.</translation>
        </message>
        <message>
            <source>userType is %1; the account was treated as a member.</source>
            <translation>userType ist %1; das Konto wurde als Mitglied behandelt.</translation>
        </message>
        <message>
            <source>Check the user type in the Microsoft Entra admin center.</source>
            <translation>Prüfen Sie den Benutzertyp im Microsoft Entra Admin Center.</translation>
        </message>
        <message>
            <source>The account is enabled and a member.</source>
            <translation>Das Konto ist aktiviert und ein Mitglied.</translation>
        </message>
        <message>
            <source>The account is enabled.</source>
            <translation>Das Konto ist aktiviert.</translation>
        </message>
        <message>
            <source>The account %1 is enabled and a member of this tenant.</source>
            <translation>Das Konto %1 ist aktiviert und Mitglied dieses Mandanten.</translation>
        </message>
        <message>
            <source>accountEnabled is true and userType is %1.</source>
            <translation>accountEnabled ist true und userType ist %1.</translation>
        </message>
        <message>
            <source>Nothing to do for the account itself.</source>
            <translation>Für das Konto selbst ist nichts zu tun.</translation>
        </message>
    </context>
    <context>
        <name>UserMethodsCheck</name>
        <message>
            <source>Registered authentication methods</source>
            <translation>Registrierte Authentifizierungsmethoden</translation>
        </message>
        <message>
            <source>no: not available in Microsoft Graph operated by 21Vianet</source>
            <translation>nein: in Microsoft Graph, betrieben von 21Vianet, nicht verfügbar</translation>
        </message>
        <message>
            <source>Skipped: the authentication methods API is not available in the China cloud (21Vianet).</source>
            <translation>Übersprungen: Die API für Authentifizierungsmethoden ist in der China-Cloud (21Vianet) nicht verfügbar.</translation>
        </message>
        <message>
            <source>Microsoft Graph's "List methods" API is not offered in the national cloud operated by 21Vianet, so the registered methods cannot be read here. The registration report (SSPR registration) still shows whether the user is registered.</source>
            <translation>Die API „List methods“ von Microsoft Graph wird in der von 21Vianet betriebenen nationalen Cloud nicht angeboten, daher können die registrierten Methoden hier nicht gelesen werden. Der Registrierungsbericht (SSPR-Registrierung) zeigt trotzdem, ob der Benutzer registriert ist.</translation>
        </message>
        <message>
            <source>Open My Security Info (https://aka.ms/mysecurityinfo) and check that a phone, email or authenticator app is listed.</source>
            <translation>Öffnen Sie „Meine Sicherheitsinformationen“ (https://aka.ms/mysecurityinfo), und prüfen Sie, ob ein Telefon, eine E-Mail-Adresse oder eine Authentifizierungs-App aufgeführt ist.</translation>
        </message>
        <message>
            <source>Check the user's authentication methods in the Microsoft Entra admin center (Users &gt; the user &gt; Authentication methods).</source>
            <translation>Prüfen Sie die Authentifizierungsmethoden des Benutzers im Microsoft Entra Admin Center (Benutzer &gt; der Benutzer &gt; Authentifizierungsmethoden).</translation>
        </message>
        <message numerus="yes">
            <source>%n method(s) that SSPR can use: %1.</source>
            <translation>
                <numerusform>%n Methode, die SSPR verwenden kann: %1.</numerusform>
                <numerusform>%n Methoden, die SSPR verwenden kann: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Registered methods: %1. Self-service password reset verifies the user with a phone, email, Microsoft Authenticator or an OATH code; at least one of those is registered.</source>
            <translation>Registrierte Methoden: %1. Die Self-Service-Kennwortzurücksetzung verifiziert den Benutzer per Telefon, E-Mail, Microsoft Authenticator oder OATH-Code; mindestens eine dieser Methoden ist registriert.</translation>
        </message>
        <message>
            <source>Nothing to do; if the tenant requires two methods, make sure two of these are registered.</source>
            <translation>Nichts zu tun. Falls der Mandant zwei Methoden verlangt, stellen Sie sicher, dass zwei davon registriert sind.</translation>
        </message>
        <message>
            <source>Register a phone number, an email address or the Microsoft Authenticator app at https://aka.ms/ssprsetup, then try the reset again.</source>
            <translation>Registrieren Sie unter https://aka.ms/ssprsetup eine Telefonnummer, eine E-Mail-Adresse oder die Microsoft Authenticator-App, und versuchen Sie die Zurücksetzung dann erneut.</translation>
        </message>
        <message>
            <source>Ask the user to register a phone, email or the Microsoft Authenticator app at https://aka.ms/ssprsetup (or add a phone or email under Authentication methods for them), then try again.</source>
            <translation>Bitten Sie den Benutzer, unter https://aka.ms/ssprsetup ein Telefon, eine E-Mail-Adresse oder die Microsoft Authenticator-App zu registrieren (oder fügen Sie für ihn unter „Authentifizierungsmethoden“ ein Telefon oder eine E-Mail-Adresse hinzu), und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Only methods SSPR cannot use are registered: %1.</source>
            <translation>Es sind nur Methoden registriert, die SSPR nicht verwenden kann: %1.</translation>
        </message>
        <message>
            <source>Registered methods: %1. These let the user sign in, but password reset cannot verify the user with FIDO2 keys, Windows Hello, a Temporary Access Pass or the password itself; it needs a phone, email, Microsoft Authenticator or an OATH code.</source>
            <translation>Registrierte Methoden: %1. Damit kann sich der Benutzer anmelden, aber die Kennwortzurücksetzung kann ihn nicht mit FIDO2-Schlüsseln, Windows Hello, einem befristeten Zugriffspass oder dem Kennwort selbst verifizieren. Sie benötigt ein Telefon, eine E-Mail-Adresse, Microsoft Authenticator oder einen OATH-Code.</translation>
        </message>
        <message>
            <source>No authentication method besides the password is registered.</source>
            <translation>Außer dem Kennwort ist keine Authentifizierungsmethode registriert.</translation>
        </message>
        <message>
            <source>Registered methods: %1. Without a phone, email or authenticator app there is nothing to verify the user with, so self-service password reset cannot proceed (the SSPR portal reports insufficient authentication methods).</source>
            <translation>Registrierte Methoden: %1. Ohne Telefon, E-Mail-Adresse oder Authentifizierungs-App gibt es nichts, womit der Benutzer verifiziert werden kann, daher kann die Self-Service-Kennwortzurücksetzung nicht fortfahren (das SSPR-Portal meldet unzureichende Authentifizierungsmethoden).</translation>
        </message>
    </context>
    <context>
        <name>UserRegistrationCheck</name>
        <message>
            <source>SSPR registration</source>
            <translation>SSPR-Registrierung</translation>
        </message>
        <message>
            <source>The report was last updated at %1 and can lag a few hours behind a new registration.</source>
            <translation>Der Bericht wurde zuletzt am %1 aktualisiert und kann einer neuen Registrierung einige Stunden hinterherhinken.</translation>
        </message>
        <message>
            <source>%1 is not registered for self-service password reset.</source>
            <translation>%1 ist nicht für die Self-Service-Kennwortzurücksetzung registriert.</translation>
        </message>
        <message>
            <source>isSsprRegistered is false: the user has not registered the number of methods the SSPR policy asks for, so the reset cannot verify them. Methods registered: %1.</source>
            <translation>isSsprRegistered ist false: Der Benutzer hat nicht so viele Methoden registriert, wie die SSPR-Richtlinie verlangt, daher kann die Zurücksetzung ihn nicht verifizieren. Registrierte Methoden: %1.</translation>
        </message>
        <message>
            <source>Register security info at https://aka.ms/ssprsetup (My Security Info): add a phone or the Authenticator app, then try the reset again.</source>
            <translation>Registrieren Sie Sicherheitsinformationen unter https://aka.ms/ssprsetup (Meine Sicherheitsinformationen): Fügen Sie ein Telefon oder die Authenticator-App hinzu, und versuchen Sie die Zurücksetzung dann erneut.</translation>
        </message>
        <message>
            <source>%1 is registered but cannot use self-service password reset.</source>
            <translation>%1 ist registriert, kann die Self-Service-Kennwortzurücksetzung aber nicht verwenden.</translation>
        </message>
        <message>
            <source>isSsprCapable is false because isSsprEnabled is false: the SSPR policy does not cover this user (see SSPR scope).</source>
            <translation>isSsprCapable ist false, weil isSsprEnabled false ist: Die SSPR-Richtlinie gilt nicht für diesen Benutzer (siehe SSPR-Bereich).</translation>
        </message>
        <message>
            <source>isSsprCapable is false although the user is registered and enabled: the registered methods do not satisfy the methods the policy allows (for example a method the admin has since turned off). Methods registered: %1.</source>
            <translation>isSsprCapable ist false, obwohl der Benutzer registriert und aktiviert ist: Die registrierten Methoden entsprechen nicht den Methoden, die die Richtlinie zulässt (z. B. eine Methode, die der Administrator inzwischen deaktiviert hat). Registrierte Methoden: %1.</translation>
        </message>
        <message>
            <source>Compare the user's methods with Password reset &gt; Authentication methods in the Microsoft Entra admin center, and the SSPR scope under Password reset &gt; Properties.</source>
            <translation>Vergleichen Sie die Methoden des Benutzers mit „Kennwortzurücksetzung &gt; Authentifizierungsmethoden“ im Microsoft Entra Admin Center und den SSPR-Bereich unter „Kennwortzurücksetzung &gt; Eigenschaften“.</translation>
        </message>
        <message>
            <source>%1 can reset but has only one usable method (%2).</source>
            <translation>%1 kann das Kennwort zurücksetzen, hat aber nur eine verwendbare Methode (%2).</translation>
        </message>
        <message>
            <source>The user is registered and capable, but with a single method SSPR can use. If the tenant requires two methods to reset, or that method is unavailable, the reset stops; Microsoft Graph does not expose the required number, so ask the admin (Password reset &gt; Authentication methods).</source>
            <translation>Der Benutzer ist registriert und berechtigt, hat aber nur eine Methode, die SSPR verwenden kann. Verlangt der Mandant zwei Methoden zum Zurücksetzen oder ist diese Methode nicht verfügbar, bricht die Zurücksetzung ab. Microsoft Graph gibt die erforderliche Anzahl nicht preis; fragen Sie daher den Administrator (Kennwortzurücksetzung &gt; Authentifizierungsmethoden).</translation>
        </message>
        <message>
            <source>Add a second method at https://aka.ms/ssprsetup (My Security Info).</source>
            <translation>Fügen Sie unter https://aka.ms/ssprsetup (Meine Sicherheitsinformationen) eine zweite Methode hinzu.</translation>
        </message>
        <message>
            <source>%1 is registered and able to use self-service password reset.</source>
            <translation>%1 ist registriert und kann die Self-Service-Kennwortzurücksetzung verwenden.</translation>
        </message>
        <message>
            <source>isSsprRegistered and isSsprCapable are true. Methods registered: %1.</source>
            <translation>isSsprRegistered und isSsprCapable sind true. Registrierte Methoden: %1.</translation>
        </message>
        <message>
            <source>Nothing to do for registration.</source>
            <translation>Für die Registrierung ist nichts zu tun.</translation>
        </message>
        <message>
            <source>no: end users cannot read the registration report</source>
            <translation>nein: Endbenutzer können den Registrierungsbericht nicht lesen</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read the registration report; check your methods in My Security Info.</source>
            <translation>Übersprungen: Endbenutzer können den Registrierungsbericht nicht lesen; prüfen Sie Ihre Methoden unter „Meine Sicherheitsinformationen“.</translation>
        </message>
        <message>
            <source>The registration report needs AuditLog.Read.All and a reader role (Reports Reader, Security Reader, Security Administrator or Global Reader). You can see your own methods at https://aka.ms/ssprsetup (My Security Info).</source>
            <translation>Der Registrierungsbericht erfordert AuditLog.Read.All und eine Leserolle (Reports Reader, Security Reader, Security Administrator oder Global Reader). Ihre eigenen Methoden sehen Sie unter https://aka.ms/ssprsetup (Meine Sicherheitsinformationen).</translation>
        </message>
        <message>
            <source>Open https://aka.ms/ssprsetup and make sure a phone, email or the Authenticator app is registered; add a second method if you can.</source>
            <translation>Öffnen Sie https://aka.ms/ssprsetup, und stellen Sie sicher, dass ein Telefon, eine E-Mail-Adresse oder die Authenticator-App registriert ist; fügen Sie nach Möglichkeit eine zweite Methode hinzu.</translation>
        </message>
    </context>
    <context>
        <name>UserSigninErrorsCheck</name>
        <message>
            <source>Sign-in failures (AADSTS 1200xx)</source>
            <translation>Anmeldefehler (AADSTS 1200xx)</translation>
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
            <translation>Microsoft Entra ID P1 oder P2 (Anmeldeprotokolle über Graph sind ein Premium-Feature)</translation>
        </message>
        <message>
            <source>Graph has no sign-in with the pasted correlation ID %1.</source>
            <translation>Graph kennt keine Anmeldung mit der eingefügten Korrelations-ID %1.</translation>
        </message>
        <message>
            <source>Looking up the pasted correlation ID failed: %1.</source>
            <translation>Die Suche nach der eingefügten Korrelations-ID ist fehlgeschlagen: %1.</translation>
        </message>
        <message>
            <source>The sign-in with the pasted correlation ID %1: %2.</source>
            <translation>Die Anmeldung mit der eingefügten Korrelations-ID %1: %2.</translation>
        </message>
        <message>
            <source>No sign-in read carries the pasted correlation ID %1.</source>
            <translation>Keine der gelesenen Anmeldungen hat die eingefügte Korrelations-ID %1.</translation>
        </message>
        <message>
            <source>reply</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>read</source>
            <translation>gelesen</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message numerus="yes">
            <source>No AADSTS 1200xx sign-in failures in the last %n day(s).</source>
            <translation>
                <numerusform>Keine AADSTS 1200xx-Anmeldefehler innerhalb von %n Tag.</numerusform>
                <numerusform>Keine AADSTS 1200xx-Anmeldefehler in den letzten %n Tagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Graph listed %n sign-in(s) for the user in the window; none failed with a password change or SSPR code (1200xx). Sign-in logs show interactive sign-ins only.</source>
            <translation>
                <numerusform>Graph hat im Zeitraum %n Anmeldung des Benutzers aufgeführt; sie ist nicht mit einem Code für Kennwortänderung oder SSPR (1200xx) fehlgeschlagen. Anmeldeprotokolle zeigen nur interaktive Anmeldungen.</numerusform>
                <numerusform>Graph hat im Zeitraum %n Anmeldungen des Benutzers aufgeführt; keine ist mit einem Code für Kennwortänderung oder SSPR (1200xx) fehlgeschlagen. Anmeldeprotokolle zeigen nur interaktive Anmeldungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to do in the sign-in logs.</source>
            <translation>In den Anmeldeprotokollen ist nichts zu tun.</translation>
        </message>
        <message numerus="yes">
            <source>%n sign-in(s) failed with AADSTS 1200xx; latest AADSTS%1 in %2.</source>
            <translation>
                <numerusform>%n Anmeldung ist mit AADSTS 1200xx fehlgeschlagen; zuletzt AADSTS%1 in %2.</numerusform>
                <numerusform>%n Anmeldungen sind mit AADSTS 1200xx fehlgeschlagen; zuletzt AADSTS%1 in %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign-in(s) failed with AADSTS 1200xx; the pasted one is AADSTS%1 in %2.</source>
            <translation>
                <numerusform>%n Anmeldung ist mit AADSTS 1200xx fehlgeschlagen; die eingefügte ist AADSTS%1 in %2.</numerusform>
                <numerusform>%n Anmeldungen sind mit AADSTS 1200xx fehlgeschlagen; die eingefügte ist AADSTS%1 in %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Failed sign-ins (time | code | app | correlation ID | reason): %1.</source>
            <translation>Fehlgeschlagene Anmeldungen (Zeit | Code | App | Korrelations-ID | Grund): %1.</translation>
        </message>
        <message>
            <source>Open https://login.microsoftonline.com/error?code=%1 for the code's meaning.</source>
            <translation>Die Bedeutung des Codes finden Sie unter https://login.microsoftonline.com/error?code=%1.</translation>
        </message>
        <message>
            <source>Follow the playbook for AADSTS%1 and give Microsoft support the correlation ID and time above.</source>
            <translation>Folgen Sie dem Playbook für AADSTS%1, und geben Sie dem Microsoft-Support die oben genannte Korrelations-ID und Uhrzeit.</translation>
        </message>
        <message>
            <source>Skipped: the tenant has no Microsoft Entra ID P1 or P2 licence, which Graph needs for sign-in logs.</source>
            <translation>Übersprungen: Der Mandant hat keine Lizenz für Microsoft Entra ID P1 oder P2, die Graph für Anmeldeprotokolle benötigt.</translation>
        </message>
        <message>
            <source>Graph refused %1 with "%2". Reading sign-in logs through Microsoft Graph needs Microsoft Entra ID P1 or P2 in the tenant; the sign-in log is still visible in the Microsoft Entra admin center for 7 days.</source>
            <translation>Graph hat %1 mit „%2“ abgelehnt. Das Lesen von Anmeldeprotokollen über Microsoft Graph erfordert Microsoft Entra ID P1 oder P2 im Mandanten; im Microsoft Entra Admin Center ist das Anmeldeprotokoll trotzdem 7 Tage lang sichtbar.</translation>
        </message>
        <message>
            <source>Look up the failed sign-in in the Microsoft Entra admin center (Monitoring &gt; Sign-in logs), or add Microsoft Entra ID P1 or P2 to run this check.</source>
            <translation>Suchen Sie die fehlgeschlagene Anmeldung im Microsoft Entra Admin Center (Überwachung &gt; Anmeldeprotokolle), oder fügen Sie Microsoft Entra ID P1 oder P2 hinzu, um diese Prüfung auszuführen.</translation>
        </message>
        <message>
            <source>no: end users cannot read sign-in logs through Graph</source>
            <translation>nein: Endbenutzer können Anmeldeprotokolle nicht über Graph lesen</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read sign-in logs through Graph.</source>
            <translation>Übersprungen: Endbenutzer können Anmeldeprotokolle nicht über Graph lesen.</translation>
        </message>
        <message>
            <source>Sign-in logs need AuditLog.Read.All, a reader role (Reports Reader, Security Reader or Global Reader) and Microsoft Entra ID P1 or P2. Your own recent sign-ins are at https://mysignins.microsoft.com.</source>
            <translation>Anmeldeprotokolle erfordern AuditLog.Read.All, eine Leserolle (Reports Reader, Security Reader oder Global Reader) und Microsoft Entra ID P1 oder P2. Ihre eigenen letzten Anmeldungen finden Sie unter https://mysignins.microsoft.com.</translation>
        </message>
        <message>
            <source>Ask your IT department to look up the failed sign-in with the correlation ID from the error.</source>
            <translation>Bitten Sie Ihre IT-Abteilung, die fehlgeschlagene Anmeldung anhand der Korrelations-ID aus der Fehlermeldung nachzuschlagen.</translation>
        </message>
    </context>
    <context>
        <name>UserSsprAuditCheck</name>
        <message>
            <source>SSPR audit events</source>
            <translation>SSPR-Überwachungsereignisse</translation>
        </message>
        <message>
            <source>Listing audit events needs Directory.Read.All as well as AuditLog.Read.All.</source>
            <translation>Zum Auflisten von Überwachungsereignissen ist neben AuditLog.Read.All auch Directory.Read.All erforderlich.</translation>
        </message>
        <message>
            <source>The event with the pasted correlation ID %1: %2.</source>
            <translation>Das Ereignis mit der eingefügten Korrelations-ID %1: %2.</translation>
        </message>
        <message>
            <source>No SSPR audit event of the window carries the pasted correlation ID %1 (the attempt may have failed before SSPR logged it, or lies outside the window).</source>
            <translation>Kein SSPR-Überwachungsereignis im Zeitraum hat die eingefügte Korrelations-ID %1 (der Versuch ist möglicherweise fehlgeschlagen, bevor SSPR ihn protokolliert hat, oder liegt außerhalb des Zeitraums).</translation>
        </message>
        <message numerus="yes">
            <source>No SSPR audit events for this user in the last %n day(s).</source>
            <translation>
                <numerusform>Keine SSPR-Überwachungsereignisse für diesen Benutzer innerhalb von %n Tag.</numerusform>
                <numerusform>Keine SSPR-Überwachungsereignisse für diesen Benutzer in den letzten %n Tagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No SSPR reset or change attempt for this user in the last %n day(s).</source>
            <translation>
                <numerusform>Kein SSPR-Versuch zum Zurücksetzen oder Ändern für diesen Benutzer innerhalb von %n Tag.</numerusform>
                <numerusform>Kein SSPR-Versuch zum Zurücksetzen oder Ändern für diesen Benutzer in den letzten %n Tagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The audit log has %n SSPR event(s) for the user in the window but no reset, change or unlock attempt. Either the attempt never reached the SSPR service (network, browser, the sign-in screen), or SSPR reporting is not collecting data: SSPR audit data is collected only after an administrator has opened the SSPR reporting (Password reset &gt; Audit logs) once.</source>
            <translation>
                <numerusform>Das Überwachungsprotokoll enthält im Zeitraum %n SSPR-Ereignis für den Benutzer, aber keinen Versuch zum Zurücksetzen, Ändern oder Entsperren. Entweder hat der Versuch den SSPR-Dienst nie erreicht (Netzwerk, Browser, Anmeldebildschirm), oder die SSPR-Berichterstellung sammelt keine Daten: SSPR-Überwachungsdaten werden erst erfasst, nachdem ein Administrator die SSPR-Berichte (Kennwortzurücksetzung &gt; Überwachungsprotokolle) einmal geöffnet hat.</numerusform>
                <numerusform>Das Überwachungsprotokoll enthält im Zeitraum %n SSPR-Ereignisse für den Benutzer, aber keinen Versuch zum Zurücksetzen, Ändern oder Entsperren. Entweder hat der Versuch den SSPR-Dienst nie erreicht (Netzwerk, Browser, Anmeldebildschirm), oder die SSPR-Berichterstellung sammelt keine Daten: SSPR-Überwachungsdaten werden erst erfasst, nachdem ein Administrator die SSPR-Berichte (Kennwortzurücksetzung &gt; Überwachungsprotokolle) einmal geöffnet hat.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open Password reset &gt; Audit logs in the Microsoft Entra admin center once so SSPR events are collected, reproduce the error, and run the checks again.</source>
            <translation>Öffnen Sie im Microsoft Entra Admin Center einmal Kennwortzurücksetzung &gt; Überwachungsprotokolle, damit SSPR-Ereignisse erfasst werden, reproduzieren Sie den Fehler, und führen Sie die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>an unnamed step</source>
            <translation>ein unbenannter Schritt</translation>
        </message>
        <message>
            <source>SSPR blocked the user: "%1".</source>
            <translation>SSPR hat den Benutzer blockiert: „%1“.</translation>
        </message>
        <message numerus="yes">
            <source>SSPR logged %n failed attempt(s): %1</source>
            <translation>
                <numerusform>SSPR hat %n fehlgeschlagenen Versuch protokolliert: %1</numerusform>
                <numerusform>SSPR hat %n fehlgeschlagene Versuche protokolliert: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The last reset flow stopped at a step: %1</source>
            <translation>Der letzte Zurücksetzungsvorgang blieb bei einem Schritt stehen: %1</translation>
        </message>
        <message>
            <source>Since the last completed reset, the SSPR service logged (newest first, reasons verbatim): %1.</source>
            <translation>Seit der letzten abgeschlossenen Zurücksetzung hat der SSPR-Dienst protokolliert (neueste zuerst, Gründe im Wortlaut): %1.</translation>
        </message>
        <message>
            <source>The newest "%1" event ends at "%2" and no completed reset follows it: the user stopped there or the next step failed without a log entry.</source>
            <translation>Das neueste Ereignis „%1“ endet bei „%2“, und keine abgeschlossene Zurücksetzung folgt darauf: Der Benutzer hat dort aufgehört, oder der nächste Schritt ist ohne Protokolleintrag fehlgeschlagen.</translation>
        </message>
        <message>
            <source>SSPR blocks an account after too many attempts (for example 5 resets or 5 phone verifications in an hour); the block lifts after 24 hours.</source>
            <translation>SSPR blockiert ein Konto nach zu vielen Versuchen (zum Beispiel 5 Zurücksetzungen oder 5 Telefonverifizierungen innerhalb einer Stunde); die Sperre wird nach 24 Stunden aufgehoben.</translation>
        </message>
        <message>
            <source>Wait 24 hours before the next attempt, or have an administrator reset the password.</source>
            <translation>Warten Sie vor dem nächsten Versuch 24 Stunden, oder lassen Sie einen Administrator das Kennwort zurücksetzen.</translation>
        </message>
        <message>
            <source>Read the reason above: it names the step that failed. Fix that (method, policy, writeback) and let the user try again.</source>
            <translation>Lesen Sie den oben genannten Grund: Er nennt den fehlgeschlagenen Schritt. Beheben Sie diesen (Methode, Richtlinie, Rückschreiben), und lassen Sie den Benutzer es erneut versuchen.</translation>
        </message>
        <message>
            <source>The last SSPR attempt succeeded: %1 at %2.</source>
            <translation>Der letzte SSPR-Versuch war erfolgreich: %1 um %2.</translation>
        </message>
        <message numerus="yes">
            <source>The SSPR service logged %n attempt event(s) in the last %1 day(s); the newest completed successfully and no failure follows it.</source>
            <translation>
                <numerusform>Der SSPR-Dienst hat in den letzten %1 Tag(en) %n Versuchsereignis protokolliert; das neueste wurde erfolgreich abgeschlossen, und kein Fehler folgt darauf.</numerusform>
                <numerusform>Der SSPR-Dienst hat in den letzten %1 Tag(en) %n Versuchsereignisse protokolliert; das neueste wurde erfolgreich abgeschlossen, und kein Fehler folgt darauf.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to do in the SSPR audit log.</source>
            <translation>Im SSPR-Überwachungsprotokoll ist nichts zu tun.</translation>
        </message>
        <message>
            <source>no: end users cannot read the audit log</source>
            <translation>nein: Endbenutzer können das Überwachungsprotokoll nicht lesen</translation>
        </message>
        <message>
            <source>Skipped: end users cannot read the SSPR audit log.</source>
            <translation>Übersprungen: Endbenutzer können das SSPR-Überwachungsprotokoll nicht lesen.</translation>
        </message>
        <message>
            <source>The audit log needs AuditLog.Read.All, Directory.Read.All and a reader role (Reports Reader, Security Reader or Global Reader). An administrator can run this check for you.</source>
            <translation>Das Überwachungsprotokoll erfordert AuditLog.Read.All, Directory.Read.All und eine Leserolle (Reports Reader, Security Reader oder Global Reader). Ein Administrator kann diese Prüfung für Sie ausführen.</translation>
        </message>
        <message>
            <source>Ask your IT department to run SSPR Doctor for your account.</source>
            <translation>Bitten Sie Ihre IT-Abteilung, SSPR Doctor für Ihr Konto auszuführen.</translation>
        </message>
    </context>
    <context>
        <name>UserSsprScopeCheck</name>
        <message>
            <source>SSPR scope</source>
            <translation>SSPR-Bereich</translation>
        </message>
        <message>
            <source>The user holds an admin role: administrators reset under Microsoft's administrator policy (two methods), not the tenant's SSPR setting.</source>
            <translation>Der Benutzer hat eine Administratorrolle: Administratoren setzen ihr Kennwort nach der Administratorrichtlinie von Microsoft zurück (zwei Methoden), nicht nach der SSPR-Einstellung des Mandanten.</translation>
        </message>
        <message>
            <source>Self-service password reset is enabled for %1 by policy.</source>
            <translation>Die Self-Service-Kennwortzurücksetzung ist für %1 per Richtlinie aktiviert.</translation>
        </message>
        <message>
            <source>isSsprEnabled is true: the tenant's SSPR policy covers this user.</source>
            <translation>isSsprEnabled ist true: Die SSPR-Richtlinie des Mandanten umfasst diesen Benutzer.</translation>
        </message>
        <message>
            <source>Nothing to do for the SSPR scope.</source>
            <translation>Für den SSPR-Bereich ist nichts zu tun.</translation>
        </message>
        <message>
            <source>%1 is outside the self-service password reset scope.</source>
            <translation>%1 liegt außerhalb des Bereichs der Self-Service-Kennwortzurücksetzung.</translation>
        </message>
        <message>
            <source>isSsprEnabled is false: the tenant's SSPR policy is set to None, or to Selected with a group the user is not in. Microsoft Graph has no API for the SSPR policy itself, so which of the two cannot be read here.</source>
            <translation>isSsprEnabled ist false: Die SSPR-Richtlinie des Mandanten steht auf „Keine“ oder auf „Ausgewählt“ mit einer Gruppe, zu der der Benutzer nicht gehört. Microsoft Graph hat keine API für die SSPR-Richtlinie selbst, daher lässt sich hier nicht lesen, welcher der beiden Fälle vorliegt.</translation>
        </message>
        <message>
            <source>In the Microsoft Entra admin center open Password reset &gt; Properties and set self-service password reset to All, or to Selected with a group that includes this user.</source>
            <translation>Öffnen Sie im Microsoft Entra Admin Center Kennwortzurücksetzung &gt; Eigenschaften, und setzen Sie die Self-Service-Kennwortzurücksetzung auf „Alle“ oder auf „Ausgewählt“ mit einer Gruppe, die diesen Benutzer enthält.</translation>
        </message>
        <message>
            <source>no: end users cannot read the registration report</source>
            <translation>nein: Endbenutzer können den Registrierungsbericht nicht lesen</translation>
        </message>
        <message>
            <source>Skipped: only an admin can see whether SSPR is enabled for you.</source>
            <translation>Übersprungen: Nur ein Administrator kann sehen, ob SSPR für Sie aktiviert ist.</translation>
        </message>
        <message>
            <source>Whether the SSPR policy covers a user is in the registration report, which needs AuditLog.Read.All and a reader role. If the reset page says your organization has not enabled password reset for you, this is the cause.</source>
            <translation>Ob die SSPR-Richtlinie einen Benutzer umfasst, steht im Registrierungsbericht, der AuditLog.Read.All und eine Leserolle erfordert. Wenn die Zurücksetzungsseite meldet, dass Ihre Organisation die Kennwortzurücksetzung für Sie nicht aktiviert hat, ist dies die Ursache.</translation>
        </message>
        <message>
            <source>Ask your IT help desk whether self-service password reset is enabled for your account (Password reset &gt; Properties).</source>
            <translation>Fragen Sie Ihren IT-Helpdesk, ob die Self-Service-Kennwortzurücksetzung für Ihr Konto aktiviert ist (Kennwortzurücksetzung &gt; Eigenschaften).</translation>
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
            <translation>So zeichnen Sie den Netzwerkverkehr eines fehlschlagenden Versuchs auf (das Windows-Gegenstück zu einer Fiddler-Aufzeichnung):
1. Öffnen Sie die Eingabeaufforderung als Administrator (Start, „cmd“ eingeben, Rechtsklick, „Als Administrator ausführen“).
2. Starten Sie die Aufzeichnung:
   netsh trace start scenario=InternetClient capture=yes
3. Reproduzieren Sie den Fehler: Versuchen Sie die Kennwortzurücksetzung erneut, bis der Fehler auftritt.
4. Beenden Sie die Aufzeichnung:
   netsh trace stop
5. netsh gibt aus, wo die Ablaufverfolgung gespeichert wurde (eine .etl-Datei mit einer .cab-Datei daneben). Senden Sie beide zusammen mit dem Paket von dieser Seite an Ihren IT-Support.
Die Aufzeichnung kann personenbezogene Daten enthalten: Geben Sie sie nur an Ihren IT-Support oder den Microsoft-Support weiter.</translation>
        </message>
    </context>
    <context>
        <name>ZipReader</name>
        <message>
            <source>not a ZIP archive (no end of central directory record)</source>
            <translation>kein ZIP-Archiv (kein End-of-Central-Directory-Eintrag)</translation>
        </message>
        <message>
            <source>the central directory lies outside the archive</source>
            <translation>das zentrale Verzeichnis liegt außerhalb des Archivs</translation>
        </message>
        <message>
            <source>central directory entry %1 is damaged</source>
            <translation>Eintrag %1 des zentralen Verzeichnisses ist beschädigt</translation>
        </message>
        <message>
            <source>%1 is encrypted</source>
            <translation>%1 ist verschlüsselt</translation>
        </message>
        <message>
            <source>the local header of %1 is damaged</source>
            <translation>der lokale Header von %1 ist beschädigt</translation>
        </message>
        <message>
            <source>%1 is cut short</source>
            <translation>%1 ist abgeschnitten</translation>
        </message>
        <message>
            <source>%1 does not inflate</source>
            <translation>%1 lässt sich nicht entpacken</translation>
        </message>
        <message>
            <source>%1 uses compression method %2</source>
            <translation>%1 verwendet die Komprimierungsmethode %2</translation>
        </message>
        <message>
            <source>%1 fails its CRC-32 check</source>
            <translation>%1 besteht die CRC-32-Prüfung nicht</translation>
        </message>
    </context>
    <context>
        <name>sspr::auth::SignIn</name>
        <message>
            <source>No system keychain is available: you are signed in for this session only and will have to sign in again next time.</source>
            <translation>Kein Systemschlüsselbund verfügbar: Sie sind nur für diese Sitzung angemeldet und müssen sich beim nächsten Mal erneut anmelden.</translation>
        </message>
        <message numerus="yes">
            <source>The browser sign-in did not finish within %n minute(s).</source>
            <translation>
                <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minute abgeschlossen.</numerusform>
                <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minuten abgeschlossen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No remembered sign-in for this tenant and application.</source>
            <translation>Für diesen Mandanten und diese Anwendung ist keine gespeicherte Anmeldung vorhanden.</translation>
        </message>
        <message>
            <source>The authority's token reply is not a bearer token.</source>
            <translation>Die Tokenantwort des Anmeldediensts ist kein Bearer-Token.</translation>
        </message>
        <message>
            <source>The authority's ID token does not belong to this sign-in (nonce mismatch).</source>
            <translation>Das ID-Token des Anmeldediensts gehört nicht zu dieser Anmeldung (Nonce stimmt nicht überein).</translation>
        </message>
        <message>
            <source>The sign-in was cancelled.</source>
            <translation>Die Anmeldung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>Signed out.</source>
            <translation>Abgemeldet.</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Nicht angemeldet.</translation>
        </message>
        <message numerus="yes">
            <source>The system keychain did not answer within %n second(s); it may be locked and waiting for a password prompt. Unlock it, or sign in again.</source>
            <translation>
                <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet; er ist möglicherweise gesperrt und wartet auf eine Kennworteingabe. Entsperren Sie ihn, oder melden Sie sich erneut an.</numerusform>
                <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet; er ist möglicherweise gesperrt und wartet auf eine Kennworteingabe. Entsperren Sie ihn, oder melden Sie sich erneut an.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sspr::bulk::BulkScanner</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 is missing or shorter than the resume file says (%2 bytes): start the scan again without --resume.</source>
            <translation>%1 fehlt oder ist kürzer, als die Fortsetzungsdatei angibt (%2 Bytes): Starten Sie den Scan ohne --resume neu.</translation>
        </message>
        <message>
            <source>Cannot truncate %1: %2</source>
            <translation>%1 kann nicht gekürzt werden: %2</translation>
        </message>
        <message>
            <source>The resume file is for tenant %1, but this sign-in is for tenant %2.</source>
            <translation>Die Fortsetzungsdatei gehört zum Mandanten %1, diese Anmeldung aber zum Mandanten %2.</translation>
        </message>
        <message>
            <source>Cannot continue the scan: %1.</source>
            <translation>Der Scan kann nicht fortgesetzt werden: %1.</translation>
        </message>
        <message>
            <source>Page %1 could not be read after retries: %2</source>
            <translation>Seite %1 konnte trotz Wiederholungen nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Page %1 has no "value" array.</source>
            <translation>Seite %1 hat kein "value"-Array.</translation>
        </message>
        <message>
            <source>Page %1: %2.</source>
            <translation>Seite %1: %2.</translation>
        </message>
        <message>
            <source>Paging did not end: @odata.nextLink repeats a page already read (page %1).</source>
            <translation>Das Blättern endete nicht: @odata.nextLink wiederholt eine bereits gelesene Seite (Seite %1).</translation>
        </message>
        <message>
            <source>Page %1: @odata.nextLink is not a string.</source>
            <translation>Seite %1: @odata.nextLink ist keine Zeichenfolge.</translation>
        </message>
        <message>
            <source>Page %1: the registration record of %2 could not be read after retries: %3</source>
            <translation>Seite %1: Der Registrierungseintrag von %2 konnte trotz Wiederholungen nicht gelesen werden: %3</translation>
        </message>
        <message>
            <source>no reply</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <source>A resumable scan exists: add --resume, or delete %1.</source>
            <translation>Es gibt einen fortsetzbaren Massenscan: --resume angeben oder %1 löschen.</translation>
        </message>
        <message>
            <source>The resume file %1 is for a scan with other options (%2, now %3): resume with the same --group, --user-type, --only-failures, --answer, --cloud, --demo, --graph, --authority, --tenant and --client-id, or start again without --resume.</source>
            <translation>Die Fortsetzungsdatei %1 gehört zu einem Scan mit anderen Optionen (%2, jetzt %3): Setzen Sie mit denselben Angaben für --group, --user-type, --only-failures, --answer, --cloud, --demo, --graph, --authority, --tenant und --client-id fort oder beginnen Sie ohne --resume neu.</translation>
        </message>
    </context>
    <context>
        <name>sspr::demo::DemoBrowser</name>
        <message>
            <source>The redirect target answered HTTP %1: %2</source>
            <translation>Das Weiterleitungsziel hat mit HTTP %1 geantwortet: %2</translation>
        </message>
    </context>
    <context>
        <name>sspr::demo::DemoTlsEndpoint</name>
        <message>
            <source>this system has no TLS support</source>
            <translation>dieses System unterstützt kein TLS</translation>
        </message>
        <message>
            <source>the demo TLS certificates are missing from the resources</source>
            <translation>die Demo-TLS-Zertifikate fehlen in den Ressourcen</translation>
        </message>
    </context>
    <context>
        <name>sspr::demo::ScenarioServer</name>
        <message>
            <source>The demo server cannot listen on 127.0.0.1: %1</source>
            <translation>Der Demo-Server kann nicht auf 127.0.0.1 lauschen: %1</translation>
        </message>
    </context>
    <context>
        <name>sspr::graph::GraphBatchJob</name>
        <message>
            <source>not signed in</source>
            <translation>nicht angemeldet</translation>
        </message>
        <message>
            <source>no network</source>
            <translation>kein Netzwerk</translation>
        </message>
        <message>
            <source>timeout</source>
            <translation>Zeitüberschreitung</translation>
        </message>
        <message>
            <source>network error: %1</source>
            <translation>Netzwerkfehler: %1</translation>
        </message>
        <message>
            <source>the $batch reply has no response for id "%1"</source>
            <translation>die $batch-Antwort enthält keine Antwort für die ID "%1"</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>reply too large</source>
            <translation>Antwort zu groß</translation>
        </message>
    </context>
    <context>
        <name>sspr::probes::ClockProber</name>
        <message>
            <source>no answer within %1 ms</source>
            <translation>keine Antwort innerhalb von %1 ms</translation>
        </message>
        <message>
            <source>no clock URL</source>
            <translation>keine Uhrzeit-URL</translation>
        </message>
        <message>
            <source>the reply has no Date header</source>
            <translation>die Antwort hat keinen Date-Header</translation>
        </message>
        <message>
            <source>the Date header "%1" is not an HTTP date</source>
            <translation>der Date-Header „%1“ ist kein HTTP-Datum</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>sspr::probes::HostProber</name>
        <message>
            <source>the name has no address</source>
            <translation>für den Namen gibt es keine Adresse</translation>
        </message>
        <message>
            <source>this system has no TLS support (%1)</source>
            <translation>dieses System unterstützt kein TLS (%1)</translation>
        </message>
        <message>
            <source>no answer within %1 ms</source>
            <translation>keine Antwort innerhalb von %1 ms</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>sspr::probes::OsProber</name>
        <message>
            <source>no answer within %1 ms</source>
            <translation>keine Antwort innerhalb von %1 ms</translation>
        </message>
        <message>
            <source>dsregcmd /status gave no join state (exit code %1)</source>
            <translation>dsregcmd /status lieferte keinen Beitrittsstatus (Exitcode %1)</translation>
        </message>
        <message>
            <source>the AAD operational log could not be read (wevtutil exit code %1)</source>
            <translation>das AAD-Betriebsprotokoll konnte nicht gelesen werden (wevtutil-Exitcode %1)</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>sspr::report::WindowsCollectionJob</name>
        <message>
            <source>%1 did not start: %2</source>
            <translation>%1 konnte nicht gestartet werden: %2</translation>
        </message>
        <message>
            <source>%1 stopped unexpectedly.</source>
            <translation>%1 wurde unerwartet beendet.</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2).</source>
            <translation>%1 ist fehlgeschlagen (Exitcode %2).</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2): %3</source>
            <translation>%1 ist fehlgeschlagen (Exitcode %2): %3</translation>
        </message>
        <message>
            <source>%1 wrote no file at %2.</source>
            <translation>%1 hat keine Datei unter %2 geschrieben.</translation>
        </message>
        <message numerus="yes">
            <source>%1 did not finish within %n second(s) and was stopped.</source>
            <translation>
                <numerusform>%1 wurde nicht innerhalb von %n Sekunde abgeschlossen und daher beendet.</numerusform>
                <numerusform>%1 wurde nicht innerhalb von %n Sekunden abgeschlossen und daher beendet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::CheckRow</name>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Not finished: the run was cancelled.</source>
            <translation>Nicht abgeschlossen: Der Lauf wurde abgebrochen.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::DataCollectionPage</name>
        <message>
            <source>Export HTTP &amp;trace (HAR)…</source>
            <translation>HTTP-&amp;Ablaufverfolgung exportieren (HAR)…</translation>
        </message>
        <message>
            <source>Save b&amp;undle (.zip)…</source>
            <translation>&amp;Paket speichern (.zip)…</translation>
        </message>
        <message>
            <source>Collect data for support</source>
            <translation>Daten für den Support sammeln</translation>
        </message>
        <message>
            <source>Export the HTTP trace as HAR</source>
            <translation>HTTP-Ablaufverfolgung als HAR exportieren</translation>
        </message>
        <message>
            <source>Saves the app's own redacted HTTP trace in HTTP Archive 1.2 format</source>
            <translation>Speichert die bereinigte HTTP-Ablaufverfolgung der App im Format HTTP Archive 1.2</translation>
        </message>
        <message>
            <source>Save a support bundle</source>
            <translation>Supportpaket speichern</translation>
        </message>
        <message>
            <source>A zip file with the HTML, JSON and text reports, the support summary, the HTTP trace and a manifest</source>
            <translation>Eine ZIP-Datei mit den HTML-, JSON- und Textberichten, der Supportzusammenfassung, der HTTP-Ablaufverfolgung und einem Manifest</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Export the AAD &amp;event log…</source>
            <translation>AAD-&amp;Ereignisprotokoll exportieren…</translation>
        </message>
        <message>
            <source>Export the Microsoft-Windows-AAD/Operational event log</source>
            <translation>Ereignisprotokoll Microsoft-Windows-AAD/Operational exportieren</translation>
        </message>
        <message>
            <source>Network capture instructions</source>
            <translation>Anleitung zur Netzwerkaufzeichnung</translation>
        </message>
        <message>
            <source>No HTTP exchange has been recorded yet.</source>
            <translation>Es wurde noch keine HTTP-Anfrage aufgezeichnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n HTTP exchange(s) recorded (redacted).</source>
            <translation>
                <numerusform>%n HTTP-Anfrage aufgezeichnet (bereinigt).</numerusform>
                <numerusform>%n HTTP-Anfragen aufgezeichnet (bereinigt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Export HTTP trace</source>
            <translation>HTTP-Ablaufverfolgung exportieren</translation>
        </message>
        <message>
            <source>HTTP Archive (*.har)</source>
            <translation>HTTP-Archiv (*.har)</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>Save support bundle</source>
            <translation>Supportpaket speichern</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>ZIP-Archiv (*.zip)</translation>
        </message>
        <message>
            <source>Not included: %1</source>
            <translation>Nicht enthalten: %1</translation>
        </message>
        <message>
            <source>Export event log</source>
            <translation>Ereignisprotokoll exportieren</translation>
        </message>
        <message>
            <source>Windows event log (*.evtx)</source>
            <translation>Windows-Ereignisprotokoll (*.evtx)</translation>
        </message>
        <message>
            <source>&amp;Cancel collection</source>
            <translation>&amp;Sammeln abbrechen</translation>
        </message>
        <message>
            <source>Save what your IT support or Microsoft support needs to investigate. Tokens, codes, passwords and cookies are removed from everything saved here.</source>
            <translation>Speichern Sie, was Ihr IT-Support oder der Microsoft-Support zur Untersuchung benötigt. Token, Codes, Kennwörter und Cookies werden aus allem, was hier gespeichert wird, entfernt.</translation>
        </message>
        <message>
            <source>Cancel the Windows data collection</source>
            <translation>Sammeln der Windows-Daten abbrechen</translation>
        </message>
        <message>
            <source>Collection in progress</source>
            <translation>Datensammlung läuft</translation>
        </message>
        <message>
            <source>HTTP trace</source>
            <translation>HTTP-Ablaufverfolgung</translation>
        </message>
        <message>
            <source>Every request this app sent during the diagnosis (Microsoft Graph and sign-in) with its reply: addresses, status codes, timings, headers and bodies, as an HTTP Archive (.har) that browser developer tools and Fiddler open. Authorization headers, tokens, codes, passwords and cookies are removed.</source>
            <translation>Jede Anfrage, die diese App während der Diagnose gesendet hat (Microsoft Graph und Anmeldung), mit ihrer Antwort: Adressen, Statuscodes, Zeiten, Header und Inhalte, als HTTP-Archiv (.har), das Browser-Entwicklertools und Fiddler öffnen können. Authorization-Header, Token, Codes, Kennwörter und Cookies werden entfernt.</translation>
        </message>
        <message>
            <source>Support bundle</source>
            <translation>Supportpaket</translation>
        </message>
        <message>
            <source>One .zip file to send to support: the report as HTML, JSON and text, the support summary, the HTTP trace above and a manifest listing each file with its size and SHA-256 checksum. Secrets are removed as in the trace.</source>
            <translation>Eine ZIP-Datei für den Support: der Bericht als HTML, JSON und Text, die Supportzusammenfassung, die obige HTTP-Ablaufverfolgung und ein Manifest, das jede Datei mit Größe und SHA-256-Prüfsumme auflistet. Geheimnisse werden wie in der Ablaufverfolgung entfernt.</translation>
        </message>
        <message>
            <source>On this PC it also contains the Microsoft-Windows-AAD/Operational event log of the hours around the error and the output of dsregcmd /status; collecting them can take a minute.</source>
            <translation>Auf diesem PC enthält es außerdem das Ereignisprotokoll Microsoft-Windows-AAD/Operational der Stunden um den Fehler sowie die Ausgabe von dsregcmd /status; das Sammeln kann eine Minute dauern.</translation>
        </message>
        <message>
            <source>Windows event log and network capture</source>
            <translation>Windows-Ereignisprotokoll und Netzwerkaufzeichnung</translation>
        </message>
        <message>
            <source>The AAD event log records this PC's sign-in and device registration events; export it alone for the hours around the error. For a network capture, follow the steps below in an administrator command prompt.</source>
            <translation>Das AAD-Ereignisprotokoll zeichnet die Anmelde- und Geräteregistrierungsereignisse dieses PCs auf; exportieren Sie es einzeln für die Stunden um den Fehler. Für eine Netzwerkaufzeichnung führen Sie die folgenden Schritte in einer Administrator-Eingabeaufforderung aus.</translation>
        </message>
        <message>
            <source>Cancelled. The bundle was not saved.</source>
            <translation>Abgebrochen. Das Paket wurde nicht gespeichert.</translation>
        </message>
        <message>
            <source>Cancelled. The event log was not exported.</source>
            <translation>Abgebrochen. Das Ereignisprotokoll wurde nicht exportiert.</translation>
        </message>
        <message>
            <source>Collecting %1 (%2 of %3)…</source>
            <translation>%1 wird gesammelt (%2 von %3)…</translation>
        </message>
        <message>
            <source>Starting the collection…</source>
            <translation>Datensammlung wird gestartet…</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::DemoBanner</name>
        <message>
            <source>Demo tenant: scenario "%1" — no real data. Nothing is sent to Microsoft.</source>
            <translation>Demomandant: Szenario „%1“ – keine echten Daten. Es wird nichts an Microsoft gesendet.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::EvidenceTable</name>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-Status</translation>
        </message>
        <message>
            <source>Request ID</source>
            <translation>Request-ID</translation>
        </message>
        <message>
            <source>Fields read</source>
            <translation>Gelesene Felder</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::FindingPanel</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Details and evidence</source>
            <translation>Details und Belege</translation>
        </message>
        <message>
            <source>Details and evidence for %1</source>
            <translation>Details und Belege für %1</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Empfohlene Maßnahme</translation>
        </message>
        <message>
            <source>Who must act: %1</source>
            <translation>Zuständig: %1</translation>
        </message>
        <message>
            <source>Open Microsoft documentation</source>
            <translation>Microsoft-Dokumentation öffnen</translation>
        </message>
        <message>
            <source>Open Microsoft documentation for %1</source>
            <translation>Microsoft-Dokumentation zu %1 öffnen</translation>
        </message>
        <message>
            <source>No evidence was gathered for this check.</source>
            <translation>Für diese Prüfung wurden keine Belege gesammelt.</translation>
        </message>
        <message>
            <source>Run a&amp;gain</source>
            <translation>&amp;Erneut ausführen</translation>
        </message>
        <message>
            <source>Run the check %1 again</source>
            <translation>Prüfung %1 erneut ausführen</translation>
        </message>
        <message>
            <source>Run only this check again, for example after a fix.</source>
            <translation>Nur diese Prüfung erneut ausführen, zum Beispiel nach einer Korrektur.</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Wird ausgeführt…</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::ParsedErrorView</name>
        <message>
            <source>What it means</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Checks to run</source>
            <translation>Auszuführende Prüfungen</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>nicht gefunden</translation>
        </message>
        <message>
            <source>Not a password change or reset (1200xx) code this tool knows: the general password reset checks will run.</source>
            <translation>Kein Code für Kennwortänderung oder -zurücksetzung (1200xx), den dieses Tool kennt: Die allgemeinen Prüfungen zur Kennwortzurücksetzung werden ausgeführt.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Error &amp;code</source>
            <translation>Fehler&amp;code</translation>
        </message>
        <message>
            <source>AADSTS120021</source>
            <translation>AADSTS120021</translation>
        </message>
        <message>
            <source>C&amp;orrelation ID</source>
            <translation>&amp;Korrelations-ID</translation>
        </message>
        <message>
            <source>00000000-0000-0000-0000-000000000000</source>
            <translation>00000000-0000-0000-0000-000000000000</translation>
        </message>
        <message>
            <source>T&amp;race ID</source>
            <translation>&amp;Ablaufverfolgungs-ID</translation>
        </message>
        <message>
            <source>Ti&amp;mestamp (UTC)</source>
            <translation>Zeit&amp;stempel (UTC)</translation>
        </message>
        <message>
            <source>2024-05-02 09:14:33</source>
            <translation>2024-05-02 09:14:33</translation>
        </message>
        <message>
            <source>Read from the pasted text; you can correct it. Example: %1</source>
            <translation>Aus dem eingefügten Text gelesen; Sie können ihn korrigieren. Beispiel: %1</translation>
        </message>
        <message>
            <source>The error code should look like AADSTS120021 (or just 120021).</source>
            <translation>Der Fehlercode sollte wie AADSTS120021 (oder nur 120021) aussehen.</translation>
        </message>
        <message>
            <source>The correlation ID should be a GUID like 5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28.</source>
            <translation>Die Korrelations-ID sollte eine GUID wie 5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28 sein.</translation>
        </message>
        <message>
            <source>The trace ID should be a GUID like 1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10.</source>
            <translation>Die Ablaufverfolgungs-ID sollte eine GUID wie 1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10 sein.</translation>
        </message>
        <message>
            <source>The timestamp should be a UTC date and time like 2024-05-02 09:14:33.</source>
            <translation>Der Zeitstempel sollte ein UTC-Datum mit Uhrzeit wie 2024-05-02 09:14:33 sein.</translation>
        </message>
        <message>
            <source>⚠ %1</source>
            <translation>⚠ %1</translation>
        </message>
        <message>
            <source>No AADSTS code: the checks for AADSTS120021, the most common password reset failure, will run.</source>
            <translation>Kein AADSTS-Code: Die Prüfungen für AADSTS120021, den häufigsten Fehler bei der Kennwortzurücksetzung, werden ausgeführt.</translation>
        </message>
        <message>
            <source>(The text also names %1.)</source>
            <translation>(Der Text nennt außerdem %1.)</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::PersonaChoice</name>
        <message>
            <source>I'm fixing my own password problem</source>
            <translation>Ich löse mein eigenes Kennwortproblem</translation>
        </message>
        <message>
            <source>No sign-in needed: checks this PC, asks a few questions and writes a report for your IT help desk.</source>
            <translation>Keine Anmeldung erforderlich: Prüft diesen PC, stellt einige Fragen und erstellt einen Bericht für Ihren IT-Helpdesk.</translation>
        </message>
        <message>
            <source>I'm helping someone (IT)</source>
            <translation>Ich helfe jemandem (IT)</translation>
        </message>
        <message>
            <source>Sign in as an administrator, pick the affected user and run every tenant and user check.</source>
            <translation>Melden Sie sich als Administrator an, wählen Sie den betroffenen Benutzer aus, und führen Sie alle Mandanten- und Benutzerprüfungen aus.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::QuestionsPage</name>
        <message>
            <source>A few questions</source>
            <translation>Einige Fragen</translation>
        </message>
        <message>
            <source>What the tool cannot see for itself. Every answer is optional: skip what you do not know.</source>
            <translation>Was das Tool nicht selbst sehen kann. Alle Antworten sind optional: Überspringen Sie, was Sie nicht wissen.</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>What each check found, and what to do about it.</source>
            <translation>Was jede Prüfung gefunden hat und was zu tun ist.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Befunde</translation>
        </message>
        <message>
            <source>Show &amp;failures only</source>
            <translation>Nur &amp;Probleme anzeigen</translation>
        </message>
        <message>
            <source>Show failures only</source>
            <translation>Nur Probleme anzeigen</translation>
        </message>
        <message>
            <source>Hide the checks that passed or were skipped; failed checks, warnings and checks that could not run stay.</source>
            <translation>Blendet bestandene und übersprungene Prüfungen aus; fehlgeschlagene Prüfungen, Warnungen und Prüfungen, die nicht laufen konnten, bleiben sichtbar.</translation>
        </message>
        <message>
            <source>Run a&amp;gain</source>
            <translation>&amp;Erneut ausführen</translation>
        </message>
        <message>
            <source>No failures: every check passed or was skipped.</source>
            <translation>Keine Probleme: Jede Prüfung wurde bestanden oder übersprungen.</translation>
        </message>
        <message>
            <source>1 passed or skipped check hidden.</source>
            <translation>1 bestandene oder übersprungene Prüfung ausgeblendet.</translation>
        </message>
        <message>
            <source>%1 passed or skipped checks hidden.</source>
            <translation>%1 bestandene oder übersprungene Prüfungen ausgeblendet.</translation>
        </message>
        <message>
            <source>Sa&amp;ve session…</source>
            <translation>Sitzung &amp;speichern…</translation>
        </message>
        <message>
            <source>Re-r&amp;un all checks</source>
            <translation>&amp;Alle Prüfungen erneut ausführen</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>Sitzung speichern</translation>
        </message>
        <message>
            <source>Save the inputs, answers and findings to a file to open later. No sign-in token is saved.</source>
            <translation>Eingaben, Antworten und Befunde in einer Datei speichern, um sie später zu öffnen. Es wird kein Anmeldetoken gespeichert.</translation>
        </message>
        <message>
            <source>Re-run all checks</source>
            <translation>Alle Prüfungen erneut ausführen</translation>
        </message>
        <message>
            <source>Run every check again for the same user, error text and answers. A real tenant needs you to sign in first.</source>
            <translation>Alle Prüfungen für denselben Benutzer, denselben Fehlertext und dieselben Antworten erneut ausführen. Bei einem echten Mandanten müssen Sie sich zuerst anmelden.</translation>
        </message>
        <message>
            <source>an unknown time</source>
            <translation>Zeitpunkt unbekannt</translation>
        </message>
        <message>
            <source>Opened from %1 (checked %2). Re-run all checks to see the state now.</source>
            <translation>Geöffnet aus %1 (geprüft: %2). Führen Sie alle Prüfungen erneut aus, um den aktuellen Stand zu sehen.</translation>
        </message>
        <message>
            <source>Session saved to %1.</source>
            <translation>Sitzung unter %1 gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::RootCauseSummary</name>
        <message>
            <source>Not an all-clear</source>
            <translation>Keine Entwarnung</translation>
        </message>
        <message>
            <source>Most likely cause: %1</source>
            <translation>Wahrscheinlichste Ursache: %1</translation>
        </message>
        <message>
            <source>Supported by 1 finding</source>
            <translation>Gestützt durch 1 Befund</translation>
        </message>
        <message>
            <source>Supported by %1 findings</source>
            <translation>Gestützt durch %1 Befunde</translation>
        </message>
        <message>
            <source>Who must act: %1</source>
            <translation>Wer handeln muss: %1</translation>
        </message>
        <message>
            <source>Next step: %1</source>
            <translation>Nächster Schritt: %1</translation>
        </message>
        <message>
            <source>Read Microsoft's guidance</source>
            <translation>Hinweise von Microsoft lesen</translation>
        </message>
        <message>
            <source>Most likely cause</source>
            <translation>Wahrscheinlichste Ursache</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::RunPage</name>
        <message>
            <source>&amp;Cancel checks</source>
            <translation>Prüfungen &amp;abbrechen</translation>
        </message>
        <message>
            <source>&amp;Run again</source>
            <translation>&amp;Erneut ausführen</translation>
        </message>
        <message>
            <source>Running the checks</source>
            <translation>Prüfungen werden ausgeführt</translation>
        </message>
        <message>
            <source>Overall progress</source>
            <translation>Gesamtfortschritt</translation>
        </message>
        <message>
            <source>%v of %m checks</source>
            <translation>%v von %m Prüfungen</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>Cancel the checks</source>
            <translation>Prüfungen abbrechen</translation>
        </message>
        <message>
            <source>Stop the checks now. Requests in flight are cancelled.</source>
            <translation>Prüfungen sofort beenden. Laufende Anfragen werden abgebrochen.</translation>
        </message>
        <message>
            <source>Run the checks again</source>
            <translation>Prüfungen erneut ausführen</translation>
        </message>
        <message>
            <source>Running the checks… %1 of %2 done.</source>
            <translation>Prüfungen werden ausgeführt… %1 von %2 abgeschlossen.</translation>
        </message>
        <message>
            <source>Cancelled after %1 of %2 checks finished. Run again, or go back to change the inputs.</source>
            <translation>Abgebrochen, nachdem %1 von %2 Prüfungen abgeschlossen waren. Führen Sie sie erneut aus, oder gehen Sie zurück, um die Eingaben zu ändern.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Done. %1. Click Next for the results.</source>
            <translation>Fertig. %1. Klicken Sie auf „Weiter“, um die Ergebnisse zu sehen.</translation>
        </message>
        <message>
            <source>The checks only read; nothing is changed. This usually takes a few seconds.</source>
            <translation>Die Prüfungen lesen nur; es wird nichts geändert. Das dauert normalerweise einige Sekunden.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::SettingsDialog</name>
        <message>
            <source>&amp;Remember the sign-in on this PC (system keychain)</source>
            <translation>Auf diesem PC angemeldet &amp;bleiben (Schlüsselbund des Systems)</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Cloud</source>
            <translation>Cloud</translation>
        </message>
        <message>
            <source>&amp;Cloud:</source>
            <translation>&amp;Cloud:</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>Mandant</translation>
        </message>
        <message>
            <source>organizations, a domain such as contoso.com, or a tenant ID</source>
            <translation>organizations, eine Domäne wie contoso.com oder eine Mandanten-ID</translation>
        </message>
        <message>
            <source>&amp;Tenant:</source>
            <translation>&amp;Mandant:</translation>
        </message>
        <message>
            <source>Application (client) ID</source>
            <translation>Anwendungs-ID (Client)</translation>
        </message>
        <message>
            <source>Empty: SSPR Doctor's own (%1)</source>
            <translation>Leer: die ID von SSPR Doctor (%1)</translation>
        </message>
        <message>
            <source>&amp;Application (client) ID:</source>
            <translation>&amp;Anwendungs-ID (Client):</translation>
        </message>
        <message>
            <source>Remember the sign-in on this PC</source>
            <translation>Auf diesem PC angemeldet bleiben</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Report folder</source>
            <translation>Berichtsordner</translation>
        </message>
        <message>
            <source>Empty: your Documents folder</source>
            <translation>Leer: Ihr Ordner „Dokumente“</translation>
        </message>
        <message>
            <source>Browse for the report folder</source>
            <translation>Berichtsordner auswählen</translation>
        </message>
        <message>
            <source>Report &amp;folder:</source>
            <translation>Berichts&amp;ordner:</translation>
        </message>
        <message>
            <source>Cloud, tenant, application ID and "remember" apply to the next sign-in. The language applies the next time SSPR Doctor starts.</source>
            <translation>Cloud, Mandant, Anwendungs-ID und „angemeldet bleiben“ gelten ab der nächsten Anmeldung. Die Sprache gilt ab dem nächsten Start von SSPR Doctor.</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>The tenant must be organizations, common, a domain or a tenant ID.</source>
            <translation>Der Mandant muss organizations, common, eine Domäne oder eine Mandanten-ID sein.</translation>
        </message>
        <message>
            <source>The application ID must be a GUID such as 00000000-0000-0000-0000-000000000000, or empty for the default.</source>
            <translation>Die Anwendungs-ID muss eine GUID wie 00000000-0000-0000-0000-000000000000 sein oder für den Standardwert leer bleiben.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::SignInPage</name>
        <message>
            <source>Sign in with the bro&amp;wser</source>
            <translation>Mit dem &amp;Browser anmelden</translation>
        </message>
        <message>
            <source>Use a c&amp;ode on another device</source>
            <translation>&amp;Code auf einem anderen Gerät verwenden</translation>
        </message>
        <message>
            <source>Cancel sign-&amp;in</source>
            <translation>&amp;Anmeldung abbrechen</translation>
        </message>
        <message>
            <source>R&amp;emember me on this PC</source>
            <translation>Auf diesem PC an&amp;gemeldet bleiben</translation>
        </message>
        <message>
            <source>Sign in on another device</source>
            <translation>Auf einem anderen Gerät anmelden</translation>
        </message>
        <message>
            <source>Co&amp;py code</source>
            <translation>Code &amp;kopieren</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <source>Sign in with the browser</source>
            <translation>Mit dem Browser anmelden</translation>
        </message>
        <message>
            <source>Use a code on another device</source>
            <translation>Code auf einem anderen Gerät verwenden</translation>
        </message>
        <message>
            <source>Cancel sign-in</source>
            <translation>Anmeldung abbrechen</translation>
        </message>
        <message>
            <source>Remember me on this PC</source>
            <translation>Auf diesem PC angemeldet bleiben</translation>
        </message>
        <message>
            <source>Keeps the sign-in in this computer's keychain. Leave it off on a PC that is not yours.</source>
            <translation>Speichert die Anmeldung im Schlüsselbund dieses Computers. Lassen Sie diese Option auf einem fremden PC deaktiviert.</translation>
        </message>
        <message>
            <source>Device code</source>
            <translation>Gerätecode</translation>
        </message>
        <message>
            <source>Copy the code</source>
            <translation>Code kopieren</translation>
        </message>
        <message>
            <source>Signed-in account</source>
            <translation>Angemeldetes Konto</translation>
        </message>
        <message>
            <source>The code is copied.</source>
            <translation>Der Code wurde kopiert.</translation>
        </message>
        <message>
            <source>Sign in as an administrator</source>
            <translation>Als Administrator anmelden</translation>
        </message>
        <message>
            <source>The checks read the tenant and the affected user with your account. Nothing is changed.</source>
            <translation>Die Prüfungen lesen den Mandanten und den betroffenen Benutzer mit Ihrem Konto. Es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Sign in with an account that can read users and their authentication methods (for example Authentication Administrator or Global Reader).</source>
            <translation>Melden Sie sich mit einem Konto an, das Benutzer und deren Authentifizierungsmethoden lesen kann (zum Beispiel Authentication Administrator oder Global Reader).</translation>
        </message>
        <message>
            <source>Sign in to check your own account too (optional)</source>
            <translation>Anmelden, um auch Ihr eigenes Konto zu prüfen (optional)</translation>
        </message>
        <message>
            <source>You can skip this: click Next to continue without signing in.</source>
            <translation>Sie können diesen Schritt überspringen: Klicken Sie auf „Weiter“, um ohne Anmeldung fortzufahren.</translation>
        </message>
        <message>
            <source>If you can still sign in, SSPR Doctor can also read your own account and the methods you registered for password reset. It asks for nothing else.</source>
            <translation>Wenn Sie sich noch anmelden können, kann SSPR Doctor auch Ihr eigenes Konto und die Methoden lesen, die Sie für die Kennwortzurücksetzung registriert haben. Weitere Daten werden nicht angefordert.</translation>
        </message>
        <message>
            <source>&amp;Sign in to check my own account too</source>
            <translation>Anmelden und auch mein eigenes Konto &amp;prüfen</translation>
        </message>
        <message>
            <source>Sign in to check my own account too</source>
            <translation>Anmelden und auch mein eigenes Konto prüfen</translation>
        </message>
        <message>
            <source>Waiting for you to finish signing in in the browser…</source>
            <translation>Warten, bis Sie die Anmeldung im Browser abgeschlossen haben…</translation>
        </message>
        <message>
            <source>Asking for a code…</source>
            <translation>Code wird angefordert…</translation>
        </message>
        <message>
            <source>On a phone or another computer, open %1 and enter this code:</source>
            <translation>Öffnen Sie auf einem Telefon oder einem anderen Computer %1, und geben Sie diesen Code ein:</translation>
        </message>
        <message>
            <source>Waiting for the sign-in on the other device…</source>
            <translation>Warten auf die Anmeldung auf dem anderen Gerät…</translation>
        </message>
        <message>
            <source>The code has expired. Start the sign-in again.</source>
            <translation>Der Code ist abgelaufen. Starten Sie die Anmeldung erneut.</translation>
        </message>
        <message>
            <source>The code expires in %1:%2.</source>
            <translation>Der Code läuft in %1:%2 ab.</translation>
        </message>
        <message>
            <source>Sign-in cancelled.</source>
            <translation>Anmeldung abgebrochen.</translation>
        </message>
        <message>
            <source>Sign-in failed: %1</source>
            <translation>Anmeldung fehlgeschlagen: %1</translation>
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
            <translation>Sie sind angemeldet: Die Prüfungen lesen auch Ihr eigenes Konto.</translation>
        </message>
        <message>
            <source>Account: %1 (%2)</source>
            <translation>Konto: %1 (%2)</translation>
        </message>
        <message>
            <source>Account: %1</source>
            <translation>Konto: %1</translation>
        </message>
        <message>
            <source>Tenant: %1</source>
            <translation>Mandant: %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Sign-in is not available here. The checks that need Microsoft Graph will be skipped and say which permission they need.</source>
            <translation>Die Anmeldung ist hier nicht verfügbar. Prüfungen, die Microsoft Graph benötigen, werden übersprungen und nennen die erforderliche Berechtigung.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::StartPage</name>
        <message>
            <source>Diagnose a password reset or change error</source>
            <translation>Fehler bei Kennwortzurücksetzung oder -änderung diagnostizieren</translation>
        </message>
        <message>
            <source>SSPR Doctor finds out why self-service password reset or password change failed with AADSTS120021 or a related error. It only reads; it changes nothing.</source>
            <translation>SSPR Doctor ermittelt, warum eine Self-Service-Kennwortzurücksetzung oder Kennwortänderung mit AADSTS120021 oder einem verwandten Fehler fehlgeschlagen ist. Das Tool liest nur und ändert nichts.</translation>
        </message>
        <message>
            <source>&amp;Paste the error text you saw, if you have it (optional). The whole page is fine: the code, Correlation ID, Trace ID and Timestamp are picked out of it.</source>
            <translation>Fügen Sie den angezeigten Fehlertext hier &amp;ein, falls vorhanden (optional). Sie können auch die ganze Seite einfügen: Code, Korrelations-ID, Ablaufverfolgungs-ID und Zeitstempel werden daraus übernommen.</translation>
        </message>
        <message>
            <source>Error text</source>
            <translation>Fehlertext</translation>
        </message>
        <message>
            <source>For example:
AADSTS120021: PartnerServiceSsprInternalServiceError
Correlation ID: …
Timestamp: …</source>
            <translation>Zum Beispiel:
AADSTS120021: PartnerServiceSsprInternalServiceError
Correlation ID: …
Timestamp: …</translation>
        </message>
        <message>
            <source>What was read from it (you can correct it)</source>
            <translation>Daraus erkannt (Sie können es korrigieren)</translation>
        </message>
        <message>
            <source>Not sure / not answered</source>
            <translation>Nicht sicher / nicht beantwortet</translation>
        </message>
        <message>
            <source>Where it happened</source>
            <translation>Ort des Fehlers</translation>
        </message>
        <message>
            <source>&amp;Where it happened:</source>
            <translation>Wo ist der &amp;Fehler aufgetreten:</translation>
        </message>
        <message>
            <source>Open s&amp;ession…</source>
            <translation>Sitzung &amp;öffnen…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Ei&amp;nstellungen…</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Sitzung öffnen</translation>
        </message>
        <message>
            <source>Open a session saved earlier, to read its results or run the checks again.</source>
            <translation>Eine früher gespeicherte Sitzung öffnen, um ihre Ergebnisse zu lesen oder die Prüfungen erneut auszuführen.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::StatusIcon</name>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Wird ausgeführt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::SupportSummaryPage</name>
        <message>
            <source>&amp;Copy summary</source>
            <translation>Zusammenfassung &amp;kopieren</translation>
        </message>
        <message>
            <source>Save as &amp;HTML…</source>
            <translation>Als &amp;HTML speichern…</translation>
        </message>
        <message>
            <source>Save as &amp;JSON…</source>
            <translation>Als &amp;JSON speichern…</translation>
        </message>
        <message>
            <source>Save as &amp;text…</source>
            <translation>Als &amp;Text speichern…</translation>
        </message>
        <message>
            <source>Support summary</source>
            <translation>Supportzusammenfassung</translation>
        </message>
        <message>
            <source>Paste this into your ticket, or attach a saved report.</source>
            <translation>Fügen Sie dies in Ihr Ticket ein, oder hängen Sie einen gespeicherten Bericht an.</translation>
        </message>
        <message>
            <source>Error code, correlation ID, tenant, user, findings and answers for a support ticket</source>
            <translation>Fehlercode, Korrelations-ID, Mandant, Benutzer, Befunde und Antworten für ein Supportticket</translation>
        </message>
        <message>
            <source>Copy summary to the clipboard</source>
            <translation>Zusammenfassung in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Open a Microsoft support request</source>
            <translation>Microsoft-Supportanfrage erstellen</translation>
        </message>
        <message>
            <source>Save the report as HTML</source>
            <translation>Bericht als HTML speichern</translation>
        </message>
        <message>
            <source>Save the report as JSON</source>
            <translation>Bericht als JSON speichern</translation>
        </message>
        <message>
            <source>Save the report as plain text</source>
            <translation>Bericht als Nur-Text speichern</translation>
        </message>
        <message>
            <source>Save status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>&lt;a href="%1"&gt;Open a Microsoft support request&lt;/a&gt; (Microsoft Entra admin center, needs an administrator)</source>
            <translation>&lt;a href="%1"&gt;Microsoft-Supportanfrage erstellen&lt;/a&gt; (Microsoft Entra Admin Center, erfordert einen Administrator)</translation>
        </message>
        <message>
            <source>The summary is on the clipboard.</source>
            <translation>Die Zusammenfassung ist in der Zwischenablage.</translation>
        </message>
        <message>
            <source>HTML report (*.html)</source>
            <translation>HTML-Bericht (*.html)</translation>
        </message>
        <message>
            <source>JSON report (*.json)</source>
            <translation>JSON-Bericht (*.json)</translation>
        </message>
        <message>
            <source>Text report (*.txt)</source>
            <translation>Textbericht (*.txt)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::UserPage</name>
        <message>
            <source>Who is affected?</source>
            <translation>Wer ist betroffen?</translation>
        </message>
        <message>
            <source>Affected user</source>
            <translation>Betroffener Benutzer</translation>
        </message>
        <message>
            <source>Filled in with the affected user of the demo scenario "%1".</source>
            <translation>Mit dem betroffenen Benutzer des Demoszenarios „%1“ ausgefüllt.</translation>
        </message>
        <message>
            <source>The user's sign-in name, like alex@contoso.com, or their object ID</source>
            <translation>Der Anmeldename des Benutzers, z. B. alex@contoso.com, oder seine Objekt-ID</translation>
        </message>
        <message>
            <source>The person who saw the error. Type part of their name or sign-in name and pick them from the list, or enter their sign-in name (UPN) or object ID.</source>
            <translation>Die Person, bei der der Fehler auftrat. Geben Sie einen Teil ihres Namens oder Anmeldenamens ein und wählen Sie sie aus der Liste, oder geben Sie ihren Anmeldenamen (UPN) oder ihre Objekt-ID ein.</translation>
        </message>
        <message>
            <source>&amp;Affected user:</source>
            <translation>Be&amp;troffener Benutzer:</translation>
        </message>
        <message>
            <source>Adele, adele@contoso.com or an object ID</source>
            <translation>Adele, adele@contoso.com oder eine Objekt-ID</translation>
        </message>
        <message>
            <source>Matching users</source>
            <translation>Passende Benutzer</translation>
        </message>
        <message>
            <source>Press Enter to pick the selected user</source>
            <translation>Drücken Sie die Eingabetaste, um den markierten Benutzer zu übernehmen</translation>
        </message>
        <message>
            <source>Searching for "%1"…</source>
            <translation>Suche nach „%1“…</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Object ID: %1</source>
            <translation>Objekt-ID: %1</translation>
        </message>
        <message>
            <source>No user matches "%1".</source>
            <translation>Kein Benutzer passt zu „%1“.</translation>
        </message>
        <message>
            <source>1 user matches "%1". Press Down, then Enter to pick.</source>
            <translation>1 Benutzer passt zu „%1“. Drücken Sie die Nach-unten-Taste und dann die Eingabetaste, um ihn zu übernehmen.</translation>
        </message>
        <message>
            <source>%1 users match "%2". Press Down to choose, Enter to pick.</source>
            <translation>%1 Benutzer passen zu „%2“. Mit der Nach-unten-Taste auswählen, mit der Eingabetaste übernehmen.</translation>
        </message>
        <message>
            <source>⚠ Searching for "%1" failed: %2 You can still type the full sign-in name.</source>
            <translation>⚠ Die Suche nach „%1“ ist fehlgeschlagen: %2 Sie können trotzdem den vollständigen Anmeldenamen eingeben.</translation>
        </message>
        <message>
            <source>Picked %1.</source>
            <translation>%1 übernommen.</translation>
        </message>
        <message>
            <source>Enter the user's name, sign-in name or object ID to continue.</source>
            <translation>Geben Sie Namen, Anmeldenamen oder Objekt-ID des Benutzers ein, um fortzufahren.</translation>
        </message>
        <message>
            <source>Pick a user from the list, or type a full sign-in name (like alex@contoso.com) or object ID (like 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f).</source>
            <translation>Wählen Sie einen Benutzer aus der Liste, oder geben Sie einen vollständigen Anmeldenamen (z. B. alex@contoso.com) oder eine Objekt-ID (z. B. 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f) ein.</translation>
        </message>
    </context>
    <context>
        <name>sspr::ui::VerdictHeader</name>
        <message>
            <source>Summary of the checks</source>
            <translation>Zusammenfassung der Prüfungen</translation>
        </message>
        <message>
            <source>All checks passed</source>
            <translation>Alle Prüfungen bestanden</translation>
        </message>
        <message>
            <source>Nothing these checks can see explains the error. If it keeps happening, send the correlation ID and timestamp to Microsoft support.</source>
            <translation>Nichts, was diese Prüfungen erkennen können, erklärt den Fehler. Tritt er weiterhin auf, senden Sie die Korrelations-ID und den Zeitstempel an den Microsoft-Support.</translation>
        </message>
        <message>
            <source>No check failed, but some warnings deserve a look</source>
            <translation>Keine Prüfung fehlgeschlagen, aber einige Warnungen sollten Sie sich ansehen</translation>
        </message>
        <message>
            <source>Read the warnings below: they may explain the error.</source>
            <translation>Lesen Sie die Warnungen unten: Sie könnten den Fehler erklären.</translation>
        </message>
        <message>
            <source>A likely cause was found</source>
            <translation>Eine wahrscheinliche Ursache wurde gefunden</translation>
        </message>
        <message>
            <source>Start with what failed below: each finding says what to do and who can do it.</source>
            <translation>Beginnen Sie mit den fehlgeschlagenen Prüfungen unten: Jeder Befund nennt, was zu tun ist und wer es tun kann.</translation>
        </message>
        <message>
            <source>Not all checks could run: this is not an all-clear</source>
            <translation>Nicht alle Prüfungen konnten ausgeführt werden: Das ist keine Entwarnung</translation>
        </message>
        <message>
            <source>Some checks were skipped or ended in an error, so a cause may have been missed. Each says what would let it run; fix that and run the checks again.</source>
            <translation>Einige Prüfungen wurden übersprungen oder endeten mit einem Fehler, daher wurde eine Ursache möglicherweise übersehen. Bei jeder steht, was zu ihrer Ausführung nötig ist; beheben Sie das, und führen Sie die Prüfungen erneut aus.</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1: %2 von %3</translation>
        </message>
        <message>
            <source>User: %1</source>
            <translation>Benutzer: %1</translation>
        </message>
        <message>
            <source>Error: AADSTS%1 %2</source>
            <translation>Fehler: AADSTS%1 %2</translation>
        </message>
        <message>
            <source>Error: AADSTS%1</source>
            <translation>Fehler: AADSTS%1</translation>
        </message>
        <message>
            <source>Correlation ID: %1</source>
            <translation>Korrelations-ID: %1</translation>
        </message>
        <message>
            <source>Demo tenant: %1</source>
            <translation>Demo-Mandant: %1</translation>
        </message>
        <message>
            <source>Not applicable here: %1</source>
            <translation>Hier nicht zutreffend: %1</translation>
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
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Fertig</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Quit SSPR Doctor</source>
            <translation>SSPR Doctor beenden</translation>
        </message>
        <message>
            <source>running</source>
            <translation>wird ausgeführt</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>no problems found</source>
            <translation>keine Probleme gefunden</translation>
        </message>
        <message>
            <source>1 problem found</source>
            <translation>1 Problem gefunden</translation>
        </message>
        <message>
            <source>%1 problems found</source>
            <translation>%1 Probleme gefunden</translation>
        </message>
        <message>
            <source>opened from file</source>
            <translation>aus Datei geöffnet</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>Sitzung öffnen</translation>
        </message>
        <message>
            <source>Wait for the checks to finish before opening a session.</source>
            <translation>Warten Sie, bis die Prüfungen abgeschlossen sind, bevor Sie eine Sitzung öffnen.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Weiter &gt;</translation>
        </message>
    </context>
</TS>
