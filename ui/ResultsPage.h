#pragma once

#include "core/report/Session.h"
#include "ui/SaveFileChooser.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace sspr::ui {

class FindingPanel;
class RootCauseSummary;
class VerdictHeader;

// The last page: the verdict on top, then one FindingPanel per finding, in a scroll area,
// with a "Show failures only" filter and a "Run again" per panel (when a receiver is set).
// "Save session…" writes the session to a file (SessionFile); a session opened from a file
// says so and offers "Re-run all checks".
class ResultsPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(ResultsPage)

public:
    explicit ResultsPage(QWidget *parent = nullptr);

    void setSession(const report::Session &session);
    report::Session session() const { return m_session; }
    // A single check was run again: its panel, the verdict and the root cause follow
    // `session`; the other panels, the filter and the scroll position stay.
    void updateFinding(const report::Session &session, const QString &checkId);
    void setRunAgainAvailable(bool available);
    void setRunAgainBusy(const QString &checkId, bool busy);
    // The file the shown session was opened from; empty for a session of this run.
    void setOpenedFrom(const QString &path);
    QString openedFrom() const { return m_openedFrom; }
    void setReportFolder(const QString &folder) { m_folder = folder; }
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooser = std::move(chooser); }
    // Asks for a path (the report folder first) and writes the session; false when cancelled
    // or failed (the status line says why).
    bool saveSession();

    VerdictHeader *verdictHeader() const { return m_header; }
    RootCauseSummary *rootCauseSummary() const { return m_rootCause; }
    QCheckBox *failuresOnlyCheckBox() const { return m_failuresOnly; }
    QPushButton *saveSessionButton() const { return m_saveSession; }
    QPushButton *rerunAllButton() const { return m_rerunAll; }
    QLabel *sessionStatus() const { return m_sessionStatus; }
    QList<FindingPanel *> panels() const { return m_panels; }
    QList<FindingPanel *> visiblePanels() const;
    FindingPanel *panel(const QString &checkId) const;
    void showFinding(const QString &checkId); // scrolls to the panel and focuses it

    // Failed, warning and error findings: what "Show failures only" keeps.
    static bool isProblem(checks::Status status);

Q_SIGNALS:
    void runAgainRequested(const QString &checkId);
    void rerunAllRequested(); // an opened session: its inputs go back into the flow

private:
    void clearPanels();
    FindingPanel *addPanel(const checks::Finding &finding, int index);
    void applyFilter();

    report::Session m_session;
    VerdictHeader *m_header;
    RootCauseSummary *m_rootCause; // above the panels: the most likely cause first
    QCheckBox *m_failuresOnly;
    QLabel *m_filterNote;
    QScrollArea *m_scroll;
    QVBoxLayout *m_panelLayout;
    QList<FindingPanel *> m_panels;
    bool m_runAgainAvailable = false;
    QString m_openedFrom;
    QString m_folder;
    SaveFileChooser m_chooser;
    QPushButton *m_saveSession;
    QPushButton *m_rerunAll;
    QLabel *m_sessionStatus;
};

} // namespace sspr::ui
