#pragma once

#include "core/playbook/ParsedError.h"

#include <QCoreApplication>

namespace sspr::playbook {

// Reads AADSTS codes, message, correlation and trace IDs, timestamp, SSPR portal codes and
// writeback event ids out of whatever a person pasted: browser page text, a JSON error
// reply, an e-mail, a log line; tolerant of line breaks and noise. Pure and total: any input,
// including empty or binary garbage, gives a ParsedError.
//
// Decisions (each covered by a case in tests/data/playbook/errors/):
// - IDs are taken only after a label (Correlation ID, correlation_id, client-request-id;
//   Trace ID, Request Id, x-ms-request-id). A bare GUID could be a user, tenant or app id:
//   it is left alone and the ID is reported not found.
// - Timestamps: JSON "timestamp", then a "Timestamp" label, then Date/Logged/TimeCreated/Time
//   labels, then a date-time starting a line (log style). An e-mail's "Sent:" is not read. A
//   time without zone is read as UTC and a note says so; impossible dates are not found.
// - Only the first kMaxInputChars characters are read; a note says so.
class ErrorTextParser {
    Q_DECLARE_TR_FUNCTIONS(ErrorTextParser)

public:
    // Only the first kMaxInputChars characters are read (a note in ParsedError says so).
    static constexpr qsizetype kMaxInputChars = 1024 * 1024;

    static ParsedError parse(const QString &text);
};

} // namespace sspr::playbook
