#include "ui/DemoBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace sspr::ui {

DemoBanner::DemoBanner(const QString &scenario, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    auto *text = new QLabel(
        tr("Demo tenant: scenario \"%1\" — no real data. Nothing is sent to Microsoft.")
            .arg(scenario),
        this);
    text->setObjectName(QStringLiteral("demoBannerText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    setAccessibleName(text->text());
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 8);
    row->addWidget(text);
}

void DemoBanner::paintEvent(QPaintEvent *)
{
    // A tint of the highlight colour over the window colour, with the highlight as border:
    // follows the theme instead of a fixed yellow that glares on dark palettes.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.14);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace sspr::ui
