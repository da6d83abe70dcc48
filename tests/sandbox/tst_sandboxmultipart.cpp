// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox's multipart/form-data reader on hand-made bodies: the edge cases a real client
// (QHttpMultiPart, curl, browsers) may produce.

#include "sandbox/MultipartBody.h"

#include <QTest>

using namespace tokdeck;

class tst_SandboxMultipart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundary_data();
    void boundary();
    void parsesParts();
    void keepsBinaryDataExactly();
    void preambleEpilogueAndPadding();
    void partWithoutHeaders();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void tst_SandboxMultipart::boundary_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary"); // empty: refused
    QTest::newRow("plain") << QByteArray("multipart/form-data; boundary=abc123")
                           << QByteArray("abc123");
    QTest::newRow("quoted (QHttpMultiPart)")
        << QByteArray("multipart/form-data; boundary=\"boundary_.oOo._MjQ3/+=\"")
        << QByteArray("boundary_.oOo._MjQ3/+=");
    QTest::newRow("case and spaces")
        << QByteArray("Multipart/Form-Data ;  Boundary = xyz ") << QByteArray("xyz");
    QTest::newRow("other parameters")
        << QByteArray("multipart/form-data; charset=utf-8; boundary=b1") << QByteArray("b1");
    QTest::newRow("no boundary") << QByteArray("multipart/form-data") << QByteArray();
    QTest::newRow("empty boundary")
        << QByteArray("multipart/form-data; boundary=\"\"") << QByteArray();
    QTest::newRow("too long") << (QByteArray("multipart/form-data; boundary=")
                                  + QByteArray(71, 'b'))
                              << QByteArray();
    QTest::newRow("not form-data") << QByteArray("multipart/mixed; boundary=abc") << QByteArray();
    QTest::newRow("json") << QByteArray("application/json") << QByteArray();
}

void tst_SandboxMultipart::boundary()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QString error;
    const auto found = MultipartBody::boundaryOf(contentType, &error);
    if (boundary.isEmpty()) {
        QVERIFY(!found);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(*found, boundary);
    }
}

void tst_SandboxMultipart::parsesParts()
{
    const QByteArray body =
        "--B\r\n"
        "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
        "Hello\r\n"
        "--B\r\n"
        "content-disposition: form-data; name=\"file\"; filename=\"clip.mp4\"\r\n"
        "content-type: video/mp4\r\n\r\n"
        "DATA\r\n"
        "--B--\r\n";
    QString error;
    const auto parts = MultipartBody::parse(body, "B", &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).name, QByteArray("title"));
    QVERIFY(parts->at(0).fileName.isEmpty());
    QCOMPARE(parts->at(0).data.toByteArray(), QByteArray("Hello"));
    QCOMPARE(parts->at(1).name, QByteArray("file"));
    QCOMPARE(parts->at(1).fileName, QByteArray("clip.mp4"));
    QCOMPARE(parts->at(1).contentType, QByteArray("video/mp4"));
    QCOMPARE(parts->at(1).data.toByteArray(), QByteArray("DATA"));
}

void tst_SandboxMultipart::keepsBinaryDataExactly()
{
    // CRLFs, NULs, dashes and a near-boundary inside the data stay part of it.
    const QByteArray data("\x00\r\n--Bx\r\n-\xFF\r\n\r\n", 15);
    const QByteArray body =
        "--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + data + "\r\n--B--";
    QString error;
    const auto parts = MultipartBody::parse(body, "B", &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->at(0).data.toByteArray(), data);
}

void tst_SandboxMultipart::preambleEpilogueAndPadding()
{
    const QByteArray body = "This is a preamble.\r\n"
                            "--B  \r\n"
                            "Content-Disposition: form-data; name=\"file\"\r\n\r\n"
                            "x\r\n"
                            "--B--\r\nand an epilogue";
    QString error;
    const auto parts = MultipartBody::parse(body, "B", &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->at(0).data.toByteArray(), QByteArray("x"));

    // A line that only starts like the boundary is preamble, not a delimiter.
    const auto none = MultipartBody::parse("--Bxyz\r\n\r\ndata\r\n--B--", "B", &error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(none->isEmpty());
}

void tst_SandboxMultipart::partWithoutHeaders()
{
    QString error;
    const auto parts = MultipartBody::parse("--B\r\n\r\nraw\r\n--B--\r\n", "B", &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QVERIFY(parts->at(0).name.isEmpty());
    QCOMPARE(parts->at(0).data.toByteArray(), QByteArray("raw"));
}

void tst_SandboxMultipart::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no boundary at all") << QByteArray("just some bytes");
    QTest::newRow("no closing boundary")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ndata");
    QTest::newRow("empty part without blank line") << QByteArray("--B\r\n\r\n--B--");
    QTest::newRow("no blank line after headers")
        << QByteArray("--B\r\nContent-Disposition: form-data; name=\"file\"\r\n--B--");
    QTest::newRow("header without colon") << QByteArray("--B\r\nnot a header\r\n\r\nx\r\n--B--");
}

void tst_SandboxMultipart::rejectsMalformed()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!MultipartBody::parse(body, "B", &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxMultipart)
#include "tst_sandboxmultipart.moc"
