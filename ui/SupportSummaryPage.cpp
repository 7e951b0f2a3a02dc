#include "ui/SupportSummaryPage.h"

#include "core/report/ReportWriter.h"
#include "core/report/SupportSummary.h"
#include "core/trace/HttpTrace.h"
#include "ui/PageTitle.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sspr::ui {

SupportSummaryPage::SupportSummaryPage(trace::HttpTrace *trace, QWidget *parent)
    : QWizardPage(parent)
    , m_trace(trace)
    , m_chooser(defaultSaveFileChooser())
    , m_summary(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy summary"), this))
    , m_link(new QLabel(this))
    , m_saveHtml(new QPushButton(tr("Save as &HTML…"), this))
    , m_saveJson(new QPushButton(tr("Save as &JSON…"), this))
    , m_saveText(new QPushButton(tr("Save as &text…"), this))
    , m_status(new QLabel(this))
{
    setTitle(pageTitle(tr("Support summary")));
    setSubTitle(tr("Paste this into your ticket, or attach a saved report."));

    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary->setAccessibleName(tr("Support summary"));
    m_summary->setAccessibleDescription(
        tr("Error code, correlation ID, tenant, user, findings and answers for a support ticket"));
    m_summary->setTabChangesFocus(true);
    m_copy->setAccessibleName(tr("Copy summary to the clipboard"));
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setAccessibleName(tr("Open a Microsoft support request"));
    m_saveHtml->setAccessibleName(tr("Save the report as HTML"));
    m_saveJson->setAccessibleName(tr("Save the report as JSON"));
    m_saveText->setAccessibleName(tr("Save the report as plain text"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Save status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_copy);
    saveRow->addStretch();
    saveRow->addWidget(m_saveHtml);
    saveRow->addWidget(m_saveJson);
    saveRow->addWidget(m_saveText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_link);
    layout->addWidget(m_status);

    connect(m_copy, &QPushButton::clicked, this, &SupportSummaryPage::copySummary);
    connect(
        m_saveHtml, &QPushButton::clicked, this, [this] { saveReport(QStringLiteral("html")); });
    connect(
        m_saveJson, &QPushButton::clicked, this, [this] { saveReport(QStringLiteral("json")); });
    connect(
        m_saveText, &QPushButton::clicked, this, [this] { saveReport(QStringLiteral("text")); });
}

void SupportSummaryPage::setSession(const report::Session &session)
{
    m_session = session;
    m_summary->setPlainText(report::SupportSummary::render(session));
    const QUrl url = report::SupportSummary::supportRequestUrl(session.cloudKey);
    m_link->setText(tr("<a href=\"%1\">Open a Microsoft support request</a> (Microsoft Entra "
                       "admin center, needs an administrator)")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    m_link->setToolTip(url.toString());
    m_status->clear();
}

void SupportSummaryPage::setReportFolder(const QString &folder)
{
    m_folder = folder;
}

void SupportSummaryPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooser = std::move(chooser);
}

QPushButton *SupportSummaryPage::saveButton(const QString &format) const
{
    if (format == QLatin1String("html"))
        return m_saveHtml;
    if (format == QLatin1String("json"))
        return m_saveJson;
    if (format == QLatin1String("text"))
        return m_saveText;
    return nullptr;
}

void SupportSummaryPage::copySummary()
{
    QApplication::clipboard()->setText(m_summary->toPlainText());
    m_status->setText(tr("The summary is on the clipboard."));
}

bool SupportSummaryPage::saveReport(const QString &format)
{
    QString fileName, filter;
    if (format == QLatin1String("html")) {
        fileName = QStringLiteral("sspr-report.html");
        filter = tr("HTML report (*.html)");
    } else if (format == QLatin1String("json")) {
        fileName = QStringLiteral("sspr-report.json");
        filter = tr("JSON report (*.json)");
    } else {
        fileName = QStringLiteral("sspr-report.txt");
        filter = tr("Text report (*.txt)");
    }
    const QString path
        = m_chooser(this, tr("Save report"), suggestedPath(m_folder, fileName), filter);
    if (path.isEmpty())
        return false;
    const QList<trace::HttpExchange> entries
        = m_trace ? m_trace->entries() : QList<trace::HttpExchange>();
    if (const auto problem = report::ReportWriter::write(format, path, m_session, entries)) {
        m_status->setText(*problem);
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace sspr::ui
