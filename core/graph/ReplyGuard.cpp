#include "core/graph/ReplyGuard.h"

#include "core/graph/GraphLogging.h"

#include <QNetworkReply>
#include <algorithm>
#include <climits>

namespace sspr::graph {

namespace {

int clampedMs(std::chrono::milliseconds ms)
{
    return int(std::clamp<qint64>(ms.count(), 0, INT_MAX));
}

} // namespace

ReplyGuard *ReplyGuard::attach(QNetworkReply *reply, qint64 maxBytes,
    std::chrono::milliseconds deadline, std::chrono::milliseconds queueLimit)
{
    return new ReplyGuard(reply, maxBytes, deadline, queueLimit);
}

const ReplyGuard *ReplyGuard::of(const QNetworkReply *reply)
{
    return reply ? reply->findChild<ReplyGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

ReplyGuard::ReplyGuard(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline,
    std::chrono::milliseconds queueLimit)
    : QObject(reply)
    , m_reply(reply)
    , m_maxBytes(maxBytes)
    , m_deadlineMs(clampedMs(deadline))
{
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            m_announced = length.toLongLong();
        checkSize(m_received, m_announced);
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
        [this](qint64 received, qint64 total) { checkSize(received, total); });
    // downloadProgress is throttled (Qt emits it at most every 100 ms or so): a reply that
    // arrives fast can finish between two emissions. readyRead is not, and nobody reads the
    // reply before it finishes, so bytesAvailable() is everything received so far.
    connect(reply, &QNetworkReply::readyRead, this,
        [this] { checkSize(m_reply->bytesAvailable(), m_announced); });
    connect(reply, &QNetworkReply::finished, this, [this] {
        m_queued.stop();
        m_deadline.stop();
        // The last word, before the job reads the reply: it may have come in one piece.
        m_received = std::max(m_received, m_reply->bytesAvailable());
        if (m_reason == Reason::None && m_maxBytes > 0 && m_received > m_maxBytes)
            m_reason = Reason::TooLarge;
    });
    // A new connection is part of this request's work; a reused one goes straight to sent.
    // Both signals may come more than once (e.g. on a resend): the deadline starts only once.
    connect(reply, &QNetworkReply::socketStartedConnecting, this, &ReplyGuard::startDeadline);
    connect(reply, &QNetworkReply::requestSent, this, &ReplyGuard::startDeadline);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // "within N ms" must not mean 0.95 N
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortFor(Reason::Deadline); });
    m_queued.setSingleShot(true);
    connect(&m_queued, &QTimer::timeout, this, [this] { abortFor(Reason::QueuedTooLong); });
    m_queued.start(clampedMs(queueLimit));
}

void ReplyGuard::startDeadline()
{
    if (!m_queued.isActive() || m_reply->isFinished())
        return; // already started (or finished, or given up)
    m_queued.stop();
    m_deadline.start(m_deadlineMs);
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
    const char *why = reason == Reason::TooLarge ? "- reply too large"
        : reason == Reason::Deadline             ? "- deadline passed"
                                                 : "- never sent within the queue limit";
    qCDebug(lcGraph) << "aborting" << m_reply->url().path() << why;
    m_reply->abort(); // finished() follows, with OperationCanceledError
}

} // namespace sspr::graph
