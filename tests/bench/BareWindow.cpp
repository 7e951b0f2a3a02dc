// The baseline for the start-up benchmark: a bare Qt Widgets window that prints
// "first-paint" once it has painted and quits.
#include <QApplication>
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
    FirstPaint filter;
    window.installEventFilter(&filter);
    window.show();
    return app.exec();
}
