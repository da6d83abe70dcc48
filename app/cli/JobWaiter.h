// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"

#include <QEventLoop>

namespace tokdeck::cli {

// Runs one job to its end inside a local event loop: fine for a command-line tool, which has
// no window to keep responsive. `onFinished` reads the job's results while it still exists.
template<class Job, class OnFinished> void runToEnd(Job *job, OnFinished onFinished)
{
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, [&] {
        onFinished(*job);
        loop.quit();
    });
    job->start();
    loop.exec();
}

} // namespace tokdeck::cli
