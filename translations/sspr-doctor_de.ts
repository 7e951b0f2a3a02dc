<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>The Microsoft cloud: global, usgov-gcch, usgov-dod or china (default global).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at URL instead of the cloud&apos;s authority (any OpenID Connect server with Microsoft identity platform v2.0 endpoints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant to sign in to: organizations, common, a domain or a tenant id (default organizations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your organisation&apos;s own app registration (application id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code entered on another device instead of this PC&apos;s browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the sign-in in the system keychain (shared PCs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe HOST[:PORT] instead of the cloud&apos;s hosts (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this PC&apos;s clock with the Date header of URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the local network and clock checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a guided question, e.g. other-network=no (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back N days in the audit and sign-in logs (1 to 30, default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report (headless): FORMAT is json, html, text or har (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cloud is one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--authority needs an https URL (http only for 127.0.0.1 or localhost), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant needs organizations, common, a domain or a tenant id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id needs an application id (a GUID), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probe-target needs HOST or HOST:PORT, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clock-url needs an http(s) URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answer needs ID=VALUE, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a number from 1 to 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report needs FORMAT:PATH with FORMAT one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report is for --headless runs; the wizard saves reports from its last page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthErrorReply</name>
    <message>
        <source>Sign-in was cancelled or consent was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority did not recognise the sign-in code. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority refused the sign-in grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account must sign in interactively to give consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority does not accept this application (client id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in authority could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in authority answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticationMethods</name>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate mobile phone (MFA only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software OATH token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware OATH token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIDO2 security key / passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Hello for Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform credential (macOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>Cannot open a local port for the browser sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. You can close this window and return to SSPR Doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to SSPR Doctor to see why and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned a sign-in answer that does not belong to this sign-in (state mismatch). Nothing was redeemed; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned no authorization code.</source>
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
    <name>BundleWriter</name>
    <message>
        <source>The bundle is too large for a ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The current password you typed is not the one on file, so the password change was refused. Type the current password again carefully; nothing else is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password was mistyped, or Caps Lock or the keyboard layout changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed recently somewhere else (another device, an admin reset) and the old one was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an account synchronised from on-premises Active Directory, the on-premises password differs from the one typed (event 33007 on the Entra Connect server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password was refused because it is too weak for your organization&apos;s password rules. Choose a longer password, for example a few unrelated words with numbers and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too short or too simple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password repeats a recent password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is built on a common word or an easy pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password was refused because it contains your user name or part of your name. Choose a password that does not include your name or your sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password includes the user name, the display name or part of the sign-in address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises Active Directory complexity rule forbids the account name in a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s on-premises Active Directory refused the new password because it breaks a local rule on length, complexity, history or age. The on-premises directory has the last word even when the cloud accepts the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not meet the domain password policy (length, complexity, history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed too recently: the domain&apos;s minimum password age has not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine-grained password policy or a third-party password filter on the domain controllers rejects it (event 33008 on the Entra Connect server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password was saved in your organization&apos;s on-premises directory, but the cloud copy could not be updated. The new password may already work on the company network; the cloud side usually catches up after a short wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeout or throttling while the cloud account was being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud-side policy blocked the update after the on-premises change had succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary problem in the Microsoft Entra service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password change started but was stopped by an error that trying again will not fix (Microsoft describes it as a non-retryable error). Someone has to find the cause before the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password writeback reported a permanent failure from the on-premises side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration or policy problem ended the background job that writes the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem in the Microsoft Entra service ended the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password service could not tell which account the change was for from the sign-in name it received. The sign-in name (user principal name) did not lead to exactly one known user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user signed in with an alternate name or an e-mail address that differs from the account&apos;s user principal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user principal name was changed recently and the change has not reached every directory yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud account and the on-premises account no longer match because synchronisation has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is managed by your organization&apos;s on-premises Active Directory, and the cloud is not able to write it back there. Change it on the company network, or ask an admin to turn on password writeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password writeback is not enabled in Microsoft Entra Connect or Cloud Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback is enabled, but its service on the Entra Connect server has stopped or cannot reach Microsoft over port 443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant has no licence that includes writeback (Microsoft Entra ID P1 or P2, or Microsoft 365 Business Premium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud could not reach your organization&apos;s on-premises directory to save the new password. This is usually a network or service problem on the Microsoft Entra Connect server, and trying again later may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Entra Connect server cannot reach *.passwordreset.microsoftonline.com or *.servicebus.windows.net over HTTPS (firewall, proxy or idle timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password writeback service on the Entra Connect server stopped or needs a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 or the Azure root certificates are missing on the Entra Connect server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account in the on-premises Active Directory is locked out or disabled, so the new password could not be saved there. An admin has to unlock or enable the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong password attempts locked the on-premises account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled in Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-premises account has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active Directory needs an administrator to act before this password can be changed. Most often the account that password writeback uses is not allowed to set this user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Entra Connect AD DS connector account lacks the Reset password permission on the user (event 33004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user belongs to a protected group (AdminCount=1), so inherited permissions do not reach the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy &quot;Network access: Restrict clients allowed to make remote calls to SAM&quot; blocks the MSOL_ connector account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset service could not find your account in the on-premises directory that password writeback talks to. The cloud account and the on-premises account may no longer be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was deleted on-premises or moved out of the synchronised scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not synchronised by this Entra Connect server (filtering, or another forest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation has stopped, so the link between the cloud and the on-premises account is out of date (event 33002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too close to a word on a banned-password list, either Microsoft&apos;s global list or your organization&apos;s own. Choose a password that is not based on a common word, the company name or a simple pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a banned word or a close variant of one (for example P@ssw0rd or the company name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra Password Protection also applies the list to on-premises password changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password change failed for a reason the service did not spell out. The checks below narrow it down; trying again after a few minutes is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration problem with self-service password reset or password writeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of the account (disabled, locked, not synchronised) blocks the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-service password reset service behind the sign-in page hit an internal error and could not finish. It is often temporary, but it can also point to a problem with your registration, your access to password reset, or password writeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary incident in the Microsoft Entra password reset service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not registered for self-service password reset, or is outside its scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is disabled, or password writeback fails for an account synchronised from on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset is turned off for the whole organization (TenantSSPRFlagDisabled; &quot;Self service password reset enabled&quot; is None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password writeback is not enabled, and this user&apos;s password is managed on-premises (WritebackNotEnabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password reset policy has been set up for the user (SsprNotEnabledInUserPolicy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has no licence that includes password reset (UserNotLicensed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset is limited to a group and the user is not in it (UserNotMemberOfScopedAccessGroup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user has not registered enough security information to reset (UserNotProperlyConfigured); an admin resets the password, then the user registers at aka.ms/ssprsetup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password writeback is misconfigured on-premises (OnPremisesAdminActionRequired), for example the MSOL_ connector account is blocked by &quot;Restrict clients allowed to make remote calls to SAM&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link between Entra Connect and the password reset service is poor (OnPremisesConnectivityError); trying again may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADSync could not set the password in Active Directory: password sync not enabled on this connector (0x8023061f), a domain restriction (MMS(4924) 0x80230619) or a domain controller without the LDAP policy-hints control (MMS(3040)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password writeback WCF endpoint did not start: read the PasswordResetService events, restart, or turn writeback off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of a password reset writeback (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset writeback succeeded (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PasswordResetFail: the reset could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback onboarding started (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback onboarding succeeded (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of a password change writeback (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change writeback succeeded (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChangePasswordFail: the change could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of an admin password reset writeback (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin password reset writeback succeeded (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ResetUserPasswordByAdminFail: an admin reset could not be written to Active Directory (domain policy, connector account permissions, or a protected-group member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback offboarding started (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback offboarding succeeded (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OffboardingEventFail: turning writeback off failed (admin permissions, or a federated Global Administrator was used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password writeback service started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password writeback service stopped: resets and changes fail until it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication token was obtained for writeback (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writeback key pair was generated (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Bus heartbeat from the writeback service (information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBusListenerError: the writeback listener failed; &quot;remote certificate is invalid&quot; means the Azure root certificates are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PasswordResetService is down: one of the two relay service hosts is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnknownError in the writeback service: read the exception, turn writeback off and on, contact support with the tracking ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceError: the writeback service cannot reach the cloud password reset web service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBusError (&quot;token provider was unable to provide a security token&quot;): outbound HTTPS 443 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InPutValidationError (sic): the request to the writeback API was malformed; retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DecryptionError: key mismatch; turn writeback off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConfigurationError in writeback; turn writeback off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnBoardingConfigUpdateError; turn writeback off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ValidationError in a writeback response; turn writeback off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthTokenError (&quot;Error getting auth token&quot; at setup): wrong Global Administrator password, or a federated administrator; use a managed account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CryptoError: key generation failed; turn writeback off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnBoardingServiceError: firewall (443, and 9350-9354 for onboarding) or a token problem with a federated administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OffBoardingError: firewall (443) or a token problem with a federated administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServiceBusWarning: the writeback service is retrying; if frequent, check latency and bandwidth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportServiceHealthError: the five-minute writeback heartbeat to the cloud failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADUnKnownError: an unknown Active Directory error (see the ADSync events); also caused by reserved characters in the OU name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADUserNotFoundError: the user is not found on-premises (deleted there, or a synchronisation fault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMutliMatchError: two Active Directory users share the cloud anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADPermissionsError: the connector account lacks Reset password on the user, or the user has AdminCount=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADUserAccountDisabled: the user&apos;s Active Directory account is disabled; enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADUserAccountLockedOut: the user&apos;s Active Directory account is locked out; unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADUserIncorrectPassword: the current password given for a change is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADPasswordPolicyError: the password breaks the domain&apos;s age, history, complexity or filter rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADConfigurationError: an Active Directory configuration problem (see the ADSync events).</source>
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
    <message>
        <source>the local probes are turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not consented: this sign-in was granted %1 but not %2, so the request was not sent</source>
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
    <name>ClockCheck</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PC clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PC&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clock probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Date header could be read from %1, so the skew between this PC and Microsoft is unknown. The network check says whether the host is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the PC&apos;s clock with an accurate time source by hand, or run the checks again on a working network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skew (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s clock is %1 %2 Microsoft&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Date header from %1 says %2 UTC while this PC said %3 UTC. Verification codes and sign-in tokens are only valid for a short time, so a clock this far off can make codes look expired and sign-in fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the PC&apos;s clock and time zone automatically (Windows: Settings &gt; Time &amp; language &gt; Date &amp; time &gt; Sync now), then try the reset again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s clock agrees with Microsoft&apos;s (within %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Date header from %1 and this PC&apos;s clock differ by %2 second(s), well within what sign-in and verification codes tolerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here: look at the other checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cloud</name>
    <message>
        <source>Microsoft Entra ID (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCodeFlow</name>
    <message>
        <source>The authority&apos;s device code reply is incomplete.</source>
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
    <message>
        <source>names an unknown question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>causeGroups[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already in another group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answerRules[%1]</source>
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
    <name>GuidedQuestions</name>
    <message>
        <source>Yes, it fails there too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it works there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did the error appear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place tells which parts are involved: the Windows sign-in screen and Ctrl+Alt+Del depend on the PC&apos;s network and clock before anyone signs in, the web pages on the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset page (aka.ms/sspr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password with Ctrl+Alt+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;Reset password&quot; link on the Windows sign-in screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Account (myaccount.microsoft.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it also fail in a private (incognito) window of an up-to-date browser, after clearing the cache and cookies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it works in a private window, the browser&apos;s stored data or an extension is the cause, not the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does it also fail on another network, for example a phone hotspot instead of the office network or VPN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it works on another network, a proxy, firewall, VPN or TLS inspection on the usual network is the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the user complete the security info registration (aka.ms/ssprsetup), and can they receive a verification code now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset needs registered methods that still work: a phone that receives texts or calls, a mailbox, or the Authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, registered and codes arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, but no code arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did it first happen, and does it happen every time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent start points at a recent change or an incident; a failure every time points at configuration rather than a passing glitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is password writeback enabled in Microsoft Entra Connect or Cloud Sync, and is its service healthy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph cannot tell reliably whether writeback works; the Entra Connect server can (Synchronization Service, Password writeback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many methods does the tenant&apos;s password reset policy require?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph does not expose this number (Password reset &gt; Authentication methods); a user with one method fails when two are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two</source>
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
        <source>Name the affected user with --user UPN (or use --self).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in to the demo tenant failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered sign-in did not work: %1
Sign in again with --device-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answer: there is no question &quot;%1&quot;; the answer is only recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Likely cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single cause was identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
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
        <source>Error URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback event IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR Doctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>HTML lang attribute of the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Microsoft support request (Microsoft Entra admin center)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph round trips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalCheckSupport</name>
    <message>
        <source>the local probes were not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check reads %1 on this PC, which needs the local probes; they did not run (%2), so nothing is known about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SSPR Doctor again with the local probes (without --no-probes) on the PC where the error appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you before %1 was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled while the local probes were still reading %1, so no verdict is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again and let them finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodsPolicyCheck</name>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Policy Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication methods policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: needs an administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: only an administrator can read the authentication methods policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s authentication methods policy needs %1 and one of these roles: %2. An end user&apos;s sign-in does not have them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the reset keeps failing, ask your IT help desk to check which authentication methods are enabled for SSPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: not available in Microsoft Graph operated by 21Vianet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the user&apos;s methods cannot be read in the China cloud (21Vianet), so the policy cannot be compared with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s &quot;List methods&quot; API is not offered in the national cloud operated by 21Vianet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the user&apos;s methods (Users &gt; the user &gt; Authentication methods) with the enabled methods in Authentication methods &gt; Policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No method SSPR can use is enabled in the authentication methods policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, SMS, voice call, Microsoft Authenticator and OATH tokens are all disabled (policyMigrationState %1), so nobody can verify themselves for a password reset. The user&apos;s own methods could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable at least one method SSPR can use (for example Microsoft Authenticator, SMS or email) in Microsoft Entra admin center &gt; Authentication methods &gt; Policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication methods policy migration is not complete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While policyMigrationState is %1, the legacy SSPR policy (Password reset &gt; Authentication methods) still decides some methods for password reset, so the two can disagree. The user&apos;s methods could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the migration (Authentication methods &gt; Policies &gt; Manage migration) after checking that the methods users registered are enabled there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not report policyMigrationState.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policyMigrationState is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled for specific groups only; the user&apos;s group membership was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the method the user registered (%1) in Microsoft Entra admin center &gt; Authentication methods &gt; Policies for a group that includes the user, or have the user register a method that is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s only SSPR methods are disabled by policy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every method the user could reset with is disabled in the authentication methods policy. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration is not complete, so the legacy SSPR policy may still allow these methods for password reset; it has no Graph API, check Password reset &gt; Authentication methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the user&apos;s methods are disabled by policy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed by policy: %1. Disabled by policy: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the migration is not complete the legacy SSPR policy (Password reset &gt; Authentication methods) still decides some methods for password reset, so the two policies can disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy reply does not cover the user&apos;s SSPR methods: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authenticationMethodConfiguration in the reply governs these methods, so whether SSPR may use them could not be confirmed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSPR method is registered, so the policy blocks none (see Registered authentication methods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy allows the user&apos;s SSPR methods: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every method the user registered for password reset is enabled in the authentication methods policy. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the policy reply: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in the policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message>
        <source>Network path to Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the proxy %2 asks for credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name does not resolve (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no TCP connection (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: certificate issued by %2, not by Microsoft&apos;s public CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reachable (DNS %2, TCP %3, TLS %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network path to Microsoft&apos;s hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host was probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local probes ran with an empty list of hosts, so the network path is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again without an empty --probe-target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 requires authentication for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the Microsoft sign-in and password reset hosts through the proxy without authentication: the Windows sign-in screen&apos;s reset link runs as a temporary user who cannot answer a proxy&apos;s password prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unreachable from this PC: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow HTTPS (TCP 443) from this PC to every host listed in Microsoft&apos;s &quot;Microsoft 365 URLs and IP address ranges&quot;, or try from another network to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 Microsoft host(s) failed. Password reset needs every one of them from the browser or the Windows sign-in screen. %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TLS inspection: %1 presents a certificate from %2, not Microsoft&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something between this PC and Microsoft (a proxy, firewall or security software) re-signs the connection with its own certificate%1. Inspection of the sign-in and password reset hosts is known to break their pages. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, which this PC trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, which this PC does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt the Microsoft sign-in, password reset and Graph hosts from TLS inspection (Microsoft 365 network connectivity principles recommend bypassing it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n Microsoft host(s) reachable with Microsoft&apos;s certificates (slowest %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>DNS, TCP 443 and the TLS handshake succeeded for every host, each presenting a chain from Microsoft&apos;s public CAs. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here: look at the other checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsCheck</name>
    <message>
        <source>Windows device state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows join state and AAD event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: this PC does not run Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device join state and the AAD operational log exist only on Windows. Run SSPR Doctor on the user&apos;s Windows PC when the error appears at the Windows sign-in screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do on this PC; for the Windows reset link, run the checks on the affected Windows PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAD log errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you before the device state was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd /status gave no join state, so whether this PC can show the reset link at the sign-in screen is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;dsregcmd /status&quot; in a command prompt and attach the output to the support request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The AAD operational log has %n error(s) about password reset or change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft-Windows-AAD/Operational recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the AAD operational log for the time of the error (Event Viewer &gt; Applications and Services Logs &gt; Microsoft &gt; Windows &gt; AAD) and attach it to the support request with the dsregcmd /status output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is not joined to Microsoft Entra (AzureAdJoined: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;Reset password&quot; link on the Windows sign-in screen needs a Microsoft Entra joined or hybrid joined device (DomainJoined: %1). Elsewhere the user resets at aka.ms/sspr in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the browser (aka.ms/sspr) to reset, or join the device to Microsoft Entra (or hybrid join it) for the sign-in screen link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra joined, no AAD log errors about password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd reports AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2) and the AAD operational log of the last days has no error naming password reset or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here: look at the other checks.</source>
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
    <name>ProbeSetup</name>
    <message>
        <source>Cannot start the demo TLS endpoint on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeTargets</name>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password change and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows reset link (scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows reset link (certificate status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given with --probe-target</source>
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
    <name>QuestionBrowserCheck</name>
    <message>
        <source>Browser (private window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in a private window: the browser&apos;s cache, cookies or an extension is the likely cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset fails in the usual browser window but works in a private (incognito) one, which starts without stored cookies, cached pages or extensions. The account and the tenant are then fine; something stored in the browser is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Clear the browser&apos;s cookies and cached files (at least for microsoftonline.com and microsoft.com). 2. Turn off extensions (ad blockers, password managers, privacy tools) and try again. 3. Update the browser. Until then, reset the password in a private window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails in a private window too: the browser is not the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private window starts without stored cookies, cached pages or extensions; since the error is the same there, look at the other findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded answer &quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;yes&quot;, &quot;no&quot; or &quot;not-tried&quot;; nothing was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCheck</name>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: nothing to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step reads the answer to a guided question, and none was given. An unanswered question is neither a pass nor a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionFirstSeenCheck</name>
    <message>
        <source>When it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As answered: %1. Compare it with the times of the SSPR audit events and sign-in failures; a recent start points at a recent change or an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: recorded for the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionOtherNetworkCheck</name>
    <message>
        <source>Another network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on another network: the usual network path is the likely cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reset works on another network (for example a phone hotspot) but not on the office network or VPN. A proxy, firewall, VPN or TLS inspection there blocks or alters the traffic to passwordreset.microsoftonline.com or login.microsoftonline.com. The local network check (client.network) shows which host fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network team to allow HTTPS to passwordreset.microsoftonline.com, login.microsoftonline.com, ajax.aspnetcdn.com and ocsp.digicert.com without TLS inspection or proxy authentication. Until then, reset on the other network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails on another network too: the network path is not the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error is the same on a different network, so the office network, proxy or VPN is not what blocks the reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded answer &quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;yes&quot;, &quot;no&quot; or &quot;not-tried&quot;; nothing was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRegistrationCheck</name>
    <message>
        <source>Registration (as answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered for password reset, as answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service password reset can only verify a user through methods registered beforehand; without them the reset cannot start. The registration check (user.registration) confirms this from Microsoft&apos;s registration report when an admin signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register security info at https://aka.ms/ssprsetup (an admin may first have to reset the password once), then try the reset again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, but the verification code does not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered phone number or e-mail address cannot receive the code: a malformed number (it must look like +1 4251234567; extensions are dropped), a mailbox filing it as junk, or a number that is no longer in use. The methods check (user.methods) shows what is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the junk folder and the phone&apos;s signal, and update the phone number or e-mail at https://aka.ms/mysecurityinfo. If that is impossible, an admin can correct the methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, and verification codes arrive, as answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user completed the registration and can receive a code, so verification is not where the reset fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded answer &quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;yes&quot;, &quot;registered-no-code&quot;, &quot;not-registered&quot; or &quot;unknown&quot;; nothing was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWhereCheck</name>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded answer &quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected sspr-portal, ctrl-alt-del, windows-signin, my-account, app or unknown; nothing was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded where the error appeared: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows sign-in screen resets through a temporary account (defaultuser1) before anyone signs in: it needs Windows 10 1803 or later, an Entra joined or hybrid joined device, the AllowPasswordReset policy, and HTTPS to passwordreset.microsoftonline.com and ajax.aspnetcdn.com without an authenticating proxy. The network and clock checks run early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change with Ctrl+Alt+Del goes from the PC to the directory; a hybrid joined PC also needs line of sight to a domain controller. The network and clock checks run early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for the report; the checks run in the playbook&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: recorded for the report.</source>
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
    <name>ReportFile</name>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
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
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check failed; some findings deserve a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one check failed: a likely cause was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an all-clear: some checks could not run or ended in an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service: the user checked their own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT staff helping a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the error appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same error in a private browser window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same error on another network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered for password reset and able to receive the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it first happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password writeback enabled and healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods the reset policy requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset portal (aka.ms/sspr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Ctrl+Alt+Del change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows sign-in screen (reset link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Account / My Sign-Ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it still fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it works there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered, but no code arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Unknown report format &quot;%1&quot;: use one of %2.</source>
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
    <name>RootCauseRanker</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One other finding points the same way: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other findings point the same way: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an all-clear: no check ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was checked, so nothing can be ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clear: no cause found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed. If the error still happens, the cause is outside what these checks can see: collect the support summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a support request with Microsoft and attach the support summary (correlation ID and timestamp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an all-clear: 1 check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an all-clear: %1 checks could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped for lack of sign-in or rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended in an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check failed or warned, but %1, so this is not an all-clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
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
    <message>
        <source>network: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.interception must be a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.blockedHosts must be an array of host names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network.clockSkewSeconds must be a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;network&quot; must be an object</source>
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
    <name>SsprAuditLog</name>
    <message>
        <source>Reports Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation %1</source>
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
    <name>SupportSummary</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR Doctor support summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
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
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no check ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [%1] %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantAdminSsprCheck</name>
    <message>
        <source>SSPR for administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators may use self-service password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowedToUseSSPR is true: if the user holds an admin role, Microsoft&apos;s admin reset policy (two verification methods) applies, and the tenant does not block it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for administrator SSPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowedToUseSSPR is false (administrators cannot use SSPR), but whether this user holds an admin role could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no admin role, so the administrator SSPR setting does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowedToUseSSPR is false, which only stops administrators from using SSPR; isAdmin is false for this user, whose reset follows the tenant&apos;s SSPR policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an admin role and SSPR for administrators is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowedToUseSSPR is false and isAdmin is true: the tenant does not let administrators reset their own password, whatever the SSPR policy for users says. Administrators follow Microsoft&apos;s own admin reset policy (two methods) when it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have another administrator reset the password, or allow SSPR for administrators (Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true) if your security policy permits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: reading the authorization policy needs an admin role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: end users cannot read the tenant&apos;s authorization policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator SSPR setting (allowedToUseSSPR) needs Policy.Read.All and a role such as Global Reader. It matters only if you hold an admin role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are an administrator and cannot reset, ask another administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantLicenseCheck</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences for SSPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active subscriptions with Entra ID P1/P2: %1; Microsoft 365 business plans: %2; others: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud-only user changing a known password needs no licence; resetting a forgotten one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Entra ID P1/P2 in the tenant: password writeback for synced users is not licensed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription the SSPR licensing page names was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licence in the tenant covers self-service password reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is synced from on-premises, so a reset or change must be written back; writeback needs Microsoft Entra ID P1 or P2 (standalone Office 365 plans do not include it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting a forgotten password needs Microsoft 365 Business Standard or Premium, or Microsoft Entra ID P1/P2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive subscriptions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the user is synced could not be read (see Account state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy or renew Microsoft Entra ID P1 (or a plan that includes it, such as Microsoft 365 Business Premium or E3) and assign it to the users of SSPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID P1/P2 is in the tenant but not assigned to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Microsoft 365 business plan is in the tenant but not assigned to this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s licences: %1. Microsoft requires a licence for every user who benefits from SSPR%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (P1/P2 for writeback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the licence to the user (Microsoft 365 admin center &gt; Users, or group-based licensing in the Entra admin center).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed: the user has Entra ID P1/P2 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed: the cloud-only user has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is synced, and P1/P2 covers reset with writeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covers self-service password reset for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your licences cover self-service password reset: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from your own licence details (User.Read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: your licences do not show SSPR coverage, and only an administrator can check the tenant&apos;s subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your licences: %1. The tenant&apos;s subscriptions (GET /subscribedSkus) need LicenseAssignment.Read.All and a reader role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT help desk whether a licence covering self-service password reset is assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantSyncCheck</name>
    <message>
        <source>Directory synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: reading the tenant&apos;s sync state needs Organization.Read.All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph answered with onPremisesSyncEnabled and onPremisesLastSyncDateTime null. With only User.Read Graph returns null for every organization property except id, displayName and verifiedDomains, so this does not show the tenant is cloud-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT help desk whether the directory sync (Microsoft Entra Connect or Cloud Sync) is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent Organization.Read.All for SSPR Doctor and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud-only tenant: nothing is synchronised from on-premises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory sync is turned off for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onPremisesSyncEnabled is null: the tenant was never synchronised from an on-premises directory, so sync delays cannot explain the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onPremisesSyncEnabled is false: the tenant was synchronised once but no longer is. Accounts that came from on-premises are now managed in the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for directory sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced accounts get their password state, lock-out and new changes from on-premises Active Directory through this sync; password writeback uses the same Entra Connect / Cloud Sync agent, so a stalled sync often comes with writeback failures (AADSTS120012, 120013).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Microsoft Entra Connect server, check the sync service and the Synchronization Service Manager for errors (or the Cloud Sync agent status in the admin center), then run a sync cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last directory sync was %n hour(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, more than 24 hours ago; sync normally runs every 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, more than 3 hours ago; sync normally runs every 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Directory sync is current: last run %n minute(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantWritebackCheck</name>
    <message>
        <source>Password writeback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a cloud-only account: password writeback is not involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onPremisesSyncEnabled is %1, so the password lives in Microsoft Entra ID and no on-premises directory has to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for writeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory reports features.passwordWritebackEnabled = %1; Microsoft documents that property as not in use, so it is shown, not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory synchronization settings were not readable (HTTP 403: only a Global Administrator may read them, with OnPremDirectorySynchronization.Read.All); the admin&apos;s answer stands in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory synchronization settings could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSPR audit reply lacks %1, so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSPR audit log could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is synced from on-premises Active Directory, so SSPR must write the new password back there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR failed on the on-premises side for %1: writeback is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSPR audit log shows failures naming on-premises writeback (the 120012/120013/120014 shape): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Entra Connect / Cloud Sync server, check the PasswordResetService and ADSync events (31xxx-33xxx), the connector account&apos;s Reset password permission and outbound 443 to *.servicebus.windows.net; restart or toggle writeback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is synced and password writeback is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator answered that writeback is not enabled (or its service is not healthy): resets and changes of this account cannot succeed (SSPR_0010, AADSTS120012 shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable password writeback in Entra Connect (Optional features) or Cloud Sync, and turn on &quot;Write back passwords to your on-premises directory&quot; under Password reset &gt; On-premises integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is synced and the administrator confirmed writeback is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback was confirmed and the SSPR audit log shows no on-premises failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is synced; whether password writeback works is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph does not report the writeback state reliably, so an administrator has to confirm it (question &quot;Is password writeback enabled in Entra Connect / Cloud Sync, and is its service healthy?&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Password reset &gt; On-premises integration in the Microsoft Entra admin center and the writeback service on the Entra Connect server, then answer the writeback question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>SSPR Doctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single cause was identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Who must act: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Documentation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (request-id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writeback event IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the pasted text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph round trips: %1</source>
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
    <message>
        <source>At least one check failed: the most likely cause is named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (wait and retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely cause: %1 [%2]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Confidence: supported by 1 finding
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Confidence: supported by %1 findings
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Who must act: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Next step: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AADSTS%1 is not in the 1200xx catalog: the generic SSPR playbook ran.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered: %1
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
    <name>UserMethodsCheck</name>
    <message>
        <source>Registered authentication methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: not available in Microsoft Graph operated by 21Vianet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the authentication methods API is not available in the China cloud (21Vianet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph&apos;s &quot;List methods&quot; API is not offered in the national cloud operated by 21Vianet, so the registered methods cannot be read here. The registration report (SSPR registration) still shows whether the user is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My Security Info (https://aka.ms/mysecurityinfo) and check that a phone, email or authenticator app is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user&apos;s authentication methods in the Microsoft Entra admin center (Users &gt; the user &gt; Authentication methods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) that SSPR can use: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Registered methods: %1. Self-service password reset verifies the user with a phone, email, Microsoft Authenticator or an OATH code; at least one of those is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; if the tenant requires two methods, make sure two of these are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a phone number, an email address or the Microsoft Authenticator app at https://aka.ms/ssprsetup, then try the reset again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the user to register a phone, email or the Microsoft Authenticator app at https://aka.ms/ssprsetup (or add a phone or email under Authentication methods for them), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only methods SSPR cannot use are registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered methods: %1. These let the user sign in, but password reset cannot verify the user with FIDO2 keys, Windows Hello, a Temporary Access Pass or the password itself; it needs a phone, email, Microsoft Authenticator or an OATH code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication method besides the password is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered methods: %1. Without a phone, email or authenticator app there is nothing to verify the user with, so self-service password reset cannot proceed (the SSPR portal reports insufficient authentication methods).</source>
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
    <name>UserSigninErrorsCheck</name>
    <message>
        <source>Sign-in failures (AADSTS 1200xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra ID P1 or P2 (sign-in logs through Graph are a premium feature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph has no sign-in with the pasted correlation ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the pasted correlation ID failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in with the pasted correlation ID %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in read carries the pasted correlation ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No AADSTS 1200xx sign-in failures in the last %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph listed %n sign-in(s) for the user in the window; none failed with a password change or SSPR code (1200xx). Sign-in logs show interactive sign-ins only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do in the sign-in logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) failed with AADSTS 1200xx; latest AADSTS%1 in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) failed with AADSTS 1200xx; the pasted one is AADSTS%1 in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed sign-ins (time | code | app | correlation ID | reason): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open https://login.microsoftonline.com/error?code=%1 for the code&apos;s meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the playbook for AADSTS%1 and give Microsoft support the correlation ID and time above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the tenant has no Microsoft Entra ID P1 or P2 licence, which Graph needs for sign-in logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph refused %1 with &quot;%2&quot;. Reading sign-in logs through Microsoft Graph needs Microsoft Entra ID P1 or P2 in the tenant; the sign-in log is still visible in the Microsoft Entra admin center for 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the failed sign-in in the Microsoft Entra admin center (Monitoring &gt; Sign-in logs), or add Microsoft Entra ID P1 or P2 to run this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: end users cannot read sign-in logs through Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: end users cannot read sign-in logs through Graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in logs need AuditLog.Read.All, a reader role (Reports Reader, Security Reader or Global Reader) and Microsoft Entra ID P1 or P2. Your own recent sign-ins are at https://mysignins.microsoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department to look up the failed sign-in with the correlation ID from the error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSsprAuditCheck</name>
    <message>
        <source>SSPR audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing audit events needs Directory.Read.All as well as AuditLog.Read.All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event with the pasted correlation ID %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSPR audit event of the window carries the pasted correlation ID %1 (the attempt may have failed before SSPR logged it, or lies outside the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No SSPR audit events for this user in the last %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SSPR reset or change attempt for this user in the last %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has %n SSPR event(s) for the user in the window but no reset, change or unlock attempt. Either the attempt never reached the SSPR service (network, browser, the sign-in screen), or SSPR reporting is not collecting data: SSPR audit data is collected only after an administrator has opened the SSPR reporting (Password reset &gt; Audit logs) once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Password reset &gt; Audit logs in the Microsoft Entra admin center once so SSPR events are collected, reproduce the error, and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR blocked the user: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SSPR logged %n failed attempt(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last reset flow stopped at a step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last completed reset, the SSPR service logged (newest first, reasons verbatim): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest &quot;%1&quot; event ends at &quot;%2&quot; and no completed reset follows it: the user stopped there or the next step failed without a log entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR blocks an account after too many attempts (for example 5 resets or 5 phone verifications in an hour); the block lifts after 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait 24 hours before the next attempt, or have an administrator reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason above: it names the step that failed. Fix that (method, policy, writeback) and let the user try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last SSPR attempt succeeded: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The SSPR service logged %n attempt event(s) in the last %1 day(s); the newest completed successfully and no failure follows it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do in the SSPR audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: end users cannot read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: end users cannot read the SSPR audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log needs AuditLog.Read.All, Directory.Read.All and a reader role (Reports Reader, Security Reader or Global Reader). An administrator can run this check for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT department to run SSPR Doctor for your account.</source>
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
    <name>WindowsCollector</name>
    <message>
        <source>To capture the network traffic of a failing attempt (the Windows counterpart of a Fiddler capture):
1. Open Command Prompt as administrator (Start, type cmd, right-click, &quot;Run as administrator&quot;).
2. Start the capture:
   netsh trace start scenario=InternetClient capture=yes
3. Reproduce the error: try the password reset again until the error appears.
4. Stop the capture:
   netsh trace stop
5. netsh prints where it saved the trace (a .etl file, with a .cab next to it). Send both to your IT support with the bundle from this page.
The capture can contain personal data: share it only with your IT support or Microsoft support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wevtutil did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wevtutil did not finish within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wevtutil failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log export is available on Windows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd /status did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd is available on Windows only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>not a ZIP archive (no end of central directory record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory lies outside the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local header of %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not inflate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses compression method %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails its CRC-32 check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::auth::SignIn</name>
    <message>
        <source>No system keychain is available: you are signed in for this session only and will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No remembered sign-in for this tenant and application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s token reply is not a bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority&apos;s ID token does not belong to this sign-in (nonce mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::demo::DemoBrowser</name>
    <message>
        <source>The redirect target answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::demo::DemoTlsEndpoint</name>
    <message>
        <source>this system has no TLS support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo TLS certificates are missing from the resources</source>
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
    <name>sspr::probes::ClockProber</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clock URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no Date header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Date header &quot;%1&quot; is not an HTTP date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::probes::HostProber</name>
    <message>
        <source>the name has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system has no TLS support (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::probes::OsProber</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dsregcmd /status gave no join state (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AAD operational log could not be read (wevtutil exit code %1)</source>
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
    <name>sspr::ui::DataCollectionPage</name>
    <message>
        <source>Export HTTP &amp;trace (HAR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;bundle (.zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect data for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, codes, passwords and cookies are removed from everything saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the HTTP trace as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the app&apos;s own redacted HTTP trace in HTTP Archive 1.2 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip file with the HTML, JSON and text reports, the support summary, the HTTP trace and a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the AAD &amp;event log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Microsoft-Windows-AAD/Operational event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network capture instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle includes the event log of the hours around the error and the output of dsregcmd /status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP exchange has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n HTTP exchange(s) recorded (redacted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export HTTP trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows event log (*.evtx)</source>
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
    <message>
        <source>Run a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only this check again, for example after a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::ParsedErrorView</name>
    <message>
        <source>What it means</source>
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
        <source>Not a password change or reset (1200xx) code this tool knows: the general password reset checks will run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AADSTS120021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrelation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;race ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;mestamp (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-05-02 09:14:33</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the pasted text; you can correct it. Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error code should look like AADSTS120021 (or just 120021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correlation ID should be a GUID like 5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace ID should be a GUID like 1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timestamp should be a UTC date and time like 2024-05-02 09:14:33.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AADSTS code: the checks for AADSTS120021, the most common password reset failure, will run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The text also names %1.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::PersonaChoice</name>
    <message>
        <source>I&apos;m fixing my own password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in needed: checks this PC, asks a few questions and writes a report for your IT help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m helping someone (IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator, pick the affected user and run every tenant and user check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::QuestionsPage</name>
    <message>
        <source>A few questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tool cannot see for itself. Every answer is optional: skip what you do not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Show &amp;failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the checks that passed or were skipped; failed checks, warnings and checks that could not run stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures: every check passed or was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 passed or skipped check hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed or skipped checks hidden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::RootCauseSummary</name>
    <message>
        <source>Not an all-clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by 1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported by %1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Microsoft&apos;s guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely cause</source>
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
    <message>
        <source>The checks only read; nothing is changed. This usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::SignInPage</name>
    <message>
        <source>Sign in with the bro&amp;wser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a c&amp;ode on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-&amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emember me on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the sign-in in this computer&apos;s keychain. Leave it off on a PC that is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks read the tenant and the affected user with your account. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account that can read users and their authentication methods (for example Authentication Administrator or Global Reader).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to check your own account too (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can skip this: click Next to continue without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can still sign in, SSPR Doctor can also read your own account and the methods you registered for password reset. It asks for nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in to check my own account too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to check my own account too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish signing in in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a phone or another computer, open %1 and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in on the other device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in: the checks also read your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is not available here. The checks that need Microsoft Graph will be skipped and say which permission they need.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sspr::ui::StartPage</name>
    <message>
        <source>Diagnose a password reset or change error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPR Doctor finds out why self-service password reset or password change failed with AADSTS120021 or a related error. It only reads; it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the error text you saw, if you have it (optional). The whole page is fine: the code, Correlation ID, Trace ID and Timestamp are picked out of it.</source>
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
        <source>What was read from it (you can correct it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure / not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it happened:</source>
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
    <name>sspr::ui::SupportSummaryPage</name>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this into your ticket, or attach a saved report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code, correlation ID, tenant, user, findings and answers for a support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy summary to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Microsoft support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open a Microsoft support request&lt;/a&gt; (Microsoft Entra admin center, needs an administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
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
        <source>Affected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with the affected user of the demo scenario &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name, like alex@contoso.com, or their object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who saw the error. Type part of their name or sign-in name and pick them from the list, or enter their sign-in name (UPN) or object ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affected user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adele, adele@contoso.com or an object ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to pick the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 user matches &quot;%1&quot;. Press Down, then Enter to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users match &quot;%2&quot;. Press Down to choose, Enter to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Searching for &quot;%1&quot; failed: %2 You can still type the full sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s name, sign-in name or object ID to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a user from the list, or type a full sign-in name (like alex@contoso.com) or object ID (like 2f6c7d2e-5b1a-4c8e-9f3d-1a2b3c4d5e6f).</source>
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
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
