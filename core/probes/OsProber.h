#pragma once

#include "core/probes/ProbeEvidence.h"
#include "core/probes/ProbeRunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QProcess;

namespace sspr::probes {

// Windows: `dsregcmd /status` (join state) then the Microsoft-Windows-AAD/Operational log
// for the look-back window, each a QProcess bounded by the timeout. Elsewhere it reports
// "not applicable" at once.
class OsProber : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(OsProber)

public:
    explicit OsProber(const ProbeConfig &config, QObject *parent = nullptr);
    ~OsProber() override;

    void start();
    void cancel();
    bool isDone() const { return m_done; }
    OsProbe result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
#ifdef Q_OS_WIN
    void run(const QString &program, const QStringList &arguments);
    void onProcessFinished();
#endif
    void finish(const QString &error);

    ProbeConfig m_config;
    OsProbe m_result;
    QPointer<QProcess> m_process;
    QTimer m_timer;
    int m_stage = 0; // 0 dsregcmd, 1 wevtutil
    bool m_started = false;
    bool m_done = false;
};

} // namespace sspr::probes
