#pragma once
// Runs the real sspr-doctor binary with a private home: HOME, the XDG config, data, cache,
// state and runtime dirs and TMPDIR under one temporary folder (settings, temporary files and
// anything else the app persists land there, never in this machine's profile), and no D-Bus
// session, so no keychain of this machine is ever read or written.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct AppRun {
    int exitCode = -1; // -2: crashed, -1: did not finish in time
    QByteArray out;
    QByteArray err;

    QString describe() const
    {
        return QStringLiteral("exit %1\nstderr: %2\nstdout: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(err), QString::fromUtf8(out));
    }
};

class AppProcess {
public:
    explicit AppProcess(const QString &home)
        : m_home(home)
    {
        for (const char *dir : { "config", "data", "cache", "state", "runtime", "tmp" })
            QDir().mkpath(QDir(home).filePath(QString::fromLatin1(dir)));
        QFile::setPermissions(QDir(home).filePath(QStringLiteral("runtime")),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // as XDG requires
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(
            QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
        m_env.insert(
            QStringLiteral("XDG_CACHE_HOME"), QDir(home).filePath(QStringLiteral("cache")));
        m_env.insert(
            QStringLiteral("XDG_STATE_HOME"), QDir(home).filePath(QStringLiteral("state")));
        m_env.insert(
            QStringLiteral("XDG_RUNTIME_DIR"), QDir(home).filePath(QStringLiteral("runtime")));
        m_env.insert(QStringLiteral("TMPDIR"), QDir(home).filePath(QStringLiteral("tmp")));
        m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    }

    QString home() const { return m_home; }
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }

    AppRun run(const QStringList &args, int timeoutMs = 60000) const
    {
        AppRun r;
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_home);
        p.start(QStringLiteral(SSPR_APP_PATH), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.out = p.readAllStandardOutput();
            r.err = p.readAllStandardError();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private:
    QString m_home;
    QProcessEnvironment m_env;
};
