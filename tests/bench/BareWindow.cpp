// The baseline for the start-up benchmark: a bare Qt Widgets window that prints
// "first-paint" once it has painted and quits. With --label it also shows one line of text,
// which makes Qt load the font database: the floor for any window that shows words.
#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace {
class FirstPaint : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::puts("first-paint");
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(900, 680);
    if (app.arguments().contains(QStringLiteral("--label"))) {
        auto *label = new QLabel(QStringLiteral("SSPR Doctor"), &window);
        label->move(20, 20);
    }
    FirstPaint filter;
    window.installEventFilter(&filter);
    window.show();
    return app.exec();
}
