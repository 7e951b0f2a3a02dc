#include "ui/DataCollectionPage.h"

#include "core/report/BundleWriter.h"
#include "core/report/HarWriter.h"
#include "core/report/ReportFile.h"
#include "core/report/WindowsCollector.h"
#include "core/trace/HttpTrace.h"
#include "ui/PageTitle.h"
#include "ui/UiLogging.h"

#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sspr::ui {

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

DataCollectionPage::DataCollectionPage(trace::HttpTrace *trace, QWidget *parent)
    : QWizardPage(parent)
    , m_trace(trace)
    , m_chooser(defaultSaveFileChooser())
    , m_traceCount(new QLabel(this))
    , m_exportHar(new QPushButton(tr("Export HTTP &trace (HAR)…"), this))
    , m_saveBundle(new QPushButton(tr("Save b&undle (.zip)…"), this))
    , m_cancel(new QPushButton(tr("&Cancel collection"), this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setTitle(pageTitle(tr("Collect data for support")));
    setSubTitle(tr("Save what your IT support or Microsoft support needs to investigate. "
                   "Tokens, codes, passwords and cookies are removed from everything saved "
                   "here."));
    const bool windows = report::WindowsCollector::isAvailable();
    if (windows)
        m_bundleSteps = &report::WindowsCollectionJob::bundleSteps;

    m_cancel->setAccessibleName(tr("Cancel the Windows data collection"));
    m_cancel->setVisible(false);
    m_busy->setRange(0, 0); // no step count worth showing: a busy indicator
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Collection in progress"));
    m_busy->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTraceGroup());
    layout->addWidget(buildBundleGroup(windows));
    if (windows) {
        m_windows = buildWindowsGroup();
        layout->addWidget(m_windows, 1);
    }
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    layout->addLayout(statusRow);
    if (!windows)
        layout->addStretch(1);

    connect(m_exportHar, &QPushButton::clicked, this, &DataCollectionPage::exportHar);
    connect(m_saveBundle, &QPushButton::clicked, this, &DataCollectionPage::saveBundle);
    connect(m_cancel, &QPushButton::clicked, this, &DataCollectionPage::cancelCollection);
    if (m_trace)
        connect(m_trace, &trace::HttpTrace::recorded, this, &DataCollectionPage::updateTraceCount);
    updateTraceCount();
}

QGroupBox *DataCollectionPage::buildTraceGroup()
{
    auto *group = new QGroupBox(tr("HTTP trace"), this);
    group->setAccessibleName(tr("HTTP trace"));
    auto *box = new QVBoxLayout(group);
    box->addWidget(explanation(
        tr("Every request this app sent during the diagnosis (Microsoft Graph and sign-in) "
           "with its reply: addresses, status codes, timings, headers and bodies, as an HTTP "
           "Archive (.har) that browser developer tools and Fiddler open. Authorization "
           "headers, tokens, codes, passwords and cookies are removed."),
        group));
    m_traceCount->setWordWrap(true);
    m_traceCount->setParent(group);
    box->addWidget(m_traceCount);
    m_exportHar->setParent(group);
    m_exportHar->setAccessibleName(tr("Export the HTTP trace as HAR"));
    m_exportHar->setAccessibleDescription(
        tr("Saves the app's own redacted HTTP trace in HTTP Archive 1.2 format"));
    box->addWidget(m_exportHar, 0, Qt::AlignLeft);
    return group;
}

QGroupBox *DataCollectionPage::buildBundleGroup(bool windows)
{
    auto *group = new QGroupBox(tr("Support bundle"), this);
    group->setAccessibleName(tr("Support bundle"));
    auto *box = new QVBoxLayout(group);
    QString text = tr("One .zip file to send to support: the report as HTML, JSON and text, "
                      "the support summary, the HTTP trace above and a manifest listing each "
                      "file with its size and SHA-256 checksum. Secrets are removed as in the "
                      "trace.");
    if (windows)
        text += QLatin1Char(' ')
            + tr("On this PC it also contains the Microsoft-Windows-AAD/Operational event log "
                 "of the hours around the error and the output of dsregcmd /status; "
                 "collecting them can take a minute.");
    box->addWidget(explanation(text, group));
    m_saveBundle->setParent(group);
    m_saveBundle->setAccessibleName(tr("Save a support bundle"));
    m_saveBundle->setAccessibleDescription(
        tr("A zip file with the HTML, JSON and text reports, the support summary, the HTTP "
           "trace and a manifest"));
    box->addWidget(m_saveBundle, 0, Qt::AlignLeft);
    return group;
}

QGroupBox *DataCollectionPage::buildWindowsGroup()
{
    auto *group = new QGroupBox(tr("Windows event log and network capture"), this);
    group->setAccessibleName(tr("Windows event log and network capture"));
    auto *box = new QVBoxLayout(group);
    box->addWidget(explanation(tr("The AAD event log records this PC's sign-in and device "
                                  "registration events; export it alone for the hours "
                                  "around the error. For a network capture, follow the "
                                  "steps below in an administrator command prompt."),
        group));
    m_exportEventLog = new QPushButton(tr("Export the AAD &event log…"), group);
    m_exportEventLog->setAccessibleName(
        tr("Export the Microsoft-Windows-AAD/Operational event log"));
    m_netsh = new QPlainTextEdit(group);
    m_netsh->setReadOnly(true);
    m_netsh->setTabChangesFocus(true);
    m_netsh->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_netsh->setPlainText(report::WindowsCollector::netshInstructions());
    m_netsh->setAccessibleName(tr("Network capture instructions"));
    box->addWidget(m_exportEventLog, 0, Qt::AlignLeft);
    box->addWidget(m_netsh, 1);
    connect(m_exportEventLog, &QPushButton::clicked, this, &DataCollectionPage::exportEventLog);
    return group;
}

void DataCollectionPage::setSession(const report::Session &session)
{
    m_session = session;
    if (!isCollecting())
        m_status->clear();
    updateTraceCount();
}

void DataCollectionPage::setReportFolder(const QString &folder)
{
    m_folder = folder;
}

void DataCollectionPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooser = std::move(chooser);
}

void DataCollectionPage::setBundleSteps(BundleSteps steps)
{
    m_bundleSteps = std::move(steps);
}

void DataCollectionPage::setCollectionTimeout(int ms)
{
    m_timeoutMs = ms;
}

bool DataCollectionPage::isCollecting() const
{
    return m_job && m_job->isRunning();
}

bool DataCollectionPage::isComplete() const
{
    return !isCollecting() && QWizardPage::isComplete();
}

void DataCollectionPage::updateTraceCount()
{
    const int count = m_trace ? int(m_trace->entries().size()) : 0;
    m_traceCount->setText(count == 0
            ? tr("No HTTP exchange has been recorded yet.")
            : tr("%n HTTP exchange(s) recorded (redacted).", nullptr, count));
}

QString DataCollectionPage::ask(
    const QString &title, const QString &fileName, const QString &filter)
{
    return m_chooser(this, title, suggestedPath(m_folder, fileName), filter);
}

QPair<QDateTime, QDateTime> DataCollectionPage::window() const
{
    return report::WindowsCollector::windowFor(
        m_session.error.timestampUtc, QDateTime::currentDateTimeUtc());
}

bool DataCollectionPage::exportHar()
{
    const QString path = ask(
        tr("Export HTTP trace"), QStringLiteral("sspr-trace.har"), tr("HTTP Archive (*.har)"));
    if (path.isEmpty())
        return false;
    const QList<trace::HttpExchange> entries
        = m_trace ? m_trace->entries() : QList<trace::HttpExchange>();
    if (const auto problem = report::ReportFile::save(
            path, report::HarWriter::render(entries, m_session.appVersion))) {
        m_status->setText(*problem);
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DataCollectionPage::saveBundle()
{
    if (isCollecting())
        return false;
    const QString path = ask(tr("Save support bundle"), QStringLiteral("sspr-support-bundle.zip"),
        tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return false;
    if (!m_bundleSteps) {
        return writeBundle(path, {});
    }
    auto *job = new report::WindowsCollectionJob(this);
    const auto [from, to] = window();
    const QList<report::CollectionStep> steps = m_bundleSteps(job->scratchDir(), from, to);
    m_job = job;
    startCollection(steps, [this, path](const report::CollectionResult &result) {
        emit collectionFinished(writeBundle(path, result));
    });
    return true;
}

bool DataCollectionPage::writeBundle(const QString &path, const report::CollectionResult &collected)
{
    if (collected.cancelled) {
        m_status->setText(tr("Cancelled. The bundle was not saved."));
        return false;
    }
    const QList<trace::HttpExchange> entries
        = m_trace ? m_trace->entries() : QList<trace::HttpExchange>();
    if (const auto problem
        = report::BundleWriter::write(path, m_session, entries, collected.files)) {
        m_status->setText(*problem);
        return false;
    }
    QString text = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    if (!collected.problems.isEmpty())
        text += QLatin1Char(' ')
            + tr("Not included: %1").arg(collected.problems.join(QStringLiteral("; ")));
    m_status->setText(text);
    return true;
}

bool DataCollectionPage::exportEventLog()
{
    if (isCollecting())
        return false;
    const QString path = ask(tr("Export event log"), QStringLiteral("aad-operational.evtx"),
        tr("Windows event log (*.evtx)"));
    if (path.isEmpty())
        return false;
    const auto [from, to] = window();
    m_job = new report::WindowsCollectionJob(this);
    startCollection(report::WindowsCollectionJob::eventLogSteps(path, from, to),
        [this, path](const report::CollectionResult &result) {
            if (result.cancelled)
                m_status->setText(tr("Cancelled. The event log was not exported."));
            else if (!result.problems.isEmpty())
                m_status->setText(result.problems.join(QStringLiteral("; ")));
            else
                m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
            emit collectionFinished(!result.cancelled && result.problems.isEmpty());
        });
    return true;
}

void DataCollectionPage::startCollection(const QList<report::CollectionStep> &steps,
    std::function<void(const report::CollectionResult &)> done)
{
    report::WindowsCollectionJob *job = m_job;
    job->setSteps(steps);
    job->setTimeout(m_timeoutMs);
    connect(job, &report::WindowsCollectionJob::stepStarted, this,
        [this](int index, int count, const QString &label) {
            m_status->setText(tr("Collecting %1 (%2 of %3)…")
                                  .arg(label, QString::number(index + 1), QString::number(count)));
        });
    connect(job, &report::WindowsCollectionJob::finished, this,
        [this, job, done = std::move(done)](const report::CollectionResult &result) {
            qCInfo(lcUi) << "collection finished:" << result.files.size() << "files,"
                         << result.problems.size() << "problems, cancelled" << result.cancelled;
            setCollecting(false);
            done(result);
            job->deleteLater();
        });
    m_status->setText(tr("Starting the collection…"));
    job->start();
    setCollecting(true);
}

void DataCollectionPage::cancelCollection()
{
    if (m_job)
        m_job->cancel();
}

void DataCollectionPage::setCollecting(bool collecting)
{
    m_exportHar->setEnabled(!collecting);
    m_saveBundle->setEnabled(!collecting);
    if (m_exportEventLog)
        m_exportEventLog->setEnabled(!collecting);
    m_cancel->setVisible(collecting);
    m_busy->setVisible(collecting);
    if (collecting)
        m_cancel->setFocus(); // the pressed button is now disabled: keep keyboard focus useful
    emit completeChanged();
}

} // namespace sspr::ui
