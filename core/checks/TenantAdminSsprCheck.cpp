#include "core/checks/TenantAdminSsprCheck.h"

#include "core/checks/GraphEvidence.h"
#include "core/checks/RegistrationRecord.h"
#include "core/checks/RequestTemplate.h"

namespace sspr::checks {

// Whether the user holds an admin role: userRegistrationDetails.isAdmin ("whether the user has
// an admin role in the tenant"). That record is already read for user.registration, so this
// costs no request and no permission beyond AuditLog.Read.All; the alternatives
// (/users/{id}/transitiveMemberOf/microsoft.graph.directoryRole, or
// /roleManagement/directory/roleAssignments?$filter=principalId eq '{id}', which misses
// group-based assignments) would each add a request and RoleManagement/GroupMember scopes.

graph::GraphRequest TenantAdminSsprCheck::request()
{
    graph::GraphRequest request;
    request.key = key();
    request.relativeUrl = QStringLiteral("/policies/authorizationPolicy");
    request.requiredScope = QStringLiteral("Policy.Read.All");
    return request;
}

QString TenantAdminSsprCheck::title() const
{
    return tr("SSPR for administrators");
}

QList<graph::GraphRequest> TenantAdminSsprCheck::requests(const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return {};
    return { request(), RegistrationRecord::request() };
}

AccessNeeds TenantAdminSsprCheck::needs()
{
    // Get authorizationPolicy lists these least-privileged roles (and a few device, licence
    // and role administrators).
    return { CheckSupport::alternatives({ tr("Global Reader"), tr("Security Reader"),
                 tr("Security Operator"), tr("Security Administrator") }),
        QString(), DocLinks::troubleshootSspr() };
}

Finding TenantAdminSsprCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(ctx);
    const graph::GraphRequest sent = request();
    const graph::GraphResponse *response = evidence.response(key());
    if (auto finding = CheckSupport::unusable(*this, ctx, sent, response, needs()))
        return *finding;
    const QJsonObject policy = GraphEvidence::resource(*response);
    const EvidenceField policyField
        = GraphEvidence::field(policy, QStringLiteral("allowedToUseSSPR"));
    const std::optional<bool> allowed
        = GraphEvidence::boolean(policy, QStringLiteral("allowedToUseSSPR"));
    if (!allowed)
        return CheckSupport::missingField(
            *this, ctx, sent, *response, QStringLiteral("allowedToUseSSPR"), { policyField });

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(sent, response, { policyField });
    if (*allowed) {
        finding.status = Status::Pass;
        finding.summary = tr("Administrators may use self-service password reset.");
        finding.details = tr("allowedToUseSSPR is true: if the user holds an admin role, "
                             "Microsoft's admin reset policy (two verification methods) applies, "
                             "and the tenant does not block it.");
        finding.remediation = { tr("Nothing to do for administrator SSPR."), Actor::Nobody,
            DocLinks::troubleshootSspr() };
        return finding;
    }

    // Off: it matters only when this user is an administrator.
    const RegistrationRecord::Read read = RegistrationRecord::read(*this, evidence, ctx);
    if (read.unusable) {
        Finding unknown = *read.unusable;
        unknown.details += QLatin1Char(' ')
            + tr("allowedToUseSSPR is false (administrators cannot use SSPR), but whether this "
                 "user holds an admin role could not be read.");
        unknown.evidence.prepend(finding.evidence.first());
        return unknown;
    }
    const QList<EvidenceField> recordFields { GraphEvidence::field(
                                                  read.record, QStringLiteral("isAdmin")),
        GraphEvidence::field(read.record, QStringLiteral("userPrincipalName")) };
    const std::optional<bool> isAdmin
        = GraphEvidence::boolean(read.record, QStringLiteral("isAdmin"));
    if (!isAdmin)
        return CheckSupport::missingField(
            *this, ctx, read.sent, *read.response, QStringLiteral("isAdmin"), recordFields);
    finding.evidence << GraphEvidence::item(read.sent, read.response, recordFields);
    const QString user = RegistrationRecord::userName(read.record, ctx);
    if (!*isAdmin) {
        finding.status = Status::Pass;
        finding.summary = tr("%1 holds no admin role, so the administrator SSPR setting does not "
                             "apply.")
                              .arg(user);
        finding.details = tr("allowedToUseSSPR is false, which only stops administrators from "
                             "using SSPR; isAdmin is false for this user, whose reset follows "
                             "the tenant's SSPR policy.");
        finding.remediation = { tr("Nothing to do for administrator SSPR."), Actor::Nobody,
            DocLinks::troubleshootSspr() };
        return finding;
    }
    finding.status = Status::Warning;
    finding.summary = tr("%1 holds an admin role and SSPR for administrators is off.").arg(user);
    finding.details = tr("allowedToUseSSPR is false and isAdmin is true: the tenant does not let "
                         "administrators reset their own password, whatever the SSPR policy for "
                         "users says. Administrators follow Microsoft's own admin reset policy "
                         "(two methods) when it is on.");
    finding.remediation = { tr("Have another administrator reset the password, or allow SSPR for "
                               "administrators (Update-MgPolicyAuthorizationPolicy "
                               "-AllowedToUseSspr:$true) if your security policy permits."),
        Actor::Admin, DocLinks::troubleshootSspr() };
    return finding;
}

Finding TenantAdminSsprCheck::selfMode(const CheckContext &ctx) const
{
    Finding finding = CheckSupport::notSent(
        *this, ctx, request(), tr("no: reading the authorization policy needs an admin role"));
    finding.summary = tr("Skipped: end users cannot read the tenant's authorization policy.");
    finding.details = tr("The administrator SSPR setting (allowedToUseSSPR) needs Policy.Read.All "
                         "and a role such as Global Reader. It matters only if you hold an "
                         "admin role.");
    finding.remediation = { tr("If you are an administrator and cannot reset, ask another "
                               "administrator to reset your password."),
        Actor::User, DocLinks::troubleshootSspr() };
    return finding;
}

} // namespace sspr::checks
