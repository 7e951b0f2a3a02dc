#include "core/demo/TransportFault.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

namespace sspr::demo {

namespace {

QByteArray httpDate()
{
    return QLocale::c()
               .toString(
                   QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
               .toLatin1()
        + " GMT";
}

// A list page the client would happily parse, so that only its size is wrong.
QByteArray listPage()
{
    return "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\"value\":["
           "{\"id\":\"4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b\",\"displayName\":\"Adele Vance\"}]}";
}

} // namespace

QByteArray TransportFault::graphJsonContentType()
{
    return "application/json;odata.metadata=minimal;odata.streaming=true;"
           "IEEE754Compatible=false;charset=utf-8";
}

GraphReply TransportFault::status(const Fault &fault, const QString &clientRequestId)
{
    QString message = GraphReply::defaultErrorMessage(fault.status);
    // The client did send a token: Graph's word for one it rejects, not "Access token is empty."
    if (fault.status == 401)
        message = QStringLiteral("Access token validation failure.");
    if (fault.status == 429 && fault.retryAfterSeconds >= 0)
        message = QStringLiteral("Too many requests, retry after %1 seconds.")
                      .arg(fault.retryAfterSeconds);
    GraphReply reply = GraphReply::error(fault.status, QString(), message, clientRequestId);
    if (fault.retryAfterSeconds >= 0)
        reply.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    return reply;
}

GraphReply TransportFault::wrongShape(const Fault &fault)
{
    // FaultJson allows only an object or an array; anything else means "not given".
    return GraphReply::ok(fault.body.isObject() || fault.body.isArray()
            ? fault.body
            : QJsonValue(QJsonObject { { QStringLiteral("value"), 42 } }));
}

HttpReply TransportFault::reply(const Fault &fault, const QString &clientRequestId)
{
    HttpReply reply;
    reply.headers
        = { { "request-id", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() },
              { "client-request-id", clientRequestId.toUtf8() }, { "Date", httpDate() } };
    switch (fault.kind) {
    case Fault::Kind::Hang:
        reply.hang = true;
        break;
    case Fault::Kind::MalformedJson:
        reply.headers.append({ "Content-Type", graphJsonContentType() });
        reply.body = "{\"@odata.context\":\"$metadata#users\",\"value\":[{\"id\":\"4f1c";
        break;
    case Fault::Kind::HtmlPage: {
        reply.status = fault.status;
        reply.headers.append(
            { QByteArray("Content-Type"), QByteArray("text/html; charset=utf-8") });
        const QByteArray code = QByteArray::number(fault.status);
        reply.body = "<!DOCTYPE html>\n<html><head><title>" + code
            + " - Gateway error</title></head>\n<body><h1>" + code
            + " - Web server received an invalid response while acting as a gateway or proxy "
              "server.</h1>\n<p>There is a problem with the page you are looking for.</p>"
              "</body></html>\n";
        break;
    }
    case Fault::Kind::EmptyBody:
        reply.headers.append({ "Content-Type", graphJsonContentType() });
        break;
    case Fault::Kind::DropConnection:
    case Fault::Kind::TruncatedBody:
    case Fault::Kind::StallMidBody:
        reply.headers.append({ "Content-Type", graphJsonContentType() });
        reply.body = listPage();
        reply.cut = fault.kind == Fault::Kind::DropConnection ? HttpReply::Cut::Reset
            : fault.kind == Fault::Kind::TruncatedBody        ? HttpReply::Cut::Close
                                                              : HttpReply::Cut::Stall;
        break;
    case Fault::Kind::TrickleBody:
        reply.headers.append({ "Content-Type", graphJsonContentType() });
        reply.body = listPage();
        reply.cut = HttpReply::Cut::Trickle;
        reply.trickleDelayMs = qMax(1, fault.delayMs);
        break;
    case Fault::Kind::HugeBody:
        reply.headers.append({ "Content-Type", graphJsonContentType() });
        reply.streamedBytes = qint64(fault.megabytes) * 1024 * 1024;
        reply.chunked = fault.chunked;
        break;
    default:
        break;
    }
    if (fault.retryAfterSeconds >= 0)
        reply.headers.append({ "Retry-After", QByteArray::number(fault.retryAfterSeconds) });
    return reply;
}

void TransportFault::streamHugeJson(
    qint64 totalBytes, const std::function<bool(const QByteArray &)> &write)
{
    const QByteArray head
        = "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\"value\":[";
    const QByteArray tail = "]}";
    const QByteArray item
        = "{\"id\":\"00000000-0000-4000-8000-000000000000\",\"displayName\":"
          "\"Filler user\",\"userPrincipalName\":\"filler@contoso-demo.example\"}";
    const QByteArray next = ',' + item;
    const QByteArray block = next.repeated(int(65536 / next.size()));
    qint64 left = totalBytes - head.size() - tail.size() - item.size();
    if (left < 0) { // too small for one item: an empty list padded with spaces
        if (write(head))
            write(QByteArray(qMax<qint64>(0, totalBytes - head.size() - tail.size()), ' ') + tail);
        return;
    }
    if (!write(head) || !write(item))
        return;
    while (left >= block.size()) {
        if (!write(block))
            return;
        left -= block.size();
    }
    const qint64 items = left / next.size();
    left -= items * next.size();
    // JSON allows white space before the closing bracket: it makes the size exact.
    write(next.repeated(int(items)) + QByteArray(left, ' ') + tail);
}

} // namespace sspr::demo
