#include "core/probes/ClockProber.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace sspr::probes {

ClockProber::ClockProber(QNetworkAccessManager *network, const ProbeConfig &config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
{
    m_result.host = config.clockUrl.host();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
        [this] { finish(tr("no answer within %1 ms").arg(m_config.timeoutMs)); });
}

ClockProber::~ClockProber()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QDateTime ClockProber::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    const QLocale c = QLocale::c();
    // IMF-fixdate first (what every current server sends), then the two obsolete forms.
    for (const QString &format : { QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
             QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
             QStringLiteral("ddd MMM d HH:mm:ss yyyy") }) {
        QDateTime parsed = c.toDateTime(text, format);
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100); // two-digit years of RFC 850
            return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        }
    }
    return {};
}

void ClockProber::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_network || !m_config.clockUrl.isValid()) {
        finish(tr("no clock URL"));
        return;
    }
    QNetworkRequest request(m_config.clockUrl);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_config.timeoutMs);
    if (m_config.clockUrl.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Only the extra roots are added: the system's own roots stay loaded on demand by the TLS
        // backend (reading the whole store for every probe costs seconds).
        if (!m_config.extraTrustedRoots.isEmpty())
            tls.addCaCertificates(m_config.extraTrustedRoots);
        request.setSslConfiguration(tls);
    }
    // A manager of its own, dropped when the probe ends: Qt pools the TLS connection of this
    // HEAD, whose certificate errors are ignored below, and reuses it for the next request to
    // the same host without verifying again. In the shared manager that next request would
    // be the sign-in's token POST or a Graph call, sent over an unverified connection.
    m_isolated = new QNetworkAccessManager(this);
    m_isolated->setProxy(m_network->proxy());
    m_isolated->setRedirectPolicy(m_network->redirectPolicy());
    m_reply = m_isolated->head(request);
    // Only the Date header is read and nothing is sent, so a certificate the PC does not
    // trust (TLS inspection, reported by client.network) must not hide the clock.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this] {
        if (m_reply)
            m_reply->ignoreSslErrors();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ClockProber::onFinished);
    m_timer.start(m_config.timeoutMs);
}

void ClockProber::onFinished()
{
    if (m_done || !m_reply)
        return;
    const QDateTime local = QDateTime::currentDateTimeUtc();
    const QByteArray date = m_reply->rawHeader("Date");
    if (date.isEmpty()) {
        finish(m_reply->error() != QNetworkReply::NoError ? m_reply->errorString()
                                                          : tr("the reply has no Date header"));
        return;
    }
    const QDateTime server = parseHttpDate(date);
    if (!server.isValid()) {
        finish(tr("the Date header \"%1\" is not an HTTP date").arg(QString::fromLatin1(date)));
        return;
    }
    m_result.measured = true;
    m_result.serverDate = server;
    m_result.localDate = local;
    m_result.skewSeconds = server.secsTo(local);
    finish(QString());
}

void ClockProber::cancel()
{
    if (!m_done)
        finish(tr("cancelled"));
}

void ClockProber::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_result.error = error;
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_isolated)
        m_isolated->deleteLater(); // closes the unverified connection with it
    Q_EMIT finished();
}

} // namespace sspr::probes
