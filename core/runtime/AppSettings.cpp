#include "core/runtime/AppSettings.h"

#include <QSettings>

namespace sspr::runtime {

namespace {
const QString kCloud = QStringLiteral("signIn/cloud");
const QString kTenant = QStringLiteral("signIn/tenant");
const QString kClientId = QStringLiteral("signIn/clientId");
const QString kRemember = QStringLiteral("signIn/remember");
const QString kLastAccount = QStringLiteral("signIn/lastAccount");
const QString kLanguage = QStringLiteral("ui/language");
const QString kReportFolder = QStringLiteral("ui/reportFolder");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::cloudKey() const
{
    return m_settings->value(kCloud, QStringLiteral("global")).toString();
}

void AppSettings::setCloudKey(const QString &key)
{
    m_settings->setValue(kCloud, key);
}

QString AppSettings::tenant() const
{
    return m_settings->value(kTenant, QStringLiteral("organizations")).toString();
}

void AppSettings::setTenant(const QString &tenant)
{
    m_settings->setValue(kTenant, tenant);
}

QString AppSettings::clientId() const
{
    return m_settings->value(kClientId).toString();
}

void AppSettings::setClientId(const QString &clientId)
{
    m_settings->setValue(kClientId, clientId);
}

bool AppSettings::rememberSignIn() const
{
    return m_settings->value(kRemember, true).toBool();
}

void AppSettings::setRememberSignIn(bool remember)
{
    m_settings->setValue(kRemember, remember);
}

QString AppSettings::lastAccount() const
{
    return m_settings->value(kLastAccount).toString();
}

void AppSettings::setLastAccount(const QString &homeAccountId)
{
    if (homeAccountId.isEmpty())
        m_settings->remove(kLastAccount);
    else
        m_settings->setValue(kLastAccount, homeAccountId);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::reportFolder() const
{
    return m_settings->value(kReportFolder).toString();
}

void AppSettings::setReportFolder(const QString &folder)
{
    m_settings->setValue(kReportFolder, folder);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace sspr::runtime
