#include "ui/EvidenceTable.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontMetrics>
#include <QTextDocument>
#include <cmath>

namespace sspr::ui {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Rich-text tables ignore <nobr> once wrapping anywhere is on, so label columns get a pixel
// width from the font instead of a percentage.
QString row(const QString &heading, const QString &valueHtml, const QString &headingColour,
    int headingWidth)
{
    return QStringLiteral("<tr><td style=\"color:%1;\" width=\"%2\">%3</td><td>%4</td></tr>")
        .arg(headingColour)
        .arg(headingWidth)
        .arg(escaped(heading), valueHtml);
}

int labelWidth(const QFontMetrics &metrics, const QStringList &labels)
{
    int widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return widest + metrics.averageCharWidth() * 2;
}
} // namespace

EvidenceTable::EvidenceTable(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("evidenceTable"));
    setAccessibleName(tr("Evidence"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::StyledPanel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // Long request paths and GUIDs have no spaces: let them break anywhere rather than clip.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::AlternateBase);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &EvidenceTable::fitHeight);
}

void EvidenceTable::setEvidence(const QList<checks::EvidenceItem> &evidence)
{
    m_evidence = evidence;
    m_itemCount = int(evidence.size());
    render();
}

void EvidenceTable::render()
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString none = QStringLiteral("<i style=\"color:%1\">%2</i>").arg(muted, tr("none"));
    const QStringList headings { tr("Source"), tr("HTTP status"), tr("Request ID"),
        tr("Fields read") };
    const int headingWidth = labelWidth(fontMetrics(), headings);
    QString html;
    for (int i = 0; i < m_evidence.size(); ++i) {
        const checks::EvidenceItem &item = m_evidence.at(i);
        QStringList names;
        for (const auto &field : item.fields)
            names << field.first;
        // Cap the name column so one long name cannot squeeze every value.
        const int nameWidth = std::min(labelWidth(fontMetrics(), names), 260);
        QString fields;
        for (const auto &field : item.fields)
            fields += QStringLiteral("<tr><td width=\"%1\">%2</td><td>%3</td></tr>")
                          .arg(nameWidth)
                          .arg(escaped(field.first), escaped(field.second));
        const QString fieldsHtml = fields.isEmpty()
            ? none
            : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\">%1</table>").arg(fields);

        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" "
                               "style=\"margin-bottom:%1px;\">")
                    .arg(i + 1 < m_evidence.size() ? 12 : 0);
        html += row(headings.at(0), QStringLiteral("<b>%1</b>").arg(escaped(item.source)), muted,
            headingWidth);
        html += row(headings.at(1), item.httpStatus > 0 ? QString::number(item.httpStatus) : none,
            muted, headingWidth);
        html += row(headings.at(2), item.requestId.isEmpty() ? none : escaped(item.requestId),
            muted, headingWidth);
        html += row(headings.at(3), fieldsHtml, muted, headingWidth);
        html += QStringLiteral("</table>");
    }
    setHtml(html);
    fitHeight();
}

QSize EvidenceTable::sizeHint() const
{
    return { QTextEdit::sizeHint().width(), height() };
}

QSize EvidenceTable::minimumSizeHint() const
{
    return { 100, height() };
}

void EvidenceTable::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    // The document re-wraps to the new width; documentSizeChanged refits the height.
    fitHeight();
}

void EvidenceTable::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the muted heading colour follows the theme
}

void EvidenceTable::fitHeight()
{
    document()->setTextWidth(viewport()->width());
    const int height = int(std::ceil(document()->size().height())) + 2 * frameWidth()
        + contentsMargins().top() + contentsMargins().bottom();
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace sspr::ui
