#include "ui/ParsedErrorView.h"

#include "core/playbook/ErrorCatalog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace sspr::ui {

namespace {
QString codeText(int code)
{
    return QStringLiteral("AADSTS") + QString::number(code);
}
} // namespace

ParsedErrorView::ParsedErrorView(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_code = addRow(tr("Error code"), "codeValue");
    m_meaning = addRow(tr("What it means"), "meaningValue");
    m_correlationId = addRow(tr("Correlation ID"), "correlationIdValue");
    m_traceId = addRow(tr("Trace ID"), "traceIdValue");
    m_timestamp = addRow(tr("Timestamp (UTC)"), "timestampValue");
    m_plannedChecks = addRow(tr("Checks to run"), "plannedChecksValue");

    setParsed({});
}

QLabel *ParsedErrorView::addRow(const QString &label, const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setAccessibleName(label);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label + QLatin1Char(':'), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    static_cast<QFormLayout *>(layout())->addRow(caption, value);
    return value;
}

void ParsedErrorView::showValue(QLabel *label, const QString &value)
{
    label->setText(value);
    label->setFont(font());
    label->setForegroundRole(QPalette::WindowText);
    label->setProperty("missing", false);
}

void ParsedErrorView::showMissing(QLabel *label, const QString &why)
{
    label->setText(why);
    QFont italic = font();
    italic.setItalic(true);
    label->setFont(italic);
    // PlaceholderText is the palette's own "greyed" role, readable in light and dark themes.
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setProperty("missing", true);
}

void ParsedErrorView::setParsed(const playbook::ParsedError &parsed)
{
    const QString notFound = tr("not found");
    if (parsed.aadstsCodes.isEmpty()) {
        showMissing(m_code, notFound);
        showMissing(m_meaning,
            tr("No AADSTS code in the text: the checks for AADSTS120021, the most common "
               "password reset failure, will run."));
    } else {
        const int code = parsed.primaryCode();
        const auto entry = playbook::ErrorCatalog::builtIn().find(code);
        QString text = codeText(code);
        if (entry)
            text += QStringLiteral(" — ") + entry->name;
        if (parsed.aadstsCodes.size() > 1) {
            QStringList others;
            for (int i = 1; i < parsed.aadstsCodes.size(); ++i)
                others << codeText(parsed.aadstsCodes.at(i));
            text += QLatin1Char(' ') + tr("(also %1)").arg(others.join(QStringLiteral(", ")));
        }
        showValue(m_code, text);
        if (entry)
            showValue(m_meaning, entry->meaning);
        else
            showMissing(m_meaning,
                tr("Not a password change or reset (1200xx) code this tool knows: the "
                   "general password reset checks will run."));
    }

    if (parsed.correlationId.isEmpty())
        showMissing(m_correlationId, notFound);
    else
        showValue(m_correlationId, parsed.correlationId);

    if (parsed.traceId.isEmpty())
        showMissing(m_traceId, notFound);
    else
        showValue(m_traceId, parsed.traceId);

    if (parsed.timestampUtc.isValid())
        showValue(m_timestamp,
            tr("%1 UTC").arg(
                parsed.timestampUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    else
        showMissing(m_timestamp, notFound);
}

void ParsedErrorView::setPlannedChecks(const QStringList &titles)
{
    if (titles.isEmpty())
        showMissing(m_plannedChecks, tr("none"));
    else
        showValue(m_plannedChecks, QLocale().createSeparatedList(titles));
}

} // namespace sspr::ui
