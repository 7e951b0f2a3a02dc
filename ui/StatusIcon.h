#pragma once

#include "core/checks/Finding.h"

#include <QIcon>
#include <QWidget>

class QTimer;

namespace sspr::ui {

// A square status glyph: the SVG of a finished check's status, a hollow ring while pending,
// a turning arc while running. Sets its accessible name to the state in words.
class StatusIcon : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(StatusIcon)

public:
    enum class Mode { Pending, Running, Finished, Cancelled };

    explicit StatusIcon(int size, QWidget *parent = nullptr);

    void setPending();
    void setRunning();
    void setStatus(checks::Status status);
    void setCancelled();

    Mode mode() const { return m_mode; }
    checks::Status status() const { return m_status; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setMode(Mode mode, const QString &accessibleName);
    void updateTimer();

    int m_size;
    Mode m_mode = Mode::Pending;
    checks::Status m_status = checks::Status::Skipped;
    QIcon m_glyph; // Finished/Cancelled: loaded once, not on every paint
    QTimer *m_spinTimer;
    int m_angle = 0;
};

} // namespace sspr::ui
