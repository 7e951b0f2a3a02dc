#pragma once

#include "core/probes/ProbeEvidence.h"
#include "core/probes/ProbeRunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace sspr::probes {

// Reads the Date header of a HEAD reply from the clock URL and compares it with this PC's
// clock. Any HTTP status will do: every reply carries Date (RFC 9110, 6.6.1).
class ClockProber : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(ClockProber)

public:
    ClockProber(
        QNetworkAccessManager *network, const ProbeConfig &config, QObject *parent = nullptr);
    ~ClockProber() override;

    void start();
    void cancel();
    bool isDone() const { return m_done; }
    ClockProbe result() const { return m_result; }

    // An HTTP-date ("Wed, 25 Nov 2026 14:32:06 GMT", also the obsolete RFC 850 and asctime
    // forms); invalid when it is none of them.
    static QDateTime parseHttpDate(const QByteArray &value);

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void finish(const QString &error);

    QNetworkAccessManager *m_network = nullptr;
    ProbeConfig m_config;
    ClockProbe m_result;
    QPointer<QNetworkAccessManager> m_isolated; // this probe's own connection pool
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    bool m_started = false;
    bool m_done = false;
};

} // namespace sspr::probes
