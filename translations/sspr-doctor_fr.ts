<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppOptions</name>
    <message>
        <source>Diagnoses Microsoft Entra self-service password reset and password change failures (AADSTS120021 and the AADSTS 1200xx family).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in demo tenant. An optional SCENARIO (a built-in name or a scenario file) may follow; default: healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the built-in demo scenarios and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window and write a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the session as JSON to FILE (headless).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The affected user: user principal name or object id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error text as the user saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the error text from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your own account (end user) instead of another user&apos;s (IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use URL as the versioned Microsoft Graph root (default https://graph.microsoft.com/v1.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each Graph request (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what the app does to standard error (never a token or password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: the scenario name or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario (%1) needs --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--graph needs an http(s) URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --error or --error-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json is for --headless runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--self checks your own account: leave out --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--graph needs an https URL (http only for 127.0.0.1 or localhost), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the error file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCodec</name>
    <message>
        <source>the $batch reply has no &quot;responses&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$batch response %1 lacks an &quot;id&quot; string or a &quot;status&quot; number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRunner</name>
    <message>
        <source>cancelled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no affected user was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch reply had no answer for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s reply carried no object id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSupport</name>
    <message>
        <source>Graph request-id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply was recorded for this check&apos;s Graph request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 was not answered, so there is no evidence to judge. A check never passes without evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: sign in to run this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check reads Microsoft Graph (%1), which needs a signed-in account with the delegated permission %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account also needs one of these roles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: Microsoft Graph rejected the sign-in (HTTP 401); %1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: not allowed to read this; needs %1 and an admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: not allowed to read this; needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused %1 with HTTP %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs the delegated permission %1, consented for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not accept the sign-in&apos;s token (expired, revoked or issued for another tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again, and make sure %1 is consented for SSPR Doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in account also needs one of these directory roles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is among the consented permissions, so the role or licence is the likely gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the permissions consented for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to consent %1 for SSPR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and sign in with an account that holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must have %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the user could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the user could not be resolved; the lookup needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check itself needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and one of these roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what Account state reports, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to consent %1 (and %2) for SSPR Doctor, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and run the checks again. If it keeps failing, check Microsoft&apos;s service health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Microsoft Graph (network error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and any proxy, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph kept throttling the request (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph was unavailable (HTTP %1) after retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph was unavailable after retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph failed with HTTP %1 after retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph failed after retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph sent a reply that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again to get a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not find the object (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 was cancelled before it finished, so this check has no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 failed, so this check has no evidence and did not decide anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s reply lacks %1, so nothing could be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 came back without a usable &quot;%2&quot; value. A check never passes on missing evidence; run it again, and if the field stays missing report the request-id to Microsoft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: sign-in gave no access token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold only non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names an unknown check &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists a check twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an AADSTS number of five or six digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https URL ending in ?code=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must look like SSPR_0029 or event:31003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2] must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;schemaVersion&quot; must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes[%1] (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hints[%1] (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AADSTS%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AADSTS%1 is not in the catalog: general SSPR checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error code given: general SSPR checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTextParser</name>
    <message>
        <source>The pasted text is longer than 1 MB; only the first 1 MB was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp named no time zone; it was read as UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLine</name>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultJson</name>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;match&quot; must be a regular expression string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;match&quot; is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; %1 is not an HTTP status code the server can send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;topLevelOnly&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>Network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in or token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled by Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client-request-id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphErrorMapping</name>
    <message>
        <source>empty reply body (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page instead of JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply is not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply body is not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request this one depends on failed (HTTP 424)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphEvidence</name>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRun</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: checks that need Microsoft Graph are skipped. Use --demo to try the built-in demo tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the affected user with --user UPN (or use --self).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCollector</name>
    <message>
        <source>page %1 of a paged reply has no &quot;value&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@odata.nextLink is not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@odata.nextLink points to %1, not to %2: refused, so that the token is never sent to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paging did not end: @odata.nextLink repeats a page already read (after %1 pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paging did not end within %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SSPR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;sspr-doctor --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the error text on the first page instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationRecord</name>
    <message>
        <source>Reports Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Microsoft Entra ID P1 or P2 licence (the registration report is a premium feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the user could not be resolved, so there is no registration record to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user lookup failed (see Account state), so Graph had no object id to look up in the registration report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the registration report has no record for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered 404 for the user&apos;s registration details. The report omits deleted users and can lag a few hours behind new accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what Account state reports, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled, and the registration report does not work for disabled users: enable the account first (see Account state), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryDecision</name>
    <message>
        <source>%1 (Graph asked to wait %2 s, longer than the %3 s this app waits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuntimeEnvironment</name>
    <message>
        <source>Cannot load the demo scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the demo tenant on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>&quot;%1&quot; must be an array, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; must be an object, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; needs a string &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a string &quot;path&quot; (and &quot;method&quot; if given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; is not a valid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;status&quot; must be an HTTP status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;headers&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;base&quot; forms a cycle or is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no built-in scenario of that name (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;base&quot; must be a scenario name or a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;base&quot; %2 cannot be used: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario name or file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pageSize&quot; must be a number from 1 to 999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry of &quot;users&quot; needs a string &quot;userPrincipalName&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names user &quot;%2&quot;, who is not in &quot;users&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, who is not in &quot;users&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceHealthCheck</name>
    <message>
        <source>Microsoft service health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Support Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity service (Microsoft Entra) is missing from the service health reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Graph listed %n service(s) but none with the id &quot;OrgLiveID&quot; or the name &quot;Microsoft Entra&quot; / &quot;Identity Service&quot;, so its health is unknown. Look at Health &gt; Service health in the Microsoft 365 admin center.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check Health &gt; Service health in the Microsoft 365 admin center for Microsoft Entra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft reports an open incident on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft reports %1 as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity service&apos;s status is &quot;%1&quot;. AADSTS120021 and the other 1200xx errors come from Microsoft&apos;s password reset service; while Microsoft reports a problem there, resets can fail however the tenant is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issues: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for Microsoft to restore the service (Health &gt; Service health in the Microsoft 365 admin center), then ask the user to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow issue %1 under Health &gt; Service health in the Microsoft 365 admin center and ask the user to try again once Microsoft marks it resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open advisory on %1 about sign-in or passwords: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open advisory on %1 (not about sign-in or passwords): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is up (status &quot;%1&quot;) but Microsoft has an open advisory: some users can be affected, often intermittently. Open issues: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the advisory under Health &gt; Service health in the Microsoft 365 admin center; if it matches the user&apos;s symptoms, wait for Microsoft&apos;s fix or use its workaround.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports &quot;%2&quot; with no open issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity service is not reported as operational but no issue is open (for example just restored). If the user hit the error during a recent incident, a retry is likely to work now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the user to try again; check Health &gt; Service health for the issue history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is operational with no open issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft reports the identity service as operational with no open incident or advisory, so the error is unlikely to be a Microsoft outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here: look at the other checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: needs an admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: only admins can read tenant service health; see the public status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service health in Microsoft Graph needs ServiceHealth.Read.All and an admin role such as Global Reader or Service Support Administrator. Microsoft&apos;s public status page shows broad outages without signing in; your IT admin sees issues for your organization under Health &gt; Service health (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Microsoft 365 status page to see whether Microsoft reports an outage, and tell your IT help desk about the error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of pass, warning, fail, skipped, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SSPR Doctor session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer SSPR Doctor (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON session file (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user who saw the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IT administrator of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft (through a support request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: no action is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextSummary</name>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check failed; some findings deserve a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one check failed: see the likely cause below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an all-clear: some checks could not run or ended in an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic SSPR playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no error code pasted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR Doctor %1 — %2 — user %3 — %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph round trips: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAccountCheck</name>
    <message>
        <source>Account state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User not found in this tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph answered 404 for %1. This is the shape of AADSTS120016 (PasswordChangeUserNotFoundBySspr): the name does not match an account in this tenant — a typo, an account in another tenant, a deleted account, or a guest whose password lives in its home organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph request-id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the exact sign-in name (UPN) the user types; if the account was deleted, restore it from Deleted users in the Microsoft Entra admin center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory, so its password is managed there and SSPR needs password writeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountEnabled is false. A disabled account can neither sign in nor reset its password, and the registration report does not cover it either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the account in on-premises Active Directory and wait for the next sync (a change made in Microsoft Entra would be overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the account (Account enabled, in the user&apos;s properties in the Microsoft Entra admin center) if it was disabled by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a guest in this tenant: its password is reset in its home organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userType is Guest. A guest signs in with an account that belongs to another organization (or a personal Microsoft account), so self-service password reset in this tenant cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password with the organization or service that issued the account, not in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password was changed %n minute(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password was changed at %1, %n minute(s) before this check. A new password takes a few minutes to reach every service (and the on-premises directory through writeback); attempts in that window can fail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait 15 minutes after the last password change and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has non-default password policies: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisablePasswordExpiration: the password never expires (informational).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DisableStrongPassword: weaker passwords are allowed in Microsoft Entra, but an on-premises policy can still reject the new password (AADSTS120004 shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational: review whether these password policies are still wanted for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not report whether %1 is a member or a guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userType is %1; the account was treated as a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user type in the Microsoft Entra admin center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is enabled and a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is enabled and a member of this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountEnabled is true and userType is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for the account itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRegistrationCheck</name>
    <message>
        <source>SSPR registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was last updated at %1 and can lag a few hours behind a new registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered for self-service password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isSsprRegistered is false: the user has not registered the number of methods the SSPR policy asks for, so the reset cannot verify them. Methods registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register security info at https://aka.ms/ssprsetup (My Security Info): add a phone or the Authenticator app, then try the reset again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered but cannot use self-service password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isSsprCapable is false because isSsprEnabled is false: the SSPR policy does not cover this user (see SSPR scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isSsprCapable is false although the user is registered and enabled: the registered methods do not satisfy the methods the policy allows (for example a method the admin has since turned off). Methods registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the user&apos;s methods with Password reset &gt; Authentication methods in the Microsoft Entra admin center, and the SSPR scope under Password reset &gt; Properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can reset but has only one usable method (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is registered and capable, but with a single method SSPR can use. If the tenant requires two methods to reset, or that method is unavailable, the reset stops; Microsoft Graph does not expose the required number, so ask the admin (Password reset &gt; Authentication methods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second method at https://aka.ms/ssprsetup (My Security Info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered and able to use self-service password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isSsprRegistered and isSsprCapable are true. Methods registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: end users cannot read the registration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: end users cannot read the registration report; check your methods in My Security Info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration report needs AuditLog.Read.All and a reader role (Reports Reader, Security Reader, Security Administrator or Global Reader). You can see your own methods at https://aka.ms/ssprsetup (My Security Info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open https://aka.ms/ssprsetup and make sure a phone, email or the Authenticator app is registered; add a second method if you can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSsprScopeCheck</name>
    <message>
        <source>SSPR scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user holds an admin role: administrators reset under Microsoft&apos;s administrator policy (two methods), not the tenant&apos;s SSPR setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service password reset is enabled for %1 by policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isSsprEnabled is true: the tenant&apos;s SSPR policy covers this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for the SSPR scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the self-service password reset scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isSsprEnabled is false: the tenant&apos;s SSPR policy is set to None, or to Selected with a group the user is not in. Microsoft Graph has no API for the SSPR policy itself, so which of the two cannot be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Microsoft Entra admin center open Password reset &gt; Properties and set self-service password reset to All, or to Selected with a group that includes this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: end users cannot read the registration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: only an admin can see whether SSPR is enabled for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the SSPR policy covers a user is in the registration report, which needs AuditLog.Read.All and a reader role. If the reset page says your organization has not enabled password reset for you, this is the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT help desk whether self-service password reset is enabled for your account (Password reset &gt; Properties).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::demo::ScenarioServer</name>
    <message>
        <source>The demo server cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::graph::GraphBatchJob</name>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the $batch reply has no response for id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::CheckRow</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: the run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::DemoBanner</name>
    <message>
        <source>Demo tenant: scenario &quot;%1&quot; — no real data. Nothing is sent to Microsoft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::EvidenceTable</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::FindingPanel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Microsoft documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Microsoft documentation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was gathered for this check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::ParsedErrorView</name>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(also %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a password change or reset (1200xx) code this tool knows: the general password reset checks will run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AADSTS code in the text: the checks for AADSTS120021, the most common password reset failure, will run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::ResultsPage</name>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each check found, and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::RunPage</name>
    <message>
        <source>&amp;Cancel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check reads from Microsoft Graph. This usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the checks now. Requests in flight are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks… %1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 checks finished. Run again, or go back to change the inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. %1. Click Next for the results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::StatusIcon</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::UserPage</name>
    <message>
        <source>Who is affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who saw the error. The checks read this user&apos;s account, registration for password reset and whether password reset applies to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affected user — sign-in name (UPN) or object ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alex@contoso.com or 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with the affected user of the demo scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks run as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Checks that need Microsoft Graph will be skipped, and the results will say which permission they need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s sign-in name or object ID to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a sign-in name (like alex@contoso.com) nor an object ID (like 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name, like alex@contoso.com, or their object ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::VerdictHeader</name>
    <message>
        <source>Summary of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing these checks can see explains the error. If it keeps happening, send the correlation ID and timestamp to Microsoft support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check failed, but some warnings deserve a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the warnings below: they may explain the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A likely cause was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with what failed below: each finding says what to do and who can do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all checks could run: this is not an all-clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks were skipped or ended in an error, so a cause may have been missed. Each says what would let it run; fix that and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: AADSTS%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: AADSTS%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::WelcomePage</name>
    <message>
        <source>Diagnose a password reset or change error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR Doctor finds out why self-service password reset or password change failed with AADSTS120021 or a related error. It only reads from the tenant; it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the error text you saw, if you have it (optional). The whole page is fine: the code, Correlation ID, Trace ID and Timestamp are picked out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example:
AADSTS120021: PartnerServiceSsprInternalServiceError
Correlation ID: …
Timestamp: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was read from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::WizardWindow</name>
    <message>
        <source>SSPR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit SSPR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
