#include "core/checks/QuestionOtherNetworkCheck.h"

#include "core/checks/CheckSupport.h"

namespace sspr::checks {

QString QuestionOtherNetworkCheck::title() const
{
    return tr("Another network");
}

Finding QuestionOtherNetworkCheck::judge(const QString &answer, Finding finding) const
{
    if (answer == QLatin1String("no")) {
        finding.status = Status::Warning;
        finding.summary = tr("Works on another network: the usual network path is the likely "
                             "cause.");
        finding.details = tr("The reset works on another network (for example a phone hotspot) "
                             "but not on the office network or VPN. A proxy, firewall, VPN or TLS "
                             "inspection there blocks or alters the traffic to "
                             "passwordreset.microsoftonline.com or login.microsoftonline.com. "
                             "The local network check (client.network) shows which host fails.");
        finding.remediation = { tr("Ask the network team to allow HTTPS to "
                                   "passwordreset.microsoftonline.com, "
                                   "login.microsoftonline.com, ajax.aspnetcdn.com and "
                                   "ocsp.digicert.com without TLS inspection or proxy "
                                   "authentication. Until then, reset on the other network."),
            Actor::Admin, DocLinks::troubleshootSspr() };
        return finding;
    }
    if (answer == QLatin1String("yes")) {
        finding.status = Status::Pass;
        finding.summary = tr("Fails on another network too: the network path is not the cause.");
        finding.details = tr("The error is the same on a different network, so the office "
                             "network, proxy or VPN is not what blocks the reset.");
        finding.remediation
            = { tr("Nothing to do on the network."), Actor::Nobody, DocLinks::troubleshootSspr() };
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
