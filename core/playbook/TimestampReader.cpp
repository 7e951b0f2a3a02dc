#include "core/playbook/TimestampReader.h"

#include <QList>
#include <QRegularExpression>

namespace sspr::playbook {

namespace {

// Years outside this window are not timestamps of an error someone just saw (.NET's
// DateTime.MinValue "0001-01-01" is a common placeholder).
constexpr int kMinYear = 2000;
constexpr int kMaxYear = 2199;

const QString &zonePattern()
{
    static const QString zone = QStringLiteral(
        "(?:[ \\t]*(?<zone>Z(?![A-Za-z])|[+-]\\d{2}(?::?\\d{2})?(?![\\d:])|\\(?(?:UTC|GMT)"
        "(?![A-Za-z])\\)?))?");
    return zone;
}

// Every format names its parts the same way so one function builds the date-time.
const QList<QRegularExpression> &formats()
{
    static const QList<QRegularExpression> list = [] {
        const QString start = QStringLiteral("(?<![A-Za-z0-9])");
        const QString time = QStringLiteral(
            "(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?(?![\\d:])");
        const QString ampm = QStringLiteral("(?:[ \\t]*(?<ampm>[AP]\\.?M\\.?)(?![A-Za-z]))?");
        const QStringList patterns {
            // ISO 8601 / RFC 3339, also with a space instead of 'T'
            QStringLiteral("(?<y>\\d{4})-(?<mo>\\d{1,2})-(?<d>\\d{1,2})(?:T|[ \\t]+)") + time,
            // US, as Windows and browser pages show it
            QStringLiteral("(?<mo>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}),?[ \\t]+") + time + ampm,
            // European with dots
            QStringLiteral("(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4}),?[ \\t]+") + time,
            // RFC 2822 / HTTP-date (weekday optional and not cross-checked)
            QStringLiteral("(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?[ \\t]+)?(?<d>\\d{1,2})"
                           "[ \\t]+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,"
                           "6}\\.?[ \\t]+(?<y>\\d{4}),?[ \\t]+")
                + time,
            // Outlook's "Sent:" style
            QStringLiteral("(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \\t]+)?(?<mon>Jan|Feb|"
                           "Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[ \\t]+(?<d>\\d{1,"
                           "2}),?[ \\t]+(?<y>\\d{4}),?[ \\t]+(?:at[ \\t]+)?")
                + time + ampm,
        };
        QList<QRegularExpression> res;
        for (const QString &p : patterns)
            res.append(QRegularExpression(
                start + p + zonePattern(), QRegularExpression::CaseInsensitiveOption));
        return res;
    }();
    return list;
}

int monthFromName(QStringView name)
{
    static const char *const months[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    const QStringView abbrev = name.left(3);
    for (int i = 0; i < 12; ++i) {
        if (abbrev.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

int toInt(QStringView digits, int fallback = 0)
{
    bool ok = false;
    const int v = digits.toInt(&ok);
    return ok ? v : fallback;
}

// Offset east of UTC in seconds; nullopt when the zone is malformed.
std::optional<int> offsetSeconds(QStringView zone)
{
    if (zone.isEmpty() || zone.compare(u"Z", Qt::CaseInsensitive) == 0 || zone.contains(u'U')
        || zone.contains(u'u') || zone.contains(u'G') || zone.contains(u'g'))
        return 0;
    const int sign = zone.at(0) == u'-' ? -1 : 1;
    QString digits = zone.mid(1).toString();
    digits.remove(u':');
    const int hh = toInt(QStringView(digits).left(2), -1);
    const int mm = digits.size() > 2 ? toInt(QStringView(digits).mid(2, 2), -1) : 0;
    if (hh < 0 || hh > 14 || mm < 0 || mm > 59)
        return std::nullopt;
    return sign * (hh * 3600 + mm * 60);
}

// Every format is shorter than this, with a zone and seven fractional digits.
constexpr qsizetype kWindow = 120;

// A cheap test before the regular expressions: a date starts with a digit or with the first
// three letters of a weekday or month name.
bool mayStartDate(QStringView head)
{
    if (head.isEmpty())
        return false;
    if (head.front().isDigit())
        return true;
    static const char *const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan",
        "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    for (const char *n : names) {
        if (head.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Index of the US month/day/year pattern in formats().
constexpr int kUsFormat = 1;

std::optional<ReadTimestamp> build(const QRegularExpressionMatch &m, int format)
{
    const int year = toInt(m.capturedView(u"y"));
    int month = m.capturedView(u"mon").isEmpty() ? toInt(m.capturedView(u"mo"))
                                                 : monthFromName(m.capturedView(u"mon"));
    int day = toInt(m.capturedView(u"d"));
    // 25/11/2026 cannot be month/day: the only valid reading is day/month.
    if (format == kUsFormat && month > 12 && day <= 12)
        std::swap(month, day);
    int hour = toInt(m.capturedView(u"h"), -1);
    const int minute = toInt(m.capturedView(u"mi"), -1);
    const int second = m.capturedView(u"s").isEmpty() ? 0 : toInt(m.capturedView(u"s"), -1);
    const QString fraction = QString(m.captured(u"f") + QStringLiteral("000")).left(3);
    const int msec = toInt(fraction);

    const QStringView ampm = m.capturedView(u"ampm");
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        const bool pm = ampm.startsWith(u'P', Qt::CaseInsensitive);
        hour = (hour % 12) + (pm ? 12 : 0);
    }
    if (year < kMinYear || year > kMaxYear)
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    const QStringView zone = m.capturedView(u"zone");
    const auto offset = offsetSeconds(zone);
    if (!offset)
        return std::nullopt;
    ReadTimestamp ts;
    ts.utc = QDateTime(date, time, Qt::UTC).addSecs(-*offset);
    ts.zoneAssumed = zone.isEmpty();
    ts.end = m.capturedEnd();
    return ts;
}

} // namespace

std::optional<ReadTimestamp> TimestampReader::readAt(const QString &text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return std::nullopt;
    // Match in a small copy around `pos`: PCRE checks the whole subject for valid UTF-16 on
    // every call, which would make many calls on a 1 MB paste quadratic.
    const qsizetype before = pos > 0 ? 1 : 0;
    QString window = text.mid(pos - before, kWindow + before);
    if (!window.isEmpty() && window.back().isHighSurrogate())
        window.chop(1);
    const auto &all = formats();
    for (int i = 0; i < all.size(); ++i) {
        const auto m = all.at(i).match(window, before, QRegularExpression::NormalMatch,
            QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        if (auto ts = build(m, i)) {
            ts->end += pos - before;
            return ts;
        }
    }
    return std::nullopt;
}

std::optional<ReadTimestamp> TimestampReader::findAtLineStart(const QString &text)
{
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype i = lineStart;
        while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t' || text.at(i) == u'['))
            ++i;
        if (mayStartDate(QStringView(text).mid(i, 3))) {
            if (auto ts = readAt(text, i))
                return ts;
        }
        const qsizetype nl = text.indexOf(u'\n', i);
        if (nl < 0)
            break;
        lineStart = nl + 1;
    }
    return std::nullopt;
}

} // namespace sspr::playbook
