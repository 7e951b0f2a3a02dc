#pragma once

#include <QJsonValue>

#include <cmath>
#include <cstdint>
#include <optional>

namespace sspr::common {

// A JSON number read as a whole number in [min, max], or nothing. JSON numbers are doubles:
// a value such as 1.2e22 must be range-checked *before* it is converted, because converting
// a double outside the target's range is undefined behaviour (UBSan finds it; fuzz_session
// and fuzz_bulk did). Beyond 2^53 a double no longer holds every whole number, so the
// bounds are clamped to that.
inline std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    const double lo = std::fmax(double(min), -kExact);
    const double hi = std::fmin(double(max), kExact);
    if (!std::isfinite(d) || d < lo || d > hi || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

} // namespace sspr::common
