#pragma once

#include "core/checks/Check.h"
#include "core/checks/CheckSupport.h"
#include "core/checks/LicensePlans.h"

#include <QCoreApplication>
#include <optional>

namespace sspr::checks {

// tenant.license: does the tenant (and the user) hold what Microsoft's SSPR licensing page
// requires for this case? Cloud-only password change: every edition. Cloud-only reset:
// Microsoft 365 Business Standard/Premium or Entra ID P1/P2. Synced user with writeback:
// P1/P2. P1/P2 in the tenant but not assigned to the user: warning.
class TenantLicenseCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(TenantLicenseCheck)

public:
    static QString checkId() { return QStringLiteral("tenant.license"); }
    static QString skusKey() { return QStringLiteral("subscribedSkus"); }
    static QString userLicencesKey() { return QStringLiteral("licenseDetails"); }
    static graph::GraphRequest skusRequest();
    static graph::GraphRequest userLicencesRequest(const CheckContext &ctx);

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &ctx) const override;
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;

private:
    // What the case needs: synced (writeback) or cloud-only; unknown when "user" failed.
    enum class UserKind { CloudOnly, Synced, Unknown };
    struct UserLicences {
        std::optional<LicensePlans> plans; // nullopt when licenseDetails could not be read
        std::optional<Finding> problem; // why not
        EvidenceItem item;
    };
    static UserKind userKind(const Evidence &evidence);
    UserLicences readUser(const Evidence &evidence, const CheckContext &ctx) const;
    Finding selfMode(const Evidence &evidence, const CheckContext &ctx) const;
    Finding judge(const LicensePlans &tenant, const EvidenceItem &tenantItem, UserKind kind,
        const UserLicences &user, const CheckContext &ctx) const;
};

} // namespace sspr::checks
