// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The sandbox server against real HTTP: a real QNetworkAccessManager talking to it on
// 127.0.0.1, one rule of the contract (shared/api-contract.md) per test.

#include "TestMedia.h"
#include "domain/Account.h"
#include "rules/ContractLimits.h"
#include "sandbox/SandboxServer.h"
#include "support/Clock.h"
#include "support/UtcTime.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace tokdeck;

namespace {

// What came back for one request, read once the reply finished.
struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray allow;

    QJsonValue json() const
    {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    QString errorMessage() const
    {
        return json().toObject().value(QLatin1StringView("error")).toString();
    }
};

constexpr int replyTimeoutMs = 10000;

const QByteArray mp4Header("\x00\x00\x00\x18"
                           "ftypisom\x00\x00\x02\x00"
                           "isomiso2",
                           24);
const QByteArray jpegHeader("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
const QByteArray pngHeader("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);

QJsonObject target(const QString &accountId, const QString &caption, const QString &title = {})
{
    QJsonObject object{{QStringLiteral("accountId"), accountId},
                       {QStringLiteral("caption"), caption}};
    if (!title.isNull())
        object.insert(QLatin1StringView("title"), title);
    return object;
}

QJsonObject videoBody(const QString &mediaId, const QJsonArray &posts)
{
    return {{QStringLiteral("mediaId"), mediaId}, {QStringLiteral("posts"), posts}};
}

QJsonArray idArray(const QStringList &ids)
{
    QJsonArray array;
    for (const QString &id : ids)
        array.append(id);
    return array;
}

// 1100 "😀" (outside the BMP, 2 UTF-16 units each) = 2200 units: the caption limit exactly.
QString emojiCaption(qsizetype units)
{
    QString text;
    for (qsizetype i = 0; i + 2 <= units; i += 2)
        text += QStringLiteral("\U0001F600");
    if (units % 2)
        text += QLatin1Char('a');
    return text;
}

// A request body that can be read once and never rewound: with DoNotBufferUploadData,
// QNetworkAccessManager cannot silently re-send it (see the drop tests).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(std::move(data))
    {}
    bool isSequential() const override { return true; }
    bool reset() override { return false; } // never rewound
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return -1; // the end: a sequential device reports it this way
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

class tst_SandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listen_bindsLoopbackAndReportsErrors();
    void auth_missingKeyIs401();
    void auth_wrongKeyIs401();
    void auth_setApiKey();
    void accounts_list();
    void routing_unknownPathIs404();
    void routing_wrongMethodIs405();

    void media_uploadsRealFiles_data();
    void media_uploadsRealFiles();
    void media_sniffsBytesNotName();
    void media_rejectsWebpAndGif();
    void media_rejectsMalformedMultipart();
    void media_imageSizeLimit();
    void media_videoSizeLimit();

    void post_videoQueuedAndRecorded();
    void post_scheduledImageAndSlideshow();
    void post_rejects_data();
    void post_rejects();
    void post_acceptsLimits_data();
    void post_acceptsLimits();
    void post_textIsFacebookOnly();
    void post_requiresJson();

    void rate_perMinute();
    void rate_perHour();
    void rate_defaultsAllowFiftyPerMinute();
    void rate_postsPerAccount();

    void fault_failThenSucceed();
    void fault_failWith429AndRetryAfter();
    void fault_failWithHtml();
    void fault_wildcardPath();
    void fault_delayAnswersLateButProcessesAtOnce();
    void fault_delayOutlivedByClient();
    void fault_serverDestroyedWithDelayPending();
    void fault_dropClosesWithoutAnswer();
    void fault_dropSeenByNetworkAccessManager();
    void fault_dropOfOneShotBodyIsNotResent();
    void fault_orderDropFailDelay();
    void fault_clear();

private:
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                const QByteArray &contentType = {}, const QByteArray &key = QByteArrayLiteral("*"));
    Answer get(const QString &path) { return send("GET", path); }
    Answer postJson(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json");
    }
    Answer upload(const QString &filePath, const QString &fileName = {},
                  const QByteArray &declaredType = "application/octet-stream");
    Answer uploadBytes(const QByteArray &bytes, const QString &fileName);
    QString uploadId(const QString &dataFileName);
    QString uploadStub(const QByteArray &header);
    Answer finish(QNetworkReply *reply);

    QNetworkAccessManager m_network;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
};

void tst_SandboxServer::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    m_server = std::make_unique<SandboxServer>();
    m_server->setClock(m_clock.get());
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void tst_SandboxServer::cleanup()
{
    m_server.reset();
    m_clock.reset();
    // Connections to the old server are dead; do not let the next test reuse them.
    m_network.clearConnectionCache();
}

Answer tst_SandboxServer::finish(QNetworkReply *reply)
{
    std::unique_ptr<QNetworkReply> owner(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(replyTimeoutMs))
            qWarning("reply did not finish in time");
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
    answer.contentType = reply->rawHeader("Content-Type");
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.allow = reply->rawHeader("Allow");
    return answer;
}

Answer tst_SandboxServer::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                               const QByteArray &contentType, const QByteArray &key)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    if (key == "*")
        request.setRawHeader("X-API-Key", m_server->apiKey().toUtf8());
    else if (!key.isEmpty())
        request.setRawHeader("X-API-Key", key);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return finish(m_network.sendCustomRequest(request, verb, body));
}

Answer tst_SandboxServer::upload(const QString &filePath, const QString &fileName,
                                 const QByteArray &declaredType)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    const QString name = fileName.isEmpty() ? QFileInfo(filePath).fileName() : fileName;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(name));
    part.setHeader(QNetworkRequest::ContentTypeHeader, declaredType);
    auto *file = new QFile(filePath, multiPart);
    if (!file->open(QIODevice::ReadOnly))
        qWarning("cannot open %s", qPrintable(filePath));
    part.setBodyDevice(file); // streamed from disk, as the real client does
    multiPart->append(part);

    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/media"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_server->apiKey().toUtf8());
    QNetworkReply *reply = m_network.post(request, multiPart);
    multiPart->setParent(reply);
    return finish(reply);
}

Answer tst_SandboxServer::uploadBytes(const QByteArray &bytes, const QString &fileName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    file.close();
    return upload(path);
}

QString tst_SandboxServer::uploadId(const QString &dataFileName)
{
    const Answer answer = upload(test::dataFile(dataFileName));
    if (answer.status != 200)
        qWarning("upload of %s failed: %d %s", qPrintable(dataFileName), answer.status,
                 answer.body.constData());
    return answer.json().toObject().value(QLatin1StringView("mediaId")).toString();
}

// A tiny upload of just a file's first bytes, sent in one piece: the sniffer needs no more,
// and it keeps the many validation rows fast (a streamed upload on a reused loopback
// connection waits ~40 ms for a delayed ACK).
QString tst_SandboxServer::uploadStub(const QByteArray &header)
{
    const QByteArray body =
        "--stub\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stub\"\r\n"
        "Content-Type: application/octet-stream\r\n\r\n"
        + header + "\r\n--stub--\r\n";
    const Answer answer =
        send("POST", QStringLiteral("/media"), body, "multipart/form-data; boundary=stub");
    return answer.json().toObject().value(QLatin1StringView("mediaId")).toString();
}

// ---- server basics ----------------------------------------------------------------------

void tst_SandboxServer::listen_bindsLoopbackAndReportsErrors()
{
    const QUrl url = m_server->baseUrl();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(quint16(url.port()), m_server->port());
    QVERIFY(m_server->apiKey().startsWith(QLatin1StringView("sbx_")));
    QVERIFY(m_server->apiKey().size() > 20);
    QVERIFY(SandboxServer().apiKey() != m_server->apiKey()); // random per instance

    // A taken port: false, with a reason.
    SandboxServer second;
    QVERIFY(!second.listen(m_server->port()));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(second.baseUrl().isEmpty());
}

void tst_SandboxServer::auth_missingKeyIs401()
{
    const Answer answer = send("GET", QStringLiteral("/social-accounts"), {}, {}, {});
    QCOMPARE(answer.status, 401);
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("X-API-Key")));
    QCOMPARE(m_server->requestCount(QStringLiteral("/social-accounts")), 1);
}

void tst_SandboxServer::auth_wrongKeyIs401()
{
    QCOMPARE(send("GET", QStringLiteral("/social-accounts"), {}, {}, "sbx_wrong").status, 401);
    // Every endpoint checks the key, before any validation.
    QCOMPARE(
        send("POST", QStringLiteral("/post/video"), "{}", "application/json", "sbx_wrong").status,
        401);
    QCOMPARE(send("POST", QStringLiteral("/media"), "x", "text/plain", "sbx_wrong").status, 401);
}

void tst_SandboxServer::auth_setApiKey()
{
    m_server->setApiKey(QStringLiteral("sbx_fixed_for_test"));
    QCOMPARE(m_server->apiKey(), QStringLiteral("sbx_fixed_for_test"));
    QCOMPARE(send("GET", QStringLiteral("/social-accounts"), {}, {}, "sbx_fixed_for_test").status,
             200);
}

void tst_SandboxServer::accounts_list()
{
    const Answer answer = get(QStringLiteral("/social-accounts"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.startsWith("application/json"));
    QVERIFY(answer.json().isArray());

    const auto parsed = parseAccountList(answer.json());
    QVERIFY(parsed);
    QCOMPARE(*parsed, m_server->accounts());
    const auto tiktok = std::count_if(parsed->cbegin(), parsed->cend(),
                                      [](const Account &a) { return a.isTikTok(); });
    QVERIFY(tiktok >= 3);
    QVERIFY(parsed->size() > tiktok); // at least one account of another platform
    for (const Account &account : *parsed) {
        QVERIFY(!account.id.isEmpty());
        QVERIFY(!account.name.isEmpty());
        QVERIFY(!account.username.isEmpty());
        QVERIFY(account.avatarUrl.startsWith(QLatin1StringView("https://")));
    }
}

void tst_SandboxServer::routing_unknownPathIs404()
{
    const Answer answer = get(QStringLiteral("/posts"));
    QCOMPARE(answer.status, 404);
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("/posts")));
    QCOMPARE(send("POST", QStringLiteral("/post/story"), "{}", "application/json").status, 404);
    QCOMPARE(m_server->requestCount(QStringLiteral("/posts")), 1);
}

void tst_SandboxServer::routing_wrongMethodIs405()
{
    Answer answer = send("POST", QStringLiteral("/social-accounts"), "{}", "application/json");
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.allow, QByteArray("GET"));
    answer = get(QStringLiteral("/post/video"));
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.allow, QByteArray("POST"));
    QCOMPARE(send("DELETE", QStringLiteral("/media")).status, 405);
}

// ---- /media -----------------------------------------------------------------------------

void tst_SandboxServer::media_uploadsRealFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("idPrefix");
    QTest::newRow("mp4") << QStringLiteral("vertical.mp4") << 200 << QStringLiteral("vid_");
    QTest::newRow("mov") << QStringLiteral("landscape.mov") << 200 << QStringLiteral("vid_");
    QTest::newRow("jpeg") << QStringLiteral("portrait.jpg") << 200 << QStringLiteral("img_");
    QTest::newRow("png") << QStringLiteral("small.png") << 200 << QStringLiteral("img_");
    QTest::newRow("text named .mp4") << QStringLiteral("not-a-video.mp4") << 400 << QString();
}

void tst_SandboxServer::media_uploadsRealFiles()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, idPrefix);
    const Answer answer = upload(test::dataFile(file), {}, "video/mp4");
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QVERIFY(answer.json()
                    .toObject()
                    .value(QLatin1StringView("mediaId"))
                    .toString()
                    .startsWith(idPrefix));
        QCOMPARE(m_server->mediaCount(), 1);
    } else {
        QVERIFY(!answer.errorMessage().isEmpty());
        QCOMPARE(m_server->mediaCount(), 0);
    }
    QCOMPARE(m_server->requestCount(QStringLiteral("/media")), 1);
}

void tst_SandboxServer::media_sniffsBytesNotName()
{
    // A JPEG named .mp4 and declared video/mp4 is an image: the bytes decide.
    const Answer answer = upload(test::dataFile(QStringLiteral("portrait.jpg")),
                                 QStringLiteral("clip.mp4"), "video/mp4");
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json()
                .toObject()
                .value(QLatin1StringView("mediaId"))
                .toString()
                .startsWith(QLatin1StringView("img_")));
}

void tst_SandboxServer::media_rejectsWebpAndGif()
{
    QByteArray webp("RIFF\x24\x00\x00\x00WEBPVP8 ", 16);
    webp.append(64, '\0');
    Answer answer = uploadBytes(webp, QStringLiteral("photo.webp"));
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.errorMessage().contains(QLatin1StringView("WebP")), answer.body.constData());

    answer = uploadBytes(QByteArray("GIF89a") + QByteArray(64, '\0'), QStringLiteral("anim.gif"));
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.errorMessage().contains(QLatin1StringView("GIF")), answer.body.constData());
    QCOMPARE(m_server->mediaCount(), 0);
}

void tst_SandboxServer::media_rejectsMalformedMultipart()
{
    // Not multipart at all.
    Answer answer = send("POST", QStringLiteral("/media"), "\xFF\xD8\xFF\xE0", "image/jpeg");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("multipart/form-data")));

    // Multipart, but the part is not named "file".
    const QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"upload\"; "
                            "filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
                            "\xFF\xD8\xFF\xE0 data\r\n--XyZ--\r\n";
    answer = send("POST", QStringLiteral("/media"), body, "multipart/form-data; boundary=XyZ");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("\"file\"")));

    // The same, named "file", with a quoted boundary: accepted.
    QByteArray good = body;
    good.replace("name=\"upload\"", "name=\"file\"");
    answer = send("POST", QStringLiteral("/media"), good, "multipart/form-data; boundary=\"XyZ\"");
    QCOMPARE(answer.status, 200);

    // No closing boundary.
    answer = send("POST", QStringLiteral("/media"), good.left(good.size() - 9),
                  "multipart/form-data; boundary=XyZ");
    QCOMPARE(answer.status, 400);
    QCOMPARE(m_server->mediaCount(), 1);
}

void tst_SandboxServer::media_imageSizeLimit()
{
    QTemporaryDir dir;
    const QString atLimit = dir.filePath(QStringLiteral("at-limit.jpg"));
    const QString over = dir.filePath(QStringLiteral("over.jpg"));
    QVERIFY(test::writeSparseJpeg(atLimit, limits::maxImageBytes));
    QCOMPARE(upload(atLimit).status, 200);
    QFile::remove(atLimit);

    QVERIFY(test::writeSparseJpeg(over, limits::maxImageBytes + 1));
    const Answer answer = upload(over);
    QFile::remove(over);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.errorMessage().contains(QLatin1StringView("limit")), answer.body.constData());
    QCOMPARE(m_server->mediaCount(), 1);
}

void tst_SandboxServer::media_videoSizeLimit()
{
    QTemporaryDir dir;
    const QString over = dir.filePath(QStringLiteral("over.mp4"));
    QVERIFY(test::writeSparseMp4(over, limits::maxVideoBytes + 1));
    const Answer answer = upload(over);
    QFile::remove(over);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.errorMessage().contains(QLatin1StringView("video")), answer.body.constData());
    QCOMPARE(m_server->mediaCount(), 0);
}

// ---- create posts -----------------------------------------------------------------------

void tst_SandboxServer::post_videoQueuedAndRecorded()
{
    const QString video = uploadId(QStringLiteral("vertical.mp4"));
    QJsonObject body =
        videoBody(video, {target(QStringLiteral("acc_tiktok_1"), QStringLiteral("Hi #fyp"),
                                 QStringLiteral("Behind the scenes")),
                          target(QStringLiteral("acc_tiktok_2"), QStringLiteral("Other"))});
    QJsonObject second = body.value(QLatin1StringView("posts")).toArray().at(1).toObject();
    second.insert(QLatin1StringView("is_aigc"), true);
    QJsonArray posts = body.value(QLatin1StringView("posts")).toArray();
    posts.replace(1, second);
    body.insert(QLatin1StringView("posts"), posts);

    const Answer answer = postJson(QStringLiteral("/post/video"), body);
    QCOMPARE(answer.status, 200);
    const QJsonObject result = answer.json().toObject();
    QCOMPARE(result.value(QLatin1StringView("id")).toString(), QStringLiteral("post_1"));
    const QJsonArray statuses = result.value(QLatin1StringView("posts")).toArray();
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.at(0).toObject().value(QLatin1StringView("accountId")).toString(),
             QStringLiteral("acc_tiktok_1"));
    QCOMPARE(statuses.at(0).toObject().value(QLatin1StringView("status")).toString(),
             QStringLiteral("queued"));
    QCOMPARE(statuses.at(1).toObject().value(QLatin1StringView("status")).toString(),
             QStringLiteral("queued"));

    const QList<QJsonObject> created = m_server->createdPosts();
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).value(QLatin1StringView("endpoint")).toString(),
             QStringLiteral("/post/video"));
    QCOMPARE(created.at(0).value(QLatin1StringView("id")).toString(), QStringLiteral("post_1"));
    QCOMPARE(created.at(0).value(QLatin1StringView("mediaId")).toString(), video);
    QCOMPARE(created.at(0).value(QLatin1StringView("posts")), QJsonValue(posts));

    // A mediaId may be reused.
    QCOMPARE(postJson(QStringLiteral("/post/video"), body).status, 200);
    QCOMPARE(m_server->createdPosts().size(), 2);
}

void tst_SandboxServer::post_scheduledImageAndSlideshow()
{
    const QString jpeg = uploadId(QStringLiteral("portrait.jpg"));
    const QString png = uploadId(QStringLiteral("small.png"));
    const QString at = toApiTimestamp(m_clock->nowUtc().addSecs(3600));

    QJsonObject image =
        videoBody(jpeg, {target(QStringLiteral("acc_tiktok_3"), QStringLiteral("Photo"),
                                QStringLiteral("A title"))});
    image.insert(QLatin1StringView("scheduledDate"), at);
    Answer answer = postJson(QStringLiteral("/post/image"), image);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json()[QLatin1StringView("posts")][0][QLatin1StringView("status")].toString(),
             QStringLiteral("scheduled"));

    QJsonObject slides{{QStringLiteral("mediaIds"), idArray({png, jpeg, png})},
                       {QStringLiteral("scheduledDate"), at},
                       {QStringLiteral("posts"), QJsonArray{target(QStringLiteral("acc_tiktok_1"),
                                                                   QStringLiteral("Slides"))}}};
    answer = postJson(QStringLiteral("/post/images"), slides);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json()[QLatin1StringView("id")].toString(), QStringLiteral("post_2"));
    QCOMPARE(m_server->createdPosts().at(1).value(QLatin1StringView("endpoint")).toString(),
             QStringLiteral("/post/images"));
    QCOMPARE(m_server->createdPosts().at(1).value(QLatin1StringView("mediaIds")).toArray(),
             idArray({png, jpeg, png})); // order kept
}

// Every rejection of a create body. Media are uploaded first, so on a fresh server the ids
// are known: vid_1 (MP4), img_1 (JPEG), img_2 (PNG).
void tst_SandboxServer::post_rejects_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("mentions"); // the error names the field or value

    const QString tiktok = QStringLiteral("acc_tiktok_1");
    const QString caption = QStringLiteral("Caption #fyp");
    const QJsonArray onePost{target(tiktok, caption)};
    const auto video = [&](const QJsonArray &posts) {
        return videoBody(QStringLiteral("vid_1"), posts);
    };
    const auto image = [&](const QJsonArray &posts) {
        return videoBody(QStringLiteral("img_1"), posts);
    };
    const auto withTop = [](QJsonObject body, const char *key, const QJsonValue &value) {
        body.insert(QLatin1StringView(key), value);
        return body;
    };
    const auto withField = [&](QJsonObject body, const char *key, const QJsonValue &value) {
        QJsonArray posts = body.value(QLatin1StringView("posts")).toArray();
        QJsonObject first = posts.at(0).toObject();
        first.insert(QLatin1StringView(key), value);
        posts.replace(0, first);
        body.insert(QLatin1StringView("posts"), posts);
        return body;
    };
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC); // the ManualClock's start
    const QString video_ = QStringLiteral("/post/video");
    const QString image_ = QStringLiteral("/post/image");
    const QString images_ = QStringLiteral("/post/images");

    // Media.
    QTest::newRow("video: no mediaId")
        << video_ << QJsonObject{{QStringLiteral("posts"), onePost}} << QStringLiteral("mediaId");
    QTest::newRow("video: unknown mediaId")
        << video_ << videoBody(QStringLiteral("vid_99"), onePost) << QStringLiteral("vid_99");
    QTest::newRow("video: image mediaId") << video_ << image(onePost) << QStringLiteral("img_1");
    QTest::newRow("image: video mediaId") << image_ << video(onePost) << QStringLiteral("vid_1");
    QTest::newRow("image: unknown mediaId")
        << image_ << videoBody(QStringLiteral("img_77"), onePost) << QStringLiteral("img_77");
    QTest::newRow("images: no mediaIds") << images_ << image(onePost) << QStringLiteral("mediaIds");
    QTest::newRow("images: empty mediaIds")
        << images_
        << QJsonObject{{QStringLiteral("mediaIds"), QJsonArray()},
                       {QStringLiteral("posts"), onePost}}
        << QStringLiteral("mediaIds");
    QStringList eleven;
    for (int i = 0; i < 11; ++i)
        eleven << QStringLiteral("img_1");
    QTest::newRow("images: 11 ids") << images_
                                    << QJsonObject{{QStringLiteral("mediaIds"), idArray(eleven)},
                                                   {QStringLiteral("posts"), onePost}}
                                    << QStringLiteral("11");
    QTest::newRow("images: a video among them")
        << images_
        << QJsonObject{{QStringLiteral("mediaIds"),
                        idArray({QStringLiteral("img_1"), QStringLiteral("vid_1")})},
                       {QStringLiteral("posts"), onePost}}
        << QStringLiteral("mediaIds[1]");

    // posts[] and accounts.
    QTest::newRow("no posts") << video_
                              << QJsonObject{{QStringLiteral("mediaId"), QStringLiteral("vid_1")}}
                              << QStringLiteral("posts");
    QTest::newRow("empty posts") << video_ << video({}) << QStringLiteral("posts");
    QTest::newRow("post not an object")
        << video_ << video({QStringLiteral("acc_tiktok_1")}) << QStringLiteral("posts[0]");
    QTest::newRow("no accountId") << video_
                                  << video({QJsonObject{{QStringLiteral("caption"), caption}}})
                                  << QStringLiteral("accountId");
    QTest::newRow("unknown account")
        << video_ << video({target(QStringLiteral("acc_nope"), caption)})
        << QStringLiteral("acc_nope");
    QTest::newRow("facebook account")
        << video_ << video({target(QStringLiteral("acc_facebook_1"), caption)})
        << QStringLiteral("facebook");
    QTest::newRow("second account unknown")
        << image_ << image({target(tiktok, caption), target(QStringLiteral("acc_ghost"), caption)})
        << QStringLiteral("posts[1]");
    QTest::newRow("same account twice")
        << video_ << video({target(tiktok, caption), target(tiktok, caption)})
        << QStringLiteral("twice");

    // Caption and title.
    QTest::newRow("no caption") << video_
                                << video({QJsonObject{{QStringLiteral("accountId"), tiktok}}})
                                << QStringLiteral("caption");
    QTest::newRow("empty caption")
        << video_ << video({target(tiktok, QStringLiteral("  "))}) << QStringLiteral("caption");
    QTest::newRow("caption 2201 units (emoji)")
        << video_ << video({target(tiktok, emojiCaption(2201))}) << QStringLiteral("caption");
    QTest::newRow("caption not a string")
        << video_ << withField(video(onePost), "caption", 42) << QStringLiteral("caption");
    QTest::newRow("image title 91")
        << image_ << image({target(tiktok, caption, QString(91, QLatin1Char('t')))})
        << QStringLiteral("title");
    QTest::newRow("slideshow title 91 (emoji)")
        << images_
        << QJsonObject{{QStringLiteral("mediaIds"),
                        idArray({QStringLiteral("img_1"), QStringLiteral("img_2")})},
                       {QStringLiteral("posts"),
                        QJsonArray{target(tiktok, caption, emojiCaption(91))}}}
        << QStringLiteral("title");
    QTest::newRow("title not a string")
        << video_ << withField(video(onePost), "title", true) << QStringLiteral("title");

    // is_aigc: video only, boolean.
    QTest::newRow("is_aigc on image")
        << image_ << withField(image(onePost), "is_aigc", false) << QStringLiteral("is_aigc");
    QTest::newRow("is_aigc on images (top level)")
        << images_
        << QJsonObject{{QStringLiteral("mediaIds"), idArray({QStringLiteral("img_1")})},
                       {QStringLiteral("is_aigc"), false},
                       {QStringLiteral("posts"), onePost}}
        << QStringLiteral("is_aigc");
    QTest::newRow("is_aigc not boolean")
        << video_ << withField(video(onePost), "is_aigc", QStringLiteral("no"))
        << QStringLiteral("is_aigc");

    // Other platforms' fields.
    QTest::newRow("boardId") << video_ << withField(video(onePost), "boardId", QStringLiteral("b1"))
                             << QStringLiteral("boardId");
    QTest::newRow("link") << image_
                          << withField(image(onePost), "link", QStringLiteral("https://x.test"))
                          << QStringLiteral("link");
    QTest::newRow("facebookFirstComment")
        << video_ << withField(video(onePost), "facebookFirstComment", QStringLiteral("hi"))
        << QStringLiteral("facebookFirstComment");
    QTest::newRow("textFormatPresetId (top level)")
        << video_ << withTop(video(onePost), "textFormatPresetId", QStringLiteral("p1"))
        << QStringLiteral("textFormatPresetId");

    // Schedule: window by the injected clock, one exact format.
    QTest::newRow("schedule too soon")
        << video_
        << withTop(video(onePost), "scheduledDate", toApiTimestamp(now.addSecs(9 * 60 + 59)))
        << QStringLiteral("too soon");
    QTest::newRow("schedule in the past")
        << video_ << withTop(video(onePost), "scheduledDate", toApiTimestamp(now.addSecs(-3600)))
        << QStringLiteral("too soon");
    QTest::newRow("schedule too far")
        << video_
        << withTop(video(onePost), "scheduledDate", toApiTimestamp(now.addDays(30).addSecs(1)))
        << QStringLiteral("too far");
    const QLatin1StringView formats[] = {QLatin1StringView("2025-06-02T14:00:00+00:00"),
                                         QLatin1StringView("2025-06-02T14:00:00.000Z"),
                                         QLatin1StringView("2025-06-02 14:00:00Z"),
                                         QLatin1StringView("2025-06-02T14:00Z"),
                                         QLatin1StringView("2025-06-02T14:00:00"),
                                         QLatin1StringView("2025-13-02T14:00:00Z"),
                                         QLatin1StringView("2025-06-02t14:00:00z"),
                                         QLatin1StringView("")};
    for (const QLatin1StringView format : formats) {
        QTest::addRow("schedule format '%s'", format.data())
            << video_ << withTop(video(onePost), "scheduledDate", QString(format))
            << QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");
    }
    QTest::newRow("schedule as a number")
        << video_ << withTop(video(onePost), "scheduledDate", 1748786400)
        << QStringLiteral("scheduledDate");
}

void tst_SandboxServer::post_rejects()
{
    QFETCH(QString, endpoint);
    QFETCH(QJsonObject, body);
    QFETCH(QString, mentions);
    QCOMPARE(uploadStub(mp4Header), QStringLiteral("vid_1"));
    QCOMPARE(uploadStub(jpegHeader), QStringLiteral("img_1"));
    QCOMPARE(uploadStub(pngHeader), QStringLiteral("img_2"));

    const Answer answer = postJson(endpoint, body);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.contentType.startsWith("application/json"));
    QVERIFY2(answer.errorMessage().contains(mentions), qPrintable(answer.errorMessage()));
    QVERIFY(m_server->createdPosts().isEmpty());
}

// The limits themselves are allowed: exactly 2,200 units, a 90-unit title, 10 images,
// exactly 10 minutes and exactly 30 days ahead.
void tst_SandboxServer::post_acceptsLimits_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("status");

    const QString tiktok = QStringLiteral("acc_tiktok_2");
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    QStringList ten;
    for (int i = 0; i < 10; ++i)
        ten << QStringLiteral("img_1");

    QTest::newRow("caption 2200 units (emoji)")
        << QStringLiteral("/post/video")
        << videoBody(QStringLiteral("vid_1"), {target(tiktok, emojiCaption(2200))})
        << QStringLiteral("queued");
    QTest::newRow("image title 90")
        << QStringLiteral("/post/image")
        << videoBody(QStringLiteral("img_1"),
                     {target(tiktok, QStringLiteral("c"), QString(90, QLatin1Char('t')))})
        << QStringLiteral("queued");
    QTest::newRow("video title 91 is fine")
        << QStringLiteral("/post/video")
        << videoBody(QStringLiteral("vid_1"),
                     {target(tiktok, QStringLiteral("c"), QString(91, QLatin1Char('t')))})
        << QStringLiteral("queued");
    QTest::newRow("10 images") << QStringLiteral("/post/images")
                               << QJsonObject{{QStringLiteral("mediaIds"), idArray(ten)},
                                              {QStringLiteral("posts"),
                                               QJsonArray{target(tiktok, QStringLiteral("c"))}}}
                               << QStringLiteral("queued");
    QJsonObject soon = videoBody(QStringLiteral("vid_1"), {target(tiktok, QStringLiteral("c"))});
    soon.insert(QLatin1StringView("scheduledDate"), toApiTimestamp(now.addSecs(10 * 60)));
    QTest::newRow("exactly 10 minutes ahead")
        << QStringLiteral("/post/video") << soon << QStringLiteral("scheduled");
    QJsonObject far = soon;
    far.insert(QLatin1StringView("scheduledDate"), toApiTimestamp(now.addDays(30)));
    QTest::newRow("exactly 30 days ahead")
        << QStringLiteral("/post/video") << far << QStringLiteral("scheduled");
}

void tst_SandboxServer::post_acceptsLimits()
{
    QFETCH(QString, endpoint);
    QFETCH(QJsonObject, body);
    QFETCH(QString, status);
    QCOMPARE(uploadStub(mp4Header), QStringLiteral("vid_1"));
    QCOMPARE(uploadStub(jpegHeader), QStringLiteral("img_1"));

    const Answer answer = postJson(endpoint, body);
    QVERIFY2(answer.status == 200, answer.body.constData());
    QCOMPARE(answer.json()[QLatin1StringView("posts")][0][QLatin1StringView("status")].toString(),
             status);
}

void tst_SandboxServer::post_textIsFacebookOnly()
{
    const Answer answer =
        postJson(QStringLiteral("/post/text"),
                 {{QStringLiteral("text"), QStringLiteral("hello")},
                  {QStringLiteral("posts"),
                   QJsonArray{target(QStringLiteral("acc_tiktok_1"), QStringLiteral("x"))}}});
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("TikTok")));
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("Facebook")));
}

void tst_SandboxServer::post_requiresJson()
{
    const QString video = uploadId(QStringLiteral("vertical.mp4"));
    const QByteArray json =
        QJsonDocument(
            videoBody(video, {target(QStringLiteral("acc_tiktok_1"), QStringLiteral("c"))}))
            .toJson();
    Answer answer = send("POST", QStringLiteral("/post/video"), json, "text/plain");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("application/json")));
    answer = send("POST", QStringLiteral("/post/video"), "{\"mediaId\": ", "application/json");
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.errorMessage().contains(QLatin1StringView("JSON")));
    answer = send("POST", QStringLiteral("/post/video"), "[1, 2]", "application/json");
    QCOMPARE(answer.status, 400);
    QCOMPARE(
        send("POST", QStringLiteral("/post/video"), json, "application/json; charset=utf-8").status,
        200);
}

// ---- rate limits --------------------------------------------------------------------------

void tst_SandboxServer::rate_perMinute()
{
    m_server->setRateLimits(3, 100, 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
        m_clock->advanceSeconds(10); // requests at 0 s, 10 s, 20 s
    }
    Answer answer = get(QStringLiteral("/social-accounts")); // at 30 s
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.retryAfter, QByteArray("30")); // the request at 0 s leaves the window at 60 s
    QVERIFY(!answer.errorMessage().isEmpty());

    // Refused requests do not count; other endpoints share the limit.
    QCOMPARE(send("POST", QStringLiteral("/media"), "x", "text/plain").status, 429);
    m_clock->advanceSeconds(29);
    QCOMPARE(get(QStringLiteral("/social-accounts")).retryAfter, QByteArray("1"));
    m_clock->advanceSeconds(1);
    QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
    QCOMPARE(get(QStringLiteral("/social-accounts")).retryAfter, QByteArray("10"));
}

void tst_SandboxServer::rate_perHour()
{
    m_server->setRateLimits(0, 4, 0); // minute limit off
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
        m_clock->advanceSeconds(60);
    }
    const Answer answer = get(QStringLiteral("/social-accounts"));
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.retryAfter, QByteArray::number(3600 - 4 * 60));
    m_clock->advanceSeconds(3600 - 4 * 60);
    QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
}

void tst_SandboxServer::rate_defaultsAllowFiftyPerMinute()
{
    for (int i = 0; i < 50; ++i)
        QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
    const Answer answer = get(QStringLiteral("/social-accounts"));
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.retryAfter, QByteArray("60"));
}

void tst_SandboxServer::rate_postsPerAccount()
{
    m_server->setRateLimits(0, 0, 3);
    const QString video = uploadId(QStringLiteral("vertical.mp4"));
    const QString a = QStringLiteral("acc_tiktok_1");
    const QString b = QStringLiteral("acc_tiktok_2");
    const auto create = [&](const QStringList &accounts) {
        QJsonArray posts;
        for (const QString &id : accounts)
            posts.append(target(id, QStringLiteral("c")));
        return postJson(QStringLiteral("/post/video"), videoBody(video, posts));
    };

    QCOMPARE(create({a}).status, 200);
    m_clock->advanceSeconds(20);
    QCOMPARE(create({a, b}).status, 200); // each account in posts[] counts
    m_clock->advanceSeconds(20);
    QCOMPARE(create({a}).status, 200);

    // a is at 3 in the last minute: a create naming a is refused whole, b is not counted.
    Answer answer = create({b, a});
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.retryAfter, QByteArray("20"));
    QVERIFY(answer.errorMessage().contains(a));
    QCOMPARE(m_server->createdPosts().size(), 3);
    QCOMPARE(create({b}).status, 200);
    QCOMPARE(create({b}).status, 200);
    answer = create({b}); // b: 20 s ago, now, now
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.retryAfter, QByteArray("40"));

    // Invalid creates do not use up the quota.
    m_clock->advanceSeconds(20);
    QCOMPARE(
        postJson(QStringLiteral("/post/video"), videoBody(video, {target(a, QString())})).status,
        400);
    QCOMPARE(create({a}).status, 200);
}

// ---- faults -------------------------------------------------------------------------------

void tst_SandboxServer::fault_failThenSucceed()
{
    const QString path = QStringLiteral("/social-accounts");
    m_server->failNext(path, 500, 2);
    Answer answer = get(path);
    QCOMPARE(answer.status, 500);
    QVERIFY(!answer.errorMessage().isEmpty());
    QCOMPARE(get(path).status, 500);
    QCOMPARE(get(path).status, 200);
    QCOMPARE(m_server->requestCount(path), 3);
    // Other paths were never affected.
    QCOMPARE(m_server->requestCount(QStringLiteral("/media")), 0);
}

void tst_SandboxServer::fault_failWith429AndRetryAfter()
{
    m_server->failNext(QStringLiteral("/media"), 429, 1, 7);
    const Answer answer = upload(test::dataFile(QStringLiteral("portrait.jpg")));
    QCOMPARE(answer.status, 429);
    QCOMPARE(answer.retryAfter, QByteArray("7"));
    QCOMPARE(m_server->mediaCount(), 0); // a failed call processed nothing
    QCOMPARE(upload(test::dataFile(QStringLiteral("portrait.jpg"))).status, 200);
}

void tst_SandboxServer::fault_failWithHtml()
{
    const QByteArray page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    m_server->failNext(QStringLiteral("/post/video"), 502, 1, -1, page, "text/html");
    const Answer answer = postJson(QStringLiteral("/post/video"), {});
    QCOMPARE(answer.status, 502);
    QCOMPARE(answer.body, page);
    QCOMPARE(answer.contentType, QByteArray("text/html"));

    // A status with no body at all.
    m_server->failNext(QStringLiteral("/post/video"), 503, 1, -1, {}, "text/plain");
    const Answer empty = postJson(QStringLiteral("/post/video"), {});
    QCOMPARE(empty.status, 503);
    QVERIFY(empty.body.isEmpty());

    // A status Qt's enum does not know.
    m_server->failNext(QStringLiteral("/post/video"), 520);
    const Answer unusual = postJson(QStringLiteral("/post/video"), {});
    QCOMPARE(unusual.status, 520);
    QVERIFY(!unusual.errorMessage().isEmpty());
}

void tst_SandboxServer::fault_wildcardPath()
{
    m_server->failNext(QStringLiteral("*"), 500, 2);
    QCOMPARE(get(QStringLiteral("/social-accounts")).status, 500);
    QCOMPARE(send("GET", QStringLiteral("/nowhere")).status, 500); // before routing
    QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
}

void tst_SandboxServer::fault_delayAnswersLateButProcessesAtOnce()
{
    const QString video = uploadId(QStringLiteral("vertical.mp4"));
    m_server->delayNext(QStringLiteral("/post/video"), 300);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);

    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/post/video"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_server->apiKey().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.post(
        request, QJsonDocument(videoBody(video, {target(QStringLiteral("acc_tiktok_1"),
                                                        QStringLiteral("c"))}))
                     .toJson());
    // The post exists before the answer leaves: a client that times out cannot know.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->createdPosts().size(), 1, 2000);
    QVERIFY(!reply->isFinished());
    const Answer answer = finish(reply);
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(answer.status, 200);
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(0).toString(), QStringLiteral("POST"));
    QCOMPARE(handled.at(0).at(1).toString(), QStringLiteral("/post/video"));
    QCOMPARE(handled.at(0).at(2).toInt(), 200);

    // Only once: the next call is prompt.
    timer.restart();
    QCOMPARE(get(QStringLiteral("/post/video")).status, 405);
    QVERIFY(timer.elapsed() < 250);
}

void tst_SandboxServer::fault_delayOutlivedByClient()
{
    m_server->delayNext(QStringLiteral("/social-accounts"), 200);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/social-accounts"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_server->apiKey().toUtf8());
    request.setTransferTimeout(50);
    const Answer answer = finish(m_network.get(request));
    QCOMPARE(answer.error, QNetworkReply::OperationCanceledError); // the client gave up
    // The late answer finds the connection gone and must not crash the server.
    QVERIFY(handled.wait(2000));
    QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
}

void tst_SandboxServer::fault_serverDestroyedWithDelayPending()
{
    m_server->delayNext(QStringLiteral("/social-accounts"), 5000);
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/social-accounts"));
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_server->apiKey().toUtf8());
    QNetworkReply *reply = m_network.get(request);
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("/social-accounts")), 1);
    m_server.reset(); // the pending answer must die with it, not fire into freed memory
    const Answer answer = finish(reply);
    QVERIFY(answer.error != QNetworkReply::NoError);
    QTest::qWait(20);
}

// Exactly what the server does, seen from a raw socket: the whole request is read, nothing
// is answered, the connection is closed, the request is counted once and not processed.
void tst_SandboxServer::fault_dropClosesWithoutAnswer()
{
    const QString video = uploadId(QStringLiteral("vertical.mp4"));
    const QString path = QStringLiteral("/post/video");
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    m_server->dropNext(path);

    const QByteArray json =
        QJsonDocument(
            videoBody(video, {target(QStringLiteral("acc_tiktok_1"), QStringLiteral("c"))}))
            .toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write(
        "POST /post/video HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + m_server->apiKey().toUtf8()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
        + "\r\n\r\n" + json);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QVERIFY(disconnected.wait(2000));
    QVERIFY(socket.readAll().isEmpty());

    QCOMPARE(m_server->requestCount(path), 1);
    QVERIFY(m_server->createdPosts().isEmpty());
    QCOMPARE(handled.size(), 1);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);
    QCOMPARE(postJson(path, QJsonDocument::fromJson(json).object()).status, 200); // one drop only
}

// QNetworkAccessManager re-sends a request on its own when the connection closes before any
// answer (once or twice, depending on the connection's history), so the caller sees the
// drop only when every attempt is dropped; the server then saw the body more than once.
void tst_SandboxServer::fault_dropSeenByNetworkAccessManager()
{
    const QString video = uploadId(QStringLiteral("vertical.mp4"));
    const QString path = QStringLiteral("/post/video");
    m_server->dropNext(path, 3);
    const Answer answer = postJson(
        path, videoBody(video, {target(QStringLiteral("acc_tiktok_1"), QStringLiteral("c"))}));
    QCOMPARE(answer.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(answer.status, 0);
    QVERIFY(m_server->requestCount(path) >= 1 && m_server->requestCount(path) <= 3);
    QVERIFY(m_server->createdPosts().isEmpty());
}

// The way for a client to get "counted once": a body QNetworkAccessManager cannot rewind.
void tst_SandboxServer::fault_dropOfOneShotBodyIsNotResent()
{
    const QString video = uploadId(QStringLiteral("vertical.mp4"));
    const QString path = QStringLiteral("/post/video");
    const QByteArray json =
        QJsonDocument(
            videoBody(video, {target(QStringLiteral("acc_tiktok_1"), QStringLiteral("c"))}))
            .toJson();
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-API-Key", m_server->apiKey().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, json.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(json);
    QVERIFY(body->open(QIODevice::ReadOnly));

    m_server->dropNext(path, 3);
    QNetworkReply *reply = m_network.post(request, body);
    body->setParent(reply);
    const Answer answer = finish(reply);
    QVERIFY2(answer.error == QNetworkReply::ContentReSendError
                 || answer.error == QNetworkReply::RemoteHostClosedError,
             QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(answer.error));
    QCOMPARE(m_server->requestCount(path), 1);
    QVERIFY(m_server->createdPosts().isEmpty());
}

// One fault per request, a drop before a failure before a delay. Watched from the server's
// side (requestHandled), since the client may re-send after the drop.
void tst_SandboxServer::fault_orderDropFailDelay()
{
    const QString path = QStringLiteral("/social-accounts");
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    m_server->delayNext(path, 100);
    m_server->failNext(path, 500);
    m_server->dropNext(path);
    for (int i = 0; i < 5 && handled.size() < 3; ++i)
        get(path);
    QCOMPARE(handled.size(), 3);
    QCOMPARE(handled.at(0).at(2).toInt(), 0);
    QCOMPARE(handled.at(1).at(2).toInt(), 500);
    QCOMPARE(handled.at(2).at(2).toInt(), 200);
    QCOMPARE(m_server->requestCount(path), 3);
}

void tst_SandboxServer::fault_clear()
{
    m_server->failNext(QStringLiteral("*"), 500, 5);
    m_server->dropNext(QStringLiteral("/media"), 5);
    m_server->clearFaults();
    QCOMPARE(get(QStringLiteral("/social-accounts")).status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
