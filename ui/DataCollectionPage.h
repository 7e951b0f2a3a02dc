#pragma once

#include "core/report/Session.h"
#include "core/report/WindowsCollectionJob.h"
#include "ui/SaveFileChooser.h"

#include <QPointer>
#include <QWizardPage>
#include <functional>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace sspr::trace {
class HttpTrace;
}

namespace sspr::ui {

// Data collection: export the app's redacted HTTP trace as HAR 1.2, save a bundle (.zip) of
// every report, the trace and a manifest; on Windows also the AAD event log export (in the
// bundle, or on its own) and the `netsh trace` steps. Each save asks for a path starting in
// the report folder. The Windows tools run in a WindowsCollectionJob: the window stays live,
// the buttons wait and a Cancel button stops the tools.
class DataCollectionPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(DataCollectionPage)

public:
    // The programs the bundle runs for a window (scratch folder, from, to); the default
    // is WindowsCollectionJob::bundleSteps on Windows and nothing elsewhere.
    using BundleSteps = std::function<QList<report::CollectionStep>(
        const QString &, const QDateTime &, const QDateTime &)>;

    // `trace` may be nullptr (no exchange recorded); it is not owned.
    explicit DataCollectionPage(trace::HttpTrace *trace, QWidget *parent = nullptr);

    void setSession(const report::Session &session);
    void setReportFolder(const QString &folder);
    void setSaveFileChooser(SaveFileChooser chooser);
    void setBundleSteps(BundleSteps steps);
    void setCollectionTimeout(int ms); // per program

    bool isComplete() const override; // not while a collection runs
    bool isCollecting() const;

    QPushButton *exportHarButton() const { return m_exportHar; }
    QPushButton *saveBundleButton() const { return m_saveBundle; }
    QPushButton *exportEventLogButton() const { return m_exportEventLog; } // nullptr off Windows
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *netshView() const { return m_netsh; } // nullptr off Windows
    QGroupBox *windowsGroup() const { return m_windows; } // nullptr off Windows
    QLabel *traceCountLabel() const { return m_traceCount; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // false when cancelled or failed (the status label says why); true when saved, or when
    // the Windows tools started (collectionFinished() follows with the outcome).
    bool exportHar();
    bool saveBundle();
    bool exportEventLog();
    void cancelCollection();

Q_SIGNALS:
    void collectionFinished(bool saved); // after the Windows tools ran (or were cancelled)

private:
    QGroupBox *buildTraceGroup();
    QGroupBox *buildBundleGroup(bool windows);
    QGroupBox *buildWindowsGroup();
    void updateTraceCount();
    QString ask(const QString &title, const QString &fileName, const QString &filter);
    void startCollection(const QList<report::CollectionStep> &steps,
        std::function<void(const report::CollectionResult &)> done);
    void setCollecting(bool collecting);
    bool writeBundle(const QString &path, const report::CollectionResult &collected);
    QPair<QDateTime, QDateTime> window() const;

    trace::HttpTrace *m_trace;
    report::Session m_session;
    QString m_folder;
    SaveFileChooser m_chooser;
    BundleSteps m_bundleSteps;
    int m_timeoutMs = report::WindowsCollectionJob::kDefaultTimeoutMs;
    QPointer<report::WindowsCollectionJob> m_job;
    QLabel *m_traceCount;
    QPushButton *m_exportHar;
    QPushButton *m_saveBundle;
    QPushButton *m_exportEventLog = nullptr;
    QPushButton *m_cancel;
    QPlainTextEdit *m_netsh = nullptr;
    QGroupBox *m_windows = nullptr;
    QProgressBar *m_busy;
    QLabel *m_status;
};

} // namespace sspr::ui
