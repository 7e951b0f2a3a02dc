#pragma once

#include "core/report/Session.h"

#include <QFrame>
#include <QUrl>

class QLabel;

namespace sspr::ui {

class StatusIcon;

// The top of the results: the single most likely cause (report::RootCause), how many findings
// support it, who must act, the next step and Microsoft's page. The status is an icon and a
// word, never colour alone; the frame's accessible name and description read it out.
class RootCauseSummary : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY(RootCauseSummary)

public:
    explicit RootCauseSummary(QWidget *parent = nullptr);

    void setSession(const report::Session &session);

    // Plain texts as shown, for tests and screen readers.
    QString statusText() const;
    QString headline() const;
    QString confidenceText() const;
    QString whoText() const;
    QString nextStepText() const;
    QUrl docUrl() const { return m_docUrl; }
    checks::Status shownStatus() const { return m_status; }

private:
    static checks::Status statusFor(const report::Session &session);

    checks::Status m_status = checks::Status::Skipped;
    QUrl m_docUrl;
    StatusIcon *m_icon;
    QLabel *m_statusWord;
    QLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_confidence;
    QLabel *m_who;
    QLabel *m_nextStep;
    QLabel *m_link;
};

} // namespace sspr::ui
