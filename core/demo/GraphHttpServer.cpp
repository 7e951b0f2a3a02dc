#include "core/demo/GraphHttpServer.h"

#include "core/demo/FaultJson.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QThread>

namespace sspr::demo {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

GraphHttpServer::GraphHttpServer(ServerState &state, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_fake(state)
{
}

bool GraphHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HeaderPairs headers;
    for (const auto &[name, value] : request.headers())
        headers.append({ name, value });
    const HttpReply reply
        = m_fake.handle(methodName(request.method()), request.url(), headers, request.body());
    if (reply.delayMs > 0)
        QThread::msleep(ulong(reply.delayMs));
    if (reply.hang || socket->state() != QAbstractSocket::ConnectedState)
        return true; // the client's timeout has to fire; the socket stays open

    QHttpServerResponder responder = makeResponder(request, socket);
    const int status = FaultJson::isKnownStatus(reply.status) ? reply.status : 500;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    return true;
}

void GraphHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt rejects a request itself.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace sspr::demo
