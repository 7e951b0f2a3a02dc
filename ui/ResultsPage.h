#pragma once

#include "core/report/Session.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace sspr::ui {

class FindingPanel;
class VerdictHeader;

// Page 4: the verdict on top, then one FindingPanel per finding, in a scroll area.
class ResultsPage : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY(ResultsPage)

public:
    explicit ResultsPage(QWidget *parent = nullptr);

    void setSession(const report::Session &session);

    VerdictHeader *verdictHeader() const { return m_header; }
    QList<FindingPanel *> panels() const { return m_panels; }
    FindingPanel *panel(const QString &checkId) const;
    void showFinding(const QString &checkId); // scrolls to the panel and focuses it

private:
    void clearPanels();

    VerdictHeader *m_header;
    QScrollArea *m_scroll;
    QVBoxLayout *m_panelLayout;
    QList<FindingPanel *> m_panels;
};

} // namespace sspr::ui
