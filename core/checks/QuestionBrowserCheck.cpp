#include "core/checks/QuestionBrowserCheck.h"

#include "core/checks/CheckSupport.h"

namespace sspr::checks {

QString QuestionBrowserCheck::title() const
{
    return tr("Browser (private window)");
}

Finding QuestionBrowserCheck::judge(const QString &answer, Finding finding) const
{
    if (answer == QLatin1String("no")) {
        finding.status = Status::Warning;
        finding.summary = tr("Works in a private window: the browser's cache, cookies or an "
                             "extension is the likely cause.");
        finding.details = tr("The reset fails in the usual browser window but works in a "
                             "private (incognito) one, which starts without stored cookies, "
                             "cached pages or extensions. The account and the tenant are then "
                             "fine; something stored in the browser is not.");
        finding.remediation = { tr("1. Clear the browser's cookies and cached files (at least "
                                   "for microsoftonline.com and microsoft.com). 2. Turn off "
                                   "extensions (ad blockers, password managers, privacy tools) "
                                   "and try again. 3. Update the browser. Until then, reset the "
                                   "password in a private window."),
            Actor::User, DocLinks::troubleshootSspr() };
        return finding;
    }
    if (answer == QLatin1String("yes")) {
        finding.status = Status::Pass;
        finding.summary = tr("Fails in a private window too: the browser is not the cause.");
        finding.details = tr("A private window starts without stored cookies, cached pages or "
                             "extensions; since the error is the same there, look at the other "
                             "findings.");
        finding.remediation
            = { tr("Nothing to do in the browser."), Actor::Nobody, DocLinks::troubleshootSspr() };
        return finding;
    }
    finding.status = Status::Error;
    finding.summary = tr("The recorded answer \"%1\" is not one of the choices.").arg(answer);
    finding.details = tr("Expected \"yes\", \"no\" or \"not-tried\"; nothing was decided.");
    finding.remediation
        = { tr("Answer the question again."), Actor::User, DocLinks::troubleshootSspr() };
    return finding;
}

} // namespace sspr::checks
