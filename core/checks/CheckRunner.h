#pragma once

#include "core/checks/Check.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

namespace sspr::graph {
class GraphClient;
class GraphBatchJob;
} // namespace sspr::graph
namespace sspr::probes {
class ProbeRunner;
}

namespace sspr::checks {

// Runs checks: gathers the Graph requests of every selected check, removes duplicates,
// sends them in at most two $batch waves (wave 1: everything not needing the user's object
// id, including the "user" lookup; wave 2: the {userId} requests), then evaluates each
// check on the evidence. Emits progress per check. Without a GraphClient (not signed in)
// checks with Graph requests are evaluated with no evidence and come out skipped.
// When a selected check needsProbes(), the probe runner starts with wave 1 and those checks
// are evaluated when it reports. A request whose scope the sign-in was not granted is not
// sent: it gets a synthetic Forbidden reply naming the scope.
class CheckRunner : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(CheckRunner)

public:
    CheckRunner(graph::GraphClient *graph, QObject *parent = nullptr);
    ~CheckRunner() override;

    // The local probes (not owned). Without one, checks that need probes come out skipped.
    void setProbeRunner(probes::ProbeRunner *probes);

    // Takes ownership of the checks. Starts asynchronously; progress through the signals.
    void start(std::vector<std::unique_ptr<Check>> checks, const CheckContext &context,
        const Evidence &given = {});
    void cancel(); // cancels in-flight requests; unfinished checks end as Error "cancelled"
    bool isRunning() const;
    QList<Finding> findings() const; // in the order of the checks given
    CheckContext context() const; // with userObjectId filled once resolved
    int waves() const; // $batch waves used by the last run

Q_SIGNALS:
    void checkStarted(const QString &checkId);
    void checkFinished(const sspr::checks::Finding &finding);
    void finished(const QList<sspr::checks::Finding> &findings);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::checks
