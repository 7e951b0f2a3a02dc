#pragma once

#include "core/runtime/AppOptions.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace sspr::auth {
class SignIn;
class TokenProvider;
} // namespace sspr::auth
namespace sspr::graph {
class GraphClient;
}
namespace sspr::demo {
class ScenarioServer;
}
namespace sspr::trace {
class HttpTrace;
}
namespace sspr::probes {
class ProbeRunner;
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
    // Starts the demo tenant's server, points Graph at it and starts the demo sign-in (the
    // demo browser completes it; SignIn::signedIn follows) (idempotent). Creating the
    // HTTP server initialises TLS support, which is the costliest part of start-up and not
    // needed for the first page, hence DemoStart::Later for the wizard.
    bool startDemoTenant(QString *error);
    ~RuntimeEnvironment() override;

    QNetworkAccessManager *network() const;
    graph::GraphClient *graph() const;
    // The sign-in as Graph's token provider; isSignedIn() false until someone signed in
    // (checks that need Graph skip).
    auth::TokenProvider *tokens() const;
    // The MSAL-compatible sign-in: a real tenant's (settings + command line, OS keychain) or
    // the demo tenant's (its authority on 127.0.0.1, signed in once the tenant started).
    auth::SignIn *signIn() const;
    demo::ScenarioServer *demoServer() const; // nullptr outside demo mode
    // The local probes configured from the command line (in demo mode aimed at the demo TLS
    // endpoint once the tenant started); nullptr with --no-probes.
    probes::ProbeRunner *probes() const;
    // The run's redacted HTTP trace: Graph (and the sign-in) record into it; exported as HAR.
    trace::HttpTrace *trace() const;
    bool isDemo() const;
    QString sourceLabel() const; // "demo:healthy" or the Graph host
    QString defaultUserKey() const; // the demo scenario's affected user, else empty

private:
    RuntimeEnvironment();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::runtime
