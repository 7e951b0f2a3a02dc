#pragma once

#include <QObject>

namespace sspr::runtime {

// Ctrl+C for the bulk scan: SIGINT/SIGTERM (Unix, a self-pipe read by a QSocketNotifier) or
// the console control handler (Windows) emit interrupted() on the event loop, so the scan can
// stop after the current page. The previous handlers come back with the first signal (a second
// Ctrl+C quits at once) and when this is destroyed.
// One at a time.
class BulkInterrupt : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(BulkInterrupt)

public:
    explicit BulkInterrupt(QObject *parent = nullptr);
    ~BulkInterrupt() override;

Q_SIGNALS:
    void interrupted();

private:
    struct Private;
    Private *d;
};

} // namespace sspr::runtime
