#include "core/demo/GraphHttpServer.h"

#include "core/demo/FaultJson.h"
#include "core/demo/TransportFault.h"

#include <QDeadlineTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QThread>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

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

// Blocks this thread until `socket` has sent what it buffered (bounded, so that a client that
// stopped reading cannot hold the server forever). False when the peer went away.
bool drain(QTcpSocket *socket)
{
    const QDeadlineTimer deadline(10000);
    QThread *thread = QThread::currentThread();
    while (socket->bytesToWrite() > 0) {
        if (socket->state() != QAbstractSocket::ConnectedState || deadline.hasExpired()
            || thread->isInterruptionRequested())
            return false;
        socket->waitForBytesWritten(100);
    }
    return socket->state() == QAbstractSocket::ConnectedState;
}

// Ends the connection with a TCP reset, as a crashing proxy or a dropped network does: with
// SO_LINGER zero, close() sends RST instead of FIN.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const struct linger abortive {
        1, 0
    };
    ::setsockopt(
        int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof(abortive));
#endif
    socket->abort();
}

// The body of a transport fault, straight to the socket after the headers: streamed in
// drained chunks (a client that gives up ends the stream), trickled, or cut after half.
void writeFaultyBody(QTcpSocket *socket, const HttpReply &reply)
{
    if (reply.streamedBytes > 0) {
        const bool chunked = reply.chunked;
        TransportFault::streamHugeJson(
            reply.streamedBytes, [socket, chunked](const QByteArray &chunk) {
                if (chunked)
                    socket->write(QByteArray::number(chunk.size(), 16) + "\r\n");
                socket->write(chunk);
                if (chunked)
                    socket->write("\r\n");
                return drain(socket);
            });
        if (chunked && socket->state() == QAbstractSocket::ConnectedState)
            socket->write("0\r\n\r\n");
        return;
    }
    if (reply.cut == HttpReply::Cut::Trickle) {
        // Blocks this thread like latency does; ends as soon as the client hangs up.
        for (const char byte : reply.body) {
            socket->write(&byte, 1);
            if (!drain(socket) || !sleepUnlessStopping(reply.trickleDelayMs))
                return;
        }
        return;
    }
    socket->write(reply.body.left(reply.body.size() / 2));
    drain(socket);
    switch (reply.cut) {
    case HttpReply::Cut::Reset:
        resetConnection(socket);
        break;
    case HttpReply::Cut::Close:
        socket->disconnectFromHost();
        break;
    default: // Stall: the socket stays open and silent until the client gives up
        break;
    }
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
    const qint64 length = reply.streamedBytes > 0 ? reply.streamedBytes : reply.body.size();
    if (reply.chunked)
        responder.writeHeader("Transfer-Encoding", "chunked");
    else
        responder.writeHeader("Content-Length", QByteArray::number(length));
    if (reply.streamedBytes > 0 || reply.cut != HttpReply::Cut::None) {
        responder.writeBody("", 0); // ends the headers (Qt writes the blank line here)
        writeFaultyBody(socket, reply);
    } else {
        responder.writeBody(reply.body);
    }
    return true;
}

void GraphHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt rejects a request itself.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace sspr::demo
