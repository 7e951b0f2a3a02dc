#pragma once

#include "core/bulk/BulkOptions.h"
#include "core/bulk/BulkResumeState.h"
#include "core/bulk/TenantFacts.h"
#include "core/checks/CheckContext.h"

#include <QObject>
#include <memory>

namespace sspr::graph {
class GraphClient;
}

namespace sspr::bulk {

// The tenant-wide scan: the tenant checks once, then userRegistrationDetails (or a group's
// transitive user members) ONE page at a time. Each page's users are judged, looked up in
// /users only when their sync state matters, written to the CSV and flushed; then the resume
// sidecar is rewritten. Nothing of an earlier page is kept, so memory does not grow with the
// number of users.
class BulkScanner : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(BulkScanner)

public:
    enum class Outcome {
        Running,
        Finished, // every page written; the sidecar is deleted
        Failed, // a page failed after the client's retries, or a file error: resumable
        Interrupted, // requestStop(): stopped after a complete page, resumable
        Refused, // --resume does not fit (no or damaged sidecar, other filters or tenant)
    };

    BulkScanner(graph::GraphClient *graph, const BulkOptions &options, QObject *parent = nullptr);
    ~BulkScanner() override;

    // ctx: signedIn, grantedScopes, cloudKey, now (the tenant checks read them).
    void start(const checks::CheckContext &ctx);
    void requestStop(); // finish the current page, save the state, then stop

    Outcome outcome() const;
    QString message() const; // why it failed or was refused; empty otherwise
    const BulkResumeState &state() const; // counters of the whole scan (resumed included)
    const TenantAssessment &tenant() const;
    qint64 total() const; // users in the scan when Graph said (@odata.count), else -1

Q_SIGNALS:
    void tenantAssessed();
    void pageWritten(qint64 pages, qint64 usersScanned);
    void finished(sspr::bulk::BulkScanner::Outcome outcome);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::bulk
