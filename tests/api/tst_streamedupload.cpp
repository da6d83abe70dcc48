// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A 100 MB upload is streamed from disk: the client's peak memory barely moves.
// The sandbox runs in a child process so its copy of the body does not count.

#include "ProcessMemory.h"
#include "SandboxProcess.h"
#include "TestMedia.h"
#include "api/ApiClient.h"
#include "api/UploadMediaJob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tokdeck;

class TestStreamedUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredMegabytesWithLowPeakMemory()
    {
        test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hundred.mp4"));
        const qint64 size = 100LL * 1024 * 1024;
        QVERIFY(test::writeSparseMp4(path, size));

        ApiClient client;
        client.setBaseUrl(sandbox.url());
        client.setApiKey(sandbox.apiKey());
        const qint64 peakBefore = test::peakRssKiB();

        auto *job = client.uploadMedia(path, MediaFormat::Mp4);
        qint64 lastSent = 0;
        QString mediaId;
        ApiError error;
        bool done = false;
        connect(job, &ApiJob::uploadProgress, this, [&](qint64 sent, qint64) { lastSent = sent; });
        connect(job, &ApiJob::finished, this, [&] {
            error = job->error();
            mediaId = job->mediaId();
            done = true;
        });
        QSignalSpy finished(job, &ApiJob::finished);
        job->start();
        // A real event loop (QSignalSpy::wait), not qWaitFor's 10 ms naps: see bench_upload.
        QVERIFY(done || finished.wait(120'000));
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(!mediaId.isEmpty());
        QVERIFY(lastSent >= size);

        const qint64 growthKiB = test::peakRssKiB() - peakBefore;
        qInfo("peak RSS growth during a 100 MB upload: %lld KiB", growthKiB);
        // Reading the file into memory would add at least 100 MB; streaming stays far below.
        QVERIFY2(growthKiB < 32 * 1024, qPrintable(QStringLiteral("grew %1 KiB").arg(growthKiB)));
    }
};

QTEST_GUILESS_MAIN(TestStreamedUpload)
#include "tst_streamedupload.moc"
