#pragma once

#include "core/report/Session.h"
#include "ui/SaveFileChooser.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sspr::trace {
class HttpTrace;
}

namespace sspr::ui {

// Data collection: export the app's redacted HTTP trace as HAR 1.2, save a bundle (.zip) of
// every report, the trace and a manifest; on Windows also the AAD event log export (in the
// bundle, or on its own) and the `netsh trace` steps. Each save asks for a path starting in
// the report folder.
class DataCollectionPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(DataCollectionPage)

public:
    // `trace` may be nullptr (no exchange recorded); it is not owned.
    explicit DataCollectionPage(trace::HttpTrace *trace, QWidget *parent = nullptr);

    void setSession(const report::Session &session);
    void setReportFolder(const QString &folder);
    void setSaveFileChooser(SaveFileChooser chooser);

    QPushButton *exportHarButton() const { return m_exportHar; }
    QPushButton *saveBundleButton() const { return m_saveBundle; }
    QPushButton *exportEventLogButton() const { return m_exportEventLog; } // nullptr off Windows
    QPlainTextEdit *netshView() const { return m_netsh; } // nullptr off Windows
    QLabel *traceCountLabel() const { return m_traceCount; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    bool exportHar(); // false when cancelled or failed (the status label says why)
    bool saveBundle();
    bool exportEventLog();

private:
    void updateTraceCount();
    QString ask(const QString &title, const QString &fileName, const QString &filter);

    trace::HttpTrace *m_trace;
    report::Session m_session;
    QString m_folder;
    SaveFileChooser m_chooser;
    QLabel *m_traceCount;
    QPushButton *m_exportHar;
    QPushButton *m_saveBundle;
    QPushButton *m_exportEventLog = nullptr;
    QPlainTextEdit *m_netsh = nullptr;
    QLabel *m_status;
};

} // namespace sspr::ui
