#pragma once

#include "core/report/Session.h"

#include <QFrame>

class QLabel;

namespace sspr::ui {

class StatusIcon;

// The top of the results page: the session's verdict in one headline (never an all-clear
// when a check failed, erred or was skipped), what it means, and a count line naming the
// checks that did not pass.
class VerdictHeader : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY(VerdictHeader)

public:
    explicit VerdictHeader(QWidget *parent = nullptr);

    void setSession(const report::Session &session);
    report::Verdict verdict() const { return m_verdict; }
    QString headline() const;
    QString countLine() const; // plain text of the count line

Q_SIGNALS:
    // A check title on the count line was activated: show that finding.
    void findingLinkActivated(const QString &checkId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderCountLine();

    report::Verdict m_verdict = report::Verdict::Incomplete;
    StatusIcon *m_icon;
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_counts;
    QLabel *m_context;
    QString m_countLine;
    QList<checks::Finding> m_findings;
};

} // namespace sspr::ui
