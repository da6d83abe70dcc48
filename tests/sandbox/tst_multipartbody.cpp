// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Regressions libFuzzer found in the sandbox's multipart reader (tests/fuzz/fuzz_multipart).
// Each crashing input also stays in the seed corpus as tests/fuzz/corpus/fuzz_multipart/
// regression-*, and replayCorpusRegressions() runs those files here, in the normal build.

#include "sandbox/MultipartBody.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tokdeck;

namespace {

// What the sandbox relies on: a part's data is a slice of the body, never negative.
bool insideBody(const MultipartPart &part, QByteArrayView body)
{
    if (part.data.size() < 0)
        return false;
    return part.data.isEmpty()
           || (part.data.data() >= body.data()
               && part.data.data() + part.data.size() <= body.data() + body.size());
}

} // namespace

class tst_MultipartBody final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersEndingAtDelimiter();
    void emptyPartWithoutHeaders();
    void emptyFilePart();
    void replayCorpusRegressions_data();
    void replayCorpusRegressions();
};

void tst_MultipartBody::headersEndingAtDelimiter()
{
    // The blank line's CRLF is the delimiter's own: once a part of length -2 (an assert in
    // debug builds, a negative size passed on in release ones).
    const QByteArray body = "--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n--B--";
    QString error;
    const auto parts = MultipartBody::parse(body, "B", &error);
    QVERIFY2(!parts, parts ? qPrintable(QString::number(parts->value(0).data.size())) : "");
    QVERIFY(error.contains(QStringLiteral("blank line")));
}

void tst_MultipartBody::emptyPartWithoutHeaders()
{
    // No headers, the blank line, no data: valid (RFC 2046), and hit the same -2 before.
    QString error;
    const QByteArray body = "--B\r\n\r\n\r\n--B--";
    const auto parts = MultipartBody::parse(body, "B", &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QVERIFY(insideBody(parts->at(0), body));
    QCOMPARE(parts->at(0).data.size(), 0);
}

void tst_MultipartBody::emptyFilePart()
{
    // What curl and QHttpMultiPart send for an empty file: the boundary right after the blank
    // line. Still one part, with nothing in it.
    const QByteArray body = "--B\r\nContent-Disposition: form-data; name=\"file\"; "
                            "filename=\"empty.mp4\"\r\n\r\n\r\n--B--\r\n";
    QString error;
    const auto parts = MultipartBody::parse(body, "B", &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->at(0).fileName, QByteArray("empty.mp4"));
    QVERIFY(insideBody(parts->at(0), body));
    QCOMPARE(parts->at(0).data.size(), 0);
}

void tst_MultipartBody::replayCorpusRegressions_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(TOKDECK_TEST_DATA_DIR "/../fuzz/corpus/fuzz_multipart"));
    const QStringList files = corpus.entryList({QStringLiteral("regression-*")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), qPrintable(corpus.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void tst_MultipartBody::replayCorpusRegressions()
{
    // The harness's input format: the Content-Type value, '\n', then the body.
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    const qsizetype newline = input.indexOf('\n');
    QVERIFY(newline >= 0);
    const QByteArrayView body = QByteArrayView(input).sliced(newline + 1);
    const auto boundary = MultipartBody::boundaryOf(QByteArrayView(input).first(newline), nullptr);
    QString error;
    const auto parts =
        MultipartBody::parse(body, boundary ? QByteArrayView(*boundary) : "B", &error);
    if (!parts) {
        QVERIFY(!error.isEmpty());
        return;
    }
    for (const MultipartPart &part : *parts)
        QVERIFY2(insideBody(part, body), qPrintable(QString::number(part.data.size())));
}

QTEST_GUILESS_MAIN(tst_MultipartBody)
#include "tst_multipartbody.moc"
