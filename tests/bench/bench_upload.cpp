// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Uploads a 100 MB file to the loopback sandbox (a child process, so its copy of the body is
// not counted) and prints the client's wall time and peak RSS; then does the same upload with
// `curl -F file=@…` against the same server for comparison.

#include "ProcessMemory.h"
#include "SandboxProcess.h"
#include "TestMedia.h"
#include "api/ApiClient.h"
#include "api/UploadMediaJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <sys/resource.h>

using namespace tokdeck;

namespace {

constexpr qint64 fileBytes = 100LL * 1024 * 1024;

double uploadWithClient(const test::SandboxProcess &sandbox, const QString &path, QString *error)
{
    ApiClient client;
    client.setBaseUrl(sandbox.url());
    client.setApiKey(sandbox.apiKey());
    auto *job = client.uploadMedia(path, MediaFormat::Mp4);
    // A real event loop, as in the app: QTest::qWaitFor sleeps 10 ms between passes, and Qt
    // feeds each upload chunk to its HTTP thread through this thread's event loop.
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, [&] {
        if (job->error().isError())
            *error = job->error().message();
        loop.quit();
    });
    QTimer::singleShot(300'000, &loop, [&] {
        *error = QStringLiteral("timed out");
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    job->start();
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

double uploadWithCurl(const test::SandboxProcess &sandbox, const QString &path,
                      const QString &headerFile, QString *error)
{
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    // The key goes in a header file, not argv: even a throwaway key stays out of `ps`.
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-H"),
                QLatin1Char('@') + headerFile, QStringLiteral("-F"),
                QStringLiteral("file=@") + path + QStringLiteral(";type=video/mp4"),
                sandbox.url().toString() + QStringLiteral("/media")});
    if (!curl.waitForFinished(300'000) || curl.readAllStandardOutput() != "200")
        *error = QStringLiteral("curl failed: ") + QString::fromUtf8(curl.readAllStandardError());
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    test::SandboxProcess sandbox;
    if (!sandbox.start()) {
        qCritical("%s", qPrintable(sandbox.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hundred.mp4"));
    if (!test::writeSparseMp4(path, fileBytes)) {
        qCritical("could not write the test file");
        return 1;
    }

    const qint64 rssBefore = test::currentRssKiB();
    QString error;
    const double clientMs = uploadWithClient(sandbox, path, &error);
    if (!error.isEmpty()) {
        qCritical("client upload failed: %s", qPrintable(error));
        return 1;
    }
    const qint64 clientPeak = test::peakRssKiB();

    const QString headerFile = dir.filePath(QStringLiteral("headers"));
    {
        QFile headers(headerFile);
        headers.open(QIODevice::WriteOnly);
        headers.write("X-API-Key: " + sandbox.apiKey().toUtf8() + "\n");
    }
    const double curlMs = uploadWithCurl(sandbox, path, headerFile, &error);
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children); // only curl has ended and been waited for

    std::printf("upload_bytes=%lld\n", fileBytes);
    std::printf("client_wall_ms=%.1f\n", clientMs);
    std::printf("client_throughput_mib_s=%.1f\n",
                double(fileBytes) / 1048576.0 / (clientMs / 1000.0));
    std::printf("client_rss_before_mib=%.1f\n", double(rssBefore) / 1024.0);
    std::printf("client_peak_rss_mib=%.1f\n", double(clientPeak) / 1024.0);
    if (error.isEmpty()) {
        std::printf("curl_wall_ms=%.1f\n", curlMs);
        std::printf("curl_peak_rss_mib=%.1f\n", double(children.ru_maxrss) / 1024.0);
    } else {
        std::printf("curl_error=%s\n", qPrintable(error));
    }
    return 0;
}
