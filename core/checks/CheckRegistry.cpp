#include "core/checks/CheckRegistry.h"

#include "core/checks/ClockCheck.h"
#include "core/checks/MethodsPolicyCheck.h"
#include "core/checks/NetworkCheck.h"
#include "core/checks/OsCheck.h"
#include "core/checks/QuestionBrowserCheck.h"
#include "core/checks/QuestionFirstSeenCheck.h"
#include "core/checks/QuestionOtherNetworkCheck.h"
#include "core/checks/QuestionRegistrationCheck.h"
#include "core/checks/QuestionWhereCheck.h"
#include "core/checks/ServiceHealthCheck.h"
#include "core/checks/TenantAdminSsprCheck.h"
#include "core/checks/TenantLicenseCheck.h"
#include "core/checks/TenantSyncCheck.h"
#include "core/checks/TenantWritebackCheck.h"
#include "core/checks/UserAccountCheck.h"
#include "core/checks/UserMethodsCheck.h"
#include "core/checks/UserRegistrationCheck.h"
#include "core/checks/UserSigninErrorsCheck.h"
#include "core/checks/UserSsprAuditCheck.h"
#include "core/checks/UserSsprScopeCheck.h"

#include <QSet>

namespace sspr::checks {

QStringList CheckRegistry::allIds()
{
    // Service first (an outage explains everything), then the account (a missing or
    // disabled user explains the rest), then what SSPR itself needs.
    return { ServiceHealthCheck::checkId(), UserAccountCheck::checkId(),
        UserRegistrationCheck::checkId(), UserSsprScopeCheck::checkId(),
        // Methods, then the tenant settings that decide whether they can be used.
        UserMethodsCheck::checkId(), MethodsPolicyCheck::checkId(), TenantLicenseCheck::checkId(),
        TenantSyncCheck::checkId(), TenantWritebackCheck::checkId(),
        TenantAdminSsprCheck::checkId(), UserSsprAuditCheck::checkId(),
        UserSigninErrorsCheck::checkId(),
        // This PC: network path, clock and device (local probes, in parallel with Graph).
        NetworkCheck::checkId(), ClockCheck::checkId(), OsCheck::checkId(),
        // Guided questions last: Diagnosis runs them only when answered.
        QuestionWhereCheck::checkId(), QuestionBrowserCheck::checkId(),
        QuestionOtherNetworkCheck::checkId(), QuestionRegistrationCheck::checkId(),
        QuestionFirstSeenCheck::checkId() };
}

std::unique_ptr<Check> CheckRegistry::create(const QString &id)
{
    if (id == ServiceHealthCheck::checkId())
        return std::make_unique<ServiceHealthCheck>();
    if (id == UserAccountCheck::checkId())
        return std::make_unique<UserAccountCheck>();
    if (id == UserRegistrationCheck::checkId())
        return std::make_unique<UserRegistrationCheck>();
    if (id == UserSsprScopeCheck::checkId())
        return std::make_unique<UserSsprScopeCheck>();
    if (id == UserMethodsCheck::checkId())
        return std::make_unique<UserMethodsCheck>();
    if (id == MethodsPolicyCheck::checkId())
        return std::make_unique<MethodsPolicyCheck>();
    if (id == TenantLicenseCheck::checkId())
        return std::make_unique<TenantLicenseCheck>();
    if (id == TenantSyncCheck::checkId())
        return std::make_unique<TenantSyncCheck>();
    if (id == TenantWritebackCheck::checkId())
        return std::make_unique<TenantWritebackCheck>();
    if (id == TenantAdminSsprCheck::checkId())
        return std::make_unique<TenantAdminSsprCheck>();
    if (id == UserSsprAuditCheck::checkId())
        return std::make_unique<UserSsprAuditCheck>();
    if (id == UserSigninErrorsCheck::checkId())
        return std::make_unique<UserSigninErrorsCheck>();
    if (id == QuestionWhereCheck::checkId())
        return std::make_unique<QuestionWhereCheck>();
    if (id == QuestionBrowserCheck::checkId())
        return std::make_unique<QuestionBrowserCheck>();
    if (id == QuestionOtherNetworkCheck::checkId())
        return std::make_unique<QuestionOtherNetworkCheck>();
    if (id == QuestionRegistrationCheck::checkId())
        return std::make_unique<QuestionRegistrationCheck>();
    if (id == QuestionFirstSeenCheck::checkId())
        return std::make_unique<QuestionFirstSeenCheck>();
    if (id == NetworkCheck::checkId())
        return std::make_unique<NetworkCheck>();
    if (id == ClockCheck::checkId())
        return std::make_unique<ClockCheck>();
    if (id == OsCheck::checkId())
        return std::make_unique<OsCheck>();
    return nullptr;
}

std::vector<std::unique_ptr<Check>> CheckRegistry::create(const QStringList &ids)
{
    std::vector<std::unique_ptr<Check>> checks;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue; // a playbook naming a check twice still runs it once
        seen.insert(id);
        if (auto check = create(id))
            checks.push_back(std::move(check));
    }
    return checks;
}

} // namespace sspr::checks
