#pragma once

#include "core/demo/GraphCall.h"

#include <QJsonObject>
#include <QJsonValue>

namespace sspr::demo {

// What the fake answers to one GraphCall before it is put on the wire (top level) or into
// a $batch response.
struct GraphReply {
    int status = 200;
    HeaderPairs headers;
    QJsonValue json; // the body when !isRaw
    QByteArray raw;
    bool isRaw = false;
    QByteArray contentType = "application/json";

    static GraphReply ok(const QJsonValue &body, int status = 200);
    // Graph's error shape: {"error":{"code","message","innerError":{"date","request-id",
    // "client-request-id"}}}. An empty code picks Graph's usual one for the status.
    static GraphReply error(
        int status, const QString &code, const QString &message, const QString &clientRequestId);
    static QString defaultErrorCode(int status);
    static QString defaultErrorMessage(int status);

    QByteArray bodyBytes() const;
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

} // namespace sspr::demo
