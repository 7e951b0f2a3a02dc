#pragma once

#include "core/report/Session.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sspr::ui {

// A saved session (*.sspr-session.json): the Session as SessionJson writes it, so an IT
// person can open it later, read the results and re-run. Holds what the Session holds and
// never a token (the Session has none).
class SessionFile {
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    static QString suffix(); // ".sspr-session.json"
    static QString nameFilter(); // for file dialogs, translated
    // Written through QSaveFile: a failed save leaves an older file as it was.
    // Returns a message for people when it fails.
    static std::optional<QString> save(const QString &path, const report::Session &session);
    // nullopt and *problem (a sentence naming the file) for a missing, oversized, damaged or
    // foreign file.
    static std::optional<report::Session> load(const QString &path, QString *problem);
    // The parsed error back as text the parser reads, for a re-run of an opened session.
    static QString errorTextOf(const playbook::ParsedError &error);
};

} // namespace sspr::ui
