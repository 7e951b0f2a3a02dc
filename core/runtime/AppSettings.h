#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QSettings;

namespace sspr::runtime {

// The app's persistent preferences (QSettings: the platform's settings store). Never a
// secret: tokens live in memory and the OS keychain; "lastAccount" is only the account's
// home id ("oid.tid") so the next run knows which keychain entry to read.
class AppSettings {
public:
    AppSettings(); // the application's QSettings (organisation and app name from main)
    explicit AppSettings(const QString &iniPath); // a file of its own (tests)
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QString cloudKey() const; // "global" unless set
    void setCloudKey(const QString &key);
    QString tenant() const; // "organizations" unless set
    void setTenant(const QString &tenant);
    QString clientId() const; // empty: the default public client
    void setClientId(const QString &clientId);
    bool rememberSignIn() const; // true unless set
    void setRememberSignIn(bool remember);
    QString lastAccount() const;
    void setLastAccount(const QString &homeAccountId);
    QString language() const; // empty: the system's
    void setLanguage(const QString &language);
    QString reportFolder() const;
    void setReportFolder(const QString &folder);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace sspr::runtime
