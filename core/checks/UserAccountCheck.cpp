#include "core/checks/UserAccountCheck.h"

#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"

#include <QDateTime>
#include <QStringList>

namespace sspr::checks {

namespace {

// Replication of a fresh password across Microsoft's services (and back on-premises) takes
// minutes; an attempt in that window can fail although nothing is misconfigured.
constexpr qint64 recentChangeSeconds = 15 * 60;

const QStringList selectedFields { QStringLiteral("id"), QStringLiteral("userPrincipalName"),
    QStringLiteral("displayName"), QStringLiteral("accountEnabled"), QStringLiteral("userType"),
    QStringLiteral("onPremisesSyncEnabled"), QStringLiteral("lastPasswordChangeDateTime"),
    QStringLiteral("passwordPolicies"), QStringLiteral("createdDateTime") };

} // namespace

graph::GraphRequest UserAccountCheck::request(const CheckContext &ctx)
{
    graph::GraphRequest request;
    request.key = key();
    // Every field but id/userPrincipalName/displayName is "returned only on $select".
    request.relativeUrl
        = QStringLiteral("/users/{user}?$select=") + selectedFields.join(QLatin1Char(','));
    request.requiredScope
        = ctx.selfMode ? QStringLiteral("User.Read") : QStringLiteral("User.Read.All");
    return request;
}

QString UserAccountCheck::title() const
{
    return tr("Account state");
}

QList<graph::GraphRequest> UserAccountCheck::requests(const CheckContext &ctx) const
{
    return { request(ctx) };
}

AccessNeeds UserAccountCheck::needs(const CheckContext &ctx)
{
    // Reading any user needs only the consented scope; no directory role (members can read
    // users by default unless the tenant restricts it).
    Q_UNUSED(ctx);
    return { QString(), QString(), DocLinks::troubleshootSspr() };
}

Finding UserAccountCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    const graph::GraphRequest sent = RequestTemplate::expand(request(ctx), ctx);
    const graph::GraphResponse *response = evidence.response(key());
    if (response && response->error && response->error->kind == graph::GraphErrorKind::NotFound)
        return notFound(sent, *response, ctx);
    if (auto finding = CheckSupport::unusable(*this, ctx, sent, response, needs(ctx)))
        return *finding;
    return judge(response->body, sent, *response, ctx);
}

Finding UserAccountCheck::notFound(const graph::GraphRequest &sent,
    const graph::GraphResponse &response, const CheckContext &ctx) const
{
    Finding finding = CheckSupport::begin(*this, ctx);
    finding.status = Status::Fail;
    finding.summary = tr("User not found in this tenant: %1").arg(ctx.userKey);
    finding.details = tr("Microsoft Graph answered 404 for %1. This is the shape of AADSTS120016 "
                         "(PasswordChangeUserNotFoundBySspr): the name does not match an account "
                         "in this tenant — a typo, an account in another tenant, a deleted "
                         "account, or a guest whose password lives in its home organization.")
                          .arg(ctx.userKey);
    if (response.error && !response.error->requestId.isEmpty())
        finding.details
            += QLatin1Char(' ') + tr("Graph request-id: %1.").arg(response.error->requestId);
    QList<EvidenceField> fields;
    if (response.error && !response.error->code.isEmpty())
        fields << EvidenceField { QStringLiteral("error.code"), response.error->code };
    finding.evidence << GraphEvidence::item(sent, &response, fields);
    finding.remediation = { tr("Check the exact sign-in name (UPN) the user types; if the "
                               "account was deleted, restore it from Deleted users in the "
                               "Microsoft Entra admin center."),
        Actor::Admin, DocLinks::troubleshootSspr() };
    return finding;
}

Finding UserAccountCheck::judge(const QJsonObject &user, const graph::GraphRequest &sent,
    const graph::GraphResponse &response, const CheckContext &ctx) const
{
    QList<EvidenceField> fields;
    for (const QString &name : selectedFields)
        fields << GraphEvidence::field(user, name);

    const std::optional<bool> enabled
        = GraphEvidence::boolean(user, QStringLiteral("accountEnabled"));
    if (!enabled)
        return CheckSupport::missingField(
            *this, ctx, sent, response, QStringLiteral("accountEnabled"), fields);

    QString upn = user.value(QLatin1String("userPrincipalName")).toString();
    if (upn.isEmpty())
        upn = ctx.userKey;
    const bool synced = user.value(QLatin1String("onPremisesSyncEnabled")).toBool(false);
    const QString syncNote = synced
        ? tr("The account is synced from on-premises Active Directory, so its password is "
             "managed there and SSPR needs password writeback.")
        : QString();

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(sent, &response, fields);

    if (!*enabled) {
        finding.status = Status::Fail;
        finding.summary = tr("The account %1 is disabled.").arg(upn);
        finding.details = tr("accountEnabled is false. A disabled account can neither sign in "
                             "nor reset its password, and the registration report does not "
                             "cover it either.");
        if (synced)
            finding.details += QLatin1Char(' ') + syncNote;
        finding.remediation = { synced ? tr("Enable the account in on-premises Active Directory "
                                            "and wait for the next sync (a change made in "
                                            "Microsoft Entra would be overwritten).")
                                       : tr("Enable the account (Account enabled, in the user's "
                                            "properties in the Microsoft Entra admin center) if "
                                            "it was disabled by mistake."),
            Actor::Admin, DocLinks::troubleshootSspr() };
        return finding;
    }

    const QJsonValue userType = user.value(QLatin1String("userType"));
    // Graph documents Member and Guest; anything else (null, "", an unknown value) does not
    // show the account is a member, so it cannot pass.
    const bool member
        = userType.toString().compare(QLatin1String("Member"), Qt::CaseInsensitive) == 0;
    if (userType.toString().compare(QLatin1String("Guest"), Qt::CaseInsensitive) == 0) {
        finding.status = Status::Fail;
        finding.summary = tr("%1 is a guest in this tenant: its password is reset in its home "
                             "organization.")
                              .arg(upn);
        finding.details = tr("userType is Guest. A guest signs in with an account that belongs to "
                             "another organization (or a personal Microsoft account), so "
                             "self-service password reset in this tenant cannot change it.");
        finding.remediation = { tr("Reset the password with the organization or service that "
                                   "issued the account, not in this tenant."),
            Actor::User, DocLinks::ssprHowItWorks() };
        return finding;
    }

    QStringList warnings;
    QString firstSummary;
    Remediation remediation;
    const QDateTime changed = QDateTime::fromString(
        user.value(QLatin1String("lastPasswordChangeDateTime")).toString(), Qt::ISODateWithMs);
    if (changed.isValid() && ctx.now.isValid()) {
        const qint64 age = changed.secsTo(ctx.now);
        if (age >= -60 && age < recentChangeSeconds) {
            const qint64 minutes = qMax<qint64>(0, age / 60);
            firstSummary = tr("The password was changed %n minute(s) ago.", nullptr, int(minutes));
            warnings << tr("The password was changed at %1, %n minute(s) before this check. A "
                           "new password takes a few minutes to reach every service (and the "
                           "on-premises directory through writeback); attempts in that window "
                           "can fail.",
                nullptr, int(minutes))
                            .arg(changed.toUTC().toString(Qt::ISODate));
            remediation = { tr("Wait 15 minutes after the last password change and try again."),
                Actor::User, DocLinks::troubleshootSspr() };
        }
    }
    const QString policies = user.value(QLatin1String("passwordPolicies")).toString();
    const bool neverExpires
        = policies.contains(QLatin1String("DisablePasswordExpiration"), Qt::CaseInsensitive);
    const bool weakAllowed
        = policies.contains(QLatin1String("DisableStrongPassword"), Qt::CaseInsensitive);
    if (neverExpires || weakAllowed) {
        if (firstSummary.isEmpty())
            firstSummary = tr("The account has non-default password policies: %1.").arg(policies);
        if (neverExpires)
            warnings << tr(
                "DisablePasswordExpiration: the password never expires (informational).");
        if (weakAllowed)
            warnings << tr(
                "DisableStrongPassword: weaker passwords are allowed in Microsoft Entra, "
                "but an on-premises policy can still reject the new password "
                "(AADSTS120004 shape).");
        if (remediation.text.isEmpty())
            remediation = { tr("Informational: review whether these password policies are still "
                               "wanted for this account."),
                Actor::Admin, DocLinks::troubleshootSspr() };
    }
    if (!member) {
        if (firstSummary.isEmpty())
            firstSummary = tr("Graph did not report whether %1 is a member or a guest.").arg(upn);
        warnings << tr("userType is %1; the account was treated as a member.")
                        .arg(userType.isString() ? u'"' + userType.toString() + u'"'
                                                 : GraphEvidence::display(userType));
        if (remediation.text.isEmpty())
            remediation = { tr("Check the user type in the Microsoft Entra admin center."),
                Actor::Admin, DocLinks::troubleshootSspr() };
    }

    if (!warnings.isEmpty()) {
        finding.status = Status::Warning;
        finding.summary = firstSummary;
        finding.details
            = (member ? tr("The account is enabled and a member.") : tr("The account is enabled."))
            + QLatin1Char(' ') + warnings.join(QLatin1Char(' '));
        if (synced)
            finding.details += QLatin1Char(' ') + syncNote;
        finding.remediation = remediation;
        return finding;
    }

    finding.status = Status::Pass;
    finding.summary = tr("The account %1 is enabled and a member of this tenant.").arg(upn);
    finding.details = tr("accountEnabled is true and userType is %1.").arg(userType.toString());
    if (synced)
        finding.details += QLatin1Char(' ') + syncNote;
    finding.remediation = { tr("Nothing to do for the account itself."), Actor::Nobody,
        DocLinks::troubleshootSspr() };
    return finding;
}

} // namespace sspr::checks
