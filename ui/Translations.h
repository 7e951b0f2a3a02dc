#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace sspr::ui {

// Chooses and installs the app's translators: the language asked for (--lang, else the
// setting, else the system's QLocale::uiLanguages()), Qt's own qtbase catalog when present,
// and under them the English plural forms ("1 day", "7 days") for English and for any
// language SSPR Doctor has no catalog of.
class Translations {
public:
    struct Result {
        QString language; // the catalog installed: "de", "fr", or "en" (plural forms only)
        QStringList files; // the .qm files installed, most specific first
    };

    // `language` empty: the system's. `dir`: where sspr-doctor_*.qm live (":/i18n" in the
    // app). The translators become children of `app`.
    static Result install(QCoreApplication *app, const QString &language,
        const QString &dir = QStringLiteral(":/i18n"));
};

} // namespace sspr::ui
