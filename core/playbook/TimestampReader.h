#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace sspr::playbook {

struct ReadTimestamp {
    QDateTime utc;
    bool zoneAssumed = false; // the text named no zone or offset: read as UTC
    qsizetype end = 0; // index just past the date-time in the text
};

// Reads the date-time formats people paste: ISO 8601 with Z or an offset (fractions up to 7
// digits, truncated to milliseconds), US "11/25/2026 10:12:13 AM", European "25.11.2026
// 10:12:13", RFC 2822 / HTTP-date "Wed, 25 Nov 2026 10:12:13 GMT" and Outlook's
// "Wednesday, November 25, 2026 10:12 AM". Impossible dates are rejected, never adjusted.
class TimestampReader {
public:
    // A date-time that starts exactly at `pos`.
    static std::optional<ReadTimestamp> readAt(const QString &text, qsizetype pos);
    // The first valid date-time that starts a line (log-line style), optionally after "[".
    static std::optional<ReadTimestamp> findAtLineStart(const QString &text);
};

} // namespace sspr::playbook
