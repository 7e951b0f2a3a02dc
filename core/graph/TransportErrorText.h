#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace sspr::graph {

class ReplyGuard;

// Says in words a help desk can act on why an HTTP exchange got no usable reply: which host
// refused, could not be found, failed the TLS handshake, or closed mid-reply. Qt's own
// errorString() is kept as the technical tail.
class TransportErrorText {
    Q_DECLARE_TR_FUNCTIONS(TransportErrorText)

public:
    static QString describe(const QNetworkReply *reply, const ReplyGuard *guard);
    static QString tooLarge(const ReplyGuard &guard);

    static QString megabytes(qint64 bytes); // "32 MB", "50.5 MB"
};

} // namespace sspr::graph
