#include "ui/CheckRow.h"

#include "ui/StatusIcon.h"
#include "ui/StatusStyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace sspr::ui {

CheckRow::CheckRow(const QString &checkId, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_checkId(checkId)
    , m_icon(new StatusIcon(20, this))
    , m_title(new QLabel(title, this))
    , m_stateLabel(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("checkRow:") + checkId);
    m_title->setTextFormat(Qt::PlainText);
    m_stateLabel->setObjectName(QStringLiteral("checkState"));
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->hide();

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stateLabel->setFont(bold);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 6, 4, 6);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_icon, 0, 0, Qt::AlignTop);
    grid->addWidget(m_title, 0, 1);
    grid->addWidget(m_stateLabel, 0, 2);
    grid->addWidget(m_summary, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    showState(tr("Waiting"));
}

void CheckRow::setRunning()
{
    if (isSettled())
        return;
    m_state = State::Running;
    m_icon->setRunning();
    showState(tr("Checking…"));
}

void CheckRow::setFinding(const checks::Finding &finding)
{
    m_state = State::Done;
    m_status = finding.status;
    m_icon->setStatus(finding.status);
    showState(StatusStyle::word(finding.status));
    m_summary->setText(finding.summary);
    m_summary->setVisible(!finding.summary.isEmpty());
}

void CheckRow::setCancelled()
{
    if (m_state == State::Done)
        return;
    m_state = State::Cancelled;
    m_icon->setCancelled();
    showState(tr("Cancelled"));
    m_summary->setText(tr("Not finished: the run was cancelled."));
    m_summary->show();
}

QString CheckRow::stateText() const
{
    return m_stateLabel->text();
}

QColor CheckRow::stateColour() const
{
    switch (m_state) {
    case State::Pending:
        return palette().color(QPalette::PlaceholderText);
    case State::Running:
        return palette().color(QPalette::WindowText);
    case State::Done:
        return StatusStyle::color(m_status, palette());
    case State::Cancelled:
        return StatusStyle::color(checks::Status::Skipped, palette());
    }
    return palette().color(QPalette::WindowText);
}

void CheckRow::showState(const QString &text)
{
    m_stateLabel->setText(text);
    QPalette pal = palette();
    // Both roles: on the run page's Base-coloured list, labels draw with Text, not WindowText.
    pal.setColor(QPalette::WindowText, stateColour());
    pal.setColor(QPalette::Text, stateColour());
    m_stateLabel->setPalette(pal);
    setAccessibleName(tr("%1: %2").arg(m_title->text(), text));
}

void CheckRow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Status colours are picked per theme: follow a switch between light and dark.
    if (event->type() == QEvent::PaletteChange)
        showState(m_stateLabel->text());
}

} // namespace sspr::ui
