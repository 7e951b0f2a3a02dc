#pragma once

#include "core/checks/Check.h"

#include <QCoreApplication>

namespace sspr::checks {

// client.network: can this PC reach the cloud's sign-in, password reset and Graph hosts
// (DNS, TCP 443, TLS) and does it see Microsoft's own certificates? A blocked host, a failed
// handshake or a proxy asking for credentials breaks the reset pages; a re-signed chain (TLS
// inspection) often breaks them in odd ways.
class NetworkCheck : public Check {
    Q_DECLARE_TR_FUNCTIONS(NetworkCheck)

public:
    static QString checkId() { return QStringLiteral("client.network"); }

    QString id() const override { return checkId(); }
    QString title() const override;
    QList<graph::GraphRequest> requests(const CheckContext &) const override { return {}; }
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override;
    bool needsProbes() const override { return true; }

    enum class HostVerdict { Pass, ProxyAuth, Unresolved, Unreachable, TlsFailed, Intercepted };
    static HostVerdict judge(const probes::HostProbe &host);

private:
    static QString hostLine(const probes::HostProbe &host);
    static EvidenceItem evidenceFor(const probes::HostProbe &host);
};

} // namespace sspr::checks
