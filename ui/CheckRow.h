#pragma once

#include "core/checks/Finding.h"

#include <QWidget>

class QLabel;

namespace sspr::ui {

class StatusIcon;

// One line of the run page: a check's state icon, its title, its state in words and, once
// done, the finding's one-line summary. objectName is "checkRow:<check id>".
class CheckRow : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(CheckRow)

public:
    enum class State { Pending, Running, Done, Cancelled };

    CheckRow(const QString &checkId, const QString &title, QWidget *parent = nullptr);

    void setRunning();
    void setFinding(const checks::Finding &finding);
    void setCancelled();

    QString checkId() const { return m_checkId; }
    State state() const { return m_state; }
    checks::Status status() const { return m_status; } // meaningful when Done
    QString stateText() const;
    bool isSettled() const { return m_state == State::Done || m_state == State::Cancelled; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showState(const QString &text);
    QColor stateColour() const;

    QString m_checkId;
    State m_state = State::Pending;
    checks::Status m_status = checks::Status::Skipped;
    StatusIcon *m_icon;
    QLabel *m_title;
    QLabel *m_stateLabel;
    QLabel *m_summary;
};

} // namespace sspr::ui
