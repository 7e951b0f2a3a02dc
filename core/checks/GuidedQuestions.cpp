#include "core/checks/GuidedQuestions.h"

#include <QCoreApplication>

namespace sspr::checks {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(GuidedQuestions)

public:
    static QuestionChoice yesStillFails()
    {
        return { QStringLiteral("yes"), tr("Yes, it fails there too") };
    }
    static QuestionChoice noWorksThere()
    {
        return { QStringLiteral("no"), tr("No, it works there") };
    }
    static QuestionChoice notTried()
    {
        return { QStringLiteral("not-tried"), tr("Not tried yet") };
    }
    static QuestionChoice unknown() { return { QStringLiteral("unknown"), tr("I don't know") }; }

    static GuidedQuestion where()
    {
        return { question::where, tr("Where did the error appear?"),
            tr("The place tells which parts are involved: the Windows sign-in screen and "
               "Ctrl+Alt+Del depend on the PC's network and clock before anyone signs in, "
               "the web pages on the browser."),
            { { QStringLiteral("sspr-portal"), tr("The password reset page (aka.ms/sspr)") },
                { QStringLiteral("ctrl-alt-del"), tr("Changing the password with Ctrl+Alt+Del") },
                { QStringLiteral("windows-signin"),
                    tr("The \"Reset password\" link on the Windows sign-in screen") },
                { QStringLiteral("my-account"), tr("My Account (myaccount.microsoft.com)") },
                { QStringLiteral("app"), tr("An application") }, unknown() },
            false, false };
    }
    static GuidedQuestion privateWindow()
    {
        return { question::privateWindow,
            tr("Does it also fail in a private (incognito) window of an up-to-date browser, "
               "after clearing the cache and cookies?"),
            tr("If it works in a private window, the browser's stored data or an extension is "
               "the cause, not the account."),
            { yesStillFails(), noWorksThere(), notTried() }, false, false };
    }
    static GuidedQuestion otherNetwork()
    {
        return { question::otherNetwork,
            tr("Does it also fail on another network, for example a phone hotspot instead of "
               "the office network or VPN?"),
            tr("If it works on another network, a proxy, firewall, VPN or TLS inspection on the "
               "usual network is the cause."),
            { yesStillFails(), noWorksThere(), notTried() }, false, false };
    }
    static GuidedQuestion registration()
    {
        return { question::registration,
            tr("Did the user complete the security info registration (aka.ms/ssprsetup), and "
               "can they receive a verification code now?"),
            tr("Password reset needs registered methods that still work: a phone that receives "
               "texts or calls, a mailbox, or the Authenticator app."),
            { { QStringLiteral("yes"), tr("Yes, registered and codes arrive") },
                { QStringLiteral("registered-no-code"), tr("Registered, but no code arrives") },
                { QStringLiteral("not-registered"), tr("Not registered") }, unknown() },
            false, false };
    }
    static GuidedQuestion firstSeen()
    {
        return { question::firstSeen,
            tr("When did it first happen, and does it happen every time?"),
            tr("A recent start points at a recent change or an incident; a failure every "
               "time points at configuration rather than a passing glitch."),
            {}, true, false };
    }
    static GuidedQuestion writeback()
    {
        return { question::writeback,
            tr("Is password writeback enabled in Microsoft Entra Connect or Cloud Sync, and is "
               "its service healthy?"),
            tr("Microsoft Graph cannot tell reliably whether writeback works; the Entra "
               "Connect server can (Synchronization Service, Password writeback)."),
            { { QStringLiteral("yes"), tr("Yes") }, { QStringLiteral("no"), tr("No") }, unknown() },
            false, true };
    }
    static GuidedQuestion methodsRequired()
    {
        return { question::methodsRequired,
            tr("How many methods does the tenant's password reset policy require?"),
            tr("Microsoft Graph does not expose this number (Password reset > Authentication "
               "methods); a user with one method fails when two are required."),
            { { QStringLiteral("1"), tr("One") }, { QStringLiteral("2"), tr("Two") }, unknown() },
            false, true };
    }
};

} // namespace

QList<GuidedQuestion> GuidedQuestions::all()
{
    return { Text::where(), Text::privateWindow(), Text::otherNetwork(), Text::registration(),
        Text::firstSeen(), Text::writeback(), Text::methodsRequired() };
}

std::optional<GuidedQuestion> GuidedQuestions::byId(const QString &id)
{
    for (const GuidedQuestion &q : all()) {
        if (q.id == id)
            return q;
    }
    return std::nullopt;
}

} // namespace sspr::checks
