#pragma once

#include "core/checks/Finding.h"

#include <QTextEdit>

namespace sspr::ui {

// The evidence a finding used, as a read-only table: per item its source (request or
// question), HTTP status, request-id and the fields read. Rendered as rich text so long
// request paths and GUIDs wrap instead of clipping, and grows to its content instead of
// scrolling inside the results page's own scroll area. Text stays selectable for copying.
class EvidenceTable : public QTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY(EvidenceTable)

public:
    explicit EvidenceTable(QWidget *parent = nullptr);

    void setEvidence(const QList<checks::EvidenceItem> &evidence);
    int itemCount() const { return m_itemCount; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void fitHeight();

    QList<checks::EvidenceItem> m_evidence;
    int m_itemCount = 0;
};

} // namespace sspr::ui
