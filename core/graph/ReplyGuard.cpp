#include "core/graph/ReplyGuard.h"

#include "core/graph/GraphLogging.h"

#include <QNetworkReply>
#include <climits>

namespace sspr::graph {

ReplyGuard *ReplyGuard::attach(
    QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline)
{
    return new ReplyGuard(reply, maxBytes, deadline);
}

const ReplyGuard *ReplyGuard::of(const QNetworkReply *reply)
{
    return reply ? reply->findChild<ReplyGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

ReplyGuard::ReplyGuard(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
{
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            m_announced = length.toLongLong();
        checkSize(m_received, m_announced);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
        [this](qint64 received, qint64 total) { checkSize(received, total); });
    connect(reply, &QNetworkReply::finished, &m_deadline, &QTimer::stop);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // "within N ms" must not mean 0.95 N
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortFor(Reason::Deadline); });
    m_deadline.start(int(std::min<qint64>(deadline.count(), INT_MAX)));
}

void ReplyGuard::checkSize(qint64 received, qint64 total)
{
    m_received = std::max(m_received, received);
    if (m_maxBytes > 0 && (m_received > m_maxBytes || total > m_maxBytes))
        abortFor(Reason::TooLarge);
}

void ReplyGuard::abortFor(Reason reason)
{
    if (m_reason != Reason::None || m_reply->isFinished())
        return;
    m_reason = reason;
    qCDebug(lcGraph) << "aborting" << m_reply->url().path()
                     << (reason == Reason::TooLarge ? "- reply too large" : "- deadline passed");
    m_reply->abort(); // finished() follows, with OperationCanceledError
}

} // namespace sspr::graph
