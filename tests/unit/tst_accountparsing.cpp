// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/Account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tokdeck;

namespace {
QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}
} // namespace

class TestAccountParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsTheDocumentedShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        // One line: moc's raw-string handling stumbles over line breaks inside R"(...)".
        const char *entries =
            R"([{"id":"acc_1","platform":"tiktok","name":"Brand","username":"brand","avatar":"https://x/a.png","extra":1}, {"id":"fb_1","platform":"Facebook"}])";
        QTest::newRow("array") << QByteArray(entries);
        QTest::newRow("accounts") << (QByteArray(R"({"accounts":)") + entries + "}");
        QTest::newRow("data") << (QByteArray(R"({"data":)") + entries + "}");
    }
    void acceptsTheDocumentedShapes()
    {
        QFETCH(QByteArray, body);
        const auto accounts = parseAccountList(json(body.constData()));
        QVERIFY(accounts);
        QCOMPARE(accounts->size(), 2);
        QCOMPARE(accounts->at(0).id, QStringLiteral("acc_1"));
        QCOMPARE(accounts->at(0).username, QStringLiteral("brand"));
        QVERIFY(accounts->at(0).isTikTok());
        QVERIFY(!accounts->at(1).isTikTok());
        QCOMPARE(accounts->at(1).displayName(), QStringLiteral("fb_1"));
    }

    void platformIsCaseInsensitiveAndIdsMayBeNumbers()
    {
        const auto accounts = parseAccountList(json(R"([{"id":42,"platform":"TIKTOK"}])"));
        QVERIFY(accounts);
        QCOMPARE(accounts->first().id, QStringLiteral("42"));
        QVERIFY(accounts->first().isTikTok());
    }

    void skipsEntriesWithoutIdOrPlatform()
    {
        const auto accounts = parseAccountList(
            json(R"([{"platform":"tiktok"},{"id":"a"},{"id":"b","platform":"tiktok"}])"));
        QVERIFY(accounts);
        QCOMPARE(accounts->size(), 1);
    }

    void unknownShapeIsNotAList()
    {
        QVERIFY(!parseAccountList(json(R"({"items":[]})")));
        QVERIFY(!parseAccountList(QJsonValue(QStringLiteral("nope"))));
        QVERIFY(parseAccountList(json(R"({"data":[]})"))); // empty is fine
    }
};

QTEST_GUILESS_MAIN(TestAccountParsing)
#include "tst_accountparsing.moc"
