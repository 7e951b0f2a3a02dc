#pragma once

#include "core/runtime/AppOptions.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace sspr::auth {
class TokenProvider;
}
namespace sspr::graph {
class GraphClient;
}
namespace sspr::demo {
class ScenarioServer;
}

namespace sspr::runtime {

// What a run talks to: the one QNetworkAccessManager, the GraphClient, the sign-in, and in
// demo mode the scenario server on 127.0.0.1 that plays Microsoft. Shared by the wizard and
// the headless mode so both exercise the same paths.
class RuntimeEnvironment : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(RuntimeEnvironment)

public:
    enum class DemoStart {
        Now, // the demo tenant listens before create() returns (headless, tests)
        Later, // the caller calls startDemoTenant() once its window has painted
    };

    // Returns nullptr and a message when the demo scenario cannot be loaded or served.
    static std::unique_ptr<RuntimeEnvironment> create(
        const AppOptions &options, QString *error, DemoStart start = DemoStart::Now);
    // Starts the demo tenant's server and points Graph at it (idempotent). Creating the
    // HTTP server initialises TLS support, which is the costliest part of start-up and not
    // needed for the first page, hence DemoStart::Later for the wizard.
    bool startDemoTenant(QString *error);
    ~RuntimeEnvironment() override;

    QNetworkAccessManager *network() const;
    graph::GraphClient *graph() const;
    // nullptr when nobody is signed in (real tenants until sign-in exists: checks skip).
    auth::TokenProvider *tokens() const;
    demo::ScenarioServer *demoServer() const; // nullptr outside demo mode
    bool isDemo() const;
    QString sourceLabel() const; // "demo:healthy" or the Graph host
    QString defaultUserKey() const; // the demo scenario's affected user, else empty

private:
    RuntimeEnvironment();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::runtime
