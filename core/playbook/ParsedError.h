#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sspr::playbook {

// What could be read from the error text a person pasted. Parts not found stay empty and
// are listed in `notFound`; nothing is invented.
struct ParsedError {
    QList<int> aadstsCodes; // in order of appearance, no duplicates (120021, ...)
    QString message; // the message that followed the first code, trimmed
    QString errorName; // JSON "error" (e.g. "invalid_grant") when the text was a JSON reply
    QString correlationId; // GUID, lower case
    QString traceId; // trace ID / request ID, GUID, lower case
    QDateTime timestampUtc; // normalised to UTC; invalid when not found
    QString errorUri; // JSON "error_uri"
    QStringList ssprCodes; // SSPR portal codes, "SSPR_0029"
    QList<int> writebackEventIds; // PasswordResetService / ADSync event ids (31003, 33004, ...)
    QStringList notFound; // names of the parts that were looked for and not found
    // Translated remarks on how the text was read, e.g. "the timestamp had no time zone and
    // was read as UTC" or "only the first 1 MB was read". Empty when there is nothing to say.
    QStringList notes;

    bool isEmpty() const
    {
        return aadstsCodes.isEmpty() && correlationId.isEmpty() && traceId.isEmpty()
            && !timestampUtc.isValid() && ssprCodes.isEmpty() && writebackEventIds.isEmpty();
    }
    int primaryCode() const { return aadstsCodes.isEmpty() ? 0 : aadstsCodes.first(); }
};

} // namespace sspr::playbook
