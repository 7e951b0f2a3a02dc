#include "core/runtime/RuntimeEnvironment.h"

#include "core/auth/Cloud.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/auth/MemorySecretStore.h"
#include "core/auth/SignIn.h"
#include "core/demo/DemoBrowser.h"
#include "core/demo/DemoTlsEndpoint.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"
#include "core/probes/ProbeRunner.h"
#include "core/runtime/AppSettings.h"
#include "core/runtime/ProbeSetup.h"
#include "core/runtime/ScopePlan.h"
#include "core/trace/HttpTrace.h"

#include <QCoreApplication>
#include <QDebug>
#include <QNetworkAccessManager>

namespace sspr::runtime {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(RuntimeEnvironment)
};

// Settings first, the command line over them (AppOptions: empty means "not given").
auth::AuthConfig realTenantConfig(const AppOptions &options, const AppSettings &settings)
{
    auth::AuthConfig config;
    config.cloudKey = options.cloudKey.isEmpty() ? settings.cloudKey() : options.cloudKey;
    if (!auth::Clouds::byKey(config.cloudKey))
        config.cloudKey = auth::Clouds::global().key;
    config.authority = options.authorityUrl;
    config.tenant = options.tenant.isEmpty() ? settings.tenant() : options.tenant;
    config.clientId = options.clientId.isEmpty() ? settings.clientId() : options.clientId;
    config.rememberSignIn = settings.rememberSignIn() && !options.noRemember;
    config.scopes = ScopePlan::forPersona(options.selfMode, options.errorText, config.cloudKey);
    return config;
}
} // namespace

struct RuntimeEnvironment::Private {
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<trace::HttpTrace> trace = std::make_unique<trace::HttpTrace>();
    std::unique_ptr<demo::ScenarioServer> server;
    std::unique_ptr<AppSettings> settings; // real tenants only: the demo leaves no trace
    std::unique_ptr<auth::SecretStore> store;
    std::unique_ptr<auth::SignIn> signIn;
    std::unique_ptr<demo::DemoBrowser> browser;
    std::unique_ptr<graph::GraphClient> graph;
    QString source;
    QString defaultUser;
    bool graphOverride = false; // --graph given: never repoint Graph at the demo tenant
    bool serverStarted = false;
    // Local probes (nullptr with --no-probes) and, in demo mode, the TLS endpoint they aim at.
    AppOptions probeOptions;
    std::unique_ptr<demo::DemoTlsEndpoint> demoTls;
    std::unique_ptr<probes::ProbeRunner> probes;
};

RuntimeEnvironment::RuntimeEnvironment()
    : d(std::make_unique<Private>())
{
}

RuntimeEnvironment::~RuntimeEnvironment()
{
    // The client's jobs reference the network manager and the token provider.
    d->graph.reset();
    d->browser.reset();
    d->signIn.reset();
    d->store.reset();
    d->server.reset();
}

std::unique_ptr<RuntimeEnvironment> RuntimeEnvironment::create(
    const AppOptions &options, QString *error, DemoStart start)
{
    std::unique_ptr<RuntimeEnvironment> env(new RuntimeEnvironment);
    Private *d = env->d.get();
    d->network = std::make_unique<QNetworkAccessManager>();
    d->probeOptions = options;
    d->probes = ProbeSetup::create(options, d->network.get());
    if (options.demo && d->probes)
        d->demoTls = std::make_unique<demo::DemoTlsEndpoint>();
    QUrl graphRoot = auth::Clouds::global().graphRoot;

    if (options.demo) {
        auto server = std::make_unique<demo::ScenarioServer>();
        if (const auto problem = server->loadScenario(options.scenario)) {
            if (error)
                *error = Text::tr("Cannot load the demo scenario: %1").arg(*problem);
            return nullptr;
        }
        // The demo signs in through the same code as a real tenant, against the scenario
        // server's authority; Graph there accepts only the tokens it issued.
        demo::AuthorityOptions authority = server->authorityOptions();
        authority.requireIssuedTokens = true;
        // Self mode keeps the scenario's signed-in account (tests/e2e: /me is the demo admin).
        server->setAuthorityOptions(authority);
        d->store = std::make_unique<auth::MemorySecretStore>();
        d->signIn = std::make_unique<auth::SignIn>(d->network.get(), d->store.get());
        auth::AuthConfig config;
        config.scopes = ScopePlan::forEveryPersona();
        config.interactiveTimeoutSeconds = 60;
        d->signIn->setConfig(config); // the authority URL follows once the server listens
        d->browser = std::make_unique<demo::DemoBrowser>(d->network.get());
        QObject::connect(d->signIn.get(), &auth::SignIn::openBrowser, d->browser.get(),
            &demo::DemoBrowser::open);
        d->source = QStringLiteral("demo:") + server->scenarioName();
        d->defaultUser = server->demoUserPrincipalName();
        d->server = std::move(server);
    } else {
        d->settings = std::make_unique<AppSettings>();
        d->store = std::make_unique<auth::KeychainSecretStore>();
        d->signIn = std::make_unique<auth::SignIn>(d->network.get(), d->store.get());
        const auth::AuthConfig config = realTenantConfig(options, *d->settings);
        d->signIn->setConfig(config);
        d->signIn->setLastAccount(d->settings->lastAccount());
        AppSettings *settings = d->settings.get();
        QObject::connect(d->signIn.get(), &auth::SignIn::lastAccountChanged, d->signIn.get(),
            [settings](const QString &account) {
                settings->setLastAccount(account);
                settings->sync();
            });
        graphRoot = auth::Clouds::byKey(config.cloudKey).value_or(auth::Clouds::global()).graphRoot;
    }
    d->signIn->setTrace(d->trace.get());
    if (options.graphUrl.isValid())
        graphRoot = options.graphUrl;
    if (d->source.isEmpty())
        d->source = graphRoot.host();

    d->graph = std::make_unique<graph::GraphClient>(d->network.get(), d->signIn.get());
    // In demo mode Graph has no address until the demo tenant listens: a request made before
    // then fails instead of reaching Microsoft with a demo token.
    d->graph->setBaseUrl(d->server && !options.graphUrl.isValid() ? QUrl() : graphRoot);
    d->graph->setTimeout(std::chrono::seconds(options.timeoutSeconds));
    d->graph->setTrace(d->trace.get());
    d->graphOverride = options.graphUrl.isValid();
    if (d->server && start == DemoStart::Now && !env->startDemoTenant(error))
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
    QString probeError;
    if (!ProbeSetup::startDemo(d->probeOptions, d->probes.get(), d->demoTls.get(), &probeError)) {
        // Never let demo probes reach the real Microsoft hosts: without the endpoint, no probes.
        qWarning().noquote() << probeError;
        d->probes.reset();
    }
    if (!d->graphOverride)
        d->graph->setBaseUrl(d->server->graphBaseUrl());
    auth::AuthConfig config = d->signIn->config();
    config.authority = d->server->authorityUrl();
    d->signIn->setConfig(config);
    d->signIn->signInInteractive(); // the demo browser completes it: signedIn follows
    return true;
}

probes::ProbeRunner *RuntimeEnvironment::probes() const
{
    // Demo mode: no probes until they are aimed at the demo endpoint (never at Microsoft).
    if (d->demoTls && d->demoTls->port() == 0)
        return nullptr;
    return d->probes.get();
}

QNetworkAccessManager *RuntimeEnvironment::network() const
{
    return d->network.get();
}

graph::GraphClient *RuntimeEnvironment::graph() const
{
    return d->graph.get();
}

auth::TokenProvider *RuntimeEnvironment::tokens() const
{
    return d->signIn.get();
}

auth::SignIn *RuntimeEnvironment::signIn() const
{
    return d->signIn.get();
}

trace::HttpTrace *RuntimeEnvironment::trace() const
{
    return d->trace.get();
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
