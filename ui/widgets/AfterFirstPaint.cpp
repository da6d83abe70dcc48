// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <utility>

namespace tokdeck {

namespace {

// Watches the window's QWindow for its first expose. The widget paints in answer to that
// event, so the work is queued behind it: it runs once the frame is on screen.
class FirstExposeWatcher final : public QObject
{
public:
    FirstExposeWatcher(QWidget *window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    {}

    void start(QWindow *handle)
    {
        handle->installEventFilter(this);
        // A window started minimised, or kept hidden by the compositor, may not be exposed
        // for a long time: its lists are read anyway, soon.
        QTimer::singleShot(1000, this, &FirstExposeWatcher::runLater);
    }

    void runLater()
    {
        QTimer::singleShot(0, this, [this] {
            std::function<void()> work = std::exchange(m_work, {});
            deleteLater(); // and so stops watching
            if (work)
                work();
        });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_work && event->type() == QEvent::Expose
            && static_cast<QWindow *>(watched)->isExposed())
            runLater();
        return false;
    }

private:
    std::function<void()> m_work;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> work)
{
    auto *watcher = new FirstExposeWatcher(window, std::move(work));
    // The window is usually shown right after it is built, before the event loop runs: look
    // at the next turn of the loop, not now.
    // The watcher is the window's child: once the window is gone, this never runs.
    QTimer::singleShot(0, watcher, [watcher, window] {
        QWindow *handle = window->windowHandle();
        if (!window->isVisible() || !handle || handle->isExposed())
            watcher->runLater();
        else
            watcher->start(handle);
    });
}

} // namespace tokdeck
