#include "core/checks/LicensePlans.h"

#include <QJsonObject>

namespace sspr::checks {

namespace {

// Service plan names of Microsoft Entra ID P1 and P2 (also inside Microsoft 365 E3/E5, EMS
// and Business Premium).
const QStringList premiumPlans { QStringLiteral("AAD_PREMIUM"), QStringLiteral("AAD_PREMIUM_P2") };
// skuPartNumber of Microsoft 365 Business Standard and Business Premium.
const QStringList businessSkus { QStringLiteral("O365_BUSINESS_PREMIUM"), QStringLiteral("SPB") };

} // namespace

std::optional<LicensePlans> LicensePlans::read(const QJsonArray &skus, bool tenant)
{
    LicensePlans plans;
    for (const QJsonValue &v : skus) {
        if (!v.isObject())
            return std::nullopt;
        const QJsonObject sku = v.toObject();
        const QString part = sku.value(QLatin1String("skuPartNumber")).toString();
        const QJsonValue servicePlans = sku.value(QLatin1String("servicePlans"));
        if (part.isEmpty() || !servicePlans.isArray())
            return std::nullopt;
        if (tenant) {
            // Enabled, or Warning (the grace period after expiry, still working).
            const QString status = sku.value(QLatin1String("capabilityStatus")).toString();
            if (status.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) != 0
                && status.compare(QLatin1String("Warning"), Qt::CaseInsensitive) != 0) {
                plans.inactive << QStringLiteral("%1 (%2)").arg(part, status);
                continue;
            }
        }
        bool premium = false;
        QString notProvisioned; // a P1/P2 plan that is there but not "Success"
        for (const QJsonValue &p : servicePlans.toArray()) {
            const QJsonObject plan = p.toObject();
            const QString name = plan.value(QLatin1String("servicePlanName")).toString();
            const QString status = plan.value(QLatin1String("provisioningStatus")).toString();
            if (!premiumPlans.contains(name))
                continue;
            if (status == QLatin1String("Success"))
                premium = true;
            else
                notProvisioned = QStringLiteral("%1 (%2 %3)").arg(part, name, status);
        }
        if (premium)
            plans.premium << part;
        else if (!notProvisioned.isEmpty() && tenant)
            plans.inactive << notProvisioned;
        else if (businessSkus.contains(part, Qt::CaseInsensitive))
            plans.business << part;
        else
            plans.other << part;
    }
    return plans;
}

} // namespace sspr::checks
