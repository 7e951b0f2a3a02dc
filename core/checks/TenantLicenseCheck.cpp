#include "core/checks/TenantLicenseCheck.h"

#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/UserAccountCheck.h"

#include <QJsonArray>

namespace sspr::checks {

namespace {

QString listOrNone(const QStringList &items)
{
    return items.isEmpty() ? TenantLicenseCheck::tr("(none)") : items.join(QStringLiteral(", "));
}

AccessNeeds readerNeeds()
{
    // "List subscribedSkus" / "List licenseDetails": least-privileged roles when reading the
    // tenant or another user.
    return { CheckSupport::alternatives({ TenantLicenseCheck::tr("Directory Readers"),
                 TenantLicenseCheck::tr("Global Reader") }),
        QString(), DocLinks::ssprLicensing() };
}

} // namespace

graph::GraphRequest TenantLicenseCheck::skusRequest()
{
    graph::GraphRequest request;
    request.key = skusKey();
    // subscribedSkus supports $select only (no $filter).
    request.relativeUrl = QStringLiteral(
        "/subscribedSkus?$select=skuId,skuPartNumber,capabilityStatus,appliesTo,servicePlans");
    request.requiredScope = QStringLiteral("LicenseAssignment.Read.All");
    request.followNextLink = true;
    return request;
}

graph::GraphRequest TenantLicenseCheck::userLicencesRequest(const CheckContext &ctx)
{
    graph::GraphRequest request;
    request.key = userLicencesKey();
    request.relativeUrl = QStringLiteral("/users/") + RequestTemplate::userIdPlaceholder()
        + QStringLiteral("/licenseDetails");
    request.requiredScope
        = ctx.selfMode ? QStringLiteral("User.Read") : QStringLiteral("LicenseAssignment.Read.All");
    request.followNextLink = true;
    return request;
}

QString TenantLicenseCheck::title() const
{
    return tr("Licences for SSPR");
}

QList<graph::GraphRequest> TenantLicenseCheck::requests(const CheckContext &ctx) const
{
    // The user's record says whether the case is cloud-only or synced (writeback).
    QList<graph::GraphRequest> requests { UserAccountCheck::request(ctx),
        userLicencesRequest(ctx) };
    if (!ctx.selfMode)
        requests.prepend(skusRequest()); // the tenant's subscriptions need a reader role
    return requests;
}

TenantLicenseCheck::UserKind TenantLicenseCheck::userKind(const Evidence &evidence)
{
    const graph::GraphResponse *user = evidence.response(UserAccountCheck::key());
    if (!user || user->error)
        return UserKind::Unknown;
    const QJsonValue synced
        = GraphEvidence::resource(*user).value(QLatin1String("onPremisesSyncEnabled"));
    if (synced.isUndefined())
        return UserKind::Unknown;
    return synced.toBool(false) ? UserKind::Synced : UserKind::CloudOnly;
}

TenantLicenseCheck::UserLicences TenantLicenseCheck::readUser(
    const Evidence &evidence, const CheckContext &ctx) const
{
    UserLicences user;
    const graph::GraphRequest sent = RequestTemplate::expand(userLicencesRequest(ctx), ctx);
    const graph::GraphResponse *response = evidence.response(userLicencesKey());
    user.item = GraphEvidence::item(sent, response);
    user.problem = CheckSupport::unusable(*this, ctx, sent, response, readerNeeds());
    if (user.problem)
        return user;
    const QJsonValue value = response->body.value(QLatin1String("value"));
    if (value.isArray())
        user.plans = LicensePlans::read(value.toArray(), false);
    if (!user.plans) {
        user.problem
            = CheckSupport::missingField(*this, ctx, sent, *response, QStringLiteral("value"),
                { GraphEvidence::field(response->body, QStringLiteral("value")) });
        return user;
    }
    user.item.fields
        << EvidenceField { QStringLiteral("userPremium"), listOrNone(user.plans->premium) }
        << EvidenceField { QStringLiteral("userBusiness"), listOrNone(user.plans->business) }
        << EvidenceField { QStringLiteral("userOther"), listOrNone(user.plans->other) };
    return user;
}

Finding TenantLicenseCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(evidence, ctx);
    const graph::GraphRequest sent = RequestTemplate::expand(skusRequest(), ctx);
    const graph::GraphResponse *response = evidence.response(skusKey());
    if (auto finding = CheckSupport::unusable(*this, ctx, sent, response, readerNeeds()))
        return *finding;
    const QJsonValue value = response->body.value(QLatin1String("value"));
    std::optional<LicensePlans> tenant;
    if (value.isArray())
        tenant = LicensePlans::read(value.toArray(), true);
    if (!tenant)
        return CheckSupport::missingField(*this, ctx, sent, *response, QStringLiteral("value"),
            { GraphEvidence::field(response->body, QStringLiteral("value")) });
    const EvidenceItem tenantItem = GraphEvidence::item(sent, response,
        { { QStringLiteral("premium (AAD_PREMIUM/AAD_PREMIUM_P2 Success)"),
              listOrNone(tenant->premium) },
            { QStringLiteral("business"), listOrNone(tenant->business) },
            { QStringLiteral("other"), listOrNone(tenant->other) },
            { QStringLiteral("inactive"), listOrNone(tenant->inactive) } });
    return judge(*tenant, tenantItem, userKind(evidence), readUser(evidence, ctx), ctx);
}

Finding TenantLicenseCheck::judge(const LicensePlans &tenant, const EvidenceItem &tenantItem,
    UserKind kind, const UserLicences &user, const CheckContext &ctx) const
{
    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << tenantItem << user.item;
    const QString seen = tr("Active subscriptions with Entra ID P1/P2: %1; Microsoft 365 "
                            "business plans: %2; others: %3.")
                             .arg(listOrNone(tenant.premium), listOrNone(tenant.business),
                                 listOrNone(tenant.other));
    const QString changeNote = tr("A cloud-only user changing a known password needs no licence; "
                                  "resetting a forgotten one does.");
    const bool needsPremium = kind != UserKind::CloudOnly;

    if (!tenant.hasPremium() && (kind == UserKind::Synced || !tenant.hasBusiness())) {
        const bool unsure = kind != UserKind::Synced && !tenant.other.isEmpty();
        finding.status = unsure ? Status::Warning : Status::Fail;
        finding.summary = kind == UserKind::Synced
            ? tr("No Entra ID P1/P2 in the tenant: password writeback for synced users is not "
                 "licensed.")
            : unsure ? tr("No subscription the SSPR licensing page names was found.")
                     : tr("No licence in the tenant covers self-service password reset.");
        finding.details
            = (kind == UserKind::Synced
                      ? tr("The user is synced from on-premises, so a reset or change "
                           "must be written back; writeback needs Microsoft Entra ID "
                           "P1 or P2 (standalone Office 365 plans do not include it).")
                      : tr("Resetting a forgotten password needs Microsoft 365 Business "
                           "Standard or Premium, or Microsoft Entra ID P1/P2.")
                          + QLatin1Char(' ') + changeNote)
            + QLatin1Char(' ') + seen;
        if (!tenant.inactive.isEmpty())
            finding.details += QLatin1Char(' ')
                + tr("Inactive subscriptions: %1.").arg(listOrNone(tenant.inactive));
        if (kind == UserKind::Unknown)
            finding.details += QLatin1Char(' ')
                + tr("Whether the user is synced could not be read (see Account state).");
        finding.remediation = { tr("Buy or renew Microsoft Entra ID P1 (or a plan that includes "
                                   "it, such as Microsoft 365 Business Premium or E3) and assign "
                                   "it to the users of SSPR."),
            Actor::Admin, DocLinks::ssprLicensing() };
        return finding;
    }

    // The tenant is covered; is the user? (Licences are required for every user who benefits.)
    if (!user.plans) {
        Finding problem = *user.problem;
        problem.evidence.prepend(tenantItem);
        problem.details += QLatin1Char(' ') + seen;
        return problem;
    }
    const bool userCovered
        = user.plans->hasPremium() || (!needsPremium && user.plans->hasBusiness());
    if (!userCovered) {
        finding.status = Status::Warning;
        finding.summary = tenant.hasPremium()
            ? tr("Entra ID P1/P2 is in the tenant but not assigned to this user.")
            : tr("A Microsoft 365 business plan is in the tenant but not assigned to this user.");
        finding.details
            = tr("The user's licences: %1. Microsoft requires a licence for every "
                 "user who benefits from SSPR%2.")
                  .arg(listOrNone(user.plans->premium + user.plans->business + user.plans->other),
                      needsPremium ? tr(" (P1/P2 for writeback)") : QString())
            + QLatin1Char(' ') + seen;
        finding.remediation = { tr("Assign the licence to the user (Microsoft 365 admin center > "
                                   "Users, or group-based licensing in the Entra admin center)."),
            Actor::Admin, DocLinks::ssprLicensing() };
        return finding;
    }
    finding.status = Status::Pass;
    finding.summary = user.plans->hasPremium()
        ? tr("Licensed: the user has Entra ID P1/P2 (%1).").arg(listOrNone(user.plans->premium))
        : tr("Licensed: the cloud-only user has %1.").arg(listOrNone(user.plans->business));
    finding.details = (kind == UserKind::Synced
                              ? tr("The user is synced, and P1/P2 covers reset with writeback.")
                              : tr("This covers self-service password reset for the user."))
        + QLatin1Char(' ') + seen;
    finding.remediation
        = { tr("Nothing to do for licences."), Actor::Nobody, DocLinks::ssprLicensing() };
    return finding;
}

Finding TenantLicenseCheck::selfMode(const Evidence &evidence, const CheckContext &ctx) const
{
    const UserLicences user = readUser(evidence, ctx);
    if (!user.plans)
        return *user.problem;
    const UserKind kind = userKind(evidence);
    const bool covered
        = user.plans->hasPremium() || (kind == UserKind::CloudOnly && user.plans->hasBusiness());
    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << user.item;
    if (covered) {
        finding.status = Status::Pass;
        finding.summary = tr("Your licences cover self-service password reset: %1.")
                              .arg(listOrNone(user.plans->premium + user.plans->business));
        finding.details = tr("Read from your own licence details (User.Read).");
        finding.remediation
            = { tr("Nothing to do for licences."), Actor::Nobody, DocLinks::ssprLicensing() };
        return finding;
    }
    // An end user cannot list the tenant's subscriptions: say what is missing, decide nothing.
    finding.status = Status::Skipped;
    finding.summary = tr("Skipped: your licences do not show SSPR coverage, and only an "
                         "administrator can check the tenant's subscriptions.");
    finding.details
        = tr("Your licences: %1. The tenant's subscriptions (GET /subscribedSkus) need "
             "LicenseAssignment.Read.All and a reader role.")
              .arg(listOrNone(user.plans->premium + user.plans->business + user.plans->other));
    finding.remediation = { tr("Ask your IT help desk whether a licence covering self-service "
                               "password reset is assigned to you."),
        Actor::User, DocLinks::ssprLicensing() };
    return finding;
}

} // namespace sspr::checks
