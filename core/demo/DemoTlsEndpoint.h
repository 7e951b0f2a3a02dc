#pragma once

#include "core/demo/NetworkBehavior.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <memory>

class QSslServer;

namespace sspr::demo {

// The demo's stand-in for Microsoft's HTTPS hosts, for the local probes: TLS on 127.0.0.1
// with the committed demo chain (or the "inspection proxy" chain when the scenario asks for
// interception), answering any HTTP request with an empty reply whose Date header carries
// the scenario's clock skew. Blocked hosts are sent to a port nobody listens on.
class DemoTlsEndpoint : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(DemoTlsEndpoint)

public:
    explicit DemoTlsEndpoint(QObject *parent = nullptr);
    ~DemoTlsEndpoint() override;

    bool start(const NetworkBehavior &behavior); // false and errorString() when it cannot
    void stop();
    QString errorString() const;
    quint16 port() const; // the TLS port
    quint16 refusedPort() const; // a loopback port that refuses connections
    NetworkBehavior behavior() const;

    // The demo root CA: what the probes trust in demo mode, and the organization its
    // certificates name (counted as Microsoft's in demo mode).
    static QSslCertificate demoRoot();
    static QString demoOrganization() { return QStringLiteral("Contoso Demo"); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sspr::demo
