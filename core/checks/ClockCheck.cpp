#include "core/checks/ClockCheck.h"

#include "core/checks/CheckSupport.h"
#include "core/checks/LocalCheckSupport.h"

namespace sspr::checks {

namespace {

QString duration(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 120)
        return ClockCheck::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 7200)
        return ClockCheck::tr("%n minute(s)", nullptr, int(seconds / 60));
    return ClockCheck::tr("%n hour(s)", nullptr, int(seconds / 3600));
}

} // namespace

QString ClockCheck::title() const
{
    return tr("PC clock");
}

Finding ClockCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    const QString what = tr("the PC's clock");
    const QUrl doc = DocLinks::troubleshootSspr();
    const probes::ProbeEvidence &probes = evidence.probes;
    if (!probes.ran)
        return LocalCheckSupport::notRun(*this, ctx, evidence, what, doc);
    if (probes.cancelled && !(probes.clock && probes.clock->measured))
        return LocalCheckSupport::cancelled(*this, ctx, what, doc);

    Finding finding = CheckSupport::begin(*this, ctx);
    const QString source = LocalCheckSupport::sourcePrefix() + QStringLiteral(" HEAD ")
        + (probes.clock ? probes.clock->host : QString()) + QStringLiteral(" (Date header)");
    if (!probes.clock || !probes.clock->measured) {
        const QString error = probes.clock ? probes.clock->error : tr("no clock probe");
        finding.status = Status::Error;
        finding.summary = tr("The clock could not be compared: %1").arg(error).simplified();
        finding.details = tr("No Date header could be read from %1, so the skew between this "
                             "PC and Microsoft is unknown. The network check says whether the "
                             "host is reachable.")
                              .arg(probes.clock ? probes.clock->host : tr("the clock host"));
        finding.evidence << EvidenceItem { source, 0, QString(), { { tr("error"), error } } };
        finding.remediation = { tr("Compare the PC's clock with an accurate time source by "
                                   "hand, or run the checks again on a working network."),
            Actor::User, doc };
        return finding;
    }
    const probes::ClockProbe &clock = *probes.clock;
    const qint64 skew = clock.skewSeconds;
    finding.evidence << EvidenceItem { source, 0, QString(),
        { { tr("server time (UTC)"), clock.serverDate.toString(Qt::ISODate) },
            { tr("PC time (UTC)"), clock.localDate.toString(Qt::ISODate) },
            { tr("skew (seconds)"), QString::number(skew) } } };
    const QString direction = skew > 0 ? tr("ahead of") : tr("behind");
    if (qAbs(skew) > warningSeconds) {
        finding.status = qAbs(skew) > failSeconds ? Status::Fail : Status::Warning;
        finding.summary
            = tr("This PC's clock is %1 %2 Microsoft's.").arg(duration(skew), direction);
        finding.details = tr("The Date header from %1 says %2 UTC while this PC said %3 UTC. "
                             "Verification codes and sign-in tokens are only valid for a short "
                             "time, so a clock this far off can make codes look expired and "
                             "sign-in fail.")
                              .arg(clock.host, clock.serverDate.toString(Qt::ISODate),
                                  clock.localDate.toString(Qt::ISODate));
        finding.remediation = { tr("Set the PC's clock and time zone automatically (Windows: "
                                   "Settings > Time & language > Date & time > Sync now), then "
                                   "try the reset again."),
            Actor::User, doc };
        return finding;
    }
    finding.status = Status::Pass;
    finding.summary
        = tr("This PC's clock agrees with Microsoft's (within %1).").arg(duration(skew));
    finding.details = tr("The Date header from %1 and this PC's clock differ by %2 second(s), "
                         "well within what sign-in and verification codes tolerate.")
                          .arg(clock.host)
                          .arg(skew);
    finding.remediation
        = { tr("Nothing to do here: look at the other checks."), Actor::Nobody, doc };
    return finding;
}

} // namespace sspr::checks
