#pragma once

#include "core/probes/ProbeEvidence.h"

#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace sspr::probes {

struct ProbeTarget {
    QString host;
    quint16 port = 443;
    QString purpose;
};

// What to probe. Defaults come from the cloud (ProbeRunner::defaultTargets); tests point
// every target at 127.0.0.1.
struct ProbeConfig {
    QString cloudKey = QStringLiteral("global");
    QList<ProbeTarget> targets;
    QUrl clockUrl; // an https (or loopback http) URL whose reply's Date header is read
    int timeoutMs = 8000; // per step (DNS, TCP, TLS, clock request)
    bool runOsProbe = true; // Windows only; ignored elsewhere
    QList<QSslCertificate> extraTrustedRoots; // tests: none; empty in the product
    // The issuer organizations (O=) of Microsoft's public TLS chains; any other issuer in a
    // presented chain means TLS inspection. Tests and the demo put their own CA's here.
    QStringList trustedIssuerOrganizations = microsoftIssuerOrganizations();
    int eventLookbackDays = 7; // Windows: how far back the AAD operational log is read
    // Demo mode: every target connects to this IP address instead of resolving its host, and
    // the certificate is verified for the address. Empty in the product.
    QString connectAddress;
    // DefaultProxy: ask the system (QNetworkProxyFactory::systemProxyForQuery) per host; tests
    // set an explicit proxy on 127.0.0.1.
    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::DefaultProxy);

    static QStringList microsoftIssuerOrganizations();
};

// Runs every local probe concurrently, with a timeout per step, and reports once. No sign-in
// needed; runs beside the Graph waves.
class ProbeRunner : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(ProbeRunner)

public:
    explicit ProbeRunner(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ProbeRunner() override;

    static QList<ProbeTarget> defaultTargets(const QString &cloudKey);
    static QUrl defaultClockUrl(const QString &cloudKey);

    void setConfig(const ProbeConfig &config);
    ProbeConfig config() const;

    void start();
    void cancel(); // unfinished probes end with error "cancelled"
    bool isRunning() const;
    ProbeEvidence evidence() const;

Q_SIGNALS:
    void finished(const sspr::probes::ProbeEvidence &evidence);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::probes
