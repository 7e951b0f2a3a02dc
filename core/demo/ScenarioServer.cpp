#include "core/demo/ScenarioServer.h"

#include "core/demo/ScenarioLoader.h"
#include "core/demo/ServerState.h"
#include "core/demo/ServerThread.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace sspr::demo {

struct ScenarioServer::Private {
    ServerState state;
    std::unique_ptr<ServerThread> thread;
    std::shared_ptr<const Scenario> scenario;
    QString errorString;
    quint16 port = 0;
};

ScenarioServer::ScenarioServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

ScenarioServer::~ScenarioServer()
{
    stop();
}

QStringList ScenarioServer::builtInScenarios()
{
    return ScenarioLoader::builtInNames();
}

std::optional<QString> ScenarioServer::loadScenario(const QString &nameOrPath)
{
    ScenarioLoader::Result result = ScenarioLoader::load(nameOrPath);
    if (auto *message = std::get_if<QString>(&result)) {
        qCWarning(lcDemo).noquote() << "scenario not loaded:" << *message;
        return *message;
    }
    auto scenario = std::make_shared<const Scenario>(std::move(std::get<Scenario>(result)));
    d->scenario = scenario;
    d->state.scenarioFaults.reset(scenario->faults);
    d->state.setScenario(scenario);
    qCDebug(lcDemo).noquote() << "scenario loaded:" << scenario->name;
    return std::nullopt;
}

QString ScenarioServer::scenarioName() const
{
    return d->scenario ? d->scenario->name : QString();
}

QString ScenarioServer::scenarioDescription() const
{
    return d->scenario ? d->scenario->description : QString();
}

QString ScenarioServer::demoUserPrincipalName() const
{
    return d->scenario ? d->scenario->userPrincipalName(d->scenario->affectedUserId) : QString();
}

QString ScenarioServer::demoAdminPrincipalName() const
{
    return d->scenario ? d->scenario->userPrincipalName(d->scenario->signedInUserId) : QString();
}

QString ScenarioServer::demoAdminDisplayName() const
{
    return d->scenario ? d->scenario->displayName(d->scenario->signedInUserId) : QString();
}

QString ScenarioServer::demoTenantId() const
{
    return d->scenario ? d->scenario->tenantId : QString();
}

bool ScenarioServer::start()
{
    if (d->thread && d->thread->isRunning())
        return true;
    // The embedded default: a server nobody configured plays the healthy tenant.
    if (!d->scenario) {
        if (const auto error = loadScenario(QStringLiteral("healthy"))) {
            d->errorString = *error;
            return false;
        }
    }
    d->thread = std::make_unique<ServerThread>(d->state);
    d->port = d->thread->startListening();
    if (d->port == 0) {
        d->errorString
            = tr("The demo server cannot listen on 127.0.0.1: %1").arg(d->thread->errorString());
        d->thread.reset();
        return false;
    }
    d->errorString.clear();
    qCDebug(lcDemo) << "demo Graph listening on port" << d->port;
    return true;
}

void ScenarioServer::stop()
{
    if (!d->thread)
        return;
    d->thread->stopListening();
    d->thread.reset();
    d->port = 0;
}

QString ScenarioServer::errorString() const
{
    return d->errorString;
}

QUrl ScenarioServer::baseUrl() const
{
    // The server thread publishes its URL before start() returns; it outlives a stop().
    return d->port == 0 ? QUrl() : d->state.baseUrl();
}

QUrl ScenarioServer::graphBaseUrl() const
{
    QUrl url = baseUrl();
    if (!url.isEmpty())
        url.setPath(QStringLiteral("/v1.0"));
    return url;
}

void ScenarioServer::addFault(const Fault &fault)
{
    d->state.runtimeFaults.add(fault);
}

void ScenarioServer::clearFaults()
{
    d->state.runtimeFaults.reset();
}

void ScenarioServer::setAuthorityOptions(const AuthorityOptions &options)
{
    d->state.authority.setOptions(options);
}

AuthorityOptions ScenarioServer::authorityOptions() const
{
    return d->state.authority.options();
}

QUrl ScenarioServer::authorityUrl() const
{
    return baseUrl();
}

void ScenarioServer::revokeAccessTokens()
{
    d->state.authority.revokeAccessTokens();
}

void ScenarioServer::revokeRefreshTokens()
{
    d->state.authority.revokeRefreshTokens();
}

int ScenarioServer::tokenRequestCount(const QString &grantType) const
{
    return d->state.authority.tokenRequestCount(grantType);
}

QStringList ScenarioServer::secretsSeen() const
{
    return d->state.authority.secretsSeen();
}

QStringList ScenarioServer::secretsSeen(SecretKind kind) const
{
    return d->state.authority.secretsSeen(kind);
}

int ScenarioServer::httpRequestCount() const
{
    return d->state.log.httpRequestCount();
}

QStringList ScenarioServer::requestLog() const
{
    return d->state.log.httpRequests();
}

QStringList ScenarioServer::batchItemLog() const
{
    return d->state.log.batchItems();
}

void ScenarioServer::resetLogs()
{
    d->state.log.reset();
}

} // namespace sspr::demo
