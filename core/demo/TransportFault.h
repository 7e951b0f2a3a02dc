#pragma once

#include "core/demo/Fault.h"
#include "core/demo/GraphFake.h"
#include "core/demo/GraphReply.h"

#include <QByteArray>
#include <functional>

namespace sspr::demo {

// What the fake Graph sends for an injected fault: the HTTP exchange as a whole (hang, HTML
// page, a reply cut mid-body, a huge body ...) or one Graph call (status, wrong shape).
class TransportFault {
public:
    static HttpReply reply(const Fault &fault, const QString &clientRequestId);
    static GraphReply status(const Fault &fault, const QString &clientRequestId);
    static GraphReply wrongShape(const Fault &fault);

    // Streams exactly `totalBytes` of a valid Graph list page ({"value":[{user},...]}) to
    // `write` in chunks of about 64 KB, never holding more than one chunk; stops early when
    // `write` returns false.
    static void streamHugeJson(
        qint64 totalBytes, const std::function<bool(const QByteArray &)> &write);
    static QByteArray graphJsonContentType();
};

} // namespace sspr::demo
