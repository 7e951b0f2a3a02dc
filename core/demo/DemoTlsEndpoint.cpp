#include "core/demo/DemoTlsEndpoint.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

namespace sspr::demo {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/demo-tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

struct DemoTlsEndpoint::Private {
    std::unique_ptr<QSslServer> server;
    NetworkBehavior behavior;
    quint16 refusedPort = 0;
    QString error;
};

DemoTlsEndpoint::DemoTlsEndpoint(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

DemoTlsEndpoint::~DemoTlsEndpoint()
{
    stop();
}

QSslCertificate DemoTlsEndpoint::demoRoot()
{
    return QSslCertificate(resource(QStringLiteral("demo-root-ca.pem")), QSsl::Pem);
}

bool DemoTlsEndpoint::start(const NetworkBehavior &behavior)
{
    stop();
    d->behavior = behavior;
    if (!QSslSocket::supportsSsl()) {
        d->error = tr("this system has no TLS support");
        return false;
    }
    const QString prefix
        = behavior.interception ? QStringLiteral("inspection") : QStringLiteral("demo");
    const QSslCertificate leaf(resource(prefix + QStringLiteral("-leaf.pem")), QSsl::Pem);
    const QSslCertificate root(resource(prefix + QStringLiteral("-root-ca.pem")), QSsl::Pem);
    const QSslKey key(resource(prefix + QStringLiteral("-leaf.key")), QSsl::Ec);
    if (leaf.isNull() || root.isNull() || key.isNull()) {
        d->error = tr("the demo TLS certificates are missing from the resources");
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain({ leaf, root });
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    d->server = std::make_unique<QSslServer>();
    d->server->setSslConfiguration(tls);
    const qint64 skew = behavior.clockSkewSeconds;
    connect(d->server.get(), &QTcpServer::pendingConnectionAvailable, this, [this, skew] {
        while (QTcpSocket *socket = d->server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [socket, skew] {
                if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
                    return;
                socket->readAll();
                const QDateTime served = QDateTime::currentDateTimeUtc().addSecs(-skew);
                socket->write("HTTP/1.1 204 No Content\r\nDate: " + httpDate(served)
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    if (!d->server->listen(QHostAddress::LocalHost)) {
        d->error = d->server->errorString();
        d->server.reset();
        return false;
    }
    // A port that was free a moment ago and is closed again: connecting is refused.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost))
        d->refusedPort = probe.serverPort();
    probe.close();
    return true;
}

void DemoTlsEndpoint::stop()
{
    if (d->server)
        d->server->close();
    d->server.reset();
}

QString DemoTlsEndpoint::errorString() const
{
    return d->error;
}

quint16 DemoTlsEndpoint::port() const
{
    return d->server ? d->server->serverPort() : 0;
}

quint16 DemoTlsEndpoint::refusedPort() const
{
    return d->refusedPort;
}

NetworkBehavior DemoTlsEndpoint::behavior() const
{
    return d->behavior;
}

} // namespace sspr::demo
