#include "core/graph/TransportErrorText.h"

#include "core/graph/ReplyGuard.h"

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#endif

namespace sspr::graph {

namespace {

QString hostAndPort(const QUrl &url)
{
    const int defaultPort
        = url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort));
}

// An https exchange that ended before the server ever showed a certificate.
bool tlsNeverEstablished(const QNetworkReply *reply)
{
    if (reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
        return false;
#if QT_CONFIG(ssl)
    return reply->sslConfiguration().peerCertificate().isNull();
#else
    return true;
#endif
}

} // namespace

QString TransportErrorText::megabytes(qint64 bytes)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    return tr("%1 MB").arg(QString::number(mb, 'f', mb >= 10 || mb == int(mb) ? 0 : 1));
}

QString TransportErrorText::tooLarge(const ReplyGuard &guard)
{
    const qint64 size = std::max(guard.bytesAnnounced(), guard.bytesReceived());
    return guard.bytesAnnounced() > guard.maxBytes()
        ? tr("the reply announced %1, more than the %2 this app reads from one reply; it was "
             "not downloaded")
              .arg(megabytes(size), megabytes(guard.maxBytes()))
        : tr("the reply grew past the %1 this app reads from one reply; it was abandoned")
              .arg(megabytes(guard.maxBytes()));
}

QString TransportErrorText::describe(const QNetworkReply *reply, const ReplyGuard *guard)
{
    const QUrl url = reply->url();
    const QString host = url.host();
    const QString qt = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection: nothing accepts connections there, or a firewall "
                  "rejects them (%2)")
            .arg(hostAndPort(url), qt);
    case QNetworkReply::HostNotFoundError:
        return tr("the server name %1 could not be found (DNS lookup failed); check the name, "
                  "the DNS settings and the network connection (%2)")
            .arg(host, qt);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the secure (TLS) connection to %1 failed, so nothing was sent: the server's "
                  "certificate was not accepted or the server does not speak TLS; a proxy or "
                  "security product that inspects HTTPS can cause this (%2)")
            .arg(hostAndPort(url), qt);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError: {
        const qint64 got = guard ? guard->bytesReceived() : 0;
        const qint64 announced = guard ? guard->bytesAnnounced() : -1;
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
            return announced > 0
                ? tr("the connection to %1 was lost in the middle of the reply (%2 of %3 bytes "
                     "arrived) (%4)")
                      .arg(host)
                      .arg(got)
                      .arg(announced)
                      .arg(qt)
                : tr("the connection to %1 was lost in the middle of the reply (%2)").arg(host, qt);
        if (tlsNeverEstablished(reply))
            return tr("the secure (TLS) connection to %1 failed, so nothing was sent: the "
                      "server closed the connection during the TLS handshake (it may not speak "
                      "TLS on that port, or something in between cut it) (%2)")
                .arg(hostAndPort(url), qt);
        return tr("the connection to %1 was closed before any reply arrived (%2)").arg(host, qt);
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy between this PC and %1 failed (%2)").arg(host, qt);
    default:
        return tr("network error talking to %1 (%2)").arg(host, qt);
    }
}

} // namespace sspr::graph
