#include "ui/ResultsPage.h"

#include "ui/FindingPanel.h"
#include "ui/PageTitle.h"
#include "ui/VerdictHeader.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sspr::ui {

ResultsPage::ResultsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_header(new VerdictHeader(this))
{
    setObjectName(QStringLiteral("resultsPage"));
    setTitle(pageTitle(tr("Results")));
    setSubTitle(tr("What each check found, and what to do about it."));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_header);

    auto *host = new QWidget;
    host->setObjectName(QStringLiteral("findingPanels"));
    m_panelLayout = new QVBoxLayout(host);
    m_panelLayout->setContentsMargins(0, 0, 6, 0);
    m_panelLayout->setSpacing(10);
    m_panelLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("findingsScroll"));
    m_scroll->setAccessibleName(tr("Findings"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(host);
    layout->addWidget(m_scroll, 1);

    connect(m_header, &VerdictHeader::findingLinkActivated, this, &ResultsPage::showFinding);
}

void ResultsPage::showFinding(const QString &checkId)
{
    FindingPanel *target = panel(checkId);
    if (!target)
        return;
    // Top of the panel at the top of the view, as far as the scroll range allows.
    m_scroll->verticalScrollBar()->setValue(target->y());
    target->detailsToggle()->setFocus(Qt::OtherFocusReason);
}

void ResultsPage::setSession(const report::Session &session)
{
    m_header->setSession(session);
    clearPanels();
    m_scroll->verticalScrollBar()->setValue(0);
    // Panels keep the playbook's order rather than sorting failures first: the playbook
    // orders checks from most to least telling for the code, and a finding often explains
    // the next (a disabled account makes the registration report unreliable). The verdict
    // header's count line already names every check that did not pass, so none is buried.
    for (const auto &finding : session.findings) {
        auto *panel = new FindingPanel(finding);
        m_panelLayout->insertWidget(m_panelLayout->count() - 1, panel);
        m_panels.append(panel);
    }
}

FindingPanel *ResultsPage::panel(const QString &checkId) const
{
    for (FindingPanel *panel : m_panels) {
        if (panel->finding().checkId == checkId)
            return panel;
    }
    return nullptr;
}

void ResultsPage::clearPanels()
{
    for (FindingPanel *panel : std::as_const(m_panels))
        delete panel;
    m_panels.clear();
}

} // namespace sspr::ui
