#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sspr::checks {

// service.health: is Microsoft reporting a problem with the identity service (Microsoft
// Entra, service id "OrgLiveID") right now? AADSTS120021 is a service-side error, so an open
// incident explains it without anything being wrong in the tenant.
class ServiceHealthCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(ServiceHealthCheck)

public:
    static QString checkId() { return QStringLiteral("service.health"); }
    static graph::GraphRequest request();

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    static AccessNeeds needs();
    Finding selfMode(const CheckContext &ctx) const;
    Finding judge(const QJsonObject &identity, const graph::GraphResponse &response,
        const CheckContext &ctx) const;
};

} // namespace sspr::checks
