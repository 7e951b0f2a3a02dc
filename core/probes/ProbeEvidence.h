#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::probes {

// One certificate of a presented chain, as read (no private data).
struct CertificateInfo {
    QString subject; // CN (or the full subject when there is no CN)
    QString issuer;
    QString organization; // O= of the subject
    QDateTime notAfter;
    QString issuerOrganization; // O= of the issuer: what the "Microsoft chain" rule reads
};

// DNS, TCP 443 and TLS to one host, in that order; later steps are absent when an earlier
// one failed. Times in milliseconds, -1 when the step did not run.
struct HostProbe {
    QString host;
    quint16 port = 443;
    QString purpose; // "sign-in", "password reset", "Graph", "Windows reset link", ...
    QString proxy; // "direct" or "http://proxy:8080" as the system proxy answered
    bool proxyNeedsAuth = false;

    bool resolved = false;
    QStringList addresses;
    QString dnsError;
    qint64 dnsMs = -1;

    bool connected = false;
    QString connectError;
    qint64 connectMs = -1;

    bool tlsHandshake = false;
    QString tlsError; // handshake or verification errors, joined
    qint64 tlsMs = -1;
    QList<CertificateInfo> chain; // leaf first
    bool chainTrusted = false; // verified against the system's trust store
    bool microsoftChain = false; // leaf and issuers are Microsoft's public CAs: no interception
};

// The skew between this PC's clock and the Date header of a Microsoft reply.
struct ClockProbe {
    QString host;
    bool measured = false;
    QString error;
    QDateTime serverDate; // UTC, from the Date header (second precision)
    QDateTime localDate; // UTC, this PC's clock at receipt
    qint64 skewSeconds = 0; // local - server
};

// Windows only: device join state and recent AAD operational log errors.
struct OsProbe {
    bool applicable = false; // false on anything but Windows
    bool ran = false;
    QString error;
    QList<QPair<QString, QString>> joinState; // dsregcmd /status fields: AzureAdJoined, ...
    QStringList recentErrors; // AAD/Operational events naming SSPR or password change
};

struct ProbeEvidence {
    bool ran = false; // false: probes were not run (the finding says why)
    QString notRunReason; // translated, when ran is false: "turned off with --no-probes", ...
    bool cancelled = false; // cancel() ended the run: unfinished steps say "cancelled"
    QString cloudKey;
    QDateTime startedAt;
    QList<HostProbe> hosts;
    std::optional<ClockProbe> clock;
    std::optional<OsProbe> os;
};

} // namespace sspr::probes
