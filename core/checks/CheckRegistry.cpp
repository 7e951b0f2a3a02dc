#include "core/checks/CheckRegistry.h"

#include "core/checks/ServiceHealthCheck.h"
#include "core/checks/UserAccountCheck.h"
#include "core/checks/UserRegistrationCheck.h"
#include "core/checks/UserSsprScopeCheck.h"

#include <QSet>

namespace sspr::checks {

QStringList CheckRegistry::allIds()
{
    // Service first (an outage explains everything), then the account (a missing or
    // disabled user explains the rest), then what SSPR itself needs.
    return { ServiceHealthCheck::checkId(), UserAccountCheck::checkId(),
        UserRegistrationCheck::checkId(), UserSsprScopeCheck::checkId() };
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
