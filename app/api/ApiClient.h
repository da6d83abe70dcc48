// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"
#include "domain/MediaInfo.h"
#include "domain/PostRequest.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace tokdeck {

class AccountsJob;
class CreatePostJob;
class UploadMediaJob;

// The one way into the Crosspostify API. Owns the network access manager, the key, the
// rate limiter and the retry policy; hands out one small job object per call (start() it
// after connecting; it deletes itself after finished()). Everything is asynchronous.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static QUrl defaultBaseUrl(); // https://v1.api.crosspostify.com

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    bool isBaseUrlAcceptable() const; // https, or http on loopback only
    bool isSandboxUrl() const;        // a loopback address: the built-in sandbox

    // Held in memory only; sent only to baseUrl()'s host. A key with a character no key has
    // (CR, LF, NUL, TAB, any control or non-printable, non-ASCII) would put extra bytes or
    // headers on the wire: it is refused, returns false, and every call then fails with
    // ApiError::Kind::InvalidKey before anything is sent.
    bool setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // Why the last key given was refused (names the character and where); empty when accepted.
    QString apiKeyProblem() const { return m_apiKeyProblem; }
    static QString checkApiKey(const QString &key);

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }

    // How long a call may take. A hostile or broken server must not keep a call (or the CLI)
    // waiting forever, whether it sends nothing, trickles a byte now and then, or never ends.
    struct Deadlines
    {
        int idleMs = 30'000;    // nothing sent or received this long: Timeout (Idle)
        int attemptMs = 60'000; // one attempt of a JSON call: Timeout (Attempt)
        // Uploads get attemptMs plus their size at this (slow but workable) rate: 64 KiB/s.
        qint64 uploadBytesPerSecond = 64 * 1024;
        // Every attempt and every wait between them, from the first send: Timeout (Total).
        // An upload adds the same size allowance as its attempts.
        int totalMs = 90'000;
    };
    void setDeadlines(const Deadlines &deadlines) { m_deadlines = deadlines; }
    const Deadlines &deadlines() const { return m_deadlines; }
    qint64 attemptDeadlineMs(qint64 uploadBytes) const;
    qint64 totalDeadlineMs(qint64 uploadBytes) const;

    // A call fails with Timeout when nothing moves (no byte sent or received) this long.
    void setIdleTimeoutMs(int ms) { m_deadlines.idleMs = ms; }
    int idleTimeoutMs() const { return m_deadlines.idleMs; }

    // The most an answer may hold is set per endpoint (ApiJob::replyCapBytes()); a value > 0
    // here replaces every endpoint's cap (tests use a small one to stay lean).
    void setReplyCapOverride(qint64 bytes) { m_replyCapOverride = bytes; }
    qint64 replyCapOverride() const { return m_replyCapOverride; }

    RateLimiter &rateLimiter() { return m_rateLimiter; }

    AccountsJob *fetchAccounts();
    UploadMediaJob *uploadMedia(const QString &path, MediaFormat format);
    CreatePostJob *createPost(const CreatePostRequest &request);

    // For jobs: a request to `path` under the base URL, with the key and no redirects.
    QNetworkRequest makeRequest(const QString &path) const;
    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    QString m_apiKeyProblem;
    RetryPolicy m_retryPolicy;
    RateLimiter m_rateLimiter;
    Deadlines m_deadlines;
    qint64 m_replyCapOverride = 0;
};

} // namespace tokdeck
