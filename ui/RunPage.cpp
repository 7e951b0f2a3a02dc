#include "ui/RunPage.h"

#include "core/graph/GraphClient.h"
#include "core/playbook/Diagnosis.h"
#include "core/playbook/ErrorTextParser.h"
#include "ui/CheckRow.h"
#include "ui/PageTitle.h"
#include "ui/StatusStyle.h"
#include "ui/UiLogging.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sspr::ui {

using checks::Status;

RunPage::RunPage(const WizardEnvironment &env, QWidget *parent)
    : QWizardPage(parent)
    , m_env(env)
    , m_statusLine(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("&Cancel checks"), this))
    , m_runAgainButton(new QPushButton(tr("&Run again"), this))
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(pageTitle(tr("Running the checks")));
    setSubTitle(tr("The checks only read; nothing is changed. This usually takes a few seconds."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_statusLine->setObjectName(QStringLiteral("runStatus"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextFormat(Qt::PlainText);
    layout->addWidget(m_statusLine);

    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("%v of %m checks"));
    layout->addWidget(m_progress);

    // The rows live in a scroll area: later playbooks run a dozen checks.
    auto *rowsHost = new QWidget;
    rowsHost->setObjectName(QStringLiteral("checkRows"));
    m_rowLayout = new QVBoxLayout(rowsHost);
    m_rowLayout->setContentsMargins(8, 4, 8, 4);
    m_rowLayout->setSpacing(0);
    m_rowLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(rowsHost);
    scroll->setAccessibleName(tr("Checks"));
    scroll->setBackgroundRole(QPalette::Base);
    rowsHost->setBackgroundRole(QPalette::Base);
    layout->addWidget(scroll, 1);

    m_cancelButton->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the checks"));
    m_cancelButton->setToolTip(tr("Stop the checks now. Requests in flight are cancelled."));
    m_runAgainButton->setObjectName(QStringLiteral("runAgainButton"));
    m_runAgainButton->setAccessibleName(tr("Run the checks again"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_runAgainButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &RunPage::cancelRun);
    connect(m_runAgainButton, &QPushButton::clicked, this, &RunPage::startRun);
    m_cancelButton->setEnabled(false);
    m_runAgainButton->setEnabled(false);
}

RunPage::~RunPage()
{
    // Signals from a diagnosis that outlives nothing it talks to must not reach a dead page.
    releaseDiagnosis();
}

void RunPage::initializePage()
{
    startRun();
}

void RunPage::cleanupPage()
{
    // Back is disabled while running; this covers the wizard being restarted or closed.
    if (m_running)
        cancelRun();
}

bool RunPage::isComplete() const
{
    return !m_running && m_session.has_value();
}

bool RunPage::validatePage()
{
    return isComplete();
}

QString RunPage::sourceLabel() const
{
    if (!m_env.source.isEmpty())
        return m_env.source;
    if (!m_env.demoLabel.isEmpty())
        return QStringLiteral("demo:") + m_env.demoLabel;
    return m_env.graph ? m_env.graph->baseUrl().host() : QString();
}

void RunPage::releaseDiagnosis()
{
    if (!m_diagnosis)
        return;
    m_diagnosis->disconnect(this);
    if (m_diagnosis->isRunning())
        m_diagnosis->cancel();
    m_diagnosis->deleteLater();
    m_diagnosis = nullptr;
}

void RunPage::startRun()
{
    if (m_running)
        return;
    releaseDiagnosis();
    m_session.reset();
    m_cancelled = false;

    RunRequest request;
    if (m_requestSource) {
        request = m_requestSource();
    } else {
        request.input.errorText = field(QStringLiteral("errorText")).toString();
        request.input.userKey = field(QStringLiteral("userKey")).toString().trimmed();
        request.tokens = m_env.tokens;
    }
    playbook::DiagnosisInput &input = request.input;
    if (input.source.isEmpty())
        input.source = sourceLabel();

    clearRows();
    m_rerunCheckId.clear();
    const playbook::ParsedError parsed = playbook::ErrorTextParser::parse(input.errorText);
    for (const auto &planned : playbook::Diagnosis::plannedChecks(parsed, input.answers))
        addRow(planned.first, planned.second);
    updateProgress();

    // A fresh Diagnosis per run: a cancelled run's late signals cannot touch the next one.
    m_diagnosis = new playbook::Diagnosis(m_env.graph, request.tokens, this);
    if (m_env.probes)
        m_diagnosis->setProbeRunner(m_env.probes);
    connect(m_diagnosis, &playbook::Diagnosis::checkStarted, this, &RunPage::onCheckStarted);
    connect(m_diagnosis, &playbook::Diagnosis::checkFinished, this, &RunPage::onCheckFinished);
    connect(m_diagnosis, &playbook::Diagnosis::finished, this, &RunPage::onFinished);

    qCInfo(lcUi) << "run started:" << m_rowOrder.size() << "checks, source" << input.source;
    setRunning(true);
    m_diagnosis->start(input);
}

bool RunPage::rerunCheck(const QString &checkId)
{
    if (m_running || !m_diagnosis || !m_session || !m_rows.contains(checkId))
        return false;
    qCInfo(lcUi) << "running again:" << checkId;
    m_cancelled = false;
    m_rerunCheckId = checkId;
    setRunning(true);
    m_diagnosis->rerun(checkId);
    return true;
}

void RunPage::setRequestSource(std::function<RunRequest()> source)
{
    m_requestSource = std::move(source);
}

void RunPage::cancelRun()
{
    if (!m_running || !m_diagnosis)
        return;
    qCInfo(lcUi) << "run cancelled by the user";
    m_cancelled = true;
    // Settle the rows first: Diagnosis may report the cancelled checks synchronously.
    for (CheckRow *row : std::as_const(m_rowOrder))
        row->setCancelled();
    m_diagnosis->cancel();
    // The page must not wait on the network: whatever Diagnosis still reports, the run is over.
    if (m_running)
        setRunning(false);
    updateProgress();
}

void RunPage::onCheckStarted(const QString &checkId)
{
    CheckRow *row = m_rows.value(checkId);
    if (!row)
        row = addRow(checkId, checkId);
    row->setRunning();
    updateProgress();
}

void RunPage::onCheckFinished(const checks::Finding &finding)
{
    CheckRow *row = m_rows.value(finding.checkId);
    if (!row)
        row = addRow(finding.checkId, finding.title);
    // A check the user cancelled comes back as an error "cancelled": keep saying Cancelled.
    if (m_cancelled && row->state() == CheckRow::State::Cancelled
        && finding.status == Status::Error)
        return;
    row->setFinding(finding);
    updateProgress();
}

void RunPage::onFinished(const report::Session &session)
{
    for (const auto &finding : session.findings) {
        CheckRow *row = m_rows.value(finding.checkId);
        if (row && !row->isSettled())
            onCheckFinished(finding);
    }
    // A planned check the run never reported is not done: say so rather than leave a spinner.
    for (CheckRow *row : std::as_const(m_rowOrder)) {
        if (!row->isSettled())
            row->setCancelled();
    }
    m_session = session;
    qCInfo(lcUi) << "run finished:" << report::verdictKey(session.verdict());
    const QString rerun = std::exchange(m_rerunCheckId, QString());
    setRunning(false);
    updateProgress();
    if (rerun.isEmpty())
        Q_EMIT sessionReady(session);
    else
        Q_EMIT checkRerun(session, rerun);
    Q_EMIT completeChanged();
}

void RunPage::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    m_cancelButton->setEnabled(running);
    m_runAgainButton->setEnabled(!running);
    if (running)
        m_cancelButton->setFocus();
    Q_EMIT completeChanged();
    Q_EMIT runningChanged(running);
}

void RunPage::updateProgress()
{
    int done = 0;
    QMap<Status, int> byStatus;
    for (const CheckRow *row : std::as_const(m_rowOrder)) {
        if (row->state() == CheckRow::State::Done) {
            ++done;
            ++byStatus[row->status()];
        }
    }
    const int total = int(m_rowOrder.size());
    m_progress->setRange(0, std::max(total, 1));
    // Cancelled checks are not progress: the bar counts what actually finished.
    m_progress->setValue(done);

    QString line;
    if (m_running) {
        line = tr("Running the checks… %1 of %2 done.").arg(done).arg(total);
    } else if (m_cancelled) {
        line = tr("Cancelled after %1 of %2 checks finished. Run again, or go back to change "
                  "the inputs.")
                   .arg(done)
                   .arg(total);
    } else if (m_session) {
        QStringList parts;
        for (Status status :
            { Status::Fail, Status::Error, Status::Skipped, Status::Warning, Status::Pass }) {
            if (byStatus.value(status) > 0)
                parts << tr("%1: %2").arg(StatusStyle::word(status)).arg(byStatus.value(status));
        }
        line = tr("Done. %1. Click Next for the results.").arg(parts.join(QStringLiteral(", ")));
    }
    m_statusLine->setText(line);
}

CheckRow *RunPage::addRow(const QString &checkId, const QString &title)
{
    auto *row = new CheckRow(checkId, title);
    if (!m_rowOrder.isEmpty()) {
        auto *line = new QFrame;
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Plain);
        line->setForegroundRole(QPalette::Midlight);
        line->setObjectName(QStringLiteral("rowSeparator"));
        m_rowLayout->insertWidget(m_rowLayout->count() - 1, line);
    }
    m_rowLayout->insertWidget(m_rowLayout->count() - 1, row);
    m_rows.insert(checkId, row);
    m_rowOrder.append(row);
    return row;
}

void RunPage::clearRows()
{
    // Everything but the trailing stretch.
    while (m_rowLayout->count() > 1) {
        QLayoutItem *item = m_rowLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    m_rowOrder.clear();
}

} // namespace sspr::ui
