#pragma once

#include "core/playbook/ParsedError.h"

#include <QStringList>
#include <QWidget>

class QLabel;

namespace sspr::ui {

// Shows back what was read from the pasted error text: the AADSTS code with its catalog name
// and meaning, correlation ID, trace ID and timestamp (UTC), and the checks that will run.
// A part that was not found says so, greyed; nothing is guessed.
class ParsedErrorView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(ParsedErrorView)

public:
    explicit ParsedErrorView(QWidget *parent = nullptr);

    void setParsed(const playbook::ParsedError &parsed);
    void setPlannedChecks(const QStringList &titles);

private:
    QLabel *addRow(const QString &label, const char *objectName);
    void showValue(QLabel *label, const QString &value);
    void showMissing(QLabel *label, const QString &why);

    QLabel *m_code;
    QLabel *m_meaning;
    QLabel *m_correlationId;
    QLabel *m_traceId;
    QLabel *m_timestamp;
    QLabel *m_plannedChecks;
};

} // namespace sspr::ui
