#pragma once

#include "core/report/Session.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace sspr::report {

// The session as JSON: the headless mode's --json output and (later) saved session files.
// Schema: docs in README ("JSON report"); "schemaVersion" is Session::schemaVersion.
class SessionJson {
public:
    static QJsonObject toJson(const Session &session);
    static QByteArray toBytes(const Session &session); // indented UTF-8
    // Reads what toJson wrote. Returns nullopt and a message naming the bad field otherwise.
    static std::optional<Session> fromJson(const QJsonObject &object, QString *error);
    static std::optional<Session> fromBytes(const QByteArray &bytes, QString *error);
};

} // namespace sspr::report
