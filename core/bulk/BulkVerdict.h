#pragma once

#include "core/bulk/TenantFacts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sspr::bulk {

// Whether a user is synced from on-premises, when the verdict needed to know.
enum class SyncState {
    NotChecked, // not needed for this user (the tenant is cloud-only, or writeback is on)
    CloudOnly,
    Synced,
    Unknown, // needed, but the /users lookup failed or did not return the user
};

// One user's SSPR verdict from their userRegistrationDetails record.
struct Verdict {
    QString code; // stable: "ok", "not-registered", ... (the CSV's verdict column)
    checks::Status severity = checks::Status::Pass; // Fail: the user would fail SSPR
    QString text; // translated sentence
    QString action; // translated: what to do

    bool failing() const { return severity == checks::Status::Fail; }
    // The scan could not decide for this user (record-incomplete, sync-unknown, not-in-report,
    // and writeback-unconfirmed: whether the reset can be written back is unknown until the
    // admin answers writeback=yes|no), so "nobody would fail" cannot be claimed.
    bool undetermined() const
    {
        return severity == checks::Status::Error || severity == checks::Status::Warning;
    }
};

// Pure: the record, the tenant facts and the sync state in, the verdict out. The first rule
// that fails decides, in the order an admin would fix them (scope before registration).
class BulkVerdict {
    Q_DECLARE_TR_FUNCTIONS(BulkVerdict)

public:
    static Verdict judge(const QJsonObject &record, const TenantFacts &facts, SyncState sync);
    // Judged without the sync state; true when it passed every rule that does not need it and
    // the tenant facts make the sync state matter (so /users must be asked).
    static bool needsSyncState(const QJsonObject &record, const TenantFacts &facts);
    // The verdict for a group member whose record the report does not have (404).
    static Verdict notInReport();
    static QString syncText(SyncState sync); // the CSV's synced column
};

} // namespace sspr::bulk
