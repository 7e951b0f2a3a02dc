#include "ui/ParsedErrorView.h"

#include "core/playbook/ErrorCatalog.h"
#include "ui/StatusStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace sspr::ui {

namespace {
const char *EditedProperty = "edited";

QString codeText(int code)
{
    return QStringLiteral("AADSTS") + QString::number(code);
}
} // namespace

ParsedErrorView::ParsedErrorView(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_code = addEdit(tr("Error &code"), tr("AADSTS120021"), "codeValue");
    m_meaning = addLabel(tr("What it means"), "meaningValue");
    m_correlationId = addEdit(
        tr("C&orrelation ID"), tr("00000000-0000-0000-0000-000000000000"), "correlationIdValue");
    m_traceId
        = addEdit(tr("T&race ID"), tr("00000000-0000-0000-0000-000000000000"), "traceIdValue");
    m_timestamp = addEdit(tr("Ti&mestamp (UTC)"), tr("2024-05-02 09:14:33"), "timestampValue");
    m_plannedChecks = addLabel(tr("Checks to run"), "plannedChecksValue");

    m_message->setObjectName(QStringLiteral("fieldsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    form->addRow(m_message);

    setParsed({});
}

QLineEdit *ParsedErrorView::addEdit(const QString &label, const QString &hint, const char *name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    QString plain = label;
    edit->setAccessibleName(plain.remove(QLatin1Char('&')));
    edit->setProperty(EditedProperty, false);
    edit->setToolTip(tr("Read from the pasted text; you can correct it. Example: %1").arg(hint));
    auto *caption = new QLabel(label + QLatin1Char(':'), this);
    caption->setBuddy(edit);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    static_cast<QFormLayout *>(layout())->addRow(caption, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        edit->setProperty(EditedProperty, true);
        onEdited();
    });
    return edit;
}

QLabel *ParsedErrorView::addLabel(const QString &label, const char *name)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(name));
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

std::optional<int> ParsedErrorView::readCode(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(?:AADSTS)?\s*(\d{5,6})\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

std::optional<QString> ParsedErrorView::readGuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?\s*$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLower();
}

std::optional<QDateTime> ParsedErrorView::readTimestamp(const QString &text)
{
    QString value = text.trimmed();
    if (value.endsWith(QLatin1String("UTC"), Qt::CaseInsensitive))
        value.chop(3);
    value = value.trimmed();
    if (value.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive))
        value.chop(1);
    value.replace(QLatin1Char('T'), QLatin1Char(' '));
    for (const QString &format : { QStringLiteral("yyyy-MM-dd HH:mm:ss"),
             QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"), QStringLiteral("yyyy-MM-dd HH:mm") }) {
        QDateTime parsed = QDateTime::fromString(value, format);
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::utc());
            return parsed;
        }
    }
    return std::nullopt;
}

QString ParsedErrorView::timestampText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void ParsedErrorView::setIfNotEdited(QLineEdit *edit, const QString &value)
{
    if (!edit->property(EditedProperty).toBool() && edit->text() != value)
        edit->setText(value);
}

void ParsedErrorView::setParsed(const playbook::ParsedError &parsed)
{
    m_otherCodes = parsed.aadstsCodes.mid(1);
    setIfNotEdited(
        m_code, parsed.aadstsCodes.isEmpty() ? QString() : codeText(parsed.primaryCode()));
    setIfNotEdited(m_correlationId, parsed.correlationId);
    setIfNotEdited(m_traceId, parsed.traceId);
    setIfNotEdited(m_timestamp,
        parsed.timestampUtc.isValid() ? timestampText(parsed.timestampUtc) : QString());
    for (QLineEdit *edit : { m_code, m_correlationId, m_traceId, m_timestamp })
        edit->setPlaceholderText(tr("not found"));
    onEdited();
}

void ParsedErrorView::onEdited()
{
    QStringList problems;
    if (!m_code->text().trimmed().isEmpty() && !readCode(m_code->text()))
        problems << tr("The error code should look like AADSTS120021 (or just 120021).");
    if (!m_correlationId->text().trimmed().isEmpty() && !readGuid(m_correlationId->text()))
        problems << tr("The correlation ID should be a GUID like "
                       "5d2a8c41-07e3-4f9b-b6c2-9a1e4d7f3b28.");
    if (!m_traceId->text().trimmed().isEmpty() && !readGuid(m_traceId->text()))
        problems << tr("The trace ID should be a GUID like 1b7e0f53-9a7c-4a5b-8d62-3c1f9e2a7b10.");
    if (!m_timestamp->text().trimmed().isEmpty() && !readTimestamp(m_timestamp->text()))
        problems << tr("The timestamp should be a UTC date and time like 2024-05-02 09:14:33.");
    if (problems.isEmpty()) {
        m_message->clear();
        m_message->setVisible(false);
    } else {
        // The warning sign and the words carry the message; the colour only adds to it.
        m_message->setText(tr("⚠ %1").arg(problems.join(QLatin1Char(' '))));
        QPalette warn = palette();
        warn.setColor(QPalette::WindowText, StatusStyle::color(checks::Status::Fail, palette()));
        m_message->setPalette(warn);
        m_message->setVisible(true);
    }
    showMeaning();
    Q_EMIT fieldsChanged();
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

void ParsedErrorView::showMeaning()
{
    const int code = fields().code;
    if (code == 0) {
        showMissing(m_meaning,
            tr("No AADSTS code: the checks for AADSTS120021, the most common password reset "
               "failure, will run."));
        return;
    }
    const auto entry = playbook::ErrorCatalog::builtIn().find(code);
    if (!entry) {
        showMissing(m_meaning,
            tr("Not a password change or reset (1200xx) code this tool knows: the general "
               "password reset checks will run."));
        return;
    }
    QString text = entry->name + QStringLiteral(": ") + entry->meaning;
    if (!m_otherCodes.isEmpty() && !m_code->property(EditedProperty).toBool()) {
        QStringList others;
        for (int other : std::as_const(m_otherCodes))
            others << codeText(other);
        text += QLatin1Char(' ')
            + tr("(The text also names %1.)").arg(QLocale().createSeparatedList(others));
    }
    m_meaning->setText(text);
    m_meaning->setFont(font());
    m_meaning->setForegroundRole(QPalette::WindowText);
    m_meaning->setProperty("missing", false);
}

void ParsedErrorView::setPlannedChecks(const QStringList &titles)
{
    if (titles.isEmpty()) {
        showMissing(m_plannedChecks, tr("none"));
        return;
    }
    m_plannedChecks->setText(QLocale().createSeparatedList(titles));
    m_plannedChecks->setFont(font());
    m_plannedChecks->setForegroundRole(QPalette::WindowText);
    m_plannedChecks->setProperty("missing", false);
}

bool ParsedErrorView::isValid() const
{
    return m_message->text().isEmpty();
}

ParsedErrorView::Fields ParsedErrorView::fields() const
{
    Fields out;
    out.code = readCode(m_code->text()).value_or(0);
    out.correlationId = readGuid(m_correlationId->text()).value_or(QString());
    out.traceId = readGuid(m_traceId->text()).value_or(QString());
    out.timestampUtc = readTimestamp(m_timestamp->text()).value_or(QDateTime());
    return out;
}

QString ParsedErrorView::editedFieldsText() const
{
    const Fields values = fields();
    QStringList lines;
    // Data for the parser, not for people: no tr().
    if (m_code->property(EditedProperty).toBool() && values.code)
        lines << codeText(values.code);
    if (m_correlationId->property(EditedProperty).toBool() && !values.correlationId.isEmpty())
        lines << QStringLiteral("Correlation ID: ") + values.correlationId;
    if (m_traceId->property(EditedProperty).toBool() && !values.traceId.isEmpty())
        lines << QStringLiteral("Trace ID: ") + values.traceId;
    if (m_timestamp->property(EditedProperty).toBool() && values.timestampUtc.isValid())
        lines << QStringLiteral("Timestamp: ") + values.timestampUtc.toUTC().toString(Qt::ISODate);
    return lines.join(QLatin1Char('\n'));
}

} // namespace sspr::ui
