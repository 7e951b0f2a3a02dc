#include "core/runtime/ProbeSetup.h"

#include "core/demo/DemoTlsEndpoint.h"
#include "core/demo/ScenarioLoader.h"
#include "core/probes/ProbeRunner.h"
#include "core/probes/ProbeTargets.h"

namespace sspr::runtime {

std::unique_ptr<probes::ProbeRunner> ProbeSetup::create(
    const AppOptions &options, QNetworkAccessManager *network)
{
    if (options.noProbes)
        return nullptr;
    auto runner = std::make_unique<probes::ProbeRunner>(network);
    probes::ProbeConfig config;
    if (!options.cloudKey.isEmpty())
        config.cloudKey = options.cloudKey;
    for (const QString &text : options.probeTargets) {
        if (const auto target = probes::ProbeTargets::parse(text))
            config.targets << *target; // AppOptions already refused malformed ones
    }
    config.clockUrl = options.clockUrl;
    config.timeoutMs = qBound(1000, options.timeoutSeconds * 1000, 30000);
    runner->setConfig(config);
    return runner;
}

bool ProbeSetup::startDemo(const AppOptions &options, probes::ProbeRunner *runner,
    demo::DemoTlsEndpoint *endpoint, QString *error)
{
    if (!runner || !endpoint)
        return true;
    const demo::ScenarioLoader::Result loaded = demo::ScenarioLoader::load(options.scenario);
    if (const auto *problem = std::get_if<QString>(&loaded)) {
        if (error)
            *error = *problem;
        return false;
    }
    const demo::NetworkBehavior behavior = std::get<demo::Scenario>(loaded).network;
    if (!endpoint->start(behavior)) {
        if (error)
            *error = tr("Cannot start the demo TLS endpoint on 127.0.0.1: %1")
                         .arg(endpoint->errorString());
        return false;
    }
    probes::ProbeConfig config = runner->config();
    const QString loopback = QStringLiteral("127.0.0.1");
    if (options.probeTargets.isEmpty()) {
        config.targets = probes::ProbeRunner::defaultTargets(config.cloudKey);
        config.connectAddress = loopback;
        for (probes::ProbeTarget &target : config.targets) {
            const bool blocked = behavior.blockedHosts.contains(target.host.toLower());
            target.port = blocked ? endpoint->refusedPort() : endpoint->port();
        }
    }
    if (!options.clockUrl.isValid())
        config.clockUrl
            = QUrl(QStringLiteral("https://%1:%2/").arg(loopback).arg(endpoint->port()));
    config.extraTrustedRoots = { demo::DemoTlsEndpoint::demoRoot() };
    // The demo root plays Microsoft's public CAs; the inspection chain's does not.
    config.trustedIssuerOrganizations = { demo::DemoTlsEndpoint::demoOrganization() };
    runner->setConfig(config);
    return true;
}

} // namespace sspr::runtime
