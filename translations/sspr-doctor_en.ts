<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClockCheck</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkCheck</name>
    <message numerus="yes">
        <source>%n of %1 Microsoft host(s) failed. Password reset needs every one of them from the browser or the Windows sign-in screen. %2.</source>
        <translation>
            <numerusform>%n of %1 Microsoft hosts failed. Password reset needs every one of them from the browser or the Windows sign-in screen. %2.</numerusform>
            <numerusform>%n of %1 Microsoft hosts failed. Password reset needs every one of them from the browser or the Windows sign-in screen. %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n Microsoft host(s) reachable with Microsoft&apos;s certificates (slowest %1).</source>
        <translation>
            <numerusform>The Microsoft host is reachable with Microsoft&apos;s certificates (%1).</numerusform>
            <numerusform>All %n Microsoft hosts reachable with Microsoft&apos;s certificates (slowest %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OsCheck</name>
    <message numerus="yes">
        <source>The AAD operational log has %n error(s) about password reset or change.</source>
        <translation>
            <numerusform>The AAD operational log has %n error about password reset or change.</numerusform>
            <numerusform>The AAD operational log has %n errors about password reset or change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceHealthCheck</name>
    <message numerus="yes">
        <source>Graph listed %n service(s) but none with the id &quot;OrgLiveID&quot; or the name &quot;Microsoft Entra&quot; / &quot;Identity Service&quot;, so its health is unknown. Look at Health &gt; Service health in the Microsoft 365 admin center.</source>
        <translation>
            <numerusform>Graph listed %n service but none with the id &quot;OrgLiveID&quot; or the name &quot;Microsoft Entra&quot; / &quot;Identity Service&quot;, so its health is unknown. Look at Health &gt; Service health in the Microsoft 365 admin center.</numerusform>
            <numerusform>Graph listed %n services but none with the id &quot;OrgLiveID&quot; or the name &quot;Microsoft Entra&quot; / &quot;Identity Service&quot;, so its health is unknown. Look at Health &gt; Service health in the Microsoft 365 admin center.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantSyncCheck</name>
    <message numerus="yes">
        <source>The last directory sync was %n hour(s) ago.</source>
        <translation>
            <numerusform>The last directory sync was %n hour ago.</numerusform>
            <numerusform>The last directory sync was %n hours ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Directory sync is current: last run %n minute(s) ago.</source>
        <translation>
            <numerusform>Directory sync is current: last run %n minute ago.</numerusform>
            <numerusform>Directory sync is current: last run %n minutes ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserAccountCheck</name>
    <message numerus="yes">
        <source>The password was changed %n minute(s) ago.</source>
        <translation>
            <numerusform>The password was changed %n minute ago.</numerusform>
            <numerusform>The password was changed %n minutes ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password was changed at %1, %n minute(s) before this check. A new password takes a few minutes to reach every service (and the on-premises directory through writeback); attempts in that window can fail.</source>
        <translation>
            <numerusform>The password was changed at %1, %n minute before this check. A new password takes a few minutes to reach every service (and the on-premises directory through writeback); attempts in that window can fail.</numerusform>
            <numerusform>The password was changed at %1, %n minutes before this check. A new password takes a few minutes to reach every service (and the on-premises directory through writeback); attempts in that window can fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserMethodsCheck</name>
    <message numerus="yes">
        <source>%n method(s) that SSPR can use: %1.</source>
        <translation>
            <numerusform>%n method that SSPR can use: %1.</numerusform>
            <numerusform>%n methods that SSPR can use: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserSigninErrorsCheck</name>
    <message numerus="yes">
        <source>No AADSTS 1200xx sign-in failures in the last %n day(s).</source>
        <translation>
            <numerusform>No AADSTS 1200xx sign-in failures in the last day.</numerusform>
            <numerusform>No AADSTS 1200xx sign-in failures in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph listed %n sign-in(s) for the user in the window; none failed with a password change or SSPR code (1200xx). Sign-in logs show interactive sign-ins only.</source>
        <translation>
            <numerusform>Graph listed %n sign-in for the user in the window; none failed with a password change or SSPR code (1200xx). Sign-in logs show interactive sign-ins only.</numerusform>
            <numerusform>Graph listed %n sign-ins for the user in the window; none failed with a password change or SSPR code (1200xx). Sign-in logs show interactive sign-ins only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) failed with AADSTS 1200xx; latest AADSTS%1 in %2.</source>
        <translation>
            <numerusform>%n sign-in failed with AADSTS 1200xx; latest AADSTS%1 in %2.</numerusform>
            <numerusform>%n sign-ins failed with AADSTS 1200xx; latest AADSTS%1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sign-in(s) failed with AADSTS 1200xx; the pasted one is AADSTS%1 in %2.</source>
        <translation>
            <numerusform>%n sign-in failed with AADSTS 1200xx; the pasted one is AADSTS%1 in %2.</numerusform>
            <numerusform>%n sign-ins failed with AADSTS 1200xx; the pasted one is AADSTS%1 in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserSsprAuditCheck</name>
    <message numerus="yes">
        <source>No SSPR audit events for this user in the last %n day(s).</source>
        <translation>
            <numerusform>No SSPR audit events for this user in the last day.</numerusform>
            <numerusform>No SSPR audit events for this user in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No SSPR reset or change attempt for this user in the last %n day(s).</source>
        <translation>
            <numerusform>No SSPR reset or change attempt for this user in the last day.</numerusform>
            <numerusform>No SSPR reset or change attempt for this user in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has %n SSPR event(s) for the user in the window but no reset, change or unlock attempt. Either the attempt never reached the SSPR service (network, browser, the sign-in screen), or SSPR reporting is not collecting data: SSPR audit data is collected only after an administrator has opened the SSPR reporting (Password reset &gt; Audit logs) once.</source>
        <translation>
            <numerusform>The audit log has %n SSPR event for the user in the window but no reset, change or unlock attempt. Either the attempt never reached the SSPR service (network, browser, the sign-in screen), or SSPR reporting is not collecting data: SSPR audit data is collected only after an administrator has opened the SSPR reporting (Password reset &gt; Audit logs) once.</numerusform>
            <numerusform>The audit log has %n SSPR events for the user in the window but no reset, change or unlock attempt. Either the attempt never reached the SSPR service (network, browser, the sign-in screen), or SSPR reporting is not collecting data: SSPR audit data is collected only after an administrator has opened the SSPR reporting (Password reset &gt; Audit logs) once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SSPR logged %n failed attempt(s): %1</source>
        <translation>
            <numerusform>SSPR logged %n failed attempt: %1</numerusform>
            <numerusform>SSPR logged %n failed attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The SSPR service logged %n attempt event(s) in the last %1 day(s); the newest completed successfully and no failure follows it.</source>
        <translation>
            <numerusform>The SSPR service logged %n attempt event in the last %1 day(s); the newest completed successfully and no failure follows it.</numerusform>
            <numerusform>The SSPR service logged %n attempt events in the last %1 day(s); the newest completed successfully and no failure follows it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sspr::auth::SignIn</name>
    <message numerus="yes">
        <source>The browser sign-in did not finish within %n minute(s).</source>
        <translation>
            <numerusform>The browser sign-in did not finish within %n minute.</numerusform>
            <numerusform>The browser sign-in did not finish within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); it may be locked and waiting for a password prompt. Unlock it, or sign in again.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; it may be locked and waiting for a password prompt. Unlock it, or sign in again.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; it may be locked and waiting for a password prompt. Unlock it, or sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sspr::report::WindowsCollectionJob</name>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 did not finish within %n second and was stopped.</numerusform>
            <numerusform>%1 did not finish within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sspr::ui::DataCollectionPage</name>
    <message numerus="yes">
        <source>%n HTTP exchange(s) recorded (redacted).</source>
        <translation>
            <numerusform>%n HTTP exchange recorded (redacted).</numerusform>
            <numerusform>%n HTTP exchanges recorded (redacted).</numerusform>
        </translation>
    </message>
</context>
</TS>
