#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace sspr::ui {

// Asks where to save a file: (parent, dialog title, suggested path, name filter) -> chosen
// path, empty when cancelled. QFileDialog by default; tests replace it (a modal dialog cannot
// be driven from QTest).
using SaveFileChooser
    = std::function<QString(QWidget *, const QString &, const QString &, const QString &)>;

SaveFileChooser defaultSaveFileChooser();
// The same shape for opening a file and for picking a folder (no filter: pass an empty one).
using OpenFileChooser = SaveFileChooser;
OpenFileChooser defaultOpenFileChooser();
OpenFileChooser defaultFolderChooser();
// `folder`/`fileName`, with the folder falling back to the user's Documents.
QString suggestedPath(const QString &folder, const QString &fileName);

} // namespace sspr::ui
