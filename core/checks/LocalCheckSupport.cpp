#include "core/checks/LocalCheckSupport.h"

#include "core/checks/CheckSupport.h"

namespace sspr::checks {

QUrl LocalCheckSupport::endpointsDoc()
{
    return QUrl(QStringLiteral(
        "https://learn.microsoft.com/microsoft-365/enterprise/urls-and-ip-address-ranges"));
}

QUrl LocalCheckSupport::windowsResetDoc()
{
    return QUrl(QStringLiteral(
        "https://learn.microsoft.com/entra/identity/authentication/howto-sspr-windows"));
}

Finding LocalCheckSupport::notRun(const Check &check, const CheckContext &ctx,
    const Evidence &evidence, const QString &what, const QUrl &doc)
{
    Finding finding = CheckSupport::begin(check, ctx);
    finding.status = Status::Skipped;
    const QString reason = evidence.probes.notRunReason.isEmpty()
        ? tr("the local probes were not run")
        : evidence.probes.notRunReason;
    finding.summary = tr("Skipped: %1.").arg(reason);
    finding.details = tr("This check reads %1 on this PC, which needs the local probes; they "
                         "did not run (%2), so nothing is known about it.")
                          .arg(what, reason);
    finding.evidence << EvidenceItem { sourcePrefix() + QLatin1Char(' ') + what, 0, QString(),
        { { tr("ran"), tr("no: %1").arg(reason) } } };
    finding.remediation = { tr("Run SSPR Doctor again with the local probes (without "
                               "--no-probes) on the PC where the error appears."),
        Actor::User, doc };
    return finding;
}

Finding LocalCheckSupport::cancelled(
    const Check &check, const CheckContext &ctx, const QString &what, const QUrl &doc)
{
    Finding finding = CheckSupport::begin(check, ctx);
    finding.status = Status::Error;
    finding.summary = tr("Cancelled by you before %1 was measured.").arg(what);
    finding.details = tr("The run was cancelled while the local probes were still reading "
                         "%1, so no verdict is possible.")
                          .arg(what);
    finding.evidence << EvidenceItem { sourcePrefix() + QLatin1Char(' ') + what, 0, QString(),
        { { tr("result"), tr("cancelled") } } };
    finding.remediation = { tr("Run the checks again and let them finish."), Actor::User, doc };
    return finding;
}

} // namespace sspr::checks
