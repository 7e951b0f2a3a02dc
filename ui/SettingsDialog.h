#pragma once

#include "ui/SaveFileChooser.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sspr::runtime {
class AppSettings;
}

namespace sspr::ui {

// The preferences: cloud, tenant, application (client) id, remember sign-in, language and
// report folder, read from and written to runtime::AppSettings when OK is pressed. Sign-in
// settings apply to the next sign-in, the language to the next start (the dialog says so).
class SettingsDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(SettingsDialog)

public:
    // `settings` is not owned and must outlive the dialog.
    explicit SettingsDialog(runtime::AppSettings *settings, QWidget *parent = nullptr);

    // Languages offered: code ("" = the system's) and the name in that language.
    static QList<QPair<QString, QString>> languages();
    void setFolderChooser(OpenFileChooser chooser) { m_folderChooser = std::move(chooser); }

    // After accept(): which groups changed, so the caller applies only those.
    bool signInChanged() const { return m_signInChanged; }
    bool languageChanged() const { return m_languageChanged; }
    bool reportFolderChanged() const { return m_folderChanged; }

    QComboBox *cloudCombo() const { return m_cloud; }
    QLineEdit *tenantEdit() const { return m_tenant; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QCheckBox *rememberCheckBox() const { return m_remember; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *reportFolderEdit() const { return m_folder; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *validationMessage() const { return m_message; }

    static bool isValidClientId(const QString &text); // empty (the default) or a GUID
    static bool isValidTenant(const QString &text); // organizations, common, a domain or an id

public Q_SLOTS:
    void accept() override; // validates, then writes; stays open on a bad field

private:
    void browse();
    void validate();

    runtime::AppSettings *m_settings;
    OpenFileChooser m_folderChooser;
    bool m_signInChanged = false;
    bool m_languageChanged = false;
    bool m_folderChanged = false;
    QComboBox *m_cloud;
    QLineEdit *m_tenant;
    QLineEdit *m_clientId;
    QCheckBox *m_remember;
    QComboBox *m_language;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace sspr::ui
