// Keyboard use in every shipped language: on each wizard page no two controls share an
// Alt+letter, counting the wizard's own Back / Next / Done / Quit buttons. (A German label
// once took Alt+W from "Weiter", so Alt+W stopped moving on.)
#include "ui/Translations.h"
#include "ui/WizardEnvironment.h"
#include "ui/WizardWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMap>
#include <QTest>
#include <QTranslator>

using sspr::ui::WizardWindow;

class TestMnemonics : public QObject {
    Q_OBJECT

    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i; // "&&" is a literal ampersand
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    static void removeTranslators()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private Q_SLOTS:
    void noClashOnAnyPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }

    void noClashOnAnyPage()
    {
        QFETCH(QString, language);
        removeTranslators();
        const QString qmDir = QStringLiteral(SSPR_QM_DIR);
        const auto installed = sspr::ui::Translations::install(qApp, language, qmDir);
        QCOMPARE(installed.language, language);

        sspr::ui::WizardEnvironment env;
        env.demoLabel = QStringLiteral("healthy");
        WizardWindow wizard(env);
        const QList<QWizard::WizardButton> buttons { QWizard::BackButton, QWizard::NextButton,
            QWizard::FinishButton, QWizard::CancelButton };
        int checkedPages = 0;
        QStringList clashes;
        for (const int id : wizard.pageIds()) {
            QWizardPage *page = wizard.page(id);
            QMap<QChar, QStringList> seen;
            // The wizard's buttons as shown on this page: no Back on the first page, Done
            // only on final pages and the last one, no Quit on the last page.
            const bool last = id == wizard.pageIds().constLast();
            for (const QWizard::WizardButton which : buttons) {
                if ((which == QWizard::BackButton && id == wizard.startId())
                    || (which == QWizard::FinishButton && !page->isFinalPage() && !last)
                    || (which == QWizard::NextButton && last)
                    || (which == QWizard::CancelButton && last))
                    continue;
                const QString text = wizard.buttonText(which);
                if (!mnemonic(text).isNull())
                    seen[mnemonic(text)] << text;
            }
            for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
                if (button->isVisibleTo(page) && !mnemonic(button->text()).isNull())
                    seen[mnemonic(button->text())] << button->text();
            }
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->buddy() && label->isVisibleTo(page) && !mnemonic(label->text()).isNull())
                    seen[mnemonic(label->text())] << label->text();
            }
            for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
                if (it.value().size() > 1)
                    clashes << QStringLiteral("page %1#%2: Alt+%3 is taken by %4")
                                   .arg(page->objectName(), QString::number(id), it.key(),
                                       it.value().join(QStringLiteral(" | ")));
            }
            ++checkedPages;
        }
        QVERIFY(checkedPages >= 8);
        QVERIFY2(clashes.isEmpty(), qPrintable(language + u' ' + clashes.join(u'\n')));
        // Every wizard button speaks the chosen language whether or not Qt's own catalog
        // (qt6-translations-l10n) is installed: the labels come from ours.
        if (language != QLatin1String("en")) {
            for (const auto &[which, english] : { std::pair { QWizard::BackButton, "< &Back" },
                     std::pair { QWizard::NextButton, "&Next >" },
                     std::pair { QWizard::FinishButton, "&Done" },
                     std::pair { QWizard::CancelButton, "&Quit" } })
                QVERIFY2(wizard.buttonText(which) != QLatin1String(english), english);
        }
        removeTranslators();
    }
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
