#include "core/checks/UserRegistrationCheck.h"

#include "core/checks/CheckSupport.h"
#include "core/checks/GraphEvidence.h"
#include "core/checks/RegistrationRecord.h"
#include "core/checks/RequestTemplate.h"

#include <QJsonArray>

namespace sspr::checks {

QString UserRegistrationCheck::title() const
{
    return tr("SSPR registration");
}

QList<graph::GraphRequest> UserRegistrationCheck::requests(const CheckContext &ctx) const
{
    // The report needs a reader role that an end user does not hold.
    if (ctx.selfMode)
        return {};
    return { RegistrationRecord::request() };
}

Finding UserRegistrationCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(ctx);
    const RegistrationRecord::Read read = RegistrationRecord::read(*this, evidence, ctx);
    if (read.unusable)
        return *read.unusable;
    const QJsonObject &record = read.record;
    const QList<EvidenceField> fields = RegistrationRecord::fields(record);

    const std::optional<bool> registered
        = GraphEvidence::boolean(record, QStringLiteral("isSsprRegistered"));
    if (!registered)
        return CheckSupport::missingField(
            *this, ctx, read.sent, *read.response, QStringLiteral("isSsprRegistered"), fields);
    const std::optional<bool> capable
        = GraphEvidence::boolean(record, QStringLiteral("isSsprCapable"));
    if (!capable)
        return CheckSupport::missingField(
            *this, ctx, read.sent, *read.response, QStringLiteral("isSsprCapable"), fields);

    const QString user = RegistrationRecord::userName(record, ctx);
    const QStringList usable = RegistrationRecord::ssprUsableMethods(record);
    const QString methods
        = GraphEvidence::display(record.value(QLatin1String("methodsRegistered")));
    const QString lastUpdated = record.value(QLatin1String("lastUpdatedDateTime")).toString();
    const QString lag = lastUpdated.isEmpty()
        ? QString()
        : QString(QLatin1Char(' ')
            + tr("The report was last updated at %1 and can lag a few hours behind a new "
                 "registration.")
                  .arg(lastUpdated));
    const QString disabled = RegistrationRecord::disabledNote(evidence);

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(read.sent, read.response, fields);

    if (!*registered) {
        finding.status = Status::Fail;
        finding.summary = tr("%1 is not registered for self-service password reset.").arg(user);
        finding.details = tr("isSsprRegistered is false: the user has not registered the number of "
                             "methods the SSPR policy asks for, so the reset cannot verify them. "
                             "Methods registered: %1.")
                              .arg(methods)
            + lag;
        finding.remediation = { tr("Register security info at https://aka.ms/ssprsetup (My "
                                   "Security Info): add a phone or the Authenticator app, then "
                                   "try the reset again."),
            Actor::User, DocLinks::combinedRegistration() };
    } else if (!*capable) {
        const std::optional<bool> enabled
            = GraphEvidence::boolean(record, QStringLiteral("isSsprEnabled"));
        finding.status = Status::Fail;
        finding.summary
            = tr("%1 is registered but cannot use self-service password reset.").arg(user);
        finding.details = enabled && !*enabled
            ? tr("isSsprCapable is false because isSsprEnabled is false: the SSPR policy does not "
                 "cover this user (see SSPR scope).")
            : tr("isSsprCapable is false although the user is registered and enabled: the "
                 "registered methods do not satisfy the methods the policy allows (for example a "
                 "method the admin has since turned off). Methods registered: %1.")
                  .arg(methods);
        finding.details += lag;
        finding.remediation = { tr("Compare the user's methods with Password reset > "
                                   "Authentication methods in the Microsoft Entra admin center, "
                                   "and the SSPR scope under Password reset > Properties."),
            Actor::Admin, DocLinks::enableSspr() };
    } else if (usable.size() == 1) {
        finding.status = Status::Warning;
        finding.summary
            = tr("%1 can reset but has only one usable method (%2).").arg(user, usable.first());
        finding.details = tr("The user is registered and capable, but with a single method SSPR "
                             "can use. If the tenant requires two methods to reset, or that "
                             "method is unavailable, the reset stops; Microsoft Graph does not "
                             "expose the required number, so ask the admin (Password reset > "
                             "Authentication methods).");
        finding.remediation = { tr("Add a second method at https://aka.ms/ssprsetup (My Security "
                                   "Info)."),
            Actor::User, DocLinks::combinedRegistration() };
    } else {
        finding.status = Status::Pass;
        finding.summary
            = tr("%1 is registered and able to use self-service password reset.").arg(user);
        finding.details = tr("isSsprRegistered and isSsprCapable are true. Methods registered: %1.")
                              .arg(methods);
        finding.remediation = { tr("Nothing to do for registration."), Actor::Nobody,
            DocLinks::combinedRegistration() };
    }
    if (!disabled.isEmpty())
        finding.details += QLatin1Char(' ') + disabled;
    return finding;
}

Finding UserRegistrationCheck::selfMode(const CheckContext &ctx) const
{
    Finding finding = CheckSupport::notSent(*this, ctx,
        RequestTemplate::expand(RegistrationRecord::request(), ctx),
        tr("no: end users cannot read the registration report"));
    finding.summary = tr("Skipped: end users cannot read the registration report; check your "
                         "methods in My Security Info.");
    finding.details = tr("The registration report needs AuditLog.Read.All and a reader role "
                         "(Reports Reader, Security Reader, Security Administrator or Global "
                         "Reader). You can see your own methods at https://aka.ms/ssprsetup "
                         "(My Security Info).");
    finding.remediation = { tr("Open https://aka.ms/ssprsetup and make sure a phone, email or the "
                               "Authenticator app is registered; add a second method if you "
                               "can."),
        Actor::User, DocLinks::combinedRegistration() };
    return finding;
}

} // namespace sspr::checks
