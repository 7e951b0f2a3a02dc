#include "ui/SettingsDialog.h"

#include "core/auth/AuthConfig.h"
#include "core/auth/Cloud.h"
#include "core/runtime/AppSettings.h"
#include "ui/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace sspr::ui {

SettingsDialog::SettingsDialog(runtime::AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_folderChooser(defaultFolderChooser())
    , m_cloud(new QComboBox(this))
    , m_tenant(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the sign-in on this PC (system keychain)"), this))
    , m_language(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_cloud->setAccessibleName(tr("Cloud"));
    for (const auth::Cloud &cloud : auth::Clouds::all())
        m_cloud->addItem(
            QCoreApplication::translate("Cloud", cloud.displayName.toUtf8().constData()),
            cloud.key);
    m_cloud->setCurrentIndex(qMax(0, m_cloud->findData(settings->cloudKey())));
    form->addRow(tr("&Cloud:"), m_cloud);

    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->setPlaceholderText(tr("organizations, a domain such as contoso.com, or a tenant ID"));
    m_tenant->setText(settings->tenant());
    form->addRow(tr("&Tenant:"), m_tenant);

    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Application (client) ID"));
    m_clientId->setPlaceholderText(
        tr("Empty: SSPR Doctor's own (%1)").arg(auth::AuthConfig::defaultClientId()));
    m_clientId->setText(settings->clientId());
    form->addRow(tr("&Application (client) ID:"), m_clientId);

    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_remember->setAccessibleName(tr("Remember the sign-in on this PC"));
    m_remember->setChecked(settings->rememberSignIn());
    form->addRow(QString(), m_remember);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    for (const auto &language : languages())
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    form->addRow(tr("&Language:"), m_language);

    m_folder->setObjectName(QStringLiteral("reportFolderEdit"));
    m_folder->setAccessibleName(tr("Report folder"));
    m_folder->setPlaceholderText(tr("Empty: your Documents folder"));
    m_folder->setText(QDir::toNativeSeparators(settings->reportFolder()));
    m_browse->setObjectName(QStringLiteral("browseFolderButton"));
    m_browse->setAccessibleName(tr("Browse for the report folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *folderLabel = new QLabel(tr("Report &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    layout->addLayout(form);

    auto *note = new QLabel(tr("Cloud, tenant, application ID and \"remember\" apply to the next "
                               "sign-in. The language applies the next time SSPR Doctor "
                               "starts."),
        this);
    note->setObjectName(QStringLiteral("settingsNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QPalette problem = m_message->palette();
    problem.setColor(QPalette::WindowText, StatusStyle::color(checks::Status::Fail, problem));
    m_message->setPalette(problem);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setAccessibleName(tr("Save the settings"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_clientId, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_tenant, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Each language named in itself, so a person can find theirs whatever is shown now.
    return { { QString(), tr("System language") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") } };
}

bool SettingsDialog::isValidClientId(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const QString t = text.trimmed();
    return t.isEmpty() || guid.match(t).hasMatch();
}

bool SettingsDialog::isValidTenant(const QString &text)
{
    // The shape --tenant accepts (AppOptions): a name, a domain or a GUID.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$"));
    const QString t = text.trimmed();
    return t.isEmpty() || shape.match(t).hasMatch();
}

void SettingsDialog::validate()
{
    QStringList problems;
    if (!isValidTenant(m_tenant->text()))
        problems << tr("The tenant must be organizations, common, a domain or a tenant ID.");
    if (!isValidClientId(m_clientId->text()))
        problems << tr("The application ID must be a GUID such as "
                       "00000000-0000-0000-0000-000000000000, or empty for the default.");
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    m_ok->setEnabled(problems.isEmpty());
}

void SettingsDialog::browse()
{
    const QString start = m_folder->text().trimmed().isEmpty()
        ? suggestedPath(QString(), QString())
        : QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString chosen = m_folderChooser(this, tr("Report folder"), start, QString());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void SettingsDialog::accept()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    const QString cloud = m_cloud->currentData().toString();
    const QString tenant = m_tenant->text().trimmed().isEmpty() ? QStringLiteral("organizations")
                                                                : m_tenant->text().trimmed();
    const QString clientId = m_clientId->text().trimmed().toLower();
    const QString language = m_language->currentData().toString();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());

    m_signInChanged = cloud != m_settings->cloudKey() || tenant != m_settings->tenant()
        || clientId != m_settings->clientId()
        || m_remember->isChecked() != m_settings->rememberSignIn();
    m_languageChanged = language != m_settings->language();
    m_folderChanged = folder != m_settings->reportFolder();
    m_settings->setCloudKey(cloud);
    m_settings->setTenant(tenant);
    m_settings->setClientId(clientId);
    m_settings->setRememberSignIn(m_remember->isChecked());
    m_settings->setLanguage(language);
    m_settings->setReportFolder(folder);
    m_settings->sync();
    QDialog::accept();
}

} // namespace sspr::ui
