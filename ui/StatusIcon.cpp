#include "ui/StatusIcon.h"

#include "ui/StatusStyle.h"

#include <QPainter>
#include <QTimer>
#include <algorithm>

namespace sspr::ui {

namespace {
constexpr int SpinStepDegrees = 30;
constexpr int SpinIntervalMs = 80;
} // namespace

StatusIcon::StatusIcon(int size, QWidget *parent)
    : QWidget(parent)
    , m_size(size)
    , m_spinTimer(new QTimer(this))
{
    setFixedSize(size, size);
    m_spinTimer->setInterval(SpinIntervalMs);
    connect(m_spinTimer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + SpinStepDegrees) % 360;
        update();
    });
    setPending();
}

void StatusIcon::setPending()
{
    setMode(Mode::Pending, tr("Waiting"));
}

void StatusIcon::setRunning()
{
    setMode(Mode::Running, tr("Running"));
}

void StatusIcon::setStatus(checks::Status status)
{
    m_status = status;
    m_glyph = StatusStyle::icon(status);
    setMode(Mode::Finished, StatusStyle::word(status));
}

void StatusIcon::setCancelled()
{
    m_glyph = StatusStyle::icon(checks::Status::Skipped);
    setMode(Mode::Cancelled, tr("Cancelled"));
}

QSize StatusIcon::sizeHint() const
{
    return { m_size, m_size };
}

void StatusIcon::setMode(Mode mode, const QString &accessibleName)
{
    m_mode = mode;
    setAccessibleName(accessibleName);
    setToolTip(accessibleName);
    updateTimer();
    update();
}

void StatusIcon::updateTimer()
{
    // The spinner only costs wake-ups while it is both running and on screen.
    if (m_mode == Mode::Running && isVisible())
        m_spinTimer->start();
    else
        m_spinTimer->stop();
}

void StatusIcon::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void StatusIcon::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void StatusIcon::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const qreal pen = std::max(1.5, m_size / 10.0);

    switch (m_mode) {
    case Mode::Finished:
    case Mode::Cancelled:
        m_glyph.paint(&painter, rect());
        break;
    case Mode::Pending:
        painter.setPen(QPen(palette().color(QPalette::Mid), pen));
        painter.drawEllipse(box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        break;
    case Mode::Running: {
        const QRectF ring = box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);
        painter.setPen(QPen(palette().color(QPalette::Midlight), pen));
        painter.drawEllipse(ring);
        painter.setPen(
            QPen(palette().color(QPalette::Highlight), pen, Qt::SolidLine, Qt::RoundCap));
        // Qt angles are in 1/16 degree, counter-clockwise; turn clockwise like most spinners.
        painter.drawArc(ring, (90 - m_angle) * 16, -100 * 16);
        break;
    }
    }
}

} // namespace sspr::ui
