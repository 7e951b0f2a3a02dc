#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>

namespace sspr::checks {

// tenant.admin-sspr: authorizationPolicy.allowedToUseSSPR governs SSPR for administrators
// only (Microsoft's two-gate admin policy); it matters when the user holds an admin role.
class TenantAdminSsprCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(TenantAdminSsprCheck)

public:
    static QString checkId() { return QStringLiteral("tenant.admin-sspr"); }
    static QString key() { return QStringLiteral("authorization-policy"); }
    static graph::GraphRequest request();

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    static AccessNeeds needs();
    Finding selfMode(const CheckContext &ctx) const;
};

} // namespace sspr::checks
