#include "ui/SaveFileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace sspr::ui {

SaveFileChooser defaultSaveFileChooser()
{
    return [](QWidget *parent, const QString &title, const QString &path, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, path, filter);
    };
}

OpenFileChooser defaultOpenFileChooser()
{
    return [](QWidget *parent, const QString &title, const QString &path, const QString &filter) {
        return QFileDialog::getOpenFileName(parent, title, path, filter);
    };
}

OpenFileChooser defaultFolderChooser()
{
    return [](QWidget *parent, const QString &title, const QString &path, const QString &) {
        return QFileDialog::getExistingDirectory(parent, title, path);
    };
}

QString suggestedPath(const QString &folder, const QString &fileName)
{
    const QString dir = !folder.isEmpty()
        ? folder
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(fileName);
}

} // namespace sspr::ui
