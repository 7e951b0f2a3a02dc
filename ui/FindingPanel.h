#pragma once

#include "core/checks/Finding.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace sspr::ui {

class EvidenceTable;
class StatusIcon;

// One finding on the results page: status icon, colour and word (readable without colour),
// title, one-line summary, "What to do" with who must act, a button that opens Microsoft's
// documentation, and an expandable "Details and evidence" section.
// objectName is "findingPanel:<check id>".
class FindingPanel : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY(FindingPanel)

public:
    explicit FindingPanel(const checks::Finding &finding, QWidget *parent = nullptr);

    const checks::Finding &finding() const { return m_finding; }
    QString statusText() const;
    bool isExpanded() const;
    void setExpanded(bool expanded);

    QToolButton *detailsToggle() const { return m_detailsToggle; }
    QPushButton *docLinkButton() const { return m_docLink; }
    QPushButton *runAgainButton() const { return m_runAgain; }
    // Shows "Run again" (hidden until a receiver is there) and enables it while idle.
    void setRunAgainAvailable(bool available);
    void setRunAgainBusy(bool busy);
    EvidenceTable *evidenceTable() const { return m_evidence; }

Q_SIGNALS:
    void expandedChanged(bool expanded);
    void runAgainRequested(const QString &checkId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildRemediation();
    QWidget *buildDetails();
    void applyStatusColour();
    void openDocumentation();

    checks::Finding m_finding;
    StatusIcon *m_icon;
    QLabel *m_statusWord;
    QLabel *m_title;
    QLabel *m_summary;
    QToolButton *m_detailsToggle;
    QPushButton *m_docLink = nullptr;
    QPushButton *m_runAgain;
    QWidget *m_details;
    EvidenceTable *m_evidence = nullptr;
};

} // namespace sspr::ui
