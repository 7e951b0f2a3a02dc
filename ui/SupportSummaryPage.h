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

// The support summary a help desk pastes into a ticket (read-only), a Copy button, the link
// to open a Microsoft support request, and "Save report" as HTML, JSON or text.
class SupportSummaryPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(SupportSummaryPage)

public:
    // `trace` may be nullptr; it is not owned.
    explicit SupportSummaryPage(trace::HttpTrace *trace, QWidget *parent = nullptr);

    void setSession(const report::Session &session);
    void setReportFolder(const QString &folder); // where the save dialogs start
    void setSaveFileChooser(SaveFileChooser chooser);

    QPlainTextEdit *summaryView() const { return m_summary; }
    QPushButton *copyButton() const { return m_copy; }
    QLabel *supportLink() const { return m_link; }
    QPushButton *saveButton(const QString &format) const; // "html", "json", "text"
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void copySummary();
    // Asks for a path (starting in the report folder), writes; false when cancelled or failed.
    bool saveReport(const QString &format);

private:
    trace::HttpTrace *m_trace;
    report::Session m_session;
    QString m_folder;
    SaveFileChooser m_chooser;
    QPlainTextEdit *m_summary;
    QPushButton *m_copy;
    QLabel *m_link;
    QPushButton *m_saveHtml;
    QPushButton *m_saveJson;
    QPushButton *m_saveText;
    QLabel *m_status;
};

} // namespace sspr::ui
