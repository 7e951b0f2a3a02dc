#include "ui/DataCollectionPage.h"

#include "core/report/BundleWriter.h"
#include "core/report/HarWriter.h"
#include "core/report/ReportFile.h"
#include "core/report/WindowsCollector.h"
#include "core/trace/HttpTrace.h"
#include "ui/PageTitle.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sspr::ui {

DataCollectionPage::DataCollectionPage(trace::HttpTrace *trace, QWidget *parent)
    : QWizardPage(parent)
    , m_trace(trace)
    , m_chooser(defaultSaveFileChooser())
    , m_traceCount(new QLabel(this))
    , m_exportHar(new QPushButton(tr("Export HTTP &trace (HAR)…"), this))
    , m_saveBundle(new QPushButton(tr("Save &bundle (.zip)…"), this))
    , m_status(new QLabel(this))
{
    setTitle(pageTitle(tr("Collect data for support")));
    setSubTitle(tr("Tokens, codes, passwords and cookies are removed from everything saved "
                   "here."));

    m_traceCount->setWordWrap(true);
    m_exportHar->setAccessibleName(tr("Export the HTTP trace as HAR"));
    m_exportHar->setAccessibleDescription(
        tr("Saves the app's own redacted HTTP trace in HTTP Archive 1.2 format"));
    m_saveBundle->setAccessibleName(tr("Save a support bundle"));
    m_saveBundle->setAccessibleDescription(
        tr("A zip file with the HTML, JSON and text reports, the support summary, the HTTP "
           "trace and a manifest"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_traceCount);
    layout->addWidget(m_exportHar, 0, Qt::AlignLeft);
    layout->addWidget(m_saveBundle, 0, Qt::AlignLeft);

    if (report::WindowsCollector::isAvailable()) {
        auto *windows = new QGroupBox(tr("Windows"), this);
        auto *box = new QVBoxLayout(windows);
        m_exportEventLog = new QPushButton(tr("Export the AAD &event log…"), windows);
        m_exportEventLog->setAccessibleName(
            tr("Export the Microsoft-Windows-AAD/Operational event log"));
        m_netsh = new QPlainTextEdit(windows);
        m_netsh->setReadOnly(true);
        m_netsh->setTabChangesFocus(true);
        m_netsh->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_netsh->setPlainText(report::WindowsCollector::netshInstructions());
        m_netsh->setAccessibleName(tr("Network capture instructions"));
        box->addWidget(new QLabel(tr("The bundle includes the event log of the hours around "
                                     "the error and the output of dsregcmd /status."),
            windows));
        box->addWidget(m_exportEventLog, 0, Qt::AlignLeft);
        box->addWidget(m_netsh, 1);
        layout->addWidget(windows, 1);
        connect(m_exportEventLog, &QPushButton::clicked, this, &DataCollectionPage::exportEventLog);
    } else {
        layout->addStretch(1);
    }
    layout->addWidget(m_status);

    connect(m_exportHar, &QPushButton::clicked, this, &DataCollectionPage::exportHar);
    connect(m_saveBundle, &QPushButton::clicked, this, &DataCollectionPage::saveBundle);
    if (m_trace)
        connect(m_trace, &trace::HttpTrace::recorded, this, &DataCollectionPage::updateTraceCount);
    updateTraceCount();
}

void DataCollectionPage::setSession(const report::Session &session)
{
    m_session = session;
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
    const QString path = ask(tr("Save support bundle"), QStringLiteral("sspr-support-bundle.zip"),
        tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return false;
    QStringList problems;
    report::BundleWriter::Files extra;
    if (report::WindowsCollector::isAvailable()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto window = report::WindowsCollector::windowFor(
            m_session.error.timestampUtc, QDateTime::currentDateTimeUtc());
        extra = report::WindowsCollector::collect(window.first, window.second, &problems);
        QApplication::restoreOverrideCursor();
    }
    const QList<trace::HttpExchange> entries
        = m_trace ? m_trace->entries() : QList<trace::HttpExchange>();
    if (const auto problem = report::BundleWriter::write(path, m_session, entries, extra)) {
        m_status->setText(*problem);
        return false;
    }
    QString text = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    if (!problems.isEmpty())
        text += QLatin1Char(' ') + tr("Not included: %1").arg(problems.join(QStringLiteral("; ")));
    m_status->setText(text);
    return true;
}

bool DataCollectionPage::exportEventLog()
{
    const QString path = ask(tr("Export event log"), QStringLiteral("aad-operational.evtx"),
        tr("Windows event log (*.evtx)"));
    if (path.isEmpty())
        return false;
    const auto window = report::WindowsCollector::windowFor(
        m_session.error.timestampUtc, QDateTime::currentDateTimeUtc());
    if (const auto problem
        = report::WindowsCollector::exportEventLog(path, window.first, window.second)) {
        m_status->setText(*problem);
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sspr::ui
