#include "core/runtime/RuntimeEnvironment.h"

#include "core/auth/StaticTokenProvider.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace sspr::runtime {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(RuntimeEnvironment)
};

// The demo admin holds every delegated scope the catalog's checks ask for (CHECKS.md).
const QStringList kDemoScopes {
    QStringLiteral("User.Read"),
    QStringLiteral("User.Read.All"),
    QStringLiteral("AuditLog.Read.All"),
    QStringLiteral("Directory.Read.All"),
    QStringLiteral("ServiceHealth.Read.All"),
    QStringLiteral("UserAuthenticationMethod.Read.All"),
    QStringLiteral("Policy.Read.All"),
    QStringLiteral("Policy.Read.AuthenticationMethod"),
    QStringLiteral("LicenseAssignment.Read.All"),
    QStringLiteral("OnPremDirectorySynchronization.Read.All"),
};
} // namespace

struct RuntimeEnvironment::Private {
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<demo::ScenarioServer> server;
    std::unique_ptr<auth::TokenProvider> tokens;
    std::unique_ptr<graph::GraphClient> graph;
    QString source;
    QString defaultUser;
    bool graphOverride = false; // --graph given: never repoint Graph at the demo tenant
    bool serverStarted = false;
};

RuntimeEnvironment::RuntimeEnvironment()
    : d(std::make_unique<Private>())
{
}

RuntimeEnvironment::~RuntimeEnvironment()
{
    // The client's jobs reference the network manager and the token provider.
    d->graph.reset();
    d->tokens.reset();
    d->server.reset();
}

std::unique_ptr<RuntimeEnvironment> RuntimeEnvironment::create(
    const AppOptions &options, QString *error, DemoStart start)
{
    std::unique_ptr<RuntimeEnvironment> env(new RuntimeEnvironment);
    env->d->network = std::make_unique<QNetworkAccessManager>();
    QUrl graphRoot = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"));

    if (options.demo) {
        auto server = std::make_unique<demo::ScenarioServer>();
        if (const auto problem = server->loadScenario(options.scenario)) {
            if (error)
                *error = Text::tr("Cannot load the demo scenario: %1").arg(*problem);
            return nullptr;
        }
        auth::AccountInfo admin;
        admin.displayName = server->demoAdminDisplayName();
        admin.userPrincipalName = server->demoAdminPrincipalName();
        admin.tenantId = server->demoTenantId();
        env->d->tokens = std::make_unique<auth::StaticTokenProvider>(admin, kDemoScopes);
        env->d->source = QStringLiteral("demo:") + server->scenarioName();
        env->d->defaultUser = server->demoUserPrincipalName();
        env->d->server = std::move(server);
    }
    if (options.graphUrl.isValid())
        graphRoot = options.graphUrl;
    if (env->d->source.isEmpty())
        env->d->source = graphRoot.host();

    env->d->graph
        = std::make_unique<graph::GraphClient>(env->d->network.get(), env->d->tokens.get());
    // In demo mode Graph has no address until the demo tenant listens: a request made before
    // then fails instead of reaching Microsoft with a demo token.
    env->d->graph->setBaseUrl(env->d->server && !options.graphUrl.isValid() ? QUrl() : graphRoot);
    env->d->graph->setTimeout(std::chrono::seconds(options.timeoutSeconds));
    env->d->graphOverride = options.graphUrl.isValid();
    if (env->d->server && start == DemoStart::Now && !env->startDemoTenant(error))
        return nullptr;
    return env;
}

bool RuntimeEnvironment::startDemoTenant(QString *error)
{
    if (!d->server || d->serverStarted)
        return true;
    if (!d->server->start()) {
        if (error)
            *error = Text::tr("Cannot start the demo tenant on 127.0.0.1: %1")
                         .arg(d->server->errorString());
        return false;
    }
    d->serverStarted = true;
    if (!d->graphOverride)
        d->graph->setBaseUrl(d->server->graphBaseUrl());
    return true;
}

QNetworkAccessManager *RuntimeEnvironment::network() const
{
    return d->network.get();
}

graph::GraphClient *RuntimeEnvironment::graph() const
{
    return d->tokens ? d->graph.get() : nullptr;
}

auth::TokenProvider *RuntimeEnvironment::tokens() const
{
    return d->tokens.get();
}

demo::ScenarioServer *RuntimeEnvironment::demoServer() const
{
    return d->server.get();
}

bool RuntimeEnvironment::isDemo() const
{
    return d->server != nullptr;
}

QString RuntimeEnvironment::sourceLabel() const
{
    return d->source;
}

QString RuntimeEnvironment::defaultUserKey() const
{
    return d->defaultUser;
}

} // namespace sspr::runtime
