#include "ui/VerdictHeader.h"

#include "core/playbook/ErrorCatalog.h"
#include "ui/StatusIcon.h"
#include "ui/StatusStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>

namespace sspr::ui {

using checks::Status;
using report::Verdict;

namespace {
Status iconFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::AllPass:
        return Status::Pass;
    case Verdict::Warnings:
        return Status::Warning;
    case Verdict::Failed:
        return Status::Fail;
    case Verdict::Incomplete:
        return Status::Error; // the question mark: we could not tell
    }
    return Status::Error;
}
} // namespace

VerdictHeader::VerdictHeader(QWidget *parent)
    : QFrame(parent)
    , m_icon(new StatusIcon(40, this))
    , m_headline(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_context(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictHeader"));
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_explanation->setObjectName(QStringLiteral("verdictExplanation"));
    m_counts->setObjectName(QStringLiteral("verdictCounts"));
    m_context->setObjectName(QStringLiteral("verdictContext"));
    for (QLabel *label : { m_headline, m_explanation, m_counts, m_context }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_counts->setAccessibleName(tr("Summary of the checks"));
    connect(m_counts, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("check:")))
            Q_EMIT findingLinkActivated(link.mid(6));
    });
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_headline->setFont(big);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 4);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_icon, 0, 0, 4, 1, Qt::AlignTop);
    grid->addWidget(m_headline, 0, 1);
    grid->addWidget(m_explanation, 1, 1);
    grid->addWidget(m_counts, 2, 1);
    grid->addWidget(m_context, 3, 1);
    grid->setColumnStretch(1, 1);
}

QString VerdictHeader::headline() const
{
    return m_headline->text();
}

QString VerdictHeader::countLine() const
{
    return m_countLine;
}

void VerdictHeader::setSession(const report::Session &session)
{
    m_verdict = session.verdict();
    // Worded without counts so the English source needs no plural forms.
    switch (m_verdict) {
    case Verdict::AllPass:
        m_headline->setText(tr("All checks passed"));
        m_explanation->setText(
            tr("Nothing these checks can see explains the error. If it keeps happening, send "
               "the correlation ID and timestamp to Microsoft support."));
        break;
    case Verdict::Warnings:
        m_headline->setText(tr("No check failed, but some warnings deserve a look"));
        m_explanation->setText(tr("Read the warnings below: they may explain the error."));
        break;
    case Verdict::Failed:
        m_headline->setText(tr("A likely cause was found"));
        m_explanation->setText(
            tr("Start with what failed below: each finding says what to do and who can do it."));
        break;
    case Verdict::Incomplete:
        m_headline->setText(tr("Not all checks could run: this is not an all-clear"));
        m_explanation->setText(
            tr("Some checks were skipped or ended in an error, so a cause may have been missed. "
               "Each says what would let it run; fix that and run the checks again."));
        break;
    }
    m_icon->setStatus(iconFor(m_verdict));
    m_icon->setAccessibleName(m_headline->text());

    m_findings = session.findings;
    renderCountLine();
    m_counts->setVisible(!session.findings.isEmpty());

    QStringList context;
    if (!session.userKey.isEmpty())
        context << tr("User: %1").arg(session.userKey);
    if (session.playbookCode != 0) {
        const auto entry = playbook::ErrorCatalog::builtIn().find(session.playbookCode);
        context << (entry ? tr("Error: AADSTS%1 %2").arg(session.playbookCode).arg(entry->name)
                          : tr("Error: AADSTS%1").arg(session.playbookCode));
    }
    if (!session.error.correlationId.isEmpty())
        context << tr("Correlation ID: %1").arg(session.error.correlationId);
    if (session.source.startsWith(QLatin1String("demo:")))
        context << tr("Demo tenant: %1").arg(session.source.mid(5));
    m_context->setText(context.join(QStringLiteral("  ·  ")));
    m_context->setVisible(!context.isEmpty());
}

void VerdictHeader::renderCountLine()
{
    // Findings stay in playbook order below; this line puts what did not pass first, each
    // title a link (in its status colour, readable on any theme) that scrolls to its panel,
    // so nothing that failed is buried.
    QMap<Status, QStringList> titles;
    QMap<Status, QStringList> links;
    QStringList notApplicable; // skipped because it does not apply here: no gap, listed last
    for (const auto &finding : std::as_const(m_findings)) {
        if (finding.status == Status::Skipped && finding.notApplicable) {
            notApplicable << finding.title;
            continue;
        }
        titles[finding.status] << finding.title;
        links[finding.status] << QStringLiteral("<a href=\"check:%1\" style=\"color:%2;\">%3</a>")
                                     .arg(finding.checkId.toHtmlEscaped(),
                                         StatusStyle::color(finding.status, palette()).name(),
                                         finding.title.toHtmlEscaped());
    }
    QStringList plain;
    QStringList rich;
    for (Status status : { Status::Fail, Status::Error, Status::Skipped, Status::Warning }) {
        if (titles.value(status).isEmpty())
            continue;
        const QString format = tr("%1: %2");
        plain << format.arg(
            StatusStyle::word(status), QLocale().createSeparatedList(titles.value(status)));
        rich << format.arg(StatusStyle::word(status).toHtmlEscaped(),
            QLocale().createSeparatedList(links.value(status)));
    }
    if (!titles.value(Status::Pass).isEmpty()) {
        const QString passed = tr("%1: %2 of %3")
                                   .arg(StatusStyle::word(Status::Pass))
                                   .arg(titles.value(Status::Pass).size())
                                   .arg(m_findings.size());
        plain << passed;
        rich << passed.toHtmlEscaped();
    }
    if (!notApplicable.isEmpty()) {
        const QString line
            = tr("Not applicable here: %1").arg(QLocale().createSeparatedList(notApplicable));
        plain << line;
        rich << line.toHtmlEscaped();
    }
    m_countLine = plain.join(QStringLiteral("  ·  "));
    m_counts->setText(rich.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;")));
}

void VerdictHeader::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        renderCountLine();
}

} // namespace sspr::ui
