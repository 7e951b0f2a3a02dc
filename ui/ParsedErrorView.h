#pragma once

#include "core/playbook/ParsedError.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace sspr::ui {

// What was read from the pasted error text, shown back and editable: the AADSTS code (with
// its catalog name and meaning), correlation ID, trace ID and timestamp (UTC), and the checks
// that will run. A field the person edited keeps their value over later parses; a field
// that was not found stays empty with "not found" as placeholder, nothing is guessed.
class ParsedErrorView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY(ParsedErrorView)

public:
    // The values the diagnosis should use: the parse, overridden by valid edits.
    struct Fields {
        int code = 0;
        QString correlationId;
        QString traceId;
        QDateTime timestampUtc;
    };

    explicit ParsedErrorView(QWidget *parent = nullptr);

    void setParsed(const playbook::ParsedError &parsed);
    void setPlannedChecks(const QStringList &titles);

    bool isValid() const; // no edited field holds something unreadable
    Fields fields() const;
    // Lines in the parser's own format for the fields the person edited, to put before the
    // pasted text so the diagnosis reads them first. Empty when nothing was edited.
    QString editedFieldsText() const;

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *correlationIdEdit() const { return m_correlationId; }
    QLineEdit *traceIdEdit() const { return m_traceId; }
    QLineEdit *timestampEdit() const { return m_timestamp; }
    QLabel *validationMessage() const { return m_message; }

    static std::optional<int> readCode(const QString &text);
    static std::optional<QString> readGuid(const QString &text);
    static std::optional<QDateTime> readTimestamp(const QString &text);
    static QString timestampText(const QDateTime &utc);

Q_SIGNALS:
    void fieldsChanged();

private:
    QLineEdit *addEdit(const QString &label, const QString &hint, const char *objectName);
    QLabel *addLabel(const QString &label, const char *objectName);
    void setIfNotEdited(QLineEdit *edit, const QString &value);
    void onEdited();
    void showMeaning();
    void showMissing(QLabel *label, const QString &why);

    QLineEdit *m_code;
    QLineEdit *m_correlationId;
    QLineEdit *m_traceId;
    QLineEdit *m_timestamp;
    QLabel *m_meaning;
    QLabel *m_plannedChecks;
    QLabel *m_message;
    QList<int> m_otherCodes; // parsed codes after the first, named next to the meaning
};

} // namespace sspr::ui
