#include "ui/ResultsPage.h"

#include "ui/FindingPanel.h"
#include "ui/PageTitle.h"
#include "ui/RootCauseSummary.h"
#include "ui/SessionFile.h"
#include "ui/VerdictHeader.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sspr::ui {

using checks::Status;

ResultsPage::ResultsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_header(new VerdictHeader(this))
    , m_failuresOnly(new QCheckBox(tr("Show &failures only"), this))
    , m_filterNote(new QLabel(this))
    , m_chooser(defaultSaveFileChooser())
    , m_saveSession(new QPushButton(tr("Sa&ve session…"), this))
    , m_rerunAll(new QPushButton(tr("Re-r&un all checks"), this))
    , m_sessionStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("resultsPage"));
    setTitle(pageTitle(tr("Results")));
    setSubTitle(tr("What each check found, and what to do about it."));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    m_rootCause = new RootCauseSummary(this);
    layout->addWidget(m_rootCause);

    m_failuresOnly->setObjectName(QStringLiteral("failuresOnly"));
    m_failuresOnly->setAccessibleName(tr("Show failures only"));
    m_failuresOnly->setToolTip(tr("Hide the checks that passed or were skipped; failed "
                                  "checks, warnings and checks that could not run stay."));
    m_filterNote->setObjectName(QStringLiteral("filterNote"));
    m_filterNote->setTextFormat(Qt::PlainText);
    m_filterNote->setForegroundRole(QPalette::PlaceholderText);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_failuresOnly);
    filterRow->addWidget(m_filterNote, 1);
    layout->addLayout(filterRow);
    connect(m_failuresOnly, &QCheckBox::toggled, this, &ResultsPage::applyFilter);

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

    m_saveSession->setObjectName(QStringLiteral("saveSessionButton"));
    m_saveSession->setAccessibleName(tr("Save session"));
    m_saveSession->setToolTip(tr("Save the inputs, answers and findings to a file to open "
                                 "later. No sign-in token is saved."));
    m_rerunAll->setObjectName(QStringLiteral("rerunAllButton"));
    m_rerunAll->setAccessibleName(tr("Re-run all checks"));
    m_rerunAll->setToolTip(tr("Run every check again for the same user, error text and "
                              "answers. A real tenant needs you to sign in first."));
    m_rerunAll->setVisible(false);
    m_sessionStatus->setObjectName(QStringLiteral("sessionStatus"));
    m_sessionStatus->setTextFormat(Qt::PlainText);
    m_sessionStatus->setWordWrap(true);
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_sessionStatus, 1);
    sessionRow->addWidget(m_rerunAll);
    sessionRow->addWidget(m_saveSession);
    layout->addLayout(sessionRow);
    connect(m_saveSession, &QPushButton::clicked, this, &ResultsPage::saveSession);
    connect(m_rerunAll, &QPushButton::clicked, this, &ResultsPage::rerunAllRequested);

    connect(m_header, &VerdictHeader::findingLinkActivated, this, &ResultsPage::showFinding);
}

bool ResultsPage::isProblem(Status status)
{
    return status == Status::Fail || status == Status::Warning || status == Status::Error;
}

void ResultsPage::showFinding(const QString &checkId)
{
    FindingPanel *target = panel(checkId);
    if (!target)
        return;
    if (target->isHidden())
        m_failuresOnly->setChecked(false); // a link to a hidden panel shows it
    // Top of the panel at the top of the view, as far as the scroll range allows.
    m_scroll->verticalScrollBar()->setValue(target->y());
    target->detailsToggle()->setFocus(Qt::OtherFocusReason);
}

void ResultsPage::setOpenedFrom(const QString &path)
{
    m_openedFrom = path;
    m_rerunAll->setVisible(!path.isEmpty());
    if (path.isEmpty()) {
        m_sessionStatus->clear();
        return;
    }
    const QString when = m_session.finishedAt.isValid()
        ? QLocale().toString(m_session.finishedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    m_sessionStatus->setText(tr("Opened from %1 (checked %2). Re-run all checks to see the "
                                "state now.")
                                 .arg(QFileInfo(path).fileName(), when));
}

bool ResultsPage::saveSession()
{
    QString name = m_session.userKey.section(QLatin1Char('@'), 0, 0);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString fileName = (name.isEmpty() ? QStringLiteral("sspr") : name) + QLatin1Char('-')
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
        + SessionFile::suffix();
    QString path = m_chooser(
        this, tr("Save session"), suggestedPath(m_folder, fileName), SessionFile::nameFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += SessionFile::suffix();
    if (const auto problem = SessionFile::save(path, m_session)) {
        m_sessionStatus->setText(*problem);
        return false;
    }
    m_sessionStatus->setText(tr("Session saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ResultsPage::setSession(const report::Session &session)
{
    m_session = session;
    m_openedFrom.clear();
    m_rerunAll->setVisible(false);
    m_sessionStatus->clear();
    m_header->setSession(session);
    m_rootCause->setSession(session);
    clearPanels();
    m_scroll->verticalScrollBar()->setValue(0);
    // Panels keep the playbook's order rather than sorting failures first: the playbook
    // orders checks from most to least telling for the code, and a finding often explains
    // the next (a disabled account makes the registration report unreliable). The verdict
    // header's count line already names every check that did not pass, so none is buried.
    for (const auto &finding : session.findings)
        m_panels.append(addPanel(finding, m_panelLayout->count() - 1));
    applyFilter();
}

FindingPanel *ResultsPage::addPanel(const checks::Finding &finding, int index)
{
    auto *panel = new FindingPanel(finding);
    panel->setRunAgainAvailable(m_runAgainAvailable);
    connect(panel, &FindingPanel::runAgainRequested, this, &ResultsPage::runAgainRequested);
    m_panelLayout->insertWidget(index, panel);
    return panel;
}

void ResultsPage::updateFinding(const report::Session &session, const QString &checkId)
{
    m_session = session;
    m_header->setSession(m_session);
    m_rootCause->setSession(m_session);
    for (int i = 0; i < m_panels.size(); ++i) {
        FindingPanel *old = m_panels.at(i);
        if (old->finding().checkId != checkId)
            continue;
        const auto found = std::find_if(session.findings.cbegin(), session.findings.cend(),
            [&](const checks::Finding &f) { return f.checkId == checkId; });
        if (found == session.findings.cend())
            continue;
        const checks::Finding &finding = *found;
        const bool hadFocus = old->isAncestorOf(focusWidget());
        const int index = m_panelLayout->indexOf(old);
        FindingPanel *fresh = addPanel(finding, index);
        m_panels.replace(i, fresh);
        delete old;
        if (hadFocus)
            fresh->runAgainButton()->setFocus(Qt::OtherFocusReason);
    }
    applyFilter();
}

void ResultsPage::setRunAgainAvailable(bool available)
{
    m_runAgainAvailable = available;
    for (FindingPanel *panel : std::as_const(m_panels))
        panel->setRunAgainAvailable(available);
}

void ResultsPage::setRunAgainBusy(const QString &checkId, bool busy)
{
    for (FindingPanel *panel : std::as_const(m_panels)) {
        // While one check runs again, the others wait: one diagnosis at a time.
        panel->setRunAgainBusy(busy);
        if (busy && panel->finding().checkId != checkId)
            panel->runAgainButton()->setText(tr("Run a&gain"));
    }
}

QList<FindingPanel *> ResultsPage::visiblePanels() const
{
    QList<FindingPanel *> out;
    for (FindingPanel *panel : m_panels) {
        if (!panel->isHidden())
            out << panel;
    }
    return out;
}

void ResultsPage::applyFilter()
{
    const bool only = m_failuresOnly->isChecked();
    int hidden = 0;
    for (FindingPanel *panel : std::as_const(m_panels)) {
        const bool show = !only || isProblem(panel->finding().status);
        panel->setHidden(!show);
        hidden += show ? 0 : 1;
    }
    if (!only)
        m_filterNote->clear();
    else if (hidden == m_panels.size())
        m_filterNote->setText(tr("No failures: every check passed or was skipped."));
    else
        m_filterNote->setText(hidden == 1 ? tr("1 passed or skipped check hidden.")
                                          : tr("%1 passed or skipped checks hidden.").arg(hidden));
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
