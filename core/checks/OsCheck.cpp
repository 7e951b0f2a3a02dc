#include "core/checks/OsCheck.h"

#include "core/checks/CheckSupport.h"
#include "core/checks/LocalCheckSupport.h"

namespace sspr::checks {

namespace {

QString field(const probes::OsProbe &os, const QString &name)
{
    for (const auto &[key, value] : os.joinState) {
        if (key == name)
            return value;
    }
    return QString();
}

bool yes(const QString &value)
{
    return value.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString OsCheck::title() const
{
    return tr("Windows device state");
}

Finding OsCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    const QString what = tr("the Windows join state and AAD event log");
    const QUrl doc = LocalCheckSupport::windowsResetDoc();
    const probes::ProbeEvidence &probes = evidence.probes;
    if (!probes.ran)
        return LocalCheckSupport::notRun(*this, ctx, evidence, what, doc);
    const QString source = LocalCheckSupport::sourcePrefix()
        + QStringLiteral(" dsregcmd /status; wevtutil Microsoft-Windows-AAD/Operational");
    Finding finding = CheckSupport::begin(*this, ctx);
    if (!probes.os || !probes.os->applicable) {
        finding.status = Status::Skipped;
        finding.notApplicable = true;
        finding.summary = tr("Not applicable: this PC does not run Windows.");
        finding.details = tr("The device join state and the AAD operational log exist only on "
                             "Windows. Run SSPR Doctor on the user's Windows PC when the error "
                             "appears at the Windows sign-in screen.");
        finding.evidence << EvidenceItem { source, 0, QString(),
            { { tr("operating system"), tr("not Windows") } } };
        finding.remediation = { tr("Nothing to do on this PC; for the Windows reset link, run "
                                   "the checks on the affected Windows PC."),
            Actor::Nobody, doc };
        return finding;
    }
    const probes::OsProbe &os = *probes.os;
    EvidenceItem item { source, 0, QString(), os.joinState };
    if (!os.error.isEmpty())
        item.fields << qMakePair(tr("error"), os.error);
    if (!os.recentErrors.isEmpty())
        item.fields << qMakePair(tr("AAD log errors"), QString::number(os.recentErrors.size()));
    finding.evidence << item;

    if (os.joinState.isEmpty()) {
        finding.status = Status::Error;
        finding.summary = probes.cancelled
            ? tr("Cancelled by you before the device state was read.")
            : tr("The device state could not be read: %1").arg(os.error).simplified();
        finding.details = tr("dsregcmd /status gave no join state, so whether this PC can show "
                             "the reset link at the sign-in screen is unknown.");
        finding.remediation = { tr("Run \"dsregcmd /status\" in a command prompt and attach the "
                                   "output to the support request."),
            Actor::User, doc };
        return finding;
    }
    if (!os.recentErrors.isEmpty()) {
        finding.status = Status::Fail;
        finding.summary = tr("The AAD operational log has %n error(s) about password reset or "
                             "change.",
            nullptr, int(os.recentErrors.size()));
        finding.details = tr("Microsoft-Windows-AAD/Operational recorded: %1")
                              .arg(os.recentErrors.join(QStringLiteral("; ")));
        finding.remediation = { tr("Export the AAD operational log for the time of the error "
                                   "(Event Viewer > Applications and Services Logs > Microsoft > "
                                   "Windows > AAD) and attach it to the support request with "
                                   "the dsregcmd /status output."),
            Actor::Admin, doc };
        return finding;
    }
    const QString entra = field(os, QStringLiteral("AzureAdJoined"));
    const QString domain = field(os, QStringLiteral("DomainJoined"));
    const QString prt = field(os, QStringLiteral("AzureAdPrt"));
    if (!yes(entra)) {
        finding.status = Status::Warning;
        finding.summary = tr("This PC is not joined to Microsoft Entra (AzureAdJoined: %1).")
                              .arg(entra.isEmpty() ? tr("unknown") : entra);
        finding.details = tr("The \"Reset password\" link on the Windows sign-in screen needs a "
                             "Microsoft Entra joined or hybrid joined device (DomainJoined: %1). "
                             "Elsewhere the user resets at aka.ms/sspr in a browser.")
                              .arg(domain.isEmpty() ? tr("unknown") : domain);
        finding.remediation = { tr("Use the browser (aka.ms/sspr) to reset, or join the device "
                                   "to Microsoft Entra (or hybrid join it) for the sign-in "
                                   "screen link."),
            Actor::Admin, doc };
        return finding;
    }
    if (!os.error.isEmpty()) {
        // Half the evidence: the join state was read, the AAD log was not. No pass on that.
        finding.status = Status::Error;
        finding.summary = tr("Microsoft Entra joined, but the AAD operational log could not be "
                             "read: %1")
                              .arg(os.error)
                              .simplified();
        finding.details = tr("dsregcmd reports AzureAdJoined YES (DomainJoined %1, AzureAdPrt "
                             "%2), but without the AAD operational log whether Windows recorded "
                             "a password reset or change error is unknown.")
                              .arg(domain.isEmpty() ? tr("unknown") : domain,
                                  prt.isEmpty() ? tr("unknown") : prt);
        finding.remediation = { tr("Export the AAD operational log for the time of the error "
                                   "(Event Viewer > Applications and Services Logs > Microsoft > "
                                   "Windows > AAD) and attach it to the support request."),
            Actor::User, doc };
        return finding;
    }
    finding.status = Status::Pass;
    finding.summary = tr("Microsoft Entra joined, no AAD log errors about password reset.");
    finding.details
        = tr("dsregcmd reports AzureAdJoined YES (DomainJoined %1, AzureAdPrt %2) "
             "and the AAD operational log of the last days has no error naming "
             "password reset or change.")
              .arg(domain.isEmpty() ? tr("unknown") : domain, prt.isEmpty() ? tr("unknown") : prt);
    finding.remediation
        = { tr("Nothing to do here: look at the other checks."), Actor::Nobody, doc };
    return finding;
}

} // namespace sspr::checks
