#pragma once

#include "core/checks/Finding.h"
#include "core/playbook/ParsedError.h"
#include "core/report/Session.h"

#include <QObject>
#include <memory>

namespace sspr::graph {
class GraphClient;
}
namespace sspr::auth {
class TokenProvider;
}
namespace sspr::probes {
class ProbeRunner;
}

namespace sspr::checks {
struct Finding;
}

namespace sspr::playbook {

// What a person gave us to start a diagnosis.
struct DiagnosisInput {
    QString errorText; // pasted error, may be empty
    QString userKey; // UPN or object id of the affected user (empty in self mode: /me)
    bool selfMode = false;
    QString source; // for the report: "demo:healthy", "graph.microsoft.com"
    QHash<QString, QString> answers; // guided question id -> choice key or text
    int lookbackDays = 7; // audit and sign-in window
    QString cloudKey = QStringLiteral("global"); // auth::Clouds key
};

// One run from input to Session: parses the error, picks the playbook, runs its checks
// through CheckRunner and fills the Session. The wizard and --headless both use it.
class Diagnosis : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(Diagnosis)

public:
    Diagnosis(graph::GraphClient *graph, auth::TokenProvider *tokens, QObject *parent = nullptr);
    ~Diagnosis() override;

    // The local probes (not owned), started with the Graph checks when the playbook has a
    // check that needs them; without it those checks come out skipped.
    void setProbeRunner(probes::ProbeRunner *probes);

    // The checks the playbook for `errorText` will run, in order (ids and titles).
    static QList<QPair<QString, QString>> plannedChecks(const QString &errorText);
    // The same for a text already parsed, so a caller showing both parses it once.
    static QList<QPair<QString, QString>> plannedChecks(const ParsedError &parsed);
    // With answers: answer rules reorder the checks and answered questions run as findings.
    // Without, guided-question checks are not planned (unanswered questions do not run).
    static QList<QPair<QString, QString>> plannedChecks(
        const ParsedError &parsed, const QHash<QString, QString> &answers);

    void start(const DiagnosisInput &input);
    // Runs one check again with the inputs of the last start() and updates the session (the
    // finding replaced, the root cause ranked again); emits checkFinished and finished.
    // Ignored while a run is in progress or before any start().
    void rerun(const QString &checkId);
    void cancel();
    bool isRunning() const;
    report::Session session() const;

Q_SIGNALS:
    void checkStarted(const QString &checkId);
    void checkFinished(const sspr::checks::Finding &finding);
    void finished(const sspr::report::Session &session);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::playbook
