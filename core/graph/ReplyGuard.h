#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

class QNetworkReply;

namespace sspr::graph {

// Watches one QNetworkReply for what Qt does not bound by itself: a reply larger than the
// client accepts (aborted as soon as Content-Length or the bytes received say so, never
// parsed) and a reply that trickles in for longer than the per-request timeout (Qt's
// transfer timeout only measures silence). The deadline starts when the request leaves
// QNetworkAccessManager's own queue (a connection starts for it or it is sent), so time spent
// waiting for one of the 6 connections per host is not charged to it; that wait has its own,
// generous, limit instead. Owned by the reply.
class ReplyGuard : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(ReplyGuard)

public:
    enum class Reason {
        None,
        TooLarge, // aborted: more than maxBytes announced or received
        Deadline, // aborted: not complete within the deadline once sent
        QueuedTooLong, // aborted: never sent within the queue limit
    };

    static ReplyGuard *attach(QNetworkReply *reply, qint64 maxBytes,
        std::chrono::milliseconds deadline, std::chrono::milliseconds queueLimit);
    // The guard attached to `reply`, or nullptr.
    static const ReplyGuard *of(const QNetworkReply *reply);

    Reason reason() const { return m_reason; }
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 bytesReceived() const { return m_received; }
    // What the reply announced (Content-Length), -1 when unknown.
    qint64 bytesAnnounced() const { return m_announced; }

private:
    ReplyGuard(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline,
        std::chrono::milliseconds queueLimit);
    void startDeadline();
    void checkSize(qint64 received, qint64 total);
    void abortFor(Reason reason);

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    qint64 m_received = 0;
    qint64 m_announced = -1;
    Reason m_reason = Reason::None;
    int m_deadlineMs;
    QTimer m_queued; // until the request leaves QNAM's queue
    QTimer m_deadline; // from then on
};

} // namespace sspr::graph
