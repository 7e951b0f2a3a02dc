#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"

#include <QCoreApplication>

namespace sspr::checks {

// tenant.writeback: a user synced from on-premises AD can only reset or change a password
// through password writeback. Decides on the user's onPremisesSyncEnabled, the SSPR audit
// failures that name on-premises writeback and the admin's answer to question "writeback";
// the directory's passwordWritebackEnabled flag is shown as reported, never decided on.
class TenantWritebackCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(TenantWritebackCheck)

public:
    static QString checkId() { return QStringLiteral("tenant.writeback"); }
    static QString syncKey() { return QStringLiteral("onprem-sync"); }
    static graph::GraphRequest syncRequest();

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;
    QStringList questionIds() const override;
};

} // namespace sspr::checks
