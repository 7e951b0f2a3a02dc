#include "core/checks/QuestionWhereCheck.h"

#include "core/checks/CheckSupport.h"

namespace sspr::checks {

QString QuestionWhereCheck::title() const
{
    return tr("Where it happened");
}

Finding QuestionWhereCheck::judge(const QString &answer, Finding finding) const
{
    static const QStringList known { QStringLiteral("sspr-portal"), QStringLiteral("ctrl-alt-del"),
        QStringLiteral("windows-signin"), QStringLiteral("my-account"), QStringLiteral("app") };
    if (!known.contains(answer)) {
        finding.status = Status::Error;
        finding.summary = tr("The recorded answer \"%1\" is not one of the choices.").arg(answer);
        finding.details = tr("Expected sspr-portal, ctrl-alt-del, windows-signin, my-account, "
                             "app or unknown; nothing was decided.");
        finding.remediation
            = { tr("Answer the question again."), Actor::User, DocLinks::troubleshootSspr() };
        return finding;
    }
    // Informational: where it happened decides which checks matter first, not a verdict.
    finding.status = Status::Pass;
    finding.summary = tr("Recorded where the error appeared: %1.").arg(answerLabel(answer));
    if (answer == QLatin1String("windows-signin")) {
        finding.details = tr("The Windows sign-in screen resets through a temporary account "
                             "(defaultuser1) before anyone signs in: it needs Windows 10 1803 or "
                             "later, an Entra joined or hybrid joined device, the "
                             "AllowPasswordReset policy, and HTTPS to "
                             "passwordreset.microsoftonline.com and ajax.aspnetcdn.com without "
                             "an authenticating proxy. The network and clock checks run early.");
    } else if (answer == QLatin1String("ctrl-alt-del")) {
        finding.details = tr("A change with Ctrl+Alt+Del goes from the PC to the directory; a "
                             "hybrid joined PC also needs line of sight to a domain controller. "
                             "The network and clock checks run early.");
    } else {
        finding.details = tr("Recorded for the report; the checks run in the playbook's order.");
    }
    finding.remediation = { tr("Nothing to do: recorded for the report."), Actor::Nobody,
        DocLinks::troubleshootSspr() };
    return finding;
}

} // namespace sspr::checks
