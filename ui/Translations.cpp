#include "ui/Translations.h"

#include "ui/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sspr::ui {

namespace {
const QString kBaseName = QStringLiteral("sspr-doctor");
const QString kPrefix = QStringLiteral("_");
} // namespace

Translations::Result Translations::install(
    QCoreApplication *app, const QString &language, const QString &dir)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    Result result;

    auto *own = new QTranslator(app);
    // QTranslator::load(QLocale, ...) tries each of the locale's uiLanguages() in turn.
    const bool haveOwn = own->load(locale, kBaseName, kPrefix, dir)
        && !own->language().startsWith(QLatin1String("en"));
    // The English catalog holds only plural forms; it goes in first so that a real catalog,
    // installed after it, is searched before it.
    if (!haveOwn) {
        auto *english = new QTranslator(app);
        if (english->load(kBaseName + QStringLiteral("_en"), dir)) {
            QCoreApplication::installTranslator(english);
            result.language = QStringLiteral("en");
            result.files.prepend(english->filePath());
        } else {
            delete english;
        }
        delete own;
    } else {
        QCoreApplication::installTranslator(own);
        result.language = own->language().section(QLatin1Char('_'), 0, 0);
        result.files.prepend(own->filePath());
    }

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), kPrefix,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        result.files.prepend(qt->filePath());
    } else {
        delete qt;
    }
    qCInfo(lcUi) << "translations" << result.language << result.files;
    return result;
}

} // namespace sspr::ui
