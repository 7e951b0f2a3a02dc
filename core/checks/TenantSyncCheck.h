#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sspr::checks {

// tenant.sync: is the tenant synchronised from on-premises Active Directory, and when did the
// last directory sync run? A stale sync leaves new accounts and changes missing in the cloud.
class TenantSyncCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(TenantSyncCheck)

public:
    static QString checkId() { return QStringLiteral("tenant.sync"); }
    static QString key() { return QStringLiteral("organization"); }
    static graph::GraphRequest request(const CheckContext &ctx);

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    static bool canReadSyncFields(const CheckContext &ctx);
    Finding judge(const QJsonObject &org, const graph::GraphRequest &sent,
        const graph::GraphResponse &response, const CheckContext &ctx) const;
};

} // namespace sspr::checks
