#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::checks {

// What a list of subscribedSku or licenseDetails objects provides for SSPR, per Microsoft's
// "Licensing requirements for Microsoft Entra SSPR": cloud-only reset needs Microsoft 365
// Business Standard/Premium or Entra ID P1/P2; writeback for synced users needs P1/P2 (which
// Business Premium includes as the AAD_PREMIUM service plan).
struct LicensePlans {
    QStringList premium; // SKUs with an AAD_PREMIUM / AAD_PREMIUM_P2 plan in "Success"
    QStringList business; // Microsoft 365 Business Standard / Premium SKUs
    QStringList other; // every other active SKU (shown, not relied on)
    QStringList inactive; // SKUs whose capabilityStatus is Suspended, Deleted or LockedOut

    bool hasPremium() const { return !premium.isEmpty(); }
    bool hasBusiness() const { return !business.isEmpty(); }

    // nullopt when an entry is not an object or lacks skuPartNumber/servicePlans (malformed).
    // `tenant` reads capabilityStatus (subscribedSku); licenseDetails has none.
    static std::optional<LicensePlans> read(const QJsonArray &skus, bool tenant);
};

} // namespace sspr::checks
