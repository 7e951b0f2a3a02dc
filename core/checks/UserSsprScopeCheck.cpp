#include "core/checks/UserSsprScopeCheck.h"

#include "core/checks/CheckSupport.h"
#include "core/checks/GraphEvidence.h"
#include "core/checks/RegistrationRecord.h"
#include "core/checks/RequestTemplate.h"

namespace sspr::checks {

QString UserSsprScopeCheck::title() const
{
    return tr("SSPR scope");
}

QList<graph::GraphRequest> UserSsprScopeCheck::requests(const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return {};
    // The same record as user.registration: the runner sends it once.
    return { RegistrationRecord::request() };
}

Finding UserSsprScopeCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(ctx);
    const RegistrationRecord::Read read = RegistrationRecord::read(*this, evidence, ctx);
    if (read.unusable)
        return *read.unusable;
    const QJsonObject &record = read.record;
    const QList<EvidenceField> fields = RegistrationRecord::fields(record);
    const std::optional<bool> enabled
        = GraphEvidence::boolean(record, QStringLiteral("isSsprEnabled"));
    if (!enabled)
        return CheckSupport::missingField(
            *this, ctx, read.sent, *read.response, QStringLiteral("isSsprEnabled"), fields);

    const QString user = RegistrationRecord::userName(record, ctx);
    const bool admin = record.value(QLatin1String("isAdmin")).toBool(false);
    const QString adminNote = admin
        ? QString(QLatin1Char(' ')
            + tr("The user holds an admin role: administrators reset under Microsoft's "
                 "administrator policy (two methods), not the tenant's SSPR setting."))
        : QString();

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(read.sent, read.response, fields);
    if (*enabled) {
        finding.status = Status::Pass;
        finding.summary = tr("Self-service password reset is enabled for %1 by policy.").arg(user);
        finding.details
            = tr("isSsprEnabled is true: the tenant's SSPR policy covers this user.") + adminNote;
        finding.remediation
            = { tr("Nothing to do for the SSPR scope."), Actor::Nobody, DocLinks::enableSspr() };
    } else {
        finding.status = Status::Fail;
        finding.summary = tr("%1 is outside the self-service password reset scope.").arg(user);
        finding.details = tr("isSsprEnabled is false: the tenant's SSPR policy is set to None, or "
                             "to Selected with a group the user is not in. Microsoft Graph has no "
                             "API for the SSPR policy itself, so which of the two cannot be read "
                             "here.")
            + adminNote;
        finding.remediation = { tr("In the Microsoft Entra admin center open Password reset > "
                                   "Properties and set self-service password reset to All, or to "
                                   "Selected with a group that includes this user."),
            Actor::Admin, DocLinks::enableSspr() };
    }
    const QString disabled = RegistrationRecord::disabledNote(evidence);
    if (!disabled.isEmpty())
        finding.details += QLatin1Char(' ') + disabled;
    return finding;
}

Finding UserSsprScopeCheck::selfMode(const CheckContext &ctx) const
{
    Finding finding = CheckSupport::notSent(*this, ctx,
        RequestTemplate::expand(RegistrationRecord::request(), ctx),
        tr("no: end users cannot read the registration report"));
    finding.summary = tr("Skipped: only an admin can see whether SSPR is enabled for you.");
    finding.details = tr("Whether the SSPR policy covers a user is in the registration report, "
                         "which needs AuditLog.Read.All and a reader role. If the reset page "
                         "says your organization has not enabled password reset for you, this "
                         "is the cause.");
    finding.remediation = { tr("Ask your IT help desk whether self-service password reset is "
                               "enabled for your account (Password reset > Properties)."),
        Actor::Admin, DocLinks::enableSspr() };
    return finding;
}

} // namespace sspr::checks
