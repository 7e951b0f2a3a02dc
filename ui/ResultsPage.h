#pragma once

#include "core/report/Session.h"

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace sspr::ui {

class FindingPanel;
class RootCauseSummary;
class VerdictHeader;

// The last page: the verdict on top, then one FindingPanel per finding, in a scroll area,
// with a "Show failures only" filter and a "Run again" per panel (when a receiver is set).
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

    VerdictHeader *verdictHeader() const { return m_header; }
    RootCauseSummary *rootCauseSummary() const { return m_rootCause; }
    QCheckBox *failuresOnlyCheckBox() const { return m_failuresOnly; }
    QList<FindingPanel *> panels() const { return m_panels; }
    QList<FindingPanel *> visiblePanels() const;
    FindingPanel *panel(const QString &checkId) const;
    void showFinding(const QString &checkId); // scrolls to the panel and focuses it

    // Failed, warning and error findings: what "Show failures only" keeps.
    static bool isProblem(checks::Status status);

Q_SIGNALS:
    void runAgainRequested(const QString &checkId);

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
};

} // namespace sspr::ui
