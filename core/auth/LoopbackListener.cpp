#include "core/auth/LoopbackListener.h"

#include "core/auth/AuthLogging.h"

#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

namespace sspr::auth {

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024; // a redirect's query is a few KB at most

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    default:
        return QByteArrayLiteral("Not Found");
    }
}

void answer(QTcpSocket *socket, int status, const QString &html)
{
    const QByteArray body = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                              "<title>SSPR Doctor</title></head><body>")
        + html.toUtf8() + QByteArrayLiteral("</body></html>");
    socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + ' '
        + reasonPhrase(status)
        + QByteArrayLiteral("\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: "
                            "no-store\r\nConnection: close\r\nContent-Length: ")
        + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
    socket->disconnectFromHost(); // after the bytes are written
}
} // namespace

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackListener::onConnection);
}

LoopbackListener::~LoopbackListener() = default;

void LoopbackListener::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool LoopbackListener::listen()
{
    // 127.0.0.1 only: anything else on the network must not reach the redirect.
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackListener::close()
{
    m_server.close();
}

void LoopbackListener::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0) {
        if (request.size() > kMaxRequestBytes)
            answer(socket, 400, QString());
        else
            socket->setProperty("request", request);
        return;
    }
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr); // one request per connection
    // "GET /?code=...&state=... HTTP/1.1"
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    Page page;
    if (line.size() == 3 && line.at(0) == "GET" && m_handler) {
        const QUrl target = QUrl::fromEncoded(line.at(1));
        QPointer<QTcpSocket> alive(socket);
        const Handler handler = m_handler; // a copy: it may destroy this listener
        page = handler(QUrlQuery(target));
        if (!alive)
            return;
    }
    if (page.status == 404)
        qCInfo(lcAuth) << "loopback: answered 404 to a request that is not the redirect";
    answer(socket, page.status, page.html);
}

} // namespace sspr::auth
