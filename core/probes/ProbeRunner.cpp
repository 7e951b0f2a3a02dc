#include "core/probes/ProbeRunner.h"

#include "core/probes/ClockProber.h"
#include "core/probes/HostProber.h"
#include "core/probes/OsProber.h"
#include "core/probes/ProbeTargets.h"

#include <QLoggingCategory>
#include <QPointer>
#include <functional>

namespace sspr::probes {

Q_LOGGING_CATEGORY(lcProbes, "sspr.probes")

struct ProbeRunner::Private {
    ProbeRunner *q = nullptr;
    QNetworkAccessManager *network = nullptr;
    ProbeConfig config;
    ProbeEvidence evidence;
    QList<QPointer<HostProber>> hosts;
    QPointer<ClockProber> clock;
    QPointer<OsProber> os;
    bool running = false;
    bool starting = false; // inside start(): hold back finished() until start() returned
    quint64 generation = 0;

    void clear();
    void collect();
    void finishIfDone();
};

// deleteLater, never delete: clear() runs from start() and the destructor, which a slot of
// finished() may call while the last prober is still inside its own finished() emission.
void ProbeRunner::Private::clear()
{
    const auto dispose = [this](QObject *prober, const std::function<void()> &cancel) {
        if (!prober)
            return;
        QObject::disconnect(prober, nullptr, q, nullptr); // its late reports reach nobody
        cancel(); // stops its sockets, lookups and timers now
        prober->setParent(nullptr); // the runner's own destruction would delete it at once
        prober->deleteLater();
    };
    for (const QPointer<HostProber> &host : std::as_const(hosts))
        dispose(host, [host] { host->cancel(); });
    hosts.clear();
    dispose(clock, [this] { clock->cancel(); });
    dispose(os, [this] { os->cancel(); });
    clock.clear();
    os.clear();
}

// Copies every prober's result into the evidence, in target order.
void ProbeRunner::Private::collect()
{
    evidence.hosts.clear();
    for (const QPointer<HostProber> &host : std::as_const(hosts)) {
        if (host)
            evidence.hosts << host->result();
    }
    if (clock)
        evidence.clock = clock->result();
    if (os)
        evidence.os = os->result();
}

void ProbeRunner::Private::finishIfDone()
{
    if (!running || starting)
        return;
    for (const QPointer<HostProber> &host : std::as_const(hosts)) {
        if (host && !host->isDone())
            return;
    }
    if ((clock && !clock->isDone()) || (os && !os->isDone()))
        return;
    collect();
    running = false;
    qCDebug(lcProbes) << "probes finished:" << evidence.hosts.size() << "host(s)";
    Q_EMIT q->finished(evidence);
}

ProbeRunner::ProbeRunner(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->network = network;
}

ProbeRunner::~ProbeRunner()
{
    d->running = false;
    d->clear();
}

QStringList ProbeConfig::microsoftIssuerOrganizations()
{
    // "Azure Certificate Authority details" (learn.microsoft.com/azure/security/fundamentals/
    // azure-ca-details): Entra and Graph endpoints present leaves from the Microsoft Azure
    // RSA/ECC TLS Issuing CAs (O=Microsoft Corporation) under DigiCert Global Root G2/G3 or
    // Microsoft RSA/ECC Root CA 2017, and DigiCert subordinates (O=DigiCert Inc, 21Vianet
    // too); the page also lists Entrust Root Certification Authority G2 as a root.
    return { QStringLiteral("Microsoft Corporation"), QStringLiteral("DigiCert Inc"),
        QStringLiteral("Entrust, Inc.") };
}

QList<ProbeTarget> ProbeRunner::defaultTargets(const QString &cloudKey)
{
    return ProbeTargets::forCloud(cloudKey);
}

QUrl ProbeRunner::defaultClockUrl(const QString &cloudKey)
{
    return ProbeTargets::clockUrl(cloudKey);
}

void ProbeRunner::setConfig(const ProbeConfig &config)
{
    d->config = config;
}

ProbeConfig ProbeRunner::config() const
{
    return d->config;
}

void ProbeRunner::start()
{
    if (d->running)
        cancel();
    d->clear();
    const quint64 run = ++d->generation;
    ProbeConfig config = d->config;
    if (config.targets.isEmpty())
        config.targets = defaultTargets(config.cloudKey);
    if (!config.clockUrl.isValid())
        config.clockUrl = defaultClockUrl(config.cloudKey);
    if (config.timeoutMs <= 0)
        config.timeoutMs = 8000;

    d->evidence = {};
    d->evidence.ran = true;
    d->evidence.cloudKey = config.cloudKey;
    d->evidence.startedAt = QDateTime::currentDateTimeUtc();
    d->running = true;
    d->starting = true;
    const auto onDone = [this, run] {
        if (d->generation == run)
            d->finishIfDone();
    };
    for (const ProbeTarget &target : std::as_const(config.targets)) {
        auto *host = new HostProber(target, config, this);
        connect(host, &HostProber::finished, this, onDone);
        d->hosts << host;
    }
    d->clock = new ClockProber(d->network, config, this);
    connect(d->clock, &ClockProber::finished, this, onDone);
    if (config.runOsProbe) {
        d->os = new OsProber(config, this);
        connect(d->os, &OsProber::finished, this, onDone);
    }
    qCDebug(lcProbes) << "probing" << config.targets.size() << "host(s), clock"
                      << config.clockUrl.toString();
    // Every prober starts now, concurrently; none blocks (lookups, sockets and processes
    // are all asynchronous), and each reports through its finished signal.
    for (const QPointer<HostProber> &host : std::as_const(d->hosts))
        host->start();
    d->clock->start();
    if (d->os)
        d->os->start();
    d->starting = false;
    // Probers that ended inside start() (no TLS support, not Windows) are collected on the
    // next turn of the event loop, so finished() never fires from within start().
    QMetaObject::invokeMethod(this, onDone, Qt::QueuedConnection);
}

void ProbeRunner::cancel()
{
    if (!d->running)
        return;
    ++d->generation; // late reports of this run are ignored
    d->evidence.cancelled = true;
    for (const QPointer<HostProber> &host : std::as_const(d->hosts)) {
        if (host)
            host->cancel();
    }
    if (d->clock)
        d->clock->cancel();
    if (d->os)
        d->os->cancel();
    d->collect();
    d->running = false;
    Q_EMIT finished(d->evidence);
}

bool ProbeRunner::isRunning() const
{
    return d->running;
}

ProbeEvidence ProbeRunner::evidence() const
{
    return d->evidence;
}

} // namespace sspr::probes
