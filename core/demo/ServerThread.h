#pragma once

#include "core/demo/ServerState.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace sspr::demo {

// Runs the HTTP server: created, listening and destroyed on this thread.
class ServerThread : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY(ServerThread)

public:
    explicit ServerThread(ServerState &state, QObject *parent = nullptr);
    ~ServerThread() override;

    // Starts the thread and waits until it listens; 0 and errorString() on failure.
    quint16 startListening();
    void stopListening();
    QString errorString() const;

protected:
    void run() override;

private:
    ServerState &m_state;
    mutable QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_done = false;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace sspr::demo
