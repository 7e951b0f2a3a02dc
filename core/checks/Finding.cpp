#include "core/checks/Finding.h"

#include <QLatin1String>
#include <utility>

namespace sspr::checks {

namespace {

// Stable keys: they end up in saved sessions and JSON reports, so never translate them.
constexpr std::pair<Status, const char *> statusKeys[] = {
    { Status::Pass, "pass" },
    { Status::Warning, "warning" },
    { Status::Fail, "fail" },
    { Status::Skipped, "skipped" },
    { Status::Error, "error" },
};

constexpr std::pair<Actor, const char *> actorKeys[] = {
    { Actor::User, "user" },
    { Actor::Admin, "admin" },
    { Actor::Microsoft, "microsoft" },
    { Actor::Nobody, "nobody" },
};

} // namespace

QString statusKey(Status status)
{
    for (const auto &[value, key] : statusKeys) {
        if (value == status)
            return QLatin1String(key);
    }
    return QStringLiteral("error");
}

QString actorKey(Actor actor)
{
    for (const auto &[value, key] : actorKeys) {
        if (value == actor)
            return QLatin1String(key);
    }
    return QStringLiteral("nobody");
}

std::optional<Status> statusFromKey(const QString &key)
{
    for (const auto &[value, name] : statusKeys) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

std::optional<Actor> actorFromKey(const QString &key)
{
    for (const auto &[value, name] : actorKeys) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace sspr::checks
