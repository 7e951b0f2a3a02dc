#pragma once

#include "core/demo/AuthorityOptions.h"
#include "core/demo/Fault.h"
#include "core/demo/SecretKind.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace sspr::demo {

// The built-in demo tenant and the tests' fake Microsoft: plays Microsoft Graph from a
// scenario JSON file (resources/scenarios/<name>.json, or a path) on 127.0.0.1, random port,
// over real HTTP (QAbstractHttpServer). Serves $batch, @odata.nextLink paging and the
// injected faults of the scenario plus any added at run time. Runs on its own thread, so
// injected latency never blocks the caller's event loop.
class ScenarioServer : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(ScenarioServer)

public:
    explicit ScenarioServer(QObject *parent = nullptr);
    ~ScenarioServer() override;

    // Built-in scenario names ("healthy", "not-registered", ...), sorted.
    static QStringList builtInScenarios();

    // Loads a built-in scenario by name or a scenario file by path. On failure returns a
    // message naming the file and what is wrong, and keeps the previous scenario.
    std::optional<QString> loadScenario(const QString &nameOrPath);
    QString scenarioName() const;
    QString scenarioDescription() const;
    // The scenario's affected user (UPN) and signed-in admin, for the demo's inputs.
    QString demoUserPrincipalName() const;
    QString demoAdminPrincipalName() const;
    QString demoAdminDisplayName() const;
    QString demoTenantId() const;

    // Listens on 127.0.0.1 with a random port. False (and errorString) when it cannot.
    bool start();
    void stop();
    QString errorString() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl graphBaseUrl() const; // http://127.0.0.1:PORT/v1.0

    // Run-time faults, applied before the scenario's own (thread-safe).
    void addFault(const Fault &fault);
    void clearFaults();

    // The identity platform side (authority endpoints under baseUrl()), thread-safe.
    void setAuthorityOptions(const AuthorityOptions &options);
    AuthorityOptions authorityOptions() const;
    QUrl authorityUrl() const; // == baseUrl(): clients append /{tenant}/oauth2/v2.0/...
    void revokeAccessTokens(); // every access token issued so far now gets 401 from Graph
    void revokeRefreshTokens(); // refresh grants now fail with invalid_grant (AADSTS70008 shape)
    int tokenRequestCount(const QString &grantType) const; // per grant_type received
    // Every secret the authority issued or received so far (codes, verifiers, access, refresh
    // and id tokens, device codes), each once: what the tests scan files and logs for.
    QStringList secretsSeen() const;
    QStringList secretsSeen(SecretKind kind) const;

    // What arrived, for assertions and the benchmark (thread-safe).
    // Graph's side only: the authority endpoints are counted by tokenRequestCount().
    int httpRequestCount() const; // HTTP requests received (round trips)
    QStringList requestLog() const; // "POST /v1.0/$batch", "GET /v1.0/me?$select=id"; no headers
    QStringList batchItemLog() const; // "GET /users/x" for every item inside a $batch
    void resetLogs();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::demo
