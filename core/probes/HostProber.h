#pragma once

#include "core/probes/ProbeEvidence.h"
#include "core/probes/ProbeRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace sspr::probes {

// One host: system proxy, DNS, TCP connect, TLS handshake, in that order, each bounded by
// the config's timeout. Nothing blocks: every step is a signal. Reports once through
// finished(); cancel() ends the running step as "cancelled" and reports at once.
class HostProber : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(HostProber)

public:
    HostProber(const ProbeTarget &target, const ProbeConfig &config, QObject *parent = nullptr);
    ~HostProber() override;

    void start();
    void cancel();
    bool isDone() const { return m_done; }
    HostProbe result() const { return m_result; }

    // The system proxy Qt would use for https://host:port; loopback is always direct.
    static QNetworkProxy systemProxyFor(const QString &host, quint16 port);

Q_SIGNALS:
    void finished();

private:
    enum class Step { Idle, Dns, Connect, Tls, Done };

    void lookUp();
    void onLookedUp(const QHostInfo &info);
    void connectTcp(const QString &hostOrAddress);
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onTimeout();
    void fail(const QString &message);
    void finish();
    void armTimer();

    ProbeConfig m_config;
    HostProbe m_result;
    QString m_connectAddress;
    Step m_step = Step::Idle;
    bool m_done = false;
    int m_lookupId = -1;
    QNetworkProxy m_proxy;
    QPointer<QSslSocket> m_socket;
    QStringList m_verifyErrors;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace sspr::probes
