#include "core/demo/GraphHttpServer.h"

#include "core/demo/FaultJson.h"

#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>

namespace sspr::demo {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

// Sleeps the injected latency in short slices: stop() asks the thread to interrupt, and must
// not wait for a long latency (or every request queued behind it) to run out. False when
// interrupted.
bool sleepUnlessStopping(int delayMs)
{
    const QDeadlineTimer deadline(delayMs);
    QThread *thread = QThread::currentThread();
    while (!thread->isInterruptionRequested()) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return true;
        QThread::msleep(ulong(std::min<qint64>(left, 20)));
    }
    return false;
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
    if (!sleepUnlessStopping(std::max(reply.delayMs, 0)))
        return true; // stopping: the socket closes with the server thread
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
